// Builds the operation model of one bundled description: one record per operation (the
// shape is `ApiModel` in packages/protocol/src/operation-model.ts). Every projection (the
// mocks' and the client's tables, the docs' lists, the code samples, the test helpers)
// starts from here, so each rule (which operations log in, which answer in the legacy
// envelope, where the page-size limits are) is decided once.
import { errorCodeOfBody } from '@hwcloud-directory/protocol';
import { listOperations } from './list-operations.mjs';
import { resolveRef } from './resolve-ref.mjs';

/**
 * The model of an API.
 * @param {object} document the bundled description (generated/<api>.openapi.json)
 * @param {'meeting' | 'bss'} api
 * @returns {import('@hwcloud-directory/protocol').ApiModel}
 */
export function buildApiModel(document, api) {
  const operations = listOperations(document).map((operation) => operationModel(document, api, operation));
  const tree = document['x-department-tree'];
  return {
    api,
    title: document.info?.title ?? api,
    servers: Object.fromEntries((document.servers ?? []).filter((s) => s['x-region']).map((s) => [s['x-region'], s.url])),
    errorCodes: collectErrorCodes(document),
    ...(tree === undefined ? {} : { departmentTree: departmentTreeRule(tree) }),
    operations,
  };
}

const TREE_LIMITS = ['maxLevels', 'maxChildren', 'maxDepartments'];
const TREE_ERRORS = ['notFound', 'codeExists', 'notEmpty', 'rootProtected', 'limitReached', 'moveIntoOwnSubtree'];

/**
 * The root `x-department-tree` (`DepartmentTreeRule`), checked: a root code, positive integer
 * limits, and a vendor code for each rule, nothing else.
 */
function departmentTreeRule(tree) {
  const fail = (what) => {
    throw new Error(`operation model: x-department-tree ${what} (see openapi/README.md)`);
  };
  const keys = Object.keys(tree ?? {});
  const known = ['rootCode', ...TREE_LIMITS, 'errors'];
  if (keys.some((key) => !known.includes(key)) || known.some((key) => !keys.includes(key))) fail(`has the keys ${keys.join(', ')}; it needs exactly ${known.join(', ')}`);
  if (typeof tree.rootCode !== 'string' || tree.rootCode === '') fail(`rootCode must be a non-empty string, got ${JSON.stringify(tree.rootCode)}`);
  for (const key of TREE_LIMITS) if (!Number.isSafeInteger(tree[key]) || tree[key] < 1) fail(`${key} must be a positive integer, got ${JSON.stringify(tree[key])}`);
  const errors = Object.keys(tree.errors ?? {});
  if (errors.length !== TREE_ERRORS.length || TREE_ERRORS.some((rule) => typeof tree.errors[rule] !== 'string')) fail(`errors must give a code for exactly ${TREE_ERRORS.join(', ')}; got ${errors.join(', ')}`);
  return {
    rootCode: tree.rootCode,
    ...Object.fromEntries(TREE_LIMITS.map((key) => [key, tree[key]])),
    errors: Object.fromEntries(TREE_ERRORS.map((rule) => [rule, tree.errors[rule]])),
  };
}

/** One operation's record. */
function operationModel(document, api, operation) {
  const { parameters } = operation;
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
  const bodyProperties = bodySchema ? Object.entries(resolveRef(document, bodySchema).properties ?? {}) : [];
  const security = operation.security.flatMap((requirement) => Object.keys(requirement).map((scheme) => securityModel(document, scheme)));
  const family = api === 'bss' ? 'bss' : hasReturnCode(document, successSchema(operation)) ? 'legacy' : 'meeting';
  const paging = operation.extensions['x-paging'];
  return {
    operationId: operation.operationId,
    api,
    method: operation.method.toUpperCase(),
    path: operation.path,
    summary: operation.summary,
    tags: operation.tags,
    deprecated: operation.deprecated,
    security,
    login: security.length > 0 && security.every((scheme) => scheme.login),
    anonymous: operation.security.some((requirement) => Object.keys(requirement).length === 0),
    family,
    envelope: family === 'legacy',
    parameters: parameters.map((p) => {
      const schema = resolveRef(document, p.schema) ?? {};
      const type = scalarType(schema);
      const items = type === 'array' ? { itemType: scalarType(resolveRef(document, schema.items) ?? {}) } : {};
      return { name: p.name, in: p.in, required: p.required === true, type, ...items, ...(p.allowEmptyValue === true ? { allowEmptyValue: true } : {}), ...(Array.isArray(schema.enum) ? { enum: schema.enum } : {}) };
    }),
    body: bodySchema
      ? { required: operation.requestBody.required === true, fields: Object.fromEntries(bodyProperties.map(([name, schema]) => [name, scalarType(resolveRef(document, schema))])) }
      : null,
    defaults: Object.fromEntries(
      [...parameters.map((p) => [p.name, resolveRef(document, p.schema)?.default]), ...bodyProperties.map(([name, schema]) => [name, resolveRef(document, schema)?.default])].filter(
        ([, value]) => value !== undefined,
      ),
    ),
    statuses: Object.keys(operation.responses).map(Number),
    paging: paging ? { ...paging, limit: limitBounds(document, operation, paging.limitParam) } : null,
    search: operation.extensions['x-search'] ?? null,
    filters: operation.extensions['x-filters'] ?? [],
    errorCodes: [...new Set(responseExamples(document, operation).flatMap(({ value }) => errorCodeOfBody(value)?.code ?? []))],
  };
}

