// Every TypeScript snippet the docs show is real code against the real packages: the ```ts
// blocks of docs/guides/*.md and the generated client and MSW samples of every operation are
// type-checked, strict, against @hwcloud-directory/client and @hwcloud-directory/mocks as
// they are in packages/ (the root tsconfig maps both names to their sources).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedSamples, guideSnippets, modelOperationIds, repoRoot, sampleOperationId, type Snippet } from './support/doc-snippets.js';

// Inside the repo, so that imports of vitest, msw and the packages resolve from node_modules.
const workDir = join(repoRoot, 'node_modules', '.cache', `docs-snippets-${process.pid}`);

/** The ```ts blocks of every guide. */
const guides = guideSnippets();
/** The generated TypeScript samples (client and MSW) of every operation. */
const generated = generatedSamples('.ts');

/** Type-checks snippets as ES modules; returns the compiler's diagnostics for them, by origin. */
function typeCheck(snippets: Snippet[]): string[] {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const origins = new Map<string, string>();
  snippets.forEach((snippet, index) => {
    const file = `snippet-${index}.ts`;
    origins.set(file, snippet.origin);
    writeFileSync(join(workDir, file), `${snippet.source}\nexport {};\n`);
  });
  writeFileSync(
    join(workDir, 'tsconfig.json'),
    JSON.stringify({
      extends: join(repoRoot, 'tsconfig.json'),
      compilerOptions: { noEmit: true, types: ['node'], skipLibCheck: true },
      include: ['./snippet-*.ts'],
      exclude: [],
    }),
  );
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(workDir, 'tsconfig.json'), '--pretty', 'false'], { encoding: 'utf8' });
  // Diagnostics in the packages' own sources are their tests' business; the snippets' own and
  // any that belong to no file (a broken configuration) count here.
  return `${result.stdout}${result.stderr}`
    .split('\n')
    .filter((line) => /^(.*[\\/])?snippet-\d+\.ts\(/.test(line) || /^error TS/.test(line))
    .map((line) => {
      const file = /snippet-\d+\.ts/.exec(line)?.[0];
      return file ? `${origins.get(file)}: ${line.slice(line.indexOf(file) + file.length)}` : line;
    });
}

describe('docs snippets', () => {
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('finds the TypeScript snippets of every guide and operation', () => {
    expect(guides.length).toBeGreaterThanOrEqual(10);
    // Every operation of the models, once as a client sample and once as an MSW test.
    expect(generated.map(sampleOperationId).sort()).toEqual(modelOperationIds().flatMap((id) => [id, id]).sort());
  });

  it('type-checks every guide snippet and generated sample against the real client and mocks', () => {
    expect(typeCheck([...guides, ...generated])).toEqual([]);
  }, 120_000);

  it('reports a snippet that calls an operation the client does not have', () => {
    const diagnostics = typeCheck([
      {
        origin: 'a deliberately wrong snippet',
        source: "import { createMeetingClient } from '@hwcloud-directory/client';\n" +
          "const meeting = createMeetingClient({ auth: { accessToken: 't' } });\n" +
          "await meeting.GET('/v1/no/such/path');\n",
      },
    ]);
    expect(diagnostics.join('\n')).toMatch(/a deliberately wrong snippet: .*error TS/);
  }, 120_000);
});
