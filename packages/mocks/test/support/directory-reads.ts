// The reads the model-based test makes after every write: every list read whole and paged,
// filtered by a subtree and by a search key, the department tree walked from the root, and
// the details of what the write touched, each compared with the reference model.
import { expect } from 'vitest';
import type { DirectoryApi } from './directory-api.js';
import { CODE, ROOT, matches, type DirectoryModel, type ModelUser } from './directory-model.js';

/** What a step reads besides the full lists (indexes resolve against the model at run time). */
export interface ReadProbe {
  /** A department for the subtree filters and showDepartment. */
  dept: number;
  includeSubDepartments: boolean;
  /** A search key, or a slice of an existing user's name. */
  key: string | { name: number; start: number; length: number };
  /** A user whose details are read. */
  user: number;
  /** Page size for the paged read. */
  pageSize: number;
}

/** Accounts (Meeting accounts) and department codes a write touched: their details are read too. */
export interface Touched {
  accounts: string[];
  depts: string[];
}

const MEMBER = '/v1/usg/dcs/corp/member';
const FULL = 1000;

const sorted = (values: Iterable<string>) => [...values].sort();

/** Asserts that a list holds exactly the expected users, each once. */
function expectListed(label: string, listed: string[], expected: ModelUser[]): void {
  const twice = listed.filter((a, i) => listed.indexOf(a) !== i);
  expect(twice, `${label}: listed more than once`).toEqual([]);
  expect(sorted(listed), `${label}: the users listed`).toEqual(sorted(expected.map((u) => u.userAccount)));
}

function searchKeyOf(model: DirectoryModel, probe: ReadProbe): string {
  if (typeof probe.key === 'string') return probe.key;
  const names = sorted([...model.users.values()].map((u) => u.name));
  const name = [...names[probe.key.name % names.length]!];
  const start = probe.key.start % name.length;
  return name.slice(start, start + probe.key.length).join('') || name.join('');
}

async function expectSearchUsers(model: DirectoryModel, api: DirectoryApi, probe: ReadProbe, key: string, dept: string): Promise<void> {
  // userType absent lists ordinary users (type 2) only.
  const ordinary = [...model.users.values()].filter((u) => u.userType === 2);
  const all = await api.send('GET', MEMBER, { query: { offset: 0, limit: FULL } });
  expect(all.status, JSON.stringify(all.body)).toBe(200);
  expect(all.body.count, 'searchUsers: count').toBe(ordinary.length);
  expectListed('searchUsers', all.body.data.map((u: { userAccount: string }) => u.userAccount), ordinary);
  for (const item of all.body.data) {
    const u = model.users.get(item.userAccount)!;
    expect(item, `searchUsers: ${u.userAccount}`).toMatchObject({ name: u.name, deptCode: u.deptCode, deptNamePath: model.namePath(u.deptCode), status: u.status, adminType: u.adminType, thirdAccount: u.thirdAccount, email: u.email });
  }

  const paged: string[] = [];
  for (let offset = 0; offset < ordinary.length; offset += probe.pageSize) {
    const page = await api.send('GET', MEMBER, { query: { offset, limit: probe.pageSize } });
    expect(page.body.count, `searchUsers page at ${offset}: count`).toBe(ordinary.length);
    expect(page.body.data.length, `searchUsers page at ${offset}: size`).toBe(Math.min(probe.pageSize, ordinary.length - offset));
    paged.push(...page.body.data.map((u: { userAccount: string }) => u.userAccount));
  }
  expectListed(`searchUsers in pages of ${probe.pageSize}`, paged, ordinary);

  const codes = probe.includeSubDepartments ? model.subtree(dept) : new Set([dept]);
  const inDept = await api.send('GET', MEMBER, { query: { limit: FULL, deptCode: dept, enableSubDept: probe.includeSubDepartments } });
  expectListed(`searchUsers deptCode=${dept} enableSubDept=${probe.includeSubDepartments}`, inDept.body.data.map((u: { userAccount: string }) => u.userAccount), ordinary.filter((u) => codes.has(u.deptCode)));

  const found = await api.send('GET', MEMBER, { query: { limit: FULL, searchKey: key } });
  const expected = ordinary.filter((u) => [u.name, u.phone, u.email, u.userAccount, u.thirdAccount].some((f) => matches(f, key)));
  expectListed(`searchUsers searchKey=${JSON.stringify(key)}`, found.body.data.map((u: { userAccount: string }) => u.userAccount), expected);
}

