// In-process cost on a directory of 100k users in 1,000 departments (and 100k external contacts
// and member accounts): the time to build it (cold, in fresh processes), each list and search
// query through MSW's setupServer and fetch, the same store queries called directly, and each
// write of the store's API. tinybench, time-bounded; the figures are medians (p50), the
// budget's statistic.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { setupServer } from 'msw/node';
import { Bench } from 'tinybench';
import { median } from './median.mjs';

const HEADERS = { 'X-Access-Token': 'mock-static-admin-token-7f3c2a9e4b1d' };
const BASE = 'https://api.meeting.huaweicloud.com';
const BSS_BASE = 'https://bss.myhuaweicloud.com';
const BSS_HEADERS = { 'X-Auth-Token': 'MIIPmock-iam-token-of-the-enterprise-master-account' };

/** Budgets of issue 11, in ms. */
export const BUDGET = { buildMs: 1000, readMedianMs: 2, writeMedianMs: 1 };

function rowsOf(bench, kind) {
  return bench.tasks.map((task) => {
    const latency = task.result.latency;
    return { kind, task: task.name, medianMs: latency.p50, meanMs: latency.mean, p99Ms: latency.p99, samples: latency.samplesCount };
  });
}

/** A department with sub-departments, members and a parent other than the root: the subtree queries' subject. */
function subtreeOf(directory) {
  const candidates = directory.departments.all().filter((d) => d.parentDeptCode === '1' && directory.departmentChildren(d.deptCode).length > 0);
  // The largest such subtree: the worst case of a subtree filter.
  return candidates.map((d) => ({ code: d.deptCode, members: directory.memberCount(d.deptCode, true) })).sort((a, b) => b.members - a.members)[0];
}

/**
 * Cold builds of the directory, each in a fresh process (build-child.mjs), as a test file pays
 * for it: `runs` of them, their medians and every run's figures.
 */
function measureBuilds(bundle, size, runs) {
  const child = new URL('./build-child.mjs', import.meta.url).pathname;
  const all = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, [child, bundle, String(size)], { encoding: 'utf8' })));
  const of = (key) => median(all.map((run) => run[key]));
  return { buildMs: of('buildMs'), buildCpuMs: of('buildCpuMs'), lazyTablesMs: of('lazyTablesMs'), lazyTablesCpuMs: of('lazyTablesCpuMs'), departments: all[0].departments, runs: all };
}

/**
 * Runs the in-process benchmark on the bundled mocks.
 * @returns {{ size, load, departments, buildMs, buildCpuMs, lazyTablesMs, lazyTablesCpuMs, buildRuns, buildInBenchMs, subtree, searchUsersServed, rows: { kind, task, medianMs, meanMs, p99Ms, samples }[] }}
 */
