// An empty query value (`name=` or the bare key `name`) is no value only where the spec allows it
// (`allowEmptyValue`, as on BSS `recursive_query`); elsewhere it is kept for validation to judge.
import { describe, expect, it } from 'vitest';
import { operations, type MockOperation } from '../src/generated/operations.js';
import { parseRequest, type RequestInput } from '../src/pipeline/parse-request.js';

const base = operations.listEnterpriseOrganizations as MockOperation;
const request = (query: string) => ({
  method: 'GET',
  url: `http://127.0.0.1/v2/enterprises/multi-accounts/enterprise-organizations${query}`,
  headers: new Headers(),
  body: async () => new Uint8Array(),
});
/** The operation with `recursive_query` allowing an empty value or not. */
const withEmptyAllowed = (allowed: boolean): MockOperation => ({
  ...base,
  parameters: base.parameters.map((p) => (p.name === 'recursive_query' ? { ...p, allowEmptyValue: allowed } : p)),
});
const queryOf = async (operation: MockOperation, query: string) => ((await parseRequest(request(query), operation, {})) as RequestInput).query;

describe('empty query values', () => {
  it('leaves out an empty value of a parameter that allows one, sent as name= or as the bare key', async () => {
    for (const query of ['?recursive_query=', '?recursive_query', '?recursive_query=&parent_id=65419']) {
      expect(await queryOf(withEmptyAllowed(true), query), query).not.toHaveProperty('recursive_query');
    }
  });

  it('still reads a value of a parameter that allows an empty one', async () => {
    expect(await queryOf(withEmptyAllowed(true), '?recursive_query=1')).toEqual({ recursive_query: 1 });
  });

  it('keeps an empty value where the parameter does not allow one, for validation to reject', async () => {
    expect(await queryOf(withEmptyAllowed(false), '?recursive_query=')).toEqual({ recursive_query: '' });
  });
});
