// The language a request is answered in, worked out once, before anything can fail.

import { languageOf, type Language } from '../answers/messages.js';
import type { MockOperation } from '../generated/operations.js';
import type { MockRequest } from './mock-request.js';
import { negotiateLanguage } from './negotiate-language.js';

/**
 * The operation's `Accept-Language` negotiated from the request's header (the first language the
 * operation offers), else the spec's default for it (`zh-CN` on the Meeting API); English for an
 * operation that declares no `Accept-Language` (BSS).
 * @example requestLanguage(operations.searchCorpAdmins, request) // 'zh-CN' when no header is sent
 */
export function requestLanguage(operation: MockOperation, request: MockRequest): Language {
  const parameter = operation.parameters.find((p) => p.in === 'header' && p.name.toLowerCase() === 'accept-language');
  if (!parameter) return languageOf({});
  const sent = request.headers.get('accept-language');
  const negotiated = sent === null ? null : negotiateLanguage(sent, parameter.enum);
  return languageOf({ 'accept-language': negotiated ?? operation.defaults[parameter.name] });
}
