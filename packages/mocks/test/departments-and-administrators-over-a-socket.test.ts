// The department and administrator operations on the standalone server, over a real socket: a
// tree built, renamed and pruned, an administrator added and deleted, each answer checked
// against the spec (and by the server itself, with validateResponses).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testCredentials } from '@hwcloud-directory/mocks';
import { startMockServer, type MockServer } from '../src/node.js';
import { specFetch } from './support/spec-checked-fetch.js';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ seed: 37, size: 10, handlerOptions: { validateResponses: true } });
});
afterAll(() => server.close());

const headers = { 'X-Access-Token': testCredentials.accessToken, 'Accept-Language': 'en-US', 'Content-Type': 'application/json' };
const call = (method: string, path: string, body?: unknown) => specFetch(`${server.url}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

it('builds, renames and prunes a department tree, and adds and deletes an administrator in it', async () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect((await call('POST', '/v1/usg/dcs/corp/dept', { deptCode: 'ops', deptName: 'Operations' })).body).toEqual({ value: 'ops' });
  expect((await call('POST', '/v1/usg/dcs/corp/dept', { deptCode: 'ops-night', deptName: 'Night shift', parentDeptCode: 'ops' })).status).toBe(200);
  expect(server.directory.updateUser('user003', { deptCode: 'ops-night' }).ok).toBe(true);

  expect((await call('POST', '/v1/usg/dcs/corp/admin', { account: 'user003' })).status).toBe(200);
  expect((await call('PUT', '/v1/usg/dcs/corp/dept/ops', { deptName: 'Ops & Support' })).status).toBe(200);
  expect((await call('GET', '/v1/usg/dcs/corp/admin/user003')).body.dept).toMatchObject({ deptCode: 'ops-night', deptNamePath: 'Root Department/Ops & Support/Night shift' });
  expect((await call('GET', '/v1/usg/dcs/corp/member/user003')).body.deptNamePath).toBe('Root Department/Ops & Support/Night shift');

  const refused = await call('DELETE', '/v1/usg/dcs/corp/dept/ops');
  expect([refused.status, refused.body.error_code, refused.body.error_msg]).toEqual([400, 'USG.201050002', 'The department "ops" still has sub-departments; move or delete them first.']);
  const withUser = await call('DELETE', '/v1/usg/dcs/corp/dept/ops-night');
  expect([withUser.status, withUser.body.error_code]).toEqual([400, 'USG.201050002']);

  expect((await call('POST', '/v1/usg/dcs/corp/admin/delete', ['user003'])).status).toBe(200);
  expect((await call('GET', '/v1/usg/dcs/corp/admin?searchKey=user003')).body.count).toBe(0);

  expect(server.directory.updateUser('user003', { deptCode: '1' }).ok).toBe(true);
  const emptied = await fetch(`${server.url}/v1/usg/dcs/corp/dept/ops-night`, { method: 'DELETE', headers });
  expect([emptied.status, await emptied.text(), emptied.headers.get('content-length')]).toEqual([200, '', '0']);
  expect((await call('GET', '/v1/usg/abs/departments/ops')).body).toEqual({ deptCode: 'ops', deptName: 'Ops & Support', isLeafNodes: true, childDepts: [] });
});
