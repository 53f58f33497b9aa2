import { Bitset } from './bitset.js';
import type { SlotIndex } from './slot-index.js';
import { SortIndex } from './sort-index.js';
import { TextIndex } from './text-index.js';
import { ValueIndex } from './value-index.js';
import { refuse, written, type Refusal, type RefusalReason, type WriteResult } from './write-result.js';

/** The rules a collection of the store enforces on every write, whichever API makes it. */
export interface CollectionRules<T> {
  /** Refusal reasons for a key already taken (add) and a key not found (update, remove). */
  readonly taken: RefusalReason;
  readonly missing: RefusalReason;
  /** What the records are, for messages ("user", "department"). */
  readonly noun: string;
  /**
   * Checks a write before it happens: `next` undefined for a removal, `previous` undefined for
   * an addition. Returns the refusal, or null to go ahead.
   */
  check?(next: T | undefined, previous: T | undefined): Refusal | null;
  /** Runs after a write (cascades such as the paths of sub-departments). */
  after?(next: T | undefined, previous: T | undefined): void;
  /** Runs after every change, including `clear` and `replaceAll`. */
  changed?(): void;
  /** Recomputes derived fields of a record about to be written (a department's path). */
  derive?(record: T): T;
  /** Fields worth an exact-value index (low cardinality or often looked up). */
  readonly indexed?: readonly string[];
  /**
   * Makes, in place, fields a record leaves to its first read (a generated user's meeting
   * rooms): every record the table hands out, or merges into an update, has been through it.
   * Indexes read records without it, so it must not change an indexed or searched field.
   */
  complete?(record: T): void;
}

/** Holes (removed slots) tolerated before the slots are renumbered, at least. */
const MIN_HOLES_BEFORE_COMPACTION = 1024;

/**
 * An insertion-ordered, keyed set of records: one of the store's tables. Records live in slots
 * (their insertion order); indexes over the slots (exact values, text, sort orders) are built
 * on first use and kept up to date on every write, so reads see every write at once without a
 * rebuild. Writes go through the table's rules: the `try*` methods answer a typed
 * {@link WriteResult}; `add`, `update` and `remove` throw the refusal instead.
 */
export class Collection<T extends object> {
  readonly #keyOf: (record: T) => string;
  readonly #create: (partial: Partial<T>) => T;
  readonly #rules: CollectionRules<T>;
  #rows: (T | undefined)[] = [];
  #slots = new Map<string, number>();
  #live = new Bitset();
  #holes = 0;
  #cache: readonly T[] | null = null;
  #indexes = new Map<string, SlotIndex<T>>();
  #pending: (() => Iterable<T>) | null = null;

  /**
   * @param keyOf returns the unique key of a record (e.g. `userAccount`)
   * @param create fills in a full record from a partial one (deterministic defaults)
   * @param rules the table's rules, or a function called after every change
   */
  constructor(keyOf: (record: T) => string, create: (partial: Partial<T>) => T, rules: CollectionRules<T> | (() => void) = () => {}) {
    this.#keyOf = keyOf;
    this.#create = create;
    this.#rules = typeof rules === 'function' ? { taken: 'key-taken', missing: 'record-not-found', noun: 'record', changed: rules } : rules;
  }

  /** Whether the records are still to be generated (see {@link replaceAllLazily}). */
  get pending(): boolean {
    return this.#pending !== null;
  }

  /** Number of records. */
  get size(): number {
    this.#ready();
    return this.#slots.size;
  }

