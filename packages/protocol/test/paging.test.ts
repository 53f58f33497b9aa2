import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageOf, pageWindow, pagingDone, readPath, writePath } from '../src/paging.js';

const offsetLastPage = { style: 'offset', pastEnd: 'lastPage' } as const;
const pageLastPage = { style: 'page', pastEnd: 'lastPage' } as const;
const offsetEmpty = { style: 'offset', pastEnd: 'empty' } as const;
const records = Array.from({ length: 95 }, (_, i) => i);

describe('the page a server serves', () => {
  it('serves the records from the offset asked, within the list', () => {
    expect(pageOf(records, offsetLastPage, 20, 10)).toEqual({ items: records.slice(20, 30), position: 20, total: 95 });
  });

  it('returns the page-aligned last page when the offset is past the end, not the last limit records', () => {
    expect(pageOf(records, offsetLastPage, 120, 10)).toEqual({ items: records.slice(90, 95), position: 90, total: 95 });
    expect(pageWindow(offsetLastPage, 95, 95, 20)).toEqual({ start: 80, position: 80 });
  });

  it('returns the last page and its index when the page index is past the end', () => {
    expect(pageOf(records, pageLastPage, 40, 10)).toEqual({ items: records.slice(90, 95), position: 10, total: 95 });
  });

  it('returns nothing past the end when the operation documents an empty answer', () => {
    expect(pageOf(records, offsetEmpty, 120, 10)).toEqual({ items: [], position: 120, total: 95 });
  });

  it('returns an empty page of an empty list at any position', () => {
    expect(pageOf([], offsetLastPage, 50, 10)).toEqual({ items: [], position: 50, total: 0 });
  });

  it('always starts past-the-end answers on a multiple of the page size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 50 }), fc.nat(1000), (total, limit, extra) => {
        const { start } = pageWindow(offsetLastPage, total, total + extra, limit);
        expect(start % limit).toBe(0);
        expect(start).toBeLessThan(total);
        expect(start + limit).toBeGreaterThanOrEqual(total);
      }),
    );
  });
});

describe('stopping by count', () => {
  it('is done once the records consumed reach the total', () => {
    expect(pagingDone(9, 10)).toBe(false);
    expect(pagingDone(10, 10)).toBe(true);
    expect(pagingDone(0, 0)).toBe(true);
  });
});

describe('dot paths into bodies', () => {
  it('reads dot paths and returns undefined for missing steps', () => {
    expect(readPath({ data: { totalCount: 3 } }, 'data.totalCount')).toBe(3);
    expect(readPath({ data: null }, 'data.totalCount')).toBeUndefined();
  });

  it('writes dot paths, creating the objects on the way', () => {
    const body: Record<string, unknown> = {};
    writePath(body, 'data.totalCount', 3);
    expect(body).toEqual({ data: { totalCount: 3 } });
  });
});
