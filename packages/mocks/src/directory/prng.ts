/**
 * A small, fast, seedable pseudo-random number generator (sfc32 seeded through splitmix32).
 * Deterministic across platforms: the same seed always yields the same sequence, so a
 * directory built from a seed is reproducible in Node, in a browser and in the pipeline.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** `length` lower-case hexadecimal digits, after `prefix` (one flat string, as `prefix + hex(length)`). */
  hex(length: number, prefix?: string): string;
  /** `length` decimal digits (the first one is never 0), after `prefix` (one flat string, as `prefix + digits(length)`). */
  digits(length: number, prefix?: string): string;
  /** An independent generator derived from this one and a label, for stable sub-streams. */
  fork(label: string): Random;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a hash of a string, used to derive sub-stream seeds from labels. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Creates a deterministic random generator from an integer seed.
 * @example
 * const random = createRandom(42);
 * random.int(1, 6); // always the same value for seed 42
 */
export function createRandom(seed: number): Random {
  const init = splitmix32(seed);
  // The four state words live in a typed array: numbers of 2^31 and more kept in closure
  // variables would be boxed on every draw (most of the cost of seeding a large directory).
  const state = new Uint32Array([init(), init(), init(), init()]);
  const nextUint = (): number => {
    const a = state[0] as number;
    const b = state[1] as number;
    const c = state[2] as number;
    const d = state[3] as number;
    const t = (a + b + d) >>> 0;
    state[3] = d + 1;
    state[0] = b ^ (b >>> 9);
    state[1] = c + (c << 3);
    const rotated = ((c << 21) | (c >>> 11)) >>> 0;
    state[2] = rotated + t;
    return t;
  };
  for (let i = 0; i < 12; i++) nextUint();

  const random: Random = {
    next: () => nextUint() / 4294967296,
    int: (min, max) => min + Math.floor((nextUint() / 4294967296) * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick() needs a non-empty array');
      return items[Math.floor((nextUint() / 4294967296) * items.length)] as (typeof items)[number];
    },
    chance: (p) => nextUint() / 4294967296 < p,
    hex: (length, prefix = '') => {
      // Eight hex digits per 32-bit draw, most significant first; built from char codes in one
      // go (Number#toString(16) on the draws was most of the time of seeding a large directory).
      const codes = withPrefix(prefix, length);
      for (let at = 0; at < length; at += 8) {
        const value = nextUint();
        for (let shift = 28, i = at; shift >= 0 && i < length; shift -= 4, i++) codes[prefix.length + i] = HEX_CODES[(value >>> shift) & 15] as number;
      }
      return String.fromCharCode.apply(null, codes);
    },
    digits: (length, prefix = '') => {
      // One draw per digit, the first never 0.
      if (prefix === '' && length <= 15) {
        let value = 1 + Math.floor((nextUint() / 4294967296) * 9);
        for (let i = 1; i < length; i++) value = value * 10 + Math.floor((nextUint() / 4294967296) * 10);
        return String(value);
      }
      const codes = withPrefix(prefix, Math.max(length, 1));
      codes[prefix.length] = (49 + (nextUint() / 4294967296) * 9) | 0;
      for (let i = 1; i < length; i++) codes[prefix.length + i] = (48 + (nextUint() / 4294967296) * 10) | 0;
      return String.fromCharCode.apply(null, codes);
    },
    fork: (label) => createRandom((hashString(label) ^ nextUint()) >>> 0),
  };
  return random;
}

/** `prefix` and the `length` lowest hexadecimal digits of `value` (a non-negative integer), zero-padded. */
export function hexOf(value: number, length: number, prefix = ''): string {
  const codes = withPrefix(prefix, length);
  for (let i = prefix.length + length - 1; i >= prefix.length; i--, value = Math.floor(value / 16)) codes[i] = HEX_CODES[value % 16] as number;
  return String.fromCharCode.apply(null, codes);
}

/** `prefix` and the `length` lowest decimal digits of `value` (a non-negative integer), zero-padded. */
export function decimalOf(value: number, length: number, prefix = ''): string {
  const codes = withPrefix(prefix, length);
  for (let i = prefix.length + length - 1; i >= prefix.length; i--, value = Math.floor(value / 10)) codes[i] = (48 + (value % 10)) | 0;
  return String.fromCharCode.apply(null, codes);
}

/**
 * A reused array of `length` char codes (one per length: the strings are built one at a time).
 * Codes are stored as int32 (`| 0`): one stored double would turn the array into a double
 * array, which `String.fromCharCode.apply` reads twice as slowly.
 */
const scratches: number[][] = [];

/** The scratch array for `prefix` and `length` more characters, the prefix's codes in place. */
function withPrefix(prefix: string, length: number): number[] {
  const codes = (scratches[prefix.length + length] ??= new Array<number>(prefix.length + length).fill(0));
  for (let i = 0; i < prefix.length; i++) codes[i] = prefix.charCodeAt(i);
  return codes;
}

/** Char codes of the hexadecimal digits 0-9a-f. */
const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