async function expectCorpDir(model: DirectoryModel, api: DirectoryApi, probe: ReadProbe, dept: string): Promise<void> {
  const codes = probe.includeSubDepartments ? model.subtree(dept) : new Set([dept]);
  const expected = model.usersIn(codes);
  const dir = await api.send('GET', '/v1/usg/abs/users', { query: { limit: FULL, deptCode: dept, querySubDept: probe.includeSubDepartments, searchScope: 'ALL' } });
  expect(dir.status, JSON.stringify(dir.body)).toBe(200);
  expect(dir.body.count, `searchCorpDir deptCode=${dept}: count`).toBe(expected.length);
  expectListed(`searchCorpDir deptCode=${dept} querySubDept=${probe.includeSubDepartments}`, dir.body.data.map((u: { account: string }) => u.account), expected);
  for (const item of dir.body.data) {
    const u = model.users.get(item.account)!;
    expect(item, `searchCorpDir: ${u.userAccount}`).toMatchObject({ name: u.name, email: u.email, deptName: model.depts.get(u.deptCode)!.deptName });
    expect(item.deptCodes, `searchCorpDir: ${u.userAccount} deptCodes`).toContain(u.deptCode);
  }
}

async function expectLegacySearch(model: DirectoryModel, api: DirectoryApi): Promise<void> {
  // The default administrator is never listed by this search.
  const expected = [...model.users.values()].filter((u) => u.adminType !== 0);
  const { status, body } = await api.legacySearch({ pageIndex: 1, pageSize: FULL });
  expect(status, JSON.stringify(body)).toBe(200);
  expect(body.returnCode).toBe('000000000');
  expect(body.data.totalCount, 'legacy search: totalCount').toBe(expected.length);
  expectListed('legacy search', body.data.data.map((u: { userAccount: string }) => u.userAccount), expected);
  for (const item of body.data.data) {
    const u = model.users.get(item.userAccount)!;
    expect(item, `legacy search: ${u.userAccount}`).toMatchObject({ name: u.name, deptCode: u.deptCode, deptNamePath: model.namePath(u.deptCode), status: u.status, adminType: u.adminType });
  }
}

async function expectAdmins(model: DirectoryModel, api: DirectoryApi, touched: Touched): Promise<void> {
  const admins = [...model.users.values()].filter((u) => u.adminType !== 2);
  const { status, body } = await api.send('GET', '/v1/usg/dcs/corp/admin', { query: { offset: 0, limit: FULL } });
  expect(status, JSON.stringify(body)).toBe(200);
  expect(body.count, 'searchCorpAdmins: count').toBe(admins.length);
  expectListed('searchCorpAdmins', body.data.map((a: { account: string }) => a.account), admins);
  for (const item of body.data) {
    const u = model.users.get(item.account)!;
    const dept = model.depts.get(u.deptCode)!;
    expect(item, `searchCorpAdmins: ${u.userAccount}`).toMatchObject({ name: u.name, adminType: u.adminType, dept: { deptCode: dept.deptCode, deptName: dept.deptName, deptNamePath: model.namePath(dept.deptCode), parentDeptCode: dept.parentDeptCode } });
  }
  for (const account of touched.accounts) {
    const shown = await api.send('GET', `/v1/usg/dcs/corp/admin/${encodeURIComponent(account)}`);
    const u = model.users.get(account);
    if (u && u.adminType !== 2) expect([shown.status, shown.body.adminType], `showCorpAdmin ${account}`).toEqual([200, u.adminType]);
    else expect([shown.status, shown.body.error_code], `showCorpAdmin ${account} (not an administrator)`).toEqual([400, CODE.userNotFound]);
  }
}

/** Walks the tree from the root with showDeptAndChildDept: every department once, each where the model has it. */
async function expectTree(model: DirectoryModel, api: DirectoryApi): Promise<void> {
  const seen: string[] = [];
  const expectNode = (node: Record<string, unknown>, label: string) => {
    const code = node.deptCode as string;
    const d = model.depts.get(code);
    expect(d, `${label}: ${code} is not in the model`).toBeDefined();
    expect(node, `${label}: ${code}`).toMatchObject({
      deptName: d!.deptName,
      parentDeptCode: d!.parentDeptCode,
      deptNamePath: model.namePath(code),
      deptCodePath: model.codePath(code),
      deptLevel: model.level(code),
      isLeafNode: model.children(code).length === 0,
    });
  };
  const visit = async (code: string): Promise<void> => {
    const { status, body } = await api.send('GET', `/v1/usg/dcs/member/dept/${encodeURIComponent(code)}`);
    expect(status, `showDeptAndChildDept ${code}: ${JSON.stringify(body)}`).toBe(200);
    expectNode(body, 'showDeptAndChildDept');
    const children = body.childDepts as Record<string, unknown>[];
    expect(sorted(children.map((c) => c.deptCode as string)), `showDeptAndChildDept ${code}: children`).toEqual(sorted(model.children(code).map((c) => c.deptCode)));
    for (const child of children) {
      expectNode(child, `showDeptAndChildDept ${code}: child`);
      seen.push(child.deptCode as string);
      if (!child.isLeafNode) await visit(child.deptCode as string);
    }
  };
  seen.push(ROOT);
  await visit(ROOT);
  const twice = seen.filter((c, i) => seen.indexOf(c) !== i);
  expect(twice, 'department tree: a department under two parents').toEqual([]);
  expect(sorted(seen), 'department tree: the departments reached from the root').toEqual(sorted(model.depts.keys()));
}

