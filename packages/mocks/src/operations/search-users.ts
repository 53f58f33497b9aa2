// GET /v1/usg/dcs/corp/member (searchUsers).

import type { MeetingComponents, MeetingOperations } from '@hwcloud-directory/protocol';
import { isProblem } from '../answers/problem.js';
import { fragmentOf, type JsonFragment } from '../behaviour/json-fragment.js';
import type { DirectoryUser } from '../directory/records.js';
import type { SortOrder } from '../directory/selection.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { listPage, writePage } from './list-page.js';
import { requireAdmin } from './meeting-caller.js';
import { searchUsersResultDto } from './projections.js';

type SearchUsersQuery = NonNullable<MeetingOperations['searchUsers']['parameters']['query']>;

const items: WeakMap<DirectoryUser, { version: number; fragment: JsonFragment }> = new WeakMap();

/**
 * The record field of each `sortField`. `ldapAccount` has none (the store keeps no LDAP
 * accounts: every user's is absent), so it leaves the users in insertion order.
 */
const SORT_FIELDS: Readonly<Record<NonNullable<SearchUsersQuery['sortField']>, (keyof DirectoryUser & string) | null>> = {
  userType: 'userType',
  adminType: 'adminType',
  ldapAccount: null,
  deptCode: 'deptCode',
  status: 'status',
  sortLevel: 'sortLevel',
};

/** The order `sortField` and `isAsc` ask for; ascending when `isAsc` is absent (the page documents no default). */
function sortOrder(query: SearchUsersQuery): SortOrder<DirectoryUser> | undefined {
  const field = query.sortField === undefined ? null : SORT_FIELDS[query.sortField];
  return field === null ? undefined : { field, descending: query.isAsc === false };
}

/**
 * The enterprise's users, searched, filtered, sorted and paged (SearchUsersPage); administrators
 * only. `userType` absent lists ordinary users (type 2) only, its default (`defaultApplies`).
 */
export const searchUsers: OperationImplementation = (request) => {
  const admin = requireAdmin(request);
  if (isProblem(admin)) return admin;
  const { directory } = request.runtime;
  const listed = listPage(request, directory.users, { sort: sortOrder(request.input.query as SearchUsersQuery) });
  if (isProblem(listed)) return listed;
  const data = listed.page.items.map((u) => fragmentOf(items, u, directory.version, (user) => searchUsersResultDto(directory, user)));
  return { status: 200, body: writePage<Partial<MeetingComponents['schemas']['SearchUsersPage']>>({}, listed, data, true) };
};
