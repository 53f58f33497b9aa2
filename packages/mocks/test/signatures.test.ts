import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appAuthStringToSign, appIdAuthorization, appIdStringToSign, canonicalRequest, decodeBase64, decodeBase64Utf8, encodeBase64, encodeBase64Utf8, sdkSignature, verifyAkSkSignature } from '@hwcloud-directory/mocks';

// Test vectors of the vendor's Go SDK (core/auth/signer/signer_test.go), from vendor-notes.
const GO_VECTORS = [
  { method: 'GET', url: 'https://example.huaweicloud.com/path?limit=1', body: '', signature: '5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624' },
  { method: 'POST', url: 'https://example.huaweicloud.com/path?key=value', body: '{"Name":"test","Id":1}\n', signature: 'cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59' },
];
const DATE = '20060102T150405Z';

describe('SDK-HMAC-SHA256 signatures', () => {
  it.each(GO_VECTORS)('matches the Go SDK vector for $method $url', async ({ method, url, body, signature }) => {
    const headers = new Headers({ 'X-Sdk-Date': DATE });
    const canonical = await canonicalRequest(method, new URL(url), ['x-sdk-date'], (name) => headers.get(name), body);
    expect(await sdkSignature('SecretKey', DATE, canonical)).toBe(signature);
  });

  it.each(GO_VECTORS)('verifies the Go SDK vector for $method and rejects a changed body', async ({ method, url, body, signature }) => {
    const headers = new Headers({ 'X-Sdk-Date': DATE, Authorization: `SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=${signature}` });
    const signedAt = Date.UTC(2006, 0, 2, 15, 4, 5);
    const secretFor = (ak: string) => (ak === 'AccessKey' ? 'SecretKey' : undefined);
    expect(await verifyAkSkSignature({ method, url, headers, body }, secretFor, signedAt, 900_000)).toBeNull();
    expect(await verifyAkSkSignature({ method, url, headers, body: `${body} ` }, secretFor, signedAt, 900_000)).toBe('signature-mismatch');
    expect(await verifyAkSkSignature({ method, url, headers, body }, () => undefined, signedAt, 900_000)).toBe('unknown-access-key');
    expect(await verifyAkSkSignature({ method, url, headers, body }, secretFor, signedAt + 901_000, 900_000)).toBe('date-out-of-range');
  });
});

describe('App ID signatures', () => {
  it('signs appId:userId:expireTime:nonce, and appId:corpId:userId:expireTime:nonce in SP mode', () => {
    expect(appIdStringToSign({ appId: 'a', userId: 'u', expireTime: 0, nonce: 'n' })).toBe('a:u:0:n');
    expect(appIdStringToSign({ appId: 'a', expireTime: 5, nonce: 'n' })).toBe('a::5:n');
    expect(appIdStringToSign({ appId: 'a', corpId: 'c', userId: 'u', expireTime: 5, nonce: 'n' })).toBe('a:c:u:5:n');
    // The deprecated name is the same function.
    expect(appAuthStringToSign({ appId: 'a', corpId: 'c', userId: 'u', expireTime: 5, nonce: 'n' })).toBe('a:c:u:5:n');
  });

  it('produces the hex HMAC-SHA256 keyed by the App Key, as node:crypto computes it', async () => {
    const fields = { appId: 'fdb8e4699586458bbd10c834872dcc62', userId: '张三@corp', expireTime: 1627722929, nonce: 'EycLQsHwxhzK9OW8UEKWNfH2I3CGR2nINuU1EBpv162d42d92s' };
    const expected = createHmac('sha256', 'app-key').update(appIdStringToSign(fields), 'utf8').digest('hex');
    expect(await appIdAuthorization({ ...fields, appKey: 'app-key' })).toBe(`HMAC-SHA256 signature=${expected},access=${btoa(fields.appId)}`);
  });

  it('encodes the vendor worked example access value', () => {
    expect(btoa('fdb8e4699586458bbd10c834872dcc62')).toBe('ZmRiOGU0Njk5NTg2NDU4YmJkMTBjODM0ODcyZGNjNjI=');
  });
});

describe('UTF-8 base64', () => {
  it('round-trips text that is not Latin-1 and rejects malformed input', () => {
    const text = 'jose.alvarez:Contraseña-密码-1';
    expect(decodeBase64(encodeBase64(text))).toBe(text);
    expect(encodeBase64('密')).toBe('5a+G');
    expect(decodeBase64('%%%')).toBeNull();
    // The deprecated names are the same functions.
    expect(decodeBase64Utf8(encodeBase64Utf8(text))).toBe(text);
    expect(encodeBase64Utf8('密')).toBe('5a+G');
    expect(decodeBase64Utf8('%%%')).toBeNull();
  });
});
