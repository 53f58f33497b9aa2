import { describe, expect, it } from 'vitest';
import { adminHeaders, MEETING, memberHeaders, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

const { directory } = useMockServer();
const detail = (account: string, query = '', headers: Record<string, string> = adminHeaders) =>
  specFetch(`${MEETING}/v1/usg/dcs/corp/member/${encodeURIComponent(account)}${query}`, { headers });

describe('user details', () => {
  it('returns the vendor page example user by Meeting account', async () => {
    const { status, body } = await detail('3e48b79b660e403cb5e0208f7be83961', '?accountType=0');
    expect(status).toBe(200);
    expect(body).toMatchObject({ name: 'modName', thirdAccount: 'thirdAccount', status: 1, corp: null });
    expect(body.vmrList[0]).toMatchObject({ vmrId: '912992631', status: '0' });
  });

  it('finds a user by third-party account with accountType=1', async () => {
    const { body } = await detail('zhangwei-ext-001', '?accountType=1');
    expect(body.userAccount).toBe('zhang.wei');
    expect(body.name).toBe('张伟');
  });

  it('does not find a third-party account when asked for a Meeting account', async () => {
    const { status, body } = await detail('zhangwei-ext-001');
    expect(status).toBe(400);
    expect(body.error_code).toBe('USG.201040000');
  });

  it('answers an unknown account with 400 USG.201040000', async () => {
    const { status, body } = await detail('nobody-here');
    expect(status).toBe(400);
    expect(body).toMatchObject({ error_code: 'USG.201040000' });
  });

  it('includes the enterprise only when users look at themselves', async () => {
    expect((await detail('admin')).body.corp).toMatchObject({ id: directory.enterprise.id, name: directory.enterprise.name });
    expect((await detail('zhang.wei')).body.corp).toBeNull();
  });

  it('lets a member see only their own details', async () => {
    expect((await detail('jose.alvarez', '', memberHeaders)).status).toBe(200);
    const other = await detail('zhang.wei', '', memberHeaders);
    expect(other.status).toBe(403);
    expect(other.body.error_code).toBe('USG.000000005');
  });

  it('rejects accountType other than 0 or 1', async () => {
    const { status, body } = await detail('admin', '?accountType=7');
    expect(status).toBe(400);
    expect(body.error_code).toBe('USG.000000001');
    expect(body.error_msg).toContain('accountType');
  });

  it('shows a user added by the test and forgets it after reset', async () => {
    const user = directory.users.add({ name: 'Zoë Müller' });
    expect((await detail(user.userAccount)).body.name).toBe('Zoë Müller');
    directory.reset();
    expect((await detail(user.userAccount)).status).toBe(400);
  });
});
