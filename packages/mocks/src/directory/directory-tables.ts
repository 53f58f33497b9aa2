// The store's tables and the rules that keep them one consistent state: a department tree with
// unique codes and derived paths, users in existing departments with unique accounts and
// third-party accounts, personal contacts owned by users, member accounts in organisations.

import { Collection } from './collection.js';
import { completeUser, makeExternalContact, makeSubCustomer, makeUser } from './record-factory.js';
import type { Random } from './prng.js';
import type { Department, DirectoryUser, ExternalContactRecord, Organization, SubCustomerRecord } from './records.js';
import { ROOT_DEPT_CODE } from './seed-directory.js';
import { uniqueKey } from './unique-key.js';
import { refuse, type Refusal } from './write-result.js';

/** The tables of one directory, with the department tree's derived views. */
export interface DirectoryTables {
  readonly departments: Collection<Department>;
  /** Users keyed by Meeting account (`userAccount`). */
  readonly users: Collection<DirectoryUser>;
  /** External contacts keyed by id. */
  readonly externalContacts: Collection<ExternalContactRecord>;
  /** BSS organisations keyed by `org_id`. */
  readonly organizations: Collection<Organization>;
  /** BSS member accounts keyed by id. */
  readonly subCustomers: Collection<SubCustomerRecord>;
  /** The codes of a department and all its descendants, parents first; `[code]` for an unknown code. Cached until the tree changes. */
  subtree(deptCode: string): readonly string[];
  /** Where generated defaults of added records come from (restarted on reset). */
  random: Random;
}

/**
 * Creates the empty tables of a directory with their rules.
 * @param changed called after every change of any table (the directory's version)
 */
