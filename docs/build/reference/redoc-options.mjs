/**
 * The options Redoc prerenders and hydrates a reference with:
 * - `codeSamples.languages`: Redoc 3 shows only the code samples whose label (or language)
 *   is in that list, which defaults to its own (curl, JavaScript, Python, …), and chooses
 *   between them with a language switcher: the languages are every distinct sample label of
 *   the document, in the order the samples come.
 * @param {object} document the docs-only copy of a bundle, with `x-codeSamples` (reference-document.mjs)
 * @returns {object}
 * @example redocOptions(document).codeSamples.languages // [{ lang: 'Shell', label: 'curl' }, { lang: 'TypeScript', label: 'TypeScript client' }, …]
 */
export function redocOptions(document) {
  const languages = new Map();
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(pathItem)) {
      for (const { lang, label } of operation?.['x-codeSamples'] ?? []) {
        if (!languages.has(label)) languages.set(label, { lang, label });
      }
    }
  }
  return { codeSamples: { languages: [...languages.values()] } };
}
