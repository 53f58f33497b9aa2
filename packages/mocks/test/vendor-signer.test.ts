// Requests signed by the vendor's own Node signer (AKSKSigner of @huaweicloud/huaweicloud-sdk-core)
// are accepted by the mocks on the BSS organization and member-account operations, a GET with a
// query and a POST with a JSON body, through setupServer and over the standalone server's socket.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCredentials } from '@hwcloud-directory/mocks';
import { startMockServer, type MockServer } from '../src/node.js';
import { BSS, useMockServer } from './support/mock-server.js';
import { expectResponseMatchesSpec } from './support/spec-checked-fetch.js';

// The vendor's signer is CommonJS: loaded with require, used as an oracle only.
const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js') as {
  AKSKSigner: {
    sign(
      request: { endpoint: string; method: string; headers: Record<string, string>; queryParams: Record<string, string>; data?: unknown },
      credential: { getAk(): string; getSk(): string },
    ): Record<string, string>;
  };
};

const { ak, sk } = testCredentials.accessKey;
const ORGANIZATIONS = '/v2/enterprises/multi-accounts/enterprise-organizations';
const MEMBERS = '/v2/enterprises/multi-accounts/sub-customers';

/**
 * Sends a request signed by the vendor's signer (it stamps X-Sdk-Date with the real clock and
 * signs host). `tamper` changes the body after signing, to show the signature is checked.
 */
async function vendorSigned(origin: string, method: 'GET' | 'POST', path: string, query: Record<string, string>, data?: unknown, tamper = false) {
  const headers: Record<string, string> = data === undefined ? {} : { 'Content-Type': 'application/json' };
  const signed = AKSKSigner.sign({ endpoint: `${origin}${path}`, method, headers, queryParams: query, ...(data === undefined ? {} : { data }) }, { getAk: () => ak, getSk: () => sk });
  const { host: _host, ...sent } = signed;
  const url = `${origin}${path}${Object.keys(query).length > 0 ? `?${new URLSearchParams(query)}` : ''}`;
  const body = data === undefined ? undefined : JSON.stringify(tamper ? { ...(data as object), display_name: 'changed after signing' } : data);
  const response = await fetch(url, { method, headers: sent, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  const json = text === '' ? undefined : JSON.parse(text);
  if (json !== undefined) expectResponseMatchesSpec(method, url, null, response.status, response.headers, json);
  return { status: response.status, body: json, headers: response.headers };
}

const newAccount = (name: string) => ({
  party_id: '65419',
  display_name: '财务 team',
  sub_customer_association_type: 1,
  new_sub_customer: { customer_name: name, password: 'Passw0rd-of-the-member', use_pri_mobile_phone: 'Y' },
});

/** The same checks against an origin: signed GET with a query, signed POST with a body, then the write seen by a signed GET. */
function agreesWithTheVendorSigner(origin: () => string) {
  it('accepts a signed GET with a query (listEnterpriseOrganizations)', async () => {
    const { status, body } = await vendorSigned(origin(), 'GET', ORGANIZATIONS, { recursive_query: '1', parent_id: '' });
    expect(status).toBe(200);
    expect(body.child_nodes.length).toBeGreaterThan(0);
  });

  it('accepts a signed POST with a JSON body (createSubEnterpriseAccount), whose account a signed GET then lists', async () => {
    const created = await vendorSigned(origin(), 'POST', MEMBERS, {}, newAccount('signed_by_vendor'));
    expect(created.status).toBe(204);
    expect(created.body).toBeUndefined();
    const listed = await vendorSigned(origin(), 'GET', MEMBERS, { sub_customer_account_name: 'signed_by_vendor', org_id: '65419' });
    expect(listed.body.sub_customer_infos).toEqual([expect.objectContaining({ name: 'signed_by_vendor', display_name: '财务 team', org_id: '65419', status: 1 })]);
  });

  it('refuses a body changed after signing: 401 APIGW.0301, nothing created', async () => {
    const { status, body } = await vendorSigned(origin(), 'POST', MEMBERS, {}, newAccount('tampered_after_signing'), true);
    expect(status).toBe(401);
    expect(body.error_code).toBe('APIGW.0301');
    const listed = await vendorSigned(origin(), 'GET', MEMBERS, { sub_customer_account_name: 'tampered_after_signing' });
    expect(listed.body.total_count).toBe(0);
  });
}

describe('through setupServer', () => {
  useMockServer({ seed: 31 }, { validateResponses: true });
  agreesWithTheVendorSigner(() => BSS);
});

describe('over the standalone server, on a real socket', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ seed: 31, handlerOptions: { validateResponses: true } });
  });
  afterAll(() => server.close());
  agreesWithTheVendorSigner(() => server.url);

  it('answers the 204 with no body and no Content-Length', async () => {
    const { status, headers } = await vendorSigned(server.url, 'POST', MEMBERS, {}, newAccount('socket_204_check'));
    expect(status).toBe(204);
    expect(headers.get('content-length')).toBeNull();
    expect(headers.get('content-type')).toBeNull();
    expect(headers.get('x-request-id')).toBeTruthy();
  });
});
