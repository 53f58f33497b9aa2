// One cold build of a directory, in a process of its own: loads MSW's Node entry (as a test file
// that uses the mocks does), then the bundled mocks, builds the directory and prints one JSON
// line { buildMs, buildCpuMs, lazyTablesMs, lazyTablesCpuMs, departments }.
// Usage: node build-child.mjs BUNDLE SIZE
import 'msw/node';

const [bundle, size] = process.argv.slice(2);
const { createDirectory } = await import(bundle);
// Wall time, and the process's CPU time (all threads, GC helpers included).
const cpuMs = (since) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};
let cpu = process.cpuUsage();
let started = performance.now();
const directory = createDirectory({ seed: 42, size: Number(size) });
const buildMs = performance.now() - started;
const buildCpuMs = cpuMs(cpu);
// External contacts and member accounts are generated on first read: timed apart.
cpu = process.cpuUsage();
started = performance.now();
void directory.externalContacts.size;
void directory.subCustomers.size;
const lazyTablesMs = performance.now() - started;
const lazyTablesCpuMs = cpuMs(cpu);
console.log(JSON.stringify({ buildMs, buildCpuMs, lazyTablesMs, lazyTablesCpuMs, departments: directory.departments.size }));
