/** The remote images Redoc's standalone bundle would load, and the local files served instead. */
const REMOTE_IMAGES = [
  ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', '../assets/redoc-logo-full.svg'],
  ['https://cdn.redoc.ly/redoc/logo-mini.svg', '../assets/redoc-logo-mini.svg'],
];

/**
 * Makes a page written by `redocly build-docs --inlineBundle` self-contained and
 * sub-path safe: the attribution logo Redoc fetches from its CDN is served from the site,
 * and the server-rendered sidebar links (`href="/tag"`, absolute) become the hash routes
 * the hydrated page uses (`href="#/tag"`).
 * @param {string} html the page as written by Redoc
 * @returns {string}
 */
export function localizeRedocPage(html) {
  let page = html;
  for (const [remote, local] of REMOTE_IMAGES) {
    if (!page.includes(remote)) {
      throw new Error(`docs: Redoc no longer references ${remote}; review localize-redoc-page.mjs for the new bundle`);
    }
    page = page.replaceAll(remote, local);
  }
  const scriptStart = page.indexOf('<script type="module">');
  if (scriptStart < 0) throw new Error('docs: the Redoc page has no inline module script; was --inlineBundle dropped?');
  const prerendered = page.slice(0, scriptStart).replace(/href="\/(?!\/)([^"]*)"/g, 'href="#/$1"');
  return prerendered + page.slice(scriptStart);
}
