// The state and settings one set of mocks shares: the directory, the issued tokens, the failed
// logins, the accepted credentials and the clock. Both adapters (MSW, node:http) serve a runtime.

import type { Directory } from '../directory/create-directory.js';
import { DEFAULT_LOCKOUT_SECONDS, DEFAULT_MAX_FAILED_LOGIN_ACCOUNTS, FailedLogins } from './failed-logins.js';
import { SessionStore } from './sessions.js';
import { defaultCredentials, type MockCredentials } from './test-credentials.js';

/** Options of {@link createHandlers}. */
export interface HandlerOptions {
  /** Base URL the Meeting handlers answer on; default `*` (any origin). */
  meetingBaseUrl?: string;
  /** Base URL the BSS handlers answer on; default `*` (any origin). */
  bssBaseUrl?: string;
  /** Credentials the mock accepts; default {@link defaultCredentials}. */
  credentials?: MockCredentials;
  /** Lifetime of issued access tokens in seconds; default 43200 (12 hours, the vendor's minimum). */
  tokenLifetimeSeconds?: number;
  /** Clock in epoch ms; default `Date.now`. Tests move it to expire tokens. */
  now?: () => number;
  /** Largest accepted difference between X-Sdk-Date and the clock, in seconds; default 900. */
  signatureMaxSkewSeconds?: number;
  /** Failed password logins before an account locks (HTTP 423); default 5. */
  maxFailedLogins?: number;
  /**
   * How long a lock lasts, and how far apart failed logins may be and still add up to one, in
   * seconds; default 900 (15 minutes; the Meeting pages document no window).
   */
  lockoutSeconds?: number;
  /** Most accounts whose failed logins are remembered (least recently failed forgotten first); default 10000. */
  maxFailedLoginAccounts?: number;
  /** Check every response the mocks produce against the spec (answer 500 if one is invalid). Default false. */
  validateResponses?: boolean;
}

/** State and settings shared by the handlers of one {@link createHandlers} call (or one mock server). */
export interface MockRuntime {
  readonly directory: Directory;
  readonly sessions: SessionStore;
  readonly credentials: MockCredentials;
  readonly now: () => number;
  readonly tokenLifetimeSeconds: number;
  readonly signatureMaxSkewMs: number;
  readonly maxFailedLogins: number;
  readonly failedLogins: FailedLogins;
  readonly validateResponses: boolean;
  readonly meetingBaseUrl: string;
  readonly bssBaseUrl: string;
}

/** Builds a runtime and registers the static tokens (again after every directory reset). */
export function createRuntime(directory: Directory, options: HandlerOptions = {}): MockRuntime {
  const runtime: MockRuntime = {
    directory,
    sessions: new SessionStore(),
    credentials: options.credentials ?? defaultCredentials,
    now: options.now ?? Date.now,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 43_200,
    signatureMaxSkewMs: (options.signatureMaxSkewSeconds ?? 900) * 1000,
    maxFailedLogins: options.maxFailedLogins ?? 5,
    failedLogins: new FailedLogins({
      maxFailedLogins: options.maxFailedLogins ?? 5,
      windowMs: (options.lockoutSeconds ?? DEFAULT_LOCKOUT_SECONDS) * 1000,
      maxAccounts: options.maxFailedLoginAccounts ?? DEFAULT_MAX_FAILED_LOGIN_ACCOUNTS,
    }),
    validateResponses: options.validateResponses ?? false,
    meetingBaseUrl: (options.meetingBaseUrl ?? '*').replace(/\/$/, ''),
    bssBaseUrl: (options.bssBaseUrl ?? '*').replace(/\/$/, ''),
  };
  const registerStatic = () => {
    runtime.sessions.clear();
    runtime.failedLogins.clear();
    // Static tokens act as API-call tokens (clientType 72) issued when the mocks start (or reset).
    const now = runtime.now();
    for (const { accessToken, account } of runtime.credentials.staticAccessTokens) {
      runtime.sessions.issue({ accessToken, account, clientType: 72, createdAt: now, expiresAt: Number.POSITIVE_INFINITY });
    }
  };
  registerStatic();
  directory.onReset(registerStatic);
  return runtime;
}
