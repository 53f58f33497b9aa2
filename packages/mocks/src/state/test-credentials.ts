// The credentials the mocks accept, published as test fixtures.

/**
 * Credentials the mocks accept by default. They are test fixtures, published so that client
 * tests can authenticate against the mocks; they grant nothing anywhere else.
 */
export interface MockCredentials {
  /** Meeting accounts that may log in with `createToken`; each must exist in the directory. */
  accounts: ReadonlyArray<{ account: string; password: string }>;
  /** Applications that may log in with `createAppIdToken`. */
  apps: ReadonlyArray<{ appId: string; appKey: string }>;
  /** Access tokens valid from the start and never expiring, each bound to a Meeting account. */
  staticAccessTokens: ReadonlyArray<{ accessToken: string; account: string }>;
  /** IAM tokens (`X-Auth-Token`) of an enterprise master account, accepted by BSS. */
  iamTokens: readonly string[];
  /** AK/SK pairs accepted by BSS (`SDK-HMAC-SHA256`). */
  accessKeys: ReadonlyArray<{ ak: string; sk: string }>;
}

/**
 * The default test credentials, by role.
 * @example
 * const res = await fetch('https://api.meeting.huaweicloud.com/v1/usg/dcs/corp/admin', {
 *   headers: { 'X-Access-Token': testCredentials.accessToken },
 * });
 */
export const testCredentials = {
  /** The default administrator's account and password. */
  admin: { account: 'admin', password: 'Admin-Passw0rd!' },
  /** An ordinary member (not an administrator); the password is not ASCII (Latin-1 "ñ" and Han "密码"), to test UTF-8 base64. */
  member: { account: 'jose.alvarez', password: 'Contraseña-密码-1' },
  /** An application for App ID authentication (App ID of the vendor's worked example). */
  app: { appId: 'fdb8e4699586458bbd10c834872dcc62', appKey: 'mock-app-key-0123456789abcdef' },
  /** A ready access token of the default administrator, that never expires. */
  accessToken: 'mock-static-admin-token-7f3c2a9e4b1d',
  /** A ready access token of the ordinary member. */
  memberAccessToken: 'mock-static-member-token-5d8e1f0a6c2b',
  /** IAM token of the enterprise master account (BSS `X-Auth-Token`). */
  iamToken: 'MIIPmock-iam-token-of-the-enterprise-master-account',
  /** AK/SK of the enterprise master account (BSS `SDK-HMAC-SHA256`). */
  accessKey: { ak: 'MOCKAK0000000000EXAMPLE', sk: 'mock-sk-0123456789abcdefghijklmnopqrstuv' },
} as const;

/** The credentials the handlers accept unless told otherwise. */
export const defaultCredentials: MockCredentials = {
  accounts: [testCredentials.admin, testCredentials.member],
  apps: [testCredentials.app],
  staticAccessTokens: [
    { accessToken: testCredentials.accessToken, account: testCredentials.admin.account },
    { accessToken: testCredentials.memberAccessToken, account: testCredentials.member.account },
  ],
  iamTokens: [testCredentials.iamToken],
  accessKeys: [testCredentials.accessKey],
};
