// Async iteration over the pages and items of a list operation, driven by the operation's
// paging rule (its `x-paging` extension in the spec, see openapi/README.md).

import { pagingDone, readPath, type PagingRule } from '@hwcloud-directory/protocol';
import { create, toHwcloudError } from './response-errors.js';

/** An operation's paging rule, as the iterators need it: where the position goes and where the items are. */
export type PagingSpec = Pick<PagingRule, 'style' | 'in' | 'offsetParam' | 'limitParam' | 'itemsPath' | 'totalPath'> & {
  /** What the server returns past the end (the iterators never ask past the end). */
  readonly pastEnd?: PagingRule['pastEnd'];
};

/** Caller's paging options. */
export interface PagingOptions {
  /** Items per request; defaults to 100, or the operation's maximum page size when that is smaller. */
  pageSize?: number;
  /** Stop after this many items in all. */
  maxItems?: number;
  /** Stops the iteration with an `aborted` HwcloudError (the pending request is aborted too). */
  signal?: AbortSignal;
}

/** One page of results. */
export interface Page<Item, Body = unknown> {
  /** The page's items (cut short when `maxItems` is reached). */
  items: Item[];
  /** Total number of items the server reports, when it does. */
  total: number | undefined;
  /** 1-based number of this page in the iteration. */
  pageNumber: number;
  /** The whole response body. */
  body: Body;
}

/** Fetches one page: `position` is the value of the offset (or page index) parameter. */
export type PageFetcher<Body> = (position: number, size: number, signal: AbortSignal | undefined) => Promise<Body>;

/**
 * Iterates pages until the server's total is reached, a page comes back empty or short, or
 * `maxItems` items have been yielded. It never asks past the total, so the vendor's "an offset
 * past the end returns the last page again" cannot make it loop. Every failure is a
 * HwcloudError naming `operation`:
 * - `invalid-argument`: `pageSize` is not an integer >= 1;
 * - `aborted`: `signal` fired between pages;
 * - `invalid-response`: a page's items are not an array, or a page is identical to the one
 *   before it while the total is not reached (a server that ignores the position would
 *   otherwise serve the same items again and again, up to its total). Without a total, a
 *   repeated page is the past-the-end quirk and ends the iteration quietly.
 * An empty page before the total ends it quietly too: the list shrank while it was read.
 *
 * @example
 * for await (const page of paginate(spec, fetchPage, { start: 0, pageSize: 100 })) console.log(page.items.length);
 */
export async function* paginate<Item, Body>(
  spec: PagingSpec,
  fetchPage: PageFetcher<Body>,
  options: PagingOptions & { start?: number; pageSize: number; operation?: string },
): AsyncGenerator<Page<Item, Body>, void, undefined> {
  const { pageSize, maxItems = Infinity, signal } = options;
  const context = { operation: options.operation ?? 'paginate', signal };
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw create('invalid-argument', context, `pageSize must be an integer >= 1, got ${pageSize}`);
  }
  const byPage = spec.style === 'page';
  // Items skipped before the current request, counted from the start of the whole list; the
  // position parameter (an offset, or a page index from 1) is worked out from it.
  let skipped = options.start === undefined ? 0 : byPage ? (options.start - 1) * pageSize : options.start;
  let yielded = 0;
  let previous: string | undefined;

  for (let pageNumber = 1; yielded < maxItems; pageNumber++) {
    if (signal?.aborted) throw toHwcloudError(signal.reason, context);
    const position = byPage ? skipped / pageSize + 1 : skipped;
    const body = await fetchPage(position, pageSize, signal);
    const items = readPath(body, spec.itemsPath) as Item[];
    const invalid = (what: string) => create('invalid-response', context, `page at ${spec.offsetParam} ${position} ${what}`);
    if (!Array.isArray(items)) throw invalid(`has no ${spec.itemsPath} array`);
    const totalValue = readPath(body, spec.totalPath);
    const total = typeof totalValue === 'number' ? totalValue : undefined;

    // Asked past the end: the server may answer with the last page again; it is not ours.
    if ((total !== undefined && pagingDone(skipped, total)) || !items.length) return;
    const fingerprint = JSON.stringify(items);
    if (fingerprint === previous) {
      if (total === undefined) return;
      throw invalid(`repeats the page before, ${total - skipped} short of ${total} items (the server ignores ${spec.offsetParam})`);
    }
    previous = fingerprint;

    const page = items.slice(0, maxItems - yielded);
    yield { items: page, total, pageNumber, body };
    yielded += page.length;
    skipped += byPage ? pageSize : items.length;
    if (total !== undefined ? pagingDone(skipped, total) : items.length < pageSize) return;
  }
}

/** Flattens pages into items. */
export async function* itemsOf<Item>(pages: AsyncIterable<Page<Item, unknown>>): AsyncGenerator<Item, void, undefined> {
  for await (const page of pages) yield* page.items;
}
