import { linkRepositoryFiles } from './repository-links.mjs';
import { showSchemaExtensionNotes } from './schema-extension-notes.mjs';
import { vendorBehaviour } from './vendor-behaviour.mjs';

/** Extensions at the root of a bundle that are not vendor behaviour (or are shown per operation). */
const ROOT_EXTENSIONS_SHOWN_ELSEWHERE = new Set(['x-generated', 'x-error-codes', 'x-logo', 'x-tagGroups']);

/**
 * Makes the docs-only copy of a bundled description that Redoc renders; the bundle itself is
 * not changed:
 * - every operation of the operation model gets its generated `x-codeSamples`, and its
 *   description ends with its vendor behaviour (vendor-behaviour.mjs: paging, search,
 *   filters, error codes) and any root vendor extension it names (`x-department-tree`);
 * - `info` gets links back into the guides and across to the other references (the site's
 *   header, with brand, navigation and search, is above Redoc), and shows the root vendor
 *   extensions;
 * - the schema extensions a reader is pointed at are shown (schema-extension-notes.mjs), and
 *   every description links the repository files it names (repository-links.mjs).
 * @param {object} bundle generated/<api>.openapi.json
 * @param {{ model: import('@hwcloud-directory/protocol').ApiModel,
 *   codeSamples: ReturnType<typeof import('../data/read-code-samples.mjs').readCodeSamples>,
 *   links: Array<{ text: string, href: string }>, decisionsDir: string }} options `links`: the
 *   guides and references the overview leads to, relative to the reference page
 * @returns {object} a new document
 */
export function referenceDocument(bundle, { model, codeSamples, links, decisionsDir }) {
  const document = structuredClone(bundle);
  delete document.$comment;
  const rootExtensions = Object.entries(document).filter(([key]) => key.startsWith('x-') && !ROOT_EXTENSIONS_SHOWN_ELSEWHERE.has(key));
  for (const operation of model.operations) {
    const target = referencedOperation(document, operation);
    target['x-codeSamples'] = codeSamples(model.api, operation.operationId);
    const named = rootExtensions.filter(([key]) => JSON.stringify(target).includes(`\`${key}\``));
    target.description = [target.description ?? '', vendorBehaviour(operation, model), ...named.map(extensionBlock)].filter(Boolean).join('\n\n');
  }
  document.info = {
    ...document.info,
    description: [
      links.map(({ text, href }) => `[${text}](${href})`).join(' · '),
      document.info?.description ?? '',
      'Each operation ends with its vendor behaviour: paging dialect and past-the-end rule (`x-paging`), ' +
        'search fields (`x-search`), filter rules (`x-filters`) and error codes (`x-error-codes`).',
      ...rootExtensions.map(extensionBlock),
    ].filter(Boolean).join('\n\n'),
  };
  const repository = document.info.contact?.url;
  if (!/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/.test(repository ?? '')) {
    throw new Error(`docs: info.contact.url of ${model.api} is ${JSON.stringify(repository)}, not the GitHub repository the reference links files into`);
  }
  showSchemaExtensionNotes(document);
  forEachDescription(document, (markdown) => linkRepositoryFiles(markdown, { repository, decisionsDir }));
  return document;
}

/**
 * The Operation Object the reference renders for a record of the operation model.
 * @param {object} document a bundled description, or its docs-only copy
 * @param {{ operationId: string, method: string, path: string }} operation
 * @returns {object}
 */
export function referencedOperation(document, operation) {
  const pathItem = document.paths?.[operation.path];
  if (pathItem?.$ref) {
    throw new Error(`docs: path ${operation.path} is a $ref in the bundle; expected inlined path items`);
  }
  const target = pathItem?.[operation.method.toLowerCase()];
  if (target?.operationId !== operation.operationId) {
    throw new Error(`docs: the bundle has no ${operation.method} ${operation.path} with operationId ${operation.operationId}; is generated/ from one build?`);
  }
  return target;
}

/** A root vendor extension as a labelled JSON block (`x-department-tree` → "Department tree"). */
function extensionBlock([key, value]) {
  const title = key.slice(2).replaceAll('-', ' ');
  return `**${title[0].toUpperCase()}${title.slice(1)}** (\`${key}\`):\n\n\`\`\`json\n${JSON.stringify(value, null, 2)}\n\`\`\``;
}

/** Rewrites every `description` string of a document in place. */
function forEachDescription(node, rewrite) {
  if (Array.isArray(node)) {
    for (const item of node) forEachDescription(item, rewrite);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'description' && typeof value === 'string') node[key] = rewrite(value);
      else if (key !== 'x-codeSamples' && key !== 'examples' && key !== 'example') forEachDescription(value, rewrite);
    }
  }
}
