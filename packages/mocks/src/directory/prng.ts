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
  /** `length` lower-case hexadecimal digits. */
  hex(length: number): string;
  /** `length` decimal digits (the first one is never 0). */
  digits(length: number): string;
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
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const nextUint = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) nextUint();

  const random: Random = {
    next: () => nextUint() / 4294967296,
    int: (min, max) => min + Math.floor(random.next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick() needs a non-empty array');
      return items[Math.floor(random.next() * items.length)] as (typeof items)[number];
    },
    chance: (p) => random.next() < p,
    hex: (length) => {
      let out = '';
      while (out.length < length) out += (nextUint() >>> 0).toString(16).padStart(8, '0');
      return out.length === length ? out : out.slice(0, length);
    },
    digits: (length) => {
      let out = String(random.int(1, 9));
      while (out.length < length) out += String(random.int(0, 9));
      return out;
    },
    fork: (label) => createRandom((hashString(label) ^ nextUint()) >>> 0),
  };
  return random;
}
