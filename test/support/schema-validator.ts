// Validates values against schemas of the bundled descriptions with ajv (JSON Schema
// 2020-12, the dialect of OpenAPI 3.1), formats included.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { type ApiName, loadBundle } from './openapi-document.js';

const int32 = { type: 'number' as const, validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 };
const int64 = { type: 'number' as const, validate: (n: number) => Number.isSafeInteger(n) };

function createAjv(api: ApiName) {
  // strict: false because the schemas carry OpenAPI keywords (example) and vendor extensions.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat('int32', int32);
  ajv.addFormat('int64', int64);
  ajv.addSchema(loadBundle(api), api);
  return ajv;
}

const ajvs = new Map<ApiName, ReturnType<typeof createAjv>>();

/**
 * Validates a value against the schema at a JSON Pointer of an API's bundle.
 * @example validateAt('meeting', '#/components/schemas/ExternalContactDTO', contact)
 * @returns the list of ajv errors, empty when the value is valid
 */
export function validateAt(api: ApiName, pointer: string, value: unknown): string[] {
  let ajv = ajvs.get(api);
  if (!ajv) {
    ajv = createAjv(api);
    ajvs.set(api, ajv);
  }
  const ref = `${api}${pointer}`;
  const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error: { instancePath: string; message?: string; schemaPath: string }) => `${error.instancePath || '/'} ${error.message} (${error.schemaPath})`);
}
