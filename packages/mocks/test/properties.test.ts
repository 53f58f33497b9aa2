// Property-based tests: random valid and invalid requests per operation, each answered by the
// MSW handlers (MSW's getResponse, skipping only the fetch interceptor that the other tests
// exercise) and checked against the spec by the shared helper (documented status, schema-valid
// body, family error body on 4xx). A valid request gets the operation's success status, or a
// refusal its description documents for exactly that request and directory
// (support/documented-refusals.ts); the directory is reset before each request, so writes do
// not pile up. Bounded so the file runs in about a minute; MOCKS_PROPERTY_RUNS raises or
// lowers the count.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appIdStringToSign, basicAuthorization, createDirectory, operations, testCredentials, type AppIdFields, type OperationId } from '@hwcloud-directory/mocks';
import { deref, findOperation, loadBundle, type OpenApiDocument } from '../../../test/support/openapi-document.js';
import { documentedRefusals } from './support/documented-refusals.js';
import { invalidValue, validValue } from './support/request-arbitraries.js';
import { BSS, MEETING, useMockServer } from './support/mock-server.js';
import { checkedResponses, specResolve } from './support/spec-checked-fetch.js';

const RUNS = Number(process.env.MOCKS_PROPERTY_RUNS ?? 300);
// The seeded directory plus three empty departments, so that deleteDepartment can succeed (reset restores them).
const seededData = createDirectory({ seed: 17, size: 40 }).snapshot();
const emptyLeaves = [1, 2, 3].map((n) => ({ deptCode: `9000${n}`, deptName: `Empty ${n}`, parentDeptCode: seededData.departments[0]!.deptCode }));
const { directory, mock } = useMockServer({ seed: 17, size: 40, data: { ...seededData, departments: [...seededData.departments, ...emptyLeaves] } });

type Kind = 'valid' | 'invalid-parameter' | 'bad-auth';
interface Plan {
  kind: Kind;
  query: Record<string, string | string[]>;
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
  const document = loadBundle(entry.api);
  const body = entry.operation.requestBody ? deref(document, entry.operation.requestBody) : undefined;
  const schema = body?.content?.['application/json']?.schema;
  return schema && deref(document, schema);
}

// Values of the seeded directory, so that valid requests name existing records most of the time.
const seeded = directory.snapshot();
const accounts = [...seeded.users.map((u) => u.userAccount), ...seeded.users.flatMap((u) => (u.thirdAccount ? [u.thirdAccount] : []))];
/** Common administrators (the default one cannot lose the role), by Meeting and third-party account. */
const admins = seeded.users.filter((u) => u.adminType === 1).flatMap((u) => [u.userAccount, ...(u.thirdAccount ? [u.thirdAccount] : [])]);
const userIds = [...seeded.users.map((u) => u.id), ...seeded.users.flatMap((u) => (u.thirdAccount ? [u.thirdAccount] : []))];
const deptCodes = seeded.departments.map((d) => d.deptCode);
/** Departments without members or sub-departments: the ones deleteDepartment may delete. */
const emptyDeptCodes = seeded.departments
  .filter((d) => !seeded.departments.some((c) => c.parentDeptCode === d.deptCode) && !seeded.users.some((u) => u.deptCode === d.deptCode))
  .map((d) => d.deptCode);
const orgIds = seeded.organizations.map((o) => o.org_id);
const memberNames = seeded.subCustomers.map((s) => s.name);

/** Mostly an existing value, sometimes any value the schema allows (an unknown one, mostly). */
const mostly = (existing: readonly string[], other: fc.Arbitrary<unknown>, weight = 4) => fc.oneof({ weight, arbitrary: fc.constantFrom(...existing) }, { weight: 1, arbitrary: other });
/** The accounts an operation names: administrators for the administrator operations, any user otherwise. */
const accountsFor = (id: OperationId) => (id === 'showCorpAdmin' || id === 'batchDeleteCorpAdmins' ? [...admins, ...accounts.slice(0, 3)] : accounts);

/**
 * The arbitrary for a parameter or body field that names a record: accounts, department codes,
 * organisation nodes, user ids. Other fields take any value of their schema.
 */
function domainValue(id: OperationId, name: string, schema: OpenApiDocument): fc.Arbitrary<unknown> {
  const api = operations[id].api;
  const any = validValue(api, schema);
  // "." and ".." are no path segment values: URL parsing resolves them away.
  const nonEmpty = any.filter((v) => v !== '' && v !== '.' && v !== '..');
  switch (name) {
    case 'account':
      // addUser's account is mostly new; the others mostly name a user.
      return id === 'addUser' ? fc.oneof({ weight: 4, arbitrary: any }, { weight: 1, arbitrary: fc.constantFrom(...seeded.users.map((u) => u.userAccount)) }) : mostly(accountsFor(id), fc.stringMatching(/^[a-z0-9]{1,20}$/));
    case 'dept_code':
    case 'deptCode':
    case 'parentDeptCode':
      // addDepartment's own code is mostly new; deleteDepartment mostly names an empty department
      // (else only refusals are seen); the others mostly name a department.
      if (id === 'deleteDepartment') return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...emptyDeptCodes) }, { weight: 2, arbitrary: fc.constantFrom(...deptCodes) }, { weight: 1, arbitrary: nonEmpty });
      return id === 'addDepartment' && name === 'deptCode' ? fc.oneof({ weight: 4, arbitrary: nonEmpty }, { weight: 1, arbitrary: fc.constantFrom(...deptCodes) }) : mostly(deptCodes, nonEmpty);
    case 'thirdAccount':
      return fc.oneof({ weight: 4, arbitrary: any }, { weight: 1, arbitrary: fc.constantFrom(...accounts) });
    case 'party_id':
      return mostly(orgIds, any);
    case 'customer_name':
      return fc.oneof({ weight: 4, arbitrary: any }, { weight: 1, arbitrary: fc.constantFrom(...memberNames) });
    default:
      return any;
  }
}

