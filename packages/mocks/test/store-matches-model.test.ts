// Model-based test of the directory store: random sequences of user and department writes and
// administrator changes run against the store and a small reference model (plain maps, every
// rule written the obvious way); after every step the store's lookups, subtree queries, filters,
// sort orders, text searches and refusals agree with the model (searches with a scan of the
// records), nothing is lost or duplicated, and the tree is consistent. Bounded (MOCKS_MODEL_RUNS, 60 by default) so it runs in seconds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDirectory, type Directory } from '@hwcloud-directory/mocks';

const RUNS = Number(process.env.MOCKS_MODEL_RUNS ?? 60);

interface ModelUser {
  deptCode: string;
  thirdAccount: string | null;
  status: 0 | 1;
  adminType: 0 | 1 | 2;
  sortLevel: number;
}

/** The reference: departments and users in insertion order, and the rules written plainly. */
class Model {
  readonly depts = new Map<string, { name: string; parent: string | null }>();
  readonly users = new Map<string, ModelUser>();

  constructor(directory: Directory) {
    for (const d of directory.departments.all()) this.depts.set(d.deptCode, { name: d.deptName, parent: d.parentDeptCode });
    for (const u of directory.users.all()) this.users.set(u.userAccount, { deptCode: u.deptCode, thirdAccount: u.thirdAccount, status: u.status, adminType: u.adminType, sortLevel: u.sortLevel });
  }

  subtree(code: string): string[] {
    const out = [code];
    for (let i = 0; i < out.length; i++) for (const [child, d] of this.depts) if (d.parent === out[i]) out.push(child);
    return out;
  }

  path(code: string): string {
    const d = this.depts.get(code)!;
    return d.parent === null ? d.name : `${this.path(d.parent)}/${d.name}`;
  }

  deptCodes(): string[] {
    return [...this.depts.keys()];
  }

  accounts(): string[] {
    return [...this.users.keys()];
  }
}

type Real = { directory: Directory };
type Outcome = { ok: true } | { ok: false; reason: string };

const pick = <T>(items: readonly T[], index: number): T | undefined => (items.length === 0 ? undefined : items[index % items.length]);

/** Runs a write on the store and checks its outcome against the model's expectation. */
function expectOutcome(result: { ok: boolean; reason?: string }, expected: Outcome): boolean {
  if (expected.ok) expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  else expect(result).toMatchObject({ ok: false, reason: expected.reason });
  return expected.ok;
}

function checkInvariants(model: Model, directory: Directory): void {
  // Nothing lost or duplicated, in insertion order.
  expect(directory.users.all().map((u) => u.userAccount)).toEqual(model.accounts());
  expect(directory.departments.all().map((d) => d.deptCode).sort()).toEqual(model.deptCodes().sort());
  for (const [account, u] of model.users) {
    expect(directory.users.get(account)).toMatchObject({ deptCode: u.deptCode, thirdAccount: u.thirdAccount, status: u.status, adminType: u.adminType });
    if (u.thirdAccount !== null) expect(directory.findUserByThirdAccount(u.thirdAccount)?.userAccount).toBe(account);
  }
  // The tree: one root, every parent present, paths derived from it, subtrees and their members.
  expect(directory.departments.all().filter((d) => d.parentDeptCode === null).map((d) => d.deptCode)).toEqual(['1']);
  for (const code of model.deptCodes()) {
    const dept = directory.departments.get(code)!;
    expect(dept.parentDeptCode).toBe(model.depts.get(code)!.parent);
    expect(dept.deptNamePath).toBe(model.path(code));
    const subtree = model.subtree(code);
    expect([...directory.departmentCodes(code)].sort()).toEqual([...subtree].sort());
    const members = model.accounts().filter((a) => subtree.includes(model.users.get(a)!.deptCode));
    const found = directory.queryUsers({ deptCode: code });
    expect(found.total).toBe(members.length);
    expect(found.page(0, members.length + 1).map((u) => u.userAccount)).toEqual(members);
    expect(directory.memberCount(code)).toBe(model.accounts().filter((a) => model.users.get(a)!.deptCode === code).length);
  }
  // Filters and a sort order against a brute force over the model.
  const enabledAdmins = model.accounts().filter((a) => model.users.get(a)!.status === 0 && model.users.get(a)!.adminType !== 2);
  const admins = directory.queryUsers({ status: 0, adminTypes: [0, 1] });
  expect(admins.page(0, 1000).map((u) => u.userAccount)).toEqual(enabledAdmins);
  const order = model.accounts();
  const bySortLevel = [...order].sort((a, b) => model.users.get(b)!.sortLevel - model.users.get(a)!.sortLevel || order.indexOf(a) - order.indexOf(b));
  expect(directory.queryUsers({ sortField: 'sortLevel', descending: true }).page(0, 1000).map((u) => u.userAccount)).toEqual(bySortLevel);
  // Text search against a scan of the records (the text index is kept up to date on writes).
  for (const key of SEARCH_KEYS) {
    const needle = key.toLowerCase();
    const scanned = directory.users.all().filter((u) => [u.name, u.phone, u.email, u.userAccount, u.thirdAccount].some((f) => f !== null && f.toLowerCase().includes(needle)));
    expect(directory.queryUsers({ searchKey: key }).page(0, 1000), key).toEqual(scanned);
  }
}

