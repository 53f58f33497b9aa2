import { referencedOperation } from '../reference/reference-document.mjs';

/**
 * The search records of one API's operations, one per operation, each landing on the
 * operation's anchor in the Redoc reference. The Redoc page is rendered in the browser (its
 * HTML holds the document as JSON, not the operations), so the records are built from what
 * that page shows: the operation model (method, path, parameters, error codes with their
 * meaning) and the docs-only document (description, parameter and field descriptions,
 * examples, `x-codeSamples`).
 * @param {{ api: string, short: string, model: import('@hwcloud-directory/protocol').ApiModel, reference: object,
 *   operations: Array<{ operationId: string, method: string, path: string, summary: string, deprecated: boolean,
 *   errorCodes?: string[], anchor: string }> }} api an entry of build-site's `apis`
 * @returns {Array<{ url: string, content: string, language: string, meta: Record<string, string> }>}
 *   Pagefind custom records; `url` is relative to the site root
 * @example operationSearchRecords(apis[0])[0].url // 'reference/meeting.html#/authentication/createtoken'
 */
export function operationSearchRecords({ api, short, model, reference, operations }) {
  const meanings = new Map((model.errorCodes ?? []).map((entry) => [entry.code, entry]));
  return operations.map((operation) => {
    const target = referencedOperation(reference, operation);
    const resolve = (node) => resolveRef(reference, node);
    const lines = [
      `${operation.method} ${operation.path}`,
      operation.summary,
      plain(target.description),
      ...(target.parameters ?? []).map(resolve).map((parameter) => `Parameter ${parameter.name} (${parameter.in}): ${plain(parameter.description)}`),
    ];
    const requestBody = resolve(target.requestBody);
    for (const media of Object.values(requestBody?.content ?? {})) {
      lines.push(...schemaFields(reference, media.schema).map((field) => `Request field ${field}`));
      lines.push(...exampleLines(reference, media, 'Request example'));
    }
    for (const [status, response] of Object.entries(target.responses ?? {}).map(([status, node]) => [status, resolve(node)])) {
      lines.push(`Response ${status}: ${plain(response.description)}`);
      for (const media of Object.values(response.content ?? {})) {
        lines.push(...schemaFields(reference, media.schema).map((field) => `Response ${status} field ${field}`));
        lines.push(...exampleLines(reference, media, `Response ${status} example`));
      }
    }
    for (const code of operation.errorCodes ?? []) {
      const meaning = meanings.get(code);
      lines.push(`Error code ${code}${meaning ? ` (HTTP ${meaning.status}): ${meaning.meaning}` : ''}`);
    }
    for (const sample of target['x-codeSamples'] ?? []) lines.push(`${sample.label} sample: ${sample.source}`);
    return {
      url: `reference/${api}.html${operation.anchor}`,
      content: lines.filter(Boolean).join('\n'),
      language: 'en',
      meta: {
        title: `${operation.operationId}${operation.summary ? ` — ${operation.summary}` : ''}`,
        section: `${short} API${operation.deprecated ? ' (deprecated)' : ''}`,
      },
    };
  });
}

/** A node with its local `$ref` (`#/components/...`) followed, as many times as it takes. */
function resolveRef(document, node) {
  let current = node;
  for (let depth = 0; current?.$ref && depth < 20; depth += 1) {
    if (!current.$ref.startsWith('#/')) throw new Error(`docs: search index cannot follow the non-local $ref ${current.$ref}`);
    current = current.$ref.slice(2).split('/').reduce((parent, key) => parent?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);
  }
  return current;
}

/**
 * Every property of a schema, nested ones included, as `name: description` lines (each
 * schema visited once, so recursive schemas end).
 */
function schemaFields(document, schema, seen = new Set()) {
  const node = resolveRef(document, schema);
  if (!node || typeof node !== 'object' || seen.has(node)) return [];
  seen.add(node);
  const fields = [];
  for (const [name, property] of Object.entries(node.properties ?? {})) {
    fields.push(`${name}: ${plain(resolveRef(document, property)?.description)}`);
    fields.push(...schemaFields(document, property, seen));
  }
  for (const key of ['items', 'additionalProperties']) if (node[key] && typeof node[key] === 'object') fields.push(...schemaFields(document, node[key], seen));
  for (const key of ['allOf', 'oneOf', 'anyOf']) for (const part of node[key] ?? []) fields.push(...schemaFields(document, part, seen));
  return fields;
}

/** The named examples (and the single `example`) of a media type, as `label summary: json` lines. */
function exampleLines(document, media, label) {
  const examples = Object.values(media.examples ?? {}).map((example) => resolveRef(document, example));
  if (media.example !== undefined) examples.push({ value: media.example });
  return examples.map((example) => `${label}${example.summary ? ` (${example.summary})` : ''}: ${spacedJson(example.value)}`);
}

/** JSON with a space after every `:` and `,`, so that each value reads as a word of its own. */
function spacedJson(value) {
  return JSON.stringify(value ?? null, null, 1).replace(/\s+/g, ' ');
}

/** A Markdown description as one line of text: link texts kept, code ticks and bold marks dropped (never `_`, which names hold). */
function plain(markdown) {
  return String(markdown ?? '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`|\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
