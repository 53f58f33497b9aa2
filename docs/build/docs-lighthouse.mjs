// Lighthouse (12.2.3, pinned) on the built docs site, as a program: `npm run docs:lighthouse
// [-- --dir docs/site] [--out .artifacts/lighthouse] [--min 95]` starts it (`npm run docs:build`
// first). Serves the site with the preview server on 127.0.0.1 under a sub-path, runs Lighthouse's
// default (mobile, simulated throttling) audit of the landing page, a guide and a reference page
// in Debian's Chromium, prints the scores and what each page transferred, writes the reports to
// the out folder and fails when a category scores under --min. A reference page opened at an
// operation (Redoc starts at once) is measured too and reported, not held to --min.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { repoRoot } from '../../scripts/lib/apis.mjs';
import { redocOperationAnchor } from './reference/redoc-anchor.mjs';
import { startStaticServer } from './site/static-server.mjs';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The first paged operation of the Meeting model: a reference page opened where Redoc must start at once. */
const meeting = JSON.parse(readFileSync(join(repoRoot, 'generated', 'meeting.operations.json'), 'utf8'));
const deepLink = redocOperationAnchor(meeting.operations.find((operation) => operation.paging) ?? meeting.operations[0]);
const PAGES = [
  { page: 'index.html', held: true },
  { page: 'guides/getting-started.html', held: true },
  { page: 'reference/meeting.html', held: true },
  { page: `reference/meeting.html${deepLink}`, held: false },
];

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: join(repoRoot, 'docs', 'site') },
    out: { type: 'string', default: join(repoRoot, '.artifacts', 'lighthouse') },
    min: { type: 'string', default: '95' },
  },
});
const siteDir = resolve(values.dir);
if (!existsSync(join(siteDir, 'index.html'))) {
  console.error(`docs:lighthouse: no site in ${siteDir}; run \`npm run docs:build\` first`);
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`docs:lighthouse: ${CHROMIUM} is missing (apt-get install -y chromium)`);
  process.exit(1);
}
const minimum = Number(values.min);
mkdirSync(values.out, { recursive: true });

const site = await startStaticServer({ root: siteDir, basePath: '/hwcloud-directory/docs/' });
const profile = mkdtempSync(join(tmpdir(), 'docs-lighthouse-'));
const chromium = await launchChromium(profile);
const rows = [];
try {
  for (const { page, held } of PAGES) {
    const result = await lighthouse(site.url + page, { port: chromium.port, output: ['json', 'html'], logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error(`docs:lighthouse: no result for ${page}`);
    const { lhr, report } = result;
    if (lhr.runtimeError) throw new Error(`docs:lighthouse: ${page}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const name = page.replace(/[^a-z0-9]+/gi, '-').replace(/-+$/, '');
    writeFileSync(join(values.out, `${name}.report.json`), report[0]);
    writeFileSync(join(values.out, `${name}.report.html`), report[1]);
    const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]));
    const metric = (id) => lhr.audits[id]?.displayValue ?? '';
    rows.push({
      page, held, scores,
      transferKiB: Math.round((lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1024),
      fcp: metric('first-contentful-paint'), lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time'), cls: metric('cumulative-layout-shift'),
    });
  }
} finally {
  chromium.process.kill();
  await site.close();
  rmSync(profile, { recursive: true, force: true });
}

writeFileSync(join(values.out, 'summary.json'), `${JSON.stringify({ lighthouse: '12.2.3', formFactor: 'mobile (default, simulated throttling)', minimum, rows }, null, 2)}\n`);
for (const row of rows) {
  console.log(`${row.page}${row.held ? '' : ' (reported only)'}: ${CATEGORIES.map((category) => `${category} ${row.scores[category]}`).join(', ')}; ` +
    `${row.transferKiB} KiB transferred; FCP ${row.fcp}, LCP ${row.lcp}, TBT ${row.tbt}, CLS ${row.cls}`);
}
const failing = rows.filter((row) => row.held).flatMap((row) => CATEGORIES.filter((category) => row.scores[category] < minimum).map((category) => `${row.page} ${category} ${row.scores[category]}`));
if (failing.length) {
  console.error(`docs:lighthouse: under ${minimum}: ${failing.join('; ')} (reports in ${values.out})`);
  process.exit(1);
}
console.log(`docs:lighthouse: every held page scores ${minimum} or more in ${CATEGORIES.join(', ')} (reports in ${values.out})`);

/** Starts headless Chromium with a DevTools port for Lighthouse; resolves once the port is known. */
function launchChromium(userDataDir) {
  const child = spawn(CHROMIUM, [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((ready, fail) => {
    let stderr = '';
    const timer = setTimeout(() => fail(new Error(`docs:lighthouse: Chromium gave no DevTools port within 20 s:\n${stderr}`)), 20_000);
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr)?.[1];
      if (port) {
        clearTimeout(timer);
        ready({ process: child, port: Number(port) });
      }
    });
    child.once('exit', (code) => fail(new Error(`docs:lighthouse: Chromium exited (${code}):\n${stderr}`)));
  });
}
