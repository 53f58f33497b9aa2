// POST /v1/usg/dcs/corp/member (addUser).

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { languageOf, message, type Language } from '../answers/messages.js';
import { invalidParameter, isProblem, type Problem } from '../answers/problem.js';
import type { Directory } from '../directory/create-directory.js';
import type { UserInput } from '../directory/user-writes.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { requireAdmin } from './meeting-caller.js';
import { passwordWeakness } from './password-weakness.js';
import { userDetailDto } from './projections.js';
import { userRefusal } from './user-refusal.js';

type AddUserDto = MeetingComponents['schemas']['AddUserDTO'];

/** A text field as the store keeps it: an absent or empty value is none. */
const given = (value: string | undefined): string | null => (value === undefined || value === '' ? null : value);

/** The rules across fields of AddUserDTO (HTTP 400 USG.000000001), or null when the body keeps them. */
function bodyProblem(body: AddUserDto, directory: Directory, language: Language): Problem | null {
  const phone = given(body.phone);
  const email = given(body.email);
  const invalid = (id: Parameters<typeof message>[1]) => invalidParameter(message(language, id), language);
  if (!directory.enterprise.enableSMS && email === null) return invalid('emailRequiredWithoutSms');
  if (phone === null && email === null) return invalid('phoneOrEmailRequired');
  if (phone !== null && given(body.country) === null) return invalid('countryRequiredWithPhone');
  if (body.pwd !== undefined) {
    const weakness = passwordWeakness(body.pwd, given(body.account));
    if (weakness === 'equals-account') return invalid('passwordEqualsAccount');
    if (weakness === 'too-few-kinds') return invalid('passwordTooFewKinds');
  }
  return null;
}

/**
 * Adds a user to the enterprise and answers their details (UserDetailDTO); administrators only.
 * Each HTTP 400: a rule across fields (USG.000000001: a mobile number or an email address, the
 * email address when SMS is off, `country` with `phone`, the password rules), an account or
 * third-party account already used (USG.201040001), a department that does not exist
 * (USG.201050000). The pipeline filled in the schema's defaults (root department, status 0,
 * sortLevel 10000); the store generates the account when none is sent, the id, the SIP number
 * and the personal meeting ID. The password and `sendNotify` are accepted and not kept.
 */
export const addUser: OperationImplementation = (request) => {
  const admin = requireAdmin(request);
  if (isProblem(admin)) return admin;
  const language = languageOf(request.input.header);
  const { directory } = request.runtime;
  const body = request.input.body as AddUserDto;
  const invalid = bodyProblem(body, directory, language);
  if (invalid) return invalid;
  const input: { -readonly [K in keyof UserInput]: UserInput[K] } = {
    name: body.name,
    englishName: given(body.englishName),
    thirdAccount: given(body.thirdAccount),
    phone: given(body.phone),
    email: given(body.email),
    signature: given(body.signature),
    title: given(body.title),
    desc: given(body.desc),
    activeTime: request.now,
  };
  const account = given(body.account);
  if (account !== null) input.userAccount = account;
  const country = given(body.country);
  if (country !== null) input.country = country;
  const deptCode = given(body.deptCode);
  if (deptCode !== null) input.deptCode = deptCode;
  if (body.status !== undefined) input.status = body.status;
  if (body.sortLevel !== undefined) input.sortLevel = body.sortLevel;
  if (body.hidePhone !== undefined) input.hidePhone = body.hidePhone;
  const added = directory.addUser(input);
  if (!added.ok) return userRefusal(added, language);
  return { status: 200, body: userDetailDto(directory, added.value, false) };
};
