// Loads the bundled descriptions and walks their operations, for tests that check the
// descriptions themselves.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type ApiName = 'meeting' | 'bss';
export const apiNames: ApiName[] = ['meeting', 'bss'];

// The bundles are plain JSON; tests read them loosely typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type OpenApiDocument = Record<string, any>;

const cache = new Map<ApiName, OpenApiDocument>();

/** The bundled description of an API, as built into generated/. */
export function loadBundle(api: ApiName): OpenApiDocument {
  let document = cache.get(api);
  if (!document) {
    const path = fileURLToPath(new URL(`../../generated/${api}.openapi.json`, import.meta.url));
    document = JSON.parse(readFileSync(path, 'utf8')) as OpenApiDocument;
    cache.set(api, document);
  }
  return document;
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
  method: string;
  pointer: string;
  operation: OpenApiDocument;
}

/** Every operation of an API with its JSON Pointer in the bundle. */
export function operationsOf(api: ApiName): OperationEntry[] {
  const document = loadBundle(api);
  return Object.entries(document.paths as OpenApiDocument).flatMap(([path, item]) =>
    Object.entries(item as OpenApiDocument)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({
        api,
        path,
        method,
        pointer: `#/paths/${pointerSegment(path)}/${method}`,
        operation: operation as OpenApiDocument,
      })),
  );
}

/** The operation with this operationId, in whichever API has it. */
export function findOperation(operationId: string): OperationEntry {
  const entry = apiNames.flatMap(operationsOf).find((candidate) => candidate.operation.operationId === operationId);
  if (!entry) throw new Error(`no operation has operationId ${operationId}`);
  return entry;
}
