import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSdkDate, signRequest } from '../src/sdk-hmac-sha256.js';

// The vendor's Node signer, used here only as an oracle (CommonJS, so loaded via require).
const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js') as {
  AKSKSigner: {
    sign(
      request: { endpoint: string; method: string; headers: Record<string, string>; queryParams: Record<string, string | string[]>; data?: unknown },
      credential: { getAk(): string; getSk(): string },
    ): Record<string, string>;
  };
};

const credentials = { accessKey: 'AccessKey', secretKey: 'SecretKey' };
const signatureOf = (authorization: string) => /Signature=([0-9a-f]{64})$/.exec(authorization)?.[1];

describe('signRequest matches the vendor Go SDK test vectors', () => {
  it('signs a GET with a query and no body', async () => {
    const signed = await signRequest(
      { method: 'GET', url: 'https://example.huaweicloud.com/path?limit=1', headers: { 'X-Sdk-Date': '20060102T150405Z' } },
      credentials,
    );
    expect(signed.Authorization).toBe(
      'SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624',
    );
    expect(signed['X-Sdk-Date']).toBe('20060102T150405Z');
  });

  it('signs a POST with a JSON body followed by a newline', async () => {
    const signed = await signRequest(
      {
        method: 'POST',
        url: 'https://example.huaweicloud.com/path?key=value',
        headers: { 'X-Sdk-Date': '20060102T150405Z' },
        body: '{"Name":"test","Id":1}\n',
      },
      credentials,
    );
    expect(signatureOf(signed.Authorization)).toBe('cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59');
  });

  it('gives a different signature when the body changes by one byte', async () => {
    const request = { method: 'POST', url: 'https://example.huaweicloud.com/path?key=value', headers: { 'X-Sdk-Date': '20060102T150405Z' } };
    const signed = await signRequest({ ...request, body: '{"Name":"test","Id":1}' }, credentials);
    expect(signatureOf(signed.Authorization)).not.toBe('cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59');
  });
});

describe('signRequest dates', () => {
  it('stamps X-Sdk-Date in UTC basic format when the request has none', async () => {
    const signed = await signRequest({ method: 'GET', url: 'https://h.example/p' }, credentials, {
      date: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)),
    });
    expect(signed['X-Sdk-Date']).toBe('20260102T030405Z');
    expect(signed.Authorization).toContain('SignedHeaders=x-sdk-date,');
  });

  it('formats dates with two-digit fields', () => {
    expect(formatSdkDate(new Date(Date.UTC(2006, 0, 2, 15, 4, 5)))).toBe('20060102T150405Z');
  });
});

// Randomized requests signed by both signers with the same headers (host included, as the
// vendor's Node signer always signs it).
const segment = fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/).filter((s) => s !== '.' && s !== '..');
const unicodeSegment = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).filter((s) => !/[\s/?#%\\\x00-\x20\x7f"'<>`{}|^[\]]/.test(s) && s !== '.' && s !== '..');
const queryKey = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,10}$/);
const queryValue = fc.string({ unit: 'grapheme', maxLength: 12 });
const headerName = fc.stringMatching(/^x-[a-z]{1,10}$/).filter((n) => n !== 'x-sdk-date');
const headerValue = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ._:/=-]{0,20}[A-Za-z0-9]$/);

const randomRequest = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
  host: fc.constantFrom('bss.myhuaweicloud.com', 'bss-intl.myhuaweicloud.com', '127.0.0.1:8080'),
  segments: fc.array(fc.oneof(segment, unicodeSegment), { minLength: 1, maxLength: 4 }),
  trailingSlash: fc.boolean(),
  query: fc.dictionary(queryKey, queryValue, { maxKeys: 5 }),
  headers: fc.dictionary(headerName, headerValue, { maxKeys: 4 }),
  body: fc.option(fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string({ maxLength: 16 }), fc.integer())), { nil: undefined }),
  date: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
});

describe('signRequest agrees with the vendor Node SDK signer', () => {
  it('produces the same Authorization header for randomized requests', async () => {
    await fc.assert(
      fc.asyncProperty(randomRequest, async (r) => {
        const path = `/${r.segments.join('/')}${r.trailingSlash ? '/' : ''}`;
        const sdkDate = formatSdkDate(r.date);
        const url = new URL(`https://${r.host}${path}`);
        for (const [key, value] of Object.entries(r.query)) url.searchParams.append(key, value);
        const headers = { ...r.headers, 'X-Sdk-Date': sdkDate, host: r.host };
        const body = r.body === undefined ? undefined : JSON.stringify(r.body);

        const ours = await signRequest({ method: r.method, url, headers, body }, credentials);
        const vendor = AKSKSigner.sign(
          { endpoint: `https://${r.host}${path}`, method: r.method, headers: { ...headers }, queryParams: { ...r.query }, data: r.body },
          { getAk: () => credentials.accessKey, getSk: () => credentials.secretKey },
        );
        expect(ours.Authorization).toBe(vendor.Authorization);
      }),
      { numRuns: 300 },
    );
  });
});
