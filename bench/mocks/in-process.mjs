// In-process cost: time per list query through MSW's setupServer on a directory of 100k
// records per collection, measured with tinybench (time-bounded).
import { setupServer } from 'msw/node';
import { Bench } from 'tinybench';

const HEADERS = { 'X-Access-Token': 'mock-static-admin-token-7f3c2a9e4b1d' };
const BASE = 'https://api.meeting.huaweicloud.com';

/** Runs the in-process benchmark on the bundled mocks; returns rows of { task, meanMs, p99Ms, opsPerSecond }. */
export async function measureInProcess(bundle, { size = 100_000, timeMs = 3000 } = {}) {
  const { createDirectory, createHandlers, basicAuthorization } = await import(bundle);
  const started = performance.now();
  const directory = createDirectory({ seed: 42, size });
  const buildMs = performance.now() - started;
  const server = setupServer(...createHandlers(directory));
  server.listen({ onUnhandledRequest: 'error' });
  const query = async (path, init = {}) => {
    const response = await fetch(`${BASE}${path}`, { ...init, headers: { ...HEADERS, ...init.headers } });
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
    await response.json();
  };
  const bench = new Bench({ time: timeMs, warmupTime: 500 });
  bench
    .add('external contacts, page 5000 of 10 (100k records)', () => query('/v1/usg/abs/external-contacts?offset=50000&limit=10'))
    .add('external contacts, fuzzy search "王" (100k records)', () => query(`/v1/usg/abs/external-contacts?limit=10&searchKey=${encodeURIComponent('王')}`))
    .add('legacy search, department subtree + status (100k users)', () =>
      query('/rest/usg/datacenter/v1/corp/member/search', {
        method: 'POST',
        headers: { Authorization: basicAuthorization(HEADERS['X-Access-Token']), 'Content-Type': 'application/json' },
        body: JSON.stringify({ deptCode: '1001', status: 0, pageIndex: 3, pageSize: 50 }),
      }),
    );
  await bench.run();
  server.close();
  return {
    size,
    buildMs,
    rows: bench.tasks.map((task) => {
      const latency = task.result.latency;
      return { task: task.name, meanMs: latency.mean, p99Ms: latency.p99, opsPerSecond: task.result.throughput.mean, samples: latency.samplesCount };
    }),
  };
}
