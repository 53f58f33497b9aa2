// The standalone server at the HTTP level, over raw sockets: what it reads, what it refuses and
// how, for requests fetch would never send (issue 12). Each case failed before its fix.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDirectory, createHandlers, testCredentials } from '@hwcloud-directory/mocks';
import { startMockServer, type MockServer } from '../src/node.js';
import { rawExchange, rawRequest, writeChunked } from './support/raw-http.js';

const token = testCredentials.accessToken;
const basic = `Basic ${btoa(token)}`;
const MiB = 1024 * 1024;
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('the standalone server at the HTTP level', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ seed: 42, size: 10 });
  });
  afterAll(() => server.close());
  afterEach(() => vi.restoreAllMocks());

  describe('request bodies', () => {
    it('answers an unknown path with 404 without waiting for its 400 MiB body', async () => {
      const res = await rawRequest(server.port, `POST /v9/nothing HTTP/1.1\r\nHost: x\r\nContent-Length: ${400 * MiB}\r\n\r\n{"a":`);
      expect(res.status).toBe(404);
      expect(res.headers.connection).toBe('close');
    });

    it('answers a declared Content-Length over 1 MiB with 413 in the family error body before reading it', async () => {
      const res = await rawRequest(server.port, `POST /v1/usg/acs/auth/account HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${600 * MiB}\r\n\r\n{"account":`);
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toEqual({ error_code: 'MOCK.413', error_msg: expect.stringContaining('at most 1048576 bytes'), request_id: expect.any(String) });
      expect(res.headers.connection).toBe('close');
    });

    it('stops reading a chunked body once it passes 1 MiB and answers 413', async () => {
      let sent = 0;
      const res = await rawRequest(server.port, 'POST', {
        deadlineMs: 10_000,
        send: async (socket, answered) => {
          socket.write(`POST /rest/usg/datacenter/v1/corp/member/search HTTP/1.1\r\nHost: x\r\nAuthorization: ${basic}\r\nTransfer-Encoding: chunked\r\n\r\n`);
          sent = await writeChunked(socket, 64 * MiB, answered);
        },
      });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({ returnCode: 'MOCK.413', returnMessage: expect.stringContaining('1048576') });
      expect(sent).toBeLessThan(16 * MiB);
    });

    it('answers an Expect: 100-continue upload to an unknown path without asking for the body', async () => {
      const res = await rawRequest(server.port, `POST /v9/upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: ${5 * MiB}\r\n\r\n`);
      expect(res.status).toBe(404);
    });

    it('still reads a body under the limit and answers it', async () => {
      const body = '{"pageSize":2}';
      const res = await rawRequest(server.port, `POST /rest/usg/datacenter/v1/corp/member/search HTTP/1.1\r\nHost: x\r\nAuthorization: ${basic}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body).data.data).toHaveLength(2);
    });

    it('logs nothing when a client disconnects mid-upload', async () => {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      const outcome = await rawExchange(server.port, 'POST', {
        deadlineMs: 2_000,
        send: async (socket) => {
          socket.write(`POST /rest/usg/datacenter/v1/corp/member/search HTTP/1.1\r\nHost: x\r\nAuthorization: ${basic}\r\nContent-Length: 1000\r\n\r\n{"pageSize":`);
          await new Promise((resolve) => setTimeout(resolve, 50));
          socket.destroy();
        },
      });
      expect(outcome.kind).toBe('closed');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(logged).not.toHaveBeenCalled();
    });
  });

  describe('deeply nested JSON', () => {
    it('answers JSON nested 5,000 deep with 400 in the legacy envelope', async () => {
      const body = `{"pageSize":${deepArray(5000)}}`;
      const res = await rawRequest(server.port, `POST /rest/usg/datacenter/v1/corp/member/search HTTP/1.1\r\nHost: x\r\nAuthorization: ${basic}\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ returnCode: 'USG.000000001', returnMessage: expect.stringContaining('nests deeper than 64 levels') });
    });

    it('answers an unauthenticated login nested 5,000 deep with 400 in the Meeting error body', async () => {
      const body = `{"account":${deepArray(5000)},"clientType":0}`;
      const res = await rawRequest(server.port, `POST /v1/usg/acs/auth/account HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toEqual({ error_code: 'USG.000000001', error_msg: expect.stringContaining('nests deeper'), request_id: expect.any(String) });
    });

    it('describes a wrong value nested deep within the limit without overflowing the stack', async () => {
      const body = `{"pageSize":${deepArray(60)}}`;
      const res = await rawRequest(server.port, `POST /rest/usg/datacenter/v1/corp/member/search HTTP/1.1\r\nHost: x\r\nAuthorization: ${basic}\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body).returnMessage).toContain('pageSize must be integer, got [[[[');
    });
  });

  describe('the Host header', () => {
    it.each(['a b', '[', '%', 'ä.example'])('answers a request with the Host %j as if sent to the listening address', async (host) => {
      const res = await rawRequest(server.port, Buffer.from(`GET /v1/usg/dcs/corp/admin HTTP/1.1\r\nHost: ${host}\r\nX-Access-Token: ${token}\r\n\r\n`, 'latin1'));
      expect(res.status).toBe(200);
    });
  });

  describe('methods', () => {
    it('answers HEAD on a GET operation as GET, without a body', async () => {
      const get = await rawRequest(server.port, `GET /v1/usg/dcs/corp/admin HTTP/1.1\r\nHost: x\r\nX-Access-Token: ${token}\r\n\r\n`);
      const head = await rawExchange(server.port, `HEAD /v1/usg/dcs/corp/admin HTTP/1.1\r\nHost: x\r\nX-Access-Token: ${token}\r\nConnection: close\r\n\r\n`);
      expect(head.kind === 'response' && head.response.status).toBe(200);
      expect(head.kind === 'response' && head.response.headers['content-length']).toBe(get.headers['content-length']);
      expect(head.kind === 'response' && head.response.body).toBe('');
      // Nothing followed the headers: the connection closed with no body bytes.
      const fetched = await fetch(`${server.url}/v1/usg/dcs/corp/admin`, { method: 'HEAD', headers: { 'X-Access-Token': token } });
      expect(fetched.status).toBe(200);
      expect(await fetched.text()).toBe('');
    });

    it('answers a wrong method on a known path with 405, Allow and the family error body', async () => {
      const res = await rawRequest(server.port, `DELETE /v1/usg/abs/external-contacts HTTP/1.1\r\nHost: x\r\nAccept-Language: en-US\r\nX-Access-Token: ${token}\r\n\r\n`);
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
      expect(JSON.parse(res.body)).toEqual({ error_code: 'MOCK.405', error_msg: expect.stringContaining('DELETE is not allowed'), request_id: expect.any(String) });
      const chinese = await rawRequest(server.port, `DELETE /v1/usg/abs/external-contacts HTTP/1.1\r\nHost: x\r\nX-Access-Token: ${token}\r\n\r\n`);
      expect(JSON.parse(chinese.body).error_msg).toBe('/v1/usg/abs/external-contacts 不支持 DELETE 方法，请使用 GET, HEAD, OPTIONS');
      const bss = await rawRequest(server.port, 'DELETE /v2/enterprises/multi-accounts/sub-customers HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n');
      expect(bss.status).toBe(405);
      expect(JSON.parse(bss.body)).toEqual({ error_code: 'MOCK.405', error_msg: expect.any(String) });
      const legacy = await rawRequest(server.port, 'GET /rest/usg/datacenter/v1/corp/member/search HTTP/1.1\r\nHost: x\r\n\r\n');
      expect(legacy.status).toBe(405);
      expect(legacy.headers.allow).toBe('POST, OPTIONS');
      expect(JSON.parse(legacy.body)).toMatchObject({ returnCode: 'MOCK.405' });
    });
  });

  describe('headers and messages', () => {
    it('reads every header even past 2,000 of them, so the token after them counts', async () => {
      const junk = Array.from({ length: 2100 }, (_, i) => `x${i}: 1\r\n`).join('');
      const res = await rawRequest(server.port, `GET /v1/usg/dcs/corp/admin HTTP/1.1\r\nHost: x\r\n${junk}X-Access-Token: ${token}\r\n\r\n`);
      expect(res.status).toBe(200);
    });

    it('answers headers over 16 KiB with 431 and a JSON body that says so', async () => {
      const res = await rawRequest(server.port, `GET /v1/usg/dcs/corp/admin HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
      expect(res.status).toBe(431);
      expect(JSON.parse(res.body)).toEqual({ error_code: 'MOCK.431', error_msg: expect.stringContaining('16 KiB') });
    });

    it('reports a malformed X-Sdk-Date as malformed, not out of range', async () => {
      const res = await fetch(`${server.url}/v2/enterprises/multi-accounts/sub-customers`, {
        headers: { 'X-Sdk-Date': 'yesterday', Authorization: `SDK-HMAC-SHA256 Access=${testCredentials.accessKey.ak}, SignedHeaders=host;x-sdk-date, Signature=00` },
      });
      expect(res.status).toBe(401);
      const body = (await res.json()) as { error_msg: string };
      expect(body.error_msg).toContain('malformed X-Sdk-Date "yesterday"');
      expect(body.error_msg).not.toContain('out-of-range');
    });

    it('quotes a number out of range as sent, never as null', async () => {
      const legacy = await fetch(`${server.url}/rest/usg/datacenter/v1/corp/member/search`, { method: 'POST', headers: { Authorization: basic }, body: '{"pageSize":1e309}' });
      const { returnMessage } = (await legacy.json()) as { returnMessage: string };
      expect(legacy.status).toBe(400);
      expect(returnMessage).toBe('Invalid parameter: pageSize is a number out of range, got 1e309.');
      const digits = '9'.repeat(400);
      const query = await fetch(`${server.url}/v1/usg/abs/external-contacts?limit=${digits}`, { headers: { 'X-Access-Token': token } });
      const { error_msg } = (await query.json()) as { error_msg: string };
      expect(error_msg).toContain(`got "${digits.slice(0, 40)}`);
      expect(error_msg).not.toContain('null');
    });
  });
});

describe('the MSW handlers in process', () => {
  it('answer JSON nested 5,000 deep with 400, not a stack overflow', async () => {
    const handlers = createHandlers(createDirectory({ seed: 1, size: 5 }), { meetingBaseUrl: 'https://api.meeting.huaweicloud.com' });
    const { getResponse } = await import('msw');
    const request = new Request('https://api.meeting.huaweicloud.com/v1/usg/acs/auth/account', { method: 'POST', body: `{"account":${deepArray(5000)},"clientType":0}` });
    const response = await getResponse(handlers, request);
    expect(response?.status).toBe(400);
    expect(await response?.json()).toMatchObject({ error_code: 'USG.000000001', error_msg: expect.stringContaining('nests deeper than 64 levels') });
  });
});
