import type { OperationDescription } from '../spec/operation-description.js';
import { bodyText, type MockRequest } from './mock-request.js';

/** A request as the validators see it: typed path, query and header parameters and the JSON body. */
export interface RequestInput {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  /** Header parameters, keyed by lower-case name. */
  header: Record<string, unknown>;
  body?: unknown;
}

/** A request whose body is not JSON. */
export class UnparsableBodyError extends Error {
  constructor() {
    super('the request body is not valid JSON');
    this.name = 'UnparsableBodyError';
  }
}

/**
 * Converts a text parameter to its schema type, strictly: integers only from decimal digits,
 * booleans only from "true"/"false". Anything else is left as text for the validator to reject.
 */
export function coerceParameter(value: string, type: string): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+$/.test(value)) return Number(value);
  if (type === 'number' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/**
 * Content negotiation for Accept-Language, as HTTP servers do: the first listed language the
 * operation offers (case-insensitive, q-values ignored), or null (the default) when none is
 * offered. Browsers and Node's fetch send lists such as "en-US,en;q=0.9" or "*".
 */
export function negotiateLanguage(header: string, offered: readonly unknown[] | undefined): string | null {
  if (!offered || offered.includes(header)) return header;
  for (const range of header.split(',')) {
    const tag = range.split(';')[0]?.trim().toLowerCase();
    const match = offered.find((o) => typeof o === 'string' && o.toLowerCase() === tag);
    if (typeof match === 'string') return match;
  }
  return null;
}

/**
 * Reads the parameters and body an operation declares from a Fetch request.
 * @throws UnparsableBodyError when the operation takes a JSON body and the body is not JSON
 */
export async function parseRequest(request: MockRequest, operation: OperationDescription, pathParams: Readonly<Record<string, string | readonly string[] | undefined>>): Promise<RequestInput> {
  const url = new URL(request.url);
  const input: RequestInput = { path: {}, query: {}, header: {} };
  for (const param of operation.parameters) {
    if (param.in === 'query') {
      const value = url.searchParams.get(param.name);
      if (value !== null) input.query[param.name] = coerceParameter(value, param.type);
    } else if (param.in === 'path') {
      const raw = pathParams[param.name];
      const value = Array.isArray(raw) ? raw[0] : raw;
      if (typeof value === 'string') input.path[param.name] = coerceParameter(value, param.type);
    } else if (param.in === 'header') {
      const raw = request.headers.get(param.name);
      const value = raw !== null && param.name.toLowerCase() === 'accept-language' ? negotiateLanguage(raw, param.enum) : raw;
      if (value !== null) input.header[param.name.toLowerCase()] = coerceParameter(value, param.type);
    }
  }
  if (operation.hasBody) {
    const text = await bodyText(request);
    if (text.trim() !== '') {
      try {
        input.body = JSON.parse(text);
      } catch {
        throw new UnparsableBodyError();
      }
    }
  }
  return input;
}
