// Standalone-server throughput: autocannon (bounded in time, loopback) on one list query,
// against the mock server (request validation always on; once more with response validation)
// and against `prism mock` serving the same bundled spec, in the same run.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { startChild } from './child-server.mjs';
import { repoRoot } from './bundle-mocks.mjs';
import { median } from './median.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

// The vendor page's example request for this operation (seed 000).
export const LIST_QUERY = '/v1/usg/abs/external-contacts?offset=0&limit=5&searchScope=CORP';
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
 * Runs autocannon against a URL; a 2 s warm-up first (JIT), then the measured run. HTTP/1.1
 * pipelining (10 deep, for every server alike) keeps the load generator, which shares the two
 * cores, from being the bottleneck.
 */
export const PIPELINING = 10;
async function load(url, pid, seconds, connections, pipelining = PIPELINING) {
  await autocannon({ url, headers: HEADERS, connections, pipelining, duration: 2 });
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({ url, headers: HEADERS, connections, pipelining, duration: seconds });
  const cpu = cpuMs(pid) - cpuBefore;
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return {
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    total: result.requests.total,
    // Server CPU per request: what the server itself spends, whatever else runs on the machine.
    cpuMicrosPerRequest: (cpu * 1000) / result.requests.total,
  };
}

/** User + system CPU time of a process in ms, from /proc (Linux); NaN elsewhere. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return Number.NaN;
  }
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
      return { url, pid: prism.pid, stop: prism.stop };
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
    // Let every server finish starting (Prism keeps compiling after it answers) before any round.
    for (const server of servers) await autocannon({ url: `${server.url}${LIST_QUERY}`, headers: HEADERS, connections, pipelining: PIPELINING, duration: 2 });
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? servers : [...servers].reverse();
      for (const server of order) results.get(server.name).push(await load(`${server.url}${LIST_QUERY}`, server.pid, seconds, connections));
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
  const prismRuns = results.get(servers[2].name);
  return servers.map(({ name }) => {
    const runs = results.get(name);
    return {
      server: name,
      // Each round's ratio compares runs made back to back, so load from elsewhere on the machine cancels out.
      ratioToPrism: median(runs.map((r, i) => r.requestsPerSecond / prismRuns[i].requestsPerSecond)),
      requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
      latencyP50: median(runs.map((r) => r.latencyP50)),
      latencyP99: median(runs.map((r) => r.latencyP99)),
      cpuMicrosPerRequest: median(runs.map((r) => r.cpuMicrosPerRequest)),
      rounds: runs.map((r) => Math.round(r.requestsPerSecond)),
    };
  });
}
