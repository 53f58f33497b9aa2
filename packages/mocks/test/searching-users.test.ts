import { describe, expect, it } from 'vitest';
import type { DirectoryUser } from '@hwcloud-directory/mocks';
import { adminHeaders, MEETING, memberHeaders, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

const { directory } = useMockServer({ seed: 5, size: 80 }, { validateResponses: true });

const search = (query: string, headers: Record<string, string> = adminHeaders) => specFetch(`${MEETING}/v1/usg/dcs/corp/member?${query}`, { headers });
const accounts = (body: { data: { userAccount: string }[] }) => body.data.map((u) => u.userAccount);
/** The users a filter keeps, in insertion order: the reference the answers are compared with. */
const expected = (keep: (u: DirectoryUser) => boolean) => directory.users.all().filter(keep).map((u) => u.userAccount);

describe('searchUsers paging', () => {
  it('lists ordinary users (type 2) ten at a time by default, counting every match', async () => {
    directory.users.add({ name: 'IdeaHub 会议室', userType: 13 });
    const { status, body } = await search('');
    expect(status).toBe(200);
    const ordinary = expected((u) => u.userType === 2);
    expect(body).toMatchObject({ offset: 0, limit: 10, count: ordinary.length });
    expect(accounts(body)).toEqual(ordinary.slice(0, 10));
  });

  it('returns the last page again, with its offset, when offset is past the end', async () => {
    const total = expected((u) => u.userType === 2).length;
    const { body } = await search('offset=5000&limit=7');
    const lastOffset = Math.floor((total - 1) / 7) * 7;
    expect(body).toMatchObject({ offset: lastOffset, limit: 7, count: total });
    expect(accounts(body)).toEqual(expected((u) => u.userType === 2).slice(lastOffset));
  });
});

describe('searchUsers search and filters', () => {
  it('matches name, mobile number, email, account and third-party account, ignoring case', async () => {
    directory.addUser({ name: 'Zoë Quasimodo', phone: '+8613777712345', email: 'Bell.Ringer@Example.com', thirdAccount: 'NOTRE-dame-7', userAccount: 'hunch.back' });
    for (const key of ['zoë quasi', '13777712345', 'bell.ringer@', 'HUNCH.B', 'notre-DAME']) {
      expect(accounts((await search(`searchKey=${encodeURIComponent(key)}`)).body), key).toEqual(['hunch.back']);
    }
  });

  it('does not match other fields such as the job title', async () => {
    directory.addUser({ name: 'Title Holder', email: 'th@example.com', title: 'zzTitleOnlyzz' });
    expect((await search('searchKey=zzTitleOnlyzz')).body.count).toBe(0);
  });

  it('lists a department and its sub-departments, or the department alone with enableSubDept=false', async () => {
    const parent = directory.departments.all().find((d) => directory.departmentChildren(d.deptCode).length > 0 && d.parentDeptCode !== null) as { deptCode: string };
    const subtree = new Set(directory.departmentCodes(parent.deptCode));
    const all = await search(`deptCode=${parent.deptCode}&limit=1000`);
    expect(accounts(all.body)).toEqual(expected((u) => u.userType === 2 && subtree.has(u.deptCode)));
    const own = await search(`deptCode=${parent.deptCode}&enableSubDept=false&limit=1000`);
    expect(accounts(own.body)).toEqual(expected((u) => u.userType === 2 && u.deptCode === parent.deptCode));
    expect(own.body.count).toBeLessThan(all.body.count);
  });

  it('filters by administrator type and by status', async () => {
    expect(accounts((await search('adminType=1&limit=1000')).body)).toEqual(expected((u) => u.userType === 2 && u.adminType === 1));
    expect(accounts((await search('status=1&limit=1000')).body)).toEqual(expected((u) => u.userType === 2 && u.status === 1));
  });

  it('lists the user types asked for with repeated userType parameters', async () => {
    directory.addUser({ name: 'SmartRooms 1', userType: 14 });
    directory.addUser({ name: 'Vision 1', userType: 12 });
    const { body } = await search('userType=12&userType=14&limit=1000');
    expect(accounts(body)).toEqual(expected((u) => u.userType === 12 || u.userType === 14));
    expect(body.count).toBe(2);
  });

  it('sorts by sortField in the direction isAsc gives', async () => {
    const byLevel = directory.users.all().filter((u) => u.userType === 2);
    const ascending = [...byLevel].sort((a, b) => a.sortLevel - b.sortLevel).map((u) => u.sortLevel);
    const up = await search('sortField=sortLevel&isAsc=true&limit=1000');
    expect(up.body.data.map((u: DirectoryUser) => u.sortLevel)).toEqual(ascending);
    const down = await search('sortField=sortLevel&isAsc=false&limit=1000');
    expect(down.body.data.map((u: DirectoryUser) => u.sortLevel)).toEqual([...ascending].reverse());
  });

  it('shows each user with the department path, personal meeting ID and terminal fields', async () => {
    const added = directory.addUser({ name: '赵敏敏敏', email: 'zhao.min@example.com', deptCode: directory.departments.all()[1]?.deptCode as string });
    if (!added.ok) throw new Error(added.message);
    const { body } = await search(`searchKey=${encodeURIComponent('赵敏敏敏')}`);
    expect(body.data[0]).toEqual(
      expect.objectContaining({
        userAccount: added.value.userAccount,
        deptNamePath: directory.departments.get(added.value.deptCode)?.deptNamePath,
        vmrId: added.value.vmrList.find((v) => v.vmrMode === 0)?.vmrId,
        activeCode: null,
        expireTime: null,
      }),
    );
  });
});

describe('searchUsers refusals', () => {
  it('answers an ordinary member 403 USG.000000005', async () => {
    const { status, body } = await search('', memberHeaders);
    expect(status).toBe(403);
    expect(body.error_code).toBe('USG.000000005');
  });

  it('answers 400 USG.000000001 for a sortField, adminType or userType outside the spec', async () => {
    for (const query of ['sortField=name', 'adminType=0', 'userType=3', 'limit=0']) {
      const { status, body } = await search(query);
      expect(status, query).toBe(400);
      expect(body.error_code).toBe('USG.000000001');
    }
  });
});
