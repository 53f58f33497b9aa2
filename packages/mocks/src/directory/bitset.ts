/**
 * A growable set of small non-negative integers (a collection's slots), one bit each. Indexes
 * keep one per value; a query ANDs them word by word and counts or pages the result, so a
 * filter over 100,000 records costs a few thousand word operations instead of a scan.
 */
export class Bitset {
  #words: Uint32Array;

  constructor(capacity = 0) {
    this.#words = new Uint32Array(Math.max(1, Math.ceil(capacity / 32)));
  }

  /** A copy of this set. */
  clone(): Bitset {
    const copy = new Bitset(0);
    copy.#words = this.#words.slice();
    return copy;
  }

  /** Whether `slot` is in the set. */
  has(slot: number): boolean {
    return ((this.#words[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0;
  }

  /** Adds `slot`. */
  add(slot: number): void {
    const word = slot >>> 5;
    if (word >= this.#words.length) this.#grow(word + 1);
    (this.#words[word] as number) |= 1 << (slot & 31);
  }

  /** Removes `slot`. */
  delete(slot: number): void {
    const word = slot >>> 5;
    if (word < this.#words.length) (this.#words[word] as number) &= ~(1 << (slot & 31));
  }

  /** Keeps only the slots also in `other`. */
  and(other: Bitset): this {
    const mine = this.#words;
    const theirs = other.#words;
    const shared = Math.min(mine.length, theirs.length);
    for (let i = 0; i < shared; i++) (mine[i] as number) &= theirs[i] as number;
    mine.fill(0, shared);
    return this;
  }

  /** Removes the slots that are in `other`. */
  andNot(other: Bitset): this {
    const mine = this.#words;
    const theirs = other.#words;
    const shared = Math.min(mine.length, theirs.length);
    for (let i = 0; i < shared; i++) (mine[i] as number) &= ~(theirs[i] as number);
    return this;
  }

  /** Adds the slots of `other`. */
  or(other: Bitset): this {
    const theirs = other.#words;
    if (theirs.length > this.#words.length) this.#grow(theirs.length);
    const mine = this.#words;
    for (let i = 0; i < theirs.length; i++) (mine[i] as number) |= theirs[i] as number;
    return this;
  }

  /** Removes every slot for which `keep` is false. */
  retain(keep: (slot: number) => boolean): this {
    const words = this.#words;
    for (let w = 0; w < words.length; w++) {
      let word = words[w] as number;
      if (word === 0) continue;
      let kept = word;
      while (word !== 0) {
        const low = word & -word;
        const slot = (w << 5) + 31 - Math.clz32(low);
        if (!keep(slot)) kept &= ~low;
        word ^= low;
      }
      words[w] = kept;
    }
    return this;
  }

  /** Number of slots in the set. */
  count(): number {
    let total = 0;
    const words = this.#words;
    for (let i = 0; i < words.length; i++) if (words[i] !== 0) total += popcount(words[i] as number);
    return total;
  }

  /** Calls `visit` with each slot, in increasing order. */
  forEach(visit: (slot: number) => void): void {
    const words = this.#words;
    for (let w = 0; w < words.length; w++) {
      let word = words[w] as number;
      while (word !== 0) {
        const low = word & -word;
        visit((w << 5) + 31 - Math.clz32(low));
        word ^= low;
      }
    }
  }

  /**
   * The slots at positions `start` to `start + count - 1` of the set in increasing order
   * (fewer at the end): whole words are skipped by their bit count, so a deep page is cheap.
   * @example set.slice(50, 10) // the 51st to 60th smallest slots
   */
  slice(start: number, count: number): number[] {
    const out: number[] = [];
    if (count <= 0) return out;
    const words = this.#words;
    let skip = start;
    for (let w = 0; w < words.length && out.length < count; w++) {
      let word = words[w] as number;
      if (word === 0) continue;
      if (skip > 0) {
        const bits = popcount(word);
        if (skip >= bits) {
          skip -= bits;
          continue;
        }
      }
      while (word !== 0 && out.length < count) {
        const low = word & -word;
        if (skip > 0) skip--;
        else out.push((w << 5) + 31 - Math.clz32(low));
        word ^= low;
      }
    }
    return out;
  }

  #grow(words: number): void {
    const grown = new Uint32Array(Math.max(words, this.#words.length * 2));
    grown.set(this.#words);
    this.#words = grown;
  }
}

/** Number of bits set in a 32-bit integer. */
function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
