import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToBase64, encodeBase64 } from '../src/base64.js';

describe('encodeBase64', () => {
  it('encodes the UTF-8 bytes of non-Latin-1 text (where btoa throws)', () => {
    expect(() => btoa('张三')).toThrow();
    expect(encodeBase64('张三:pässwörd')).toBe('5byg5LiJOnDDpHNzd8O2cmQ=');
  });

  it('encodes Latin-1 characters as UTF-8, not as single bytes', () => {
    expect(encodeBase64('é')).toBe('w6k=');
    expect(encodeBase64('é')).not.toBe(btoa('é'));
  });

  it('agrees with Buffer for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(encodeBase64(text)).toBe(Buffer.from(text, 'utf8').toString('base64'));
      }),
      { numRuns: 300 },
    );
  });

  it('encodes byte arrays larger than one chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
