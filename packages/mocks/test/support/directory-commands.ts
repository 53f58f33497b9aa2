// The writes of the model-based directory test as fast-check commands: each sends the real
// operation, expects the answer the model predicts (success, or HTTP 400 with a code of a rule
// the request breaks), applies the change to the model, then compares every read with it.
// Targets are drawn as "an existing one by index", "an unknown one", "the deepest department",
// ... and resolved against the model when the command runs.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { DirectoryApi } from './directory-api.js';
import { expectReadsAgree, type ReadProbe, type Touched } from './directory-reads.js';
import { ROOT, type AccountType, type DirectoryModel, type ModelUser, type Refusals } from './directory-model.js';
import type { CheckedResponse } from './spec-checked-fetch.js';

/** The account the test's access token acts for; it is never deleted or disabled, so that every step stays authenticated. */
const CALLER = 'admin';
const MEMBER = '/v1/usg/dcs/corp/member';
const DEPT = '/v1/usg/dcs/corp/dept';
const ADMIN = '/v1/usg/dcs/corp/admin';

type PickKind = 'existing' | 'unknown' | 'absent' | 'deepest' | 'emptyLeaf' | 'withChildren' | 'root' | 'current' | 'admin';
interface Pick {
  kind: PickKind;
  index: number;
  text: string;
}

function pick(weights: Partial<Record<PickKind, number>>): fc.Arbitrary<Pick> {
  const kind = fc.oneof(...Object.entries(weights).map(([k, weight]) => ({ arbitrary: fc.constant(k as PickKind), weight: weight! })));
  return fc.record({ kind, index: fc.nat(), text: fc.stringMatching(/^[a-z0-9]{2,6}$/) });
}

const NAMES = ['Zoë Müller', '张伟', 'Анна Петрова', 'José Álvarez', '李娜', 'Ólafur Arnalds', 'R&D Bot', '王芳', 'Søren Kierkegaard', 'Élodie Martin'];
const DEPT_NAMES = ['研发部', 'R&D', 'Ventas', 'Équipe Paris', 'Отдел продаж', 'Support Élite', '人力资源部', 'Cloud'];
const KEYS = ['a', 'é', 'ÉL', '张', 'zh', 'ан', 'АННА', 'example', '.', '_', '+86', '13', 'm.', 'ext', 'd', '人力', 'r&d', 'ventas', 'élite', 'q'];

const at = <T>(list: readonly T[], index: number): T | undefined => (list.length === 0 ? undefined : list[index % list.length]);
const sortedKeys = (map: Map<string, unknown>) => [...map.keys()].sort();

/** The Meeting account or department a pick names in the model's current state (or a fresh unknown one). */
function userAccountOf(model: DirectoryModel, p: Pick, accountType: AccountType, options: { spareCaller?: boolean } = {}): string {
  const users = [...model.users.values()].filter((u) => !(options.spareCaller && u.userAccount === CALLER)).sort((a, b) => a.userAccount.localeCompare(b.userAccount));
  const admins = users.filter((u) => u.adminType !== 2);
  const user = p.kind === 'existing' ? at(users, p.index) : p.kind === 'admin' ? at(admins, p.index) : undefined;
  if (!user) return `ghost.${p.text}`;
  return accountType === 1 ? (user.thirdAccount ?? user.userAccount) : user.userAccount;
}

function deptCodeOf(model: DirectoryModel, p: Pick, self?: string): string | undefined {
  const codes = sortedKeys(model.depts);
  switch (p.kind) {
    case 'absent':
      return undefined;
    case 'existing':
      return at(codes, p.index);
    case 'deepest':
      return model.deepest();
    case 'root':
      return ROOT;
    case 'current':
      return (self && model.depts.get(self)?.parentDeptCode) ?? ROOT;
    case 'withChildren':
      return at(codes.filter((c) => model.children(c).length > 0), p.index) ?? ROOT;
    case 'emptyLeaf': {
      const empty = codes.filter((c) => c !== ROOT && model.children(c).length === 0 && !model.usersIn(new Set([c])).length);
      return at(empty, p.index) ?? at(codes, p.index);
    }
    default:
      return `nodept-${p.text}`;
  }
}

