import { describe, expect, it } from 'vitest';
import { adminHeaders, bssHeaders, BSS, legacyHeaders, MEETING, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

const { directory } = useMockServer({ seed: 11, size: 45 });

const legacySearch = (body: unknown) =>
  specFetch(`${MEETING}/rest/usg/datacenter/v1/corp/member/search`, {
    method: 'POST',
    headers: { ...legacyHeaders, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('offset paging of the Meeting list operations', () => {
  it('returns offset, limit, count and at most limit records', async () => {
    const { status, body } = await specFetch(`${MEETING}/v1/usg/abs/external-contacts?offset=0&limit=5`, { headers: adminHeaders });
    expect(status).toBe(200);
    expect(body).toMatchObject({ offset: 0, limit: 5 });
    expect(body.data).toHaveLength(5);
    expect(body.count).toBeGreaterThan(5);
  });

  it('defaults to offset 0 and limit 10', async () => {
    const { body } = await specFetch(`${MEETING}/v1/usg/abs/external-contacts`, { headers: adminHeaders });
    expect(body.offset).toBe(0);
    expect(body.limit).toBe(10);
    expect(body.data).toHaveLength(10);
  });

  it('returns the last page, page-aligned, when the offset is past the end', async () => {
    const first = await specFetch(`${MEETING}/v1/usg/abs/external-contacts?limit=7`, { headers: adminHeaders });
    const count = first.body.count as number;
    const lastOffset = Math.floor((count - 1) / 7) * 7;
    const last = await specFetch(`${MEETING}/v1/usg/abs/external-contacts?limit=7&offset=${lastOffset}`, { headers: adminHeaders });
    const past = await specFetch(`${MEETING}/v1/usg/abs/external-contacts?limit=7&offset=${count + 100}`, { headers: adminHeaders });
    expect(past.body.offset).toBe(lastOffset);
    expect(past.body.data).toEqual(last.body.data);
    expect(past.body.data.length).toBeGreaterThan(0);
  });

  it('visits every record exactly once when paging by count', async () => {
    const seen: string[] = [];
    let total = Infinity;
    for (let offset = 0; offset < total; offset += 4) {
      const { body } = await specFetch(`${MEETING}/v1/usg/dcs/corp/admin?offset=${offset}&limit=4`, { headers: adminHeaders });
      total = body.count;
      seen.push(...body.data.map((a: { account: string }) => a.account));
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBe(directory.users.all().filter((u) => u.adminType !== 2).length);
  });
});

describe('page-index paging of the legacy search', () => {
  it('counts pages from 1 and echoes pageIndex and pageSize inside data', async () => {
    const { body } = await legacySearch({ pageIndex: 2, pageSize: 3 });
    expect(body.returnCode).toBe('000000000');
    expect(body.data).toMatchObject({ pageIndex: 2, pageSize: 3 });
    expect(body.data.data).toHaveLength(3);
  });

  it('returns the last page when pageIndex is past the end', async () => {
    const { body: first } = await legacySearch({ pageSize: 10 });
    const lastIndex = Math.ceil(first.data.totalCount / 10);
    const { body: past } = await legacySearch({ pageSize: 10, pageIndex: lastIndex + 5 });
    const { body: last } = await legacySearch({ pageSize: 10, pageIndex: lastIndex });
    expect(past.data.pageIndex).toBe(lastIndex);
    expect(past.data.data).toEqual(last.data.data);
  });

  it('lists every user but the default administrator with an empty body', async () => {
    const { body } = await specFetch(`${MEETING}/rest/usg/datacenter/v1/corp/member/search`, {
      method: 'POST',
      headers: legacyHeaders,
    });
    expect(body.data.totalCount).toBe(directory.users.size - 1);
    expect(body.data.pageSize).toBe(10);
  });
});

describe('BSS offset paging', () => {
  it('returns an empty list with the total when the offset is past the end', async () => {
    const { body } = await specFetch(`${BSS}/v2/enterprises/multi-accounts/sub-customers?offset=100000&limit=10`, { headers: bssHeaders });
    expect(body.sub_customer_infos).toEqual([]);
    expect(body.total_count).toBe(directory.subCustomers.size);
  });

  it('skips offset records', async () => {
    const { body: all } = await specFetch(`${BSS}/v2/enterprises/multi-accounts/sub-customers?limit=100`, { headers: bssHeaders });
    const { body: shifted } = await specFetch(`${BSS}/v2/enterprises/multi-accounts/sub-customers?offset=1&limit=5`, { headers: bssHeaders });
    expect(shifted.sub_customer_infos).toEqual(all.sub_customer_infos.slice(1, 6));
  });
});
