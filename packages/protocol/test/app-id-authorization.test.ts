import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appIdAuthorization, randomNonce } from '../src/app-id-authorization.js';

const appId = 'fdb8e4699586458bbd10c834872dcc62';
const nonce = 'a'.repeat(40);
const hmac = (key: string, data: string) => createHmac('sha256', key).update(data).digest('hex');

describe('appIdAuthorization', () => {
  it('encodes the vendor worked example appId as access=ZmRiOGU0Njk5NTg2NDU4YmJkMTBjODM0ODcyZGNjNjI=', async () => {
    const header = await appIdAuthorization({ appId, appKey: 'key', expireTime: 0, nonce });
    expect(header.endsWith(',access=ZmRiOGU0Njk5NTg2NDU4YmJkMTBjODM0ODcyZGNjNjI=')).toBe(true);
    expect(header).toMatch(/^HMAC-SHA256 signature=[0-9a-f]{64},access=/);
  });

  it('signs appId:userId:expireTime:nonce keyed by the app key', async () => {
    const header = await appIdAuthorization({ appId, appKey: 'secret-key', userId: 'user01', expireTime: 1700000000, nonce });
    expect(header).toBe(
      `HMAC-SHA256 signature=${hmac('secret-key', `${appId}:user01:1700000000:${nonce}`)},access=ZmRiOGU0Njk5NTg2NDU4YmJkMTBjODM0ODcyZGNjNjI=`,
    );
  });

  it('keeps the empty userId between colons for the enterprise administrator', async () => {
    const header = await appIdAuthorization({ appId, appKey: 'k', expireTime: 0, nonce });
    expect(header).toContain(`signature=${hmac('k', `${appId}::0:${nonce}`)},`);
  });

  it('signs appId:corpId:userId:expireTime:nonce in SP mode', async () => {
    const header = await appIdAuthorization({ appId, appKey: 'k', corpId: 'corp9', userId: '张三', expireTime: 5, nonce });
    expect(header).toContain(`signature=${hmac('k', `${appId}:corp9:张三:5:${nonce}`)},`);
  });
});

describe('randomNonce', () => {
  it('returns 64 hex characters, different each time', () => {
    const a = randomNonce();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(randomNonce()).not.toBe(a);
  });
});
