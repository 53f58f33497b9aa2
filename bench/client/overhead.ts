// Operations per second of one typed GET (searchCorpExternalDir, limit=10) through:
// a hand-written fetch call, bare openapi-fetch, @hwcloud-directory/client (full stack:
// request id, auth, typed errors, retry transport with timeout), and the client that
// `redocly generate-client` produces from generated/meeting.openapi.yaml, with its defaults
// and configured to do the same work as ours (request id, retries, timeout).
// Each fetch stub is measured in the same run: see ./fixtures.ts and ./README.md.
import createClient from 'openapi-fetch';
import { createMeetingClient } from '../../packages/client/src/index.js';
import type { MeetingPaths as paths } from '@hwcloud-directory/protocol';
// Generated at bench time by bench/client/run.mjs (never committed).
import { createClient as createRedoclyClient, OPERATIONS } from 'redocly-meeting-client';
import { accessToken, baseUrl, platformShapedFetch, stubFetch } from './fixtures.js';
import { compare, ratio, type CaseResult } from './measure.js';

const query = { limit: 10 };
type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

function casesFor(fetch: Fetch): Record<string, () => Promise<unknown>> {
  const bare = createClient<paths>({ baseUrl, fetch });
  const ours = createMeetingClient({ auth: { accessToken }, fetch });
  const redoclyAuth = { apiKey: { accessToken } };
  const redocly = createRedoclyClient(OPERATIONS, { serverUrl: baseUrl, fetch, auth: redoclyAuth, clientHeader: false }) as any;
  const redoclyLikeOurs = createRedoclyClient(OPERATIONS, {
    serverUrl: baseUrl,
    fetch,
    auth: redoclyAuth,
    clientHeader: false,
    retry: { retries: 2 },
    timeout: 30_000,
    onRequest: (request: { headers: Record<string, string> }) => void (request.headers['X-Request-Id'] ??= crypto.randomUUID()),
  }) as any;
  return {
    'hand-written fetch': async () => {
      const response = await fetch(`${baseUrl}/v1/usg/abs/external-contacts?limit=10`, {
        headers: { 'X-Access-Token': accessToken, 'X-Request-Id': crypto.randomUUID() },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    },
    'openapi-fetch (bare)': async () => {
      const { data, error } = await bare.GET('/v1/usg/abs/external-contacts', { params: { query }, headers: { 'X-Access-Token': accessToken } });
      if (error) throw new Error('failed');
      return data;
    },
    '@hwcloud-directory/client': async () => (await ours.GET('/v1/usg/abs/external-contacts', { params: { query } })).data,
    'redocly generate-client': () => redocly.searchCorpExternalDir({ query }),
    'redocly, same work as ours': () => redoclyLikeOurs.searchCorpExternalDir({ query }),
  };
}

const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const timeMs = Number(process.env.BENCH_TIME_MS ?? 300);
const warmupMs = Number(process.env.BENCH_WARMUP_MS ?? 500);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const x = (n: number) => `${n.toFixed(2)}x`;

for (const [label, fetch] of [
  ['fetch stub resolving at once (the issue\'s method)', stubFetch],
  ['platform-shaped stub: new Request(input, init), then answer', platformShapedFetch],
] as const) {
  const cases = casesFor(fetch);
  // Every case must really return the body before it is timed.
  for (const [name, run] of Object.entries(cases)) {
    const body = (await run()) as { count?: number };
    if (body?.count !== 1) throw new Error(`${name} did not return the stubbed body: ${JSON.stringify(body)}`);
  }
  const results = await compare(cases, { rounds, timeMs, warmupMs });
  const get = (name: string) => results.find((r) => r.name === name) as CaseResult;
  const bare = get('openapi-fetch (bare)');
  const ours = get('@hwcloud-directory/client');
  console.log(`\nOverhead, ${label}: median of ${rounds} rounds x ${timeMs} ms after ${warmupMs} ms warm-up (Node ${process.version})`);
  console.table(
    results.map((r) => {
      const vsBare = ratio(r, bare);
      return {
        client: r.name,
        'ops/s (median)': fmt(r.median),
        'min..max': `${fmt(r.min)}..${fmt(r.max)}`,
        spread: `${(((r.max - r.min) / r.median) * 100).toFixed(1)}%`,
        'x openapi-fetch (median, range)': `${x(vsBare.median)} (${x(vsBare.min)}..${x(vsBare.max)})`,
      };
    }),
  );
  const vsBare = ratio(ours, bare);
  const vsRedocly = ratio(ours, get('redocly generate-client'));
  const vsRedoclySame = ratio(ours, get('redocly, same work as ours'));
  const range = (r: { min: number; max: number }) => `(rounds: ${x(r.min)}..${x(r.max)})`;
  console.log(`@hwcloud-directory/client = ${x(vsBare.median)} bare openapi-fetch ${range(vsBare)} (target >= 0.80): ${vsBare.median >= 0.8 ? 'met' : 'NOT met'}`);
  console.log(`@hwcloud-directory/client = ${x(vsRedocly.median)} the Redocly client with its defaults ${range(vsRedocly)} (target > 1.00): ${vsRedocly.median > 1 ? 'met' : 'NOT met'}`);
  console.log(`@hwcloud-directory/client = ${x(vsRedoclySame.median)} the Redocly client doing the same work (request id, 3 attempts, 30 s timeout) ${range(vsRedoclySame)}`);
}
