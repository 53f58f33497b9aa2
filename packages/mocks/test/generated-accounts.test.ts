import { describe, expect, it } from 'vitest';
import { createDirectory } from '@hwcloud-directory/mocks';

describe('generated user accounts', () => {
  it('never collide, however many users are added (seed 42 used to throw on the 1,325th add)', () => {
    const directory = createDirectory({ seed: 42 });
    const before = directory.users.size;
    for (let i = 0; i < 3000; i++) directory.users.add({ thirdAccount: `app-user-${i}` });
    expect(directory.users.size).toBe(before + 3000);
    expect(new Set(directory.users.all().map((u) => u.userAccount)).size).toBe(directory.users.size);
  });

  it('are the same for the same seed, also after a collision', () => {
    const accounts = () => {
      const directory = createDirectory({ seed: 42 });
      for (let i = 0; i < 1500; i++) directory.users.add({});
      return directory.users.all().map((u) => u.userAccount);
    };
    expect(accounts()).toEqual(accounts());
  });

  it('still rejects an account the caller chose that is taken', () => {
    const directory = createDirectory();
    expect(() => directory.users.add({ userAccount: 'admin' })).toThrow(/already exists/);
  });
});
