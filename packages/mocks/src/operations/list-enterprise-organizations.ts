// GET /v2/enterprises/multi-accounts/enterprise-organizations (listEnterpriseOrganizations), BSS.

import type { BssComponents } from '@hwcloud-directory/protocol';
import type { Directory } from '../directory/create-directory.js';
import type { Organization } from '../directory/records.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';

type ChildNode = BssComponents['schemas']['EmChildNodeV2'];

/**
 * The organisation tree as this operation shows it. The store keeps organisations as a flat
 * table with no parent, so the tree is the first organisation as the root and every other one
 * as its direct child; a node's `relation_id` is its parent's id followed by its own.
 */
function organizationTree(directory: Directory): { root: Organization | undefined; children(id: string): readonly Organization[] } {
  const all = directory.organizations.all();
  const root = all[0];
  return { root, children: (id) => (root !== undefined && id === root.org_id ? all.slice(1) : []) };
}

/**
 * The enterprise's organization tree (ListEnterpriseOrganizationsResponse): without
 * `parent_id` (absent or empty) the root's children with `root_id` and `root_name`; with it
 * that node's children and no root fields (none for an id that is no node). `recursive_query`
 * 1 nests the whole subtree through `child_nodes`; 0 gives the direct children only.
 */
export const listEnterpriseOrganizations: OperationImplementation = (request) => {
  const { recursive_query: recursive, parent_id: parentId } = request.input.query as { recursive_query: 0 | 1; parent_id?: string };
  const tree = organizationTree(request.runtime.directory);
  const nodes = (id: string, depth: number): ChildNode[] =>
    tree.children(id).map((org) => ({
      relation_id: `${id}${org.org_id}`,
      id: org.org_id,
      name: org.org_name,
      // The depth bound keeps a malformed tree from recursing without end.
      ...(recursive === 1 && depth > 0 ? { child_nodes: nodes(org.org_id, depth - 1) } : {}),
    }));
  const maxDepth = request.runtime.directory.organizations.size;
  if (parentId !== undefined && parentId !== '') return { status: 200, body: { child_nodes: nodes(parentId, maxDepth) } };
  const { root } = tree;
  const body: BssComponents['schemas']['ListEnterpriseOrganizationsResponse'] = root
    ? { root_id: root.org_id, root_name: root.org_name, child_nodes: nodes(root.org_id, maxDepth) }
    : { child_nodes: [] };
  return { status: 200, body };
};
