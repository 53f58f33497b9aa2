import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REDOCLY_BIN = join(createRequire(import.meta.url).resolve('@redocly/cli/package.json'), '..', 'bin', 'cli.js');
/** A template that only marks where build-docs puts its head (styles) and body (markup and script). */
const TEMPLATE = '<!--redoc-head-->{{{redocHead}}}<!--redoc-body-->{{{redocHTML}}}<!--redoc-end-->';

/**
 * Prerenders one API reference with `redocly build-docs` (Redoc 3 in @redocly/cli), telemetry
 * off and no repo config picked up (it runs in an empty temporary folder), and takes the page
 * apart: the server-rendered markup, the styles styled-components collected, and the
 * definition and options that `hydrate` must get to take the markup over in the browser.
 * The markup's links are made sub-path safe: Redoc renders its menu links root-absolute
 * (`href="/tag"`) until hydration turns them into the hash routes it uses (`href="#/tag"`).
 * The Redoc bundle itself is not part of it: the site serves one copy to every page
 * (see redoc-bundle.mjs).
 * @param {object} document the docs-only copy of the bundle (see reference-document.mjs)
 * @param {{ options: object }} redoc Redoc's options (see redoc-options.mjs)
 * @returns {{ markup: string, css: string, definition: string, options: string }} `markup` is
 *   `<div id="redoc">…</div>`; `definition` and `options` are JSON texts safe inside `<script>`
 */
export function prerenderReference(document, { options }) {
  const workDir = mkdtempSync(join(tmpdir(), 'hwcloud-docs-'));
  try {
    const files = { spec: 'openapi.json', options: 'redoc-options.json', template: 'template.hbs', output: 'reference.html' };
    writeFileSync(join(workDir, files.spec), JSON.stringify(document));
    writeFileSync(join(workDir, files.options), JSON.stringify(options));
    writeFileSync(join(workDir, files.template), TEMPLATE);
    const result = spawnSync(
      process.execPath,
      [REDOCLY_BIN, 'build-docs', files.spec, '--openapi', files.options, '--template', files.template, '--output', files.output, '--lint-config', 'off'],
      {
        cwd: workDir,
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      },
    );
    if (result.status !== 0) {
      throw new Error(`docs: redocly build-docs failed for ${document.info?.title} (exit ${result.status}):\n${result.stderr}${result.stdout}`);
    }
    return takeApart(readFileSync(join(workDir, files.output), 'utf8'));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Splits what build-docs wrote into the TEMPLATE; fails when Redoc's output changed shape. */
function takeApart(page) {
  const fail = (what) => {
    throw new Error(`docs: redocly build-docs output has ${what}; review prerender-reference.mjs for the new Redoc`);
  };
  const head = between(page, '<!--redoc-head-->', '<!--redoc-body-->') ?? fail('no head');
  const body = between(page, '<!--redoc-body-->', '<!--redoc-end-->') ?? fail('no body');
  const styles = [...head.matchAll(/<style data-styled="true"[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
  if (styles.length !== 1) fail(`${styles.length} styled-components style tags (expected 1)`);
  const scriptStart = body.indexOf('<script type="module">');
  if (scriptStart < 0) fail('no module script');
  const markup = body.slice(0, scriptStart).trim().replace(/href="\/(?!\/)([^"]*)"/g, 'href="#/$1"');
  if (!markup.startsWith('<div id="redoc">')) fail('no <div id="redoc">');
  const script = body.slice(scriptStart);
  const definition = script.match(/const __redoc_definition = (.*);\n/)?.[1] ?? fail('no __redoc_definition');
  const options = script.match(/const __redoc_options = (.*);\n/)?.[1] ?? fail('no __redoc_options');
  if (!script.includes('hydrate(__redoc_definition, __redoc_options')) fail('no hydrate call');
  return { markup, css: styles[0], definition, options };
}

/** The text between two markers, or undefined. */
function between(text, start, end) {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  return from < 0 || to < 0 ? undefined : text.slice(from + start.length, to);
}