/** A security scheme by name, with whether it carries login credentials (`x-login`). */
function securityModel(document, name) {
  const scheme = resolveRef(document, document.components?.securitySchemes?.[name]);
  if (!scheme) throw new Error(`operation model: security scheme ${name} is not in components.securitySchemes`);
  return {
    scheme: name,
    type: scheme.type,
    ...(scheme.in ? { in: scheme.in } : {}),
    ...(scheme.name ? { name: scheme.name } : {}),
    ...(scheme.scheme ? { httpScheme: scheme.scheme } : {}),
    login: scheme['x-login'] === true,
  };
}

/** The JSON schema of an operation's first 2xx response. */
function successSchema(operation) {
  const success = Object.entries(operation.responses).find(([status]) => /^2/.test(status));
  return success?.[1].content?.['application/json']?.schema;
}

/** True when the schema (through $ref, allOf, oneOf, anyOf) has a `returnCode` property: the legacy envelope. */
function hasReturnCode(document, node, seen = new Set()) {
  const schema = resolveRef(document, node);
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return false;
  seen.add(schema);
  if (schema.properties && 'returnCode' in schema.properties) return true;
  return ['allOf', 'oneOf', 'anyOf'].some((key) => (schema[key] ?? []).some((part) => hasReturnCode(document, part, seen)));
}

/** Bounds of the page-size parameter, wherever the dialect puts it (query or body). */
function limitBounds(document, operation, name) {
  const parameter = operation.parameters.find((p) => p.name === name);
  let schema = parameter ? resolveRef(document, parameter.schema) : undefined;
  if (!schema && operation.requestBody) {
    const body = resolveRef(document, Object.values(operation.requestBody.content ?? {})[0]?.schema);
    schema = body ? resolveRef(document, body.properties?.[name]) : undefined;
  }
  if (!schema) throw new Error(`operation model: ${operation.operationId} pages with ${name}, which it does not declare`);
  const { minimum, maximum, default: fallback } = schema;
  return { ...(minimum !== undefined ? { minimum } : {}), ...(maximum !== undefined ? { maximum } : {}), ...(fallback !== undefined ? { default: fallback } : {}) };
}

/** JSON Schema type of a value (the first non-null one), `string` when untyped. */
function scalarType(schema) {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  return type ?? 'string';
}

/** Every example of every response of an operation, resolved, with its status and summary. */
function responseExamples(document, operation) {
  return Object.entries(operation.responses).flatMap(([status, response]) =>
    Object.values(response.content ?? {}).flatMap((media) => {
      const named = Object.values(media.examples ?? {}).map((example) => resolveRef(document, example));
      const single = media.example === undefined ? [] : [{ value: media.example }];
      return [...named, ...single].filter((example) => example && example.value !== undefined).map((example) => ({ ...example, status: Number(status), response }));
    }),
  );
}

/**
 * The root `x-error-codes` list (code, HTTP status, meaning, whether the vendor publishes
 * it), joined with the operations whose response examples return each code and the body
 * field that carries it. A code found only in an example is listed too, `source: 'example'`.
 */
function collectErrorCodes(document) {
  const byCode = new Map();
  for (const declared of document['x-error-codes'] ?? []) byCode.set(declared.code, { ...declared, fields: [], operations: [] });
  for (const raw of listOperations(document)) {
    for (const example of responseExamples(document, raw)) {
      const found = errorCodeOfBody(example.value);
      if (!found) continue;
      const entry = byCode.get(found.code) ?? {
        code: found.code,
        status: example.status,
        meaning: (example.summary || found.message || example.response.description || '').trim(),
        source: 'example',
        fields: [],
        operations: [],
      };
      if (!entry.fields.includes(found.field)) entry.fields.push(found.field);
      if (!entry.operations.includes(raw.operationId)) entry.operations.push(raw.operationId);
      byCode.set(found.code, entry);
    }
  }
  return [...byCode.values()];
}
