import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localizeRedocPage } from './localize-redoc-page.mjs';

const TEMPLATE = fileURLToPath(new URL('./redoc-template.hbs', import.meta.url));
const REDOCLY_BIN = join(
  createRequire(import.meta.url).resolve('@redocly/cli/package.json'),
  '..',
  'bin',
  'cli.js',
);

/**
 * Renders one API reference page with `redocly build-docs`, the Redoc bundle inlined so
 * nothing is fetched from a CDN, telemetry off, and no repo config picked up (it runs in
 * an empty temporary folder). Writes `outputFile`.
 * @param {object} document the docs-only copy of the bundle (see reference-document.mjs)
 * @param {{ title: string, outputFile: string }} options
 */
export function renderReference(document, { title, outputFile }) {
  const workDir = mkdtempSync(join(tmpdir(), 'hwcloud-docs-'));
  try {
    const specFile = join(workDir, 'openapi.json');
    writeFileSync(specFile, JSON.stringify(document));
    const rendered = join(workDir, 'reference.html');
    const result = spawnSync(
      process.execPath,
      [
        REDOCLY_BIN, 'build-docs', specFile,
        '--inlineBundle',
        '--template', TEMPLATE,
        '--title', title,
        '--output', rendered,
        '--lint-config', 'off',
      ],
      {
        cwd: workDir,
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      },
    );
    if (result.status !== 0) {
      throw new Error(`docs: redocly build-docs failed for ${title} (exit ${result.status}):\n${result.stderr}${result.stdout}`);
    }
    writeFileSync(outputFile, localizeRedocPage(readFileSync(rendered, 'utf8')));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
