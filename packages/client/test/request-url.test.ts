import fc from 'fast-check';
import { createFinalURL, createQuerySerializer, defaultPathSerializer } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { requestUrl } from '../src/request-url.js';

const baseUrl = 'https://api.meeting.huaweicloud.com';
const querySerializer = createQuerySerializer();
const openapiFetchUrl = (path: string, params: { path?: Record<string, unknown>; query?: Record<string, unknown> }) =>
  createFinalURL(path, { baseUrl, params, querySerializer, pathSerializer: defaultPathSerializer });

// Names as the specs spell them; values anything a typed call can pass, Unicode included.
const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,11}$/);
const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const primitive = fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.boolean());
const queryValue = fc.oneof(primitive, fc.array(primitive, { maxLength: 3 }), fc.constant(undefined), fc.constant(null));

describe('request URLs', () => {
  it('are the URLs openapi-fetch builds, for any primitive path parameter and any query', () => {
    fc.assert(
      fc.property(fc.array(name, { maxLength: 2 }), fc.dictionary(name, queryValue, { maxKeys: 5 }), fc.array(primitive, { minLength: 2, maxLength: 2 }), (segments, query, values) => {
        const names = [...new Set(segments)];
        const path = `/v1/items${names.map((n) => `/{${n}}`).join('')}/tail`;
        const pathParams = Object.fromEntries(names.map((n, i) => [n, values[i]]));
        expect(requestUrl(baseUrl, path, { path: pathParams, query })).toBe(openapiFetchUrl(path, { path: pathParams, query }));
      }),
      { numRuns: 500 },
    );
  });

  it('encodes a Chinese account in the path and leaves out absent query values', () => {
    const url = requestUrl(baseUrl, '/v1/usg/dcs/corp/member/{account}', { path: { account: '张 三' }, query: { accountType: 0, searchKey: undefined, x: null } });
    expect(url).toBe(`${baseUrl}/v1/usg/dcs/corp/member/%E5%BC%A0%20%E4%B8%89?accountType=0`);
  });

  it('repeats an array query parameter, as form style with explode does', () => {
    expect(requestUrl(baseUrl, '/v1/x', { query: { id: ['a b', 'c&d'] } })).toBe(`${baseUrl}/v1/x?id=a%20b&id=c%26d`);
  });
});
