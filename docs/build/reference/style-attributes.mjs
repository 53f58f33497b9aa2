import { createHash } from 'node:crypto';

/**
 * Takes the inline `style` attributes out of prerendered markup, which the pages' CSP (no
 * 'unsafe-inline') would refuse: each becomes `data-ssr-style="<id>"`, styled for the first
 * paint by {@link styleAttributeCss} in the stylesheet; `assets/reference.js` puts the same
 * declarations back on the element through the CSSOM (which CSP allows) before Redoc hydrates,
 * so that the DOM is what Redoc rendered.
 * @param {string} markup HTML
 * @returns {{ markup: string, styles: Record<string, string> }} the markup without `style`
 *   attributes, and the declarations of each id
 * @example styleAttributes('<div style="display:none">') // { markup: '<div data-ssr-style="s1a2b3c4d">', styles: { s1a2b3c4d: 'display:none' } }
 */
export function styleAttributes(markup) {
  const styles = {};
  const rewritten = markup.replace(/ style="([^"]*)"/g, (_, escaped) => {
    const declarations = unescapeAttribute(escaped);
    const id = `s${createHash('sha256').update(declarations).digest('hex').slice(0, 8)}`;
    styles[id] = declarations;
    return ` data-ssr-style="${id}"`;
  });
  return { markup: rewritten, styles };
}

/**
 * The stylesheet rules that give elements marked by {@link styleAttributes} their declarations.
 * @param {Record<string, string>} styles
 * @returns {string} CSS
 */
export function styleAttributeCss(styles) {
  return Object.entries(styles)
    .map(([id, declarations]) => {
      if (/[{}<]/.test(declarations)) throw new Error(`docs: prerendered style attribute ${JSON.stringify(declarations)} cannot become a rule`);
      return `[data-ssr-style="${id}"]{${declarations}}`;
    })
    .join('\n');
}

/** An attribute value as the browser reads it (React escapes `&`, `"`, `<`, `>` and `'`). */
function unescapeAttribute(value) {
  return value
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}
