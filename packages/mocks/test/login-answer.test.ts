import { describe, expect, it } from 'vitest';
import { basicAuthorization, testCredentials } from '@hwcloud-directory/mocks';
import { MEETING, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

useMockServer({ seed: 6 }, { validateResponses: true });

describe('the login answer', () => {
  it('sends the vendor’s UserInfo with ucloginAccount and still matches the spec', async () => {
    const { account, password } = testCredentials.admin;
    const { status, body } = await specFetch(`${MEETING}/v1/usg/acs/auth/account`, {
      method: 'POST',
      headers: { Authorization: basicAuthorization(`${account}:${password}`), 'Content-Type': 'application/json' },
      body: JSON.stringify({ account, clientType: 72 }),
    });
    expect(status).toBe(200);
    expect(body.user.ucloginAccount).toBe(account);
    // Every UserInfo field but numberHA1, a SIP digest credential the mock never sends.
    expect(Object.keys(body.user)).toHaveLength(27);
    expect(body.user).not.toHaveProperty('numberHA1');
    expect([0, 5, 6]).toContain(body.user.corpType);
    expect(body.user.password).toBeNull();
    expect(body.user.paidPassword).toBeNull();
  });
});
