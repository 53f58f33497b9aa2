// The reference model of the model-based directory test: plain maps of departments and users,
// and for each write the vendor codes the spec lets it be refused with. Deliberately naive
// (linear scans, paths recomputed on every read) so that it is obviously right; it shares no
// code with the store.
import type { DirectorySnapshot } from '@hwcloud-directory/mocks';

export const ROOT = '1';
/** Tree limits of the spec's `x-department-tree`: levels below the root, direct children, departments. */
export const TREE = { maxLevels: 10, maxChildren: 100, maxDepartments: 10_000 } as const;

/** Vendor codes of the spec (`x-error-codes`), all HTTP 400. */
export const CODE = {
  userNotFound: 'USG.201040000',
  accountTaken: 'USG.201040001',
  deptNotFound: 'USG.201050000',
  deptCodeTaken: 'USG.201050001',
  deptNotEmpty: 'USG.201050002',
  rootProtected: 'USG.201050003',
  treeLimit: 'USG.201050004',
  moveIntoOwnSubtree: 'USG.201050005',
  alreadyAdmin: 'USG.201060000',
  defaultAdmin: 'USG.201060001',
} as const;

export interface ModelUser {
  userAccount: string;
  thirdAccount: string | null;
  name: string;
  phone: string | null;
  email: string | null;
  deptCode: string;
  userType: number;
  adminType: 0 | 1 | 2;
  status: 0 | 1;
}

export interface ModelDept {
  deptCode: string;
  deptName: string;
  parentDeptCode: string | null;
}

/** `accountType` of the user operations: 0 Meeting account, 1 third-party account. */
export type AccountType = 0 | 1;

/** What the spec lets a write answer: success, or HTTP 400 with one of these codes (the rules it breaks). */
export type Refusals = readonly string[];

/** Case-insensitive substring match, as `x-search` describes it. */
export const matches = (value: string | null, key: string) => value !== null && value.toLowerCase().includes(key.toLowerCase());

export class DirectoryModel {
  readonly users = new Map<string, ModelUser>();
  readonly depts = new Map<string, ModelDept>();

  /** The model of a directory's starting records (its data, not its code). */
  static from(snapshot: DirectorySnapshot): DirectoryModel {
    const model = new DirectoryModel();
    for (const d of snapshot.departments) model.depts.set(d.deptCode, { deptCode: d.deptCode, deptName: d.deptName, parentDeptCode: d.parentDeptCode });
    for (const u of snapshot.users) {
      const { userAccount, thirdAccount, name, phone, email, deptCode, userType, adminType, status } = u;
      model.users.set(userAccount, { userAccount, thirdAccount, name, phone, email, deptCode, userType, adminType, status });
    }
    return model;
  }

  // --- tree -------------------------------------------------------------------------------

  /** Departments from the root down to `code`. */
  line(code: string): ModelDept[] {
    const line: ModelDept[] = [];
    for (let d = this.depts.get(code); d; d = d.parentDeptCode === null ? undefined : this.depts.get(d.parentDeptCode)) line.unshift(d);
    return line;
  }
  namePath = (code: string) => this.line(code).map((d) => d.deptName).join('/');
  codePath = (code: string) => this.line(code).map((d) => d.deptCode).join('/');
  level = (code: string) => this.line(code).length;
  children = (code: string) => [...this.depts.values()].filter((d) => d.parentDeptCode === code);
  /** `code` and every department below it. */
  subtree(code: string): Set<string> {
    const found = new Set<string>([code]);
    for (const d of this.depts.values()) if (this.line(d.deptCode).some((a) => a.deptCode === code)) found.add(d.deptCode);
    return found;
  }
  /** Levels of the subtree under `code`, itself included (1 for a leaf). */
  height = (code: string): number => 1 + Math.max(0, ...this.children(code).map((c) => this.height(c.deptCode)));
  /** The department deepest in the tree (first found). */
  deepest = () => [...this.depts.keys()].reduce((a, b) => (this.level(b) > this.level(a) ? b : a), ROOT);

  // --- users ------------------------------------------------------------------------------

  /** The user an account names under `accountType`. */
  userBy(account: string, accountType: AccountType): ModelUser | undefined {
    if (accountType === 0) return this.users.get(account);
    return [...this.users.values()].find((u) => u.thirdAccount === account);
  }
  usersIn = (codes: Set<string>) => [...this.users.values()].filter((u) => codes.has(u.deptCode));

  // --- writes: refusals, then the change --------------------------------------------------

  addUserRefusals(body: { account?: string; thirdAccount?: string; deptCode?: string }): Refusals {
    const refusals: string[] = [];
    if (body.account !== undefined && this.users.has(body.account)) refusals.push(CODE.accountTaken);
    if (body.thirdAccount !== undefined && this.userBy(body.thirdAccount, 1)) refusals.push(CODE.accountTaken);
    if (!this.depts.has(body.deptCode ?? ROOT)) refusals.push(CODE.deptNotFound);
    return refusals;
  }

  addUser(user: ModelUser): void {
    this.users.set(user.userAccount, user);
  }

