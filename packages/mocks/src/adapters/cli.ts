#!/usr/bin/env node
// The `hwcloud-directory-mock` command: the standalone mock server, from the command line.
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, DEFAULT_SIZE } from '../directory/seed-directory.js';
import { testCredentials } from '../state/test-credentials.js';
import { startMockServer } from './start-mock-server.js';

const USAGE = `Usage: hwcloud-directory-mock [--port 4010] [--host 127.0.0.1] [--seed 42] [--size 30] [--validate-responses]

Serves the Huawei Cloud Meeting and BSS directory mocks over HTTP (both APIs on one origin).
  --port                TCP port (default 4010; 0 picks a free one)
  --host                interface to listen on (default 127.0.0.1)
  --seed                directory seed (default ${DEFAULT_SEED})
  --size                generated users, contacts and member accounts (default ${DEFAULT_SIZE})
  --token-lifetime      access token lifetime in seconds (default 43200)
  --validate-responses  check every response against the spec (500 if one breaks it)`;

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) {
    console.error(`hwcloud-directory-mock: --${name} must be a non-negative integer, got ${JSON.stringify(value)}\n\n${USAGE}`);
    process.exit(2);
  }
  return Number(value);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    seed: { type: 'string' },
    size: { type: 'string' },
    'token-lifetime': { type: 'string' },
    'validate-responses': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const seed = integer('seed', values.seed, DEFAULT_SEED);
const size = integer('size', values.size, DEFAULT_SIZE);
const server = await startMockServer({
  port: integer('port', values.port, 4010),
  host: values.host ?? '127.0.0.1',
  seed,
  size,
  handlerOptions: {
    tokenLifetimeSeconds: integer('token-lifetime', values['token-lifetime'], 43_200),
    validateResponses: values['validate-responses'] ?? false,
  },
});
console.log(`hwcloud-directory-mock listening on ${server.url} (seed ${seed}, size ${size})`);
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
