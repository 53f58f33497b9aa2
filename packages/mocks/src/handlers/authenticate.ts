import { verifyAkSkSignature } from '../auth/aksk-signature.js';
import { basicCredential } from '../auth/authorization-header.js';
import type { OperationDescription } from '../spec/operation-description.js';
import { MockError } from './mock-error.js';
import type { Caller, MockRuntime } from './runtime.js';
import type { MockRequest } from './mock-request.js';
import { BSS_CODES, MEETING_CODES } from './vendor-codes.js';

/** Security schemes whose operations authenticate themselves (the token operations). */
const SELF_AUTHENTICATING = new Set(['accountPassword', 'appIdSignature']);

function meetingCaller(runtime: MockRuntime, token: string | null, now: number): Caller {
  const session = token ? runtime.sessions.find(token, now) : undefined;
  const user = session ? runtime.directory.users.get(session.account) : undefined;
  if (!session || !user) throw MockError.of('meeting', MEETING_CODES.invalidToken, 'The token is invalid or has expired. Authenticate again.');
  return { kind: 'meeting', user };
}

/**
 * Authenticates a request as its operation's security requirement says: `X-Access-Token`,
 * the legacy `Authorization: Basic base64(accessToken)`, or for BSS an IAM token
 * (`X-Auth-Token`) or an AK/SK `SDK-HMAC-SHA256` signature.
 * @returns the caller, or null for the token operations
 * @throws MockError 401 with the family's code when authentication fails
 */
export async function authenticate(operation: OperationDescription, request: MockRequest, runtime: MockRuntime, now: number): Promise<Caller | null> {
  const schemes = operation.security.map((s) => s.scheme);
  if (schemes.some((s) => SELF_AUTHENTICATING.has(s))) return null;
  if (schemes.includes('accessToken')) return meetingCaller(runtime, request.headers.get('x-access-token'), now);
  if (schemes.includes('legacyBasicToken')) {
    return meetingCaller(runtime, basicCredential(request.headers.get('authorization')), now);
  }
  if (schemes.includes('iamToken') || schemes.includes('akskSignature')) {
    const iamToken = request.headers.get('x-auth-token');
    if (schemes.includes('iamToken') && iamToken !== null) {
      if (runtime.credentials.iamTokens.includes(iamToken)) return { kind: 'bss-master', via: 'iam-token' };
      throw MockError.of('bss', BSS_CODES.authenticationFailed, 'Incorrect IAM authentication information: the X-Auth-Token is not valid.');
    }
    if (schemes.includes('akskSignature') && request.headers.get('authorization') !== null) {
      const body = await request.body();
      const rejection = await verifyAkSkSignature(
        { method: request.method, url: request.url, headers: request.headers, body },
        (ak) => runtime.credentials.accessKeys.find((k) => k.ak === ak)?.sk,
        now,
        runtime.signatureMaxSkewMs,
      );
      if (rejection === null) return { kind: 'bss-master', via: 'aksk' };
      throw MockError.of('bss', BSS_CODES.authenticationFailed, `Incorrect IAM authentication information: AK/SK signature rejected (${rejection}).`);
    }
    throw MockError.of('bss', BSS_CODES.authenticationFailed, 'Incorrect IAM authentication information: send X-Auth-Token or an SDK-HMAC-SHA256 Authorization header.');
  }
  throw new Error(`${operation.operationId}: no supported security scheme among ${schemes.join(', ')}`);
}
