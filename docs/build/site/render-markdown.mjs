import { Marked } from 'marked';
import { codeBlock } from './code-block.mjs';
import { escapeHtml } from './escape-html.mjs';
import { scrollableTables } from './scrollable-tables.mjs';
import { slugifyHeading } from './slugify-heading.mjs';

/**
 * Renders a guide's Markdown to HTML with GitHub-flavoured tables (each in its own scrolling
 * box), code blocks highlighted at build time (see code-block.mjs), heading ids and
 * site-relative links:
 * - `other-guide.md#part` becomes `other-guide.html#part`;
 * - `op:<api>/<operationId>` becomes the link to that operation in the reference, and
 *   fails the build when the operation does not exist.
 * @param {string} markdown
 * @param {{ operationLinks: Map<string, string> }} context `meeting/searchCorpAdmins` -> relative URL
 * @returns {{ html: string, title: string, toc: Array<{ id: string, text: string }> }}
 */
export function renderMarkdown(markdown, { operationLinks }) {
  const toc = [];
  const used = new Map();
  let title = '';
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      heading({ tokens, depth, text }) {
        const inner = this.parser.parseInline(tokens);
        const plain = text.replace(/`/g, '');
        let id = slugifyHeading(plain) || 'section';
        const count = used.get(id) ?? 0;
        used.set(id, count + 1);
        if (count) id = `${id}-${count}`;
        if (depth === 1 && !title) title = plain;
        if (depth === 2) toc.push({ id, text: plain });
        return `<h${depth} id="${escapeHtml(id)}">${inner}</h${depth}>\n`;
      },
      code({ text, lang }) {
        return codeBlock(text, lang);
      },
      link({ href, title: linkTitle, tokens }) {
        const inner = this.parser.parseInline(tokens);
        const target = resolveHref(href, operationLinks);
        const titleAttribute = linkTitle ? ` title="${escapeHtml(linkTitle)}"` : '';
        return `<a href="${escapeHtml(target)}"${titleAttribute}>${inner}</a>`;
      },
    },
  });
  const html = scrollableTables(marked.parse(markdown, { async: false }));
  if (!title) throw new Error('docs: a guide must start with a level-1 heading');
  return { html, title, toc };
}

/** Maps a Markdown link target to the URL the built site uses. */
function resolveHref(href, operationLinks) {
  if (href.startsWith('op:')) {
    const key = href.slice(3);
    const url = operationLinks.get(key);
    if (!url) throw new Error(`docs: link to unknown operation "${key}" (known: ${[...operationLinks.keys()].join(', ')})`);
    return url;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#')) return href;
  return href.replace(/\.md(#|$)/, '.html$1');
}
