import { describe, expect, it } from 'vitest';
import { createDirectory } from '@hwcloud-directory/mocks';
import { decimalOf, hexOf, createRandom } from '../src/directory/prng.js';
import { seededAccounts } from '../src/directory/seeded-accounts.js';

describe('accounts of seeded users', () => {
  it('give every user of a span its own number: 9,000 users fill the four-digit numbers, one more takes five digits', () => {
    const accounts = seededAccounts(createRandom(5), 9000);
    const numbers = Array.from({ length: 9000 }, () => {
      const account = accounts.account('x');
      accounts.next();
      return account;
    });
    expect(numbers.every((a) => /^x[1-9]\d{3}$/.test(a))).toBe(true);
    expect(new Set(numbers).size).toBe(9000);
    const wider = seededAccounts(createRandom(5), 9001);
    expect(wider.account('x')).toMatch(/^x[1-9]\d{4}$/);
  });

  it('give every user its own third-party account, 12 hexadecimal digits that look random', () => {
    const accounts = seededAccounts(createRandom(6), 200_000);
    const third = Array.from({ length: 200_000 }, () => {
      const account = accounts.thirdAccount();
      accounts.next();
      return account;
    });
    expect(third.every((a) => /^ext-[0-9a-f]{12}$/.test(a))).toBe(true);
    expect(new Set(third).size).toBe(third.length);
    // Neighbours share no long prefix: the digits are scrambled, not counted.
    expect(third.slice(0, 100).filter((a, i) => i > 0 && a.slice(0, 8) === (third[i - 1] as string).slice(0, 8))).toEqual([]);
  });

  it('lose no user of a large directory to a repeated account', () => {
    const small = createDirectory({ seed: 13, size: 0 });
    const directory = createDirectory({ seed: 13, size: 30_000 });
    expect(directory.users.size - small.users.size).toBe(30_000);
    const users = directory.users.all();
    expect(new Set(users.map((u) => u.userAccount)).size).toBe(users.length);
    const third = users.flatMap((u) => (u.thirdAccount === null ? [] : [u.thirdAccount]));
    expect(new Set(third).size).toBe(third.length);
  });
});

describe('number formatting of the random source', () => {
  it('writes the lowest digits of a number, zero-padded, after a prefix', () => {
    expect(hexOf(255, 4, 'x')).toBe('x00ff');
    expect(hexOf(0xabcdef123456, 12)).toBe('abcdef123456');
    expect(decimalOf(42, 5)).toBe('00042');
    expect(decimalOf(1234567, 4, 'wangwei')).toBe('wangwei4567');
  });
});