/** A valid body: named records where the body names them (a batch of accounts or ids too). */
function validBody(id: OperationId, schema: OpenApiDocument): fc.Arbitrary<unknown> {
  const api = operations[id].api;
  const document = loadBundle(api);
  if (schema.type === 'array') {
    const items = deref(document, schema.items);
    const size = { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 5, 5) };
    if (items.type === 'object') return fc.array(fc.record({ id: mostly(userIds, validValue(api, items.properties.id)) }), size);
    // A batch fails whole on one unknown account, so its items are unknown only now and then, and
    // all Meeting accounts or all third-party accounts (one accountType).
    const [meetingAccounts, thirdAccounts] = [0, 1].map((type) => accountsFor(id).filter((a) => seeded.users.some((u) => (type === 0 ? u.userAccount : u.thirdAccount) === a)));
    return fc.constantFrom(meetingAccounts!, thirdAccounts!).chain((list) => fc.array(mostly(list, validValue(api, items), 15), size));
  }
  if (schema.type !== 'object') return validValue(api, schema);
  const properties = Object.entries(schema.properties ?? {}).map(([name, raw]) => {
    const property = deref(document, raw as OpenApiDocument);
    return [name, property.type === 'object' ? validBody(id, property) : domainValue(id, name, property)] as const;
  });
  return fc.record(Object.fromEntries(properties), { requiredKeys: schema.required ?? [] });
}

/** Valid parameter values (path and record-naming parameters mostly name existing records). */
function validParams(id: OperationId) {
  const params = parametersOf(id);
  const entries = params.map((p) => {
    if (p.name === 'X-Request-Id') return [p, fc.stringMatching(/^[A-Za-z0-9-]{1,64}$/)] as const;
    return [p, domainValue(id, p.name, p.schema)] as const;
  });
  return fc.tuple(...entries.map(([p, arb]) => (p.required ? arb : fc.option(arb, { nil: undefined })).map((v) => [p, v] as const)));
}

function place(plan: Plan, p: OpenApiDocument, value: unknown): void {
  if (value === undefined) return;
  if (p.in === 'query') plan.query[p.name] = Array.isArray(value) ? value.map(String) : String(value);
  else if (p.in === 'path') plan.path[p.name] = String(value);
  else if (p.in === 'header') plan.headers[p.name] = String(value);
}

/** A fresh access token of the administrator, for the operations that end or renew the token they are sent. */
async function freshToken(): Promise<string> {
  const { status, body } = await specResolve(mock, `${MEETING}/v1/usg/acs/auth/account`, {
    method: 'POST',
    headers: { Authorization: basicAuthorization(`${testCredentials.admin.account}:${testCredentials.admin.password}`), 'Content-Type': 'application/json' },
    body: JSON.stringify({ account: testCredentials.admin.account, clientType: 72 }),
  });
  expect(status).toBe(200);
  return body.accessToken as string;
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
  } else if (id === 'checkToken') {
    // No credential: the token checked is the body's.
    const body = plan.body as { token: string };
    if (!keep('token')) body.token = broken ? 'unknown-token' : testCredentials.accessToken;
  } else if (family === 'legacy') {
    plan.headers.Authorization = `Basic ${btoa(broken ? 'expired-or-unknown' : testCredentials.accessToken)}`;
  } else if (family === 'bss') {
    plan.headers['X-Auth-Token'] = broken ? 'MIIunknown' : testCredentials.iamToken;
  } else if (id === 'deleteToken' || id === 'updateToken') {
    plan.headers['X-Access-Token'] = broken ? 'unknown-token' : await freshToken();
  } else {
    plan.headers['X-Access-Token'] = broken ? 'unknown-token' : testCredentials.accessToken;
  }
}

/** What each family answers a rejected credential with. */
function rejectedCode(id: OperationId): string {
  if (id === 'createToken' || id === 'createAppIdToken') return 'USG.000000007';
  return operations[id].api === 'bss' ? 'APIGW.0301' : 'USG.000000004';
}

