// The standalone server's control routes under /__mock/, over a real socket: what a test suite
// in any language calls between tests instead of restarting the server.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { basicAuthorization, createDirectory, testCredentials } from '@hwcloud-directory/mocks';
import { startMockServer, type MockServer } from '../src/node.js';
import { rawRequest } from './support/raw-http.js';
import { specFetch } from './support/spec-checked-fetch.js';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ seed: 42, size: 10 });
});
afterAll(() => server.close());

const { account, password } = testCredentials.admin;
const login = (pw: string) =>
  specFetch(`${server.url}/v1/usg/acs/auth/account`, {
    method: 'POST',
    headers: { Authorization: basicAuthorization(`${account}:${pw}`), 'Content-Type': 'application/json' },
    body: JSON.stringify({ account, clientType: 72 }),
  });
const admins = (token: string) => specFetch(`${server.url}/v1/usg/dcs/corp/admin`, { headers: { 'X-Access-Token': token } });
const reset = () => fetch(`${server.url}/__mock/reset`, { method: 'POST' });

describe('POST /__mock/reset', () => {
  it('brings the directory back to its seed and answers how many records it holds', async () => {
    const seeded = server.directory.users.size;
    const added = () => specFetch(`${server.url}/v1/usg/dcs/corp/admin?searchKey=Added%20Between`, { headers: { 'X-Access-Token': testCredentials.accessToken } });
    server.directory.users.add({ name: 'Added Between Tests', adminType: 1 });
    server.directory.subCustomers.clear();
    expect((await added()).body.count).toBe(1);
    const res = await reset();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      reset: true,
      departments: server.directory.departments.size,
      users: seeded,
      externalContacts: server.directory.externalContacts.size,
      organizations: server.directory.organizations.size,
      subCustomers: server.directory.subCustomers.size,
    });
    expect(server.directory.subCustomers.size).toBeGreaterThan(0);
    expect((await added()).body.count).toBe(0);
  });

  it('forgets the tokens issued since, and keeps the static ones', async () => {
    const { accessToken } = (await login(password)).body as { accessToken: string };
    expect((await admins(accessToken)).status).toBe(200);
    expect((await reset()).status).toBe(200);
    expect((await admins(accessToken)).status).toBe(401);
    expect((await admins(testCredentials.accessToken)).status).toBe(200);
  });

  it('lifts a lockout', async () => {
    for (let i = 0; i < 5; i++) expect((await login('wrong')).status).toBe(401);
    expect((await login(password)).status).toBe(423);
    expect((await reset()).status).toBe(200);
    expect((await login(password)).status).toBe(200);
  });

  it('leaves the handlers added with use() in place (resetHandlers() drops them)', async () => {
    server.use(server.scenarios.searchCorpAdmins.error({ status: 500 }));
    try {
      expect((await reset()).status).toBe(200);
      expect((await admins(testCredentials.accessToken)).status).toBe(500);
    } finally {
      server.resetHandlers();
    }
  });

  it('answers another method with 405 and Allow, and reads no body', async () => {
    const res = await rawRequest(server.port, 'GET /__mock/reset HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST, OPTIONS');
    expect(JSON.parse(res.body)).toEqual({ error_code: 'MOCK.405', error_msg: 'GET is not allowed on /__mock/reset; use POST' });
  });

  it('answers an unknown control path with 404 naming the control routes', async () => {
    const res = await fetch(`${server.url}/__mock/restart`, { method: 'POST' });
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body.error_code).toBe('MOCK.404');
    expect(body.error_msg).toContain('POST /__mock/reset');
  });

  it('answers a browser test page: CORS headers on the reset', async () => {
    const res = await fetch(`${server.url}/__mock/reset`, { method: 'POST', headers: { Origin: 'http://localhost:5173' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });
});

/** The ```<language> blocks of a document's section: from its heading to the next heading of its level or above. */
function codeBlocksOf(path: string, heading: string, language: string): string[] {
  const lines = readFileSync(new URL(path, import.meta.url), 'utf8').split('\n');
  const level = heading.indexOf(' ');
  const first = lines.indexOf(heading);
  if (first === -1) throw new Error(`${path} has no heading ${heading}`);
  const blocks: string[] = [];
  let fence: string | null = null; // the opening line of the fenced block being read
  let block: string[] = [];
  for (const line of lines.slice(first + 1)) {
    if (fence === null && /^#+ /.test(line) && line.indexOf(' ') <= level) break;
    if (fence === null && line.startsWith('```')) {
      fence = line;
      block = [];
    } else if (fence !== null && line === '```') {
      if (fence === `\`\`\`${language}`) blocks.push(block.join('\n'));
      fence = null;
    } else block.push(line);
  }
  return blocks;
}

const README_SECTION = '## Test suites in other languages';
/** The README's example directory file. */
const readmeDirectory = () => JSON.parse(codeBlocksOf('../README.md', README_SECTION, 'json')[0]!) as Record<string, unknown>;
const adminHeaders = { 'X-Access-Token': testCredentials.accessToken };

describe('GET and PUT /__mock/directory', () => {
  afterEach(async () => {
    await reset();
  });

  it('answers every record as JSON that PUT takes back unchanged', async () => {
    const before = await (await fetch(`${server.url}/__mock/directory`)).json();
    expect(before.users).toHaveLength(server.directory.users.size);
    const put = await fetch(`${server.url}/__mock/directory`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(before) });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ loaded: true, users: before.users.length, subCustomers: before.subCustomers.length });
    const after = await (await fetch(`${server.url}/__mock/directory`)).json();
    expect(after.users).toEqual(before.users);
  });

  it('serves a team’s directory through the vendor operations until a reset returns to the seed', async () => {
    const { accessToken } = (await login(password)).body as { accessToken: string };
    const put = await fetch(`${server.url}/__mock/directory`, { method: 'PUT', body: JSON.stringify(readmeDirectory()) });
    expect(await put.json()).toEqual({ loaded: true, departments: 2, users: 3, externalContacts: 0, organizations: 1, subCustomers: 1 });
    const teamAdmins = await specFetch(`${server.url}/v1/usg/dcs/corp/admin`, { headers: adminHeaders });
    expect(teamAdmins.body.data.map((a: { account: string }) => a.account).sort()).toEqual(['admin', 'li.lei']);
    const members = await specFetch(`${server.url}/v2/enterprises/multi-accounts/sub-customers`, { headers: { 'X-Auth-Token': testCredentials.iamToken } });
    expect(members.body.sub_customer_infos.map((m: { name: string }) => m.name)).toEqual(['acme_member_1']);
    expect((await admins(accessToken)).status).toBe(401); // tokens issued before the load are forgotten
    await reset();
    expect((await specFetch(`${server.url}/v1/usg/dcs/corp/admin?limit=100`, { headers: adminHeaders })).body.count).toBeGreaterThan(2);
  });

  it('refuses a bad record with 400 naming it, and changes nothing', async () => {
    const data = readmeDirectory();
    (data.users as Array<Record<string, unknown>>)[2]!.deptCode = 7;
    const users = server.directory.users.size;
    const res = await fetch(`${server.url}/__mock/directory`, { method: 'PUT', body: JSON.stringify(data) });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error_code: 'MOCK.400',
      error_msg: 'invalid directory data: users[2] ("li.lei"): "deptCode" must be a non-empty string, got 7; nothing was changed',
      record: 'users[2] ("li.lei")',
    });
    expect(server.directory.users.size).toBe(users);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const res = await fetch(`${server.url}/__mock/directory`, { method: 'PUT', body: '{"users": [' });
    expect(res.status).toBe(400);
    expect((await res.json()).error_msg).toContain('the body is not JSON');
  });

  it('refuses a directory over 32 MiB with 413 before reading it', async () => {
    const res = await rawRequest(server.port, `PUT /__mock/directory HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${32 * 1024 * 1024 + 1}\r\n\r\n{`);
    expect(res.status).toBe(413);
    expect(res.headers.connection).toBe('close');
    expect(JSON.parse(res.body).error_code).toBe('MOCK.413');
  });

  it('answers DELETE with 405 and the methods it takes', async () => {
    const res = await fetch(`${server.url}/__mock/directory`, { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, PUT, OPTIONS');
  });
});

