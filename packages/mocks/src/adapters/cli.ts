#!/usr/bin/env node
// The `hwcloud-directory-mock` command: the standalone mock server, from the command line.
import { parseArgs } from 'node:util';
import type { Directory } from '../directory/create-directory.js';
import { DEFAULT_SEED, DEFAULT_SIZE } from '../directory/seed-directory.js';
import { defaultCredentials, testCredentials } from '../state/test-credentials.js';
import { directoryFromFile } from './directory-file.js';
import { startMockServer } from './start-mock-server.js';

const USAGE = `Usage: hwcloud-directory-mock [--port 4010] [--host 127.0.0.1] [--seed 42] [--size 30] [--directory file.json] [--validate-responses]

Serves the Huawei Cloud Meeting and BSS directory mocks over HTTP (both APIs on one origin).
  --port                TCP port (default 4010; 0 picks a free one)
  --host                interface to listen on (default 127.0.0.1)
  --seed                directory seed (default ${DEFAULT_SEED})
  --size                generated users, contacts and member accounts (default ${DEFAULT_SIZE})
  --directory           serve the departments, users, ... of a JSON file instead (the shape
                        GET /__mock/directory answers with); POST /__mock/reset returns to it
  --token-lifetime      access token lifetime in seconds (default 43200)
  --validate-responses  check every response against the spec (500 if one breaks it)`;

/** Prints one line (and the usage for a wrong command line) and exits: 2 for usage, 1 otherwise. */
function fail(message: string, code: 1 | 2): never {
  console.error(`hwcloud-directory-mock: ${message}${code === 2 ? `\n\n${USAGE}` : ''}`);
  process.exit(code);
}

function integer(name: string, value: string | undefined, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    const range = `${min === 0 ? 'a non-negative' : min === 1 ? 'a positive' : `an >= ${min}`} integer${max === Number.MAX_SAFE_INTEGER ? '' : ` up to ${max}`}`;
    fail(`--${name} must be ${range}, got ${JSON.stringify(value)}`, 2);
  }
  return Number(value);
}

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        size: { type: 'string' },
        directory: { type: 'string' },
        'token-lifetime': { type: 'string' },
        'validate-responses': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  } catch (error) {
    // parseArgs says which option is wrong ("Unknown option '--prot'"); its stack says nothing more.
    return fail(error instanceof Error ? error.message : String(error), 2);
  }
}

const { values } = parseCommandLine();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const seed = integer('seed', values.seed, DEFAULT_SEED);
const size = integer('size', values.size, DEFAULT_SIZE);
const port = integer('port', values.port, 4010, 0, 65_535);
const host = values.host ?? '127.0.0.1';
const tokenLifetimeSeconds = integer('token-lifetime', values['token-lifetime'], 43_200, 1);
const file = values.directory;
let directory: Directory | undefined;
if (file !== undefined) {
  try {
    directory = directoryFromFile(file, seed);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error), 1);
  }
  const missing = defaultCredentials.accounts.map((a) => a.account).filter((account) => directory?.users.get(account) === undefined);
  if (missing.length > 0) {
    console.error(`hwcloud-directory-mock: ${file} has no user ${missing.map((a) => JSON.stringify(a)).join(' or ')}; the test tokens and logins of ${missing.length === 1 ? 'that account' : 'those accounts'} are refused`);
  }
}
const server = await startMockServer({
  port,
  host,
  ...(directory ? { directory } : { seed, size }),
  handlerOptions: { tokenLifetimeSeconds, validateResponses: values['validate-responses'] ?? false },
}).catch((error: Error & { code?: string }) => {
  const reason =
    error.code === 'EADDRINUSE'
      ? `port ${port} on ${host} is already in use; stop what listens there or pick another with --port (0 picks a free one)`
      : error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND'
        ? `cannot listen on host ${JSON.stringify(host)}: no such local address`
        : error.code === 'EACCES'
          ? `not allowed to listen on ${host}:${port}; pick a port above 1023`
          : `cannot listen on ${host}:${port}: ${error.message}`;
  return fail(reason, 1);
});
console.log(`hwcloud-directory-mock listening on ${server.url} (${file === undefined ? `seed ${seed}, size ${size}` : `${file}: ${server.directory.users.size} users`})`);
console.log(`  X-Access-Token: ${testCredentials.accessToken}   X-Auth-Token: ${testCredentials.iamToken}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`hwcloud-directory-mock: ${signal}, shutting down`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
