import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the site shows of one API, as the pipeline wrote it into generated/: the operation
 * model (`<api>.operations.json`: the operations, their paging rules, the vendor error codes),
 * which every list and table of the site comes from, and the bundled description
 * (`<api>.openapi.json`), which is only what Redoc renders and what the site offers for download.
 * @param {string} generatedDir generated/
 * @param {string} api `meeting` or `bss`
 * @returns {{ model: import('@hwcloud-directory/protocol').ApiModel, document: object }}
 */
export function readApi(generatedDir, api) {
  return {
    model: readJson(join(generatedDir, `${api}.operations.json`)),
    document: readJson(join(generatedDir, `${api}.openapi.json`)),
  };
}

/** A generated JSON file, or an error that says how to produce it. */
function readJson(file) {
  if (!existsSync(file)) throw new Error(`docs: ${file} is missing; run \`npm run build\` first`);
  return JSON.parse(readFileSync(file, 'utf8'));
}
