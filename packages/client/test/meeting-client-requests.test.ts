import { describe, expect, it } from 'vitest';
import { createMeetingClient } from '../src/index.js';
import { fakeFetch, json, page } from './support/fake-fetch.js';

const contacts = '/v1/usg/abs/external-contacts';
const legacy = '/rest/usg/datacenter/v1/corp/member/search';
const legacyOk = { returnCode: '000000000', returnMessage: 'OK', data: { pageIndex: 1, pageSize: 10, totalCount: 0, data: [] } };
const people = Array.from({ length: 25 }, (_, i) => ({ id: `c${i}`, name: `Contact ${i}` }));

describe('request headers', () => {
  it('sends a fresh UUID X-Request-Id on every request', async () => {
    const { fetch, sent } = fakeFetch(() => json(page(0, 10, [])));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch });
    await meeting.GET(contacts);
    await meeting.GET(contacts);
    const [a, b] = sent.map((s) => s.headers.get('X-Request-Id'));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b).not.toBe(a);
  });

  it('sends no X-Access-Token to checkToken, which carries the token it checks in its body', async () => {
    const { fetch, sent } = fakeFetch(() => json({ accessToken: 'checked', validPeriod: 60 }));
    const meeting = createMeetingClient({ auth: { accessToken: 'mine' }, fetch });
    await meeting.POST('/v1/usg/acs/token/validate', { body: { token: 'checked', needGenNewToken: false } });
    expect(sent[0]!.headers.get('X-Access-Token')).toBeNull();
    await meeting.GET(contacts);
    expect(sent[1]!.headers.get('X-Access-Token')).toBe('mine');
  });

  it('keeps an X-Request-Id the caller sets', async () => {
    const { fetch, sent } = fakeFetch(() => json(page(0, 10, [])));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch });
    await meeting.GET(contacts, { params: { header: { 'X-Request-Id': 'mine-1' } } });
    expect(sent[0]!.headers.get('X-Request-Id')).toBe('mine-1');
  });

  it('sends Accept-Language when a language is configured, and a baseUrl overrides the region', async () => {
    const { fetch, sent } = fakeFetch(() => json(page(0, 10, [])));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch, language: 'en-US', baseUrl: 'http://127.0.0.1:9/proxy' });
    await meeting.GET(contacts, { params: { query: { searchKey: 'li wei', limit: 5 } } });
    expect(sent[0]!.headers.get('Accept-Language')).toBe('en-US');
    expect(sent[0]!.url.href).toBe('http://127.0.0.1:9/proxy/v1/usg/abs/external-contacts?searchKey=li%20wei&limit=5');
  });

  it('calls a custom fetch with a URL string and a plain init, as globalThis.fetch takes them', async () => {
    const calls: [unknown, RequestInit][] = [];
    const meeting = createMeetingClient({
      auth: { accessToken: 'tok' },
      fetch: async (url, init) => {
        calls.push([url, init]);
        return json(legacyOk);
      },
    });
    await meeting.POST(legacy, { body: { pageIndex: 1, pageSize: 10, enableSubDept: true } });
    const [url, init] = calls[0]!;
    expect(url).toBe('https://api.meeting.huaweicloud.com/rest/usg/datacenter/v1/corp/member/search');
    expect(init).toMatchObject({ method: 'POST', body: '{"pageIndex":1,"pageSize":10,"enableSubDept":true}' });
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', authorization: `Basic ${btoa('tok')}` });
    expect(init.signal).toBeInstanceOf(AbortSignal); // the 30 s default timeout
  });

  it('adds caller headers given as a record, a Headers or pairs, but its own credentials win', async () => {
    const { fetch, sent } = fakeFetch(() => json(page(0, 10, [])));
    const meeting = createMeetingClient({ auth: { accessToken: 'real' }, fetch });
    await meeting.GET(contacts, { headers: { 'X-Trace': 'a', 'X-Access-Token': 'spoofed', 'X-Gone': null } });
    await meeting.GET(contacts, { headers: new Headers({ 'X-Trace': 'b' }) });
    await meeting.GET(contacts, { headers: [['X-Trace', 'c']] });
    expect(sent.map((s) => s.headers.get('X-Trace'))).toEqual(['a', 'b', 'c']);
    expect(sent[0]!.headers.get('X-Access-Token')).toBe('real');
    expect(sent[0]!.headers.has('X-Gone')).toBe(false);
  });

  it('rejects an unknown region, listing the known ones', () => {
    expect(() => createMeetingClient({ auth: { accessToken: 't' }, region: 'mars-1' as never })).toThrow(/unknown region mars-1; use one of cn-north-4, ap-southeast-1/);
  });
});

describe('paging through the client', () => {
  it('pages external contacts by offset and stops at count despite the last-page quirk', async () => {
    const { fetch, sent } = fakeFetch((_, s) => json(page(Number(s.url.searchParams.get('offset')), Number(s.url.searchParams.get('limit')), people)));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch });
    const ids: string[] = [];
    for await (const contact of meeting.items(contacts, { params: { query: { searchKey: 'c' } } }, { pageSize: 10 })) ids.push(contact.id);
    expect(ids).toEqual(people.map((p) => p.id));
    expect(sent.map((s) => s.url.searchParams.get('offset'))).toEqual(['0', '10', '20']);
    expect(sent.every((s) => s.url.searchParams.get('searchKey') === 'c')).toBe(true);
  });

  it('pages the legacy search by pageIndex in the body, keeping the caller filters', async () => {
    const { fetch, sent } = fakeFetch((_, s) => {
      const { pageIndex, pageSize } = JSON.parse(s.body);
      return json({ returnCode: '000000000', data: { pageIndex, pageSize, totalCount: people.length, data: people.slice((pageIndex - 1) * pageSize, pageIndex * pageSize) } });
    });
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch });
    const pages = [];
    for await (const p of meeting.pages(legacy, { body: { condition: 'c', enableSubDept: true } }, { pageSize: 10 })) pages.push(p);
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 5]);
    expect(pages[0]!.total).toBe(25);
    expect(sent.map((s) => JSON.parse(s.body))).toEqual([1, 2, 3].map((pageIndex) => ({ condition: 'c', enableSubDept: true, pageIndex, pageSize: 10 })));
  });

  it('uses 100 items per page by default, within the operation maximum', async () => {
    const { fetch, sent } = fakeFetch(() => json(page(0, 100, people)));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch });
    for await (const _ of meeting.items(contacts, undefined, { maxItems: 3 })) void _;
    expect(sent[0]!.url.searchParams.get('limit')).toBe('100');
    expect(sent).toHaveLength(1);
  });

  it('stops paging when the signal aborts', async () => {
    const controller = new AbortController();
    const { fetch, sent } = fakeFetch((_, s) => json(page(Number(s.url.searchParams.get('offset')), 10, people)));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch });
    const run = async () => {
      for await (const _ of meeting.pages(contacts, undefined, { pageSize: 10, signal: controller.signal })) controller.abort();
    };
    await expect(run()).rejects.toThrow();
    expect(sent).toHaveLength(1);
  });
});
