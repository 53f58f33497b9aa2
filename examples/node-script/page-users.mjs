#!/usr/bin/env node
// Starts the standalone mock server (the `hwcloud-directory-mock` bin of @hwcloud-directory/mocks)
// on a free port of 127.0.0.1, logs in with the mock's test account, pages through every user of
// the enterprise with the client, prints how many there are, stops the server and exits 0.
//
//   node page-users.mjs [--seed 42] [--size 30] [--page-size 7]
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createMeetingClient } from '@hwcloud-directory/client';
import { testCredentials } from '@hwcloud-directory/mocks';

const { values } = parseArgs({ options: { seed: { type: 'string', default: '42' }, size: { type: 'string', default: '30' }, 'page-size': { type: 'string', default: '7' } } });

/** The path of the mocks package's bin, read from its package.json as npm does. */
async function mockServerBin() {
  const manifestUrl = import.meta.resolve('@hwcloud-directory/mocks/package.json');
  const manifest = JSON.parse(await readFile(fileURLToPath(manifestUrl), 'utf8'));
  return fileURLToPath(new URL(manifest.bin['hwcloud-directory-mock'], manifestUrl));
}

/** Starts the mock server and resolves with its process and base URL once it listens. */
async function startMockServer() {
  const child = spawn(process.execPath, [await mockServerBin(), '--port', '0', '--seed', values.seed, '--size', values.size], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let output = '';
    child.on('exit', (code) => reject(new Error(`the mock server exited with ${code} before listening:\n${output}`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
  });
  child.removeAllListeners('exit');
  return { child, url };
}

/** Stops the server with SIGTERM and waits for its clean exit. */
function stop(child) {
  return new Promise((resolve, reject) => {
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`the mock server exited with ${code ?? signal} on SIGTERM`))));
    child.kill('SIGTERM');
  });
}

const { child, url } = await startMockServer();
try {
  const meeting = createMeetingClient({ baseUrl: url, auth: testCredentials.admin });
  const accounts = new Set();
  let pages = 0;
  for await (const page of meeting.pages('/rest/usg/datacenter/v1/corp/member/search', { body: { enableSubDept: true } }, { pageSize: Number(values['page-size']) })) {
    pages += 1;
    for (const user of page.items) accounts.add(user.userAccount);
  }
  console.log(`users: ${accounts.size}`);
  console.log(`pages: ${pages}`);
} finally {
  await stop(child);
}
