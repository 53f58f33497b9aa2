import { authParams } from './authorization-header.js';
import { constantTimeEqual, hmacSha256Hex, sha256Hex } from './crypto-helpers.js';

/** The parts of a request that SDK-HMAC-SHA256 signs. */
export interface SignableRequest {
  method: string;
  /** Full URL (only path and query are signed). */
  url: string;
  /** Header lookup, case-insensitive (a Headers object works). */
  headers: { get(name: string): string | null };
  /** Raw body bytes or text; empty when there is none. */
  body: string | Uint8Array;
}

/** RFC 3986 percent-encoding, unreserved characters kept (as the vendor's signers do). */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function canonicalUri(pathname: string): string {
  const segments = pathname.split('/').map((segment) => percentEncode(safeDecode(segment)));
  const joined = segments.join('/');
  return joined.endsWith('/') ? joined : `${joined}/`;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function canonicalQuery(search: string): string {
  const pairs: Array<[string, string]> = [];
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = safeDecode((eq === -1 ? part : part.slice(0, eq)).replace(/\+/g, ' '));
    const value = eq === -1 ? '' : safeDecode(part.slice(eq + 1).replace(/\+/g, ' '));
    pairs.push([percentEncode(key), percentEncode(value)]);
  }
  pairs.sort(([ak, av], [bk, bv]) => (ak === bk ? (av < bv ? -1 : av > bv ? 1 : 0) : ak < bk ? -1 : 1));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

/**
 * Builds the canonical request of SDK-HMAC-SHA256 (method, URI with trailing slash, sorted
 * query, signed headers, signed header names, hex SHA-256 of the body).
 */
export async function canonicalRequest(request: SignableRequest, signedHeaders: readonly string[]): Promise<string> {
  const url = new URL(request.url);
  const names = [...signedHeaders].map((n) => n.toLowerCase()).sort();
  // Fetch cannot set Host; over HTTP it always equals the URL's host, so fall back to it.
  const valueOf = (name: string) => request.headers.get(name) ?? (name === 'host' ? url.host : '');
  const headerLines = names.map((name) => `${name}:${valueOf(name).trim()}\n`).join('');
  return [request.method.toUpperCase(), canonicalUri(url.pathname), canonicalQuery(url.search), headerLines, names.join(';'), await sha256Hex(request.body)].join('\n');
}

/** Computes the hex signature of a request for a secret key, an X-Sdk-Date and the signed headers. */
export async function computeAkSkSignature(request: SignableRequest, secretKey: string, sdkDate: string, signedHeaders: readonly string[]): Promise<string> {
  const canonical = await canonicalRequest(request, signedHeaders);
  const stringToSign = `SDK-HMAC-SHA256\n${sdkDate}\n${await sha256Hex(canonical)}`;
  return hmacSha256Hex(secretKey, stringToSign);
}

/** Parsed `Authorization: SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=...`. */
export interface AkSkAuthorization {
  accessKey: string;
  signedHeaders: string[];
  signature: string;
}

/** Parses an SDK-HMAC-SHA256 Authorization header; null when it is not one. */
export function parseAkSkAuthorization(header: string | null): AkSkAuthorization | null {
  if (!header) return null;
  const match = /^SDK-HMAC-SHA256\s+(.*)$/.exec(header.trim());
  if (!match) return null;
  const fields = authParams(match[1] ?? '');
  const accessKey = fields.get('Access');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKey || !signedHeaders || !signature) return null;
  return { accessKey, signedHeaders: signedHeaders.split(';').filter(Boolean), signature: signature.toLowerCase() };
}

/** Parses X-Sdk-Date (`YYYYMMDDTHHMMSSZ`) to epoch milliseconds; NaN when malformed. */
export function parseSdkDate(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}

/** Why an AK/SK signature was rejected, or null when it is valid. */
export type AkSkRejection = 'malformed' | 'unknown-access-key' | 'date-not-signed' | 'date-out-of-range' | 'signature-mismatch';

/**
 * Verifies an SDK-HMAC-SHA256 signed request against known access keys.
 * @param secretFor returns the SK for an AK, or undefined when the AK is unknown
 * @param now current time in ms; `maxSkewMs` bounds |now - X-Sdk-Date| (Infinity disables)
 */
export async function verifyAkSkSignature(
  request: SignableRequest,
  secretFor: (accessKey: string) => string | undefined,
  now: number,
  maxSkewMs: number,
): Promise<AkSkRejection | null> {
  const auth = parseAkSkAuthorization(request.headers.get('authorization'));
  const sdkDate = request.headers.get('x-sdk-date');
  if (!auth || !sdkDate) return 'malformed';
  const secret = secretFor(auth.accessKey);
  if (secret === undefined) return 'unknown-access-key';
  if (!auth.signedHeaders.map((h) => h.toLowerCase()).includes('x-sdk-date')) return 'date-not-signed';
  const signedAt = parseSdkDate(sdkDate);
  if (Number.isNaN(signedAt) || Math.abs(now - signedAt) > maxSkewMs) return 'date-out-of-range';
  const expected = await computeAkSkSignature(request, secret, sdkDate, auth.signedHeaders);
  return constantTimeEqual(expected, auth.signature) ? null : 'signature-mismatch';
}
