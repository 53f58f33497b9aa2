// Property-based tests: two thousand random valid and invalid requests per operation, each
// answered by the MSW handlers (MSW's getResponse, skipping only the fetch interceptor that the
// other tests exercise) and checked against the spec by the shared helper (documented status,
// schema-valid body, family error body on 4xx). Bounded so the file runs in about 30 seconds;
// MOCKS_PROPERTY_RUNS raises or lowers the count.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appIdStringToSign, basicAuthorization, operations, testCredentials, type AppIdFields, type OperationId } from '@hwcloud-directory/mocks';
import { deref, findOperation, loadBundle, type OpenApiDocument } from '../../../test/support/openapi-document.js';
import { invalidValue, validValue } from './support/request-arbitraries.js';
import { BSS, MEETING, useMockServer } from './support/mock-server.js';
import { checkedResponses, specResolve } from './support/spec-checked-fetch.js';

const RUNS = Number(process.env.MOCKS_PROPERTY_RUNS ?? 2000);
const { directory, mock } = useMockServer({ seed: 17, size: 40 });

type Kind = 'valid' | 'invalid-parameter' | 'bad-auth';
interface Plan {
  kind: Kind;
  query: Record<string, string>;
  path: Record<string, string>;
  headers: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  /** The body field an invalid-parameter plan broke; authentication leaves it alone. */
  brokenField?: string;
}

function parametersOf(id: OperationId): OpenApiDocument[] {
  const entry = findOperation(id);
  const document = loadBundle(entry.api);
  return (entry.operation.parameters ?? []).map((p: OpenApiDocument) => deref(document, p));
}

function bodySchemaOf(id: OperationId): OpenApiDocument | undefined {
  const entry = findOperation(id);
  const body = entry.operation.requestBody ? deref(loadBundle(entry.api), entry.operation.requestBody) : undefined;
  return body?.content?.['application/json']?.schema;
}

/** Valid parameter values (path parameters chosen among existing and unknown accounts). */
function validParams(id: OperationId) {
  const api = operations[id].api;
  const params = parametersOf(id);
  const accounts = directory.users.all().map((u) => u.userAccount);
  const thirds = directory.users.all().flatMap((u) => (u.thirdAccount ? [u.thirdAccount] : []));
  const entries = params.map((p) => {
    if (p.in === 'path') return [p, fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...accounts, ...thirds) }, { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9]{1,20}$/) })] as const;
    if (p.name === 'X-Request-Id') return [p, fc.stringMatching(/^[A-Za-z0-9-]{1,64}$/)] as const;
    return [p, validValue(api, p.schema)] as const;
  });
  return fc.tuple(...entries.map(([p, arb]) => (p.required ? arb : fc.option(arb, { nil: undefined })).map((v) => [p, v] as const)));
}

function place(plan: Plan, p: OpenApiDocument, value: unknown): void {
  if (value === undefined) return;
  if (p.in === 'query') plan.query[p.name] = String(value);
  else if (p.in === 'path') plan.path[p.name] = String(value);
  else if (p.in === 'header') plan.headers[p.name] = String(value);
}

async function authenticate(id: OperationId, plan: Plan, broken: boolean): Promise<void> {
  const family = operations[id].family;
  const keep = (field: string) => plan.brokenField === field;
  if (id === 'createToken') {
    const body = plan.body as { account: string };
    if (!keep('account')) body.account = testCredentials.admin.account;
    const password = broken ? 'not-the-password' : testCredentials.admin.password;
    plan.headers.Authorization = basicAuthorization(`${body.account}:${password}`);
  } else if (id === 'createAppIdToken') {
    const body = plan.body as Record<string, unknown>;
    if (!keep('appId')) body.appId = testCredentials.app.appId;
    if (!keep('corpId')) delete body.corpId;
    if (!keep('expireTime') && typeof body.expireTime === 'number' && body.expireTime !== 0) body.expireTime = Math.floor(Date.now() / 1000) + 3600;
    const signature = createHmac('sha256', broken ? 'wrong-key' : testCredentials.app.appKey).update(appIdStringToSign(body as unknown as AppIdFields), 'utf8').digest('hex');
    plan.headers.Authorization = `HMAC-SHA256 signature=${signature},access=${btoa(testCredentials.app.appId)}`;
  } else if (family === 'legacy') {
    plan.headers.Authorization = `Basic ${btoa(broken ? 'expired-or-unknown' : testCredentials.accessToken)}`;
  } else if (family === 'bss') {
    plan.headers['X-Auth-Token'] = broken ? 'MIIunknown' : testCredentials.iamToken;
  } else {
    plan.headers['X-Access-Token'] = broken ? 'unknown-token' : testCredentials.accessToken;
  }
}

