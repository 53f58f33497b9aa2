// `npm run bench:mocks`: standalone-server throughput against Prism, then the in-process cost of
// the directory store on 100k users (build, each query's and each write's median). Prints tables;
// writes JSON to bench/results/.
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { bundleMocks, repoRoot } from './bundle-mocks.mjs';
import { BUDGET, measureInProcess } from './in-process.mjs';
import { LIST_QUERY, PIPELINING, measureThroughput } from './throughput.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
// BENCH_MOCKS_PARTS=in-process runs one part (default: both).
const parts = (process.env.BENCH_MOCKS_PARTS ?? 'throughput,in-process').split(',');
const bundle = await bundleMocks();

let throughput = null;
if (parts.includes('throughput')) {
  console.log(`\nStandalone server throughput: autocannon, 10 connections, pipelining ${PIPELINING}, ${rounds} alternating rounds of ${seconds} s per server (each after a 2 s warm-up), 127.0.0.1; medians`);
  console.log(`GET ${LIST_QUERY} with X-Access-Token\n`);
  throughput = await measureThroughput(bundle, { seconds, rounds });
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
}

let inProcess = null;
if (parts.includes('in-process')) {
  console.log('\nIn process: reads through setupServer (msw/node) + fetch and straight on the store, writes on the store; tinybench, medians');
  inProcess = await measureInProcess(bundle);
  const ms = (value) => (value < 0.1 ? value.toFixed(4) : value.toFixed(3));
  const runs = inProcess.buildRuns;
  console.log(`directory of ${inProcess.size} users in ${inProcess.departments} departments, cold builds in ${runs.length} fresh processes (MSW loaded first): median ${Math.round(inProcess.buildMs)} ms, ${Math.round(inProcess.buildCpuMs)} ms of CPU (budget ${BUDGET.buildMs} ms: ${inProcess.buildMs < BUDGET.buildMs ? 'met' : 'NOT met'}); runs ${runs.map((run) => Math.round(run.buildMs)).join(' / ')} ms`);
  console.log(`its ${inProcess.size} external contacts and member accounts generated on first read in ${Math.round(inProcess.lazyTablesMs)} ms (${Math.round(inProcess.lazyTablesCpuMs)} ms of CPU); built once more in this process, after the bench harness loaded, in ${Math.round(inProcess.buildInBenchMs)} ms`);
  console.log(`machine load average (1 min) ${inProcess.load.map((l) => l.toFixed(1)).join(' -> ')} on ${availableParallelism()} cores`);
  console.log(`subtree queries: department ${inProcess.subtree.code}, ${inProcess.subtree.members} users; searchUsers ${inProcess.searchUsersServed ? 'served: measured through setupServer' : 'not served yet: measured on the store only'}\n`);
  console.table(
    inProcess.rows.map((row) => {
      const budget = row.kind.startsWith('write') ? BUDGET.writeMedianMs : BUDGET.readMedianMs;
      return { kind: row.kind, task: row.task, 'median ms': ms(row.medianMs), 'p99 ms': ms(row.p99Ms), samples: row.samples, budget: `${row.medianMs < budget ? 'met' : 'NOT met'} (< ${budget} ms)` };
    }),
  );
}

writeFileSync(`${repoRoot}bench/results/mocks.json`, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, throughput, inProcess }, null, 2)}\n`);
process.exit(0);