  updateUserRefusals(account: string, accountType: AccountType, patch: { deptCode?: string }): Refusals {
    const refusals: string[] = [];
    if (!this.userBy(account, accountType)) refusals.push(CODE.userNotFound);
    if (patch.deptCode !== undefined && !this.depts.has(patch.deptCode)) refusals.push(CODE.deptNotFound);
    return refusals;
  }

  updateUser(account: string, accountType: AccountType, patch: Partial<Pick<ModelUser, 'name' | 'email' | 'deptCode' | 'status'>>): void {
    Object.assign(this.userBy(account, accountType)!, patch);
  }

  /** batchDeleteUsers and batchUpdateUserStatus: all or nothing, refused for an account that names no user. */
  batchUsersRefusals(accounts: readonly string[], accountType: AccountType): Refusals {
    return accounts.every((a) => this.userBy(a, accountType)) ? [] : [CODE.userNotFound];
  }

  /** A batch delete is refused also when it names the default administrator. */
  deleteUsersRefusals(accounts: readonly string[], accountType: AccountType): Refusals {
    const refusals = [...this.batchUsersRefusals(accounts, accountType)];
    if (accounts.some((a) => this.userBy(a, accountType)?.adminType === 0)) refusals.push(CODE.defaultAdmin);
    return refusals;
  }

  deleteUsers(accounts: readonly string[], accountType: AccountType): void {
    for (const user of accounts.map((a) => this.userBy(a, accountType)!)) this.users.delete(user.userAccount);
  }

  setStatus(accounts: readonly string[], accountType: AccountType, status: 0 | 1): void {
    for (const a of accounts) this.userBy(a, accountType)!.status = status;
  }

  addAdminRefusals(account: string, accountType: AccountType): Refusals {
    const user = this.userBy(account, accountType);
    if (!user) return [CODE.userNotFound];
    return user.adminType === 2 ? [] : [CODE.alreadyAdmin];
  }

  deleteAdminsRefusals(accounts: readonly string[], accountType: AccountType): Refusals {
    const users = accounts.map((a) => this.userBy(a, accountType));
    const refusals: string[] = [];
    if (users.some((u) => !u || u.adminType === 2)) refusals.push(CODE.userNotFound);
    if (users.some((u) => u?.adminType === 0)) refusals.push(CODE.defaultAdmin);
    return refusals;
  }

  setAdminType(accounts: readonly string[], accountType: AccountType, adminType: 1 | 2): void {
    for (const a of accounts) this.userBy(a, accountType)!.adminType = adminType;
  }

  addDeptRefusals(body: { deptCode?: string; parentDeptCode?: string }): Refusals {
    const parent = body.parentDeptCode ?? ROOT;
    const refusals: string[] = [];
    if (!this.depts.has(parent)) refusals.push(CODE.deptNotFound);
    if (body.deptCode !== undefined && this.depts.has(body.deptCode)) refusals.push(CODE.deptCodeTaken);
    if (this.depts.has(parent) && (this.level(parent) + 1 > TREE.maxLevels + 1 || this.children(parent).length >= TREE.maxChildren || this.depts.size >= TREE.maxDepartments)) {
      refusals.push(CODE.treeLimit);
    }
    return refusals;
  }

  addDept(dept: ModelDept): void {
    this.depts.set(dept.deptCode, dept);
  }

  /** Rename and move; moving under the current parent is no move. */
  updateDeptRefusals(code: string, patch: { parentDeptCode?: string }): Refusals {
    const dept = this.depts.get(code);
    if (!dept) return [CODE.deptNotFound];
    const parent = patch.parentDeptCode;
    if (parent === undefined || parent === dept.parentDeptCode) return [];
    const refusals: string[] = [];
    if (dept.parentDeptCode === null) refusals.push(CODE.rootProtected);
    if (!this.depts.has(parent)) refusals.push(CODE.deptNotFound);
    else if (this.subtree(code).has(parent)) refusals.push(CODE.moveIntoOwnSubtree);
    else if (this.level(parent) + this.height(code) > TREE.maxLevels + 1 || this.children(parent).length >= TREE.maxChildren) refusals.push(CODE.treeLimit);
    return refusals;
  }

  updateDept(code: string, patch: { deptName?: string; parentDeptCode?: string }): void {
    const dept = this.depts.get(code)!;
    if (patch.deptName !== undefined) dept.deptName = patch.deptName;
    if (patch.parentDeptCode !== undefined) dept.parentDeptCode = patch.parentDeptCode;
  }

  deleteDeptRefusals(code: string): Refusals {
    const dept = this.depts.get(code);
    if (!dept) return [CODE.deptNotFound];
    const refusals: string[] = [];
    if (dept.parentDeptCode === null) refusals.push(CODE.rootProtected);
    if (this.children(code).length > 0 || [...this.users.values()].some((u) => u.deptCode === code)) refusals.push(CODE.deptNotEmpty);
    return refusals;
  }

  deleteDept(code: string): void {
    this.depts.delete(code);
  }
}
