// Bundles each API's split description into one file, as YAML and as JSON, in generated/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { apis, generatedPath, repoRoot } from '../lib/apis.mjs';
import { generatedHeader, generatedNote } from '../lib/generated-header.mjs';

const step = '10-bundle.mjs';
const scratch = mkdtempSync(join(tmpdir(), 'hwcloud-bundle-'));
try {
  for (const api of apis) {
    const out = join(scratch, `${api.name}.yaml`);
    const result = spawnSync(
      process.execPath,
      [join(repoRoot, 'node_modules/@redocly/cli/bin/cli.js'), 'bundle', api.redoclyApi, '-o', out],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    if (result.status !== 0) {
      console.error(result.stdout, result.stderr);
      throw new Error(`redocly bundle ${api.redoclyApi} failed (exit ${result.status})`);
    }
    // Put the note first among the root keys so that readers of either format see it.
    const { openapi, ...rest } = parse(readFileSync(out, 'utf8'));
    const bundle = { openapi, 'x-generated': generatedNote(step), ...rest };
    writeFileSync(
      join(repoRoot, generatedPath(api, 'openapi.yaml')),
      generatedHeader(step, '#') + stringify(bundle, { lineWidth: 0 }),
    );
    writeFileSync(join(repoRoot, generatedPath(api, 'openapi.json')), JSON.stringify(bundle, null, 2) + '\n');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
