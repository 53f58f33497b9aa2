import { describe, expect, it } from 'vitest';
import { createDirectory } from '@hwcloud-directory/mocks';

const fresh = () => createDirectory({ seed: 5, size: 20 });

describe('adding users', () => {
  it('adds a user with the vendor defaults: root department, enabled, not an administrator, sortLevel 10000, a personal meeting ID', () => {
    const directory = fresh();
    const added = directory.addUser({ name: '李雷', userAccount: 'li.lei', email: 'li.lei@example.com' });
    expect(added).toMatchObject({ ok: true, value: { userAccount: 'li.lei', deptCode: '1', status: 0, adminType: 2, userType: 2, sortLevel: 10_000, phone: null } });
    expect(added.ok && added.value.vmrList.map((v) => v.vmrMode)).toEqual([0]);
    expect(directory.users.get('li.lei')?.name).toBe('李雷');
  });

  it('generates a free account when none is given', () => {
    const directory = fresh();
    const a = directory.addUser({ name: 'Zoë' });
    const b = directory.addUser({ name: 'Zoë' });
    expect(a.ok && b.ok && a.value.userAccount !== b.value.userAccount).toBe(true);
  });

  it('refuses an account already taken (accounts are unique in the system)', () => {
    const directory = fresh();
    expect(directory.addUser({ name: 'Another admin', userAccount: 'admin' })).toMatchObject({ ok: false, reason: 'account-taken', subject: 'admin' });
    expect(directory.users.get('admin')?.name).toBe('系统管理员');
  });

  it('refuses a third-party account another user has (unique in the enterprise), on add and on update', () => {
    const directory = fresh();
    expect(directory.addUser({ name: 'Dup', thirdAccount: 'zhangwei-ext-001' })).toMatchObject({ ok: false, reason: 'third-account-taken', subject: 'zhangwei-ext-001' });
    expect(() => directory.users.update('jose.alvarez', { thirdAccount: 'zhangwei-ext-001' })).toThrow(/third-party account "zhangwei-ext-001"/);
    expect(directory.findUserByThirdAccount('zhangwei-ext-001')?.userAccount).toBe('zhang.wei');
  });

  it('lets users share a phone number or an email address (the vendor documents no uniqueness for them)', () => {
    const directory = fresh();
    const first = directory.addUser({ name: 'One', phone: '+8613900000001', email: 'shared@example.com' });
    const second = directory.addUser({ name: 'Two', phone: '+8613900000001', email: 'shared@example.com' });
    expect(first.ok && second.ok).toBe(true);
  });

  it('refuses a department that does not exist, on add and on update', () => {
    const directory = fresh();
    expect(directory.addUser({ name: 'Nowhere', deptCode: 'no-such-dept' })).toMatchObject({ ok: false, reason: 'department-not-found', subject: 'no-such-dept' });
    expect(directory.updateUser('zhang.wei', { deptCode: 'no-such-dept' })).toMatchObject({ ok: false, reason: 'department-not-found' });
    expect(() => directory.users.add({ deptCode: 'no-such-dept' })).toThrow(/no department has code "no-such-dept"/);
  });

  it('refuses a second default administrator', () => {
    expect(fresh().addUser({ name: 'Boss', adminType: 0 })).toMatchObject({ ok: false, reason: 'default-admin' });
  });
});

