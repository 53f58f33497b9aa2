// Reads what the pipeline generated: the bundled descriptions and the operation model.
// Build steps after 40-operation-model read the model from here instead of walking bundles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../lib/apis.mjs';

/** The bundled description of an API (generated/<api>.openapi.json). */
export function readBundle(api) {
  return JSON.parse(readFileSync(join(repoRoot, 'generated', `${api}.openapi.json`), 'utf8'));
}

/**
 * The operation model of an API (generated/<api>.operations.json).
 * @returns {import('@hwcloud-directory/protocol').ApiModel}
 */
export function readApiModel(api) {
  return JSON.parse(readFileSync(join(repoRoot, 'generated', `${api}.operations.json`), 'utf8'));
}
