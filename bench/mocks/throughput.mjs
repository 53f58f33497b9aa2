// Standalone-server throughput: autocannon (bounded in time, loopback) on one list query,
// against the mock server (request validation always on; once more with response validation)
// and against `prism mock` serving the same bundled spec, in the same run.
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { startChild } from './child-server.mjs';
import { repoRoot } from './bundle-mocks.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

export const LIST_QUERY = '/v1/usg/abs/external-contacts?offset=0&limit=10&searchScope=ALL';
const HEADERS = { 'x-access-token': 'mock-static-admin-token-7f3c2a9e4b1d', 'accept-language': 'en-US' };

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Runs autocannon against a URL; a short warm-up first, then the measured run. HTTP/1.1
 * pipelining (4 deep, for every server alike) keeps the load generator, which shares the two
 * cores, from being the bottleneck.
 */
async function load(url, seconds, connections, pipelining = 4) {
  await autocannon({ url, headers: HEADERS, connections, pipelining, duration: 1 });
  const result = await autocannon({ url, headers: HEADERS, connections, pipelining, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return { requestsPerSecond: result.requests.average, latencyP50: result.latency.p50, latencyP99: result.latency.p99, total: result.requests.total };
}

/** Starts `prism mock` on the bundled Meeting spec and waits until it answers. */
async function startPrismMock() {
  const port = await freePort();
  const prism = await startChild(
    process.execPath,
    [`${repoRoot}node_modules/@stoplight/prism-cli/dist/index.js`, 'mock', `${repoRoot}generated/meeting.openapi.json`, '-p', String(port), '-h', '127.0.0.1', '-v', 'error'],
    /(?:)/,
  );
  const url = `http://127.0.0.1:${port}`;
  // prism prints nothing at -v error: poll until it answers.
  for (let i = 0; i < 240; i++) {
    try {
      await fetch(`${url}${LIST_QUERY}`, { headers: HEADERS });
      return { url, stop: prism.stop };
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  await prism.stop();
  throw new Error('prism mock did not answer within 60 s');
}

/**
 * Starts every server, then loads them in alternating rounds (so a busy machine affects them
 * alike) and takes each server's median round. Returns one row per server.
 */
export async function measureThroughput(bundle, { seconds = 4, rounds = 3, connections = 10 } = {}) {
  const servers = [
    { name: 'hwcloud-directory-mock', ...(await startChild(process.execPath, [`${repoRoot}bench/mocks/serve-mock.mjs`, bundle, 'validate-requests'], /READY (http:\/\/\S+)/)) },
    { name: 'hwcloud-directory-mock --validate-responses', ...(await startChild(process.execPath, [`${repoRoot}bench/mocks/serve-mock.mjs`, bundle, 'validate-responses'], /READY (http:\/\/\S+)/)) },
    { name: 'prism mock (same bundled spec)', ...(await startPrismMock()) },
  ];
  const results = new Map(servers.map((s) => [s.name, []]));
  try {
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? servers : [...servers].reverse();
      for (const server of order) results.get(server.name).push(await load(`${server.url}${LIST_QUERY}`, seconds, connections));
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return servers.map(({ name }) => {
    const runs = results.get(name);
    return {
      server: name,
      requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
      latencyP50: median(runs.map((r) => r.latencyP50)),
      latencyP99: median(runs.map((r) => r.latencyP99)),
      rounds: runs.map((r) => Math.round(r.requestsPerSecond)),
    };
  });
}