describe('changing users', () => {
  it('updates fields of a user found by third-party account', () => {
    const directory = fresh();
    const updated = directory.updateUser('zhangwei-ext-001', { title: 'Architecte', sortLevel: 3 }, { by: 'thirdAccount' });
    expect(updated).toMatchObject({ ok: true, value: { userAccount: 'zhang.wei', title: 'Architecte', sortLevel: 3 } });
    expect(directory.updateUser('nobody', { title: 'x' })).toMatchObject({ ok: false, reason: 'user-not-found', subject: 'nobody' });
  });

  it('changes the status of several users at once, or of none when one is unknown', () => {
    const directory = fresh();
    expect(directory.setUserStatus(['zhang.wei', 'user003'], 1)).toMatchObject({ ok: true });
    expect(directory.users.get('zhang.wei')?.status).toBe(1);
    expect(directory.setUserStatus(['user003', 'ghost'], 0)).toMatchObject({ ok: false, reason: 'user-not-found', subject: 'ghost' });
    expect(directory.users.get('user003')?.status).toBe(1);
  });

  it('makes users administrators and takes the role back, never touching the default administrator', () => {
    const directory = fresh();
    expect(directory.setAdminType(['user003'], 1)).toMatchObject({ ok: true, value: [{ adminType: 1 }] });
    expect(directory.setAdminType(['user003', 'admin'], 2)).toMatchObject({ ok: false, reason: 'default-admin', subject: 'admin' });
    expect(directory.users.get('user003')?.adminType).toBe(1);
    expect(directory.users.get('admin')?.adminType).toBe(0);
    expect(directory.setAdminType(['user003'], 2).ok).toBe(true);
    expect(directory.users.get('user003')?.adminType).toBe(2);
  });
});

describe('deleting users', () => {
  it('deletes all the users named or none of them', () => {
    const directory = fresh();
    const before = directory.users.size;
    expect(directory.deleteUsers(['user003', 'ghost'])).toMatchObject({ ok: false, reason: 'user-not-found', subject: 'ghost' });
    expect(directory.users.size).toBe(before);
    expect(directory.deleteUsers(['user003', 'zhang.wei', 'user003'])).toMatchObject({ ok: true, value: [{ userAccount: 'user003' }, { userAccount: 'zhang.wei' }] });
    expect(directory.users.size).toBe(before - 2);
    expect(directory.findUserByThirdAccount('zhangwei-ext-001')).toBeUndefined();
  });

  it('refuses to delete the default administrator', () => {
    const directory = fresh();
    expect(directory.deleteUsers(['user003', 'admin'])).toMatchObject({ ok: false, reason: 'default-admin', subject: 'admin' });
    expect(directory.users.has('user003')).toBe(true);
  });

  it('deletes a user’s personal external contacts with the user, and frees the third-party account', () => {
    const directory = fresh();
    const owned = () => directory.externalContacts.all().filter((c) => c.ownerAccount === 'zhang.wei');
    expect(owned().length).toBeGreaterThan(0);
    expect(directory.deleteUsers(['zhang.wei']).ok).toBe(true);
    expect(owned()).toEqual([]);
    expect(directory.addUser({ name: 'New Wei', thirdAccount: 'zhangwei-ext-001' }).ok).toBe(true);
  });

  it('leaves no personal contact of a user deleted before the contacts were first read', () => {
    const directory = fresh();
    expect(directory.deleteUsers(['zhang.wei']).ok).toBe(true);
    expect(directory.externalContacts.all().filter((c) => c.ownerAccount === 'zhang.wei')).toEqual([]);
    directory.reset();
    expect(directory.externalContacts.all().some((c) => c.ownerAccount === 'zhang.wei')).toBe(true);
  });

  it('refuses a personal contact whose owner is not a user', () => {
    const directory = fresh();
    expect(() => directory.externalContacts.add({ type: 'PERSONAL', ownerAccount: 'ghost' })).toThrow(/owner "ghost" is not a user/);
  });
});

describe('BSS member accounts and organisations', () => {
  it('refuses a member account in an organisation that does not exist, and an organisation that still holds member accounts', () => {
    const directory = fresh();
    expect(directory.subCustomers.tryAdd({ name: 'x', org_id: '404' })).toMatchObject({ ok: false, reason: 'organization-not-found', subject: '404' });
    expect(directory.organizations.tryRemove('65419')).toMatchObject({ ok: false, reason: 'organization-has-members' });
  });

  it('renames an organisation in its member accounts', () => {
    const directory = fresh();
    directory.organizations.update('65419', { org_name: 'Nivel 1' });
    const members = directory.subCustomers.all().filter((s) => s.org_id === '65419');
    expect(members.length).toBeGreaterThan(0);
    expect(members.every((s) => s.org_name === 'Nivel 1')).toBe(true);
  });
});