export async function measureInProcess(bundle, { size = 100_000, timeMs = 3000, writeTimeMs = 1000, buildRuns = 5 } = {}) {
  const loadBefore = loadavg()[0];
  const builds = measureBuilds(bundle, size, buildRuns);
  const { createDirectory, createHandlers, basicAuthorization, operations } = await import(bundle);
  // The directory the queries below run on, built once more in this process (after the harness loaded: reported, not budgeted).
  const started = performance.now();
  const directory = createDirectory({ seed: 42, size });
  const buildInBenchMs = performance.now() - started;
  const subtree = subtreeOf(directory);

  const server = setupServer(...createHandlers(directory));
  server.listen({ onUnhandledRequest: 'error' });
  const query = async (url, init = {}) => {
    const response = await fetch(url, { ...init, headers: { ...HEADERS, ...init.headers } });
    if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
    await response.json();
  };
  const legacy = (body) =>
    query(`${BASE}/rest/usg/datacenter/v1/corp/member/search`, {
      method: 'POST',
      headers: { Authorization: basicAuthorization(HEADERS['X-Access-Token']), 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  const readTasks = [
    // No list at all: what any request through setupServer and fetch costs on this machine now.
    ['baseline: showUserDetail of one user (no list)', () => query(`${BASE}/v1/usg/dcs/corp/member/zhang.wei`)],
    ['external contacts, page 5000 of 10', () => query(`${BASE}/v1/usg/abs/external-contacts?offset=50000&limit=10`)],
    ['external contacts, fuzzy search "王"', () => query(`${BASE}/v1/usg/abs/external-contacts?limit=10&searchKey=${encodeURIComponent('王')}`)],
    ['external contacts, search "zhang" (several characters, checked per candidate)', () => query(`${BASE}/v1/usg/abs/external-contacts?limit=10&searchKey=zhang`)],
    ['administrators, search "wang"', () => query(`${BASE}/v1/usg/dcs/corp/admin?limit=10&searchKey=wang`)],
    [`legacy search, department subtree (${subtree.members} users) + status`, () => legacy({ deptCode: subtree.code, status: 0, pageIndex: 3, pageSize: 50 })],
    ['legacy search, department subtree + status + adminType', () => legacy({ deptCode: subtree.code, status: 0, adminType: 2, pageIndex: 3, pageSize: 50 })],
    ['legacy search, one department without sub-departments', () => legacy({ deptCode: subtree.code, enableSubDept: false, pageIndex: 1, pageSize: 50 })],
    ['legacy search, condition "张伟"', () => legacy({ condition: '张伟', pageIndex: 1, pageSize: 50 })],
    ['BSS member accounts, fuzzy account name "zhang"', () => query(`${BSS_BASE}/v2/enterprises/multi-accounts/sub-customers?limit=10&sub_customer_account_name=zhang&fuzzy_query=1`, { headers: BSS_HEADERS })],
  ];

  // searchUsers (issue 11) has the userType filter and the sort: measured once it is served.
  const searchUsersUrl = (extra) => `${BASE}/v1/usg/dcs/corp/member?deptCode=${subtree.code}&status=0&userType=2&offset=100&limit=50${extra}`;
  let searchUsersServed = false;
  if (operations.searchUsers) {
    try {
      await query(searchUsersUrl(''));
      searchUsersServed = true;
    } catch {
      // Not implemented yet: the store rows below stand in for it.
    }
  }
  if (searchUsersServed) {
    readTasks.push(
      ['searchUsers, department subtree + status + userType', () => query(searchUsersUrl(''))],
      ['searchUsers, the same sorted by sortLevel, descending', () => query(searchUsersUrl('&sortField=sortLevel&isAsc=false'))],
      // A deep page of a sorted list, both ways: descending pages from the end of the order, as cheap as ascending.
      ['searchUsers, every ordinary user sorted by sortLevel, ascending, offset 50,000', () => query(`${BASE}/v1/usg/dcs/corp/member?offset=50000&limit=50&sortField=sortLevel&isAsc=true`)],
      ['searchUsers, every ordinary user sorted by sortLevel, descending, offset 50,000', () => query(`${BASE}/v1/usg/dcs/corp/member?offset=50000&limit=50&sortField=sortLevel&isAsc=false`)],
    );
  }
  const reads = new Bench({ time: timeMs, warmupTime: 500 });
  for (const [name, fn] of readTasks) reads.add(name, fn);
  await reads.run();
  server.close();

  const store = new Bench({ time: timeMs, warmupTime: 500 });
  store
    .add('store: queryUsers subtree + status + userType, page 3 of 50', () => directory.queryUsers({ deptCode: subtree.code, status: 0, userTypes: [2] }).page(100, 50))
    .add('store: queryUsers subtree + status + userType sorted by sortLevel desc', () => directory.queryUsers({ deptCode: subtree.code, status: 0, userTypes: [2], sortField: 'sortLevel', descending: true }).page(100, 50))
    .add('store: queryUsers every user sorted by deptCode, page 500 of 50', () => directory.queryUsers({ sortField: 'deptCode' }).page(25_000, 50))
    .add('store: queryUsers every user sorted by sortLevel, page 1001 of 50', () => directory.queryUsers({ sortField: 'sortLevel' }).page(50_000, 50))
    .add('store: queryUsers every user sorted by sortLevel desc, page 1001 of 50', () => directory.queryUsers({ sortField: 'sortLevel', descending: true }).page(50_000, 50))
    .add('store: queryUsers search "wang" in a subtree', () => directory.queryUsers({ deptCode: subtree.code, searchKey: 'wang' }).page(0, 10));
  await store.run();

  // Writes, each against the store's API; setup that is not the write runs in the hooks.
  const leaf = directory.departments.all().find((d) => d.parentDeptCode !== null && directory.departmentChildren(d.deptCode).length === 0);
  const parents = directory.departments.all().filter((d) => d.parentDeptCode === '1').slice(0, 2).map((d) => d.deptCode);
  const mover = directory.addDepartment({ deptName: 'Bench mover', parentDeptCode: parents[0] }).value;
  const member = directory.users.all().find((u) => u.adminType === 2 && u.deptCode === leaf.deptCode) ?? directory.users.all().find((u) => u.adminType === 2);
  let toggle = 0;
  let added = null;
  let spare = null;
  const ok = (result) => {
    if (!result.ok) throw new Error(result.message);
    return result.value;
  };
  const writes = new Bench({ time: writeTimeMs, warmupTime: 200 });
  writes
    .add('addUser', () => ok(directory.addUser({ name: '基准 用户', deptCode: leaf.deptCode })))
    .add('updateUser (title)', () => ok(directory.updateUser(member.userAccount, { title: toggle++ % 2 ? 'Analyst' : '工程师' })))
    .add('setUserStatus (one user)', () => ok(directory.setUserStatus([member.userAccount], toggle++ % 2 ? 1 : 0)))
    .add('setAdminType (one user)', () => ok(directory.setAdminType([member.userAccount], toggle++ % 2 ? 1 : 2)))
    .add('updateUser (move to another department)', () => ok(directory.updateUser(member.userAccount, { deptCode: toggle++ % 2 ? parents[0] : leaf.deptCode })))
    .add('deleteUsers (one user)', () => ok(directory.deleteUsers([added.userAccount])), {
      beforeEach: () => {
        added = ok(directory.addUser({ name: 'To delete', deptCode: leaf.deptCode }));
      },
    })
    .add('addDepartment', () => (spare = ok(directory.addDepartment({ deptName: 'Bench', parentDeptCode: leaf.deptCode }))), {
      afterEach: () => ok(directory.deleteDepartment(spare.deptCode)),
    })
    .add('updateDepartment (rename a leaf)', () => ok(directory.updateDepartment(leaf.deptCode, { deptName: toggle++ % 2 ? 'Bench A' : 'Bench B' })))
    .add('updateDepartment (move a leaf)', () => ok(directory.updateDepartment(mover.deptCode, { parentDeptCode: parents[toggle++ % 2] })))
    .add(`updateDepartment (rename the subtree root: ${directory.departmentCodes(subtree.code).length - 1} sub-department paths)`, () =>
      ok(directory.updateDepartment(subtree.code, { deptName: toggle++ % 2 ? 'Big A' : 'Big B' })),
    )
    .add('deleteDepartment (an empty one)', () => ok(directory.deleteDepartment(spare.deptCode)), {
      beforeEach: () => {
        spare = ok(directory.addDepartment({ deptName: 'Bench', parentDeptCode: leaf.deptCode }));
      },
    });
  await writes.run();

  return {
    size,
    // The 1-minute load average of the machine before and after: other work on it slows every figure.
    load: [loadBefore, loadavg()[0]],
    departments: builds.departments,
    buildMs: builds.buildMs,
    buildCpuMs: builds.buildCpuMs,
    lazyTablesMs: builds.lazyTablesMs,
    lazyTablesCpuMs: builds.lazyTablesCpuMs,
    buildRuns: builds.runs,
    buildInBenchMs,
    subtree,
    searchUsersServed,
    rows: [...rowsOf(reads, 'read (setupServer)'), ...rowsOf(store, 'read (store)'), ...rowsOf(writes, 'write (store)')],
  };
}