async function expectDepartments(model: DirectoryModel, api: DirectoryApi, codes: string[], key: string): Promise<void> {
  for (const code of new Set(codes)) {
    const { status, body } = await api.send('GET', `/v1/usg/abs/departments/${encodeURIComponent(code)}`);
    const d = model.depts.get(code);
    if (!d) {
      expect([status, body.error_code], `showDepartment ${code} (no such department)`).toEqual([400, CODE.deptNotFound]);
      continue;
    }
    expect(status, `showDepartment ${code}: ${JSON.stringify(body)}`).toBe(200);
    const children = model.children(code);
    expect(body, `showDepartment ${code}`).toMatchObject({ deptCode: code, deptName: d.deptName, isLeafNodes: children.length === 0 });
    const shown = (body.childDepts as { deptCode: string; deptName: string; isLeafNodes: boolean }[]).map((c) => `${c.deptCode}:${c.deptName}:${c.isLeafNodes}`);
    expect(sorted(shown), `showDepartment ${code}: childDepts`).toEqual(sorted(children.map((c) => `${c.deptCode}:${c.deptName}:${model.children(c.deptCode).length === 0}`)));
  }
  const { status, body } = await api.send('GET', '/v1/usg/dcs/member/dept', { query: { deptName: key } });
  expect(status, JSON.stringify(body)).toBe(200);
  const listed = (body as { deptCode: string; deptNamePath: string }[]).map((d) => `${d.deptCode} ${d.deptNamePath}`);
  const expected = [...model.depts.values()].filter((d) => matches(d.deptName, key)).map((d) => `${d.deptCode} ${model.namePath(d.deptCode)}`);
  expect(sorted(listed), `searchDepartmentByName ${JSON.stringify(key)}`).toEqual(sorted(expected));
}

async function expectUserDetails(model: DirectoryModel, api: DirectoryApi, accounts: string[]): Promise<void> {
  for (const account of new Set(accounts)) {
    const { status, body } = await api.send('GET', `${MEMBER}/${encodeURIComponent(account)}`, { query: { accountType: 0 } });
    const u = model.users.get(account);
    if (!u) {
      expect([status, body.error_code], `showUserDetail ${account} (no such user)`).toEqual([400, CODE.userNotFound]);
      continue;
    }
    expect(status, `showUserDetail ${account}: ${JSON.stringify(body)}`).toBe(200);
    const dept = model.depts.get(u.deptCode)!;
    expect(body, `showUserDetail ${account}`).toMatchObject({
      userAccount: u.userAccount,
      thirdAccount: u.thirdAccount,
      name: u.name,
      email: u.email,
      status: u.status,
      adminType: u.adminType,
      deptCode: u.deptCode,
      deptName: dept.deptName,
      deptNamePath: model.namePath(u.deptCode),
    });
  }
}

/** Every read of a step, compared with the model. */
export async function expectReadsAgree(model: DirectoryModel, api: DirectoryApi, probe: ReadProbe, touched: Touched): Promise<void> {
  const depts = sorted(model.depts.keys());
  const dept = depts[probe.dept % depts.length]!;
  const accounts = sorted(model.users.keys());
  const key = searchKeyOf(model, probe);
  await expectSearchUsers(model, api, probe, key, dept);
  await expectCorpDir(model, api, probe, dept);
  await expectLegacySearch(model, api);
  await expectAdmins(model, api, touched);
  await expectTree(model, api);
  await expectDepartments(model, api, [dept, ...touched.depts], key);
  await expectUserDetails(model, api, [accounts[probe.user % accounts.length]!, ...touched.accounts]);
}
