// fast-check arbitraries for requests, derived from the parameter and body schemas of the
// bundled spec: values that satisfy a schema, and values that break exactly one of its rules.
import fc from 'fast-check';
import { deref, loadBundle, type ApiName, type OpenApiDocument } from '../../../../test/support/openapi-document.js';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** Characters for generated text: ASCII, Latin with diacritics, Han, Cyrillic (no spaces). */
const CHARS = [...'abcXYZ019-_.@', ...'éÀçñøüß', ...'张伟王芳子涵', ...'Анна'];
const char = fc.constantFrom(...CHARS);
/** Header values must be Latin-1 for fetch; generated header text stays ASCII. */
const asciiChar = fc.constantFrom(...'abcXYZ019-_.@');

function typeOf(schema: OpenApiDocument): string | undefined {
  return Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
}

/** A value valid against a (simple) schema. */
export function validValue(api: ApiName, raw: OpenApiDocument): fc.Arbitrary<unknown> {
  const schema = deref(loadBundle(api), raw);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum.filter((v: unknown) => v !== null));
  switch (typeOf(schema)) {
    case 'integer': {
      const min = Math.max(schema.minimum ?? INT32_MIN, INT32_MIN);
      const max = Math.min(schema.maximum ?? INT32_MAX, INT32_MAX);
      return fc.oneof(fc.integer({ min, max: Math.min(max, min + 120) }), fc.integer({ min, max }), fc.constantFrom(min, max));
    }
    case 'boolean':
      return fc.boolean();
    case 'string': {
      const minLength = schema.minLength ?? 0;
      const maxLength = Math.min(schema.maxLength ?? 64, 2048);
      if (schema.pattern) return patterned(new RegExp(schema.pattern, 'u'), minLength, maxLength);
      return fc.oneof(
        fc.string({ unit: char, minLength, maxLength: Math.min(maxLength, minLength + 12) }),
        fc.string({ unit: char, minLength: maxLength, maxLength }),
      );
    }
    case 'object': {
      const props = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, validValue(api, v as OpenApiDocument)]));
      return fc.record(props, { requiredKeys: schema.required ?? [] });
    }
    case 'array':
      return fc.array(validValue(api, schema.items), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 5, (schema.minItems ?? 0) + 5) });
    default:
      throw new Error(`no arbitrary for schema ${JSON.stringify(schema).slice(0, 120)}`);
  }
}

/** Characters a patterned string is drawn from: the ASCII ones the spec's patterns deal in. */
const patternChar = fc.constantFrom(...'abcXYZ0123456789+-_.@');

/** Strings matching `pattern` within the length bounds (fast-check's `stringMatching` cannot do look-aheads). */
function patterned(pattern: RegExp, minLength: number, maxLength: number): fc.Arbitrary<string> {
  let generated: fc.Arbitrary<string>;
  try {
    generated = fc.stringMatching(pattern);
  } catch {
    generated = fc.string({ unit: patternChar, minLength, maxLength: Math.min(maxLength, minLength + 12) });
  }
  return generated.filter((v) => pattern.test(v) && [...v].length >= minLength && [...v].length <= maxLength);
}

/** Values that break one rule of a schema, as JSON values (for bodies) or as query text. */
export function invalidValue(api: ApiName, raw: OpenApiDocument, asText: boolean, ascii = false): fc.Arbitrary<unknown> | null {
  const schema = deref(loadBundle(api), raw);
  const unit = ascii ? asciiChar : char;
  const options: fc.Arbitrary<unknown>[] = [];
  const type = typeOf(schema);
  if (Array.isArray(schema.enum) || schema.const !== undefined) {
    const allowed = new Set((schema.enum ?? [schema.const]).map(String));
    const candidates: fc.Arbitrary<unknown> = type === 'integer' ? fc.integer({ min: -5, max: 500 }) : fc.string({ unit, minLength: 1, maxLength: 8 });
    options.push(candidates.filter((v) => !allowed.has(String(v))));
  }
  if (type === 'integer') {
    if (schema.minimum !== undefined && schema.minimum > INT32_MIN) options.push(fc.integer({ min: Math.max(INT32_MIN, schema.minimum - 1000), max: schema.minimum - 1 }));
    if (schema.maximum !== undefined) options.push(fc.integer({ min: schema.maximum + 1, max: schema.maximum + 1000 }));
    options.push(asText ? fc.constantFrom('abc', '1.5', '0x10', '1e3', ' ') : fc.constantFrom('7', 1.5, true, null));
  }
  if (type === 'string') {
    if (schema.maxLength !== undefined) options.push(fc.string({ unit, minLength: schema.maxLength + 1, maxLength: schema.maxLength + 20 }));
    if ((schema.minLength ?? 0) > 0) options.push(fc.string({ unit, maxLength: schema.minLength - 1 }));
    if (!asText) options.push(fc.constantFrom(42, true, ['x']));
  }
  if (type === 'boolean' && !asText) options.push(fc.constantFrom('true', 1, 'yes'));
  if (type === 'string' && schema.pattern) {
    const pattern = new RegExp(schema.pattern, 'u');
    options.push(fc.string({ unit, minLength: 1, maxLength: Math.min(schema.maxLength ?? 12, 12) }).filter((v) => !pattern.test(v)));
  }
  if (type === 'array') {
    // As text (a repeated query key): one item that breaks its schema. As JSON: too few or too many items, or a broken item.
    const item = invalidValue(api, schema.items, asText, ascii);
    if (item) options.push(item.map((v) => [v]));
    if (!asText && (schema.minItems ?? 0) > 0) options.push(fc.constant([]));
    if (schema.maxItems !== undefined && schema.maxItems <= 200) options.push(fc.array(validValue(api, schema.items), { minLength: schema.maxItems + 1, maxLength: schema.maxItems + 3 }));
    if (!asText) options.push(fc.constantFrom('x', 42, { id: 'x' }));
  }
  return options.length === 0 ? null : fc.oneof(...options);
}
