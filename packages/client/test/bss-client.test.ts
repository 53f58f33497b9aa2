import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createBssClient, HwcloudError } from '../src/index.js';
import { fakeFetch, json } from './support/fake-fetch.js';

const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js');

const path = '/v2/enterprises/multi-accounts/sub-customers';
const accounts = Array.from({ length: 7 }, (_, i) => ({ id: `id-${i}`, name: `dev-${i}`, display_name: `Dev ${i}` }));
const credentials = { accessKey: 'AK-EXAMPLE', secretKey: 'SK-very-secret-value' };

describe('BSS authentication', () => {
  it('signs each request so that the vendor signer, given the same headers, computes the same Authorization', async () => {
    const { fetch, sent } = fakeFetch(() => json({ total_count: 0, sub_customer_infos: [] }));
    const bss = createBssClient({ auth: credentials, fetch, language: 'en-US' });
    await bss.GET(path, { params: { query: { sub_customer_display_name: 'dev 组', fuzzy_query: 1, limit: 10 } } });
    const request = sent[0]!;
    const authorization = request.headers.get('Authorization')!;
    const signedNames = /SignedHeaders=([^,]+),/.exec(authorization)![1]!.split(';');
    expect(signedNames).toEqual(expect.arrayContaining(['host', 'x-sdk-date', 'x-request-id', 'accept-language']));
    expect(request.headers.get('X-Sdk-Date')).toMatch(/^\d{8}T\d{6}Z$/);

    const headers: Record<string, string> = { host: request.url.host };
    // The vendor signer looks its date header up as `X-Sdk-Date`, case-sensitively.
    for (const name of signedNames) if (name !== 'host') headers[name === 'x-sdk-date' ? 'X-Sdk-Date' : name] = request.headers.get(name)!;
    const vendor = AKSKSigner.sign(
      { endpoint: `${request.url.origin}${request.url.pathname}`, method: 'GET', headers, queryParams: Object.fromEntries(request.url.searchParams) },
      { getAk: () => credentials.accessKey, getSk: () => credentials.secretKey },
    );
    expect(authorization).toBe(vendor.Authorization);
    expect(request.url.origin).toBe('https://bss.myhuaweicloud.com');
  });

  it('sends an IAM token as X-Auth-Token, to the international host for region intl', async () => {
    const { fetch, sent } = fakeFetch(() => json({ total_count: 0, sub_customer_infos: [] }));
    const bss = createBssClient({ region: 'intl', auth: { iamToken: 'iam-token-value' }, fetch });
    await bss.GET(path);
    expect(sent[0]!.headers.get('X-Auth-Token')).toBe('iam-token-value');
    expect(sent[0]!.headers.has('Authorization')).toBe(false);
    expect(sent[0]!.url.origin).toBe('https://bss-intl.myhuaweicloud.com');
  });
});

describe('BSS errors and paging', () => {
  it('throws CBC error codes as HwcloudError without the secret key', async () => {
    const { fetch } = fakeFetch(() => json({ error_code: 'CBC.0151', error_msg: `Access denied for ${credentials.secretKey}` }, 403));
    const bss = createBssClient({ auth: credentials, fetch });
    const error = await bss.GET(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HwcloudError);
    expect(error).toMatchObject({ status: 403, code: 'CBC.0151', operation: 'GET /v2/enterprises/multi-accounts/sub-customers' });
    expect(JSON.stringify(error) + (error as Error).message).not.toContain(credentials.secretKey);
  });

  it('iterates every sub-account by offset/limit/total_count', async () => {
    const { fetch, sent } = fakeFetch((_, s) => {
      const offset = Number(s.url.searchParams.get('offset'));
      const limit = Number(s.url.searchParams.get('limit'));
      return json({ total_count: accounts.length, sub_customer_infos: accounts.slice(offset, offset + limit) });
    });
    const bss = createBssClient({ auth: credentials, fetch });
    const seen: string[] = [];
    for await (const account of bss.items(path, { params: { query: { org_id: 'org-1' } } }, { pageSize: 3 })) seen.push(account.id!);
    expect(seen).toEqual(accounts.map((a) => a.id));
    expect(sent.map((s) => s.url.searchParams.get('offset'))).toEqual(['0', '3', '6']);
    expect(sent.every((s) => s.url.searchParams.get('org_id') === 'org-1')).toBe(true);
  });

  it('refuses a page size above the spec maximum, naming it', () => {
    const bss = createBssClient({ auth: credentials, fetch: async () => json({}) });
    expect(() => bss.pages(path, undefined, { pageSize: 101 })).toThrow('GET /v2/enterprises/multi-accounts/sub-customers failed: pageSize 101 is above the maximum limit (100)');
  });
});
