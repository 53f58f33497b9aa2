import type { Bitset } from './bitset.js';
import type { Collection } from './collection.js';

/** A sort order for a page: a field and a direction (ties stay in insertion order). */
export interface SortOrder<T> {
  readonly field: keyof T & string;
  readonly descending?: boolean | undefined;
}

/**
 * The records of one table that a query keeps, as a bit set over its slots: each step narrows
 * it with an index where the table has one (exact values, text) and with a predicate where it
 * has not; the result is counted and paged without copying the records.
 * @example
 * const page = new Selection(directory.users).whereEquals('status', [0]).matching(['name'], '王').page(0, 10);
 */
export class Selection<T extends object> {
  readonly #table: Collection<T>;
  readonly #bits: Bitset;

  constructor(table: Collection<T>, bits: Bitset = table.select()) {
    this.#table = table;
    this.#bits = bits;
  }

  /** The table selected from. */
  get table(): Collection<T> {
    return this.#table;
  }

  /** Keeps the slots in `bits`. */
  whereIn(bits: Bitset): this {
    this.#bits.and(bits);
    return this;
  }

  /** Drops the slots in `bits`. */
  whereNotIn(bits: Bitset): this {
    this.#bits.andNot(bits);
    return this;
  }

  /** Keeps the records whose `field` is one of `values` (strict equality). */
  whereEquals(field: keyof T & string, values: readonly unknown[]): this {
    if (!this.#table.isIndexed(field)) return this.where((record) => values.includes(record[field]));
    const index = this.#table.valueIndex(field);
    if (values.length === 1) return this.whereIn(index.bitset(values[0]));
    const { bits, negated } = index.select(values);
    return negated ? this.whereNotIn(bits) : this.whereIn(bits);
  }

  /** Drops the records whose `field` is one of `values`. */
  whereNot(field: keyof T & string, values: readonly unknown[]): this {
    if (!this.#table.isIndexed(field)) return this.where((record) => !values.includes(record[field]));
    const index = this.#table.valueIndex(field);
    if (values.length === 1) return this.whereNotIn(index.bitset(values[0]));
    const { bits, negated } = index.select(values);
    return negated ? this.whereIn(bits) : this.whereNotIn(bits);
  }

  /** Keeps the records for which `keep` is true. */
  where(keep: (record: T) => boolean): this {
    const table = this.#table;
    this.#bits.retain((slot) => keep(table.at(slot) as T));
    return this;
  }

  /** Keeps the records with one of `fields` containing `key`, ignoring case (an empty key keeps all). */
  matching(fields: readonly string[], key: string): this {
    if (key === '') return this;
    const found = this.#table.textIndex(fields).matching(key, this.#bits);
    this.#bits.and(found);
    return this;
  }

  /** Number of records selected. */
  count(): number {
    return this.#bits.count();
  }

  /**
   * The records at positions `start` to `start + count - 1`: in insertion order, or in `sort` order.
   * @example selection.page(20, 10, { field: 'sortLevel' })
   */
  page(start: number, count: number, sort?: SortOrder<T>): T[] {
    const slots = sort ? this.#table.sortIndex(sort.field).page(this.#bits, start, count, sort.descending === true) : this.#bits.slice(start, count);
    return this.#table.atSlots(slots);
  }
}
