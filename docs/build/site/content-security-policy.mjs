import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of a page: everything from the site itself (`'self'`), nothing
 * inline but the exact inline scripts and styles the page names by hash, nothing from
 * anywhere else. `data:` images and fonts and `blob:` images and connections are for Redoc
 * (inline icons and icon font, the description download).
 * @param {{ scripts?: string[], styles?: string[] }} [inline] the text of each inline `<script>`
 *   and `<style>` the page may run; `''` allows an empty `<style>` that a script fills
 *   through the CSSOM (styled-components in Redoc)
 * @returns {string}
 * @example contentSecurityPolicy() // "default-src 'none'; script-src 'self'; ..."
 */
export function contentSecurityPolicy({ scripts = [], styles = [] } = {}) {
  const hashes = (texts) => [...new Set(texts)].map((text) => ` '${sha256(text)}'`).join('');
  return [
    "default-src 'none'",
    `script-src 'self'${hashes(scripts)}`,
    `style-src 'self'${hashes(styles)}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The CSP source expression of a text's SHA-256 (`sha256-<base64>`). */
function sha256(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
