// The APIs this repo describes: their names in redocly.yaml and where their files live.
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** @type {{ name: string, redoclyApi: string, source: string }[]} */
export const apis = [
  { name: 'meeting', redoclyApi: 'meeting@v1', source: 'openapi/meeting/openapi.yaml' },
  { name: 'bss', redoclyApi: 'bss@v2', source: 'openapi/bss/openapi.yaml' },
];

/** Path of a generated file of an API, relative to the repo root. */
export const generatedPath = (api, suffix) => `generated/${api.name}.${suffix}`;
