// AK/SK request signing, algorithm SDK-HMAC-SHA256, as the vendor's API gateway verifies it
// (the same algorithm as `core/auth/signer` in the vendor's Go SDK and `AKSKSigner` in its
// Node SDK), on WebCrypto so it runs in browsers and Node alike.

import { hmacSha256Hex, sha256Hex } from './web-crypto.js';

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
  body?: string | Uint8Array | ArrayBuffer | null;
}

/** Headers to add to the request so that the gateway accepts it. */
export interface SigningHeaders {
  'X-Sdk-Date': string;
  Authorization: string;
}

const ALGORITHM = 'SDK-HMAC-SHA256';
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
export async function signRequest(
  request: SignableRequest,
  credentials: AkSkCredentials,
  options: { date?: Date } = {},
): Promise<SigningHeaders> {
  const url = typeof request.url === 'string' ? new URL(request.url) : request.url;
  const headers = lowerCaseHeaders(request.headers);
  const sdkDate = headers.get('x-sdk-date') ?? formatSdkDate(options.date ?? new Date());
  headers.set('x-sdk-date', sdkDate);

  const names = [...headers.keys()].sort();
  const signedHeaders = names.join(';');
  const canonicalHeaders = names.map((name) => `${name}:${headers.get(name)}\n`).join('');
  const payloadHash = headers.get('x-sdk-content-sha256') ?? (await bodyHash(request.body));

  const canonicalRequest = [
    request.method.toUpperCase(),
    canonicalUri(url.pathname),
    canonicalQueryString(url.searchParams),
    canonicalHeaders,
    signedHeaders,
    payloadHash,
  ].join('\n');
  const stringToSign = `${ALGORITHM}\n${sdkDate}\n${await sha256Hex(canonicalRequest)}`;
  const signature = await hmacSha256Hex(credentials.secretKey, stringToSign);
  return {
    'X-Sdk-Date': sdkDate,
    Authorization: `${ALGORITHM} Access=${credentials.accessKey}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}

/** `YYYYMMDDTHHMMSSZ` in UTC, the format `X-Sdk-Date` requires. */
export function formatSdkDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Percent-encodes everything but RFC 3986 unreserved characters, over UTF-8 bytes. */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
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
  const entries =
    headers instanceof Headers || Symbol.iterator in headers
      ? (headers as Iterable<readonly [string, string]>)
      : Object.entries(headers);
  for (const [name, value] of entries) result.set(name.toLowerCase(), value.trim());
  return result;
}

async function bodyHash(body: SignableRequest['body']): Promise<string> {
  if (body == null) return EMPTY_BODY_SHA256;
  if (typeof body === 'string') return body === '' ? EMPTY_BODY_SHA256 : sha256Hex(body);
  return sha256Hex(body instanceof Uint8Array ? body : new Uint8Array(body));
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
