import { describe, expect, it } from 'vitest';
import { createDirectory } from '@hwcloud-directory/mocks';
import { createRandom } from '../src/directory/prng.js';

describe('the seeded directory', () => {
  it('builds the same records from the same seed and size', () => {
    expect(createDirectory({ seed: 7, size: 50 }).snapshot()).toEqual(createDirectory({ seed: 7, size: 50 }).snapshot());
  });

  it('builds different records from different seeds', () => {
    const a = createDirectory({ seed: 1, size: 20 }).snapshot();
    const b = createDirectory({ seed: 2, size: 20 }).snapshot();
    expect(a.users.map((u) => u.userAccount)).not.toEqual(b.users.map((u) => u.userAccount));
  });

  it('holds size generated records on top of the fixed ones', () => {
    const small = createDirectory({ seed: 3, size: 0 });
    const large = createDirectory({ seed: 3, size: 500 });
    expect(large.users.size - small.users.size).toBe(500);
    expect(large.externalContacts.size - small.externalContacts.size).toBe(500);
    expect(large.subCustomers.size - small.subCustomers.size).toBe(500);
  });

  it('has one default admin, ordinary admins, non-admins and disabled users', () => {
    const users = createDirectory().users.all();
    expect(users.filter((u) => u.adminType === 0)).toHaveLength(1);
    expect(users.some((u) => u.adminType === 1)).toBe(true);
    expect(users.some((u) => u.adminType === 2)).toBe(true);
    expect(users.some((u) => u.status === 1)).toBe(true);
    expect(users.some((u) => u.thirdAccount !== null && u.vmrList.length > 0)).toBe(true);
  });

  it('names people in Han, Latin with diacritics and other scripts', () => {
    const names = createDirectory({ size: 200 }).users.all().map((u) => u.name);
    expect(names.some((n) => /\p{Script=Han}/u.test(n))).toBe(true);
    expect(names.some((n) => /[À-ÿĀ-ž]/u.test(n))).toBe(true);
    expect(names.some((n) => /\p{Script=Cyrillic}/u.test(n))).toBe(true);
  });

  it('has personal and corporate external contacts, some with null fields', () => {
    const contacts = createDirectory().externalContacts.all();
    expect(new Set(contacts.map((c) => c.type))).toEqual(new Set(['PERSONAL', 'CORP']));
    expect(contacts.filter((c) => c.type === 'PERSONAL').every((c) => c.ownerAccount !== null)).toBe(true);
    expect(contacts.some((c) => c.corpName === null && c.position === null)).toBe(true);
  });

  it('has member accounts in every status across several organisations, the root one unnamed', () => {
    const directory = createDirectory();
    const members = directory.subCustomers.all();
    expect(new Set(members.map((m) => m.status))).toEqual(new Set([1, 2, 3, 4, 101, 102]));
    expect(new Set(members.map((m) => m.org_id)).size).toBeGreaterThan(2);
    expect(directory.organizations.all().some((o) => o.org_name === '')).toBe(true);
  });

  it('keeps accounts and third-party accounts unique', () => {
    const users = createDirectory({ seed: 9, size: 5000 }).users.all();
    expect(new Set(users.map((u) => u.userAccount)).size).toBe(users.length);
    const third = users.flatMap((u) => (u.thirdAccount === null ? [] : [u.thirdAccount]));
    expect(new Set(third).size).toBe(third.length);
  });

  it('places every user in an existing department of a tree rooted at "1"', () => {
    const directory = createDirectory({ size: 100 });
    const codes = new Set(directory.departments.all().map((d) => d.deptCode));
    expect(directory.users.all().every((u) => codes.has(u.deptCode))).toBe(true);
    expect(directory.departments.all().filter((d) => d.parentDeptCode === null).map((d) => d.deptCode)).toEqual(['1']);
    expect(directory.departmentSubtree('1').size).toBe(codes.size);
  });
});

describe('changing the directory in a test', () => {
  it('adds a user with generated defaults and finds it by account and third-party account', () => {
    const directory = createDirectory();
    const user = directory.users.add({ name: 'Zoë Müller', thirdAccount: 'zoe-3rd' });
    expect(directory.users.get(user.userAccount)?.name).toBe('Zoë Müller');
    expect(directory.findUserByThirdAccount('zoe-3rd')?.userAccount).toBe(user.userAccount);
  });

  it('refuses a duplicate key', () => {
    const directory = createDirectory();
    expect(() => directory.users.add({ userAccount: 'admin' })).toThrow(/already exists/);
  });

  it('removes records and restores the seeded state on reset', () => {
    const directory = createDirectory({ seed: 5 });
    const before = directory.snapshot();
    directory.users.remove('admin');
    directory.subCustomers.clear();
    directory.externalContacts.add({ name: '新联系人' });
    expect(directory.users.get('admin')).toBeUndefined();
    directory.reset();
    expect(directory.snapshot()).toEqual(before);
  });

  it('adds the same generated record after a reset as before it', () => {
    const directory = createDirectory();
    const first = directory.users.add();
    directory.reset();
    expect(directory.users.add()).toEqual(first);
  });
});

describe('the built-in random generator', () => {
  it('repeats its sequence for a seed and stays within bounds', () => {
    const a = createRandom(123);
    const b = createRandom(123);
    const values = Array.from({ length: 1000 }, () => a.int(-3, 3));
    expect(values).toEqual(Array.from({ length: 1000 }, () => b.int(-3, 3)));
    expect(new Set(values)).toEqual(new Set([-3, -2, -1, 0, 1, 2, 3]));
  });
});
