import { describe, expect, it } from 'vitest';
import { adminHeaders, bssHeaders, BSS, legacyHeaders, MEETING, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

const { server, scenarios } = useMockServer();
const adminsUrl = `${MEETING}/v1/usg/dcs/corp/admin`;

describe('forced errors', () => {
  it('answers with the status and the spec’s code for it in the Meeting body', async () => {
    server.use(scenarios.searchCorpAdmins.error({ status: 500 }));
    const { status, body } = await specFetch(adminsUrl, { headers: adminHeaders });
    expect(status).toBe(500);
    expect(body.error_code).toBe('USG.000000099');
  });

  it('uses the code and message given', async () => {
    server.use(scenarios.showUserDetail.error({ status: 400, code: 'USG.201040000', message: 'gone' }));
    const { status, body } = await specFetch(`${MEETING}/v1/usg/dcs/corp/member/admin`, { headers: adminHeaders });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error_code: 'USG.201040000', error_msg: 'gone' });
  });

  it('answers in the BSS body and in the legacy envelope', async () => {
    server.use(scenarios.listEnterpriseSubCustomers.error({ status: 403 }), scenarios.searchCorpMembersLegacy.error({ status: 500 }));
    const bss = await specFetch(`${BSS}/v2/enterprises/multi-accounts/sub-customers`, { headers: bssHeaders });
    expect(bss.body).toEqual({ error_code: 'CBC.0151', error_msg: expect.any(String) });
    const legacy = await specFetch(`${MEETING}/rest/usg/datacenter/v1/corp/member/search`, { method: 'POST', body: '{}' });
    expect(legacy.status).toBe(500);
    expect(legacy.body.returnCode).toBe('USG.000000099');
  });

  it('applies once when asked, then answers as usual', async () => {
    server.use(scenarios.searchCorpAdmins.error({ status: 500, once: true }));
    expect((await specFetch(adminsUrl, { headers: adminHeaders })).status).toBe(500);
    expect((await specFetch(adminsUrl, { headers: adminHeaders })).status).toBe(200);
  });
});

describe('latency, network failure and empty answers', () => {
  it('delays the usual answer', async () => {
    server.use(scenarios.searchCorpAdmins.latency(150));
    const started = performance.now();
    const { status } = await specFetch(adminsUrl, { headers: adminHeaders });
    expect(status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('fails the network so fetch rejects', async () => {
    server.use(scenarios.searchCorpExternalDir.networkError());
    await expect(fetch(`${MEETING}/v1/usg/abs/external-contacts`, { headers: adminHeaders })).rejects.toThrow(TypeError);
  });

  it('returns an empty page with a zero total, keeping the paging echo', async () => {
    server.use(scenarios.searchCorpExternalDir.empty(), scenarios.searchCorpMembersLegacy.empty(), scenarios.listEnterpriseSubCustomers.empty());
    const contacts = await specFetch(`${MEETING}/v1/usg/abs/external-contacts?limit=7`, { headers: adminHeaders });
    expect(contacts.body).toMatchObject({ offset: 0, limit: 7, count: 0, data: [] });
    const legacy = await specFetch(`${MEETING}/rest/usg/datacenter/v1/corp/member/search`, {
      method: 'POST',
      headers: legacyHeaders,
      body: '{"pageSize":5}',
    });
    expect(legacy.body.data).toEqual({ pageIndex: 1, pageSize: 5, totalCount: 0, data: [] });
    const bss = await specFetch(`${BSS}/v2/enterprises/multi-accounts/sub-customers`, { headers: bssHeaders });
    expect(bss.body).toEqual({ total_count: 0, sub_customer_infos: [] });
  });

  it('answers a legacy failure with HTTP 200 and a failure returnCode', async () => {
    server.use(scenarios.searchCorpMembersLegacy.envelopeError({ code: 'USG.000000001', message: 'pageSize is out of range' }));
    const { status, body } = await specFetch(`${MEETING}/rest/usg/datacenter/v1/corp/member/search`, { method: 'POST', body: '{}' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ returnCode: 'USG.000000001', returnMessage: 'pageSize is out of range', data: null });
  });

  it('still authenticates under the empty scenario', async () => {
    server.use(scenarios.searchCorpExternalDir.empty());
    expect((await specFetch(`${MEETING}/v1/usg/abs/external-contacts`)).status).toBe(401);
  });
});
