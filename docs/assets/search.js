// Client-side search over search-index.json (built by docs/build/site/search-index.mjs).
// Every term the reader types must occur in an entry's title, section or text.
(function () {
  const box = document.querySelector('[data-site-root]');
  if (!box) return;
  const root = box.getAttribute('data-site-root') || '';
  const input = box.querySelector('input[type="search"]');
  const results = box.querySelector('.search-results');
  let index = null;

  function load() {
    if (!index) {
      index = fetch(root + 'search-index.json')
        .then((response) => (response.ok ? response.json() : []))
        .then((entries) => entries.map((entry) => ({ ...entry, haystack: (entry.title + ' ' + entry.section + ' ' + entry.text).toLowerCase() })));
    }
    return index;
  }

  function render(entries, query) {
    results.replaceChildren();
    if (!query) return;
    if (!entries.length) {
      const empty = document.createElement('li');
      empty.textContent = 'No results for "' + query + '"';
      results.append(empty);
      return;
    }
    for (const entry of entries.slice(0, 12)) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = root + entry.url;
      link.textContent = entry.title;
      const section = document.createElement('span');
      section.className = 'search-section';
      section.textContent = entry.section;
      item.append(link, ' ', section);
      results.append(item);
    }
  }

  input.addEventListener('focus', load);
  input.addEventListener('input', () => {
    const query = input.value.trim();
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    load().then((entries) => render(entries.filter((entry) => terms.every((term) => entry.haystack.includes(term))), query));
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      input.value = '';
      results.replaceChildren();
    }
  });
})();
