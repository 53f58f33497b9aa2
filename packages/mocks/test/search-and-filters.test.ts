import { describe, expect, it } from 'vitest';
import { testCredentials } from '@hwcloud-directory/mocks';
import { adminHeaders, bssHeaders, BSS, legacyHeaders, MEETING, memberHeaders, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

const { directory } = useMockServer({ seed: 3, size: 60 });

const contacts = (query: string, headers: Record<string, string> = adminHeaders) => specFetch(`${MEETING}/v1/usg/abs/external-contacts?limit=500&${query}`, { headers });
const admins = (query: string) => specFetch(`${MEETING}/v1/usg/dcs/corp/admin?limit=500&${query}`, { headers: adminHeaders });
const members = (query: string) => specFetch(`${BSS}/v2/enterprises/multi-accounts/sub-customers?limit=100&${query}`, { headers: bssHeaders });
const legacy = (body: Record<string, unknown>) =>
  specFetch(`${MEETING}/rest/usg/datacenter/v1/corp/member/search`, {
    method: 'POST',
    headers: { ...legacyHeaders, 'Content-Type': 'application/json' },
    body: JSON.stringify({ pageSize: 1000, ...body }),
  });

describe('fuzzy search', () => {
  it('matches external contacts by a case-insensitive substring of the name', async () => {
    directory.externalContacts.add({ name: 'Hélène Dupont', type: 'CORP', email: null, phone: null });
    const { body } = await contacts(`searchKey=${encodeURIComponent('hÉLÈNE dup')}`);
    expect(body.data.map((c: { name: string }) => c.name)).toContain('Hélène Dupont');
    expect(body.data.every((c: { name: string; email: string | null; phone: string | null }) => [c.name, c.email, c.phone].some((f) => f?.toLowerCase().includes('hélène dup')))).toBe(true);
  });

  it('matches Chinese names by substring', async () => {
    directory.externalContacts.add({ name: '欧阳子涵', type: 'CORP' });
    const { body } = await contacts(`searchKey=${encodeURIComponent('子涵')}`);
    expect(body.data.some((c: { name: string }) => c.name === '欧阳子涵')).toBe(true);
  });

  it('matches external contacts by phone and email but not by other fields', async () => {
    directory.externalContacts.add({ name: 'Phone Person', type: 'CORP', phone: '+8613999990000', remarks: 'zzuniquezz' });
    expect((await contacts('searchKey=13999990000')).body.count).toBe(1);
    expect((await contacts('searchKey=zzuniquezz')).body.count).toBe(0);
  });

  it('matches administrators by third-party account although the item does not show it', async () => {
    const { body } = await admins('searchKey=ZHANGWEI-EXT');
    expect(body.data.map((a: { account: string }) => a.account)).toEqual(['zhang.wei']);
  });

  it('matches each field on its own, never across two fields (a NUL in the key matches nothing)', async () => {
    expect((await admins('searchKey=%00')).body.count).toBe(0);
    expect((await admins('searchKey=com%00adm')).body.count).toBe(0);
    expect((await contacts('searchKey=%00')).body.count).toBe(0);
    // Sanity: each half alone still matches the administrator.
    expect((await admins('searchKey=example.com')).body.count).toBeGreaterThan(0);
  });

  it('returns every record for an empty search key', async () => {
    const all = await admins('');
    const empty = await admins('searchKey=');
    expect(empty.body.count).toBe(all.body.count);
  });
});

describe('searchScope of external contacts', () => {
  it('shows CORP contacts and only the caller’s own PERSONAL contacts', async () => {
    const mine = await contacts('searchScope=PERSONAL');
    expect(mine.body.count).toBe(directory.externalContacts.all().filter((c) => c.type === 'PERSONAL' && c.ownerAccount === 'admin').length);
    const corp = await contacts('searchScope=CORP');
    expect(corp.body.data.every((c: { type: string }) => c.type === 'CORP')).toBe(true);
    const all = await contacts('searchScope=ALL');
    expect(all.body.count).toBe(mine.body.count + corp.body.count);
  });

  it('shows another user their own personal contacts, not the administrator’s', async () => {
    directory.externalContacts.add({ name: 'Only José', type: 'PERSONAL', ownerAccount: testCredentials.member.account });
    const { body } = await contacts('searchScope=PERSONAL', memberHeaders);
    const owned = directory.externalContacts.all().filter((c) => c.type === 'PERSONAL' && c.ownerAccount === testCredentials.member.account);
    expect(body.data.map((c: { id: string }) => c.id).sort()).toEqual(owned.map((c) => c.id).sort());
    expect(body.data.map((c: { name: string }) => c.name)).toContain('Only José');
  });
});

describe('BSS member-account filters', () => {
  it('matches the account name exactly by default and as a substring with fuzzy_query=1', async () => {
    directory.subCustomers.add({ name: 'd_2035_alpha', display_name: 'Alpha' });
    expect((await members('sub_customer_account_name=d_2035_alpha')).body.total_count).toBe(1);
    expect((await members('sub_customer_account_name=2035_ALP')).body.total_count).toBe(0);
    expect((await members('sub_customer_account_name=2035_ALP&fuzzy_query=1')).body.total_count).toBe(1);
  });

  it('treats an absent name filter as no filter and an empty one, as the vendor SDKs send "", as a filter for empty values', async () => {
    directory.subCustomers.add({ name: 'no_display', display_name: '' });
    const names = (body: { sub_customer_infos: { name: string }[] }) => body.sub_customer_infos.map((s) => s.name);
    // A Node SDK user's "" goes out as `name=`; the Go SDK sends a Go "" as a bare key.
    expect(names((await members('sub_customer_display_name=')).body)).toEqual(['no_display']);
    expect(names((await members('sub_customer_display_name')).body)).toEqual(['no_display']);
    expect(names((await members('sub_customer_display_name=&fuzzy_query=1')).body)).toEqual(['no_display']);
    expect((await members('sub_customer_account_name=')).body.total_count).toBe(0);
    // The two-quote text is an ordinary value: no account is named `""`.
    expect((await members(`sub_customer_display_name=${encodeURIComponent('""')}`)).body.total_count).toBe(0);
    expect((await members('')).body.total_count).toBeGreaterThan(1);
  });

  it('rejects a fuzzy term with a space with 400 CBC.0100', async () => {
    const { status, body } = await members('sub_customer_display_name=a%20b&fuzzy_query=1');
    expect(status).toBe(400);
    expect(body.error_code).toBe('CBC.0100');
  });

  it('filters by org_id, and ignores an empty org_id', async () => {
    const { body } = await members('org_id=65419');
    expect(body.total_count).toBe(directory.subCustomers.all().filter((s) => s.org_id === '65419').length);
    expect(body.sub_customer_infos.every((s: { org_id: string }) => s.org_id === '65419')).toBe(true);
    expect((await members('org_id=')).body.total_count).toBe(directory.subCustomers.size);
  });
});

describe('legacy search filters', () => {
  const subtreeOf = (code: string) => directory.departmentSubtree(code);

  it('filters by department with and without sub-departments', async () => {
    const dept = directory.departments.all().find((d) => d.parentDeptCode === '1' && directory.departments.all().some((c) => c.parentDeptCode === d.deptCode));
    expect(dept).toBeDefined();
    const code = dept!.deptCode;
    const withSub = await legacy({ deptCode: code });
    const withoutSub = await legacy({ deptCode: code, enableSubDept: false });
    const codes = subtreeOf(code);
    const expected = directory.users.all().filter((u) => u.adminType !== 0 && codes.has(u.deptCode)).length;
    expect(withSub.body.data.totalCount).toBe(expected);
    expect(withoutSub.body.data.data.every((u: { deptCode: string }) => u.deptCode === code)).toBe(true);
    expect(withoutSub.body.data.totalCount).toBeLessThanOrEqual(expected);
  });

  it('filters by adminType and status and never lists the default administrator', async () => {
    const ordinaryAdmins = await legacy({ adminType: 1 });
    expect(ordinaryAdmins.body.data.data.every((u: { adminType: number }) => u.adminType === 1)).toBe(true);
    expect(ordinaryAdmins.body.data.totalCount).toBe(directory.users.all().filter((u) => u.adminType === 1).length);
    const disabled = await legacy({ status: 1 });
    expect(disabled.body.data.totalCount).toBe(directory.users.all().filter((u) => u.status === 1 && u.adminType !== 0).length);
    const everyone = await legacy({});
    expect(everyone.body.data.data.some((u: { adminType: number }) => u.adminType === 0)).toBe(false);
  });

  it('searches the condition over account, name, phone and email', async () => {
    const { body } = await legacy({ condition: '张伟' });
    expect(body.data.data.map((u: { userAccount: string }) => u.userAccount)).toContain('zhang.wei');
    const byAccount = await legacy({ condition: 'JOSE.ALV' });
    expect(byAccount.body.data.data.map((u: { userAccount: string }) => u.userAccount)).toEqual(['jose.alvarez']);
  });
});
