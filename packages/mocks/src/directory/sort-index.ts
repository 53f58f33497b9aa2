import type { Bitset } from './bitset.js';
import type { SlotIndex } from './slot-index.js';

/** Orders values: absent first, then booleans, numbers, strings (by code unit). */
export function compareValues(a: unknown, b: unknown): number {
  const rank = (v: unknown) => (v === null || v === undefined ? 0 : typeof v === 'boolean' ? 1 : typeof v === 'number' ? 2 : 3);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return 0;
  if (ra === 3) {
    const sa = String(a);
    const sb = String(b);
    return sa < sb ? -1 : sa > sb ? 1 : 0;
  }
  return (a as number) - (b as number);
}

/**
 * A collection's slots sorted by one field, ties in insertion (slot) order. Built on the first
 * sorted query and then kept sorted on every write (a binary search and one splice), so a sorted
 * page is one pass over the order that stops when the page is full, from the start ascending and
 * from the end descending.
 */
export class SortIndex<T extends object> implements SlotIndex<T> {
  readonly #field: string;
  readonly #recordAt: (slot: number) => T | undefined;
  readonly #order: number[];

  constructor(field: string, records: Iterable<readonly [slot: number, record: T]>, recordAt: (slot: number) => T | undefined) {
    this.#field = field;
    this.#recordAt = recordAt;
    const values = new Map<number, unknown>();
    for (const [slot, record] of records) values.set(slot, (record as Record<string, unknown>)[field]);
    this.#order = Array.from(values.keys()).sort((a, b) => compareValues(values.get(a), values.get(b)) || a - b);
  }

  /**
   * The slots of `selection` at positions `start` to `start + count - 1` in this order.
   * Descending: greatest value first, equal values still in insertion order (a stable sort on
   * the reversed comparison), so a record keeps its place among its equals in both directions.
   * Either way the positions before the page cost one bit test each, none when every record
   * is selected (an unfiltered listing); values are read only around the page.
   */
  page(selection: Bitset, start: number, count: number, descending: boolean): number[] {
    const out: number[] = [];
    const order = this.#order;
    const selected = selection.count();
    if (count <= 0 || start >= selected) return out;
    const everyRecord = selected === order.length;
    if (!descending) {
      if (everyRecord) return order.slice(start, start + count);
      let skip = start;
      for (let i = 0; i < order.length && out.length < count; i++) {
        const slot = order[i] as number;
        if (!selection.has(slot)) continue;
        if (skip > 0) skip--;
        else out.push(slot);
      }
      return out;
    }
    // Skip `start` selected entries walking back from the end. They are the greatest values, as
    // in the descending order, except within the run of equal values the walk stopped in: there
    // the descending order skips the run's first entries, not its last. So the page starts in
    // that run after as many selected entries as the walk passed in it.
    let end = everyRecord ? order.length - start : order.length;
    let skipped = everyRecord ? start : 0;
    while (end > 0 && skipped < start) if (selection.has(order[--end] as number)) skipped++;
    let skip = 0;
    if (end > 0 && end < order.length) {
      const top = this.#runEnd(end - 1);
      for (let i = end; i < top; i++) if (selection.has(order[i] as number)) skip++;
      end = top;
    }
    while (end > 0 && out.length < count) {
      const begin = this.#runStart(end - 1);
      for (let i = begin; i < end && out.length < count; i++) {
        const slot = order[i] as number;
        if (!selection.has(slot)) continue;
        if (skip > 0) skip--;
        else out.push(slot);
      }
      end = begin;
    }
    return out;
  }

  added(slot: number, record: T): void {
    this.#order.splice(this.#position(slot, this.#valueOf(record)), 0, slot);
  }

  removed(slot: number, record: T): void {
    const at = this.#position(slot, this.#valueOf(record));
    if (this.#order[at] === slot) this.#order.splice(at, 1);
  }

  changed(slot: number, previous: T, next: T): void {
    if (compareValues(this.#valueOf(previous), this.#valueOf(next)) === 0) return;
    this.removed(slot, previous);
    this.added(slot, next);
  }

  #valueOf(record: T): unknown {
    return (record as Record<string, unknown>)[this.#field];
  }

  #valueAt(slot: number): unknown {
    const record = this.#recordAt(slot);
    return record === undefined ? undefined : this.#valueOf(record);
  }

  /** The first position of the run of entries whose value equals the one at `at` (galloping back from `at`). */
  #runStart(at: number): number {
    const value = this.#valueAt(this.#order[at] as number);
    let inRun = at;
    let step = 1;
    // Widen the step until an entry before the run (or the start) is found, then search between.
    while (inRun - step >= 0 && compareValues(this.#valueAt(this.#order[inRun - step] as number), value) === 0) {
      inRun -= step;
      step *= 2;
    }
    let lo = Math.max(0, inRun - step);
    let hi = inRun;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareValues(this.#valueAt(this.#order[mid] as number), value) === 0) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The position after the run of entries whose value equals the one at `at` (galloping forward from `at`). */
  #runEnd(at: number): number {
    const order = this.#order;
    const value = this.#valueAt(order[at] as number);
    let inRun = at;
    let step = 1;
    while (inRun + step < order.length && compareValues(this.#valueAt(order[inRun + step] as number), value) === 0) {
      inRun += step;
      step *= 2;
    }
    let lo = inRun + 1;
    let hi = Math.min(order.length, inRun + step);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareValues(this.#valueAt(order[mid] as number), value) === 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Where (value, slot) is or would go: the first entry not before it. */
  #position(slot: number, value: unknown): number {
    const order = this.#order;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = order[mid] as number;
      if (other === slot) return mid;
      const cmp = compareValues(this.#valueAt(other), value) || other - slot;
      if (cmp < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
