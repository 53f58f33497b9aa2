/** Where the guides explain what the reference shows in short (relative to a reference page). */
const GUIDE_LINKS = {
  paging: '../guides/paging.html',
  pastEnd: '../guides/paging.html#offset-past-the-end-the-last-page-again',
  errors: '../guides/errors.html#every-vendor-code',
};

const POSITION = {
  offset: (param) => `\`${param}\` counts records from 0`,
  page: (param) => `\`${param}\` counts pages from 1`,
};
const PAST_END = {
  lastPage: (total) => `a position past the end returns the last page again, not an empty page: stop by the total (\`${total}\`), never by waiting for an empty page`,
  empty: () => 'a position past the end returns an empty list',
};
const MATCHES = { 'substring-case-insensitive': 'case-insensitive substring' };
const SOURCES = { published: 'published by the vendor', inferred: 'inferred: not published by the vendor', example: 'seen in an example only' };

/**
 * What the vendor does that OpenAPI keywords cannot say, as Markdown for the end of an
 * operation's description in the reference: its paging dialect and past-the-end rule
 * (`x-paging`), search fields (`x-search`), filter rules (`x-filters`) and error codes
 * (`x-error-codes`, with status and meaning), each labelled with the extension it comes from,
 * so that a description's "see `x-paging`" points at something the reader sees. Built from
 * the operation model, which carries those extensions.
 * @param {import('@hwcloud-directory/protocol').OperationModel} operation
 * @param {import('@hwcloud-directory/protocol').ApiModel} model the operation's API (its error codes)
 * @returns {string} Markdown
 * @example vendorBehaviour(model.operations[0], model) // '**Vendor behaviour** …\n\n**Error codes** (`x-error-codes`) …'
 */
export function vendorBehaviour(operation, model) {
  const parts = [
    '**Vendor behaviour**, from the description\'s vendor extensions (the mocks and the client follow the same rules):',
    paging(operation.paging),
    search(operation.search),
    filters(operation.filters ?? []),
    errorCodes(operation, model),
  ];
  return parts.filter(Boolean).join('\n\n');
}

/** `x-paging`: dialect, parameters, bounds, where items and total are, the past-the-end rule. */
function paging(rule) {
  if (!rule) return '';
  const { limit } = rule;
  const bounds = [
    limit.minimum !== undefined && limit.maximum !== undefined ? `${limit.minimum} to ${limit.maximum}` : undefined,
    limit.default !== undefined ? `default ${limit.default}` : undefined,
  ].filter(Boolean).join(', ');
  const where = rule.in === 'body' ? 'in the JSON body' : 'in the query string';
  return `**Paging** (\`x-paging\`): ${rule.style} style, ${where}: ${(POSITION[rule.style] ?? POSITION.offset)(rule.offsetParam)}, ` +
    `\`${rule.limitParam}\` is the page size${bounds ? ` (${bounds})` : ''}; the items are in \`${rule.itemsPath}\`, the total in \`${rule.totalPath}\`. ` +
    `**Past the end:** ${(PAST_END[rule.pastEnd] ?? (() => rule.pastEnd))(rule.totalPath)}. ` +
    `See [Paging](${rule.pastEnd === 'lastPage' ? GUIDE_LINKS.pastEnd : GUIDE_LINKS.paging}).`;
}

/** `x-search`: the free-text parameter and the fields it searches. */
function search(rule) {
  if (!rule) return '';
  const fields = rule.fields.map((field) => `\`${field}\``).join(', ');
  return `**Search** (\`x-search\`): \`${rule.param}\` matches ${fields} (${MATCHES[rule.match] ?? rule.match} match)` +
    `${rule.inferred ? '; the vendor does not name these fields, they are inferred' : ''}.`;
}

/** `x-filters`: one line per rule. */
function filters(rules) {
  if (!rules.length) return '';
  return ['**Filters** (`x-filters`):', '', ...rules.map((rule) => `- ${filter(rule)}`)].join('\n');
}

/** One filter rule in words. */
function filter(rule) {
  const param = rule.param ? `\`${rule.param}\`` : '';
  const field = `\`${rule.field}\``;
  const sentences = [];
  switch (rule.match) {
    case 'exact':
      sentences.push(`${param} keeps the records whose ${field} equals it`);
      break;
    case 'anyOf':
      sentences.push(`${param} keeps the records whose ${field} is one of the values it names` +
        (rule.valueMap ? ` (${Object.entries(rule.valueMap).map(([value, fields]) => `\`${value}\`: ${fields.map((item) => `\`${item}\``).join(', ')}`).join('; ')})` : ''));
      break;
    case 'department':
      sentences.push(`${param} keeps the records of that department (${field})` +
        (rule.subtreeParam ? `; \`${rule.subtreeParam}\` true includes its sub-departments` : ''));
      break;
    case 'exclude':
      sentences.push(`Always: records whose ${field} is \`${JSON.stringify(rule.value)}\` are never listed`);
      break;
    case 'exactOrFuzzy':
      sentences.push(`${param} matches ${field} exactly, or as a ${MATCHES[rule.fuzzyMatch] ?? rule.fuzzyMatch ?? 'fuzzy'} match when \`${rule.fuzzyParam}\` is 1` +
        (rule.fuzzyForbids ? ` (a fuzzy term cannot contain ${[...rule.fuzzyForbids].map((character) => (character === ' ' ? 'a space' : `\`${character}\``)).join(' or ')})` : ''));
      break;
    default:
      sentences.push(`${param} filters ${field} (${rule.match} match)`);
  }
  if (rule.ignoreValue !== undefined) sentences.push(`\`${rule.ignoreValue}\` is no filter`);
  if (rule.ignoreEmpty) sentences.push('an empty value is no filter');
  if (rule.emptyLiteral !== undefined) sentences.push(`\`${rule.emptyLiteral}\` filters for an empty ${field}`);
  if (rule.defaultApplies) sentences.push('absent, the parameter\'s default applies');
  return `${sentences.join('; ')}.${rule.note ? ` ${rule.note}` : ''}`;
}

/** `x-error-codes`: the codes this operation documents, with status, meaning and source. */
function errorCodes(operation, model) {
  const known = new Map(model.errorCodes.map((entry) => [entry.code, entry]));
  const rows = (operation.errorCodes ?? []).map((code) => {
    const entry = known.get(code);
    if (!entry) throw new Error(`docs: ${operation.operationId} lists error code ${code}, which the ${model.api} model's errorCodes do not describe`);
    return `| \`${code}\` | ${entry.status} | ${entry.meaning.replaceAll('|', '\\|')} | ${SOURCES[entry.source] ?? entry.source} |`;
  });
  if (!rows.length) return '';
  return [
    `**Error codes** (\`x-error-codes\`) this operation answers with; every code of the API is in [Errors](${GUIDE_LINKS.errors}):`,
    '',
    '| Code | HTTP status | Meaning | Source |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
