import { describe, expect, it } from 'vitest';
import { testCredentials, type DirectoryUser } from '@hwcloud-directory/mocks';
import { adminHeaders, MEETING, memberHeaders, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

const { directory } = useMockServer({ seed: 11, size: 50 }, { validateResponses: true });

const corpDir = (query: string, headers: Record<string, string> = memberHeaders) => specFetch(`${MEETING}/v1/usg/abs/users?${query}`, { headers });
const lookUp = (ids: unknown, query = '', headers: Record<string, string> = memberHeaders) =>
  specFetch(`${MEETING}/v1/usg/abs/users/list${query}`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(ids) });
const accounts = (body: { data: { account: string }[] }) => body.data.map((u) => u.account);
const expected = (keep: (u: DirectoryUser) => boolean) => directory.users.all().filter(keep).map((u) => u.userAccount);
const added = (input: Parameters<typeof directory.addUser>[0]) => {
  const result = directory.addUser(input);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe('searchCorpDir', () => {
  it('lists every user to an ordinary member, 100 at a time by default', async () => {
    const { status, body } = await corpDir('');
    expect(status).toBe(200);
    expect(body).toMatchObject({ offset: 0, limit: 100, count: directory.users.size });
    expect(accounts(body)).toEqual(expected(() => true).slice(0, 100));
  });

  it('returns the last page again when offset is past the end', async () => {
    const total = directory.users.size;
    const { body } = await corpDir('offset=9999&limit=20');
    expect(body.offset).toBe(Math.floor((total - 1) / 20) * 20);
    expect(accounts(body)).toEqual(expected(() => true).slice(body.offset));
  });

  it('lists ordinary users or terminals by searchScope, everyone with ALL', async () => {
    const board = added({ name: 'Board 1', userType: 14 });
    const terminal = added({ name: 'TE30', userType: 10 });
    const hub = added({ name: 'Hub 1', userType: 13 });
    const vision = added({ name: 'Vision 1', userType: 12 });
    const terminals = await corpDir('searchScope=HARD_TERMINAL');
    expect(accounts(terminals.body)).toEqual([board.userAccount, terminal.userAccount, hub.userAccount]);
    expect(terminals.body.data.map((u: { type: string; isHardTerminal: boolean }) => [u.type, u.isHardTerminal])).toEqual([
      ['WHITE_BOARD', false],
      ['HARD_TERMINAL', true],
      ['IDEA_HUB_MEMBER', false],
    ]);
    const normal = await corpDir('searchScope=NORMAL_USER&limit=1000');
    expect(normal.body.count).toBe(directory.users.size - 4);
    expect(normal.body.data.every((u: { type: string }) => u.type === 'NORMAL_USER')).toBe(true);
    const all = await corpDir('searchScope=ALL&limit=1000');
    expect(all.body.count).toBe(directory.users.size);
    expect(all.body.data.find((u: { account: string }) => u.account === vision.userAccount).type).toBe('HW_VISION_MEMBER');
  });

  it('matches account, SIP number, name, mobile number and email address', async () => {
    const user = added({ name: 'Ingrid Þórsdóttir', userAccount: 'ingrid.t', phone: '+3547771234', email: 'INGRID@example.is', sipNum: '+99111283523400001' });
    for (const key of ['INGRID.T', '283523400001', 'þórs', '7771234', 'ingrid@EXAMPLE']) {
      expect(accounts((await corpDir(`searchKey=${encodeURIComponent(key)}`)).body), key).toEqual([user.userAccount]);
    }
  });

  it('lists a department with or without its sub-departments (querySubDept)', async () => {
    const parent = directory.departments.all().find((d) => d.parentDeptCode !== null && directory.departmentChildren(d.deptCode).length > 0) as { deptCode: string };
    const subtree = new Set(directory.departmentCodes(parent.deptCode));
    expect(accounts((await corpDir(`deptCode=${parent.deptCode}&limit=500`)).body)).toEqual(expected((u) => subtree.has(u.deptCode)));
    expect(accounts((await corpDir(`deptCode=${parent.deptCode}&querySubDept=false&limit=500`)).body)).toEqual(expected((u) => u.deptCode === parent.deptCode));
  });

  it('hides a hidden mobile number from everyone but its owner', async () => {
    directory.updateUser(testCredentials.member.account, { hidePhone: true, phone: '+34600999888' });
    const seenByAdmin = await corpDir(`searchKey=${testCredentials.member.account}`, adminHeaders);
    expect(seenByAdmin.body.data[0]).not.toHaveProperty('phone');
    expect(seenByAdmin.body.data[0].hidePhone).toBe(true);
    const seenBySelf = await corpDir(`searchKey=${testCredentials.member.account}`);
    expect(seenBySelf.body.data[0].phone).toBe('+34600999888');
  });

  it('answers 400 USG.000000001 for an unknown searchScope', async () => {
    const { status, body } = await corpDir('searchScope=TERMINALS');
    expect(status).toBe(400);
    expect(body.error_code).toBe('USG.000000001');
    expect(body.error_msg).toContain('searchScope');
  });
});

describe('batchShowUserDetails', () => {
  it('answers one entry per id in the order asked: found users in full, unknown ones with statusCode 2', async () => {
    const [first, second] = directory.users.all().slice(8, 10) as [DirectoryUser, DirectoryUser];
    const { status, body } = await lookUp([{ id: second.id }, { id: 'no-such-user-id' }, { id: first.id }, {}]);
    expect(status).toBe(200);
    expect(body).toHaveLength(4);
    expect(body[0]).toMatchObject({ id: second.id, statusCode: 0, account: second.userAccount, name: second.name, deptCodes: [second.deptCode] });
    expect(body[1]).toEqual({ id: 'no-such-user-id', statusCode: 2 });
    expect(body[2]).toMatchObject({ id: first.id, statusCode: 0, account: first.userAccount });
    expect(body[3]).toEqual({ statusCode: 2 });
  });

  it('looks users up by third-party account with idType=THIRD_ACCOUNT', async () => {
    const { body } = await lookUp([{ id: 'zhangwei-ext-001' }, { id: 'nobody@mycorp.com' }], '?idType=THIRD_ACCOUNT');
    expect(body[0]).toMatchObject({ statusCode: 0, account: 'zhang.wei', id: directory.users.get('zhang.wei')?.id });
    expect(body[1]).toEqual({ id: 'nobody@mycorp.com', statusCode: 2 });
  });

  it('finds a user added, and no longer a user deleted', async () => {
    const user = added({ name: 'Fresh Face', email: 'fresh@example.com' });
    expect((await lookUp([{ id: user.id }])).body[0].statusCode).toBe(0);
    directory.deleteUsers([user.userAccount]);
    expect((await lookUp([{ id: user.id }])).body[0]).toEqual({ id: user.id, statusCode: 2 });
  });

  it('hides a hidden mobile number from others', async () => {
    const user = added({ name: 'Hidden Number', phone: '+8613011112222', hidePhone: true });
    const { body } = await lookUp([{ id: user.id }]);
    expect(body[0]).not.toHaveProperty('phone');
    const own = await lookUp([{ id: directory.users.get(testCredentials.member.account)?.id }]);
    expect(own.body[0]).toHaveProperty('phone');
  });

  it('answers 400 USG.000000001 for an empty list, more than 200 ids or an unknown idType', async () => {
    const tooMany = Array.from({ length: 201 }, (_, i) => ({ id: `id-${i}` }));
    for (const [ids, query] of [[[], ''], [tooMany, ''], [[{ id: 'x' }], '?idType=EMAIL']] as const) {
      const { status, body } = await lookUp(ids, query);
      expect(status).toBe(400);
      expect(body.error_code).toBe('USG.000000001');
    }
  });

  it('accepts exactly 200 ids', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => ({ id: `id-${i}` }));
    const { status, body } = await lookUp(ids);
    expect(status).toBe(200);
    expect(body).toHaveLength(200);
  });
});
