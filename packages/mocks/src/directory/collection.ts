/**
 * An insertion-ordered, keyed set of records with a cached array view, so list queries on a
 * large directory do not copy the map on every request.
 */
export class Collection<T extends object> {
  readonly #records = new Map<string, T>();
  readonly #keyOf: (record: T) => string;
  readonly #create: (partial: Partial<T>) => T;
  readonly #onChange: () => void;
  #cache: readonly T[] | null = null;

  /**
   * @param keyOf returns the unique key of a record (e.g. `userAccount`)
   * @param create fills in a full record from a partial one (deterministic defaults)
   * @param onChange called after every change
   */
  constructor(keyOf: (record: T) => string, create: (partial: Partial<T>) => T, onChange: () => void = () => {}) {
    this.#keyOf = keyOf;
    this.#create = create;
    this.#onChange = onChange;
  }

  /** Number of records. */
  get size(): number {
    return this.#records.size;
  }

  /** Every record, in insertion order. The array is shared: do not mutate it. */
  all(): readonly T[] {
    this.#cache ??= Array.from(this.#records.values());
    return this.#cache;
  }

  /** The record with this key, or undefined. */
  get(key: string): T | undefined {
    return this.#records.get(key);
  }

  /** The first record matching a predicate, or undefined. */
  find(predicate: (record: T) => boolean): T | undefined {
    return this.all().find(predicate);
  }

  /**
   * Adds a record; missing fields are generated. Throws when the key is already taken.
   * @example directory.users.add({ name: '张伟', adminType: 1 })
   */
  add(partial: Partial<T> = {}): T {
    const record = this.#create(partial);
    const key = this.#keyOf(record);
    if (this.#records.has(key)) throw new Error(`a record with key "${key}" already exists; remove it first or choose another key`);
    this.#records.set(key, record);
    this.#changed();
    return record;
  }

  /** Replaces fields of an existing record; returns the updated record. */
  update(key: string, patch: Partial<T>): T {
    const current = this.#records.get(key);
    if (!current) throw new Error(`no record with key "${key}"`);
    const next = { ...current, ...patch };
    const nextKey = this.#keyOf(next);
    if (nextKey !== key) {
      if (this.#records.has(nextKey)) throw new Error(`a record with key "${nextKey}" already exists`);
      this.#records.delete(key);
    }
    this.#records.set(nextKey, next);
    this.#changed();
    return next;
  }

  /** Removes the record with this key; returns whether one was removed. */
  remove(key: string): boolean {
    const removed = this.#records.delete(key);
    if (removed) this.#changed();
    return removed;
  }

  /** Removes every record. */
  clear(): void {
    this.#records.clear();
    this.#changed();
  }

  /** Replaces all records at once (used by reset). */
  replaceAll(records: Iterable<T>): void {
    this.#records.clear();
    for (const record of records) this.#records.set(this.#keyOf(record), record);
    this.#changed();
  }

  #changed(): void {
    this.#cache = null;
    this.#onChange();
  }
}