const SEARCH_KEYS = ['u1', 'WANG', 'wa', '王', '王伟', 'zoë', 'ng w', 'ext-', 'example.com'];

class AddDepartment implements fc.Command<Model, Real> {
  constructor(readonly parent: number, readonly code: string, readonly name: string, readonly knownParent: boolean) {}
  check = () => true;
  run(model: Model, { directory }: Real): void {
    const parent = this.knownParent ? pick(model.deptCodes(), this.parent)! : 'missing-parent';
    const expected: Outcome = !model.depts.has(parent) ? { ok: false, reason: 'parent-not-found' } : model.depts.has(this.code) ? { ok: false, reason: 'dept-code-taken' } : { ok: true };
    if (expectOutcome(directory.addDepartment({ deptCode: this.code, deptName: this.name, parentDeptCode: parent }), expected)) model.depts.set(this.code, { name: this.name, parent });
    checkInvariants(model, directory);
  }
  toString = () => `addDepartment(${this.code} under #${this.parent}${this.knownParent ? '' : ' missing'})`;
}

class MoveDepartment implements fc.Command<Model, Real> {
  constructor(readonly dept: number, readonly parent: number) {}
  check = () => true;
  run(model: Model, { directory }: Real): void {
    const code = pick(model.deptCodes(), this.dept)!;
    const parent = pick(model.deptCodes(), this.parent)!;
    const current = model.depts.get(code)!;
    const expected: Outcome =
      current.parent === null ? { ok: false, reason: 'root-department' } : current.parent === parent ? { ok: true } : model.subtree(code).includes(parent) ? { ok: false, reason: 'move-into-own-subtree' } : { ok: true };
    if (expectOutcome(directory.updateDepartment(code, { parentDeptCode: parent }), expected)) current.parent = parent;
    checkInvariants(model, directory);
  }
  toString = () => `moveDepartment(#${this.dept} under #${this.parent})`;
}

class RenameDepartment implements fc.Command<Model, Real> {
  constructor(readonly dept: number, readonly name: string) {}
  check = () => true;
  run(model: Model, { directory }: Real): void {
    const code = pick(model.deptCodes(), this.dept)!;
    expectOutcome(directory.updateDepartment(code, { deptName: this.name }), { ok: true });
    model.depts.get(code)!.name = this.name;
    checkInvariants(model, directory);
  }
  toString = () => `renameDepartment(#${this.dept}, ${this.name})`;
}

class DeleteDepartment implements fc.Command<Model, Real> {
  constructor(readonly dept: number) {}
  check = () => true;
  run(model: Model, { directory }: Real): void {
    const code = pick(model.deptCodes(), this.dept)!;
    const expected: Outcome =
      model.depts.get(code)!.parent === null
        ? { ok: false, reason: 'root-department' }
        : [...model.users.values()].some((u) => u.deptCode === code)
          ? { ok: false, reason: 'department-has-members' }
          : [...model.depts.values()].some((d) => d.parent === code)
            ? { ok: false, reason: 'department-has-sub-departments' }
            : { ok: true };
    if (expectOutcome(directory.deleteDepartment(code), expected)) model.depts.delete(code);
    checkInvariants(model, directory);
  }
  toString = () => `deleteDepartment(#${this.dept})`;
}

class AddUser implements fc.Command<Model, Real> {
  constructor(readonly account: string, readonly third: string | null, readonly dept: number, readonly knownDept: boolean, readonly sortLevel: number) {}
  check = () => true;
  run(model: Model, { directory }: Real): void {
    const deptCode = this.knownDept ? pick(model.deptCodes(), this.dept)! : 'missing-dept';
    const expected: Outcome = model.users.has(this.account)
      ? { ok: false, reason: 'account-taken' }
      : !model.depts.has(deptCode)
        ? { ok: false, reason: 'department-not-found' }
        : this.third !== null && [...model.users.values()].some((u) => u.thirdAccount === this.third)
          ? { ok: false, reason: 'third-account-taken' }
          : { ok: true };
    const result = directory.addUser({ name: this.account, userAccount: this.account, thirdAccount: this.third, deptCode, sortLevel: this.sortLevel });
    if (expectOutcome(result, expected)) model.users.set(this.account, { deptCode, thirdAccount: this.third, status: 0, adminType: 2, sortLevel: this.sortLevel });
    checkInvariants(model, directory);
  }
  toString = () => `addUser(${this.account}, ${this.third}, #${this.dept}${this.knownDept ? '' : ' missing'})`;
}

