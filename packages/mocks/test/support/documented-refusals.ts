// What a request the spec allows may still be refused with: the domain rules each operation's
// description documents (an unknown user or department, a taken account or code, the
// department-tree rules, the rules across fields), worked out from the request and the
// directory's records before it is sent. Every code is HTTP 400.
import type { Directory, OperationId } from '@hwcloud-directory/mocks';
import { CODE, DirectoryModel, type AccountType } from './directory-model.js';

/** A request as the property test sends it. */
export interface SentRequest {
  query: Record<string, string | string[]>;
  path: Record<string, string>;
  body?: unknown;
}

type Body = Record<string, unknown>;
const INVALID = 'USG.000000001';
const BSS_INVALID = 'CBC.0100';

/** A text field as sent: absent or empty is none. */
const given = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The password rules of AddUserDTO.pwd: not the account forwards or backwards, two kinds of character at least. */
function weakPassword(pwd: string, account: string | null): boolean {
  if (account !== null && (pwd === account || pwd === [...account].reverse().join(''))) return true;
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[`~!@#$%^&*()\-_=+|[{}\];:",'<.>/?]/].filter((kind) => kind.test(pwd));
  return kinds.length < 2;
}

/** addUser's rules across fields (AddUserDTO): a mobile number or an email address (the email when SMS is off), `country` with `phone`, the password rules. */
function addUserRuleBroken(body: Body, directory: Directory): boolean {
  const phone = given(body.phone);
  const email = given(body.email);
  if (!directory.enterprise.enableSMS && email === null) return true;
  if (phone === null && email === null) return true;
  // An absent country is the default, chinaPR; an empty one is none.
  if (phone !== null && body.country === '') return true;
  return typeof body.pwd === 'string' && weakPassword(body.pwd, given(body.account));
}

/** updateUser's rules across fields (ModUserDTO): `phone` requires `country`; the user keeps a mobile number or an email address. */
function updateUserRuleBroken(body: Body, user: { phone: string | null; email: string | null; country: string }): boolean {
  const phone = body.phone === undefined ? user.phone : given(body.phone);
  const email = body.email === undefined ? user.email : given(body.email);
  const country = body.country === undefined ? user.country : (body.country as string);
  if ((body.phone !== undefined || body.country !== undefined) && phone !== null && country === '') return true;
  return (body.phone !== undefined || body.email !== undefined) && phone === null && email === null;
}

/**
 * The codes the spec lets this request be refused with (HTTP 400), given the directory as it
 * is: empty when the request must succeed.
 */
export function documentedRefusals(id: OperationId, sent: SentRequest, directory: Directory): string[] {
  const accountType = Number(sent.query.accountType ?? 0) as AccountType;
  const body = (sent.body ?? {}) as Body;
  const model = () => DirectoryModel.from(directory.snapshot());
  switch (id) {
    case 'showUserDetail':
      return model().userBy(sent.path.account!, accountType) ? [] : [CODE.userNotFound];
    case 'showCorpAdmin': {
      const user = model().userBy(sent.path.account!, accountType);
      return user && user.adminType !== 2 ? [] : [CODE.userNotFound];
    }
    case 'addCorpAdmin':
      return [...model().addAdminRefusals(body.account as string, accountType)];
    case 'batchDeleteCorpAdmins':
      return [...model().deleteAdminsRefusals(sent.body as string[], accountType)];
    case 'addDepartment':
      return [...model().addDeptRefusals(body as { deptCode?: string; parentDeptCode?: string })];
    case 'updateDepartment':
      return [...model().updateDeptRefusals(sent.path.dept_code!, body as { parentDeptCode?: string })];
    case 'deleteDepartment':
      return [...model().deleteDeptRefusals(sent.path.dept_code!)];
    case 'showDepartment':
    case 'showDeptAndChildDept':
      return directory.departments.has(sent.path.dept_code!) ? [] : [CODE.deptNotFound];
    case 'addUser': {
      const refusals = [...model().addUserRefusals({ account: given(body.account) ?? undefined, thirdAccount: given(body.thirdAccount) ?? undefined, deptCode: given(body.deptCode) ?? undefined })];
      if (addUserRuleBroken(body, directory)) refusals.push(INVALID);
      return refusals;
    }
    case 'updateUser': {
      const m = model();
      const deptCode = given(body.deptCode) ?? undefined;
      const refusals = [...m.updateUserRefusals(sent.path.account!, accountType, deptCode === undefined ? {} : { deptCode })];
      const user = m.userBy(sent.path.account!, accountType);
      const stored = user && directory.users.get(user.userAccount);
      if (stored && updateUserRuleBroken(body, stored)) refusals.push(INVALID);
      return refusals;
    }
    case 'batchDeleteUsers':
      return [...model().deleteUsersRefusals(sent.body as string[], accountType)];
    case 'batchUpdateUserStatus':
      return [...model().batchUsersRefusals(sent.body as string[], accountType)];
    case 'createSubEnterpriseAccount': {
      const login = body.new_sub_customer as Body;
      const taken = directory.subCustomers.all().some((s) => s.name === login.customer_name);
      // mobile_phone is required unless use_pri_mobile_phone is Y; verification_code is needed with a mobile number sent.
      const ownPhone = login.use_pri_mobile_phone !== 'Y';
      const phoneMissing = ownPhone && given(login.mobile_phone) === null;
      const codeMissing = ownPhone && given(login.mobile_phone) !== null && given(login.verification_code) === null;
      return !directory.organizations.has(body.party_id as string) || taken || phoneMissing || codeMissing ? [BSS_INVALID] : [];
    }
    default:
      return [];
  }
}
