// Reading an operation's parameters and JSON body out of a request.

import { message, type Language } from '../answers/messages.js';
import { invalidParameter, type Problem } from '../answers/problem.js';
import type { MockOperation } from '../generated/operations.js';
import { coerceParameter } from './coerce-parameter.js';
import { jsonShapeProblem } from './json-shape.js';
import { bodyText, type MockRequest } from './mock-request.js';
import { negotiateLanguage } from './negotiate-language.js';

/** A request as the validators see it: typed path, query and header parameters and the JSON body. */
export interface RequestInput {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  /** Header parameters, keyed by lower-case name. */
  header: Record<string, unknown>;
  body?: unknown;
}

/**
 * Reads the parameters and body an operation declares.
 * @param pathParams the path parameters the route matcher captured
 * @param language the language of a problem's message
 * @returns the input, or an `invalid` problem when the URL cannot be parsed, or the operation
 *   takes a JSON body and the body is not JSON, nests too deep or holds an out-of-range number
 */
export async function parseRequest(
  request: MockRequest,
  operation: MockOperation,
  pathParams: Readonly<Record<string, string | readonly string[] | undefined>>,
  language: Language = 'en-US',
): Promise<RequestInput | Problem> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return invalidParameter(message(language, 'urlUnparsable', describeUrl(request.url)), language);
  }
  const input: RequestInput = { path: {}, query: {}, header: {} };
  for (const param of operation.parameters) {
    if (param.in === 'query') {
      if (param.type === 'array') {
        // Repeated keys (`userType=2&userType=13`), as the vendor's SDKs and the client send them.
        const values = url.searchParams.getAll(param.name);
        if (values.length > 0) input.query[param.name] = values.map((value) => coerceParameter(value, param.itemType ?? 'string'));
        continue;
      }
      const value = url.searchParams.get(param.name);
      // An empty value of a parameter that allows one (`allowEmptyValue`) is no value: its default applies.
      if (value === '' && param.allowEmptyValue === true) continue;
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
  if (operation.body) {
    const text = await bodyText(request);
    if (text.trim() !== '') {
      try {
        input.body = JSON.parse(text);
      } catch {
        return invalidParameter(message(language, 'bodyNotJson'), language);
      }
      const shape = jsonShapeProblem(input.body, text);
      if (shape) return invalidParameter(shape, language);
    }
  }
  return input;
}

/** A URL for a message: quoted and cut to 80 characters. */
function describeUrl(url: string): string {
  return JSON.stringify(url.length > 80 ? `${url.slice(0, 77)}...` : url);
}
