import { Bitset } from './bitset.js';
import { fold } from './fold.js';
import type { SlotIndex } from './slot-index.js';

/** Joins a record's folded fields; a key without it can only match inside one field. */
const SEPARATOR = '\u0000';

/** The slots holding one character pair, in the order they were added (may hold stale slots). */
interface SlotList {
  slots: Int32Array;
  length: number;
}

/**
 * Case-insensitive substring search over some fields of a collection (`x-search`, fuzzy
 * filters). Each record's folded fields are kept joined; each character has the bit set of the
 * records holding it (exact for a one-character key such as "王"), and each pair of adjacent
 * characters in a field the list of records holding it. A longer key's candidates are the AND
 * of its pairs' sets, and only those are checked with `includes`. A key matches a record when
 * one field contains it; it never matches across two fields.
 */
export class TextIndex<T extends object> implements SlotIndex<T> {
  readonly #fields: readonly string[];
  readonly #recordAt: (slot: number) => T | undefined;
  readonly #texts: string[] = [];
  readonly #chars: (Bitset | undefined)[] = [];
  /** Pair lists by first then second character; a changed record leaves its old pairs behind (checked away). */
  readonly #pairs: (Map<number, SlotList> | undefined)[] = [];
  /** Bit sets of the pairs many records hold, kept up to date once made. */
  readonly #pairBits = new Map<SlotList, Bitset>();
  /** Whether a record was changed or removed since the index was built (pair lists hold stale slots). */
  #stale = false;
  #slots = 0;

  constructor(fields: readonly string[], records: Iterable<readonly [slot: number, record: T]>, recordAt: (slot: number) => T | undefined) {
    this.#fields = fields;
    this.#recordAt = recordAt;
    for (const [slot, record] of records) this.added(slot, record);
  }

  /**
   * A new bit set of the slots of `within` whose record has a field containing `key`, ignoring case.
   * @example index.matching('王', users.select()).count()
   */
  matching(key: string, within: Bitset): Bitset {
    const needle = fold(key);
    if (needle === '') return within.clone();
    if (needle.includes(SEPARATOR)) return this.#byCharacters(needle, within).retain((slot) => this.#fieldContains(slot, needle));
    if (needle.length === 1) return this.#byCharacters(needle, within);
    const lists: SlotList[] = [];
    for (let i = 0; i + 1 < needle.length; i++) {
      const list = this.#pairs[needle.charCodeAt(i)]?.get(needle.charCodeAt(i + 1));
      if (!list) return new Bitset();
      if (!lists.includes(list)) lists.push(list);
    }
    const found = within.clone();
    for (const list of lists) found.and(this.#pairBitset(list));
    // A two-character key is one pair: its set is exact unless records changed since.
    if (needle.length === 2 && !this.#stale) return found;
    const texts = this.#texts;
    return found.retain((slot) => (texts[slot] as string).includes(needle));
  }

  added(slot: number, record: T): void {
    const text = this.#textOf(record);
    this.#texts[slot] = text;
    if (slot >= this.#slots) this.#slots = slot + 1;
    const chars = this.#chars;
    let previous = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code !== 0) {
        let bits = chars[code];
        if (!bits) chars[code] = bits = new Bitset(this.#slots);
        bits.add(slot);
        if (previous !== 0) this.#addPair(previous, code, slot);
      }
      previous = code;
    }
  }

  removed(slot: number): void {
    const text = this.#texts[slot];
    if (text === undefined) return;
    for (let i = 0; i < text.length; i++) this.#chars[text.charCodeAt(i)]?.delete(slot);
    this.#texts[slot] = '';
    this.#stale = true;
  }

  changed(slot: number, previous: T, next: T): void {
    const fields = this.#fields as readonly (keyof T)[];
    if (fields.every((field) => previous[field] === next[field])) return;
    this.removed(slot);
    this.added(slot, next);
  }

  #addPair(first: number, second: number, slot: number): void {
    let bySecond = this.#pairs[first];
    if (!bySecond) this.#pairs[first] = bySecond = new Map();
    let list = bySecond.get(second);
    if (!list) bySecond.set(second, (list = { slots: new Int32Array(4), length: 0 }));
    if (list.length > 0 && list.slots[list.length - 1] === slot) return;
    if (list.length === list.slots.length) {
      const grown = new Int32Array(list.slots.length * 2);
      grown.set(list.slots);
      list.slots = grown;
    }
    list.slots[list.length++] = slot;
    this.#pairBits.get(list)?.add(slot);
  }

  /** A pair's slots as a bit set: kept for pairs many records hold, made for the occasion otherwise. */
  #pairBitset(list: SlotList): Bitset {
    let bits = this.#pairBits.get(list);
    if (bits) return bits;
    bits = new Bitset(this.#slots);
    for (let i = 0; i < list.length; i++) bits.add(list.slots[i] as number);
    if (list.length * 64 > this.#slots) this.#pairBits.set(list, bits);
    return bits;
  }

  #byCharacters(needle: string, within: Bitset): Bitset {
    const found = within.clone();
    for (let i = 0; i < needle.length; i++) {
      const code = needle.charCodeAt(i);
      if (code === 0) continue;
      const bits = this.#chars[code];
      if (!bits) return new Bitset();
      found.and(bits);
    }
    return found;
  }

  #textOf(record: T): string {
    let text = '';
    for (let j = 0; j < this.#fields.length; j++) {
      const value = (record as Record<string, unknown>)[this.#fields[j] as string];
      if (j > 0) text += SEPARATOR;
      if (value !== null && value !== undefined) text += fold(String(value));
    }
    return text;
  }

  #fieldContains(slot: number, needle: string): boolean {
    const record = this.#recordAt(slot) as Record<string, unknown> | undefined;
    if (!record) return false;
    return this.#fields.some((field) => {
      const value = record[field];
      return value !== null && value !== undefined && fold(String(value)).includes(needle);
    });
  }
}
