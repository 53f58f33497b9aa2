// The vendor's paging rules, as each operation's `x-paging` states them: where the position
// and the page size go, where the items and the total are, and what a position past the end
// returns. The mocks serve pages with them; the client and its test fakes read pages with them.

import type { PagingRule } from './operation-model.js';

/** What the past-the-end rule needs of a paging rule; no `pastEnd` reads as `empty`. */
export type PastEndRule = Pick<PagingRule, 'style'> & { readonly pastEnd?: PagingRule['pastEnd'] | undefined };

/**
 * The window a server serves for `position` (an offset from 0, or a page index from 1) and
 * `limit` over `total` records. Past the end, `lastPage` serves the page-aligned last page
 * (offset `floor((total - 1) / limit) * limit`, not the last `limit` records) and reports
 * that position; `empty` serves nothing at the position asked.
 * @example pageWindow({ style: 'offset', pastEnd: 'lastPage' }, 95, 10, 42) // { start: 40, position: 40 }
 */
export function pageWindow(rule: PastEndRule, total: number, position: number, limit: number): { start: number; position: number } {
  const start = rule.style === 'page' ? (position - 1) * limit : position;
  if (start < total || total === 0 || rule.pastEnd !== 'lastPage') return { start, position };
  const lastPage = Math.ceil(total / limit); // 1-based
  const lastStart = (lastPage - 1) * limit;
  return { start: lastStart, position: rule.style === 'page' ? lastPage : lastStart };
}

/** One page cut from a list, with the position actually served. */
export interface ServedPage<T> {
  items: T[];
  /** Offset (style `offset`) or 1-based page index (style `page`) of the page served. */
  position: number;
  /** Number of matching records. */
  total: number;
}

/** Cuts the page {@link pageWindow} gives out of `records`. */
export function pageOf<T>(records: readonly T[], rule: PastEndRule, position: number, limit: number): ServedPage<T> {
  const window = pageWindow(rule, records.length, position, limit);
  return { items: records.slice(window.start, window.start + limit), position: window.position, total: records.length };
}

/**
 * Whether a reader that has consumed `consumed` records (counted from the start of the
 * list) is done: it stops by count, at the total, and never asks past it, so a server that
 * answers past the end with the last page again cannot make it loop.
 */
export function pagingDone(consumed: number, total: number): boolean {
  return consumed >= total;
}

/** Reads a dot path (`data.totalCount`) out of a parsed body; undefined when a step is missing. */
export function readPath(body: unknown, path: string): unknown {
  let value = body;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Sets a value at a dot path inside an object, creating objects on the way. */
export function writePath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] as string] = value;
}
