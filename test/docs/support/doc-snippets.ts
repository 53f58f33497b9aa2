// The TypeScript snippets the docs show: the ```ts blocks of docs/guides/*.md and the generated
// code samples of every operation, read once per test file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface Snippet {
  /** Where the reader sees it, e.g. `docs/guides/paging.md, TypeScript block 2`. */
  origin: string;
  source: string;
}

export interface GuideSnippet extends Snippet {
  /** The guide marks it `<!-- snippet: no-run (why) -->`, right before the block. */
  noRun: boolean;
}

/** The ```ts blocks of every guide, in order. */
export function guideSnippets(): GuideSnippet[] {
  const guidesDir = join(repoRoot, 'docs/guides');
  return readdirSync(guidesDir)
    .filter((file) => file.endsWith('.md'))
    .flatMap((file) => {
      const markdown = readFileSync(join(guidesDir, file), 'utf8');
      return [...markdown.matchAll(/(<!-- snippet: no-run[^>]*-->\s*)?^```ts\n([\s\S]*?)^```$/gm)].map((match, index) => ({
        origin: `docs/guides/${file}, TypeScript block ${index + 1}`,
        source: match[2]!,
        noRun: Boolean(match[1]),
      }));
    });
}

/** The generated code samples whose file name ends with `suffix` (`.ts`, `.client.ts`, `.msw.ts`). */
export function generatedSamples(suffix: string): Snippet[] {
  const samplesDir = join(repoRoot, 'generated/code-samples');
  return readdirSync(samplesDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix))
    .map((file) => ({ origin: `generated/code-samples/${file}`, source: readFileSync(join(samplesDir, file), 'utf8') }));
}

/** A snippet is a Vitest test file when it imports from vitest. */
export const isVitestFile = (snippet: Snippet) => /from 'vitest'/.test(snippet.source);

/** The operationIds of both operation models (`generated/<api>.operations.json`). */
export function modelOperationIds(): string[] {
  return ['meeting', 'bss'].flatMap((api) =>
    (JSON.parse(readFileSync(join(repoRoot, `generated/${api}.operations.json`), 'utf8')) as { operations: { operationId: string }[] }).operations.map((operation) => operation.operationId),
  );
}

/** The operationId a generated sample belongs to, from its file name (`<api>/<operationId>.<kind>.<ext>`). */
export const sampleOperationId = (snippet: Snippet) => snippet.origin.split('/').at(-1)!.split('.')[0]!;
