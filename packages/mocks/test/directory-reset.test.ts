import { describe, expect, it } from 'vitest';
import { createDirectory } from '@hwcloud-directory/mocks';
import { legacyHeaders, MEETING, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

function ok<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('resetting the directory', () => {
  it('restores the seeded records after writes of every kind', () => {
    const directory = createDirectory({ seed: 8, size: 60 });
    const before = directory.snapshot();
    const dept = ok(directory.addDepartment({ deptName: 'Temp', parentDeptCode: '1' }));
    ok(directory.addUser({ name: 'Temp user', deptCode: dept.deptCode }));
    ok(directory.updateDepartment(before.departments[1]!.deptCode, { deptName: 'Renamed' }));
    ok(directory.deleteUsers(['user003']));
    ok(directory.setAdminType(['jose.alvarez'], 1));
    ok(directory.setUserStatus(['zhang.wei'], 1));
    directory.organizations.update('65419', { org_name: 'Renamed org' });
    directory.externalContacts.add({ name: 'Temp contact' });
    directory.reset();
    expect(directory.snapshot()).toEqual(before);
  });

  it('answers queries after a reset from the restored records', () => {
    const directory = createDirectory({ seed: 8, size: 60 });
    const disabled = directory.queryUsers({ status: 1 }).total;
    ok(directory.setUserStatus(['zhang.wei', 'user003'], 1));
    expect(directory.queryUsers({ status: 1 }).total).toBe(disabled + 2);
    directory.reset();
    expect(directory.queryUsers({ status: 1 }).total).toBe(disabled);
    expect(directory.queryUsers({ searchKey: '张伟' }).page(0, 10).map((u) => u.userAccount)).toContain('zhang.wei');
  });

  it('notifies reset listeners (the handlers forget issued tokens) and stops after unsubscribing', () => {
    const directory = createDirectory({ size: 0 });
    let calls = 0;
    const unsubscribe = directory.onReset(() => calls++);
    directory.reset();
    unsubscribe();
    directory.reset();
    expect(calls).toBe(1);
  });
});

describe('resetting a running mock between tests', () => {
  const { directory } = useMockServer({ seed: 3, size: 10 });
  const search = async (condition: string) =>
    (
      await specFetch(`${MEETING}/rest/usg/datacenter/v1/corp/member/search`, {
        method: 'POST',
        headers: { ...legacyHeaders, 'Content-Type': 'application/json' },
        body: JSON.stringify({ condition }),
      })
    ).body.data.totalCount as number;

  it('serves a user added in one test', async () => {
    ok(directory.addUser({ name: 'Only in this test', userAccount: 'ephemeral' }));
    expect(await search('ephemeral')).toBe(1);
  });

  it('has forgotten it in the next one, without a restart (useMockServer resets after each test)', async () => {
    expect(directory.users.has('ephemeral')).toBe(false);
    expect(await search('ephemeral')).toBe(0);
  });
});
