import { Bitset } from './bitset.js';
import type { SlotIndex } from './slot-index.js';

/** The slots holding one value, unordered, in a growable typed array. */
interface SlotList {
  slots: Int32Array;
  length: number;
}

/**
 * The slots of the records holding each value of one field: an exact filter (`status=0`), a
 * department's members, a user's personal contacts. Each value keeps its slots in a typed array
 * (added and removed in O(1)); a bit set of a value is made on first request and then kept up
 * to date, so low-cardinality fields (status, adminType) filter by word operations while
 * high-cardinality ones (deptCode) cost nothing until asked.
 */
export class ValueIndex<T extends object> implements SlotIndex<T> {
  readonly #field: string;
  readonly #lists = new Map<unknown, SlotList>();
  readonly #bits = new Map<unknown, Bitset>();
  /** The lists of the values of an array given to {@link select} and of the other values, while no value is new. */
  readonly #resolved = new WeakMap<readonly unknown[], { readonly values: number; readonly inside: SlotList[]; readonly outside: SlotList[] }>();
  /** Number of values that ever had a list (lists are kept when they empty). */
  #values = 0;
  #version = 0;
  /** Where each slot sits in its value's list. */
  #positions = new Int32Array(1024);
  #total = 0;

  constructor(field: string, records: Iterable<readonly [slot: number, record: T]>) {
    this.#field = field;
    for (const [slot, record] of records) this.added(slot, record);
  }

  /** Incremented whenever a record enters or leaves a value (not when a record changes other fields). */
  get version(): number {
    return this.#version;
  }

  /** Calls `visit` with each slot whose field equals `value`, in no particular order. */
  each(value: unknown, visit: (slot: number) => void): void {
    const list = this.#lists.get(value);
    if (list) for (let i = 0; i < list.length; i++) visit(list.slots[i] as number);
  }

  /** Number of records whose field equals `value`. */
  count(value: unknown): number {
    return this.#lists.get(value)?.length ?? 0;
  }

  /** The slots whose field equals `value`, in no particular order (a copy). */
  slots(value: unknown): number[] {
    const list = this.#lists.get(value);
    return list ? Array.from(list.slots.subarray(0, list.length)) : [];
  }

  /** The same slots as a new set (prefer {@link count} to test for presence). */
  members(value: unknown): ReadonlySet<number> {
    return new Set(this.slots(value));
  }

  /** The slots whose field equals `value`, as a bit set (shared: clone it before changing it). */
  bitset(value: unknown): Bitset {
    let bits = this.#bits.get(value);
    if (!bits) {
      bits = new Bitset();
      const list = this.#lists.get(value);
      if (list) for (let i = 0; i < list.length; i++) bits.add(list.slots[i] as number);
      this.#bits.set(value, bits);
    }
    return bits;
  }

  /**
   * The slots holding any of `values`, as a new bit set, or as the set of the slots holding
   * none of them (`negated`) when that one is smaller to build: a large department subtree
   * costs the members of the departments outside it.
   */
  select(values: readonly unknown[]): { readonly bits: Bitset; readonly negated: boolean } {
    // The same array (a cached department subtree) resolves to the same lists until a value is new.
    let resolved = this.#resolved.get(values);
    if (!resolved || resolved.values !== this.#values) {
      const wanted = new Set(values);
      const inside: SlotList[] = [];
      const outside: SlotList[] = [];
      for (const [value, list] of this.#lists) (wanted.has(value) ? inside : outside).push(list);
      resolved = { values: this.#values, inside, outside };
      this.#resolved.set(values, resolved);
    }
    let count = 0;
    for (const list of resolved.inside) count += list.length;
    const negated = count * 2 > this.#total;
    const bits = new Bitset(this.#positions.length);
    for (const list of negated ? resolved.outside : resolved.inside) {
      const slots = list.slots;
      for (let i = 0; i < list.length; i++) bits.add(slots[i] as number);
    }
    return { bits, negated };
  }

  added(slot: number, record: T): void {
    const value = (record as Record<string, unknown>)[this.#field];
    let list = this.#lists.get(value);
    if (!list) {
      this.#lists.set(value, (list = { slots: new Int32Array(4), length: 0 }));
      this.#values++;
    }
    if (list.length === list.slots.length) {
      const grown = new Int32Array(list.slots.length * 2);
      grown.set(list.slots);
      list.slots = grown;
    }
    if (slot >= this.#positions.length) {
      const grown = new Int32Array(Math.max(slot + 1, this.#positions.length * 2));
      grown.set(this.#positions);
      this.#positions = grown;
    }
    this.#positions[slot] = list.length;
    list.slots[list.length++] = slot;
    this.#total++;
    this.#version++;
    this.#bits.get(value)?.add(slot);
  }

  removed(slot: number, record: T): void {
    const value = (record as Record<string, unknown>)[this.#field];
    const list = this.#lists.get(value);
    if (!list) return;
    const at = this.#positions[slot] as number;
    if (list.slots[at] !== slot) return;
    const last = list.slots[--list.length] as number;
    list.slots[at] = last;
    this.#positions[last] = at;
    this.#total--;
    this.#version++;
    this.#bits.get(value)?.delete(slot);
  }

  changed(slot: number, previous: T, next: T): void {
    if ((previous as Record<string, unknown>)[this.#field] === (next as Record<string, unknown>)[this.#field]) return;
    this.removed(slot, previous);
    this.added(slot, next);
  }
}
