// AK/SK request signing, algorithm SDK-HMAC-SHA256, as the vendor's API gateway verifies it
// (the same algorithm as `core/auth/signer` in the vendor's Go SDK and `AKSKSigner` in its
// Node SDK): the client signs with it, the mocks verify with it.

import { authParams } from './authorization-header.js';
import { constantTimeEqual, hmacSha256Hex, sha256Hex } from './web-crypto.js';

/** An access key / secret key pair from the vendor's IAM console. */
export interface AkSkCredentials {
  /** Access key id (AK), sent in clear in the `Authorization` header. */
  accessKey: string;
  /** Secret access key (SK), used only as the HMAC key; never sent. */
  secretKey: string;
}

/** What is signed: the request as it will be sent. */
export interface SignableRequest {
  method: string;
  /** Absolute URL, query string included. */
  url: string | URL;
  /**
   * Headers to sign. Every header given here is signed; `X-Sdk-Date` is added when absent.
   * Browsers forbid setting `host`, so pass it here to sign it without sending it by hand.
   */
  headers?: Record<string, string> | Headers | Iterable<readonly [string, string]>;
  /** The exact body bytes, or `null`/absent for none. */
  body?: string | Uint8Array | ArrayBuffer | null | undefined;
}

/** Headers to add to the request so that the gateway accepts it. */
export interface SigningHeaders {
  'X-Sdk-Date': string;
  Authorization: string;
}

/** The algorithm name, first in the `Authorization` header and in the string to sign. */
export const SDK_SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';
const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/**
 * Signs a request with SDK-HMAC-SHA256 and returns the `X-Sdk-Date` and `Authorization`
 * headers to send with it. Every header passed in `request.headers` is signed.
 *
 * @example
 * const headers = await signRequest(
 *   { method: 'GET', url: 'https://bss.myhuaweicloud.com/v2/enterprises/multi-accounts/sub-customers?limit=10',
 *     headers: { host: 'bss.myhuaweicloud.com' } },
 *   { accessKey: process.env.HW_AK!, secretKey: process.env.HW_SK! },
 * );
 * await fetch(url, { headers });
 */
export async function signRequest(request: SignableRequest, credentials: AkSkCredentials, options: { date?: Date } = {}): Promise<SigningHeaders> {
  const url = typeof request.url === 'string' ? new URL(request.url) : request.url;
  const headers = lowerCaseHeaders(request.headers);
  const sdkDate = headers.get('x-sdk-date') ?? formatSdkDate(options.date ?? new Date());
  headers.set('x-sdk-date', sdkDate);
  const names = [...headers.keys()];
  const canonical = await canonicalRequest(request.method, url, names, (name) => headers.get(name), request.body);
  return {
    'X-Sdk-Date': sdkDate,
    Authorization: `${SDK_SIGNING_ALGORITHM} Access=${credentials.accessKey}, SignedHeaders=${names.sort().join(';')}, Signature=${await sdkSignature(credentials.secretKey, sdkDate, canonical)}`,
  };
}

/**
 * The canonical request: method, URI with a trailing slash, sorted query, the signed headers
 * (`name:value` lines, names lower case and sorted), their names, and the hex SHA-256 of the
 * body (or the `x-sdk-content-sha256` header when it is signed).
 * @param headerValue the value of a signed header by lower-case name
 */
export async function canonicalRequest(
  method: string,
  url: URL,
  signedHeaders: readonly string[],
  headerValue: (name: string) => string | null | undefined,
  body: SignableRequest['body'],
): Promise<string> {
  const names = signedHeaders.map((name) => name.toLowerCase()).sort();
  const value = (name: string) => (headerValue(name) ?? '').trim();
  const payloadHash = names.includes('x-sdk-content-sha256') ? value('x-sdk-content-sha256') : await bodyHash(body);
  return [
    method.toUpperCase(),
    canonicalUri(url.pathname),
    canonicalQueryString(url.searchParams),
    names.map((name) => `${name}:${value(name)}\n`).join(''),
    names.join(';'),
    payloadHash,
  ].join('\n');
}

/** The hex signature of a canonical request: HMAC-SHA256 of the string to sign, keyed by the SK. */
export async function sdkSignature(secretKey: string, sdkDate: string, canonical: string): Promise<string> {
  return hmacSha256Hex(secretKey, `${SDK_SIGNING_ALGORITHM}\n${sdkDate}\n${await sha256Hex(canonical)}`);
}

/** `YYYYMMDDTHHMMSSZ` in UTC, the format `X-Sdk-Date` requires. */
export function formatSdkDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * Parses `X-Sdk-Date` (`YYYYMMDDTHHMMSSZ`, UTC) to epoch milliseconds; NaN when malformed or
 * when it names no real instant (month 13, 31 April, hour 24 or 32, minute or second 60):
 * such a date is rejected, never rolled over into the next day or month.
 * @example parseSdkDate('20261130T235251Z') // 1796082771000
 * @example parseSdkDate('20261130T325251Z') // NaN (hour 32)
 */
