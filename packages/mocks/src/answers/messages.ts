// The message catalogue: every error message the mocks' operations send, in each language the
// spec's `Accept-Language` offers. Operations pick the language the request negotiated.

/** A language the Meeting API's `Accept-Language` offers. */
export type Language = 'zh-CN' | 'en-US';

/** The language of operations that declare no `Accept-Language` (BSS): English, as before. */
const FALLBACK_LANGUAGE: Language = 'en-US';

type Text = string | ((...params: string[]) => string);

const q = (value: string) => JSON.stringify(value);

/** Each message in each language. Chinese texts use full-width punctuation, as the vendor's do. */
const CATALOGUE = {
  // Login failures (the detail goes into `loginFailed`).
  loginFailed: { 'en-US': (detail: string) => `Authentication failed: ${detail}.`, 'zh-CN': (detail: string) => `鉴权失败：${detail}。` },
  sendBasic: { 'en-US': 'send Authorization: Basic base64(account:password)', 'zh-CN': '请发送 Authorization: Basic base64(account:password)' },
  credentialsNotUtf8: {
    'en-US': 'the credentials are not UTF-8; encode account:password as UTF-8 before base64',
    'zh-CN': '凭据不是 UTF-8 编码，请先将 account:password 按 UTF-8 编码，再进行 Base64 编码',
  },
  accountMismatch: { 'en-US': 'the account in the Authorization header differs from the body', 'zh-CN': 'Authorization 头中的账号与请求体中的账号不一致' },
  wrongPassword: { 'en-US': 'the account or password is incorrect', 'zh-CN': '账号或密码错误' },
  sendHmac: {
    'en-US': 'send Authorization: HMAC-SHA256 signature=<hex>,access=<base64(appId)>',
    'zh-CN': '请发送 Authorization: HMAC-SHA256 signature=<hex>,access=<base64(appId)>',
  },
  appIdMismatch: { 'en-US': 'access does not encode the appId of the body', 'zh-CN': 'access 中编码的 appId 与请求体中的 appId 不一致' },
  unknownAppId: { 'en-US': 'unknown appId', 'zh-CN': 'appId 不存在' },
  signatureMismatch: { 'en-US': 'the signature does not match', 'zh-CN': '签名校验失败' },
  signatureExpired: { 'en-US': 'the signature has expired (expireTime is in the past)', 'zh-CN': '签名已过期（expireTime 早于当前时间）' },
  corpIdSpOnly: { 'en-US': 'corpId is only for SP mode; this enterprise is a single enterprise', 'zh-CN': 'corpId 仅用于 SP 模式，本企业为单企业' },
  // Account state.
  accountLocked: {
    'en-US': (minutes: string) => `The account is locked after too many failed logins. Try again in ${minutes} minutes.`,
    'zh-CN': (minutes: string) => `登录失败次数过多，账号已被锁定，请 ${minutes} 分钟后重试。`,
  },
  accountDisabled: { 'en-US': 'The account is disabled.', 'zh-CN': '账号已被禁用。' },
  noDefaultAdmin: { 'en-US': 'The enterprise has no default administrator.', 'zh-CN': '企业没有默认管理员。' },
  // Permissions and records.
  adminsOnly: {
    'en-US': 'Insufficient permissions: only enterprise administrators may call this operation.',
    'zh-CN': '权限不足：仅企业管理员可调用此接口。',
  },
  adminsOnlyForOthers: { 'en-US': 'Insufficient permissions: only administrators may query other users.', 'zh-CN': '权限不足：仅管理员可查询其他用户。' },
  userNotFoundByAccount: {
    'en-US': (account: string) => `The user does not exist: no user has the Meeting account ${q(account)}.`,
    'zh-CN': (account: string) => `用户不存在：没有会议账号为 ${q(account)} 的用户。`,
  },
  userNotFoundByThirdAccount: {
    'en-US': (account: string) => `The user does not exist: no user has the third-party account ${q(account)}.`,
    'zh-CN': (account: string) => `用户不存在：没有第三方账号为 ${q(account)} 的用户。`,
  },
  // Authentication of the directory operations.
  tokenRejected: { 'en-US': 'The token is invalid or has expired. Authenticate again.', 'zh-CN': 'Token 无效或已过期，请重新鉴权。' },
  iamRejected: { 'en-US': (detail: string) => `Incorrect IAM authentication information: ${detail}.`, 'zh-CN': (detail: string) => `IAM 鉴权信息错误：${detail}。` },
  // Parameters.
  bodyNotJson: { 'en-US': 'the request body is not valid JSON', 'zh-CN': '请求体不是合法的 JSON' },
  urlUnparsable: { 'en-US': (url: string) => `the request URL ${url} cannot be parsed`, 'zh-CN': (url: string) => `无法解析请求 URL ${url}` },
  methodNotAllowed: {
    'en-US': (method: string, path: string, allow: string) => `${method} is not allowed on ${path}; use ${allow}`,
    'zh-CN': (method: string, path: string, allow: string) => `${path} 不支持 ${method} 方法，请使用 ${allow}`,
  },
  invalidParameter: { 'en-US': (detail: string) => `Invalid parameter: ${detail}.`, 'zh-CN': (detail: string) => `参数无效：${detail}。` },
  fuzzyForbids: {
    'en-US': (param: string, forbidden: string, term: string) => `${param} cannot contain ${q(forbidden)} in a fuzzy search, got ${q(term)}`,
    'zh-CN': (param: string, forbidden: string, term: string) => `模糊查询时 ${param} 不能包含 ${q(forbidden)}，收到的是 ${q(term)}`,
  },
} as const satisfies Record<string, Record<Language, Text>>;

/** The id of a message in the catalogue. */
export type MessageId = keyof typeof CATALOGUE;

/**
 * A message of the catalogue in a language, with its parameters filled in.
 * @example message('zh-CN', 'wrongPassword') // '账号或密码错误'
 * @example message('en-US', 'accountLocked', '15') // 'The account is locked ... Try again in 15 minutes.'
 */
export function message(language: Language, id: MessageId, ...params: string[]): string {
  const text: Text = CATALOGUE[id][language];
  return typeof text === 'function' ? text(...params) : text;
}

/**
 * The language to answer a request in: its `accept-language` header parameter after negotiation
 * (the pipeline fills in the spec's default, `zh-CN`, when the header is absent or offers
 * nothing the operation does); English for operations that declare no `Accept-Language`.
 * @example languageOf({ 'accept-language': 'en-US' }) // 'en-US'
 */
export function languageOf(header: Readonly<Record<string, unknown>>): Language {
  const value = header['accept-language'];
  return value === 'zh-CN' || value === 'en-US' ? value : FALLBACK_LANGUAGE;
}

/** Every message id and language (for tests that check the catalogue is complete). */
export const MESSAGE_IDS = Object.keys(CATALOGUE) as MessageId[];