  /** Every record, in insertion order. The array is shared until the next change: do not mutate it. */
  all(): readonly T[] {
    this.#ready();
    if (!this.#cache) {
      const out: T[] = [];
      for (const record of this.#rows) if (record !== undefined) out.push(this.#complete(record));
      this.#cache = out;
    }
    return this.#cache;
  }

  /** Every key, in insertion order. */
  keys(): IterableIterator<string> {
    this.#ready();
    return this.#slots.keys();
  }

  /** The record with this key, or undefined. */
  get(key: string): T | undefined {
    this.#ready();
    const slot = this.#slots.get(key);
    return slot === undefined ? undefined : this.#at(slot);
  }

  /** Whether a record has this key. */
  has(key: string): boolean {
    this.#ready();
    return this.#slots.has(key);
  }

  /** The first record matching a predicate, or undefined. */
  find(predicate: (record: T) => boolean): T | undefined {
    this.#ready();
    for (let slot = 0; slot < this.#rows.length; slot++) {
      const record = this.#at(slot);
      if (record !== undefined && predicate(record)) return record;
    }
    return undefined;
  }

  /**
   * Adds a record; missing fields are generated. Throws when the table's rules refuse it (a key
   * already taken, a department that does not exist, ...).
   * @example directory.users.add({ name: '张伟', adminType: 1 })
   */
  add(partial: Partial<T> = {}): T {
    return orThrow(this.tryAdd(partial));
  }

  /** Replaces fields of an existing record; returns the updated record. Throws when refused. */
  update(key: string, patch: Partial<T>): T {
    return orThrow(this.tryUpdate(key, patch));
  }

  /** Removes the record with this key; returns whether one was removed. Throws when refused. */
  remove(key: string): boolean {
    const result = this.tryRemove(key);
    if (!result.ok && result.reason === this.#rules.missing) return false;
    orThrow(result);
    return true;
  }

  /** Adds a record (missing fields generated), or answers why not. */
  tryAdd(partial: Partial<T> = {}): WriteResult<T> {
    this.#ready();
    const created = this.#create(partial);
    const record = this.#complete(this.#rules.derive ? this.#rules.derive(created) : created);
    const key = this.#keyOf(record);
    if (this.#slots.has(key)) return refuse(this.#rules.taken, key, `a ${this.#rules.noun} with key "${key}" already exists; remove it first or choose another key`);
    const refusal = this.#rules.check?.(record, undefined);
    if (refusal) return refusal;
    this.#insert(record);
    this.#rules.after?.(record, undefined);
    this.#changed();
    return written(record);
  }

  /** Replaces fields of the record with this key, or answers why not. */
  tryUpdate(key: string, patch: Partial<T>): WriteResult<T> {
    this.#ready();
    const slot = this.#slots.get(key);
    const previous = slot === undefined ? undefined : this.#at(slot);
    if (slot === undefined || previous === undefined) return refuse(this.#rules.missing, key, `no ${this.#rules.noun} with key "${key}"`);
    const merged = { ...previous, ...patch };
    const next = this.#rules.derive ? this.#rules.derive(merged) : merged;
    const nextKey = this.#keyOf(next);
    if (nextKey !== key && this.#slots.has(nextKey)) return refuse(this.#rules.taken, nextKey, `a ${this.#rules.noun} with key "${nextKey}" already exists`);
    const refusal = this.#rules.check?.(next, previous);
    if (refusal) return refusal;
    this.#replace(slot, key, previous, next);
    this.#rules.after?.(next, previous);
    this.#changed();
    return written(next);
  }

  /** Removes the record with this key, or answers why not. */
  tryRemove(key: string): WriteResult<T> {
    this.#ready();
    const slot = this.#slots.get(key);
    const previous = slot === undefined ? undefined : this.#at(slot);
    if (slot === undefined || previous === undefined) return refuse(this.#rules.missing, key, `no ${this.#rules.noun} with key "${key}"`);
    const refusal = this.#rules.check?.(undefined, previous);
    if (refusal) return refusal;
    this.#delete(slot, key, previous);
    this.#rules.after?.(undefined, previous);
    this.#changed();
    return written(previous);
  }

  /**
   * Replaces existing records in place by key, unchecked, with one change notification: the
   * rules' cascades of derived fields (the paths of a renamed department's sub-departments).
   */
  replaceDerived(records: readonly T[]): void {
    this.#ready();
    for (const record of records) {
      const key = this.#keyOf(record);
      const slot = this.#slots.get(key);
      const previous = slot === undefined ? undefined : this.#rows[slot];
      if (slot === undefined || previous === undefined) throw new Error(`no ${this.#rules.noun} with key "${key}"`);
      this.#replace(slot, key, previous, record);
    }
    if (records.length > 0) this.#changed();
  }

  /** Removes every record (the rules are not asked: clear dependent tables first). */
  clear(): void {
    this.replaceAll([]);
  }

  /** Replaces all records at once, unchecked (used by reset and loading). */
  replaceAll(records: Iterable<T>): void {
    this.#pending = null;
    this.#fill(records);
    this.#changed();
  }

  /**
   * Replaces all records with the ones `source` gives when the table is first read: seeding a
   * large table costs nothing until a request or a test looks at it.
   */
  replaceAllLazily(source: () => Iterable<T>): void {
    this.#pending = source;
    this.#rows = [];
    this.#slots = new Map();
    this.#live = new Bitset();
    this.#indexes = new Map();
    this.#cache = null;
    this.#rules.changed?.();
  }

  /** Whether `field` is one of the fields the rules want an exact-value index for. */
  isIndexed(field: string): boolean {
    return this.#rules.indexed?.includes(field) ?? false;
  }

  /** A new bit set of every record's slot: the start of a query. */
  select(): Bitset {
    this.#ready();
    return this.#live.clone();
  }

  /** The record in `slot`, or undefined. */
  at(slot: number): T | undefined {
    this.#ready();
    return this.#at(slot);
  }

  /** The records in these slots, in this order. */
  atSlots(slots: readonly number[]): T[] {
    this.#ready();
    return slots.map((slot) => this.#at(slot) as T);
  }

  /** The index of the records by the value of `field` (built on first use, then kept). */
  valueIndex(field: keyof T & string): ValueIndex<T> {
    return this.#index(`value:${field}`, (rows) => new ValueIndex(field, rows));
  }

  /** The case-insensitive substring index over `fields` (built on first use, then kept). */
  textIndex(fields: readonly string[]): TextIndex<T> {
    return this.#index(`text:${fields.join('\u0000')}`, (rows) => new TextIndex(fields, rows, (slot) => this.#rows[slot]));
  }

  /** The order of the records by `field` (built on first use, then kept). */
  sortIndex(field: keyof T & string): SortIndex<T> {
    return this.#index(`sort:${field}`, (rows) => new SortIndex(field, rows, (slot) => this.#rows[slot]));
  }

  #index<I extends SlotIndex<T>>(name: string, build: (rows: Iterable<readonly [number, T]>) => I): I {
    this.#ready();
    let index = this.#indexes.get(name) as I | undefined;
    if (!index) {
      index = build(this.#entries());
      this.#indexes.set(name, index);
    }
    return index;
  }

  *#entries(): Generator<readonly [number, T]> {
    const rows = this.#rows;
    for (let slot = 0; slot < rows.length; slot++) {
      const record = rows[slot];
      if (record !== undefined) yield [slot, record];
    }
  }

  /** The record in `slot`, completed (see {@link CollectionRules.complete}). */
  #at(slot: number): T | undefined {
    const record = this.#rows[slot];
    return record === undefined ? undefined : this.#complete(record);
  }

  #complete(record: T): T {
    this.#rules.complete?.(record);
    return record;
  }

  #ready(): void {
    if (this.#pending === null) return;
    const source = this.#pending;
    this.#pending = null;
    this.#fill(source());
  }

  #fill(records: Iterable<T>): void {
    this.#rows = [];
    this.#slots = new Map();
    this.#indexes = new Map();
    this.#holes = 0;
    this.#cache = null;
    for (const record of records) {
      const key = this.#keyOf(record);
      const existing = this.#slots.get(key);
      if (existing === undefined) {
        this.#slots.set(key, this.#rows.length);
        this.#rows.push(record);
      } else {
        // A repeated key keeps its first place and the last record, as a Map would.
        this.#rows[existing] = record;
      }
    }
    this.#live = new Bitset(this.#rows.length);
    for (let slot = 0; slot < this.#rows.length; slot++) this.#live.add(slot);
  }

  #insert(record: T): void {
    const slot = this.#rows.length;
    this.#rows.push(record);
    this.#slots.set(this.#keyOf(record), slot);
    this.#live.add(slot);
    for (const index of this.#indexes.values()) index.added(slot, record);
  }

  #replace(slot: number, key: string, previous: T, next: T): void {
    const nextKey = this.#keyOf(next);
    if (nextKey !== key) {
      this.#slots.delete(key);
      this.#slots.set(nextKey, slot);
    }
    this.#rows[slot] = next;
    for (const index of this.#indexes.values()) index.changed(slot, previous, next);
  }

  #delete(slot: number, key: string, previous: T): void {
    this.#rows[slot] = undefined;
    this.#slots.delete(key);
    this.#live.delete(slot);
    for (const index of this.#indexes.values()) index.removed(slot, previous);
    this.#holes++;
    this.#cache = null;
    if (this.#holes >= MIN_HOLES_BEFORE_COMPACTION && this.#holes > this.#slots.size) this.#fill(this.#rows.filter((row) => row !== undefined));
  }

  #changed(): void {
    this.#cache = null;
    this.#rules.changed?.();
  }
}

/** The written value, or the refusal thrown as an Error with its message. */
export function orThrow<T>(result: WriteResult<T>): T {
  if (result.ok) return result.value;
  throw new Error(result.message);
}
