// BSS listEnterpriseOrganizations: the organization tree that member accounts hang from, through
// setupServer and fetch.
import { describe, expect, it } from 'vitest';
import { BSS, bssHeaders, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

const { directory } = useMockServer({ seed: 21, size: 60 }, { validateResponses: true });

const tree = (query = '') => specFetch(`${BSS}/v2/enterprises/multi-accounts/enterprise-organizations${query}`, { headers: bssHeaders });
const members = (query: string) => specFetch(`${BSS}/v2/enterprises/multi-accounts/sub-customers?limit=100&${query}`, { headers: bssHeaders });

/** The store's organisations: the root (the first) and the others, its children. */
function stored() {
  const [root, ...children] = directory.organizations.all();
  if (!root) throw new Error('the seeded directory has no organisation');
  return { root, children };
}

describe('listEnterpriseOrganizations', () => {
  it('starts from the root without parent_id, absent or empty: root_id, root_name and the root’s direct children', async () => {
    const { root, children } = stored();
    expect(children.length).toBeGreaterThan(2);
    for (const query of ['', '?parent_id=', '?recursive_query=0']) {
      const { status, body } = await tree(query);
      expect(status).toBe(200);
      expect(body.root_id).toBe(root.org_id);
      expect(body.root_name).toBe(root.org_name);
      expect(body.child_nodes.map((n: { id: string }) => n.id)).toEqual(children.map((o) => o.org_id));
      expect(body.child_nodes[0]).toEqual({ relation_id: `${root.org_id}${children[0]?.org_id}`, id: children[0]?.org_id, name: children[0]?.org_name });
      expect(body.child_nodes.some((n: { id: string }) => n.id === root.org_id)).toBe(false);
    }
  });

  it('nests the whole subtree through child_nodes with recursive_query=1', async () => {
    const { body } = await tree('?recursive_query=1');
    expect(body.child_nodes).toHaveLength(stored().children.length);
    for (const node of body.child_nodes) expect(node.child_nodes).toEqual([]);
  });

  it('starts from parent_id without the root fields, and answers an id that is no node with no children', async () => {
    const { root, children } = stored();
    const fromRoot = await tree(`?parent_id=${root.org_id}&recursive_query=1`);
    expect(fromRoot.body).not.toHaveProperty('root_id');
    expect(fromRoot.body).not.toHaveProperty('root_name');
    expect(fromRoot.body.child_nodes).toHaveLength(children.length);
    expect((await tree(`?parent_id=${children[0]?.org_id}`)).body).toEqual({ child_nodes: [] });
    expect((await tree('?parent_id=99999999999')).body).toEqual({ child_nodes: [] });
  });

  it('gives node ids that listEnterpriseSubCustomers filters by, with the node’s name as org_name', async () => {
    const { body } = await tree();
    let seen = 0;
    for (const node of body.child_nodes) {
      const listed = await members(`org_id=${node.id}`);
      for (const account of listed.body.sub_customer_infos) expect(account).toMatchObject({ org_id: node.id, org_name: node.name });
      seen += listed.body.total_count;
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('shows an organization added to the directory and a renamed one under its new name', async () => {
    const added = directory.organizations.add({ org_name: 'Added Research Unit' });
    const { children } = stored();
    const renamed = children[1];
    if (!renamed) throw new Error('need two organisations');
    directory.organizations.update(renamed.org_id, { org_name: 'Renamed Unit' });
    const { body } = await tree();
    expect(body.child_nodes).toContainEqual(expect.objectContaining({ id: added.org_id, name: 'Added Research Unit' }));
    expect(body.child_nodes).toContainEqual(expect.objectContaining({ id: renamed.org_id, name: 'Renamed Unit' }));
  });

  it('answers 400 CBC.0100 for a parent_id that is not digits and a recursive_query out of its enum', async () => {
    for (const query of ['?parent_id=65a19', '?parent_id=-1', '?recursive_query=2', '?recursive_query=yes']) {
      const { status, body } = await tree(query);
      expect(status, query).toBe(400);
      expect(body.error_code).toBe('CBC.0100');
    }
  });

  it('answers 401 APIGW.0301 without an IAM token or signature', async () => {
    const { status, body } = await specFetch(`${BSS}/v2/enterprises/multi-accounts/enterprise-organizations`);
    expect(status).toBe(401);
    expect(body.error_code).toBe('APIGW.0301');
  });
});
