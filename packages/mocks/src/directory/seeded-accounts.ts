// Accounts of seeded users that cannot repeat, so seeding a large directory needs no lookups.

import { decimalOf, hexOf, type Random } from './prng.js';

/** The accounts of the n-th seeded user: distinct for distinct n, by construction. */
export interface SeededAccounts {
  /** A Meeting account: the name's stem and a number of four or more digits, unique to the user. */
  account(stem: string): string;
  /** A third-party account: "ext-" and 12 hexadecimal digits, unique to the user. */
  thirdAccount(): string;
  /** Moves on to the next user. */
  next(): void;
}

/**
 * Accounts for `count` seeded users. The n-th user's number is n under a seeded permutation of
 * the d-digit numbers (d at least 4, enough for `count`), its third-party digits n under a
 * seeded permutation of 48-bit numbers (a four-round Feistel network), so no two users share
 * either, whatever their names, and the accounts still look random.
 */
export function seededAccounts(random: Random, count: number): SeededAccounts {
  let digits = 4;
  while (9 * 10 ** (digits - 1) < count) digits++;
  const lowest = 10 ** (digits - 1);
  const span = 9 * lowest;
  // A step coprime to the span (9 * 10^k, so to 2, 3 and 5) makes n -> n * step + offset a permutation.
  let step = random.int(Math.floor(span / 4), Math.floor(span / 2));
  while (step % 2 === 0 || step % 3 === 0 || step % 5 === 0) step++;
  const keys = [random.int(0, 0xffffff), random.int(0, 0xffffff), random.int(0, 0xffffff), random.int(0, 0xffffff)];
  let n = 0;
  // n * step + offset (mod span), advanced by one step per user.
  let permuted = random.int(0, span - 1);
  return {
    account: (stem) => decimalOf(lowest + permuted, digits, stem),
    thirdAccount() {
      let left = Math.floor(n / 0x1000000) % 0x1000000;
      let right = n % 0x1000000;
      for (const key of keys) {
        const mixed = left ^ ((Math.imul(right ^ key, 0x9e3779b1) >>> 8) & 0xffffff);
        left = right;
        right = mixed;
      }
      return hexOf(left * 0x1000000 + right, 12, 'ext-');
    },
    next() {
      n++;
      permuted += step;
      if (permuted >= span) permuted -= span;
    },
  };
}
