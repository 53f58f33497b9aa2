import { filterRecords, type FilterContext } from '../behaviour/filters.js';
import { pageOf, setAtPath, type Page } from '../behaviour/paging.js';
import { searchRecords } from '../behaviour/search.js';
import type { Directory } from '../directory/create-directory.js';
import type { DirectoryUser } from '../directory/records.js';
import { MockError } from '../handlers/mock-error.js';
import type { OperationImplementation, OperationRequest } from '../handlers/runtime.js';
import type { PagingExtension } from '../spec/operation-description.js';
import { LEGACY_SUCCESS, MEETING_CODES } from '../handlers/vendor-codes.js';
import { achievementTime } from '../handlers/error-body.js';
import { fragmentOf, type JsonFragment } from '../behaviour/json-fragment.js';
import { memoByArray } from '../behaviour/memo.js';
import type { ExternalContactRecord, SubCustomerRecord } from '../directory/records.js';
import { adminDto, externalContactDto, legacyUserDto } from './projections.js';

type FragmentCache<T extends object> = WeakMap<T, { version: number; fragment: JsonFragment }>;
const contactItems: FragmentCache<ExternalContactRecord> = new WeakMap();
const adminItems: FragmentCache<DirectoryUser> = new WeakMap();
const legacyItems: FragmentCache<DirectoryUser> = new WeakMap();
const subCustomerItems: FragmentCache<SubCustomerRecord> = new WeakMap();
const visibleContacts = new WeakMap<readonly ExternalContactRecord[], Map<string, ExternalContactRecord[]>>();
const administrators = new WeakMap<readonly DirectoryUser[], Map<string, DirectoryUser[]>>();

function filterContext(directory: Directory): FilterContext {
  return { departmentCodes: (code, sub) => (sub ? directory.departmentSubtree(code) : new Set([code])) };
}

/** Parameters of a list operation, from wherever `x-paging.in` says they travel, over the spec's defaults. */
function paramsOf(request: OperationRequest): Record<string, unknown> {
  const { paging, defaults } = request.operation;
  const sent = paging?.in === 'body' ? ((request.input.body as Record<string, unknown> | undefined) ?? {}) : request.input.query;
  return { ...defaults, ...sent };
}

/** A page of records cut as x-paging says, with the limit it was cut with. */
interface Listed<T> {
  paging: PagingExtension;
  limit: number;
  page: Page<T>;
}

/**
 * Searches, filters and pages records as the operation's x-search, x-filters and x-paging say.
 * Both narrow the list and keep its order, so searching first (on the stable source array,
 * whose search texts are cached) gives the same page as filtering first.
 */
function listPage<T extends object>(request: OperationRequest, records: readonly T[], aliases: Record<string, string> = {}): Listed<T> {
  const { operation, runtime } = request;
  const paging = operation.paging;
  if (!paging) throw new Error(`${operation.operationId} has no x-paging`);
  const params = paramsOf(request);
  let matching = operation.search ? searchRecords(records, operation.search, params[operation.search.param], aliases) : records;
  matching = filterRecords(matching, operation.filters, params, filterContext(runtime.directory), aliases);
  const position = Number(params[paging.offsetParam]);
  const limit = Number(params[paging.limitParam]);
  return { paging, limit, page: pageOf(matching, paging, position, limit) };
}

/**
 * Writes a listed page into a body where x-paging says: with `echo`, the offset (or page
 * index) served and the limit next to the items; then the total and the items.
 */
function writePage(body: Record<string, unknown>, { paging, limit, page }: Listed<unknown>, items: unknown[], echo: boolean): Record<string, unknown> {
  if (echo) {
    const parent = paging.itemsPath.split('.').slice(0, -1).join('.');
    setAtPath(body, parent ? `${parent}.${paging.offsetParam}` : paging.offsetParam, page.position);
    setAtPath(body, parent ? `${parent}.${paging.limitParam}` : paging.limitParam, limit);
  }
  setAtPath(body, paging.totalPath, page.total);
  setAtPath(body, paging.itemsPath, items);
  return body;
}

function requireAdmin(request: OperationRequest): DirectoryUser {
  const caller = request.caller;
  if (caller?.kind !== 'meeting') throw new Error('a Meeting caller is required');
  if (caller.user.adminType === 2) {
    throw MockError.of('meeting', MEETING_CODES.forbidden, 'Insufficient permissions: only enterprise administrators may call this operation.');
  }
  return caller.user;
}

/** GET /v1/usg/abs/external-contacts: the enterprise's contacts and the caller's own. */
export const searchCorpExternalDir: OperationImplementation = (request) => {
  const caller = request.caller;
  if (caller?.kind !== 'meeting') throw new Error('a Meeting caller is required');
  const { directory } = request.runtime;
  const all = directory.externalContacts.all();
  const visible = memoByArray(visibleContacts, all, caller.user.userAccount, () => all.filter((c) => c.type === 'CORP' || c.ownerAccount === caller.user.userAccount));
  const listed = listPage(request, visible);
  const items = listed.page.items.map((c) => fragmentOf(contactItems, c, directory.version, externalContactDto));
  return { status: 200, body: writePage({}, listed, items, true) };
};

/** GET /v1/usg/dcs/corp/admin: the enterprise's administrators (admin callers only). */
export const searchCorpAdmins: OperationImplementation = (request) => {
  requireAdmin(request);
  const { directory } = request.runtime;
  const users = directory.users.all();
  const admins = memoByArray(administrators, users, '', () => users.filter((u) => u.adminType !== 2));
  const listed = listPage(request, admins, { account: 'userAccount' });
  const items = listed.page.items.map((u) => fragmentOf(adminItems, u, directory.version, (user) => adminDto(directory, user)));
  return { status: 200, body: writePage({}, listed, items, true) };
};

/** POST /rest/usg/datacenter/v1/corp/member/search: the legacy user search, in the returnCode envelope. */
export const searchCorpMembersLegacy: OperationImplementation = (request) => {
  requireAdmin(request);
  const { directory } = request.runtime;
  const listed = listPage(request, directory.users.all());
  const envelope = { returnCode: LEGACY_SUCCESS, returnMessage: 'Success', achievementTime: achievementTime(request.now), requestId: request.requestId };
  const items = listed.page.items.map((u) => fragmentOf(legacyItems, u, directory.version, (user) => legacyUserDto(directory, user)));
  return { status: 200, body: writePage(envelope, listed, items, true) };
};

/** GET /v2/enterprises/multi-accounts/sub-customers: BSS member accounts. */
export const listEnterpriseSubCustomers: OperationImplementation = (request) => {
  const { directory } = request.runtime;
  const listed = listPage(request, directory.subCustomers.all());
  const items = listed.page.items.map((s) => fragmentOf(subCustomerItems, s, directory.version, (record) => ({ ...record })));
  return { status: 200, body: writePage({}, listed, items, false) };
};
