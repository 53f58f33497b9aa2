import { pageOf } from '@hwcloud-directory/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemsOf, paginate, type PagingSpec } from '../src/pagination.js';

const offsetSpec: PagingSpec = { style: 'offset', in: 'query', offsetParam: 'offset', limitParam: 'limit', itemsPath: 'data', totalPath: 'count', pastEnd: 'lastPage' };
const pageSpec: PagingSpec = { style: 'page', in: 'body', offsetParam: 'pageIndex', limitParam: 'pageSize', itemsPath: 'data.data', totalPath: 'data.totalCount', pastEnd: 'lastPage' };

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

describe('paging on any list length and page size (vendor quirk: past the end returns the last page)', () => {
  it('yields every item exactly once, in order, with the fewest requests (offset style)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(120), fc.integer({ min: 1, max: 30 }), fc.option(fc.nat(150), { nil: undefined }), async (length, pageSize, maxItems) => {
        const all = Array.from({ length }, (_, i) => i);
        let requests = 0;
        const server = async (offset: number, limit: number) => {
          requests++;
          const served = pageOf(all, offsetSpec, offset, limit);
          return { offset: served.position, limit, count: served.total, data: served.items };
        };
        const items = await collect(itemsOf(paginate<number, unknown>(offsetSpec, server, { pageSize, maxItems })));
        const expected = all.slice(0, maxItems ?? length);
        expect(items).toEqual(expected);
        expect(requests).toBeLessThanOrEqual(Math.max(1, Math.ceil(expected.length / pageSize)));
      }),
      { numRuns: 200 },
    );
  });

  it('yields every item exactly once (page style)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(120), fc.integer({ min: 1, max: 30 }), async (length, pageSize) => {
        const all = Array.from({ length }, (_, i) => i);
        let requests = 0;
        const server = async (pageIndex: number, size: number) => {
          requests++;
          const served = pageOf(all, pageSpec, pageIndex, size);
          return { data: { pageIndex: served.position, pageSize: size, totalCount: served.total, data: served.items } };
        };
        expect(await collect(itemsOf(paginate<number, unknown>(pageSpec, server, { pageSize })))).toEqual(all);
        expect(requests).toBeLessThanOrEqual(Math.max(1, Math.ceil(length / pageSize)));
      }),
      { numRuns: 200 },
    );
  });

  it('terminates and never repeats an item when the server reports no total', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 20 }), async (length, pageSize) => {
        const all = Array.from({ length }, (_, i) => i);
        const server = async (offset: number, limit: number) => ({ data: pageOf(all, offsetSpec, offset, limit).items });
        const items = await collect(itemsOf(paginate<number, unknown>(offsetSpec, server, { pageSize })));
        expect(items).toEqual(all);
      }),
      { numRuns: 200 },
    );
  });
});
