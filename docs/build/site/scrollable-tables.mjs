import { escapeHtml } from './escape-html.mjs';

/**
 * Puts every `<table>` of a page body in its own horizontally scrolling box, so that a wide
 * table scrolls inside the text column instead of widening the page (or running under the
 * table of contents). The box is focusable, so keyboard users can scroll it, and is a named
 * region: the table's caption, or else the heading the table sits under.
 * @param {string} html a page body
 * @returns {string}
 * @example scrollableTables('<h2 id="a">Codes</h2><table>…</table>')
 * // '<h2 id="a">Codes</h2><div class="table-scroll" role="region" aria-label="Table: Codes" tabindex="0"><table>…</table></div>'
 */
export function scrollableTables(html) {
  let heading = '';
  return html.replace(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>|<table\b[\s\S]*?<\/table>/g, (match, headingHtml) => {
    if (headingHtml !== undefined) {
      heading = plainText(headingHtml);
      return match;
    }
    const caption = /<caption\b[^>]*>([\s\S]*?)<\/caption>/.exec(match);
    const name = (caption && plainText(caption[1])) || heading;
    const label = name ? `Table: ${name}` : 'Table';
    return `<div class="table-scroll" role="region" aria-label="${escapeHtml(label)}" tabindex="0">${match}</div>`;
  });
}

/** The text of an HTML fragment, tags dropped and the entities this site writes decoded. */
function plainText(html) {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
