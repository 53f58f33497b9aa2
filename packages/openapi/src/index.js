// Where the bundled OpenAPI descriptions of this package live, and a loader for them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The APIs described: Huawei Cloud Meeting and Huawei Cloud BSS. */
export const apiNames = Object.freeze(['meeting', 'bss']);

/**
 * Absolute path of a bundled description.
 * @example specPath('meeting', 'yaml') // .../dist/meeting.openapi.yaml, for Prism or Postman
 */
export function specPath(api, format = 'json') {
  if (!apiNames.includes(api)) throw new TypeError(`Unknown API "${api}": use one of ${apiNames.join(', ')}.`);
  if (format !== 'json' && format !== 'yaml') throw new TypeError(`Unknown format "${format}": use "json" or "yaml".`);
  return fileURLToPath(new URL(`../dist/${api}.openapi.${format}`, import.meta.url));
}

/** The bundled description of an API, parsed from its JSON file. */
export function loadSpec(api) {
  return JSON.parse(readFileSync(specPath(api, 'json'), 'utf8'));
}
