import { describe, expect, it } from 'vitest';
import { adminHeaders, bssHeaders, BSS, legacyHeaders, MEETING, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

useMockServer();
const legacyJsonHeaders = { ...legacyHeaders, 'Content-Type': 'application/json' };

describe('limits and bounds', () => {
  it.each([
    ['external contacts limit 501', `${MEETING}/v1/usg/abs/external-contacts?limit=501`, adminHeaders],
    ['external contacts limit 0', `${MEETING}/v1/usg/abs/external-contacts?limit=0`, adminHeaders],
    ['negative offset', `${MEETING}/v1/usg/abs/external-contacts?offset=-1`, adminHeaders],
    ['searchKey of 1025 characters', `${MEETING}/v1/usg/abs/external-contacts?searchKey=${'x'.repeat(1025)}`, adminHeaders],
    ['unknown searchScope', `${MEETING}/v1/usg/abs/external-contacts?searchScope=MINE`, adminHeaders],
    ['non-numeric limit', `${MEETING}/v1/usg/dcs/corp/admin?limit=ten`, adminHeaders],
    ['hexadecimal limit', `${MEETING}/v1/usg/dcs/corp/admin?limit=0x10`, adminHeaders],
  ])('answers %s with 400 USG.000000001', async (_name, url, headers) => {
    const { status, body } = await specFetch(url, { headers: { ...headers, 'Accept-Language': 'en-US' } });
    expect(status).toBe(400);
    expect(body.error_code).toBe('USG.000000001');
    expect(body.error_msg).toMatch(/^Invalid parameter: /);
  });

  it('accepts the bounds themselves', async () => {
    expect((await specFetch(`${MEETING}/v1/usg/abs/external-contacts?limit=500&offset=0`, { headers: adminHeaders })).status).toBe(200);
    expect((await specFetch(`${MEETING}/v1/usg/abs/external-contacts?limit=1`, { headers: adminHeaders })).status).toBe(200);
    expect((await specFetch(`${BSS}/v2/enterprises/multi-accounts/sub-customers?limit=100`, { headers: bssHeaders })).status).toBe(200);
  });

  it.each([
    ['limit 101', 'limit=101'],
    ['limit 0', 'limit=0'],
    ['fuzzy_query 2', 'fuzzy_query=2'],
    ['org_id of 21 characters', `org_id=${'1'.repeat(21)}`],
    ['account name of 65 characters', `sub_customer_account_name=${'a'.repeat(65)}`],
  ])('answers BSS %s with 400 CBC.0100', async (_name, query) => {
    const { status, body } = await specFetch(`${BSS}/v2/enterprises/multi-accounts/sub-customers?${query}`, { headers: bssHeaders });
    expect(status).toBe(400);
    expect(body).toEqual({ error_code: 'CBC.0100', error_msg: expect.stringContaining('Invalid parameter') });
  });

  it('negotiates Accept-Language: the first offered language, else the default', async () => {
    for (const language of ['fr-FR', '*', 'en-US,en;q=0.9', 'zh-cn']) {
      expect((await specFetch(`${MEETING}/v1/usg/dcs/corp/admin`, { headers: { ...adminHeaders, 'Accept-Language': language } })).status).toBe(200);
    }
  });

  it('names the field and the value in the message', async () => {
    const { body } = await specFetch(`${MEETING}/v1/usg/abs/external-contacts?limit=501`, { headers: { ...adminHeaders, 'Accept-Language': 'en-US' } });
    expect(body.error_msg).toBe('Invalid parameter: limit must be <= 500, got 501.');
  });

  it('never quotes a password or a token it refuses', async () => {
    const password = 'TopSecret-' + 'x'.repeat(40);
    const user = await specFetch(`${MEETING}/v1/usg/dcs/corp/member`, {
      method: 'POST',
      headers: { ...adminHeaders, 'Accept-Language': 'en-US', 'Content-Type': 'application/json' },
      body: JSON.stringify({ account: 'secret.check', name: 'Secret Check', email: 'secret.check@example.com', pwd: password }),
    });
    expect(user.status).toBe(400);
    expect(user.body.error_msg).toContain('pwd');
    expect(user.body.error_msg).not.toContain('TopSecret');
    const token = await specFetch(`${MEETING}/v1/usg/acs/token/validate`, {
      method: 'POST',
      headers: { 'Accept-Language': 'en-US', 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: 'TopSecret-' + 'y'.repeat(2000) }),
    });
    expect(token.status).toBe(400);
    expect(JSON.stringify(token.body)).not.toContain('TopSecret');
  });

  it('words a validation failure in Chinese when no Accept-Language is sent (the spec default, zh-CN)', async () => {
    const { body } = await specFetch(`${MEETING}/v1/usg/abs/external-contacts?limit=501`, { headers: adminHeaders });
    expect(body.error_msg).toBe('参数无效：limit must be <= 500, got 501。');
  });
});

describe('the legacy body', () => {
  it.each([
    ['pageSize 1001', { pageSize: 1001 }],
    ['pageIndex 0', { pageIndex: 0 }],
    ['condition of 256 characters', { condition: 'x'.repeat(256) }],
    ['deptCode of 33 characters', { deptCode: '1'.repeat(33) }],
    ['adminType 0', { adminType: 0 }],
    ['status 2', { status: 2 }],
    ['enableSubDept as a string', { enableSubDept: 'yes' }],
  ])('answers %s with the returnCode envelope and HTTP 400', async (_name, body) => {
    const res = await specFetch(`${MEETING}/rest/usg/datacenter/v1/corp/member/search`, { method: 'POST', headers: legacyJsonHeaders, body: JSON.stringify(body) });
    expect(res.status).toBe(400);
    expect(res.body.returnCode).toBe('USG.000000001');
  });

  it('answers a body that is not JSON with the envelope, not a crash', async () => {
    const res = await specFetch(`${MEETING}/rest/usg/datacenter/v1/corp/member/search`, { method: 'POST', headers: legacyJsonHeaders, body: '{"pageSize":' });
    expect(res.status).toBe(400);
    expect(res.body.returnMessage).toContain('not valid JSON');
  });
});

describe('the token operations', () => {
  it('reject a body without account or with another clientType', async () => {
    const headers = { Authorization: `Basic ${btoa('admin:x')}`, 'Content-Type': 'application/json' };
    expect((await specFetch(`${MEETING}/v1/usg/acs/auth/account`, { method: 'POST', headers, body: '{"clientType":72}' })).status).toBe(400);
    expect((await specFetch(`${MEETING}/v1/usg/acs/auth/account`, { method: 'POST', headers, body: '{"account":"admin","clientType":71}' })).status).toBe(400);
  });

  it('reject a nonce shorter than 32 characters', async () => {
    const res = await specFetch(`${MEETING}/v2/usg/acs/auth/appauth`, {
      method: 'POST',
      headers: { 'X-Token-Type': 'LongTicket', Authorization: 'HMAC-SHA256 signature=00,access=YQ==' },
      body: JSON.stringify({ appId: 'a', clientType: 72, expireTime: 0, nonce: 'short' }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error_msg).toContain('nonce');
  });
});
