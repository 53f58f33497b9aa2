// The in-memory directory: seeded collections of records that tests can change and reset.

import { Collection } from './collection.js';
import { createRandom, type Random } from './prng.js';
import { uniqueKey } from './unique-key.js';
import { makeExternalContact, makeSubCustomer, makeUser } from './record-factory.js';
import type { Department, DirectorySnapshot, DirectoryUser, Enterprise, ExternalContactRecord, Organization, SubCustomerRecord } from './records.js';
import { DEFAULT_SEED, DEFAULT_SIZE, ROOT_DEPT_CODE, seedDirectory } from './seed-directory.js';

/** Options of {@link createDirectory}. */
export interface DirectoryOptions {
  /** Integer seed; the same seed and size always give the same records. Default 42. */
  seed?: number;
  /** Number of generated users, external contacts and member accounts on top of the fixed ones. Default 30. */
  size?: number;
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
  /** A department and all its descendants' codes. */
  departmentSubtree(deptCode: string): Set<string>;
  /** Restores the seeded records and forgets every issued token (call it between tests). */
  reset(): void;
  /** Every record as plain JSON (a deep copy). */
  snapshot(): DirectorySnapshot;
  /** Incremented on every change; caches key on it. */
  readonly version: number;
  /** Called on reset; auth state registers here to forget tokens. */
  onReset(listener: () => void): () => void;
}

/**
 * Creates a seeded, deterministic in-memory directory.
 * @example
 * const directory = createDirectory({ seed: 7, size: 1000 });
 * directory.users.add({ name: 'Zoë Müller', adminType: 1 });
 * directory.reset();
 */
export function createDirectory(options: DirectoryOptions = {}): Directory {
  const seed = options.seed ?? DEFAULT_SEED;
  const size = options.size ?? DEFAULT_SIZE;
  let seeded = seedDirectory(seed, size);
  let fresh = true;
  let version = 0;
  let thirdIndex: Map<string, DirectoryUser> | null = null;
  let addRandom: Random = createRandom(seed).fork('added');
  const bump = () => {
    version++;
    thirdIndex = null;
  };
  const resetListeners = new Set<() => void>();

  const departments: Collection<Department> = new Collection(
    (d) => d.deptCode,
    (partial) => {
      const parent = departments.get(partial.parentDeptCode ?? ROOT_DEPT_CODE);
      const deptName = partial.deptName ?? `Dept ${addRandom.digits(3)}`;
      const deptCode = partial.deptCode ?? `${parent?.deptCode ?? ROOT_DEPT_CODE}${addRandom.digits(3)}`;
      return { deptCode, deptName, parentDeptCode: parent?.deptCode ?? null, deptNamePath: parent ? `${parent.deptNamePath}/${deptName}` : deptName, ...partial };
    },
    bump,
  );
  const users: Collection<DirectoryUser> = new Collection(
    (u) => u.userAccount,
    (partial) => {
      const user = makeUser(addRandom, departments.all(), partial);
      // A generated account (name handle plus four random digits) can repeat one already taken;
      // only an account the caller chose may be rejected as a duplicate.
      if (partial.userAccount !== undefined) return user;
      return { ...user, userAccount: uniqueKey(user.userAccount, (key) => users.get(key) !== undefined) };
    },
    bump,
  );
  const externalContacts: Collection<ExternalContactRecord> = new Collection(
    (c) => c.id,
    (partial) => makeExternalContact(addRandom, users.all().map((u) => u.userAccount), partial),
    bump,
  );
  const organizations: Collection<Organization> = new Collection((o) => o.org_id, (partial) => ({ org_id: addRandom.digits(7), org_name: '', ...partial }), bump);
  const subCustomers: Collection<SubCustomerRecord> = new Collection((s) => s.id, (partial) => makeSubCustomer(addRandom, organizations.all(), partial), bump);

  const load = () => {
    // Regenerating from the seed is cheaper than deep-copying a large directory, and as exact.
    if (!fresh) seeded = seedDirectory(seed, size);
    fresh = false;
    const copy = seeded;
    departments.replaceAll(copy.departments);
    users.replaceAll(copy.users);
    externalContacts.replaceAll(copy.externalContacts);
    organizations.replaceAll(copy.organizations);
    subCustomers.replaceAll(copy.subCustomers);
    addRandom = createRandom(seed).fork('added');
  };
  load();

  return {
    seed,
    size,
    enterprise: structuredClone(seeded.enterprise),
    departments,
    users,
    externalContacts,
    organizations,
    subCustomers,
    findUserByThirdAccount(thirdAccount) {
      if (!thirdIndex) {
        thirdIndex = new Map();
        for (const user of users.all()) if (user.thirdAccount !== null) thirdIndex.set(user.thirdAccount, user);
      }
      return thirdIndex.get(thirdAccount);
    },
    departmentSubtree(deptCode) {
      const codes = new Set<string>([deptCode]);
      // Departments are stored parents-first, so one pass collects every descendant.
      for (const dept of departments.all()) if (dept.parentDeptCode !== null && codes.has(dept.parentDeptCode)) codes.add(dept.deptCode);
      return codes;
    },
    reset() {
      load();
      for (const listener of resetListeners) listener();
    },
    snapshot() {
      return structuredClone({
        seed,
        size,
        enterprise: seeded.enterprise,
        departments: [...departments.all()],
        users: [...users.all()],
        externalContacts: [...externalContacts.all()],
        organizations: [...organizations.all()],
        subCustomers: [...subCustomers.all()],
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
