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
      'searchCorpDir',
      'searchCorpExternalDir',
      'searchCorpMembersLegacy',
      'searchUsers',
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
        expect(['exact', 'exactOrFuzzy', 'department', 'exclude', 'anyOf']).toContain(filter.match);
      }
    },
  );

  it.each(
    operations
      .filter((entry) => (entry.operation['x-filters'] ?? []).some((filter: OpenApiDocument) => filter.match === 'anyOf'))
      .map((entry) => [entry.operation.operationId, entry] as const),
  )('%s matches anyOf against an array parameter or a map of every value its parameter takes', (_id, entry) => {
    const document = loadBundle(entry.api);
    for (const filter of entry.operation['x-filters'].filter((candidate: OpenApiDocument) => candidate.match === 'anyOf')) {
      const parameter = (entry.operation.parameters as OpenApiDocument[]).map((p) => deref(document, p)).find((p) => p.name === filter.param);
      const schema = deref(document, parameter!.schema);
      if (filter.valueMap) {
        const mapped = [...Object.keys(filter.valueMap), ...(filter.ignoreValue === undefined ? [] : [filter.ignoreValue])];
        expect(mapped.sort(), filter.param).toEqual([...schema.enum].sort());
      } else {
        expect(schema.type, filter.param).toBe('array');
      }
      if (filter.defaultApplies) expect(schema.default, `${filter.param} has the default it filters by`).toBeDefined();
    }
  });
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

describe('x-department-tree', () => {
  const document = loadBundle('meeting');
  const tree = document['x-department-tree'];
  const catalogue = new Map<string, OpenApiDocument>(document['x-error-codes'].map((entry: OpenApiDocument) => [entry.code, entry]));
  const departmentWrites = operationsOf('meeting').filter((entry) => ['addDepartment', 'updateDepartment', 'deleteDepartment'].includes(entry.operation.operationId));
  /** The vendor codes a write operation's 400 examples send. */
  const codesOf = (operation: OpenApiDocument): string[] =>
    Object.values<OpenApiDocument>(deref(document, operation.responses['400']).content['application/json'].examples).map(
      (example) => deref(document, example).value.error_code,
    );

  it('gives the vendor’s limits: 10 levels below the root, 100 sub-departments, 10,000 departments, root code 1', () => {
    expect(tree).toMatchObject({ rootCode: '1', maxLevels: 10, maxChildren: 100, maxDepartments: 10000 });
    expect(document.components.schemas.QueryDeptResultDTO.properties.deptLevel.maximum).toBe(tree.maxLevels + 1);
    expect(document.components.schemas.DeptInfoDTO.properties.childDepts.maxItems).toBe(tree.maxChildren);
  });

  it('names only codes that x-error-codes lists as inferred HTTP 400 answers', () => {
    const codes = Object.values<string>(tree.errors);
    expect(codes).toHaveLength(6);
    for (const code of codes) expect(catalogue.get(code), code).toMatchObject({ status: 400, source: 'inferred' });
  });

  it('is enforced by the three department writes: every rule’s code is sent by one of them, and only department codes or invalid parameters', () => {
    expect(departmentWrites).toHaveLength(3);
    const sent = new Set(departmentWrites.flatMap((entry) => codesOf(entry.operation)));
    for (const [rule, code] of Object.entries<string>(tree.errors)) expect(sent, `${rule} (${code})`).toContain(code);
    expect([...sent].filter((code) => !Object.values(tree.errors).includes(code))).toEqual(['USG.000000001']);
  });

  it('protects the root department from deletion and from moves', () => {
    const byId = Object.fromEntries(departmentWrites.map((entry) => [entry.operation.operationId, entry.operation]));
    expect(codesOf(byId.deleteDepartment)).toEqual(expect.arrayContaining([tree.errors.rootProtected, tree.errors.notEmpty]));
    expect(codesOf(byId.updateDepartment)).toEqual(expect.arrayContaining([tree.errors.rootProtected, tree.errors.moveIntoOwnSubtree]));
    expect(codesOf(byId.addDepartment)).toEqual(expect.arrayContaining([tree.errors.codeExists, tree.errors.limitReached]));
  });
});
