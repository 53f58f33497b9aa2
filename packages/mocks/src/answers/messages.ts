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
  // BSS member accounts (the detail goes into `invalidParameter`).
  loginNameTaken: {
    'en-US': (name: string) => `new_sub_customer.customer_name ${q(name)} is already in use; choose another login name`,
    'zh-CN': (name: string) => `new_sub_customer.customer_name ${q(name)} 已被使用，请换一个登录名`,
  },
  unknownParty: {
    'en-US': (id: string) => `party_id ${q(id)} is not an organizational unit of this enterprise; take an id from listEnterpriseOrganizations`,
    'zh-CN': (id: string) => `party_id ${q(id)} 不是本企业的组织单元，请使用查询企业组织结构接口返回的 id`,
  },
  mobilePhoneRequired: {
    'en-US': 'new_sub_customer.mobile_phone is required unless use_pri_mobile_phone is Y',
    'zh-CN': '除非 use_pri_mobile_phone 为 Y，否则 new_sub_customer.mobile_phone 必填',
  },
  verificationCodeRequired: {
    'en-US': 'new_sub_customer.verification_code is required with a mobile_phone of the member account (the SMS verification code)',
    'zh-CN': '填写了企业子账号的 mobile_phone 时，new_sub_customer.verification_code（短信验证码）必填',
  },
  // Users (the detail goes into `invalidParameter`).
  phoneOrEmailRequired: { 'en-US': 'phone or email is required', 'zh-CN': '手机号（phone）和邮箱（email）至少填写一项' },
  emailRequiredWithoutSms: {
    'en-US': 'email is required: the enterprise has turned SMS off',
    'zh-CN': '企业已关闭短信通知，邮箱（email）必填',
  },
  countryRequiredWithPhone: { 'en-US': 'country is required with phone', 'zh-CN': '填写手机号（phone）时必须填写国家或地区（country）' },
  passwordEqualsAccount: {
    'en-US': 'pwd must not equal the account, forwards or backwards',
    'zh-CN': '密码（pwd）不能与账号相同，也不能是账号的倒序',
  },
  passwordTooFewKinds: {
    'en-US': 'pwd must contain at least two kinds of character among lower-case letters, upper-case letters, digits and special characters',
    'zh-CN': '密码（pwd）至少包含小写字母、大写字母、数字、特殊字符中的两种',
  },
  userAccountTaken: {
    'en-US': (account: string) => `The account ${q(account)} already exists; choose another account.`,
    'zh-CN': (account: string) => `账号 ${q(account)} 已存在，请换一个账号。`,
  },
  userThirdAccountTaken: {
    'en-US': (third: string) => `The third-party user ID ${q(third)} is already used in the enterprise; choose another one.`,
    'zh-CN': (third: string) => `第三方账号 ${q(third)} 在企业内已被使用，请换一个。`,
  },
  userDeptNotFound: {
    'en-US': (code: string) => `The department ${q(code)} does not exist; add it first or send an existing deptCode.`,
    'zh-CN': (code: string) => `部门 ${q(code)} 不存在，请先创建该部门或使用已有的部门编码（deptCode）。`,
  },
  defaultAdminUndeletable: {
    'en-US': (account: string) => `The default administrator ${q(account)} cannot be deleted: leave it out of the list.`,
    'zh-CN': (account: string) => `默认管理员 ${q(account)} 不能删除，请将其从列表中移除。`,
  },
  keepPhoneOrEmail: {
    'en-US': 'the user must keep a mobile number or an email address; do not clear both phone and email',
    'zh-CN': '用户须保留手机号或邮箱中的至少一项，不能同时清空 phone 和 email',
  },
  // Departments (x-department-tree).
  deptNotFound: {
    'en-US': (code: string) => `The department ${q(code)} does not exist.`,
    'zh-CN': (code: string) => `部门 ${q(code)} 不存在。`,
  },
  parentDeptNotFound: {
    'en-US': (code: string) => `The parent department ${q(code)} does not exist; send the code of an existing department in parentDeptCode.`,
    'zh-CN': (code: string) => `上级部门 ${q(code)} 不存在，请在 parentDeptCode 中填写已有部门的编码。`,
  },
  deptCodeTaken: {
    'en-US': (code: string) => `The department code ${q(code)} is already used in the enterprise; send another code or leave deptCode out.`,
    'zh-CN': (code: string) => `部门编码 ${q(code)} 在企业内已被使用，请换一个编码或不填 deptCode。`,
  },
  rootDeptProtected: {
    'en-US': (code: string) => `The root department (code ${q(code)}) cannot be deleted or moved.`,
    'zh-CN': (code: string) => `根部门（编码 ${q(code)}）不能删除或移动。`,
  },
  deptMoveIntoOwnSubtree: {
    'en-US': (code: string, parent: string) => `The department ${q(code)} cannot be moved under ${q(parent)}, which is itself or one of its sub-departments.`,
    'zh-CN': (code: string, parent: string) => `部门 ${q(code)} 不能移动到 ${q(parent)} 之下：那是它自己或它的子部门。`,
  },
  deptHasMembers: {
    'en-US': (code: string) => `The department ${q(code)} still has users; move or delete them first.`,
    'zh-CN': (code: string) => `部门 ${q(code)} 下仍有用户，请先移走或删除这些用户。`,
  },
  deptHasSubDepartments: {
    'en-US': (code: string) => `The department ${q(code)} still has sub-departments; move or delete them first.`,
    'zh-CN': (code: string) => `部门 ${q(code)} 下仍有子部门，请先移走或删除这些子部门。`,
  },
  deptLimitDepartments: {
    'en-US': (max: string) => `The enterprise already has ${max} departments, the most it may have.`,
    'zh-CN': (max: string) => `企业的部门数已达上限 ${max} 个。`,
  },
  deptLimitChildren: {
    'en-US': (parent: string, max: string) => `The department ${q(parent)} already has ${max} sub-departments, the most one department may have.`,
    'zh-CN': (parent: string, max: string) => `部门 ${q(parent)} 的直属子部门数已达上限 ${max} 个。`,
  },
  deptLimitLevels: {
    'en-US': (parent: string, max: string) => `Under ${q(parent)} the department tree would be more than ${max} levels deep below the root department.`,
    'zh-CN': (parent: string, max: string) => `放在 ${q(parent)} 之下会使根部门以下的部门层级超过 ${max} 级。`,
  },
  // Administrators.
  defaultAdminOnly: {
    'en-US': "Insufficient permissions: only the enterprise's default administrator may add administrators.",
    'zh-CN': '权限不足：仅企业默认管理员可添加管理员。',
  },
  alreadyAdmin: {
    'en-US': (account: string) => `The account ${q(account)} is already an enterprise administrator.`,
    'zh-CN': (account: string) => `账号 ${q(account)} 已是企业管理员。`,
  },
  notAnAdministrator: {
    'en-US': (account: string) => `The user does not exist: no enterprise administrator has the account ${q(account)}.`,
    'zh-CN': (account: string) => `用户不存在：没有账号为 ${q(account)} 的企业管理员。`,
  },
  defaultAdminKeepsRole: {
    'en-US': (account: string) => `The account ${q(account)} is the default administrator and cannot lose the administrator role; no administrator was deleted.`,
    'zh-CN': (account: string) => `账号 ${q(account)} 是默认管理员，不能取消其管理员身份；本次未删除任何管理员。`,
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
