import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type OpenApiDocument, deref, findOperation, loadBundle } from '../support/openapi-document.js';
import { validateAt } from '../support/schema-validator.js';

const seedDir = fileURLToPath(new URL('./seed-examples/', import.meta.url));
const bodyFiles = readdirSync(seedDir).filter((name) => name.endsWith('.json') && name !== 'requests.json');

/** `003-searchCorpMembersLegacy-curl-body.json` -> operation and which body it is. */
function describeFile(name: string) {
  const [, operationId, kind] = /^\d{3}-([A-Za-z]+)-([a-z-]+)\.json$/.exec(name) ?? [];
  if (!operationId || !kind) throw new Error(`seed example file name ${name} is not <seed>-<operationId>-<kind>.json`);
  return { operationId, kind };
}

/** The media type object the body belongs to, with its pointer. */
function mediaTypeFor(operationId: string, kind: string) {
  const entry = findOperation(operationId);
  if (kind === 'response') {
    const status = Object.keys(entry.operation.responses).find((code) => code.startsWith('2'));
    return {
      entry,
      media: entry.operation.responses[status!].content['application/json'] as OpenApiDocument,
      pointer: `${entry.pointer}/responses/${status}/content/application~1json`,
    };
  }
  return {
    entry,
    media: entry.operation.requestBody.content['application/json'] as OpenApiDocument,
    pointer: `${entry.pointer}/requestBody/content/application~1json`,
  };
}

describe('every JSON body printed on a seed page', () => {
  it('has been transcribed (seven bodies from five pages)', () => {
    expect(bodyFiles).toHaveLength(7);
  });

  it.each(bodyFiles)('%s is the first example of its operation, verbatim', (name) => {
    const { operationId, kind } = describeFile(name);
    const seedBody = JSON.parse(readFileSync(seedDir + name, 'utf8'));
    const { entry, media } = mediaTypeFor(operationId, kind);
    const [firstName, first] = Object.entries(media.examples as OpenApiDocument)[0]!;
    const bodies = Object.values(media.examples as OpenApiDocument).map((example) => deref(loadBundle(entry.api), example).value);
    // The cURL body repeats the request body on the same page: it must match some example.
    if (kind === 'curl-body') {
      expect(bodies).toContainEqual(seedBody);
    } else {
      expect(firstName).toBe('seedExample');
      expect(deref(loadBundle(entry.api), first).value).toStrictEqual(seedBody);
    }
  });

  it.each(bodyFiles)('%s is valid against its schema', (name) => {
    const { operationId, kind } = describeFile(name);
    const { entry, pointer } = mediaTypeFor(operationId, kind);
    const body = JSON.parse(readFileSync(seedDir + name, 'utf8'));
    expect(validateAt(entry.api, `${pointer}/schema`, body)).toEqual([]);
  });
});

interface SeedRequest {
  seed: string;
  operationId: string;
  request: string;
}
const seedRequests = JSON.parse(readFileSync(seedDir + 'requests.json', 'utf8')) as SeedRequest[];

/** Turns a query-string value into the JSON type its schema asks for. */
function coerce(value: string, schema: OpenApiDocument): unknown {
  return schema.type === 'integer' || schema.type === 'number' ? Number(value) : value;
}

describe('every example request line printed on a seed page', () => {
  it.each(seedRequests.map((seed) => [`${seed.seed} ${seed.operationId}`, seed] as const))(
    '%s matches the operation path and its parameters are valid',
    (_label, seed) => {
      const entry = findOperation(seed.operationId);
      const document = loadBundle(entry.api);
      const [method, target] = seed.request.split(' ');
      expect(method!.toLowerCase()).toBe(entry.method);
      const url = new URL(target!.replace('{endpoint}', 'endpoint.invalid'), 'https://endpoint.invalid');
      const pathPattern = new RegExp(`^${entry.path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      expect(url.pathname).toMatch(pathPattern);

      const parameters = (entry.operation.parameters as OpenApiDocument[]).map((parameter) => deref(document, parameter));
      for (const [name, value] of url.searchParams) {
        const index = parameters.findIndex((parameter) => parameter.in === 'query' && parameter.name === name);
        expect(index, `query parameter ${name} is described`).toBeGreaterThanOrEqual(0);
        const schema = deref(document, parameters[index]!.schema);
        const pointer = `${entry.pointer}/parameters/${index}`;
        const resolvedPointer = (entry.operation.parameters[index] as OpenApiDocument).$ref ?? pointer;
        expect(validateAt(entry.api, `${resolvedPointer}/schema`, coerce(value, schema))).toEqual([]);
        expect(parameters[index]!.examples?.seedExample?.value, `${name} carries the page's value as seedExample`).toEqual(
          coerce(value, schema),
        );
      }
      const pathValues = pathPattern.source.includes('[^/]+') ? url.pathname.split('/') : [];
      for (const parameter of parameters.filter((candidate) => candidate.in === 'path')) {
        expect(pathValues, `path parameter ${parameter.name} carries the page's value`).toContain(parameter.examples?.seedExample?.value);
      }
    },
  );
});
