import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_KINDS, sampleHeader } from './sample-kinds.mjs';

/**
 * Reads the generated code samples of one operation as `x-codeSamples` entries, without
 * their generated-file header. Fails when a sample is missing, so that the reference never
 * ships an operation without its three samples.
 * @param {string} samplesDir generated/code-samples
 * @param {string} api `meeting` or `bss`
 * @param {string} operationId
 * @returns {Array<{ lang: string, label: string, source: string }>}
 */
export function readCodeSamples(samplesDir, api, operationId) {
  return SAMPLE_KINDS.map(({ suffix, lang, label, comment }) => {
    const file = join(samplesDir, api, `${operationId}.${suffix}`);
    if (!existsSync(file)) {
      throw new Error(`docs: missing code sample ${file}; run \`npm run build\` (step 60-code-samples) first`);
    }
    const text = readFileSync(file, 'utf8');
    const header = sampleHeader(comment);
    return { lang, label, source: (text.startsWith(header) ? text.slice(header.length) : text).trim() + '\n' };
  });
}