class MoveUser implements fc.Command<Model, Real> {
  constructor(readonly user: number, readonly dept: number, readonly status: 0 | 1) {}
  check = (model: Readonly<Model>) => model.users.size > 0;
  run(model: Model, { directory }: Real): void {
    const account = pick(model.accounts(), this.user)!;
    const deptCode = pick(model.deptCodes(), this.dept)!;
    expectOutcome(directory.updateUser(account, { deptCode, status: this.status }), { ok: true });
    Object.assign(model.users.get(account)!, { deptCode, status: this.status });
    checkInvariants(model, directory);
  }
  toString = () => `updateUser(#${this.user} to #${this.dept}, status ${this.status})`;
}

class RenameUser implements fc.Command<Model, Real> {
  constructor(readonly user: number, readonly name: string) {}
  check = (model: Readonly<Model>) => model.users.size > 0;
  run(model: Model, { directory }: Real): void {
    const account = pick(model.accounts(), this.user)!;
    expectOutcome(directory.updateUser(account, { name: this.name }), { ok: true });
    checkInvariants(model, directory);
  }
  toString = () => `renameUser(#${this.user}, ${this.name})`;
}

class DeleteUsers implements fc.Command<Model, Real> {
  constructor(readonly users: number[], readonly unknown: boolean) {}
  check = (model: Readonly<Model>) => model.users.size > 0;
  run(model: Model, { directory }: Real): void {
    const accounts = [...this.users.map((i) => pick(model.accounts(), i)!), ...(this.unknown ? ['ghost'] : [])];
    const expected: Outcome = this.unknown ? { ok: false, reason: 'user-not-found' } : accounts.some((a) => model.users.get(a)!.adminType === 0) ? { ok: false, reason: 'default-admin' } : { ok: true };
    if (expectOutcome(directory.deleteUsers(accounts), expected)) for (const a of accounts) model.users.delete(a);
    checkInvariants(model, directory);
  }
  toString = () => `deleteUsers(${this.users.map((i) => `#${i}`).join(', ')}${this.unknown ? ', ghost' : ''})`;
}

class SetAdminType implements fc.Command<Model, Real> {
  constructor(readonly users: number[], readonly adminType: 1 | 2) {}
  check = (model: Readonly<Model>) => model.users.size > 0;
  run(model: Model, { directory }: Real): void {
    const accounts = this.users.map((i) => pick(model.accounts(), i)!);
    const expected: Outcome = accounts.some((a) => model.users.get(a)!.adminType === 0) ? { ok: false, reason: 'default-admin' } : { ok: true };
    if (expectOutcome(directory.setAdminType(accounts, this.adminType), expected)) for (const a of accounts) model.users.get(a)!.adminType = this.adminType;
    checkInvariants(model, directory);
  }
  toString = () => `setAdminType(${this.users.map((i) => `#${i}`).join(', ')} -> ${this.adminType})`;
}

const index = fc.nat(40);
const name = fc.constantFrom('研发部', 'Ventes', 'Qualität', 'Ops', 'Équipe', '法务');
const commands = [
  fc.tuple(index, fc.stringMatching(/^d[0-9]{1,2}$/), name, fc.boolean()).map(([p, c, n, known]) => new AddDepartment(p, c, n, known || p % 7 !== 0)),
  fc.tuple(index, index).map(([d, p]) => new MoveDepartment(d, p)),
  fc.tuple(index, name).map(([d, n]) => new RenameDepartment(d, n)),
  index.map((d) => new DeleteDepartment(d)),
  fc.tuple(fc.stringMatching(/^u[0-9]{1,2}$/), fc.option(fc.stringMatching(/^t[0-9]$/), { nil: null }), index, fc.nat(9), fc.integer({ min: 1, max: 5 })).map(([a, t, d, k, s]) => new AddUser(a, t, d, k !== 0, s)),
  fc.tuple(index, index, fc.constantFrom<0 | 1>(0, 1)).map(([u, d, s]) => new MoveUser(u, d, s)),
  // A few users renamed back and forth, so that a search meets names a user no longer has.
  fc.tuple(fc.nat(3), fc.constantFrom('王伟', 'Wang Wei', 'Zoë Wang', 'u1 Ng', '李娜')).map(([u, n]) => new RenameUser(u, n)),
  fc.tuple(fc.array(index, { minLength: 1, maxLength: 3 }), fc.nat(5)).map(([us, k]) => new DeleteUsers(us, k === 0)),
  fc.tuple(fc.array(index, { minLength: 1, maxLength: 2 }), fc.constantFrom<1 | 2>(1, 2)).map(([us, t]) => new SetAdminType(us, t)),
];

describe('the directory store against a reference model', () => {
  it('agrees with the model after every step of random user, department and administrator writes', () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 40 }), fc.integer({ min: 1, max: 1000 }), (cmds, seed) => {
        const directory = createDirectory({ seed, size: 6 });
        const model = new Model(directory);
        checkInvariants(model, directory);
        fc.modelRun(() => ({ model, real: { directory } }), cmds);
      }),
      { numRuns: RUNS },
    );
  });
});
