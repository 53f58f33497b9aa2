// The in-memory directory store: seeded (or loaded) tables that every read operation queries
// through their indexes, a write API that keeps them one consistent state, reset and loading.

import type { Collection } from './collection.js';
import { directoryRecords, type DirectoryData } from './directory-data.js';
import { createTables } from './directory-tables.js';
import { addDepartment, deleteDepartment, updateDepartment, type DepartmentInput, type DepartmentPatch } from './department-writes.js';
import { createRandom } from './prng.js';
import type { Department, DirectorySnapshot, DirectoryUser, Enterprise, ExternalContactRecord, Organization, SubCustomerRecord } from './records.js';
import { DEFAULT_SEED, DEFAULT_SIZE, seedDirectoryParts, seedEnterprise } from './seed-directory.js';
import { queryUsers, type UserQuery, type UserQueryResult } from './user-query.js';
import { addUser, deleteUsers, findUser, setAdminType, setUserStatus, updateUser, type AccountOptions, type UserInput, type UserPatch } from './user-writes.js';
import type { WriteResult } from './write-result.js';

/** Options of {@link createDirectory}. */
export interface DirectoryOptions {
  /** Integer seed; the same seed and size always give the same records. Default 42. */
  seed?: number;
  /** Number of generated users, external contacts and member accounts on top of the fixed ones. Default 30. */
  size?: number;
  /**
   * A directory as JSON (see {@link DirectoryData}) to start from, and to return to on reset,
   * instead of the seeded records. Invalid data throws a `DirectoryDataError` naming the record.
   */
  data?: DirectoryData;
}

/** An in-memory enterprise directory that the mock handlers read and tests can change. */
export interface Directory {
  readonly seed: number;
  readonly size: number;
  readonly enterprise: Enterprise;
  readonly departments: Collection<Department>;
  /** Users keyed by Meeting account (`userAccount`). */
  readonly users: Collection<DirectoryUser>;
  /** External contacts keyed by id. */
  readonly externalContacts: Collection<ExternalContactRecord>;
  /** BSS organisations keyed by `org_id`. */
  readonly organizations: Collection<Organization>;
  /** BSS member accounts keyed by id. */
  readonly subCustomers: Collection<SubCustomerRecord>;

  /** The user whose third-party account (`thirdAccount`) is this id, or undefined. */
  findUserByThirdAccount(thirdAccount: string): DirectoryUser | undefined;
  /** The user with this Meeting account, or third-party account with `{ by: 'thirdAccount' }`. */
  findUser(account: string, options?: AccountOptions): DirectoryUser | undefined;
  /** A department and all its descendants' codes (a new set). */
  departmentSubtree(deptCode: string): Set<string>;
  /** A department's code and, unless `includeSubDepartments` is false, its descendants' codes, parents first (shared: do not change it). */
  departmentCodes(deptCode: string, includeSubDepartments?: boolean): readonly string[];
  /** The direct sub-departments of a department, in insertion order. */
  departmentChildren(deptCode: string): Department[];
  /** Number of users in a department (and, with `includeSubDepartments`, in its sub-departments). */
  memberCount(deptCode: string, includeSubDepartments?: boolean): number;
  /** Users by department subtree, status, administrator and user type, text, in any sort order. */
  queryUsers(query: UserQuery): UserQueryResult;

  /** Adds a user with the vendor's defaults; refused when an account is taken or the department is unknown. */
  addUser(input: UserInput): WriteResult<DirectoryUser>;
  /** Changes a user's fields; refused when the user or the new department is unknown. */
  updateUser(account: string, patch: UserPatch, options?: AccountOptions): WriteResult<DirectoryUser>;
  /** Deletes users, all or none; refused for an unknown user or the default administrator. */
  deleteUsers(accounts: readonly string[], options?: AccountOptions): WriteResult<DirectoryUser[]>;
  /** Sets users' status (0 enabled, 1 disabled), all or none. */
  setUserStatus(accounts: readonly string[], status: DirectoryUser['status'], options?: AccountOptions): WriteResult<DirectoryUser[]>;
  /** Makes users ordinary administrators (1) or not (2), all or none; the default administrator stays. */
  setAdminType(accounts: readonly string[], adminType: 1 | 2, options?: AccountOptions): WriteResult<DirectoryUser[]>;
  /** Adds a department under an existing parent (the root by default). */
  addDepartment(input: DepartmentInput): WriteResult<Department>;
  /** Renames or moves a department; refused for a move under its own subtree or of the root. */
  updateDepartment(deptCode: string, patch: DepartmentPatch): WriteResult<Department>;
  /** Deletes an empty department; refused while it has members or sub-departments. */
  deleteDepartment(deptCode: string): WriteResult<Department>;

  /** Restores the records the directory was created with (seeded or `data`) and forgets every issued token (call it between tests). */
  reset(): void;
  /** Replaces every record with directory data, all or nothing, and forgets issued tokens; `reset()` still restores the creation records. */
  load(data: DirectoryData): void;
  /** Every record as plain JSON (a deep copy); valid {@link DirectoryData}. */
  snapshot(): DirectorySnapshot;
  /** Incremented on every change; caches key on it. */
  readonly version: number;
  /** Called on reset and load; auth state registers here to forget tokens. */
  onReset(listener: () => void): () => void;
}

