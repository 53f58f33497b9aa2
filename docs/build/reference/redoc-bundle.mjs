import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const REDOCLY_CLI = join(createRequire(import.meta.url).resolve('@redocly/cli/package.json'), '..');
/** The Redoc bundle `redocly build-docs --inlineBundle` would inline into every page (an ES module exporting `hydrate`). */
const STANDALONE = join(REDOCLY_CLI, 'lib', 'chunks', 'redoc.standalone.js');

/** The remote images the bundle would load, and the local files served instead (relative to a reference page). */
const REMOTE_IMAGES = [
  ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', '../assets/redoc-logo-full.svg'],
  ['https://cdn.redoc.ly/redoc/logo-mini.svg', '../assets/redoc-logo-mini.svg'],
];
/**
 * Changes to the bundle, each found exactly once or the build fails:
 * - for the pages' CSP (no 'unsafe-inline'): Redoc's code highlighter writes each token's colour
 *   as an inline `style` attribute; the token names its colour variable in a data attribute
 *   instead, coloured by {@link redocTokenCss};
 * - for the pages' CSP (no 'unsafe-eval'): Redoc's search index would build its web worker from
 *   a string (`Function(…)`), which CSP refuses and reports as a violation; it builds the index
 *   without a worker instead, as it does when that fails (the site hides Redoc's search box);
 * - for WCAG 2.5.3 (label in name): the example switcher is labelled "Example" while it shows
 *   the example's name; its name is what it shows.
 */
const PATCHES = [
  { what: 'inline token colours', from: '` style="color: var(${i})"`', to: '` data-token-color="${i}"`' },
  { what: 'search worker from a string', from: /try\{return \w+\._factory\?\?=Function\(\w+\),!0\}catch\{return!1\}/g, to: 'return!1' },
  { what: 'example switcher label', from: '"aria-label":`Example`,options:', to: 'options:' },
];

/**
 * The Redoc bundle the site serves once to every reference page, made self-contained and
 * CSP-safe: the attribution logos come from the site instead of Redoc's CDN, and the
 * {@link PATCHES} apply. Fails when Redoc stops containing what is replaced, so that an
 * upgrade is reviewed rather than half-localized.
 * @returns {{ source: string, version: string }} the module's text and Redoc's version
 */
export function redocBundle() {
  let source = readFileSync(STANDALONE, 'utf8');
  for (const [remote, local] of REMOTE_IMAGES) {
    if (!source.includes(remote)) throw new Error(`docs: Redoc no longer references ${remote}; review redoc-bundle.mjs for the new bundle`);
    source = source.replaceAll(remote, local);
  }
  for (const { what, from, to } of PATCHES) {
    const found = typeof from === 'string' ? source.split(from).length - 1 : (source.match(from) ?? []).length;
    if (found !== 1) throw new Error(`docs: the Redoc bundle holds ${found} places for the patch "${what}" (expected 1); review redoc-bundle.mjs for the new bundle`);
    source = source.replace(from, () => to);
  }
  if (!/export\s*\{[^}]*\bhydrate\b[^}]*\}\s*;?\s*$/.test(source)) throw new Error('docs: the Redoc bundle no longer exports hydrate; review redoc-bundle.mjs');
  const version = source.match(/Version: (\d+\.\d+\.\d+)/)?.[1] ?? 'unknown';
  return { source, version };
}

/**
 * The rules that colour code tokens marked by the localized bundle: one per colour variable
 * the bundle names (`--code-block-tokens-<kind>-color`).
 * @param {string} source the localized bundle
 * @returns {string} CSS
 */
export function redocTokenCss(source) {
  const names = [...new Set(source.match(/--code-block-tokens-[a-z-]+-color/g) ?? [])].sort();
  if (!names.length) throw new Error('docs: the Redoc bundle names no --code-block-tokens-*-color variable; review redoc-bundle.mjs');
  return names.map((name) => `[data-token-color="${name}"]{color:var(${name})}`).join('\n');
}
