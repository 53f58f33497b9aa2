// The search box in the header of every guide page: full-text search with Pagefind over the
// index in pagefind/ (written by docs/build/search/write-search-index.mjs). Pagefind is
// loaded from the site itself on first use; each result shows the matching passage and links
// to the guide section or the reference operation it comes from.
(function () {
  const box = document.querySelector('[data-site-root]');
  if (!box) return;
  const root = box.getAttribute('data-site-root') || '';
  const input = box.querySelector('input[type="search"]');
  const results = box.querySelector('.search-results');
  const MAX_RESULTS = 10;
  let engine = null;
  let latest = 0;

  /** Pagefind's API, imported once; result URLs come back relative to the site root. */
  function load() {
    if (!engine) {
      engine = import(new URL(root + 'pagefind/pagefind.js', document.baseURI).href).then(async (pagefind) => {
        await pagefind.options({ baseUrl: '/', excerptLength: 24 });
        pagefind.init();
        return pagefind;
      });
    }
    return engine;
  }

  /** The part of a result to land on: the sub-result (guide section) with the most hits. */
  function bestSection(data) {
    const sections = (data.sub_results || []).filter((section) => section.locations && section.locations.length);
    if (!sections.length) return { url: data.url, title: '', excerpt: data.excerpt };
    return sections.reduce((best, section) => (section.locations.length > best.locations.length ? section : best));
  }

  /** Pagefind's excerpt (escaped text with <mark> around hits) as DOM nodes, without innerHTML. */
  function passage(excerpt) {
    const element = document.createElement('p');
    element.className = 'search-passage';
    const parsed = new DOMParser().parseFromString('<body>' + excerpt + '</body>', 'text/html');
    for (const node of parsed.body.childNodes) {
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        element.append(mark);
      } else {
        element.append(node.textContent);
      }
    }
    return element;
  }

  function message(text) {
    const item = document.createElement('li');
    item.textContent = text;
    results.replaceChildren(item);
  }

  function render(entries, query) {
    if (!entries.length) return message('No results for "' + query + '"');
    results.replaceChildren(...entries.map(({ data, section }) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = root + section.url.replace(/^\//, '');
      const title = data.meta.title || data.url;
      link.textContent = section.title && section.title !== title ? title + ' › ' + section.title : title;
      const where = document.createElement('span');
      where.className = 'search-section';
      where.textContent = data.meta.section || 'Guide';
      item.append(link, ' ', where, passage(section.excerpt));
      return item;
    }));
  }

  async function search(query) {
    const ticket = ++latest;
    if (!query) return results.replaceChildren();
    try {
      const pagefind = await load();
      const found = await pagefind.debouncedSearch(query, {}, 150);
      if (found === null || ticket !== latest) return; // a later keystroke took over
      const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (ticket !== latest) return;
      render(data.map((entry) => ({ data: entry, section: bestSection(entry) })), query);
    } catch (error) {
      if (ticket === latest) message('Search is unavailable: ' + (error && error.message ? error.message : String(error)));
    }
  }

  input.addEventListener('focus', () => { load().catch(() => {}); });
  input.addEventListener('input', () => search(input.value.trim()));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      input.value = '';
      latest += 1;
      results.replaceChildren();
    }
  });
})();
