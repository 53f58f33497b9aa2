// The store's user writes as the vendor's user and administrator operations need them: add,
// update, batch delete, batch status and administrator changes, each all or nothing.

import type { DirectoryTables } from './directory-tables.js';
import { makeVmr } from './record-factory.js';
import type { DirectoryUser } from './records.js';
import { ROOT_DEPT_CODE } from './seed-directory.js';
import { refuse, written, type WriteResult } from './write-result.js';

/** How the accounts of a write are given: Meeting accounts (`accountType` 0) or third-party accounts (1). */
export interface AccountOptions {
  readonly by?: 'account' | 'thirdAccount';
}

/** A new user: a name, the rest optional (AddUserDto). */
export type UserInput = Partial<Omit<DirectoryUser, 'name'>> & { readonly name: string };

/** The fields an update may change (ModUserDto): not the accounts, the id, the user or administrator type. */
export type UserPatch = Partial<Pick<DirectoryUser, 'name' | 'englishName' | 'phone' | 'country' | 'email' | 'deptCode' | 'signature' | 'title' | 'desc' | 'status' | 'sortLevel' | 'hidePhone' | 'vmrList'>>;

/** Values the vendor's service gives a new user a request leaves out (AddUserDto defaults; unset contact fields stay null). */
const ADDED_USER_DEFAULTS = {
  thirdAccount: null,
  englishName: null,
  phone: null,
  email: null,
  signature: null,
  title: null,
  desc: null,
  visionAccount: null,
  country: 'chinaPR',
  deptCode: ROOT_DEPT_CODE,
  userType: 2,
  adminType: 2,
  status: 0,
  sortLevel: 10_000,
  hidePhone: false,
  license: 0,
} as const satisfies Partial<DirectoryUser>;

/**
 * Adds a user with the vendor's defaults (root department, status 0, sortLevel 10000, not an
 * administrator) and a generated account when none is given, id, SIP number and personal
 * meeting ID. Refused: `account-taken`, `third-account-taken`, `department-not-found`,
 * `default-admin` (a second default administrator).
 * @example addUser(tables, { name: '李雷', deptCode: '1001', email: 'li.lei@example.com' })
 */
export function addUser(tables: DirectoryTables, input: UserInput): WriteResult<DirectoryUser> {
  if (input.adminType === 0) return refuse('default-admin', input.userAccount ?? input.name, 'there is one default administrator; add the user as adminType 1 or 2');
  const vmrList = input.vmrList ?? [makeVmr(tables.random, input.name, { vmrMode: 0, vmrName: `${input.name}的个人会议ID`, vmrPkgId: null, vmrPkgName: null, vmrPkgParties: null, vmrPkgLength: null, status: '0' })];
  return tables.users.tryAdd({ ...ADDED_USER_DEFAULTS, ...input, vmrList });
}

/**
 * Changes a user's fields (a department that must exist, a status, contact details).
 * Refused: `user-not-found`, `department-not-found`.
 */
export function updateUser(tables: DirectoryTables, account: string, patch: UserPatch, options: AccountOptions = {}): WriteResult<DirectoryUser> {
  const user = resolve(tables, account, options);
  if (!user.ok) return user;
  return tables.users.tryUpdate(user.value.userAccount, patch);
}

/**
 * Deletes users, all or none (the vendor: "All the users will be deleted or all of them will
 * fail to be deleted"); their personal external contacts go with them. Refused: `user-not-found`
 * (the first unknown account), `default-admin`.
 */
export function deleteUsers(tables: DirectoryTables, accounts: readonly string[], options: AccountOptions = {}): WriteResult<DirectoryUser[]> {
  const users = resolveAll(tables, accounts, options);
  if (!users.ok) return users;
  const admin = users.value.find((u) => u.adminType === 0);
  if (admin) return refuse('default-admin', admin.userAccount, `"${admin.userAccount}" is the default administrator and cannot be deleted`);
  for (const user of users.value) tables.users.remove(user.userAccount);
  return users;
}

/** Enables (0) or disables (1) users, all or none. Refused: `user-not-found` (the first unknown account). */
export function setUserStatus(tables: DirectoryTables, accounts: readonly string[], status: DirectoryUser['status'], options: AccountOptions = {}): WriteResult<DirectoryUser[]> {
  const users = resolveAll(tables, accounts, options);
  if (!users.ok) return users;
  return written(users.value.map((u) => (u.status === status ? u : tables.users.update(u.userAccount, { status }))));
}

/**
 * Makes users ordinary administrators (1) or takes the role away (2), all or none (addCorpAdmin,
 * batchDeleteCorpAdmins). Refused: `user-not-found`, `default-admin` (its type never changes).
 */
export function setAdminType(tables: DirectoryTables, accounts: readonly string[], adminType: 1 | 2, options: AccountOptions = {}): WriteResult<DirectoryUser[]> {
  const users = resolveAll(tables, accounts, options);
  if (!users.ok) return users;
  const admin = users.value.find((u) => u.adminType === 0);
  if (admin) return refuse('default-admin', admin.userAccount, `"${admin.userAccount}" is the default administrator; its administrator type cannot change`);
  return written(users.value.map((u) => (u.adminType === adminType ? u : tables.users.update(u.userAccount, { adminType }))));
}

/** The user with this Meeting account or third-party account. */
export function findUser(tables: DirectoryTables, account: string, options: AccountOptions = {}): DirectoryUser | undefined {
  if (options.by !== 'thirdAccount') return tables.users.get(account);
  const [slot] = tables.users.valueIndex('thirdAccount').slots(account);
  return slot === undefined ? undefined : tables.users.at(slot);
}

function resolve(tables: DirectoryTables, account: string, options: AccountOptions): WriteResult<DirectoryUser> {
  const user = findUser(tables, account, options);
  if (user) return written(user);
  const what = options.by === 'thirdAccount' ? 'third-party account' : 'account';
  return refuse('user-not-found', account, `no user has the ${what} "${account}"`);
}

/** Every user named (each once, in the order given), or the refusal of the first one unknown. */
function resolveAll(tables: DirectoryTables, accounts: readonly string[], options: AccountOptions): WriteResult<DirectoryUser[]> {
  const users = new Map<string, DirectoryUser>();
  for (const account of accounts) {
    const user = resolve(tables, account, options);
    if (!user.ok) return user;
    users.set(user.value.userAccount, user.value);
  }
  return written([...users.values()]);
}
