import { describe, expect, it } from 'vitest';
import { compileRoutes, matchRoute } from '../src/pipeline/match-route.js';
import { adminHeaders, MEETING, useMockServer } from './support/mock-server.js';

useMockServer();
const routes = compileRoutes({ meetingBaseUrl: MEETING, bssBaseUrl: '*' });
const routed = (method: string, path: string) => {
  const match = matchRoute(routes, method, `${MEETING}${path}`);
  return match && { operationId: match.route.operationId, params: match.params };
};

describe('routes of the user operations', () => {
  it('sends POST /member/delete to batchDeleteUsers, not to the account path', () => {
    expect(routed('POST', '/v1/usg/dcs/corp/member/delete')).toEqual({ operationId: 'batchDeleteUsers', params: {} });
  });

  it('sends PUT /member/status/{value} to batchUpdateUserStatus and PUT /member/{account} to updateUser', () => {
    expect(routed('PUT', '/v1/usg/dcs/corp/member/status/1')).toEqual({ operationId: 'batchUpdateUserStatus', params: { value: '1' } });
    expect(routed('PUT', '/v1/usg/dcs/corp/member/zhang.wei')).toEqual({ operationId: 'updateUser', params: { account: 'zhang.wei' } });
    // One segment named "status" or "delete" is an account, as the vendor's paths read.
    expect(routed('PUT', '/v1/usg/dcs/corp/member/status')).toEqual({ operationId: 'updateUser', params: { account: 'status' } });
    expect(routed('GET', '/v1/usg/dcs/corp/member/delete')).toEqual({ operationId: 'showUserDetail', params: { account: 'delete' } });
  });

  it('sends GET and POST /member to searchUsers and addUser, and /abs/users/list apart from /abs/users', () => {
    expect(routed('GET', '/v1/usg/dcs/corp/member')?.operationId).toBe('searchUsers');
    expect(routed('POST', '/v1/usg/dcs/corp/member')?.operationId).toBe('addUser');
    expect(routed('GET', '/v1/usg/abs/users')?.operationId).toBe('searchCorpDir');
    expect(routed('POST', '/v1/usg/abs/users/list')?.operationId).toBe('batchShowUserDetails');
  });

  it('answers POST /member/delete as the batch delete over HTTP: an unknown account is USG.201040000, not a 405', async () => {
    const response = await fetch(`${MEETING}/v1/usg/dcs/corp/member/delete`, { method: 'POST', headers: { ...adminHeaders, 'Content-Type': 'application/json' }, body: '["no.such.user"]' });
    expect(response.status).toBe(400);
    expect((await response.json()).error_code).toBe('USG.201040000');
  });
});
