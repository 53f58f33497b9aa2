import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonFragment, serializeJson } from '../src/behaviour/json-fragment.js';

describe('pre-serialized JSON', () => {
  it('serializes any JSON value exactly as JSON.stringify does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(serializeJson(value)).toBe(JSON.stringify(value));
      }),
    );
  });

  it('splices fragments in as they are, and JSON.stringify still sees their value', () => {
    const body = { count: 1, data: [new JsonFragment('{"name":"张伟","x":null}')] };
    expect(serializeJson(body)).toBe('{"count":1,"data":[{"name":"张伟","x":null}]}');
    expect(JSON.parse(JSON.stringify(body))).toEqual({ count: 1, data: [{ name: '张伟', x: null }] });
  });

  it('drops undefined properties like JSON.stringify', () => {
    expect(serializeJson({ a: undefined, b: [undefined] })).toBe(JSON.stringify({ a: undefined, b: [undefined] }));
  });
});
