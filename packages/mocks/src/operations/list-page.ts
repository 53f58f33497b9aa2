// One page of a list operation: searched, filtered and cut as the operation's `x-search`,
// `x-filters` and `x-paging` say, then written into the answer where `x-paging` says.

import { pageWindow, writePath, type PagingRule, type ServedPage } from '@hwcloud-directory/protocol';
import { languageOf, message } from '../answers/messages.js';
import { invalidParameter, type Problem } from '../answers/problem.js';
import { filterSelection, type FilterContext } from '../behaviour/filters.js';
import { searchSelection } from '../behaviour/search.js';
import type { Collection } from '../directory/collection.js';
import type { Directory } from '../directory/create-directory.js';
import { Selection, type SortOrder } from '../directory/selection.js';
import type { OperationRequest } from '../pipeline/operation-implementation.js';

/** A page of records cut as `x-paging` says, with the limit it was cut with. */
export interface ListedPage<T> {
  readonly paging: PagingRule;
  readonly limit: number;
  readonly page: ServedPage<T>;
}

/** How {@link listPage} reads the records. */
export interface ListOptions<T> {
  /** Spec field name -> record field name (e.g. account -> userAccount). */
  readonly aliases?: Readonly<Record<string, string>>;
  /** The order of the page (e.g. searchUsers' `sortField` and `isAsc`); insertion order without it. */
  readonly sort?: SortOrder<T> | undefined;
}

function filterContext(directory: Directory): FilterContext {
  return {
    departmentCodes: (code, sub) => {
      const codes = directory.departmentCodes(code, sub);
      // Every user is in a department: a subtree of every department is no filter.
      return codes.length === directory.departments.size ? null : codes;
    },
  };
}

/** Parameters of a list operation, from wherever `x-paging.in` says they travel, over the spec's defaults. */
function paramsOf(request: OperationRequest): Record<string, unknown> {
  const { paging, defaults } = request.operation;
  const sent = paging?.in === 'body' ? ((request.input.body as Record<string, unknown> | undefined) ?? {}) : request.input.query;
  return { ...defaults, ...sent };
}

/**
 * Searches, filters and pages the records of a table (or of a selection of it) as the
 * operation's x-search, x-filters and x-paging say, with the table's indexes: the total is a
 * bit count and only the page's records are read.
 * @example listPage(request, new Selection(directory.users).whereNot('adminType', [2]), { aliases: { account: 'userAccount' } })
 * @returns the page, or an `invalid` problem when a parameter breaks a filter's rule
 */
export function listPage<T extends object>(request: OperationRequest, source: Collection<T> | Selection<T>, options: ListOptions<T> = {}): ListedPage<T> | Problem {
  const { operation, runtime } = request;
  const paging = operation.paging;
  if (!paging) throw new Error(`${operation.operationId} has no x-paging`);
  const aliases = options.aliases ?? {};
  const params = paramsOf(request);
  const selection = source instanceof Selection ? source : new Selection(source);
  const filtered = filterSelection(selection, operation.filters, params, filterContext(runtime.directory), aliases);
  if ('rejected' in filtered) {
    const language = languageOf(request.input.header);
    return invalidParameter(message(language, 'fuzzyForbids', filtered.param, filtered.forbidden, filtered.term), language);
  }
  if (operation.search) searchSelection(selection, operation.search, params[operation.search.param], aliases);
  const position = Number(params[paging.offsetParam]);
  const limit = Number(params[paging.limitParam]);
  const total = selection.count();
  const window = pageWindow(paging, total, position, limit);
  const items = total === 0 ? [] : selection.page(window.start, limit, options.sort);
  return { paging, limit, page: { items, position: window.position, total } };
}

/**
 * Writes a listed page into a body where x-paging says: with `echo`, the offset (or page
 * index) served and the limit next to the items; then the total and the items.
 * @example writePage({}, listed, items, true) // { offset: 0, limit: 10, count: 42, data: [...] }
 */
export function writePage<B extends object>(body: B, { paging, limit, page }: ListedPage<unknown>, items: readonly unknown[], echo: boolean): B {
  const target = body as Record<string, unknown>;
  if (echo) {
    const parent = paging.itemsPath.split('.').slice(0, -1).join('.');
    writePath(target, parent ? `${parent}.${paging.offsetParam}` : paging.offsetParam, page.position);
    writePath(target, parent ? `${parent}.${paging.limitParam}` : paging.limitParam, limit);
  }
  writePath(target, paging.totalPath, page.total);
  writePath(target, paging.itemsPath, items);
  return body;
}
