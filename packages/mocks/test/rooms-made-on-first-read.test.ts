import { describe, expect, it } from 'vitest';
import { createDirectory, seedDirectory, type DirectoryUser } from '@hwcloud-directory/mocks';

// A seeded user's meeting rooms are made when the record is first handed out, from its id: every
// way of reading a user must give the same rooms, made with the name the user was generated with.

const SEED = 11;
const SIZE = 400;

/** The rooms of every user, read through `get` in a directory of its own. */
function roomsByAccount(): Map<string, DirectoryUser['vmrList']> {
  const directory = createDirectory({ seed: SEED, size: SIZE });
  return new Map([...directory.users.keys()].map((account) => [account, directory.users.get(account)?.vmrList ?? []]));
}

describe('meeting rooms of seeded users, made on first read', () => {
  const expected = roomsByAccount();
  /** The last generated user with two rooms (the fixed users' rooms are given, not made). */
  const lastWithTwoRooms = () => [...expected].reverse().find(([, list]) => list.length === 2) as [string, DirectoryUser['vmrList']];

  it('vary as the vendor data does: none to two rooms, every mode, with and without a package', () => {
    const rooms = [...expected.values()];
    expect(new Set(rooms.map((list) => list.length))).toEqual(new Set([0, 1, 2]));
    const all = rooms.flat();
    expect(new Set(all.map((vmr) => vmr.vmrMode))).toEqual(new Set([0, 1, 2]));
    expect(all.some((vmr) => vmr.vmrPkgId === null)).toBe(true);
    expect(all.some((vmr) => vmr.vmrPkgId !== null && vmr.vmrPkgName !== null)).toBe(true);
    expect(new Set(all.map((vmr) => vmr.id)).size).toBe(all.length);
  });

  it('are the same through every read: get, at, pages, find, all, snapshots and seedDirectory', () => {
    const viaPages = createDirectory({ seed: SEED, size: SIZE });
    for (const user of viaPages.queryUsers({}).page(0, SIZE + 10)) expect(user.vmrList, user.userAccount).toEqual(expected.get(user.userAccount));

    const viaAt = createDirectory({ seed: SEED, size: SIZE });
    for (let slot = 0; slot < viaAt.users.size; slot++) {
      const user = viaAt.users.at(slot) as DirectoryUser;
      expect(user.vmrList, user.userAccount).toEqual(expected.get(user.userAccount));
    }

    const viaFind = createDirectory({ seed: SEED, size: SIZE });
    const [account, rooms] = lastWithTwoRooms();
    expect(viaFind.users.find((u) => u.userAccount === account)?.vmrList).toEqual(rooms);

    for (const users of [createDirectory({ seed: SEED, size: SIZE }).users.all(), createDirectory({ seed: SEED, size: SIZE }).snapshot().users, seedDirectory(SEED, SIZE).users]) {
      expect(users.map((u) => [u.userAccount, u.vmrList])).toEqual([...expected]);
    }
  });

  it('are never handed out unmade: no read gives the shared, frozen placeholder', () => {
    const directory = createDirectory({ seed: SEED, size: SIZE });
    const reads: DirectoryUser[] = [...directory.users.all(), ...directory.queryUsers({ sortField: 'sortLevel' }).page(0, 50)];
    for (const user of reads) expect(Object.isFrozen(user.vmrList), user.userAccount).toBe(false);
  });

  it('keep the name the user was generated with when an update is its first read', () => {
    const directory = createDirectory({ seed: SEED, size: SIZE });
    const [account, rooms] = lastWithTwoRooms();
    const updated = directory.users.update(account, { name: 'Renamed Before Read' });
    expect(updated.vmrList).toEqual(rooms);
    expect(directory.users.get(account)?.vmrList).toEqual(rooms);
  });

  it('come along with the users a batch deletes', () => {
    const directory = createDirectory({ seed: SEED, size: SIZE });
    const accounts = [...expected].filter(([a, list]) => a !== 'admin' && list.length > 0).map(([a]) => a).slice(-3);
    const deleted = directory.deleteUsers(accounts);
    expect(deleted.ok && deleted.value.map((u) => u.vmrList)).toEqual(accounts.map((a) => expected.get(a)));
  });

  it('are made again, the same, after a reset', () => {
    const directory = createDirectory({ seed: SEED, size: SIZE });
    const account = [...expected.keys()][SIZE - 1] as string;
    directory.updateUser(account, { vmrList: [] });
    expect(directory.users.get(account)?.vmrList).toEqual([]);
    directory.reset();
    expect(directory.users.get(account)?.vmrList).toEqual(expected.get(account));
  });
});