export function parseSdkDate(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return Number.NaN;
  const date = new Date(0);
  date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  date.setUTCHours(Number(m[4]), Number(m[5]), Number(m[6]), 0);
  // Date.UTC rolls out-of-range fields over; a date that does not format back to itself was one.
  return formatSdkDate(date) === value ? date.getTime() : Number.NaN;
}

/** Percent-encodes everything but RFC 3986 unreserved characters, over UTF-8 bytes. */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Parsed `Authorization: SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=...`. */
export interface AkSkAuthorization {
  accessKey: string;
  signedHeaders: string[];
  signature: string;
}

/** Parses an SDK-HMAC-SHA256 Authorization header; null when it is not one. */
export function parseAkSkAuthorization(header: string | null): AkSkAuthorization | null {
  const match = /^SDK-HMAC-SHA256\s+(.*)$/.exec(header?.trim() ?? '');
  if (!match) return null;
  const fields = authParams(match[1] ?? '');
  const accessKey = fields.get('Access');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKey || !signedHeaders || !signature) return null;
  return { accessKey, signedHeaders: signedHeaders.split(';').filter(Boolean), signature: signature.toLowerCase() };
}

/** A request as a server received it, for {@link verifyAkSkSignature}. */
export interface ReceivedRequest {
  method: string;
  /** Full URL (only path and query are signed). */
  url: string;
  /** Case-insensitive header lookup (a Fetch `Headers` works). */
  headers: { get(name: string): string | null };
  /** Raw body bytes or text; empty when there is none. */
  body: string | Uint8Array;
}

/** Why an AK/SK signature was rejected. */
export type AkSkRejection = 'malformed' | 'unknown-access-key' | 'date-not-signed' | 'date-out-of-range' | 'signature-mismatch';

/**
 * Verifies an SDK-HMAC-SHA256 signed request against known access keys, as the gateway does.
 * @param secretFor the SK of an AK, or undefined when the AK is unknown
 * @param now current time in ms; `maxSkewMs` bounds |now - X-Sdk-Date| (Infinity disables)
 * @returns null when the signature is valid, else why it is not
 */
export async function verifyAkSkSignature(
  request: ReceivedRequest,
  secretFor: (accessKey: string) => string | undefined,
  now: number,
  maxSkewMs: number,
): Promise<AkSkRejection | null> {
  const auth = parseAkSkAuthorization(request.headers.get('authorization'));
  const sdkDate = request.headers.get('x-sdk-date');
  if (!auth || !sdkDate) return 'malformed';
  const secret = secretFor(auth.accessKey);
  if (secret === undefined) return 'unknown-access-key';
  if (!auth.signedHeaders.some((name) => name.toLowerCase() === 'x-sdk-date')) return 'date-not-signed';
  const signedAt = parseSdkDate(sdkDate);
  if (Number.isNaN(signedAt) || Math.abs(now - signedAt) > maxSkewMs) return 'date-out-of-range';
  const url = new URL(request.url);
  // Fetch cannot set Host; over HTTP it always equals the URL's host, so fall back to it.
  const value = (name: string) => request.headers.get(name) ?? (name === 'host' ? url.host : '');
  const canonical = await canonicalRequest(request.method, url, auth.signedHeaders, value, request.body);
  return constantTimeEqual(await sdkSignature(secret, sdkDate, canonical), auth.signature) ? null : 'signature-mismatch';
}

function canonicalUri(pathname: string): string {
  const encoded = pathname
    .split('/')
    .map((segment) => encodeRfc3986(safeDecode(segment)))
    .join('/');
  return encoded.endsWith('/') ? encoded : `${encoded}/`;
}

function canonicalQueryString(params: URLSearchParams): string {
  const byKey = new Map<string, string[]>();
  for (const [key, value] of params) {
    const values = byKey.get(key);
    if (values) values.push(value);
    else byKey.set(key, [value]);
  }
  const pairs: string[] = [];
  for (const key of [...byKey.keys()].sort()) {
    const encodedKey = encodeRfc3986(key);
    for (const value of byKey.get(key)!.sort()) pairs.push(`${encodedKey}=${encodeRfc3986(value)}`);
  }
  return pairs.join('&');
}

function lowerCaseHeaders(headers: SignableRequest['headers']): Map<string, string> {
  const result = new Map<string, string>();
  if (!headers) return result;
  const entries = headers instanceof Headers || Symbol.iterator in headers ? (headers as Iterable<readonly [string, string]>) : Object.entries(headers);
  for (const [name, value] of entries) result.set(name.toLowerCase(), value);
  return result;
}

async function bodyHash(body: SignableRequest['body']): Promise<string> {
  if (body == null || body === '' || (typeof body !== 'string' && body.byteLength === 0)) return EMPTY_BODY_SHA256;
  return sha256Hex(typeof body === 'string' ? body : body instanceof Uint8Array ? body : new Uint8Array(body));
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
