import { describe, expect, it } from 'vitest';
import { basicAuthorization, testCredentials } from '@hwcloud-directory/mocks';
import { message, MESSAGE_IDS } from '../src/answers/messages.js';
import { MEETING, memberHeaders, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

useMockServer({ seed: 5 });

const login = (authorization: string, headers: Record<string, string> = {}) =>
  specFetch(`${MEETING}/v1/usg/acs/auth/account`, {
    method: 'POST',
    headers: { Authorization: authorization, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ account: testCredentials.admin.account, clientType: 72 }),
  });
const wrong = basicAuthorization(`${testCredentials.admin.account}:wrong`);

describe('error messages follow Accept-Language', () => {
  it('answers in Chinese when asked for zh-CN', async () => {
    const { status, body } = await login(wrong, { 'Accept-Language': 'zh-CN' });
    expect(status).toBe(401);
    expect(body.error_msg).toBe('鉴权失败：账号或密码错误。');
  });

  it('answers in Chinese, the spec default, when no Accept-Language is sent', async () => {
    expect((await login(wrong)).body.error_msg).toBe('鉴权失败：账号或密码错误。');
  });

  it('answers in English when asked for en-US (also in a browser-style list)', async () => {
    expect((await login(wrong, { 'Accept-Language': 'en-US' })).body.error_msg).toBe('Authentication failed: the account or password is incorrect.');
    expect((await login(wrong, { 'Accept-Language': 'en-US,en;q=0.9' })).body.error_msg).toBe('Authentication failed: the account or password is incorrect.');
  });

  it('answers an operation refusal in the negotiated language', async () => {
    const url = `${MEETING}/v1/usg/dcs/corp/admin`;
    expect((await specFetch(url, { headers: { ...memberHeaders, 'Accept-Language': 'zh-CN' } })).body.error_msg).toBe('权限不足：仅企业管理员可调用此接口。');
    expect((await specFetch(url, { headers: { ...memberHeaders, 'Accept-Language': 'en-US' } })).body.error_msg).toMatch(/^Insufficient permissions/);
  });

  it('answers a rejected token and a body that is not JSON in the negotiated language, before the operation runs', async () => {
    const url = `${MEETING}/v1/usg/dcs/corp/admin`;
    const rejected = (language?: string) => specFetch(url, { headers: { 'X-Access-Token': 'not-a-token', ...(language ? { 'Accept-Language': language } : {}) } });
    expect((await rejected()).body.error_msg).toBe('Token 无效或已过期，请重新鉴权。');
    expect((await rejected('en-US')).body.error_msg).toBe('The token is invalid or has expired. Authenticate again.');
    const notJson = await specFetch(`${MEETING}/v1/usg/acs/auth/account`, { method: 'POST', headers: { Authorization: wrong, 'Content-Type': 'application/json' }, body: '{"account":' });
    expect(notJson.body.error_msg).toBe('参数无效：请求体不是合法的 JSON。');
  });

  it('has every message in both languages, the Chinese one in Chinese', () => {
    for (const id of MESSAGE_IDS) {
      const zh = message('zh-CN', id, 'x', 'y', 'z');
      expect(zh, id).toMatch(/\p{Script=Han}|^请|Authorization/u);
      expect(message('en-US', id, 'x', 'y', 'z'), id).not.toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('Basic credentials that are not UTF-8', () => {
  it('says the credentials are not UTF-8, not that the header is malformed', async () => {
    // The vendor's Node SDK sends each UTF-16 unit as one byte: "ñ" goes out as 0xF1.
    const latin1 = btoa(`${testCredentials.admin.account}:contraseña`);
    const { status, body } = await login(`Basic ${latin1}`, { 'Accept-Language': 'en-US' });
    expect(status).toBe(401);
    expect(body.error_code).toBe('USG.000000007');
    expect(body.error_msg).toMatch(/not UTF-8/);
    expect(body.error_msg).not.toContain('contrase');
  });

  it('still calls a header that is not base64 malformed', async () => {
    const { body } = await login('Basic %%%', { 'Accept-Language': 'en-US' });
    expect(body.error_msg).toMatch(/send Authorization: Basic/);
  });
});