/** Asserts the answer the model predicts: 200, or 400 with one of the codes of the rules broken. */
function expectAnswer(sent: string, answer: CheckedResponse, refusals: Refusals): void {
  if (refusals.length === 0) {
    expect(answer.status, `${sent} should succeed, got ${JSON.stringify(answer.body)}`).toBe(200);
  } else {
    expect(answer.status, `${sent} should be refused with ${refusals.join(' or ')}, got ${JSON.stringify(answer.body)}`).toBe(400);
    expect(refusals, `${sent}: refused with another code`).toContain(answer.body.error_code);
  }
}

/**
 * A write, then every read. The counterexample names each command by its drawn arguments (the
 * same in every run); a failure message names the request as this run resolved and sent it.
 */
abstract class DirectoryCommand implements fc.AsyncCommand<DirectoryModel, DirectoryApi> {
  /** The request as sent in the current run. */
  protected sent = '';
  constructor(
    protected readonly a: object,
    private readonly probe: ReadProbe,
  ) {}
  check(): boolean {
    return true;
  }
  protected abstract write(model: DirectoryModel, api: DirectoryApi): Promise<Touched>;
  async run(model: DirectoryModel, api: DirectoryApi): Promise<void> {
    const touched = await this.write(model, api);
    try {
      await expectReadsAgree(model, api, this.probe, touched);
    } catch (error) {
      if (error instanceof Error) error.message = `after ${this.sent}: ${error.message}`;
      throw error;
    }
  }
  protected describe(method: string, path: string, body?: unknown): string {
    this.sent = `${method} ${path}${body === undefined ? '' : ` ${JSON.stringify(body)}`}`;
    return this.sent;
  }
  toString(): string {
    const args = Object.entries(this.a).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${typeof v === 'object' && v !== null ? (Array.isArray(v) ? `[${v.map(pickText).join(',')}]` : pickText(v as Pick)) : String(v)}`);
    return `${this.constructor.name}(${args.join(' ')})`;
  }
}

/** A drawn target as text: `existing#3`, `unknown(x1)`, `deepest`. */
function pickText(p: Pick): string {
  if (p.kind === 'unknown') return `unknown(${p.text})`;
  return ['existing', 'admin', 'emptyLeaf', 'withChildren'].includes(p.kind) ? `${p.kind}#${p.index}` : p.kind;
}

class AddUser extends DirectoryCommand {
  declare protected readonly a: { name: string; account: Pick; third: Pick; dept: Pick; phone: boolean; status: 0 | 1 | undefined; n: number };
  constructor(a: { name: string; account: Pick; third: Pick; dept: Pick; phone: boolean; status: 0 | 1 | undefined; n: number }, probe: ReadProbe) {
    super(a, probe);
  }
  async write(model: DirectoryModel, api: DirectoryApi): Promise<Touched> {
    const { a } = this;
    const body: Record<string, unknown> = { name: a.name, email: `user${a.n}@example.com` };
    if (a.account.kind === 'existing') body.account = userAccountOf(model, a.account, 0);
    else if (a.account.kind === 'unknown') body.account = `m.${a.account.text}`;
    const thirdAccounts = [...model.users.values()].flatMap((u) => u.thirdAccount ?? []).sort();
    if (a.third.kind === 'existing') body.thirdAccount = at(thirdAccounts, a.third.index) ?? `ext.${a.third.text}`;
    else if (a.third.kind === 'unknown') body.thirdAccount = `ext.${a.third.text}`;
    const deptCode = deptCodeOf(model, a.dept);
    if (deptCode !== undefined) body.deptCode = deptCode;
    if (a.phone) Object.assign(body, { phone: `+86138${String(a.n).padStart(8, '0')}`, country: 'chinaPR' });
    if (a.status !== undefined) body.status = a.status;
    const refusals = model.addUserRefusals(body as { account?: string; thirdAccount?: string; deptCode?: string });
    const sent = this.describe('POST', MEMBER, body);
    const answer = await api.send('POST', MEMBER, { body });
    expectAnswer(sent, answer, refusals);
    if (answer.status !== 200) return { accounts: [], depts: [] };
    const user: ModelUser = {
      userAccount: answer.body.userAccount,
      thirdAccount: (body.thirdAccount as string | undefined) ?? null,
      name: a.name,
      phone: (body.phone as string | undefined) ?? null,
      email: body.email as string,
      deptCode: deptCode ?? ROOT,
      userType: 2,
      adminType: 2,
      status: a.status ?? 0,
    };
    if (body.account !== undefined) expect(user.userAccount, `${sent}: the account sent`).toBe(body.account);
    else expect(model.users.has(user.userAccount), `${sent}: generated account ${user.userAccount} is already used`).toBe(false);
    model.addUser(user);
    expect(answer.body, `${sent}: the new user's details`).toMatchObject({ ...user, phone: user.phone, deptNamePath: model.namePath(user.deptCode), deptName: model.depts.get(user.deptCode)!.deptName });
    return { accounts: [user.userAccount], depts: [] };
  }
}

class UpdateUser extends DirectoryCommand {
  declare protected readonly a: { target: Pick; accountType: AccountType; name?: string; dept: Pick; status?: 0 | 1; n?: number };
  constructor(a: { target: Pick; accountType: AccountType; name?: string; dept: Pick; status?: 0 | 1; n?: number }, probe: ReadProbe) {
    super(a, probe);
  }
  async write(model: DirectoryModel, api: DirectoryApi): Promise<Touched> {
    const { a } = this;
    const account = userAccountOf(model, a.target, a.accountType);
    const user = model.userBy(account, a.accountType);
    const patch: { name?: string; email?: string; deptCode?: string; status?: 0 | 1 } = {};
    if (a.name !== undefined) patch.name = a.name;
    if (a.n !== undefined) patch.email = `changed${a.n}@example.com`;
    const deptCode = deptCodeOf(model, a.dept);
    if (deptCode !== undefined) patch.deptCode = deptCode;
    if (a.status !== undefined && user?.userAccount !== CALLER) patch.status = a.status;
    const path = `${MEMBER}/${encodeURIComponent(account)}`;
    const refusals = model.updateUserRefusals(account, a.accountType, patch);
    const sent = this.describe('PUT', `${path}?accountType=${a.accountType}`, patch);
    const answer = await api.send('PUT', path, { query: { accountType: a.accountType }, body: patch });
    expectAnswer(sent, answer, refusals);
    if (answer.status !== 200) return { accounts: user ? [user.userAccount] : [], depts: [] };
    model.updateUser(account, a.accountType, patch);
    const u = user!;
    expect(answer.body, `${sent}: the user's details after the change`).toMatchObject({ userAccount: u.userAccount, name: u.name, email: u.email, status: u.status, deptCode: u.deptCode, deptNamePath: model.namePath(u.deptCode) });
    return { accounts: [u.userAccount], depts: [] };
  }
}

class BatchUsers extends DirectoryCommand {
  declare protected readonly a: { action: 'delete' | 0 | 1; targets: Pick[]; accountType: AccountType };
  constructor(a: { action: 'delete' | 0 | 1; targets: Pick[]; accountType: AccountType }, probe: ReadProbe) {
    super(a, probe);
  }
  async write(model: DirectoryModel, api: DirectoryApi): Promise<Touched> {
    const { a } = this;
    const accounts = a.targets.map((t) => userAccountOf(model, t, a.accountType, { spareCaller: true }));
    const users = accounts.flatMap((x) => model.userBy(x, a.accountType) ?? []).map((u) => u.userAccount);
    const refusals = a.action === 'delete' ? model.deleteUsersRefusals(accounts, a.accountType) : model.batchUsersRefusals(accounts, a.accountType);
    const [method, path] = a.action === 'delete' ? ['POST', `${MEMBER}/delete`] : ['PUT', `${MEMBER}/status/${a.action}`];
    const sent = this.describe(method, `${path}?accountType=${a.accountType}`, accounts);
    const answer = await api.send(method, path, { query: { accountType: a.accountType }, body: accounts });
    expectAnswer(sent, answer, refusals);
    if (answer.status === 200) {
      if (a.action === 'delete') model.deleteUsers(accounts, a.accountType);
      else model.setStatus(accounts, a.accountType, a.action);
    }
    return { accounts: users, depts: [] };
  }
}

class AddCorpAdmin extends DirectoryCommand {
  declare protected readonly a: { target: Pick; accountType: AccountType };
  constructor(a: { target: Pick; accountType: AccountType }, probe: ReadProbe) {
    super(a, probe);
  }
  async write(model: DirectoryModel, api: DirectoryApi): Promise<Touched> {
    const account = userAccountOf(model, this.a.target, this.a.accountType);
    const user = model.userBy(account, this.a.accountType);
    const refusals = model.addAdminRefusals(account, this.a.accountType);
    const sent = this.describe('POST', `${ADMIN}?accountType=${this.a.accountType}`, { account });
    const answer = await api.send('POST', ADMIN, { query: { accountType: this.a.accountType }, body: { account } });
    expectAnswer(sent, answer, refusals);
    if (answer.status === 200) model.setAdminType([account], this.a.accountType, 1);
    return { accounts: user ? [user.userAccount] : [account], depts: [] };
  }
}

class DeleteCorpAdmins extends DirectoryCommand {
  declare protected readonly a: { targets: Pick[]; accountType: AccountType };
  constructor(a: { targets: Pick[]; accountType: AccountType }, probe: ReadProbe) {
    super(a, probe);
  }
  async write(model: DirectoryModel, api: DirectoryApi): Promise<Touched> {
    const accounts = this.a.targets.map((t) => userAccountOf(model, t, this.a.accountType));
    const users = accounts.flatMap((x) => model.userBy(x, this.a.accountType) ?? []).map((u) => u.userAccount);
    const refusals = model.deleteAdminsRefusals(accounts, this.a.accountType);
    const sent = this.describe('POST', `${ADMIN}/delete?accountType=${this.a.accountType}`, accounts);
    const answer = await api.send('POST', `${ADMIN}/delete`, { query: { accountType: this.a.accountType }, body: accounts });
    expectAnswer(sent, answer, refusals);
    if (answer.status === 200) model.setAdminType(accounts, this.a.accountType, 2);
    return { accounts: users, depts: [] };
  }
}

class AddDepartment extends DirectoryCommand {
  declare protected readonly a: { code: Pick; name: string; parent: Pick };
  constructor(a: { code: Pick; name: string; parent: Pick }, probe: ReadProbe) {
    super(a, probe);
  }
  async write(model: DirectoryModel, api: DirectoryApi): Promise<Touched> {
    const body: { deptName: string; deptCode?: string; parentDeptCode?: string } = { deptName: this.a.name };
    if (this.a.code.kind === 'existing') body.deptCode = deptCodeOf(model, this.a.code)!;
    else if (this.a.code.kind === 'unknown') body.deptCode = `D${this.a.code.text}`;
    const parent = deptCodeOf(model, this.a.parent);
    if (parent !== undefined) body.parentDeptCode = parent;
    const refusals = model.addDeptRefusals(body);
    const sent = this.describe('POST', DEPT, body);
    const answer = await api.send('POST', DEPT, { body });
    expectAnswer(sent, answer, refusals);
    if (answer.status !== 200) return { accounts: [], depts: [parent ?? ROOT] };
    const code = answer.body.value as string;
    if (body.deptCode !== undefined) expect(code, `${sent}: the code sent`).toBe(body.deptCode);
    else expect(model.depts.has(code), `${sent}: generated code ${code} is already used`).toBe(false);
    model.addDept({ deptCode: code, deptName: body.deptName, parentDeptCode: parent ?? ROOT });
    return { accounts: [], depts: [code, parent ?? ROOT] };
  }
}

class UpdateDepartment extends DirectoryCommand {
  declare protected readonly a: { target: Pick; name?: string; parent: Pick };
  constructor(a: { target: Pick; name?: string; parent: Pick }, probe: ReadProbe) {
    super(a, probe);
  }
  async write(model: DirectoryModel, api: DirectoryApi): Promise<Touched> {
    const code = deptCodeOf(model, this.a.target)!;
    const before = model.depts.get(code)?.parentDeptCode ?? null;
    const body: { deptName?: string; parentDeptCode?: string } = {};
    if (this.a.name !== undefined) body.deptName = this.a.name;
    const parent = deptCodeOf(model, this.a.parent, code);
    if (parent !== undefined) body.parentDeptCode = parent;
    const path = `${DEPT}/${encodeURIComponent(code)}`;
    const refusals = model.updateDeptRefusals(code, body);
    const sent = this.describe('PUT', path, body);
    const answer = await api.send('PUT', path, { body });
    expectAnswer(sent, answer, refusals);
    if (answer.status === 200) model.updateDept(code, body);
    // Members of the subtree: their deptNamePath follows a rename or a move.
    const members = model.usersIn(model.subtree(code)).map((u) => u.userAccount);
    return { accounts: members.slice(0, 3), depts: [code, ...(before ? [before] : []), ...(parent ? [parent] : [])] };
  }
}

class DeleteDepartment extends DirectoryCommand {
  declare protected readonly a: { target: Pick };
  constructor(a: { target: Pick }, probe: ReadProbe) {
    super(a, probe);
  }
  async write(model: DirectoryModel, api: DirectoryApi): Promise<Touched> {
    const code = deptCodeOf(model, this.a.target)!;
    const parent = model.depts.get(code)?.parentDeptCode;
    const path = `${DEPT}/${encodeURIComponent(code)}`;
    const refusals = model.deleteDeptRefusals(code);
    const sent = this.describe('DELETE', path);
    const answer = await api.send('DELETE', path);
    expectAnswer(sent, answer, refusals);
    if (answer.status === 200) model.deleteDept(code);
    return { accounts: [], depts: [code, ...(parent ? [parent] : [])] };
  }
}

const probe: fc.Arbitrary<ReadProbe> = fc.record({
  dept: fc.nat(),
  includeSubDepartments: fc.boolean(),
  key: fc.oneof(fc.constantFrom(...KEYS), fc.record({ name: fc.nat(), start: fc.nat(), length: fc.integer({ min: 1, max: 3 }) })),
  user: fc.nat(),
  pageSize: fc.integer({ min: 1, max: 7 }),
});
const accountType = fc.constantFrom<AccountType>(0, 0, 1);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const userTarget = pick({ existing: 8, unknown: 1 });

/** Every write of the test, as command arbitraries for `fc.commands`. */
export const directoryCommands: fc.Arbitrary<fc.AsyncCommand<DirectoryModel, DirectoryApi>>[] = [
  fc
    .tuple(
      fc.record({
        name: fc.constantFrom(...NAMES),
        account: pick({ absent: 3, unknown: 3, existing: 1 }),
        third: pick({ absent: 4, unknown: 2, existing: 1 }),
        dept: pick({ absent: 2, existing: 4, deepest: 1, unknown: 1 }),
        phone: fc.boolean(),
        status: maybe(fc.constantFrom<0 | 1>(0, 1)),
        n: fc.nat({ max: 99_999_999 }),
      }),
      probe,
    )
    .map(([a, p]) => new AddUser(a, p)),
  fc
    .tuple(fc.record({ target: userTarget, accountType, name: maybe(fc.constantFrom(...NAMES)), dept: pick({ absent: 2, existing: 4, deepest: 1, unknown: 1 }), status: maybe(fc.constantFrom<0 | 1>(0, 1)), n: maybe(fc.nat({ max: 9999 })) }), probe)
    .map(([a, p]) => new UpdateUser(a, p)),
  fc.tuple(fc.record({ action: fc.constantFrom<0 | 1>(0, 1), targets: fc.array(userTarget, { minLength: 1, maxLength: 3 }), accountType }), probe).map(([a, p]) => new BatchUsers(a, p)),
  fc.tuple(fc.record({ action: fc.constant('delete' as const), targets: fc.array(userTarget, { minLength: 1, maxLength: 3 }), accountType }), probe).map(([a, p]) => new BatchUsers(a, p)),
  fc.tuple(fc.record({ target: pick({ existing: 6, admin: 1, unknown: 1 }), accountType }), probe).map(([a, p]) => new AddCorpAdmin(a, p)),
  fc.tuple(fc.record({ targets: fc.array(pick({ admin: 6, existing: 1, unknown: 1 }), { minLength: 1, maxLength: 2 }), accountType }), probe).map(([a, p]) => new DeleteCorpAdmins(a, p)),
  fc
    .tuple(fc.record({ code: pick({ absent: 3, unknown: 3, existing: 1 }), name: fc.constantFrom(...DEPT_NAMES), parent: pick({ absent: 1, existing: 3, deepest: 5, unknown: 1 }) }), probe)
    .map(([a, p]) => new AddDepartment(a, p)),
  fc
    .tuple(
      fc.record({
        target: pick({ withChildren: 4, existing: 4, deepest: 1, root: 1, unknown: 1 }),
        name: fc.option(fc.constantFrom(...DEPT_NAMES), { nil: undefined, freq: 4 }),
        parent: pick({ absent: 3, existing: 4, deepest: 3, root: 1, current: 1, unknown: 1 }),
      }),
      probe,
    )
    .map(([a, p]) => new UpdateDepartment(a, p)),
  fc.tuple(fc.record({ target: pick({ emptyLeaf: 4, existing: 2, root: 1, unknown: 1 }) }), probe).map(([a, p]) => new DeleteDepartment(a, p)),
];
