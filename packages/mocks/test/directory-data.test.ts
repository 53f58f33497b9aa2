import { describe, expect, it } from 'vitest';
import { createDirectory } from '@hwcloud-directory/mocks';
import { DirectoryDataError, type DirectoryData } from '../src/directory/directory-data.js';
import { adminHeaders, MEETING, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

/** A team's own directory, departments listed children first. */
const team: DirectoryData = {
  enterprise: { name: 'Acme Études SARL' },
  departments: [
    { deptCode: '1001001', deptName: 'Backend', parentDeptCode: '1001' },
    { deptCode: '1001', deptName: '研发部' },
    { deptCode: '1', deptName: 'Acme' },
  ],
  users: [
    { userAccount: 'admin', name: 'Admin', adminType: 0 },
    { userAccount: 'jose.alvarez', name: 'José Álvarez', deptCode: '1001', email: 'jose@acme.example' },
    { userAccount: 'li.lei', name: '李雷', deptCode: '1001001', thirdAccount: 'acme-42', status: 1, vmrList: [{ vmrId: '912000001', vmrName: '李雷的个人会议ID' }] },
  ],
  organizations: [{ org_id: '10000' }],
  subCustomers: [{ name: 'acme_ops', org_id: '10000' }],
};

describe('a directory given as JSON', () => {
  it('holds the team’s departments and users, with the vendor’s defaults for fields left out', () => {
    const directory = createDirectory({ data: team });
    expect(directory.enterprise.name).toBe('Acme Études SARL');
    expect(directory.departments.get('1001001')?.deptNamePath).toBe('Acme/研发部/Backend');
    expect(directory.users.get('jose.alvarez')).toMatchObject({ deptCode: '1001', status: 0, adminType: 2, userType: 2, sortLevel: 10_000, phone: null, vmrList: [] });
    expect(directory.findUserByThirdAccount('acme-42')?.vmrList[0]).toMatchObject({ vmrId: '912000001', vmrMode: 0, status: '0' });
    expect(directory.queryUsers({ deptCode: '1001' }).page(0, 10).map((u) => u.userAccount)).toEqual(['jose.alvarez', 'li.lei']);
    expect(directory.externalContacts.size).toBe(0);
    expect(directory.subCustomers.all()).toEqual([expect.objectContaining({ name: 'acme_ops', display_name: 'acme_ops', status: 1, org_name: '' })]);
  });

  it('gives the same records for the same data (ids derived from the keys)', () => {
    expect(createDirectory({ data: team }).snapshot()).toEqual(createDirectory({ data: team }).snapshot());
  });

  it('takes a snapshot as data, and gives the same records back', () => {
    const seeded = createDirectory({ seed: 4, size: 40 });
    seeded.updateDepartment(seeded.departments.all()[1]!.deptCode, { deptName: 'Renamed' });
    const copy = createDirectory({ seed: 4, size: 40, data: seeded.snapshot() });
    expect(copy.snapshot()).toEqual(seeded.snapshot());
  });

  it('returns to its data on reset, and load() replaces the records until the next reset', () => {
    const directory = createDirectory({ data: team });
    directory.deleteUsers(['li.lei']);
    directory.reset();
    expect(directory.users.has('li.lei')).toBe(true);
    directory.load({ departments: [{ deptCode: '1', deptName: 'Other' }], users: [{ userAccount: 'solo', name: 'Solo' }] });
    expect(directory.users.all().map((u) => u.userAccount)).toEqual(['solo']);
    directory.reset();
    expect(directory.users.all().map((u) => u.userAccount)).toEqual(['admin', 'jose.alvarez', 'li.lei']);
  });
});

describe('invalid directory data', () => {
  const root = { deptCode: '1', deptName: 'Root' };
  const cases: [string, unknown, string, RegExp][] = [
    ['not an object', [], '(root)', /expected an object/],
    ['an unknown section', { userz: [] }, '(root)', /unknown section "userz"/],
    ['a section that is not a list', { departments: [root], users: {} }, 'users', /expected an array/],
    ['no root department', { departments: [{ deptCode: '2', deptName: 'Two', parentDeptCode: null }] }, 'departments', /root department \(deptCode "1"/],
    ['a second root', { departments: [root, { deptCode: '2', deptName: 'Two', parentDeptCode: null }] }, 'departments[1] ("2")', /only the root department "1" has no parent/],
    ['a department without a name', { departments: [root, { deptCode: '2' }] }, 'departments[1] ("2")', /"deptName" is required/],
    ['a parent that is not there', { departments: [root, { deptCode: '2', deptName: 'Two', parentDeptCode: '9' }] }, 'departments[1] ("2")', /parentDeptCode "9" names no department/],
    ['a cycle', { departments: [root, { deptCode: '2', deptName: 'Two', parentDeptCode: '3' }, { deptCode: '3', deptName: 'Three', parentDeptCode: '2' }] }, 'departments[1] ("2")', /its own ancestor/],
    ['a code used twice', { departments: [root, { deptCode: '2', deptName: 'A' }, { deptCode: '2', deptName: 'B' }] }, 'departments[2] ("2")', /used twice/],
    ['a field of the wrong type', { departments: [root], users: [{ userAccount: 'a', name: 'A', status: 'on' }] }, 'users[0] ("a")', /"status" must be one of 0, 1, got "on"/],
    ['an unknown field', { departments: [root], users: [{ userAccount: 'a', name: 'A', mail: 'a@x' }] }, 'users[0] ("a")', /unknown field "mail"/],
    ['a user without an account', { departments: [root], users: [{ name: 'A' }] }, 'users[0]', /"userAccount" is required/],
    ['an account used twice', { departments: [root], users: [{ userAccount: 'a', name: 'A' }, { userAccount: 'a', name: 'B' }] }, 'users[1] ("a")', /"a" already exists/],
    ['a department that is not there', { departments: [root], users: [{ userAccount: 'a', name: 'A', deptCode: '77' }] }, 'users[0] ("a")', /no department has code "77"/],
    ['a third-party account used twice', { departments: [root], users: [{ userAccount: 'a', name: 'A', thirdAccount: 't' }, { userAccount: 'b', name: 'B', thirdAccount: 't' }] }, 'users[1] ("b")', /third-party account "t"/],
    ['two default administrators', { departments: [root], users: [{ userAccount: 'a', name: 'A', adminType: 0 }, { userAccount: 'b', name: 'B', adminType: 0 }] }, 'users[1] ("b")', /already the default administrator/],
    ['a bad meeting room', { departments: [root], users: [{ userAccount: 'a', name: 'A', vmrList: [{ vmrId: '1', vmrMode: 7 }] }] }, 'users[0] ("a").vmrList[0]', /"vmrMode" must be one of 0, 1, 2/],
    ['a personal contact of nobody', { departments: [root], externalContacts: [{ name: 'C', type: 'PERSONAL', ownerAccount: 'ghost' }] }, 'externalContacts[0]', /owner "ghost" is not a user/],
    ['a member account in no organisation', { departments: [root], subCustomers: [{ name: 'x', org_id: '1' }] }, 'subCustomers[0] ("x")', /no organization has id "1"/],
  ];

  it.each(cases)('rejects %s with an error naming the record', (_name, data, record, message) => {
    let error: unknown;
    try {
      createDirectory({ data: data as DirectoryData });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(DirectoryDataError);
    expect((error as DirectoryDataError).record).toBe(record);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message.startsWith(`invalid directory data: ${record}: `)).toBe(true);
  });

  it('leaves the directory as it was when load() is given invalid data', () => {
    const directory = createDirectory({ data: team });
    const before = directory.snapshot();
    expect(() => directory.load({ departments: [root], users: [{ userAccount: 'a', name: 'A' }, { userAccount: 'b', name: 'B', deptCode: 'x' }] })).toThrow(DirectoryDataError);
    expect(directory.snapshot()).toEqual(before);
  });
});

describe('a mock serving a team’s directory', () => {
  useMockServer({ data: team });

  it('answers searches from the team’s users', async () => {
    const { body } = await specFetch(`${MEETING}/v1/usg/dcs/corp/admin?limit=10`, { headers: adminHeaders });
    expect(body.data).toEqual([expect.objectContaining({ account: 'admin', dept: expect.objectContaining({ deptNamePath: 'Acme' }) })]);
  });
});
