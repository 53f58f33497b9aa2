// The generated descriptions as tests see them: the operation model
// (generated/<api>.operations.json) says which operations there are, and the bundles
// (generated/<api>.openapi.json) hold their schemas and examples, for tests that check the
// descriptions themselves. Every operation list here is a projection of the model.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ApiModel, OperationModel } from '@hwcloud-directory/protocol';

export type ApiName = 'meeting' | 'bss';
export const apiNames: ApiName[] = ['meeting', 'bss'];

// The bundles are plain JSON; tests read them loosely typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type OpenApiDocument = Record<string, any>;

const bundles = new Map<ApiName, OpenApiDocument>();
const models = new Map<ApiName, ApiModel>();

/** A generated JSON file, parsed. */
const readGenerated = (file: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../generated/${file}`, import.meta.url)), 'utf8'));

/** The bundled description of an API, as built into generated/. */
export function loadBundle(api: ApiName): OpenApiDocument {
  let document = bundles.get(api);
  if (!document) bundles.set(api, (document = readGenerated(`${api}.openapi.json`) as OpenApiDocument));
  return document;
}

/** The operation model of an API, as built into generated/ (step 40-operation-model). */
export function loadModel(api: ApiName): ApiModel {
  let model = models.get(api);
  if (!model) models.set(api, (model = readGenerated(`${api}.operations.json`) as ApiModel));
  return model;
}

/** Escapes one JSON Pointer segment. */
export const pointerSegment = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/** Follows a local `$ref` (and chains of them) to the object it names. */
export function deref(document: OpenApiDocument, value: OpenApiDocument): OpenApiDocument {
  let current = value;
  while (current && typeof current.$ref === 'string') {
    const segments = current.$ref.replace(/^#\//, '').split('/');
    current = segments.reduce(
      (node: OpenApiDocument, segment: string) => node[segment.replaceAll('~1', '/').replaceAll('~0', '~')],
      document,
    );
  }
  return current;
}

export interface OperationEntry {
  api: ApiName;
  path: string;
  /** Lower case, as in the bundle (`get`). */
  method: string;
  /** JSON Pointer of the Operation Object in the bundle. */
  pointer: string;
  /** The Operation Object in the bundle, as written (its `$ref`s unresolved). */
  operation: OpenApiDocument;
  /** The operation's record in the operation model. */
  model: OperationModel;
}

/** Every operation of an API, in the model's order, with its Operation Object and JSON Pointer in the bundle. */
export function operationsOf(api: ApiName): OperationEntry[] {
  const document = loadBundle(api);
  return loadModel(api).operations.map((model) => {
    const method = model.method.toLowerCase();
    const pathItem = document.paths?.[model.path] as OpenApiDocument | undefined;
    const pathPointer = typeof pathItem?.$ref === 'string' ? pathItem.$ref : `#/paths/${pointerSegment(model.path)}`;
    const operation = pathItem && deref(document, pathItem)[method];
    if (operation?.operationId !== model.operationId) {
      throw new Error(`${api}: the operation model has ${model.method} ${model.path} (${model.operationId}), the bundle does not; rebuild generated/`);
    }
    return { api, path: model.path, method, pointer: `${pathPointer}/${method}`, operation, model };
  });
}

/** The operation with this operationId, in whichever API has it. */
export function findOperation(operationId: string): OperationEntry {
  const entry = apiNames.flatMap(operationsOf).find((candidate) => candidate.model.operationId === operationId);
  if (!entry) throw new Error(`no operation has operationId ${operationId}`);
  return entry;
}