describe('startMockServer with a directory of data', () => {
  it('serves the data and returns to it on reset', async () => {
    const own = await startMockServer({ directory: createDirectory({ data: readmeDirectory() }) });
    try {
      own.directory.addUser({ userAccount: 'temp', name: 'Temporary', adminType: 1 });
      const url = `${own.url}/v1/usg/dcs/corp/admin`;
      expect((await specFetch(url, { headers: adminHeaders })).body.count).toBe(3);
      expect((await fetch(`${own.url}/__mock/reset`, { method: 'POST' })).status).toBe(200);
      expect((await specFetch(url, { headers: adminHeaders })).body.count).toBe(2);
    } finally {
      await own.close();
    }
  });
});

const hasCurl = spawnSync('sh', ['-c', 'command -v curl']).status === 0;

describe.skipIf(!hasCurl)(`the documented curl commands${hasCurl ? '' : ' (SKIPPED: curl missing)'}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'hwcloud-mock-docs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(async () => {
    await reset();
  });

  /** Runs shell lines against this server (the docs' port 4010 replaced by its port), in a folder holding the README's directory.json. */
  const run = async (script: string) => {
    writeFileSync(join(dir, 'directory.json'), JSON.stringify(readmeDirectory()));
    const command = `set -eo pipefail\n${script.replaceAll('127.0.0.1:4010', `127.0.0.1:${server.port}`)}`;
    return (await promisify(execFile)('bash', ['-c', command], { encoding: 'utf8', timeout: 10_000, cwd: dir })).stdout;
  };
  const curlsOf = (block: string | undefined) => (block ?? '').split('\n').filter((line) => line.startsWith('curl '));

  it('in the README: a 401 preferred with the vendor code, then a reset', async () => {
    const curls = curlsOf(codeBlocksOf('../README.md', README_SECTION, 'sh')[0]);
    expect(curls).toHaveLength(2);
    const preferred = await run(curls[0]!);
    expect(preferred).toMatch(/^HTTP\/1\.1 401 /);
    expect(preferred).toMatch(/^Preference-Applied: code=401\r$/m);
    expect(preferred).toContain('"error_code":"USG.000000004"');
    expect(JSON.parse(await run(curls[1]!))).toMatchObject({ reset: true });
  });

  it('in the README: the directory read, then replaced by the example file', async () => {
    const curls = curlsOf(codeBlocksOf('../README.md', README_SECTION, 'sh')[1]);
    expect(curls).toHaveLength(2);
    expect(JSON.parse(await run(curls[0]!)).users).toHaveLength(server.directory.users.size);
    expect(JSON.parse(await run(curls[1]!))).toMatchObject({ loaded: true, users: 3 });
    expect(server.directory.users.get('li.lei')?.name).toBe('李雷');
  });

  it('in the Mocking guide: a 403 preferred with the vendor code, then a reset', async () => {
    const [block] = codeBlocksOf('../../../docs/guides/mocking.md', '### Controls for test suites in other languages', 'sh');
    const output = await run(block!);
    expect(output).toMatch(/^HTTP\/1\.1 403 /);
    expect(output).toContain('"error_code":"USG.000000005"');
    expect(output).toMatch(/\{"reset":true,[^\n]*\}$/);
  });
});

describe('the hwcloud-directory-mock command with --directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hwcloud-mock-directory-'));
  const cli = join(dir, 'cli.mjs');
  beforeAll(async () => {
    await build({ entryPoints: [fileURLToPath(new URL('../src/adapters/cli.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', outfile: cli, logLevel: 'warning' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Starts the command; resolves its URL once it listens, and its exit code when it exits. */
  function start(args: string[]) {
    const child = spawn(process.execPath, [cli, '--port', '0', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const listening = new Promise<string>((resolve, reject) => {
      const collect = (data: Buffer) => {
        output += String(data);
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]!);
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    listening.catch(() => {});
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    return { child, listening, exited, output: () => output };
  }
  const write = (name: string, data: unknown) => {
    writeFileSync(join(dir, name), typeof data === 'string' ? data : JSON.stringify(data));
    return `./${name}`;
  };

  it('serves the file’s directory, and a reset over HTTP returns to it', async () => {
    const run = start(['--directory', write('directory.json', readmeDirectory())]);
    try {
      const url = await run.listening;
      expect(run.output()).toContain('(./directory.json: 3 users)');
      expect(run.output()).not.toContain('has no user');
      const adminsUrl = `${url}/v1/usg/dcs/corp/admin`;
      expect((await specFetch(adminsUrl, { headers: adminHeaders })).body.count).toBe(2);
      const emptied = { ...readmeDirectory(), users: [{ userAccount: 'admin', name: 'Ada Admin', adminType: 0 }] };
      expect((await fetch(`${url}/__mock/directory`, { method: 'PUT', body: JSON.stringify(emptied) })).status).toBe(200);
      expect((await specFetch(adminsUrl, { headers: adminHeaders })).body.count).toBe(1);
      expect((await fetch(`${url}/__mock/reset`, { method: 'POST' })).status).toBe(200);
      expect((await specFetch(adminsUrl, { headers: adminHeaders })).body.count).toBe(2);
    } finally {
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
    }
  });

  it('warns when the file lacks the accounts the test tokens act for', async () => {
    const run = start(['--directory', write('no-member.json', { departments: [{ deptCode: '1', deptName: 'Acme' }], users: [{ userAccount: 'admin', name: 'Ada Admin', adminType: 0 }] })]);
    try {
      await run.listening;
      expect(run.output()).toContain('hwcloud-directory-mock: ./no-member.json has no user "jose.alvarez"; the test tokens and logins of that account are refused');
    } finally {
      run.child.kill('SIGTERM');
      await run.exited;
    }
  });

  it.each([
    ['a bad record', () => write('bad.json', { departments: [{ deptCode: '1', deptName: 'Acme' }], users: [{ userAccount: 'admin', name: 'A' }, { userAccount: 'admin', name: 'B' }] }), /^hwcloud-directory-mock: \.\/bad\.json: invalid directory data: users\[1\] \("admin"\): .+$/],
    ['a file that is not JSON', () => write('broken.json', '{"users": ['), /^hwcloud-directory-mock: \.\/broken\.json is not JSON \(.+\)$/],
    ['a missing file', () => './missing.json', /^hwcloud-directory-mock: cannot read \.\/missing\.json: no such file$/],
  ])('refuses %s with one line and exit code 1', async (_name, file, line) => {
    const run = start(['--directory', file()]);
    expect(await run.exited).toBe(1);
    expect(run.output().trim()).toMatch(line);
  });
});
