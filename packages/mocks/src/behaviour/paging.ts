import type { PagingExtension } from '../spec/operation-description.js';

/** One page cut from a list, with the offset or page index actually served. */
export interface Page<T> {
  items: T[];
  /** Offset (style `offset`) or 1-based page index (style `page`) of the page served. */
  position: number;
  /** Number of matching records. */
  total: number;
}

/**
 * Cuts one page out of the matching records as `x-paging` describes: `style` says whether
 * `position` counts records from 0 or pages from 1; `pastEnd` whether a position past the end
 * serves the last page again or an empty list.
 * @example pageOf(users, { style: 'offset', pastEnd: 'lastPage', ... }, 95, 10) // last page
 */
export function pageOf<T>(records: readonly T[], paging: Pick<PagingExtension, 'style' | 'pastEnd'>, position: number, limit: number): Page<T> {
  const total = records.length;
  let start = paging.style === 'page' ? (position - 1) * limit : position;
  let served = position;
  if (start >= total && total > 0 && paging.pastEnd === 'lastPage') {
    const lastPageIndex = Math.ceil(total / limit); // 1-based
    start = (lastPageIndex - 1) * limit;
    served = paging.style === 'page' ? lastPageIndex : start;
  }
  return { items: records.slice(start, start + limit), position: served, total };
}

/** Sets a value at a dot path (e.g. "data.totalCount") inside an object, creating objects on the way. */
export function setAtPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] as string] = value;
}

/** Reads a value at a dot path; undefined when a step is missing. */
export function getAtPath(source: unknown, path: string): unknown {
  let node: unknown = source;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
