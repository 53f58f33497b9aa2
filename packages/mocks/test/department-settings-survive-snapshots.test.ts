// Department settings (note, access settings, sequence number) are part of the directory: written
// over HTTP, they come back in a snapshot, load into a new directory and `PUT /__mock/directory`,
// and the departments read the same afterwards.
import { afterEach, describe, expect, it } from 'vitest';
import { createDirectory, testCredentials, type DirectoryData } from '@hwcloud-directory/mocks';
import { startMockServer, type MockServer } from '../src/node.js';
import { DirectoryDataError } from '../src/directory/directory-data.js';
import { specFetch } from './support/spec-checked-fetch.js';

const headers = { 'X-Access-Token': testCredentials.accessToken, 'Accept-Language': 'en-US', 'Content-Type': 'application/json' };
const servers: MockServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(options: Parameters<typeof startMockServer>[0]): Promise<MockServer> {
  const server = await startMockServer({ ...options, handlerOptions: { validateResponses: true } });
  servers.push(server);
  return server;
}

async function send(server: MockServer, method: string, path: string, body: unknown): Promise<void> {
  const { status, body: answer } = await specFetch(`${server.url}${path}`, { method, headers, body: JSON.stringify(body) });
  expect(status, `${method} ${path}: ${JSON.stringify(answer)}`).toBe(200);
}

/** What showDeptAndChildDept answers for each code (the department, its settings and its children in sortLevel order). */
async function read(server: MockServer, codes: readonly string[]): Promise<unknown[]> {
  return Promise.all(codes.map(async (code) => (await specFetch(`${server.url}/v1/usg/dcs/member/dept/${code}`, { headers })).body));
}

const CODES = ['1', 'rd', 'audit', 'ops'];

/** A server whose departments got settings through addDepartment and updateDepartment. */
async function serverWithSettings(): Promise<MockServer> {
  const server = await serve({ seed: 8, size: 5 });
  await send(server, 'POST', '/v1/usg/dcs/corp/dept', { deptCode: 'rd', deptName: 'R&D', note: 'Product development', sortLevel: 20, inPermission: 'OPEN' });
  await send(server, 'POST', '/v1/usg/dcs/corp/dept', { deptCode: 'ops', deptName: 'Ops', sortLevel: 5, outPermission: 'ONLY_SELF' });
  await send(server, 'POST', '/v1/usg/dcs/corp/dept', { deptCode: 'audit', deptName: 'Audit', parentDeptCode: 'rd' });
  await send(server, 'PUT', '/v1/usg/dcs/corp/dept/audit', { note: 'Internal audit', outPermission: 'DESIGNATED_DEPARTMENT', designatedOutDeptCodes: ['1', 'ops'], sortLevel: 1 });
  return server;
}

describe('department settings in snapshots', () => {
  it('keeps the settings written over HTTP on the department records of a snapshot', async () => {
    const server = await serverWithSettings();
    const departments = server.directory.snapshot().departments;
    expect(departments.find((d) => d.deptCode === 'audit')).toEqual({
      deptCode: 'audit',
      deptName: 'Audit',
      parentDeptCode: 'rd',
      deptNamePath: 'Root Department/R&D/Audit',
      // DeptDTO's default, filled in when the request is validated.
      inPermission: 'UNLIMITED',
      note: 'Internal audit',
      outPermission: 'DESIGNATED_DEPARTMENT',
      designatedOutDeptCodes: ['1', 'ops'],
      sortLevel: 1,
    });
    expect(departments.find((d) => d.deptCode === 'rd')).toMatchObject({ note: 'Product development', sortLevel: 20, inPermission: 'OPEN' });
  });

  it('loads a snapshot into a new directory that answers the same for every department', async () => {
    const written = await serverWithSettings();
    const answers = await read(written, CODES);
    expect(answers[2]).toMatchObject({ note: 'Internal audit', outPermission: 'DESIGNATED_DEPARTMENT', designatedOutDeptCodes: [{ id: '1' }, { id: 'ops', mark: 'Ops' }] });
    const copy = await serve({ directory: createDirectory({ data: written.directory.snapshot() }) });
    expect(await read(copy, CODES)).toEqual(answers);
  });

  it('takes GET /__mock/directory back through PUT /__mock/directory on another server, which then answers the same', async () => {
    const written = await serverWithSettings();
    const answers = await read(written, CODES);
    const snapshot = await (await fetch(`${written.url}/__mock/directory`)).text();
    const other = await serve({ seed: 99, size: 3 });
    const put = await fetch(`${other.url}/__mock/directory`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: snapshot });
    expect([put.status, await put.json()]).toEqual([200, expect.objectContaining({ loaded: true })]);
    expect(await read(other, CODES)).toEqual(answers);
  });
});

describe('department settings in directory data', () => {
  const root = { deptCode: '1', deptName: 'Acme' };
  const load = (dept: Record<string, unknown>) => () => createDirectory({ data: { departments: [root, { deptCode: '2', deptName: 'Two', ...dept }] } as DirectoryData });

  it('accepts every setting DeptDTO defines', () => {
    const directory = load({ note: '', inPermission: 'UNLIMITED', outPermission: 'SELF_AND_CHILD_DEPARTMENT', designatedOutDeptCodes: [], sortLevel: 10_000 })();
    expect(directory.departments.get('2')).toMatchObject({ note: '', inPermission: 'UNLIMITED', outPermission: 'SELF_AND_CHILD_DEPARTMENT', designatedOutDeptCodes: [], sortLevel: 10_000 });
  });

  it.each([
    ['a note over 96 characters', { note: 'n'.repeat(97) }, /"note" must be a string of at most 96 characters/],
    ['an inPermission DeptDTO does not accept', { inPermission: 'CLOSE' }, /"inPermission" must be one of "UNLIMITED", "OPEN", got "CLOSE"/],
    ['an unknown outPermission', { outPermission: 'EVERYONE' }, /"outPermission" must be one of "UNLIMITED", "ONLY_SELF", "SELF_AND_CHILD_DEPARTMENT", "DESIGNATED_DEPARTMENT"/],
    ['designated departments that are not codes', { designatedOutDeptCodes: ['1', 7] }, /"designatedOutDeptCodes" must be an array of at most 150 items, each a non-empty string/],
    ['more than 150 designated departments', { designatedOutDeptCodes: Array.from({ length: 151 }, (_, i) => `d${i}`) }, /at most 150 items/],
    ['a sortLevel of 0', { sortLevel: 0 }, /"sortLevel" must be an integer from 1 to 10000, got 0/],
    ['a sortLevel that is not an integer', { sortLevel: 1.5 }, /"sortLevel" must be an integer from 1 to 10000/],
  ])('refuses %s, naming the department', (_name, dept, message) => {
    expect(load(dept)).toThrow(DirectoryDataError);
    expect(load(dept)).toThrow(message);
    expect(load(dept)).toThrow(/departments\[1\] \("2"\)/);
  });
});