export function createTables(random: Random, changed: () => void): DirectoryTables {
  const subtrees = new Map<string, readonly string[]>();
  let subtreesOf: { index: unknown; version: number } = { index: null, version: -1 };
  // The users' accounts, for the owners of generated personal contacts; made again after a change of the users.
  let usersVersion = 0;
  let accounts: { version: number; accounts: string[] } | null = null;

  const departments: Collection<Department> = new Collection(
    (d) => d.deptCode,
    (partial) => {
      const parent = departments.get(partial.parentDeptCode ?? ROOT_DEPT_CODE);
      const deptName = partial.deptName ?? `Dept ${tables.random.digits(3)}`;
      const deptCode = partial.deptCode ?? uniqueKey(`${parent?.deptCode ?? ROOT_DEPT_CODE}${tables.random.digits(3)}`, (code) => departments.has(code));
      return { deptCode, deptName, parentDeptCode: parent?.deptCode ?? null, deptNamePath: deptName, ...partial };
    },
    {
      taken: 'dept-code-taken',
      missing: 'department-not-found',
      noun: 'department',
      indexed: ['parentDeptCode'],
      derive: (dept) => {
        const parent = dept.parentDeptCode === null ? undefined : departments.get(dept.parentDeptCode);
        const path = parent ? pathUnder(parent.deptNamePath, dept.deptName) : dept.deptName;
        return path === dept.deptNamePath ? dept : { ...dept, deptNamePath: path };
      },
      check: (next, previous) => checkDepartment(next, previous),
      after: (next, previous) => {
        // Renaming or moving a department changes the paths of its sub-departments (one pass,
        // parents first), never of its members: a user's path is read from its department.
        if (!next || !previous || next.deptNamePath === previous.deptNamePath) return;
        const paths = new Map([[next.deptCode, next.deptNamePath]]);
        const descendants = tables.subtree(next.deptCode).slice(1).map((code) => {
          const dept = departments.get(code) as Department;
          const path = pathUnder(paths.get(dept.parentDeptCode as string) as string, dept.deptName);
          paths.set(code, path);
          return withPath(dept, path);
        });
        departments.replaceDerived(descendants);
      },
      changed,
    },
  );

  const users: Collection<DirectoryUser> = new Collection(
    (u) => u.userAccount,
    (partial) => {
      const user = makeUser(tables.random, departments.all(), partial);
      // A generated account (name handle plus four random digits) can repeat one already taken;
      // only an account the caller chose may be rejected as a duplicate.
      if (partial.userAccount !== undefined) return user;
      return { ...user, userAccount: uniqueKey(user.userAccount, (key) => users.has(key)) };
    },
    {
      taken: 'account-taken',
      missing: 'user-not-found',
      noun: 'user',
      indexed: ['deptCode', 'status', 'adminType', 'userType', 'thirdAccount'],
      complete: completeUser,
      check: (next, previous) => {
        if (!next) return null;
        // A renamed account takes its personal contacts along (below): generate them first.
        if (previous && next.userAccount !== previous.userAccount && externalContacts.pending) void externalContacts.size;
        if ((!previous || previous.deptCode !== next.deptCode) && !departments.has(next.deptCode)) {
          return refuse('department-not-found', next.deptCode, `user "${next.userAccount}": no department has code "${next.deptCode}"; add the department first`);
        }
        const third = next.thirdAccount;
        if (third !== null && third !== undefined && third !== previous?.thirdAccount && users.valueIndex('thirdAccount').count(third) > 0) {
          return refuse('third-account-taken', third, `user "${next.userAccount}": another user has the third-party account "${third}" (unique in the enterprise)`);
        }
        return null;
      },
      after: (next, previous) => {
        // A user's personal contacts leave with the user and follow a renamed account. Contacts
        // not yet generated are checked against the users when they are.
        if (!previous || (next && next.userAccount === previous.userAccount)) return;
        if (!next && externalContacts.pending) return;
        const owned = externalContacts.atSlots(externalContacts.valueIndex('ownerAccount').slots(previous.userAccount));
        for (const contact of owned) {
          if (next) externalContacts.update(contact.id, { ownerAccount: next.userAccount });
          else externalContacts.remove(contact.id);
        }
      },
      changed: () => {
        usersVersion++;
        changed();
      },
    },
  );

  const externalContacts: Collection<ExternalContactRecord> = new Collection(
    (c) => c.id,
    (partial) => {
      if (accounts?.version !== usersVersion) accounts = { version: usersVersion, accounts: [...users.keys()] };
      return makeExternalContact(tables.random, accounts.accounts, partial);
    },
    {
      taken: 'contact-id-taken',
      missing: 'contact-not-found',
      noun: 'external contact',
      indexed: ['type', 'ownerAccount'],
      check: (next) => {
        if (!next || next.type !== 'PERSONAL') return null;
        if (next.ownerAccount === null || !users.has(next.ownerAccount)) {
          return refuse('owner-not-found', String(next.ownerAccount), `personal contact "${next.id}": its owner "${next.ownerAccount}" is not a user; name an existing account in ownerAccount`);
        }
        return null;
      },
      changed,
    },
  );

  const organizations: Collection<Organization> = new Collection(
    (o) => o.org_id,
    (partial) => ({ org_id: uniqueKey(tables.random.digits(7), (id) => organizations.has(id)), org_name: '', ...partial }),
    {
      taken: 'org-id-taken',
      missing: 'organization-not-found',
      noun: 'organization',
      check: (next, previous) => {
        if (next || !previous || subCustomers.valueIndex('org_id').count(previous.org_id) === 0) return null;
        return refuse('organization-has-members', previous.org_id, `organization "${previous.org_id}" still holds member accounts; move or remove them first`);
      },
      after: (next, previous) => {
        if (!next || !previous || next.org_name === previous.org_name) return;
        const members = subCustomers.atSlots(subCustomers.valueIndex('org_id').slots(next.org_id));
        subCustomers.replaceDerived(members.map((member) => ({ ...member, org_name: next.org_name })));
      },
      changed,
    },
  );

  const subCustomers: Collection<SubCustomerRecord> = new Collection(
    (s) => s.id,
    (partial) => makeSubCustomer(tables.random, organizations.all(), partial),
    {
      taken: 'sub-customer-id-taken',
      missing: 'sub-customer-not-found',
      noun: 'member account',
      indexed: ['org_id', 'status'],
      derive: (member) => {
        const org = organizations.get(member.org_id);
        return org === undefined || org.org_name === member.org_name ? member : { ...member, org_name: org.org_name };
      },
      check: (next, previous) => {
        if (!next || previous?.org_id === next.org_id || organizations.has(next.org_id)) return null;
        return refuse('organization-not-found', next.org_id, `member account "${next.name}": no organization has id "${next.org_id}"`);
      },
      changed,
    },
  );

  function checkDepartment(next: Department | undefined, previous: Department | undefined): Refusal | null {
    const parents = departments.valueIndex('parentDeptCode');
    if (!next) {
      const code = (previous as Department).deptCode;
      if ((previous as Department).parentDeptCode === null) return refuse('root-department', code, `department "${code}" is the root department and cannot be deleted`);
      if (users.valueIndex('deptCode').count(code) > 0) return refuse('department-has-members', code, `department "${code}" still has members; move or delete them first`);
      if (parents.count(code) > 0) return refuse('department-has-sub-departments', code, `department "${code}" still has sub-departments; move or delete them first`);
      return null;
    }
    const code = next.deptCode;
    if (previous && code !== previous.deptCode) return refuse('dept-code-immutable', previous.deptCode, `department "${previous.deptCode}": a department code cannot be changed`);
    if (next.parentDeptCode === null) {
      if (previous ? previous.parentDeptCode === null : parents.count(null) === 0) return null;
      return refuse('root-department', code, `department "${code}": there is one root department ("${ROOT_DEPT_CODE}"); give a parentDeptCode`);
    }
    if (previous?.parentDeptCode === null) return refuse('root-department', code, `department "${code}" is the root department and cannot be moved`);
    if (previous?.parentDeptCode === next.parentDeptCode) return null;
    if (!departments.has(next.parentDeptCode)) return refuse('parent-not-found', next.parentDeptCode, `department "${code}": no department has code "${next.parentDeptCode}" to be its parent`);
    if (previous && tables.subtree(code).includes(next.parentDeptCode)) {
      return refuse('move-into-own-subtree', next.parentDeptCode, `department "${code}" cannot move under "${next.parentDeptCode}", which is itself or one of its sub-departments`);
    }
    return null;
  }

  const tables: DirectoryTables = {
    departments,
    users,
    externalContacts,
    organizations,
    subCustomers,
    subtree(deptCode) {
      // Cached until a department enters or leaves a parent (added, moved, deleted, reloaded): a rename keeps it.
      const parents = departments.valueIndex('parentDeptCode');
      if (subtreesOf.index !== parents || subtreesOf.version !== parents.version) {
        subtrees.clear();
        subtreesOf = { index: parents, version: parents.version };
      }
      let codes = subtrees.get(deptCode);
      if (!codes) {
        const out = [deptCode];
        const push = (slot: number) => out.push((departments.at(slot) as Department).deptCode);
        for (let i = 0; i < out.length; i++) parents.each(out[i], push);
        subtrees.set(deptCode, (codes = out));
      }
      return codes;
    },
    random,
  };
  return tables;
}

/** A department's `deptNamePath`: its parent's path and its name, joined by "/". */
function pathUnder(parentPath: string, deptName: string): string {
  return `${parentPath}/${deptName}`;
}

/**
 * A copy of a department with another path. Copied field by field: a department tree's
 * cascade copies each record again on every rename, and V8 spreads copies of copies several
 * times slower than it builds a literal.
 */
function withPath(dept: Department, deptNamePath: string): Department {
  const copy: Department = { deptCode: dept.deptCode, deptName: dept.deptName, parentDeptCode: dept.parentDeptCode, deptNamePath };
  if (dept.note !== undefined) copy.note = dept.note;
  if (dept.inPermission !== undefined) copy.inPermission = dept.inPermission;
  if (dept.outPermission !== undefined) copy.outPermission = dept.outPermission;
  if (dept.designatedOutDeptCodes !== undefined) copy.designatedOutDeptCodes = dept.designatedOutDeptCodes;
  if (dept.sortLevel !== undefined) copy.sortLevel = dept.sortLevel;
  return copy;
}
