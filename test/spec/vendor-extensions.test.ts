import { describe, expect, it } from 'vitest';
import { type OpenApiDocument, apiNames, deref, loadBundle, operationsOf } from '../support/openapi-document.js';

const operations = apiNames.flatMap(operationsOf);

/** The names of an operation's parameters and, for JSON bodies, its body fields. */
function inputNames(api: 'meeting' | 'bss', operation: OpenApiDocument): Set<string> {
  const document = loadBundle(api);
  const names = new Set<string>();
  for (const parameter of operation.parameters ?? []) names.add(deref(document, parameter).name);
  const body = operation.requestBody && deref(document, operation.requestBody.content['application/json'].schema);
  for (const name of Object.keys(body?.properties ?? {})) names.add(name);
  return names;
}

/** The schema of a JSON response body at a dot path (`data.totalCount`). */
function schemaAtPath(api: 'meeting' | 'bss', schema: OpenApiDocument, path: string): OpenApiDocument | undefined {
  const document = loadBundle(api);
  return path.split('.').reduce<OpenApiDocument | undefined>((node, key) => {
    if (!node) return undefined;
    let resolved = deref(document, node);
    if (resolved.allOf) resolved = { properties: Object.assign({}, ...resolved.allOf.map((part: OpenApiDocument) => deref(document, part).properties)) };
    if (resolved.oneOf) resolved = deref(document, resolved.oneOf.find((part: OpenApiDocument) => part.type !== 'null'));
    return resolved.properties?.[key];
  }, schema);
}

describe('x-paging', () => {
  const paged = operations.filter((entry) => entry.operation['x-paging']);

  it('is on every list operation of both APIs', () => {
    expect(paged.map((entry) => entry.operation.operationId).sort()).toEqual([
      'listEnterpriseSubCustomers',
      'searchCorpAdmins',
      'searchCorpExternalDir',
      'searchCorpMembersLegacy',
    ]);
  });

  it.each(paged.map((entry) => [entry.operation.operationId, entry] as const))(
    '%s names parameters and response fields that exist',
    (_id, entry) => {
      const paging = entry.operation['x-paging'];
      const inputs = inputNames(entry.api, entry.operation);
      expect(inputs).toContain(paging.offsetParam);
      expect(inputs).toContain(paging.limitParam);
      expect(['offset', 'page']).toContain(paging.style);
      expect(['query', 'body']).toContain(paging.in);
      expect(['lastPage', 'empty']).toContain(paging.pastEnd);
      const schema = entry.operation.responses['200'].content['application/json'].schema;
      expect(deref(loadBundle(entry.api), schemaAtPath(entry.api, schema, paging.itemsPath)!).type).toBe('array');
      expect(deref(loadBundle(entry.api), schemaAtPath(entry.api, schema, paging.totalPath)!).type).toBe('integer');
    },
  );
});

describe('x-search and x-filters', () => {
  it.each(operations.filter((entry) => entry.operation['x-search']).map((entry) => [entry.operation.operationId, entry] as const))(
    '%s searches with a parameter it has',
    (_id, entry) => {
      const search = entry.operation['x-search'];
      expect(inputNames(entry.api, entry.operation)).toContain(search.param);
      expect(search.fields.length).toBeGreaterThan(0);
      expect(search.match).toBe('substring-case-insensitive');
    },
  );

  it.each(operations.filter((entry) => entry.operation['x-filters']).map((entry) => [entry.operation.operationId, entry] as const))(
    '%s filters with parameters it has',
    (_id, entry) => {
      const inputs = inputNames(entry.api, entry.operation);
      for (const filter of entry.operation['x-filters']) {
        if (filter.param) expect(inputs).toContain(filter.param);
        if (filter.fuzzyParam) expect(inputs).toContain(filter.fuzzyParam);
        if (filter.subtreeParam) expect(inputs).toContain(filter.subtreeParam);
        expect(['exact', 'exactOrFuzzy', 'department', 'exclude']).toContain(filter.match);
      }
    },
  );
});

describe('x-error-codes', () => {
  it.each(apiNames)('lists every error code the %s description uses, with the status it is sent with', (api) => {
    const document = loadBundle(api);
    const catalogue = new Map<string, number>(document['x-error-codes'].map((entry: OpenApiDocument) => [entry.code, entry.status]));
    const used: [string, number][] = [];
    for (const { operation } of operationsOf(api)) {
      for (const [status, response] of Object.entries(operation.responses as OpenApiDocument)) {
        const media = deref(document, response).content?.['application/json'];
        for (const example of Object.values((media?.examples ?? {}) as OpenApiDocument)) {
          const value = deref(document, example).value;
          const code = value.error_code ?? (value.returnCode !== '000000000' ? value.returnCode : undefined);
          if (code) used.push([code, Number(status)]);
        }
      }
    }
    expect(used.length).toBeGreaterThan(3);
    for (const [code, status] of used) {
      expect(catalogue.has(code), `${code} is in x-error-codes`).toBe(true);
      // A failure in the older API's envelope may also come with HTTP 200.
      if (status !== 200) expect(catalogue.get(code), `${code} is sent with ${status}`).toBe(status);
    }
  });

  it.each(apiNames)('marks each %s code as published or inferred', (api) => {
    for (const entry of loadBundle(api)['x-error-codes']) {
      expect(['published', 'inferred']).toContain(entry.source);
      expect(entry.meaning.length).toBeGreaterThan(10);
    }
  });
});
