// The client's fault suite: for every auth kind and every way a call can fail, no live secret,
// in any form the client sends it, shows anywhere in the error a caller can look at. The fake
// server echoes each request (its headers, query and body) into every field it answers with.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createBssClient, createMeetingClient, HwcloudError } from '../src/index.js';
import type { FetchLike } from '../src/transport.js';
import { hangingFetch, json } from './support/fake-fetch.js';

const account = 'alice@corp';
const password = 'pa55 Wörd/+sëcret';
const appKey = 'app-key/0123+4567 89abcdéf';
const accessToken = 'tök3n/ABC+DEF GH=';
const issuedToken = 'issued-tök3n/+ XYZ';
const iamToken = 'MII-iäm/token+0123 456';
const secretKey = 'SK-sëcret/key+0123 456';

/** Every form a secret travels in: raw, base64 of its UTF-8, URL-encoded. */
const forms = (secret: string) => [secret, Buffer.from(secret, 'utf8').toString('base64'), encodeURIComponent(secret)];

/** Everything of an error a caller can print, log or serialize, down its cause chain. */
function exposure(error: unknown): string {
  const seen: string[] = [String(error), JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })];
  for (let level: unknown = error, depth = 0; level instanceof Object && depth < 10; depth++) {
    const record = level as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(level)) seen.push(key, String(record[key]));
    seen.push(String(record.stack), String(record.message), String(level));
    if ('toJSON' in level && typeof record.toJSON === 'function') seen.push(JSON.stringify(level));
    level = record.cause;
  }
  return seen.join('\n');
}

/** The request as the fake server saw it: every header, the query and the body. */
function echo(input: string, init: RequestInit): string {
  const request = new Request(input, init);
  return `${[...request.headers].map(([name, value]) => `${name}: ${value}`).join('; ')} ${new URL(request.url).search} ${String(init.body ?? '')}`;
}

type Path = 'http-error' | 'login-rejected' | 'legacy-envelope' | 'network' | 'timeout' | 'abort' | 'invalid-response' | 'non-json-login';

const isLogin = (url: string) => /\/acs\/auth\//.test(new URL(url).pathname);
const loginOk = () => json({ accessToken: issuedToken, validPeriod: 3600 });

/** A fetch that fails the way `path` says, echoing the request into what it answers. */
function failingFetch(path: Path): FetchLike {
  return async (input, init) => {
    const seen = echo(input, init);
    if (isLogin(input)) {
      if (path === 'login-rejected') return json({ error_code: seen, error_msg: seen, request_id: seen }, 401);
      // Truncated JSON that holds the token being issued and the echo.
      if (path === 'non-json-login') return new Response(`{"accessToken":"${issuedToken}","echo":"${seen}`, { status: 200 });
      return loginOk();
    }
    switch (path) {
      case 'legacy-envelope':
        return json({ returnCode: seen, returnMessage: seen, requestId: seen });
      case 'network':
        throw Object.assign(new TypeError(`fetch failed ${seen}`), { cause: Object.assign(new Error(`proxy refused ${seen}`), { code: seen }) });
      case 'timeout':
      case 'abort':
        return hangingFetch(input, init);
      case 'invalid-response':
        return json({ request_id: seen, data: seen, sub_customer_infos: seen }, 200, { 'X-Request-Id': seen });
      default:
        return json({ error_code: seen, error_msg: seen, request_id: seen }, 400, { 'X-Request-Id': seen });
    }
  };
}

interface AuthCase {
  name: string;
  api: 'meeting' | 'bss';
  auth: object;
  secrets: string[];
  logsIn?: boolean;
}

const authCases: AuthCase[] = [
  { name: 'a fixed access token', api: 'meeting', auth: { accessToken }, secrets: [accessToken] },
  { name: 'account and password', api: 'meeting', auth: { account, password }, secrets: [password, `${account}:${password}`, issuedToken], logsIn: true },
  { name: 'an App ID', api: 'meeting', auth: { appId: 'fdb8e4699586458bbd10c834872dcc62', appKey }, secrets: [appKey, issuedToken], logsIn: true },
  { name: 'an IAM token', api: 'bss', auth: { iamToken }, secrets: [iamToken] },
  { name: 'AK/SK', api: 'bss', auth: { accessKey: 'AK-PUBLIC-ID', secretKey }, secrets: [secretKey] },
];

const paths: Path[] = ['http-error', 'login-rejected', 'legacy-envelope', 'network', 'timeout', 'abort', 'invalid-response', 'non-json-login'];

/** The calls each API is exercised with: Meeting's token in X-Access-Token and as the legacy Basic base64(token). */
function callsOf(auth: AuthCase, path: Path, fetch: FetchLike) {
  const signal = path === 'abort' ? AbortSignal.timeout(15) : undefined;
  const common = { fetch, retry: false as const, timeoutMs: path === 'timeout' ? 15 : 0 };
  if (auth.api === 'bss') {
    const bss = createBssClient({ ...common, auth: auth.auth as never });
    const list = '/v2/enterprises/multi-accounts/sub-customers' as const;
    return [() => bss.GET(list, { signal }), () => bss.items(list, undefined, { signal }).next()];
  }
  const meeting = () => createMeetingClient({ ...common, auth: auth.auth as never });
  const legacy = '/rest/usg/datacenter/v1/corp/member/search' as const;
  const contacts = '/v1/usg/abs/external-contacts' as const;
  const legacyCall = () => meeting().POST(legacy, { body: { pageIndex: 1, pageSize: 10, enableSubDept: true }, signal });
  if (path === 'legacy-envelope') return [legacyCall];
  return [() => meeting().GET(contacts, { signal }), legacyCall, () => meeting().items(contacts, undefined, { signal }).next()];
}

/** Login failures need a login; BSS has no legacy envelope. */
const applies = (auth: AuthCase, path: Path) =>
  (path === 'login-rejected' || path === 'non-json-login' ? !!auth.logsIn : path !== 'legacy-envelope' || auth.api === 'meeting');
/** Whether a secret travels in the request that fails: the app key and the secret key only sign. */
const travels = (auth: AuthCase, path: Path) => auth.name !== 'AK/SK' && !(auth.name === 'an App ID' && path === 'login-rejected');

describe('no live secret, in any form, shows in any part of an error', () => {
  for (const auth of authCases) {
    describe(`with ${auth.name}`, () => {
      for (const path of paths.filter((p) => applies(auth, p))) {
        it(`keeps every secret out of the error of a failure: ${path}`, async () => {
          const calls = callsOf(auth, path, failingFetch(path));
          expect(calls.length).toBeGreaterThan(0);
          for (const call of calls) {
            const error = await call().then(
              () => expect.unreachable('the call should fail'),
              (e: unknown) => e,
            );
            expect(error).toBeInstanceOf(HwcloudError);
            const visible = exposure(error);
            for (const secret of auth.secrets) {
              for (const form of forms(secret)) expect(visible, `${form} (of ${secret})`).not.toContain(form);
            }
            // Where the server echoed a secret, the error shows that it was there.
            if (travels(auth, path) && ['http-error', 'login-rejected', 'legacy-envelope'].includes(path)) expect(visible).toContain('[redacted]');
          }
        });
      }
    });
  }
});
