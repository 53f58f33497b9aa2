// Adds up vitest JSON reports and prints one line: "N passed, N failed".
// Exits non-zero when a report is missing, failed, or ran no test.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let broken = false;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`ci-summary: ${file} is missing: the test run did not finish`);
    failed += 1;
    broken = true;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // Suites that failed to load count no tests but must fail the run.
  if (report.numFailedTestSuites > 0 || report.success === false) broken = true;
  if (report.numTotalTests === 0) {
    console.error(`ci-summary: ${file} ran no test`);
    broken = true;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