/** Random plans for one operation: valid, with one invalid parameter or body field, or with bad credentials. */
function plans(id: OperationId): fc.Arbitrary<Plan> {
  const api = operations[id].api;
  const bodySchema = bodySchemaOf(id);
  const params = parametersOf(id);
  const invalidTargets = [
    // Accept-Language is negotiated like HTTP servers do (unknown languages fall back to the default), so it has no invalid values.
    ...params.filter((p) => p.name !== 'Accept-Language').flatMap((p) => {
      // An empty path segment is another URL, not an invalid value: a path parameter breaks its other rules only.
      const schema = p.in === 'path' ? { ...deref(loadBundle(api), p.schema), minLength: undefined } : p.schema;
      const arb = invalidValue(api, schema, true, p.in === 'header');
      return arb ? [{ where: 'param' as const, p, arb }] : [];
    }),
    ...(bodySchema?.type === 'array'
      ? [{ where: 'whole-body' as const, arb: invalidValue(api, bodySchema, false)! }]
      : Object.entries(bodySchema?.properties ?? {}).flatMap(([name, schema]) => {
          const arb = invalidValue(api, schema as OpenApiDocument, false);
          return arb ? [{ where: 'body' as const, name, arb }] : [];
        })),
  ];
  return fc
    .record({
      kind: fc.constantFrom<Kind>('valid', 'valid', 'invalid-parameter', 'invalid-parameter', 'bad-auth'),
      params: validParams(id),
      body: bodySchema ? validBody(id, bodySchema) : fc.constant(undefined),
      invalid: invalidTargets.length > 0 ? fc.nat(invalidTargets.length - 1).chain((i) => invalidTargets[i]!.arb.map((value) => ({ target: invalidTargets[i]!, value }))) : fc.constant(null),
      broken: fc.constantFrom('bad-json', 'field'),
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
        } else if (invalid.target.where === 'whole-body') {
          plan.body = invalid.value;
        } else {
          plan.body = { ...(plan.body as object), [invalid.target.name]: invalid.value };
          plan.brokenField = invalid.target.name;
        }
      }
      return plan;
    });
}

function urlOf(id: OperationId, plan: Plan): string {
  const op = operations[id];
  const base = op.api === 'bss' ? BSS : MEETING;
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(plan.path[name] ?? ''));
  const query = new URLSearchParams(Object.entries(plan.query).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]))).toString();
  return `${base}${path}${query ? `?${query}` : ''}`;
}

async function send(id: OperationId, plan: Plan) {
  await authenticate(id, plan, plan.kind === 'bad-auth');
  const body = plan.rawBody ?? (plan.body === undefined ? undefined : JSON.stringify(plan.body));
  return specResolve(mock, urlOf(id, plan), { method: operations[id].method, headers: { ...plan.headers, ...(body ? { 'Content-Type': 'application/json' } : {}) }, ...(body !== undefined ? { body } : {}) });
}

function invalidCode(id: OperationId): string {
  return operations[id].api === 'bss' ? 'CBC.0100' : 'USG.000000001';
}

/** The documented success status: 204 for the BSS account creation, 200 for the rest. */
const successStatus = (id: OperationId) => (id === 'createSubEnterpriseAccount' ? 204 : 200);

describe('random requests against every operation', () => {
  it.each(Object.keys(operations) as OperationId[])('%s: valid requests succeed or get a documented refusal, invalid ones get 400 with the family error body, never 5xx', async (id) => {
    const seen = new Map<Kind, number>();
    await fc.assert(
      fc
        .asyncProperty(plans(id), async (plan) => {
          // Worked out before the request, from the directory it is sent to.
          const refusals = plan.kind === 'valid' ? documentedRefusals(id, plan, directory) : [];
          const { status, body } = await send(id, plan);
          seen.set(plan.kind, (seen.get(plan.kind) ?? 0) + 1);
          const sent = JSON.stringify({ url: urlOf(id, plan), body: plan.rawBody ?? plan.body, answer: body });
          expect(status, sent).toBeLessThan(500);
          const code = body?.error_code ?? body?.returnCode;
          if (plan.kind === 'valid') {
            if (refusals.length === 0) expect(status, sent).toBe(successStatus(id));
            else {
              expect(status, `should be refused with ${refusals.join(' or ')}: ${sent}`).toBe(400);
              expect(refusals, sent).toContain(code);
            }
          } else if (plan.kind === 'invalid-parameter') {
            // Bad credentials are checked first on the directory operations, so only 400 is possible here.
            expect(status, sent).toBe(400);
            expect(code, sent).toBe(invalidCode(id));
          } else {
            expect(status, sent).toBe(401);
            expect(code, sent).toBe(rejectedCode(id));
          }
        })
        // Each request meets the seeded directory; failed logins lock the account, so they are forgotten too.
        .beforeEach(() => {
          directory.reset();
          mock.runtime.failedLogins.clear();
        }),
      { numRuns: RUNS },
    );
    expect([...seen.keys()].sort()).toEqual(['bad-auth', 'invalid-parameter', 'valid']);
  });

  it('checked a response of every documented success status', () => {
    for (const id of Object.keys(operations) as OperationId[]) expect(checkedResponses.get(`${id} ${successStatus(id)}`) ?? 0, id).toBeGreaterThan(0);
  });
});