/**
 * Creates a seeded, deterministic in-memory directory, or one holding `data`.
 * @example
 * const directory = createDirectory({ seed: 7, size: 1000 });
 * const added = directory.addUser({ name: 'Zoë Müller', deptCode: '1001' });
 * if (!added.ok) console.log(added.reason); // 'department-not-found', ...
 * directory.reset();
 */
export function createDirectory(options: DirectoryOptions = {}): Directory {
  const seed = options.seed ?? DEFAULT_SEED;
  const size = options.size ?? DEFAULT_SIZE;
  let version = 0;
  const tables = createTables(createRandom(seed).fork('added'), () => {
    version++;
  });
  const resetListeners = new Set<() => void>();
  const seededEnterprise = seedEnterprise(seed);
  // Data is checked once; each reset loads a copy, as the records are handed out to callers.
  const data = options.data === undefined ? undefined : directoryRecords(options.data, seededEnterprise);
  let enterprise = structuredClone(data?.enterprise ?? seededEnterprise);
  let seeded: ReturnType<typeof seedDirectoryParts> | null = data ? null : seedDirectoryParts(seed, size);

  const fill = (records: { departments: Department[]; users: DirectoryUser[]; organizations: Organization[]; externalContacts: ExternalContactRecord[]; subCustomers: SubCustomerRecord[] }) => {
    tables.departments.replaceAll(records.departments);
    tables.users.replaceAll(records.users);
    tables.organizations.replaceAll(records.organizations);
    tables.externalContacts.replaceAll(records.externalContacts);
    tables.subCustomers.replaceAll(records.subCustomers);
    tables.random = createRandom(seed).fork('added');
  };

  const restore = () => {
    if (data) {
      const copy = structuredClone(data);
      enterprise = copy.enterprise;
      fill(copy);
      return;
    }
    // Regenerating from the seed is cheaper than deep-copying a large directory, and as exact.
    // Contacts and member accounts are generated when first read.
    const parts = seeded ?? seedDirectoryParts(seed, size);
    seeded = null;
    enterprise = structuredClone(parts.enterprise);
    tables.departments.replaceAll(parts.departments);
    tables.users.replaceAll(parts.users);
    tables.organizations.replaceAll(parts.organizations);
    // A personal contact whose owner was deleted before the contacts were generated goes with its owner.
    tables.externalContacts.replaceAllLazily(() => parts.externalContacts().filter((c) => c.type !== 'PERSONAL' || (c.ownerAccount !== null && tables.users.has(c.ownerAccount))));
    tables.subCustomers.replaceAllLazily(() => parts.subCustomers());
    tables.random = createRandom(seed).fork('added');
  };
  restore();

  const notify = () => {
    for (const listener of resetListeners) listener();
  };

  return {
    seed,
    size,
    get enterprise() {
      return enterprise;
    },
    departments: tables.departments,
    users: tables.users,
    externalContacts: tables.externalContacts,
    organizations: tables.organizations,
    subCustomers: tables.subCustomers,
    findUserByThirdAccount: (thirdAccount) => findUser(tables, thirdAccount, { by: 'thirdAccount' }),
    findUser: (account, accountOptions) => findUser(tables, account, accountOptions),
    departmentSubtree: (deptCode) => new Set(tables.subtree(deptCode)),
    departmentCodes: (deptCode, includeSubDepartments = true) => (includeSubDepartments ? tables.subtree(deptCode) : [deptCode]),
    departmentChildren: (deptCode) => tables.departments.atSlots(tables.departments.valueIndex('parentDeptCode').slots(deptCode).sort((a, b) => a - b)),
    memberCount(deptCode, includeSubDepartments = false) {
      const members = tables.users.valueIndex('deptCode');
      let count = 0;
      for (const code of includeSubDepartments ? tables.subtree(deptCode) : [deptCode]) count += members.count(code);
      return count;
    },
    queryUsers: (query) => queryUsers(tables, query),
    addUser: (input) => addUser(tables, input),
    updateUser: (account, patch, accountOptions) => updateUser(tables, account, patch, accountOptions),
    deleteUsers: (accounts, accountOptions) => deleteUsers(tables, accounts, accountOptions),
    setUserStatus: (accounts, status, accountOptions) => setUserStatus(tables, accounts, status, accountOptions),
    setAdminType: (accounts, adminType, accountOptions) => setAdminType(tables, accounts, adminType, accountOptions),
    addDepartment: (input) => addDepartment(tables, input),
    updateDepartment: (deptCode, patch) => updateDepartment(tables, deptCode, patch),
    deleteDepartment: (deptCode) => deleteDepartment(tables, deptCode),
    reset() {
      restore();
      notify();
    },
    load(input) {
      const records = directoryRecords(input, seededEnterprise);
      enterprise = records.enterprise;
      fill(records);
      notify();
    },
    snapshot() {
      return structuredClone({
        seed,
        size,
        enterprise,
        departments: [...tables.departments.all()],
        users: [...tables.users.all()],
        externalContacts: [...tables.externalContacts.all()],
        organizations: [...tables.organizations.all()],
        subCustomers: [...tables.subCustomers.all()],
      });
    },
    get version() {
      return version;
    },
    onReset(listener) {
      resetListeners.add(listener);
      return () => resetListeners.delete(listener);
    },
  };
}