/** Random plans for one operation: valid, with one invalid parameter or body field, or with bad credentials. */
function plans(id: OperationId): fc.Arbitrary<Plan> {
  const api = operations[id].api;
  const bodySchema = bodySchemaOf(id);
  const params = parametersOf(id);
  const invalidTargets = [
    // Accept-Language is negotiated like HTTP servers do (unknown languages fall back to the default), so it has no invalid values.
    ...params.filter((p) => p.in !== 'path' && p.name !== 'Accept-Language').flatMap((p) => {
      const arb = invalidValue(api, p.schema, true, p.in === 'header');
      return arb ? [{ where: 'param' as const, p, arb }] : [];
    }),
    ...Object.entries(deref(loadBundle(api), bodySchema ?? {}).properties ?? {}).flatMap(([name, schema]) => {
      const arb = invalidValue(api, schema as OpenApiDocument, false);
      return arb ? [{ where: 'body' as const, name, arb }] : [];
    }),
  ];
  return fc
    .record({
      kind: fc.constantFrom<Kind>('valid', 'valid', 'invalid-parameter', 'invalid-parameter', 'bad-auth'),
      params: validParams(id),
      body: bodySchema ? validValue(api, bodySchema) : fc.constant(undefined),
      invalid: invalidTargets.length > 0 ? fc.nat(invalidTargets.length - 1).chain((i) => invalidTargets[i]!.arb.map((value) => ({ target: invalidTargets[i]!, value }))) : fc.constant(null),
      broken: fc.constantFrom('bad-json', 'field'),
      // BSS x-filters: a fuzzy term may not contain a space, so valid plans use fuzzy_query only on clean terms.
    })
    .map(({ kind, params: values, body, invalid, broken }) => {
      const plan: Plan = { kind, query: {}, path: {}, headers: {}, body: body === undefined ? undefined : structuredClone(body) };
      for (const [p, value] of values) place(plan, p, value);
      if (kind === 'invalid-parameter') {
        if (!invalid) plan.kind = 'valid';
        else if (invalid.target.where === 'param') {
          plan.query = { ...plan.query };
          place(plan, invalid.target.p, invalid.value);
        } else if (broken === 'bad-json' && id === 'searchCorpMembersLegacy') {
          plan.rawBody = '{"pageSize": 1,';
        } else {
          plan.body = { ...(plan.body as object), [invalid.target.name]: invalid.value };
          plan.brokenField = invalid.target.name;
        }
      }
      return plan;
    });
}

async function send(id: OperationId, plan: Plan) {
  const op = operations[id];
  await authenticate(id, plan, plan.kind === 'bad-auth');
  const base = op.api === 'bss' ? BSS : MEETING;
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(plan.path[name] ?? ''));
  const query = new URLSearchParams(plan.query).toString();
  const body = plan.rawBody ?? (plan.body === undefined ? undefined : JSON.stringify(plan.body));
  return specResolve(mock, `${base}${path}${query ? `?${query}` : ''}`, { method: op.method, headers: { ...plan.headers, ...(body ? { 'Content-Type': 'application/json' } : {}) }, ...(body !== undefined ? { body } : {}) });
}

function invalidCode(id: OperationId): string {
  return operations[id].api === 'bss' ? 'CBC.0100' : 'USG.000000001';
}

describe('random requests against every operation', () => {
  it.each(Object.keys(operations) as OperationId[])('%s: valid requests succeed, invalid ones get 4xx with the family error body, never 5xx', async (id) => {
    const seen = new Map<Kind, number>();
    await fc.assert(
      fc
        .asyncProperty(plans(id), async (plan) => {
          const { status, body } = await send(id, plan);
          seen.set(plan.kind, (seen.get(plan.kind) ?? 0) + 1);
          expect(status).toBeLessThan(500);
          const code = body.error_code ?? body.returnCode;
          if (plan.kind === 'valid') {
            if (id === 'showUserDetail' && status === 400) expect(code).toBe('USG.201040000');
            else expect(status, JSON.stringify(body)).toBe(200);
          } else if (plan.kind === 'invalid-parameter') {
            // Bad credentials are checked first on the directory operations, so only 400 is possible here.
            expect(status, JSON.stringify({ plan, body })).toBe(400);
            expect(code).toBe(invalidCode(id));
          } else {
            expect(status, JSON.stringify(body)).toBe(401);
          }
        })
        // Failed logins lock the account; forget them before each run.
        .beforeEach(() => mock.runtime.failedLogins.clear()),
      { numRuns: RUNS },
    );
    expect([...seen.keys()].sort()).toEqual(['bad-auth', 'invalid-parameter', 'valid']);
  });

  it('checked a response of every documented success status', () => {
    for (const id of Object.keys(operations)) expect(checkedResponses.get(`${id} 200`) ?? 0, id).toBeGreaterThan(0);
  });
});
