// Pipeline step (mocks): writes, for @hwcloud-directory/mocks,
//   packages/mocks/src/generated/operations.ts  - the operation model (generated/<api>.operations.json)
//       of both APIs keyed by operationId, each with the names of its compiled validators, so
//       the mocks read behaviour from the spec instead of restating it, the error codes and
//       the department-tree rules (`departmentTree` of the model);
//   packages/mocks/src/generated/request-validators.ts and response-validators.ts - validators
//       compiled by ajv into standalone code and bundled by esbuild with ajv's runtime helpers,
//       so the mocks validate without eval (strict CSP in browsers) and without ajv at run
//       time. Two modules, so that response validators (opt-in) load only when used.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv';
import { build } from 'esbuild';
import { apis, repoRoot } from '../lib/apis.mjs';
import { generatedHeader } from '../lib/generated-header.mjs';
import { listOperations } from '../spec-model/list-operations.mjs';
import { readApiModel, readBundle } from '../spec-model/load-model.mjs';
import { resolveRef } from '../spec-model/resolve-ref.mjs';

const outDir = `${repoRoot}packages/mocks/src/generated/`;
const STEP = 'scripts/steps/50-mocks-spec.mjs';
const HEADER = generatedHeader('50-mocks-spec.mjs');

/** Drops annotations ajv does not need and points component refs at the shared $defs schema. */
function toAjvSchema(node, api) {
  if (Array.isArray(node)) return node.map((item) => toAjvSchema(item, api));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples' || key === 'description' || key.startsWith('x-') || key === 'deprecated') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
      out.$ref = `${api}-schemas#/$defs/${value.slice('#/components/schemas/'.length)}`;
      continue;
    }
    out[key] = key === 'properties' || key === '$defs' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toAjvSchema(v, api)])) : toAjvSchema(value, api);
  }
  return out;
}

