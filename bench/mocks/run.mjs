// `npm run bench:mocks`: standalone-server throughput against Prism, then in-process time per
// list query on a 100k-record directory. Prints tables with ratios; writes JSON to bench/results/.
import { writeFileSync } from 'node:fs';
import { bundleMocks, repoRoot } from './bundle-mocks.mjs';
import { measureInProcess } from './in-process.mjs';
import { LIST_QUERY, PIPELINING, measureThroughput } from './throughput.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const bundle = await bundleMocks();

console.log(`\nStandalone server throughput: autocannon, 10 connections, pipelining ${PIPELINING}, ${rounds} alternating rounds of ${seconds} s per server (each after a 2 s warm-up), 127.0.0.1; medians`);
console.log(`GET ${LIST_QUERY} with X-Access-Token\n`);
const throughput = await measureThroughput(bundle, { seconds, rounds });
const prismCpu = throughput[throughput.length - 1].cpuMicrosPerRequest;
console.table(
  throughput.map((row) => ({
    server: row.server,
    'req/s': Math.round(row.requestsPerSecond),
    'p50 ms': row.latencyP50.toFixed(1),
    'p99 ms': row.latencyP99.toFixed(1),
    'req/s per round': row.rounds.join(' / '),
    'vs prism (median of per-round ratios)': `${row.ratioToPrism.toFixed(1)}x`,
    'server CPU µs/req': Math.round(row.cpuMicrosPerRequest),
    'CPU cost vs prism': `${(prismCpu / row.cpuMicrosPerRequest).toFixed(1)}x less`,
  })),
);
const ratio = throughput[0].ratioToPrism;
console.log(`target >= 5x Prism's req/s: ${ratio >= 5 ? 'met' : 'NOT met'} (${ratio.toFixed(1)}x); server CPU per request: ${(prismCpu / throughput[0].cpuMicrosPerRequest).toFixed(1)}x less than Prism`);
console.log('(req/s on a shared two-core machine also measure the load generator and whatever else runs; CPU per request does not.)');

console.log('\nIn process: setupServer (msw/node) + fetch, tinybench 3 s per task');
const inProcess = await measureInProcess(bundle);
console.log(`directory of ${inProcess.size} records per collection built in ${Math.round(inProcess.buildMs)} ms\n`);
console.table(inProcess.rows.map((row) => ({ task: row.task, 'mean ms': row.meanMs.toFixed(3), 'p99 ms': row.p99Ms.toFixed(3), 'queries/s': Math.round(row.opsPerSecond), samples: row.samples })));

writeFileSync(`${repoRoot}bench/results/mocks.json`, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, throughput, inProcess }, null, 2)}\n`);
process.exit(0);
