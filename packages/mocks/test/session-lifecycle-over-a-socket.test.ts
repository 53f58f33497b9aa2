// A token's life on the standalone server, over a real socket: logged in, checked without a
// credential, renewed, logged out, then refused everywhere.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { basicAuthorization, testCredentials } from '@hwcloud-directory/mocks';
import { startMockServer, type MockServer } from '../src/node.js';
import { specFetch } from './support/spec-checked-fetch.js';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ seed: 12, size: 10, handlerOptions: { validateResponses: true } });
});
afterAll(() => server.close());

it('checks, renews (answering a new token) and ends a token; after the logout every call with it is 401 USG.000000004', async () => {
  const { account, password } = testCredentials.member;
  const login = await specFetch(`${server.url}/v1/usg/acs/auth/account`, {
    method: 'POST',
    headers: { Authorization: basicAuthorization(`${account}:${password}`), 'Content-Type': 'application/json' },
    body: JSON.stringify({ account, clientType: 72 }),
  });
  const token: string = login.body.accessToken;
  const check = () =>
    specFetch(`${server.url}/v1/usg/acs/token/validate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en-US' },
      body: JSON.stringify({ token, needGenNewToken: false, needAccountInfo: true }),
    });
  const checked = await check();
  expect(checked.status).toBe(200);
  expect(checked.body.user.ucloginAccount).toBe(account);
  const renewed = await specFetch(`${server.url}/v1/usg/acs/token`, { method: 'PUT', headers: { 'X-Access-Token': token } });
  expect(renewed.status).toBe(200);
  const renewedToken: string = renewed.body.accessToken;
  expect(renewedToken).not.toBe(token);

  const logout = await fetch(`${server.url}/v1/usg/acs/token`, { method: 'DELETE', headers: { 'X-Access-Token': token } });
  expect(logout.status).toBe(200);
  expect(await logout.text()).toBe('');
  expect(logout.headers.get('content-length')).toBe('0');

  const refused = [
    await check(),
    await specFetch(`${server.url}/v1/usg/acs/token`, { method: 'PUT', headers: { 'X-Access-Token': token } }),
    await specFetch(`${server.url}/v1/usg/dcs/corp/member/${account}`, { headers: { 'X-Access-Token': token } }),
  ];
  for (const answer of refused) expect([answer.status, answer.body.error_code]).toEqual([401, 'USG.000000004']);
  expect(refused[0]?.body.error_msg).toBe('The token is invalid or has expired. Authenticate again.');
  // The new token the renewal answered is not ended with the old one.
  const withRenewed = await specFetch(`${server.url}/v1/usg/dcs/corp/member/${account}`, { headers: { 'X-Access-Token': renewedToken } });
  expect(withRenewed.status).toBe(200);
});
