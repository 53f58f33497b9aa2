// One page of a list operation: searched, filtered and cut as the operation's `x-search`,
// `x-filters` and `x-paging` say, then written into the answer where `x-paging` says.

import { pageOf, writePath, type PagingRule, type ServedPage } from '@hwcloud-directory/protocol';
import { languageOf, message } from '../answers/messages.js';
import { invalidParameter, type Problem } from '../answers/problem.js';
import { filterRecords, type FilterContext } from '../behaviour/filters.js';
import { searchRecords } from '../behaviour/search.js';
import type { Directory } from '../directory/create-directory.js';
import type { OperationRequest } from '../pipeline/operation-implementation.js';

/** A page of records cut as `x-paging` says, with the limit it was cut with. */
export interface ListedPage<T> {
  readonly paging: PagingRule;
  readonly limit: number;
  readonly page: ServedPage<T>;
}

function filterContext(directory: Directory): FilterContext {
  return { departmentCodes: (code, sub) => (sub ? directory.departmentSubtree(code) : new Set([code])) };
}

/** Parameters of a list operation, from wherever `x-paging.in` says they travel, over the spec's defaults. */
function paramsOf(request: OperationRequest): Record<string, unknown> {
  const { paging, defaults } = request.operation;
  const sent = paging?.in === 'body' ? ((request.input.body as Record<string, unknown> | undefined) ?? {}) : request.input.query;
  return { ...defaults, ...sent };
}

/**
 * Searches, filters and pages records as the operation's x-search, x-filters and x-paging say.
 * Both narrow the list and keep its order, so searching first (on the stable source array,
 * whose search texts are cached) gives the same page as filtering first.
 * @param aliases spec field name -> record field name (e.g. account -> userAccount)
 * @returns the page, or an `invalid` problem when a parameter breaks a filter's rule
 */
export function listPage<T extends object>(request: OperationRequest, records: readonly T[], aliases: Readonly<Record<string, string>> = {}): ListedPage<T> | Problem {
  const { operation, runtime } = request;
  const paging = operation.paging;
  if (!paging) throw new Error(`${operation.operationId} has no x-paging`);
  const params = paramsOf(request);
  const searched = operation.search ? searchRecords(records, operation.search, params[operation.search.param], aliases) : records;
  const matching = filterRecords(searched, operation.filters, params, filterContext(runtime.directory), aliases);
  if ('rejected' in matching) {
    const language = languageOf(request.input.header);
    return invalidParameter(message(language, 'fuzzyForbids', matching.param, matching.forbidden, matching.term), language);
  }
  const position = Number(params[paging.offsetParam]);
  const limit = Number(params[paging.limitParam]);
  return { paging, limit, page: pageOf(matching, paging, position, limit) };
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
