// Operations per second of one typed GET (searchCorpExternalDir, limit=10) through:
// a hand-written fetch call, bare openapi-fetch, @hwcloud-directory/client (full stack:
// request id, auth, typed errors, retry transport with timeout), and the client that
// `redocly generate-client` produces from generated/meeting.openapi.yaml.
import createClient from 'openapi-fetch';
import { Bench } from 'tinybench';
import { createMeetingClient } from '../../packages/client/src/index.js';
import type { paths } from '../../packages/client/src/generated/meeting-types.js';
// Generated at bench time by bench/client/run.mjs (never committed).
import { createClient as createRedoclyClient, OPERATIONS } from 'redocly-meeting-client';
import { accessToken, baseUrl, stubFetch } from './fixtures.js';

const query = { limit: 10 };

async function handWritten() {
  const response = await stubFetch(`${baseUrl}/v1/usg/abs/external-contacts?limit=10`, {
    headers: { 'X-Access-Token': accessToken, 'X-Request-Id': crypto.randomUUID() },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

const bare = createClient<paths>({ baseUrl, fetch: stubFetch });
const ours = createMeetingClient({ auth: { accessToken }, fetch: stubFetch });
const redocly = createRedoclyClient(OPERATIONS, { serverUrl: baseUrl, fetch: stubFetch as typeof fetch, auth: { apiKey: { accessToken } } }) as any;

const cases: Record<string, () => Promise<unknown>> = {
  'hand-written fetch': handWritten,
  'openapi-fetch (bare)': async () => {
    const { data, error } = await bare.GET('/v1/usg/abs/external-contacts', { params: { query }, headers: { 'X-Access-Token': accessToken } });
    if (error) throw new Error('failed');
    return data;
  },
  '@hwcloud-directory/client': async () => (await ours.GET('/v1/usg/abs/external-contacts', { params: { query } })).data,
  'redocly generate-client': async () => redocly.searchCorpExternalDir({ query }),
};

// Every case must really return the body before it is timed.
for (const [name, run] of Object.entries(cases)) {
  const body = (await run()) as { count?: number };
  if (body?.count !== 1) throw new Error(`${name} did not return the stubbed body: ${JSON.stringify(body)}`);
}

const time = Number(process.env.BENCH_TIME_MS ?? 1500);
const bench = new Bench({ time, warmup: true, warmupTime: 300 });
for (const [name, run] of Object.entries(cases)) bench.add(name, run);
await bench.run();

const hz = (name: string) => bench.tasks.find((t) => t.name === name)!.result!;
const baseline = (hz('openapi-fetch (bare)') as any).throughput.mean as number;
const rows = bench.tasks.map((task) => {
  const r = task.result as any;
  const opsPerSec = r.throughput.mean as number;
  return {
    client: task.name,
    'ops/s': Math.round(opsPerSec).toLocaleString('en-US'),
    '± %': (r.throughput.rme as number).toFixed(1),
    'x openapi-fetch': (opsPerSec / baseline).toFixed(2),
    samples: r.throughput.samplesCount ?? r.samples?.length,
  };
});
console.log(`\nOverhead: one typed GET, stubbed fetch resolving at once (${time} ms per case, Node ${process.version})`);
console.table(rows);
const ratio = (hz('@hwcloud-directory/client') as any).throughput.mean / baseline;
const vsRedocly = (hz('@hwcloud-directory/client') as any).throughput.mean / (hz('redocly generate-client') as any).throughput.mean;
console.log(`@hwcloud-directory/client = ${ratio.toFixed(2)}x bare openapi-fetch (target >= 0.80): ${ratio >= 0.8 ? 'met' : 'NOT met'}`);
console.log(`@hwcloud-directory/client = ${vsRedocly.toFixed(2)}x the Redocly-generated client (target > 1.00): ${vsRedocly > 1 ? 'met' : 'NOT met'}`);
