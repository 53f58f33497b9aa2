// Queries of the users table by department subtree, status, administrator and user type, text
// and sort order, answered by the table's indexes.

import type { DirectoryTables } from './directory-tables.js';
import type { DirectoryUser } from './records.js';
import { Selection } from './selection.js';

/** A users query; every criterion is optional and they all apply together. */
export interface UserQuery {
  /** A department: its members, and with `includeSubDepartments` (default true) its sub-departments' members. */
  readonly deptCode?: string | undefined;
  readonly includeSubDepartments?: boolean | undefined;
  readonly status?: DirectoryUser['status'] | undefined;
  /** Any of these administrator types. */
  readonly adminTypes?: readonly DirectoryUser['adminType'][] | undefined;
  /** Any of these user types. */
  readonly userTypes?: readonly DirectoryUser['userType'][] | undefined;
  /** A case-insensitive substring of one of `searchFields` (default: name, phone, email, account, third-party account, as SearchUsers). */
  readonly searchKey?: string | undefined;
  readonly searchFields?: readonly (keyof DirectoryUser & string)[] | undefined;
  /** Sort by this field (ties in insertion order); insertion order without it. */
  readonly sortField?: (keyof DirectoryUser & string) | undefined;
  readonly descending?: boolean | undefined;
}

/** The users a query found: how many, and any page of them. */
export interface UserQueryResult {
  readonly total: number;
  /** The users at positions `start` to `start + count - 1`. */
  page(start: number, count: number): DirectoryUser[];
}

const SEARCH_FIELDS: readonly (keyof DirectoryUser & string)[] = ['name', 'phone', 'email', 'userAccount', 'thirdAccount'];

/**
 * Finds users by the criteria of SearchUsers.
 * @example queryUsers(tables, { deptCode: '1001', status: 0, userTypes: [2], sortField: 'sortLevel' }).page(0, 10)
 */
export function queryUsers(tables: DirectoryTables, query: UserQuery): UserQueryResult {
  const selection = new Selection(tables.users);
  if (query.deptCode !== undefined) {
    const codes = query.includeSubDepartments === false ? [query.deptCode] : tables.subtree(query.deptCode);
    selection.whereEquals('deptCode', codes);
  }
  if (query.status !== undefined) selection.whereEquals('status', [query.status]);
  if (query.adminTypes !== undefined) selection.whereEquals('adminType', query.adminTypes);
  if (query.userTypes !== undefined) selection.whereEquals('userType', query.userTypes);
  if (query.searchKey) selection.matching(query.searchFields ?? SEARCH_FIELDS, query.searchKey);
  const total = selection.count();
  const sort = query.sortField === undefined ? undefined : { field: query.sortField, descending: query.descending };
  return { total, page: (start, count) => selection.page(start, count, sort) };
}