/** An ajv instance that emits standalone ESM code (2020-12 dialect, formats by reference). */
function createAjv(useDefaults) {
  const ajv = new Ajv2020({
    allErrors: false,
    inlineRefs: false,
    strict: true,
    strictTypes: false,
    useDefaults,
    code: { source: true, esm: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  addFormats(ajv);
  return ajv;
}

// Request validation fills in schema defaults (offset 0, limit 10, ...); response validation must not change what it checks.
const requestAjv = createAjv(true);
const responseAjv = createAjv(false);
const requestExports = {};
const responseExports = {};
const operations = {};
const errorCodes = {};
let departmentTree = null;
for (const { name: api } of apis) {
  const spec = readBundle(api);
  const model = readApiModel(api);
  if (model.departmentTree) departmentTree = model.departmentTree;
  const components = { $id: `${api}-schemas`, $defs: Object.fromEntries(Object.entries(spec.components?.schemas ?? {}).map(([name, s]) => [name, toAjvSchema(s, api)])) };
  requestAjv.addSchema(components);
  responseAjv.addSchema(structuredClone(components));
  errorCodes[api] = model.errorCodes.map(({ code, status, meaning, source }) => ({ code, status, meaning, source }));
  for (const operation of listOperations(spec)) {
    const { operationId: id, parameters: params } = operation;
    const requestSchema = { type: 'object', properties: {}, required: ['path', 'query', 'header'] };
    for (const location of ['path', 'query', 'header']) {
      const inLocation = params.filter((p) => p.in === location);
      const key = (name) => (location === 'header' ? name.toLowerCase() : name);
      requestSchema.properties[location] = {
        type: 'object',
        properties: Object.fromEntries(inLocation.map((p) => [key(p.name), toAjvSchema(resolveRef(spec, p.schema), api)])),
        required: inLocation.filter((p) => p.required).map((p) => key(p.name)),
      };
    }
    const body = operation.requestBody;
    const bodySchema = body?.content?.['application/json']?.schema;
    if (bodySchema) {
      requestSchema.properties.body = toAjvSchema(bodySchema, api);
      if (body.required) requestSchema.required.push('body');
    }
    const requestName = `${id}_request`;
    requestAjv.addSchema(requestSchema, `${id}#request`);
    requestExports[requestName] = `${id}#request`;
    const responses = {};
    for (const [status, response] of Object.entries(operation.responses)) {
      const schema = response.content?.['application/json']?.schema;
      // A documented status without a body (the writes' empty 200s): null, so that it is known but has no validator.
      if (!schema) {
        responses[status] = null;
        continue;
      }
      const name = `${id}_${status}`;
      responseAjv.addSchema(toAjvSchema(schema, api), `${id}#${status}`);
      responseExports[name] = `${id}#${status}`;
      responses[status] = name;
    }
    const record = model.operations.find((candidate) => candidate.operationId === id);
    if (!record) throw new Error(`${STEP}: ${id} is in the bundle but not in the operation model; run the whole build`);
    operations[id] = { ...record, validators: { request: requestName, responses } };
  }
}

if (!departmentTree) throw new Error(`${STEP}: no operation model carries departmentTree (x-department-tree of the Meeting spec); the department operations need it`);

/** Standalone validator code, bundled into one self-contained ESM module with ajv's helpers inlined. */
async function emitValidators(ajv, exportsMap, file, description) {
  const bundled = await build({
    stdin: { contents: standaloneCode(ajv, exportsMap), resolveDir: repoRoot, sourcefile: file, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['main'],
    target: 'es2020',
    legalComments: 'none',
    minifyWhitespace: true,
    minifySyntax: true,
  });
  let js = bundled.outputFiles[0].text;
  // Re-export under one typed object so that declaration emit is trivial.
  const exportMatch = js.match(/export\s*\{([^}]*)\};?\s*$/);
  if (!exportMatch) throw new Error(`${STEP}: unexpected esbuild output (no export list)`);
  js = js.slice(0, exportMatch.index);
  const pairs = exportMatch[1].split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const [local, exported] = s.split(/\s+as\s+/);
    return [exported ?? local, local];
  });
  if (/\beval\s*\(|new Function\s*\(/.test(js)) throw new Error(`${STEP}: validator code must not use eval or new Function`);
  writeFileSync(
    `${outDir}${file}`,
    `${HEADER}// ${description}\n// @ts-nocheck\n/* eslint-disable */\n${js}\n` +
      `/** A compiled validator: returns whether data is valid and leaves the first error on \`errors\`. */\n` +
      `export type CompiledValidator = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string; keyword: string; params: Record<string, unknown> }> | null };\n` +
      `/** Validators by name, as referenced from operations.ts. */\n` +
      `export const validators: Record<string, CompiledValidator> = {\n${pairs.map(([exported, local]) => `  ${exported}: ${local},`).join('\n')}\n};\n`,
  );
  return pairs.length;
}

mkdirSync(outDir, { recursive: true });
rmSync(`${outDir}validators.ts`, { force: true });
const requestCount = await emitValidators(requestAjv, requestExports, 'request-validators.ts', 'Standalone ajv validators (JSON Schema 2020-12) of the requests of both APIs: path, query, header and body.');
const responseCount = await emitValidators(responseAjv, responseExports, 'response-validators.ts', 'Standalone ajv validators (JSON Schema 2020-12) of every documented JSON response of both APIs.');

writeFileSync(
  `${outDir}operations.ts`,
  `${HEADER}// Operations of both APIs as the bundled specs describe them (vendor extensions included).\n` +
    `import type { ApiName, DepartmentTreeRule, ErrorCodeModel, OperationModel } from '@hwcloud-directory/protocol';\n\n` +
    `/** An operation of the model, with the names of its compiled validators (request-validators.ts, response-validators.ts). */\n` +
    `export interface MockOperation extends OperationModel {\n  readonly validators: { readonly request: string; readonly responses: Readonly<Record<string, string | null>> };\n}\n\n` +
    `/** Every operation of the Meeting and BSS specs, keyed by operationId. */\n` +
    `export const operations = ${JSON.stringify(operations, null, 2)} as const satisfies Record<string, MockOperation>;\n\n` +
    `/** The operationIds of both APIs. */\nexport type OperationId = keyof typeof operations;\n\n` +
    `/** Every vendor error code each API's spec uses (x-error-codes), with its HTTP status. */\n` +
    `export const errorCodes = ${JSON.stringify(errorCodes, null, 2)} as const satisfies Record<ApiName, readonly Pick<ErrorCodeModel, 'code' | 'status' | 'meaning' | 'source'>[]>;\n\n` +
    `/** The rules of the department tree the department operations enforce (x-department-tree of the Meeting spec). */\n` +
    `export const departmentTree = ${JSON.stringify(departmentTree, null, 2)} as const satisfies DepartmentTreeRule;\n`,
);
console.log(`${STEP}: ${Object.keys(operations).length} operations, ${requestCount} request and ${responseCount} response validators`);
