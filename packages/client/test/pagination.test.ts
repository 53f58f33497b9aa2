import { LEGACY_SUCCESS_CODE, pageOf } from '@hwcloud-directory/protocol';
import { describe, expect, it, vi } from 'vitest';
import { HwcloudError } from '../src/hwcloud-error.js';
import { itemsOf, paginate, type PagingSpec } from '../src/pagination.js';

const offsetSpec: PagingSpec = { style: 'offset', in: 'query', offsetParam: 'offset', limitParam: 'limit', itemsPath: 'data', totalPath: 'count', pastEnd: 'lastPage' };
const pageSpec: PagingSpec = { style: 'page', in: 'body', offsetParam: 'pageIndex', limitParam: 'pageSize', itemsPath: 'data.data', totalPath: 'data.totalCount', pastEnd: 'lastPage' };
const bssSpec: PagingSpec = { style: 'offset', in: 'query', offsetParam: 'offset', limitParam: 'limit', itemsPath: 'sub_customer_infos', totalPath: 'total_count', pastEnd: 'empty' };

const all = Array.from({ length: 23 }, (_, i) => i);

/** A server with the vendor quirk: an offset past the end returns the (page-aligned) last page again. */
function offsetServer(items = all) {
  return vi.fn(async (offset: number, limit: number) => {
    const served = pageOf(items, offsetSpec, offset, limit);
    return { offset: served.position, limit, count: served.total, data: served.items };
  });
}

function pageServer(items = all) {
  return vi.fn(async (pageIndex: number, pageSize: number) => {
    const served = pageOf(items, pageSpec, pageIndex, pageSize);
    return { returnCode: LEGACY_SUCCESS_CODE, data: { pageIndex: served.position, pageSize, totalCount: served.total, data: served.items } };
  });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

describe('offset/limit/count paging', () => {
  it('yields every item once, in order, and stops at count', async () => {
    const server = offsetServer();
    expect(await collect(itemsOf(paginate<number, unknown>(offsetSpec, server, { pageSize: 10 })))).toEqual(all);
    expect(server.mock.calls.map(([offset]) => offset)).toEqual([0, 10, 20]);
  });

  it('does not loop when the list length is a multiple of the page size', async () => {
    const server = offsetServer(all.slice(0, 20));
    const pages = await collect(paginate(offsetSpec, server, { pageSize: 10 }));
    expect(pages.map((p) => p.items.length)).toEqual([10, 10]);
    expect(server).toHaveBeenCalledTimes(2);
  });

  it('yields nothing when the starting offset is past the end (the server repeats the last page)', async () => {
    const server = offsetServer();
    expect(await collect(paginate(offsetSpec, server, { start: 50, pageSize: 10 }))).toEqual([]);
    expect(server).toHaveBeenCalledTimes(1);
  });

  it('stops on a repeated page when the server reports no total', async () => {
    const server = vi.fn(async (offset: number) => ({ data: offset >= 20 ? [10, 11, 12, 13, 14, 15, 16, 17, 18, 19] : all.slice(offset, offset + 10) }));
    const items = await collect(itemsOf(paginate<number, unknown>(offsetSpec, server, { pageSize: 10 })));
    expect(items).toEqual(all.slice(0, 20));
    expect(server).toHaveBeenCalledTimes(3);
  });

  it('advances by the items received when the server caps the page size', async () => {
    const server = vi.fn(async (offset: number) => ({ count: 23, data: all.slice(offset, offset + 5) }));
    expect(await collect(itemsOf(paginate<number, unknown>(offsetSpec, server, { pageSize: 10 })))).toEqual(all);
  });

  it('stops at maxItems without fetching further pages', async () => {
    const server = offsetServer();
    const items = await collect(itemsOf(paginate<number, unknown>(offsetSpec, server, { pageSize: 10, maxItems: 12 })));
    expect(items).toEqual(all.slice(0, 12));
    expect(server).toHaveBeenCalledTimes(2);
  });

  it('reads total_count from BSS-shaped bodies and stops on an empty page', async () => {
    const server = vi.fn(async (offset: number, limit: number) => ({ total_count: 7, sub_customer_infos: all.slice(offset, Math.min(offset + limit, 7)) }));
    expect(await collect(itemsOf(paginate<number, unknown>(bssSpec, server, { pageSize: 3 })))).toEqual(all.slice(0, 7));
    expect(server).toHaveBeenCalledTimes(3);
  });
});

describe('pageIndex/pageSize/totalCount paging', () => {
  it('counts pages from 1 and stops at totalCount', async () => {
    const server = pageServer();
    expect(await collect(itemsOf(paginate<number, unknown>(pageSpec, server, { pageSize: 10 })))).toEqual(all);
    expect(server.mock.calls.map(([index]) => index)).toEqual([1, 2, 3]);
  });

  it('does not loop on a past-the-end pageIndex', async () => {
    const server = pageServer();
    expect(await collect(paginate(pageSpec, server, { start: 9, pageSize: 10 }))).toEqual([]);
  });
});

describe('iteration control', () => {
  it('stops when the signal aborts between pages', async () => {
    const controller = new AbortController();
    const server = offsetServer();
    const seen: number[] = [];
    await expect(async () => {
      for await (const page of paginate<number, unknown>(offsetSpec, server, { pageSize: 10, signal: controller.signal })) {
        seen.push(...page.items);
        controller.abort();
      }
    }).rejects.toThrow(/abort/i);
    expect(seen).toEqual(all.slice(0, 10));
    expect(server).toHaveBeenCalledTimes(1);
  });

  it('fetches lazily: breaking out after the first page sends one request', async () => {
    const server = offsetServer();
    for await (const _ of paginate(offsetSpec, server, { pageSize: 5 })) break;
    expect(server).toHaveBeenCalledTimes(1);
  });

  it('rejects a page size that is not a positive integer', async () => {
    await expect(collect(paginate(offsetSpec, offsetServer(), { pageSize: 0 }))).rejects.toThrow(/pageSize must be an integer >= 1, got 0/);
  });
});

describe('servers that do not advance', () => {
  it('throws invalid-response when the server ignores the offset and repeats a page before its count', async () => {
    const unique = all.slice(0, 10);
    const server = vi.fn(async () => ({ count: 2000, data: unique }));
    const seen: number[] = [];
    const error = await (async () => {
      for await (const page of paginate<number, unknown>(offsetSpec, server, { pageSize: 10, operation: 'searchCorpExternalDir' })) seen.push(...page.items);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HwcloudError);
    expect(error).toMatchObject({ kind: 'invalid-response', operation: 'searchCorpExternalDir', message: expect.stringContaining('repeats the page before') });
    expect(seen).toEqual(unique);
    expect(server).toHaveBeenCalledTimes(2);
  });

  it('throws invalid-response for a page whose items are not an array', async () => {
    const server = vi.fn(async () => ({ count: 5, data: null }));
    await expect(collect(paginate(offsetSpec, server, { pageSize: 10 }))).rejects.toMatchObject({ name: 'HwcloudError', kind: 'invalid-response' });
  });

  it('throws invalid-argument and aborted HwcloudErrors, not RangeError or DOMException', async () => {
    await expect(collect(paginate(offsetSpec, offsetServer(), { pageSize: 0 }))).rejects.toMatchObject({ name: 'HwcloudError', kind: 'invalid-argument' });
    await expect(collect(paginate(offsetSpec, offsetServer(), { pageSize: 10, signal: AbortSignal.abort() }))).rejects.toMatchObject({ name: 'HwcloudError', kind: 'aborted' });
  });
});
