import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Opens the generated code samples through their index (generated/code-samples/index.json,
 * written by pipeline step 60-code-samples) and returns a reader of one operation's samples
 * as `x-codeSamples` entries, in the index's order and without their generated-file header.
 * Fails when the index or a sample is missing, or when an operation has none, so that the
 * reference never ships an operation without its samples.
 * @param {string} samplesDir generated/code-samples
 * @returns {(api: string, operationId: string) => Array<{ lang: string, label: string, source: string }>}
 * @example readCodeSamples(samplesDir)('meeting', 'searchCorpAdmins') // [{ lang: 'Shell', label: 'curl', source: 'curl …' }, …]
 */
export function readCodeSamples(samplesDir) {
  const indexFile = join(samplesDir, 'index.json');
  if (!existsSync(indexFile)) {
    throw new Error(`docs: ${indexFile} is missing; run \`npm run build\` (step 60-code-samples) first`);
  }
  const { headerLines, samples } = JSON.parse(readFileSync(indexFile, 'utf8'));
  return (api, operationId) => {
    const entries = samples?.[api]?.[operationId];
    if (!entries?.length) {
      throw new Error(`docs: ${indexFile} lists no code sample for ${api}/${operationId}; run \`npm run build\` (step 60-code-samples) again`);
    }
    return entries.map(({ lang, label, file }) => {
      const path = join(samplesDir, file);
      if (!existsSync(path)) {
        throw new Error(`docs: missing code sample ${path}; run \`npm run build\` (step 60-code-samples) first`);
      }
      const source = readFileSync(path, 'utf8').split('\n').slice(headerLines).join('\n');
      return { lang, label, source: source.trim() + '\n' };
    });
  };
}
