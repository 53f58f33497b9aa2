import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { operations } from '../src/generated/operations.js';
import { adminHeaders, MEETING, useMockServer } from './support/mock-server.js';

const { mock, server, scenarios } = useMockServer();

describe('the MSW handler of the mocks', () => {
  it('is one handler for every route, listed by method and URL', () => {
    expect(mock).toHaveLength(1);
    const [listed] = server.listHandlers();
    const header = (listed as { info: { header: string } }).info.header;
    for (const operation of Object.values(operations)) expect(header).toContain(`${operation.method} ${operation.api === 'bss' ? 'https://bss.myhuaweicloud.com' : MEETING}${operation.path}`);
  });

  it('parses each request once, however far down the route table its operation is', async () => {
    // MSW parses a request (URL, cookies) in every handler it tries: one handler tries once.
    const parses = mock.map((handler) => vi.spyOn(handler as unknown as { parse: (...args: unknown[]) => unknown }, 'parse'));
    try {
      // Two operations near the end of the route table.
      const answers = await Promise.all([
        fetch(`${MEETING}/v1/usg/dcs/corp/member/zhang.wei`, { headers: adminHeaders }),
        fetch(`${MEETING}/rest/usg/datacenter/v1/corp/member/search`, { method: 'POST', headers: { Authorization: `Basic ${btoa(adminHeaders['X-Access-Token'])}`, 'Content-Type': 'application/json' }, body: '{"pageIndex":1,"pageSize":1}' }),
      ]);
      expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
      expect(parses.reduce((calls, parse) => calls + parse.mock.calls.length, 0)).toBe(2);
    } finally {
      for (const parse of parses) parse.mockRestore();
    }
  });

  it('yields to a handler a test adds with server.use for one route, and keeps answering the others', async () => {
    server.use(http.get(`${MEETING}/v1/usg/dcs/corp/admin`, () => HttpResponse.json({ offset: 0, limit: 10, count: 0, data: [] })));
    const overridden = await (await fetch(`${MEETING}/v1/usg/dcs/corp/admin`, { headers: adminHeaders })).json();
    expect(overridden.count).toBe(0);
    const other = await fetch(`${MEETING}/v1/usg/dcs/corp/member/zhang.wei`, { headers: adminHeaders });
    expect((await other.json()).userAccount).toBe('zhang.wei');
  });

  it('leaves a path no operation has to onUnhandledRequest (an error here), on the API host too', async () => {
    await expect(fetch(`${MEETING}/v1/usg/dcs/corp/no-such-path`, { headers: adminHeaders })).rejects.toThrow();
  });

  it('hands the operation its decoded path parameters', async () => {
    const detail = await fetch(`${MEETING}/v1/usg/dcs/corp/member/%7Ahang.wei`, { headers: adminHeaders });
    expect((await detail.json()).userAccount).toBe('zhang.wei');
  });

  it('lets a once-scenario of one operation answer its next request, and the directory the ones after', async () => {
    server.use(scenarios.showUserDetail.error({ status: 500, once: true }));
    const forced = await fetch(`${MEETING}/v1/usg/dcs/corp/member/zhang.wei`, { headers: adminHeaders });
    expect(forced.status).toBe(500);
    const next = await fetch(`${MEETING}/v1/usg/dcs/corp/member/zhang.wei`, { headers: adminHeaders });
    expect(next.status).toBe(200);
  });
});
