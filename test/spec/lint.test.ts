import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });

describe('linting the descriptions', () => {
  it('finds 0 errors and 0 warnings with Redocly and Spectral, on sources and bundles, and no broken dependency rule', () => {
    const result = run(['scripts/lint.mjs']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const summaries = result.stdout.split('\n').filter((line) => / errors, \d+ warnings$/.test(line));
    // Redocly: two sources and two bundles; Spectral: all four at once.
    expect(summaries).toHaveLength(5);
    for (const line of summaries) expect(line).toMatch(/: 0 errors, 0 warnings$/);
    expect(result.stdout).toMatch(/^dependency rules: \d+ modules, \d+ dependencies, 0 violations$/m);
  }, 180_000);
});

describe('the house rules', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'house-rules-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('report each convention a description breaks', () => {
    const broken = join(scratch, 'broken.yaml');
    writeFileSync(
      broken,
      `openapi: 3.1.0
info: { title: Broken, version: 1.0.0, description: d, contact: { name: c }, license: { name: MIT, identifier: MIT } }
servers: [{ url: 'https://example.com', description: Production }]
paths:
  /things:
    get:
      operationId: List_things
      summary: List things
      description: d
      tags: [things]
      parameters:
        - name: q
          in: query
          schema: { type: string, maxLength: 10 }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  name: { type: string, description: A name without a length limit. }
                  size: { type: integer, format: int32, minimum: 0, maximum: 9 }
        '400':
          description: bad
tags: [{ name: things, description: Things. }]
`,
    );
    const result = run([
      'node_modules/@stoplight/spectral-cli/dist/index.js',
      'lint',
      broken,
      '--ruleset',
      '.spectral.yaml',
      '--format=json',
      '--quiet',
    ]);
    const codes = new Set(
      (JSON.parse(result.stdout.slice(result.stdout.indexOf('['))) as { code: string }[]).map((problem) => problem.code),
    );
    expect(codes).toContain('success-response-has-example');
    expect(codes).toContain('parameter-has-description');
    expect(codes).toContain('property-has-description');
    expect(codes).toContain('string-has-max-length');
    expect(codes).toContain('operation-id-camel-case');
    expect(codes).toContain('path-in-own-file');
  });
});
