import { describe, expect, it } from 'vitest';
import { operations } from '@hwcloud-directory/mocks';
import { adminHeaders, MEETING, memberHeaders, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

const { directory } = useMockServer({ seed: 21, size: 40 }, { validateResponses: true });

const MEMBER = `${MEETING}/v1/usg/dcs/corp/member`;
const json = (headers: Record<string, string>) => ({ ...headers, 'Content-Type': 'application/json' });
const addUser = (body: unknown, headers: Record<string, string> = adminHeaders) => specFetch(MEMBER, { method: 'POST', headers: json(headers), body: JSON.stringify(body) });
const updateUser = (account: string, body: unknown, query = '', headers: Record<string, string> = adminHeaders) =>
  specFetch(`${MEMBER}/${encodeURIComponent(account)}${query}`, { method: 'PUT', headers: json(headers), body: JSON.stringify(body) });
/** A batch request; a success has no body (specFetch checks that against the spec). */
const batch = (method: string, path: string, accounts: unknown, headers: Record<string, string> = adminHeaders) =>
  specFetch(`${MEMBER}${path}`, { method, headers: json(headers), body: JSON.stringify(accounts) });
const deleteUsers = (accounts: unknown, query = '', headers?: Record<string, string>) => batch('POST', `/delete${query}`, accounts, headers);
const setStatus = (value: number, accounts: unknown, query = '', headers?: Record<string, string>) => batch('PUT', `/status/${value}${query}`, accounts, headers);

describe('addUser', () => {
  it('adds a user with the defaults of the page and answers their details', async () => {
    const { status, body } = await addUser({ name: '张三', account: 'zhangsan01', pwd: 'Welcome#2024', phone: '+8613800000001', email: 'zhangsan@example.com', title: 'Engineer' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ userAccount: 'zhangsan01', name: '张三', deptCode: '1', deptNamePath: 'Root Department', status: 0, sortLevel: 10000, hidePhone: false, adminType: 2, userType: 2, country: 'chinaPR', corp: null });
    expect(body.vmrList.filter((v: { vmrMode: number }) => v.vmrMode === 0)).toHaveLength(1);
    expect(directory.users.get('zhangsan01')?.title).toBe('Engineer');
  });

  it('generates the account when none is sent', async () => {
    const { status, body } = await addUser({ name: '王五', email: 'wangwu@example.com' });
    expect(status).toBe(200);
    expect(directory.users.get(body.userAccount)?.name).toBe('王五');
  });

  it('refuses an account already used with 400 USG.201040001 and adds nothing', async () => {
    const before = directory.users.size;
    const { status, body } = await addUser({ name: 'Copy', account: 'zhang.wei', email: 'copy@example.com' });
    expect(status).toBe(400);
    expect(body.error_code).toBe('USG.201040001');
    expect(body.error_msg).toContain('zhang.wei');
    expect(directory.users.size).toBe(before);
  });

  it('refuses a third-party account already used in the enterprise with 400 USG.201040001', async () => {
    const { status, body } = await addUser({ name: 'Copy', thirdAccount: 'zhangwei-ext-001', email: 'copy@example.com' });
    expect(status).toBe(400);
    expect(body.error_code).toBe('USG.201040001');
    expect(body.error_msg).toContain('zhangwei-ext-001');
  });

  it('refuses a department that does not exist with 400 USG.201050000', async () => {
    const { status, body } = await addUser({ name: 'Lost', email: 'lost@example.com', deptCode: 'no-such-dept' });
    expect(status).toBe(400);
    expect(body.error_code).toBe('USG.201050000');
    expect(body.error_msg).toContain('no-such-dept');
  });

  it('needs a mobile number or an email address, and the email address when the enterprise has turned SMS off', async () => {
    const neither = await addUser({ name: 'Nobody', phone: '', email: '' }, { ...adminHeaders, 'Accept-Language': 'en-US' });
    expect(neither.status).toBe(400);
    expect(neither.body).toMatchObject({ error_code: 'USG.000000001', error_msg: 'Invalid parameter: phone or email is required.' });
    directory.enterprise.enableSMS = false;
    const phoneOnly = await addUser({ name: 'Phone Only', phone: '+8613800000009' });
    expect(phoneOnly.body.error_code).toBe('USG.000000001');
    expect(phoneOnly.body.error_msg).toContain('email');
  });

  it('needs a country with a mobile number', async () => {
    const { status, body } = await addUser({ name: 'No Country', phone: '+8613800000008', country: '' });
    expect(status).toBe(400);
    expect(body.error_code).toBe('USG.000000001');
    expect(body.error_msg).toContain('country');
  });

  it('applies the password rules: not the account forwards or backwards, two kinds of character, 8 to 32 long', async () => {
    for (const pwd of ['zhangsan09', '90nasgnahz', 'abcdefghij', '12345678', 'Ab#1', 'A'.repeat(16) + 'b'.repeat(17)]) {
      const { status, body } = await addUser({ name: 'Pwd', account: 'zhangsan09', pwd, email: 'pwd@example.com' });
      expect(status, pwd).toBe(400);
      expect(body.error_code).toBe('USG.000000001');
    }
    expect((await addUser({ name: 'Pwd', account: 'zhangsan09', pwd: 'abcdefg1', email: 'pwd@example.com' })).status).toBe(200);
  });

  it('refuses values outside the schema: a 65-character name, an all-digit account, sortLevel 0, status 2', async () => {
    for (const extra of [{ name: 'x'.repeat(65) }, { account: '123456' }, { account: 'a@.b' }, { sortLevel: 0 }, { status: 2 }]) {
      const { status, body } = await addUser({ name: 'Schema', email: 's@example.com', ...extra });
      expect(status, JSON.stringify(extra)).toBe(400);
      expect(body.error_code).toBe('USG.000000001');
    }
  });

  it('answers in the language asked for', async () => {
    const zh = await addUser({ name: '无联系方式' }, { ...adminHeaders, 'Accept-Language': 'zh-CN' });
    expect(zh.body.error_msg).toBe('参数无效：手机号（phone）和邮箱（email）至少填写一项。');
    const taken = await addUser({ name: 'Copy', account: 'zhang.wei', email: 'c@example.com' }, { ...adminHeaders, 'Accept-Language': 'zh-CN' });
    expect(taken.body.error_msg).toMatch(/[\u4e00-\u9fff]/);
  });

  it('lets only administrators add users (403 USG.000000005)', async () => {
    const { status, body } = await addUser({ name: 'By Member', email: 'm@example.com' }, memberHeaders);
    expect(status).toBe(403);
    expect(body.error_code).toBe('USG.000000005');
  });
});

describe('updateUser', () => {
  it('changes only the fields sent and answers the details after the change', async () => {
    const before = directory.users.get('zhang.wei');
    const dept = directory.departments.all()[2];
    const { status, body } = await updateUser('zhang.wei', { title: 'Senior Engineer', deptCode: dept?.deptCode });
    expect(status).toBe(200);
    expect(body).toMatchObject({ userAccount: 'zhang.wei', title: 'Senior Engineer', deptCode: dept?.deptCode, deptNamePath: dept?.deptNamePath, name: before?.name, email: before?.email });
  });

  it('finds the user by third-party account with accountType=1', async () => {
    const { body } = await updateUser('zhangwei-ext-001', { sortLevel: 1 }, '?accountType=1');
    expect(body).toMatchObject({ userAccount: 'zhang.wei', sortLevel: 1 });
  });

  it('clears a field sent empty, and sets the personal meeting ID from vmrId', async () => {
    const { body } = await updateUser('jose.alvarez', { signature: '', vmrId: '987654321' });
    expect(body.signature).toBeNull();
    expect(body.vmrList.find((v: { vmrMode: number }) => v.vmrMode === 0).vmrId).toBe('987654321');
  });

  it('answers an unknown account with 400 USG.201040000', async () => {
    const { status, body } = await updateUser('nobody.here', { title: 'x' });
    expect(status).toBe(400);
    expect(body.error_code).toBe('USG.201040000');
  });

  it('refuses a department that does not exist with 400 USG.201050000 and changes nothing', async () => {
    const before = directory.users.get('zhang.wei');
    const { status, body } = await updateUser('zhang.wei', { deptCode: 'no-such-dept', title: 'Changed' });
    expect(status).toBe(400);
    expect(body.error_code).toBe('USG.201050000');
    expect(directory.users.get('zhang.wei')).toEqual(before);
  });

  it('refuses clearing both the mobile number and the email address', async () => {
    const { status, body } = await updateUser('zhang.wei', { phone: '', email: '' });
    expect(status).toBe(400);
    expect(body.error_code).toBe('USG.000000001');
    expect(directory.users.get('zhang.wei')?.phone).not.toBeNull();
  });

  it('refuses values outside the schema (sortLevel 0, a 33-character title)', async () => {
    for (const patch of [{ sortLevel: 0 }, { title: 't'.repeat(33) }, { status: 5 }]) {
      const { status, body } = await updateUser('zhang.wei', patch);
      expect(status, JSON.stringify(patch)).toBe(400);
      expect(body.error_code).toBe('USG.000000001');
    }
  });

  it('lets only administrators change users (403 USG.000000005)', async () => {
    expect((await updateUser('jose.alvarez', { title: 'Self-promoted' }, '', memberHeaders)).status).toBe(403);
  });
});

describe('batchDeleteUsers', () => {
  it('deletes every user listed and answers 200 with an empty body', async () => {
    const { status, body } = await deleteUsers(['user003', 'li.na.disabled', 'user003']);
    expect(status).toBe(200);
    expect(body).toBeUndefined();
    expect(directory.users.has('user003') || directory.users.has('li.na.disabled')).toBe(false);
  });

  it('deletes by third-party account with accountType=1', async () => {
    expect((await deleteUsers(['jalvarez'], '?accountType=1')).status).toBe(200);
    expect(directory.users.has('jose.alvarez')).toBe(false);
  });

  it('deletes all or nothing: one unknown account fails the batch with 400 USG.201040000', async () => {
    const before = directory.users.size;
    const { status, body: error } = await deleteUsers(['user003', 'no.such.user', 'li.na.disabled']);
    expect(status).toBe(400);
    expect(error.error_code).toBe('USG.201040000');
    expect(error.error_msg).toContain('no.such.user');
    expect(directory.users.size).toBe(before);
    expect(directory.users.has('user003')).toBe(true);
  });

  it('refuses an empty list with 400 USG.000000001', async () => {
    const { status, body: error } = await deleteUsers([]);
    expect(status).toBe(400);
    expect(error.error_code).toBe('USG.000000001');
  });

  it('never deletes the default administrator: 400 USG.201060001, as the spec documents, and then deletes no one', async () => {
    const { status, body: error } = await deleteUsers(['user003', 'admin'], '', { ...adminHeaders, 'Accept-Language': 'en-US' });
    expect([status, error.error_code]).toEqual([400, 'USG.201060001']);
    expect(operations.batchDeleteUsers.errorCodes).toContain(error.error_code);
    expect(error.error_msg).toContain('"admin"');
    expect(directory.users.has('admin') && directory.users.has('user003')).toBe(true);
  });

  it('lets only administrators delete users (403 USG.000000005)', async () => {
    const { status, body: error } = await deleteUsers(['user003'], '', memberHeaders);
    expect(status).toBe(403);
    expect(error.error_code).toBe('USG.000000005');
  });
});

describe('batchUpdateUserStatus', () => {
  it('disables and enables users and answers 200 with an empty body', async () => {
    const disabled = await setStatus(1, ['user003', 'zhang.wei']);
    expect([disabled.status, disabled.body]).toEqual([200, undefined]);
    expect([directory.users.get('user003')?.status, directory.users.get('zhang.wei')?.status]).toEqual([1, 1]);
    expect((await setStatus(0, ['zhangwei-ext-001'], '?accountType=1')).status).toBe(200);
    expect(directory.users.get('zhang.wei')?.status).toBe(0);
  });

  it('changes no status when one account is unknown (400 USG.201040000)', async () => {
    const { status, body: error } = await setStatus(1, ['user003', 'no.such.user']);
    expect(status).toBe(400);
    expect(error.error_code).toBe('USG.201040000');
    expect(directory.users.get('user003')?.status).toBe(0);
  });

  it('refuses a status other than 0 or 1 with 400 USG.000000001', async () => {
    const { status, body: error } = await setStatus(2, ['user003']);
    expect(status).toBe(400);
    expect(error.error_code).toBe('USG.000000001');
    expect(error.error_msg).toContain('value');
  });

  it('lets only administrators change statuses (403 USG.000000005)', async () => {
    expect((await setStatus(1, ['user003'], '', memberHeaders)).status).toBe(403);
  });
});
