// The one helper every mocks test receives responses through: it checks each response
// against the bundled spec (documented status, body schema, X-Request-Id, family error body)
// with ajv compiled at test time from generated/*.openapi.json, independently of the
// validators the mocks ship.
import { getResponse, type RequestHandler } from 'msw';
import { expect } from 'vitest';
import { apiNames, deref, loadBundle, operationsOf, pointerSegment, type ApiName, type OperationEntry } from '../../../../test/support/openapi-document.js';
import { validateAt } from '../../../../test/support/schema-validator.js';

interface Route {
  entry: OperationEntry;
  pattern: RegExp;
}

const routes: Route[] = apiNames.flatMap(operationsOf).map((entry) => ({
  entry,
  pattern: new RegExp(`^${entry.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/** Counts of responses checked, per operationId and status, for tests to assert coverage. */
export const checkedResponses = new Map<string, number>();

/** The operation a request targets, by method and path. */
export function routeOf(method: string, url: string): OperationEntry | undefined {
  const { pathname } = new URL(url);
  return routes.find((r) => r.entry.method === method.toLowerCase() && r.pattern.test(pathname))?.entry;
}

/** Which error body an operation's family uses, read from its 400 response schema. */
export function familyOf(entry: OperationEntry): 'meeting' | 'bss' | 'legacy' {
  if (entry.api === 'bss') return 'bss';
  const document = loadBundle(entry.api);
  const schema = deref(document, deref(document, entry.operation.responses['400']).content['application/json'].schema);
  return schema.properties?.returnCode ? 'legacy' : 'meeting';
}

const pointers = new Map<string, string>();

function schemaPointer(api: ApiName, entry: OperationEntry, status: string): string {
  const key = `${entry.pointer} ${status}`;
  let pointer = pointers.get(key);
  if (pointer === undefined) pointers.set(key, (pointer = resolvePointer(api, entry, status)));
  return pointer;
}

/** Whether the spec documents a JSON body for this status (`deleteToken`, `addCorpAdmin`, ... answer 200 with none, `createSubEnterpriseAccount` 204). */
function hasBody(entry: OperationEntry, status: string): boolean {
  return deref(loadBundle(entry.api), entry.operation.responses[status] ?? {}).content?.['application/json'] !== undefined;
}

function resolvePointer(api: ApiName, entry: OperationEntry, status: string): string {
  const document = loadBundle(api);
  let pointer = `${entry.pointer}/responses/${status}`;
  let node = entry.operation.responses[status];
  while (node && typeof node.$ref === 'string') {
    pointer = node.$ref;
    node = deref(document, node);
  }
  return `${pointer}/content/${pointerSegment('application/json')}/schema`;
}

/**
 * Asserts that a response matches the spec for the request that produced it: a documented
 * status, a JSON body valid against that status's schema, an X-Request-Id (the one sent, when
 * one was sent), and on 4xx/5xx the family's error body.
 */
export function expectResponseMatchesSpec(method: string, url: string, sentRequestId: string | null, status: number, headers: Headers, body: unknown): void {
  const entry = routeOf(method, url);
  expect(entry, `no operation for ${method} ${url}`).toBeDefined();
  if (!entry) return;
  const id = entry.operation.operationId as string;
  const documented = Object.keys(entry.operation.responses);
  expect(documented, `${id}: status ${status} is not documented`).toContain(String(status));
  if (hasBody(entry, String(status))) {
    const errors = validateAt(entry.api, schemaPointer(entry.api, entry, String(status)), body);
    expect(errors, `${id} ${status} body breaks the spec: ${JSON.stringify(body).slice(0, 400)}`).toEqual([]);
  } else {
    expect(body, `${id} ${status}: the spec documents no body`).toBeUndefined();
  }
  const requestId = headers.get('x-request-id');
  expect(requestId, `${id}: no X-Request-Id`).toBeTruthy();
  if (sentRequestId !== null && sentRequestId.length > 0 && sentRequestId.length <= 64) expect(requestId).toBe(sentRequestId);
  if (status >= 400) {
    const family = familyOf(entry);
    const b = body as Record<string, unknown>;
    if (family === 'legacy') {
      expect(typeof b.returnCode === 'string' && b.returnCode !== '000000000', `${id}: legacy error without a failure returnCode`).toBe(true);
      expect(b.requestId).toBe(requestId);
    } else {
      expect(b.error_code, `${id}: error body without error_code`).toMatch(family === 'bss' ? /^(CBC|APIGW)\./ : /^USG\./);
      expect(typeof b.error_msg).toBe('string');
      if (family === 'meeting') expect(b.request_id).toBe(requestId);
    }
  }
  const key = `${id} ${status}`;
  checkedResponses.set(key, (checkedResponses.get(key) ?? 0) + 1);
}

/** A response body as JSON, or undefined when it is empty (checked against the spec by the caller). */
function parseBody(text: string, what: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${what}: response body is not JSON: ${text.slice(0, 200)}`);
  }
}

/** A response whose JSON body was already read and checked. */
export interface CheckedResponse {
  status: number;
  headers: Headers;
  body: any;
}

/**
 * Asks MSW handlers directly (MSW's own getResponse, without the fetch interceptor) and checks
 * the response like {@link specFetch}; for the property tests' thousands of requests.
 */
export async function specResolve(handlers: RequestHandler[], input: string, init: RequestInit = {}): Promise<CheckedResponse> {
  const request = new Request(input, init);
  const response = await getResponse(handlers, request);
  if (!response) throw new Error(`${request.method} ${input}: no handler answered`);
  const body = parseBody(await response.text(), `${request.method} ${input}`);
  expectResponseMatchesSpec(request.method, input, request.headers.get('x-request-id'), response.status, response.headers, body);
  return { status: response.status, headers: response.headers, body };
}

/**
 * Fetches through the mocks and checks the response against the spec before returning it.
 * @example const { status, body } = await specFetch('https://api.meeting.huaweicloud.com/v1/usg/dcs/corp/admin', { headers })
 */
export async function specFetch(input: string, init: RequestInit = {}): Promise<CheckedResponse> {
  const request = new Request(input, init);
  const response = await fetch(request.clone());
  const body = parseBody(await response.text(), `${request.method} ${input}`);
  expectResponseMatchesSpec(request.method, input, request.headers.get('x-request-id'), response.status, response.headers, body);
  return { status: response.status, headers: response.headers, body };
}
