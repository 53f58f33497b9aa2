// BSS createSubEnterpriseAccount: a created member account is listed at once, and each refusal
// the spec documents is HTTP 400 CBC.0100 that creates nothing; through setupServer and fetch.
import { describe, expect, it } from 'vitest';
import { BSS, bssHeaders, useMockServer } from './support/mock-server.js';
import { expectResponseMatchesSpec, specFetch } from './support/spec-checked-fetch.js';

const { directory } = useMockServer({ seed: 23 }, { validateResponses: true });

const URL_ = `${BSS}/v2/enterprises/multi-accounts/sub-customers`;
const PASSWORD = 'Secret-Passw0rd-of-the-member';

/** The spec's `ownMobileNumber` example, with a password of our own. */
const ownMobileNumber = () => ({
  party_id: '65419',
  display_name: 'Marketing team',
  sub_customer_association_type: 1,
  permission_ids: ['READ_FINANCE_INFO', 'READ_CONSUME_BILL'],
  new_sub_customer: { customer_name: 'marketing_team', password: PASSWORD, mobile_phone: '13800000000', use_pri_mobile_phone: 'N', verification_code: '234912' },
});

/** Creates through fetch; a 204 has no body, anything else is checked against the spec. */
async function create(body: unknown, headers: Record<string, string> = bssHeaders): Promise<{ status: number; text: string; error?: { error_code: string; error_msg: string } }> {
  const response = await fetch(URL_, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  if (text === '') return { status: response.status, text };
  const error = JSON.parse(text);
  expectResponseMatchesSpec('POST', URL_, null, response.status, response.headers, error);
  return { status: response.status, text, error };
}

const byName = async (name: string) => (await specFetch(`${URL_}?sub_customer_account_name=${encodeURIComponent(name)}`, { headers: bssHeaders })).body;

async function expectRefused(body: unknown, pattern: RegExp): Promise<void> {
  const before = directory.subCustomers.size;
  const answer = await create(body);
  expect(answer.status).toBe(400);
  expect(answer.error?.error_code).toBe('CBC.0100');
  expect(answer.error?.error_msg).toMatch(pattern);
  expect(answer.error?.error_msg).not.toContain(PASSWORD);
  expect(directory.subCustomers.size).toBe(before);
}

describe('createSubEnterpriseAccount', () => {
  it('answers 204 with no body, and listEnterpriseSubCustomers lists the account at once, in its organization', async () => {
    const answer = await create(ownMobileNumber());
    expect(answer).toEqual({ status: 204, text: '' });
    const listed = await byName('marketing_team');
    expect(listed.total_count).toBe(1);
    expect(listed.sub_customer_infos[0]).toMatchObject({ name: 'marketing_team', display_name: 'Marketing team', status: 1, org_id: '65419', org_name: 'Level-1 organization' });
    const inOrg = (await specFetch(`${URL_}?org_id=65419&limit=100`, { headers: bssHeaders })).body;
    expect(inOrg.sub_customer_infos.map((s: { name: string }) => s.name)).toContain('marketing_team');
    const fuzzy = (await specFetch(`${URL_}?sub_customer_display_name=arketing&fuzzy_query=1`, { headers: bssHeaders })).body;
    expect(fuzzy.sub_customer_infos.map((s: { name: string }) => s.name)).toContain('marketing_team');
  });

  it('lists an account without display_name (absent or null) with an empty display name, and keeps an empty one', async () => {
    const root = directory.organizations.all()[0];
    if (!root) throw new Error('no root organization');
    const base = { party_id: root.org_id, sub_customer_association_type: 1, financial_custody: 1 };
    expect((await create({ ...base, new_sub_customer: { customer_name: 'audit_team', password: PASSWORD, use_pri_mobile_phone: 'Y' } })).status).toBe(204);
    expect((await create({ ...base, display_name: null, new_sub_customer: { customer_name: 'audit_team_2', password: PASSWORD, use_pri_mobile_phone: 'Y' } })).status).toBe(204);
    expect((await create({ ...base, display_name: '', new_sub_customer: { customer_name: 'audit_team_3', password: PASSWORD, use_pri_mobile_phone: 'Y' } })).status).toBe(204);
    for (const name of ['audit_team', 'audit_team_2', 'audit_team_3']) {
      expect((await byName(name)).sub_customer_infos[0]).toMatchObject({ display_name: '', org_id: root.org_id, org_name: root.org_name, status: 1 });
    }
  });

  it('refuses a login name already used by a member account, compared exactly', async () => {
    const taken = directory.subCustomers.all()[0]?.name as string;
    const body = ownMobileNumber();
    await expectRefused({ ...body, new_sub_customer: { ...body.new_sub_customer, customer_name: taken } }, new RegExp(`customer_name "${taken}" is already in use`));
    expect((await create(body)).status).toBe(204);
    await expectRefused(body, /marketing_team" is already in use; choose another login name/);
    expect((await create({ ...body, new_sub_customer: { ...body.new_sub_customer, customer_name: 'Marketing_Team' } })).status).toBe(204);
  });

  it('refuses a party_id that is no node of the organization tree', async () => {
    await expectRefused({ ...ownMobileNumber(), party_id: '99999' }, /party_id "99999" is not an organizational unit of this enterprise/);
  });

  it('refuses a missing mobile_phone unless use_pri_mobile_phone is Y, and a mobile_phone without its verification code', async () => {
    const { new_sub_customer: login, ...rest } = ownMobileNumber();
    const { mobile_phone: _phone, use_pri_mobile_phone: _use, verification_code: _code, ...bare } = login;
    for (const phone of [{}, { mobile_phone: null }, { mobile_phone: '' }]) {
      await expectRefused({ ...rest, new_sub_customer: { ...bare, ...phone } }, /mobile_phone is required unless use_pri_mobile_phone is Y/);
      await expectRefused({ ...rest, new_sub_customer: { ...bare, ...phone, use_pri_mobile_phone: 'N' } }, /mobile_phone is required/);
    }
    await expectRefused({ ...rest, new_sub_customer: { ...bare, mobile_phone: '13800000000' } }, /verification_code is required/);
    expect((await create({ ...rest, new_sub_customer: { ...bare, use_pri_mobile_phone: 'Y', mobile_phone: null } })).status).toBe(204);
  });

  it('refuses fields out of their documented constraints, without quoting the password', async () => {
    const body = ownMobileNumber();
    const login = body.new_sub_customer;
    const cases: Array<[unknown, RegExp]> = [
      [{ ...body, new_sub_customer: { ...login, customer_name: 'n'.repeat(33) } }, /customer_name/],
      [{ ...body, new_sub_customer: { ...login, password: undefined } }, /password is required/],
      [{ ...body, new_sub_customer: { ...login, use_pri_mobile_phone: 'y' } }, /use_pri_mobile_phone/],
      [{ ...body, new_sub_customer: { ...login, mobile_phone: '1'.repeat(21) } }, /mobile_phone/],
      [{ ...body, new_sub_customer: undefined }, /new_sub_customer is required/],
      [{ ...body, party_id: '1'.repeat(21) }, /party_id/],
      [{ ...body, display_name: 'd'.repeat(65) }, /display_name/],
      [{ ...body, sub_customer_association_type: 2 }, /sub_customer_association_type/],
      [{ ...body, permission_ids: ['READ_EVERYTHING'] }, /permission_ids/],
      [{ ...body, financial_custody: 2 }, /financial_custody/],
    ];
    for (const [sent, pattern] of cases) await expectRefused(sent, pattern);
  });

  it('answers 401 APIGW.0301 without an IAM token or signature, and creates nothing', async () => {
    const before = directory.subCustomers.size;
    const answer = await create(ownMobileNumber(), {});
    expect(answer.status).toBe(401);
    expect(answer.error?.error_code).toBe('APIGW.0301');
    expect(directory.subCustomers.size).toBe(before);
  });
});
