import { describe, expect, it } from 'vitest';
import { type ApiName, type OpenApiDocument, apiNames, deref, loadBundle, pointerSegment } from '../support/openapi-document.js';
import { validateAt } from '../support/schema-validator.js';

interface ExampleSite {
  /** Where the example sits, as a JSON Pointer. */
  at: string;
  /** The schema it must satisfy, as a JSON Pointer. */
  schemaPointer: string;
  value: unknown;
}

const isSchemaNode = (node: OpenApiDocument) =>
  ['type', '$ref', 'allOf', 'oneOf', 'anyOf', 'properties', 'enum', 'const'].some((key) => key in node);

/** Every example in a bundle: on media types, parameters, headers and schemas. */
function collectExamples(document: OpenApiDocument): ExampleSite[] {
  const sites: ExampleSite[] = [];
  const walk = (node: unknown, pointer: string) => {
    if (!node || typeof node !== 'object') return;
    const object = node as OpenApiDocument;
    if (!Array.isArray(object) && ('example' in object || 'examples' in object)) {
      const schemaPointer = 'schema' in object ? `${pointer}/schema` : isSchemaNode(object) ? pointer : undefined;
      if (schemaPointer && 'example' in object) {
        sites.push({ at: `${pointer}/example`, schemaPointer, value: object.example });
      }
      if (schemaPointer && 'schema' in object && object.examples && typeof object.examples === 'object') {
        for (const [name, example] of Object.entries(object.examples as OpenApiDocument)) {
          const resolved = deref(document, example as OpenApiDocument);
          sites.push({ at: `${pointer}/examples/${pointerSegment(name)}`, schemaPointer, value: resolved.value });
        }
      }
    }
    for (const [key, child] of Object.entries(object)) {
      if (key === 'example' || key === 'examples') continue;
      walk(child, `${pointer}/${pointerSegment(key)}`);
    }
  };
  walk(document, '#');
  return sites;
}

describe.each(apiNames)('examples of the %s description', (api: ApiName) => {
  const sites = collectExamples(loadBundle(api));

  it('are many: every operation, parameter and property carries some', () => {
    expect(sites.length).toBeGreaterThan(api === 'meeting' ? 150 : 20);
  });

  it.each(sites.map((site) => [site.at, site] as const))('%s is valid against its schema', (_at, site) => {
    expect(validateAt(api, site.schemaPointer, site.value)).toEqual([]);
  });
});

describe('the schema validator used for examples', () => {
  it('rejects a value that breaks the schema, so the checks above can fail', () => {
    const errors = validateAt('meeting', '#/components/schemas/ExternalContactDTO', {
      id: 'x',
      name: 'x',
      type: 'FRIEND',
      updateTime: 1.5,
      phone: 'x'.repeat(33),
    });
    expect(errors.join('\n')).toMatch(/type/);
    expect(errors.join('\n')).toMatch(/updateTime/);
    expect(errors.join('\n')).toMatch(/phone/);
  });

  it('checks the int32 and int64 formats', () => {
    expect(validateAt('bss', '#/components/schemas/ListSubCustomersResponse', { total_count: 2 ** 31, sub_customer_infos: [] })).not.toEqual([]);
    expect(validateAt('meeting', '#/components/schemas/UserDetailDTO/properties/activeTime', 2 ** 53)).not.toEqual([]);
  });
});
