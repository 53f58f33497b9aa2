// Sorted pages of the store (`page(start, count, sort)`): both directions page the same order,
// the descending one being the ascending one with its runs of equal values reversed, and a
// deep page in either direction reads values only around the page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bitset } from '../src/directory/bitset.js';
import { Collection } from '../src/directory/collection.js';
import { Selection } from '../src/directory/selection.js';
import { compareValues, SortIndex } from '../src/directory/sort-index.js';

interface Row {
  id: string;
  level: number | string | null;
}

/** A table of rows keyed by id. */
function table(levels: readonly Row['level'][]): Collection<Row> {
  const rows = new Collection<Row>(
    (row) => row.id,
    (partial) => ({ id: 'unnamed', level: null, ...partial }),
  );
  rows.replaceAll(levels.map((level, i) => ({ id: `r${i}`, level })));
  return rows;
}

/** The order a stable sort gives: by level (descending when asked), equal levels in insertion order. */
function stableOrder(rows: readonly Row[], descending: boolean): string[] {
  return rows
    .map((row, position) => ({ row, position }))
    .sort((a, b) => (descending ? compareValues(b.row.level, a.row.level) : compareValues(a.row.level, b.row.level)) || a.position - b.position)
    .map(({ row }) => row.id);
}

/** The ascending order with its runs of equal levels in reverse order, each run as it was. */
function runsReversed(ascending: readonly Row[]): string[] {
  const runs: Row[][] = [];
  for (const row of ascending) {
    const run = runs.at(-1);
    if (run && compareValues(run[0]!.level, row.level) === 0) run.push(row);
    else runs.push([row]);
  }
  return runs.reverse().flatMap((run) => run.map((row) => row.id));
}

const level = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(null, 'a', 'b'));

describe('sorted pages', () => {
  it('page the descending order as the ascending one with its runs of equal values reversed, equal values in insertion order', () => {
    const rows = table([3, 1, 3, null, 2, 1, 'b', 3, 2, 'a', null, 1]);
    const ids = (page: Row[]) => page.map((row) => row.id);
    const ascending = new Selection(rows).page(0, 100, { field: 'level' });
    const descending = ids(new Selection(rows).page(0, 100, { field: 'level', descending: true }));
    expect(ids(ascending)).toEqual(['r3', 'r10', 'r1', 'r5', 'r11', 'r4', 'r8', 'r0', 'r2', 'r7', 'r9', 'r6']);
    expect(descending).toEqual(['r6', 'r9', 'r0', 'r2', 'r7', 'r4', 'r8', 'r1', 'r5', 'r11', 'r3', 'r10']);
    expect(descending).toEqual(runsReversed(ascending));
    // Distinct values: exactly the ascending order reversed.
    const distinct = table([5, 2, 9, 1]);
    expect(ids(new Selection(distinct).page(0, 10, { field: 'level', descending: true }))).toEqual(ids(new Selection(distinct).page(0, 10, { field: 'level' })).reverse());
  });

  it('cut every page of a selection from the stable order, in both directions, after writes', () => {
    fc.assert(
      fc.property(
        fc.array(level, { maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(80), level), { maxLength: 10 }),
        fc.array(fc.boolean(), { maxLength: 80 }),
        fc.nat(70),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        (levels, writes, kept, start, count, descending) => {
          const rows = table(levels);
          let added = 0;
          const sort = { field: 'level', descending } as const;
          new Selection(rows).page(0, 1, sort); // builds the index; the writes below keep it up to date
          for (const [at, value] of writes) {
            const row = rows.all()[at % Math.max(1, rows.size)];
            if (at % 3 === 0 && row) rows.remove(row.id);
            else if (at % 3 === 1 && row) rows.update(row.id, { level: value });
            else rows.add({ id: `added${added++}`, level: value });
          }
          const all = rows.all();
          const selected = all.filter((_, i) => kept[i] ?? true);
          const ids = new Set(selected.map((row) => row.id));
          const page = new Selection(rows).where((row) => ids.has(row.id)).page(start, count, sort);
          expect(page.map((row) => row.id)).toEqual(stableOrder(selected, descending).slice(start, start + count));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('read values and test selection bits only around a deep page of an unfiltered listing: a descending page at 50,000 of 100,000 as cheap as an ascending one', () => {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
    const rows: Row[] = Array.from({ length: 100_000 }, (_, i) => ({ id: `u${i}`, level: 1 + Math.floor(random() * 10_000) }));
    let reads = 0;
    const index = new SortIndex<Row>('level', rows.map((row, slot) => [slot, row] as const), (slot) => {
      reads++;
      return rows[slot];
    });
    let tests = 0;
    // Every record selected (an unfiltered listing): no position before the page needs a bit test.
    const everyone = new (class extends Bitset {
      override has(slot: number): boolean {
        tests++;
        return super.has(slot);
      }
    })(rows.length);
    for (let slot = 0; slot < rows.length; slot++) everyone.add(slot);
    const readsFor = (descending: boolean) => {
      reads = 0;
      tests = 0;
      const slots = index.page(everyone, 50_000, 50, descending);
      expect(slots).toHaveLength(50);
      expect(tests).toBeLessThan(500);
      return reads;
    };
    expect(readsFor(false)).toBe(0);
    // Runs of equal levels around the page (about ten entries each here), found by galloping: a few hundred reads, not 50,000.
    expect(readsFor(true)).toBeLessThan(500);
    const expected = stableOrder(rows, true).slice(50_000, 50_050);
    expect(index.page(everyone, 50_000, 50, true).map((slot) => rows[slot]!.id)).toEqual(expected);
  });
});
