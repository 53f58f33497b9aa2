// PUT /v1/usg/dcs/corp/member/{account} (updateUser).

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { languageOf, message } from '../answers/messages.js';
import { invalidParameter, isProblem, problem } from '../answers/problem.js';
import type { DirectoryUser, Vmr } from '../directory/records.js';
import type { UserPatch } from '../directory/user-writes.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { requireAdmin } from './meeting-caller.js';
import { userDetailDto } from './projections.js';
import { userRefusal } from './user-refusal.js';

type ModUserDto = MeetingComponents['schemas']['ModUserDTO'];

/** A nullable text field as sent: absent keeps it, empty clears it. */
const cleared = (value: string | undefined): string | null | undefined => (value === '' ? null : value);

/**
 * The rooms with `vmrId` as the personal meeting ID: the room of `vmrMode` 0 takes it, or a new
 * personal room is added first when the user has none.
 */
function withPersonalMeetingId(user: DirectoryUser, vmrId: string): Vmr[] {
  if (user.vmrList.some((vmr) => vmr.vmrMode === 0)) return user.vmrList.map((vmr) => (vmr.vmrMode === 0 ? { ...vmr, vmrId } : vmr));
  const personal: Vmr = {
    id: crypto.randomUUID().replaceAll('-', ''),
    vmrId,
    vmrName: `${user.name}的个人会议ID`,
    vmrMode: 0,
    vmrPkgId: null,
    vmrPkgName: null,
    vmrPkgParties: null,
    vmrPkgLength: null,
    status: '0',
  };
  return [personal, ...user.vmrList];
}

/** The store's patch of a ModUserDTO: only the fields sent; an empty text clears a nullable field, an empty `deptCode` keeps the department. */
function patchOf(user: DirectoryUser, body: ModUserDto): UserPatch {
  const patch: { -readonly [K in keyof UserPatch]: UserPatch[K] } = {};
  if (body.name !== undefined) patch.name = body.name;
  if (body.englishName !== undefined) patch.englishName = cleared(body.englishName) ?? null;
  if (body.phone !== undefined) patch.phone = cleared(body.phone) ?? null;
  if (body.country !== undefined) patch.country = body.country;
  if (body.email !== undefined) patch.email = cleared(body.email) ?? null;
  if (body.deptCode !== undefined && body.deptCode !== '') patch.deptCode = body.deptCode;
  if (body.signature !== undefined) patch.signature = cleared(body.signature) ?? null;
  if (body.title !== undefined) patch.title = cleared(body.title) ?? null;
  if (body.desc !== undefined) patch.desc = cleared(body.desc) ?? null;
  if (body.status !== undefined) patch.status = body.status;
  if (body.sortLevel !== undefined) patch.sortLevel = body.sortLevel;
  if (body.hidePhone !== undefined) patch.hidePhone = body.hidePhone;
  if (body.vmrId !== undefined && body.vmrId !== '') patch.vmrList = withPersonalMeetingId(user, body.vmrId);
  return patch;
}

/**
 * Changes the fields sent of one user, by Meeting account (`accountType` 0) or third-party
 * account (1), and answers the details after the change (UserDetailDTO); administrators only.
 * Each HTTP 400, and nothing changes: no such user (USG.201040000), a department that does not
 * exist (USG.201050000), a rule across fields (USG.000000001: `country` with `phone`; the user
 * keeps a mobile number or an email address). `vmrId` sets the personal meeting ID.
 */
export const updateUser: OperationImplementation = (request) => {
  const admin = requireAdmin(request);
  if (isProblem(admin)) return admin;
  const language = languageOf(request.input.header);
  const { directory } = request.runtime;
  const account = String(request.input.path.account);
  const by = request.input.query.accountType === 1 ? 'thirdAccount' : 'account';
  const user = directory.findUser(account, { by });
  if (!user) return problem('not-found', message(language, by === 'thirdAccount' ? 'userNotFoundByThirdAccount' : 'userNotFoundByAccount', account));
  const patch = patchOf(user, request.input.body as ModUserDto);
  const phone = patch.phone === undefined ? user.phone : patch.phone;
  const email = patch.email === undefined ? user.email : patch.email;
  const country = patch.country ?? user.country;
  // Only what the request changes is checked: a seeded user may already lack both.
  const touchesPhone = patch.phone !== undefined || patch.country !== undefined;
  if (touchesPhone && phone !== null && country === '') return invalidParameter(message(language, 'countryRequiredWithPhone'), language);
  const clears = patch.phone === null || patch.email === null;
  if (clears && phone === null && email === null) return invalidParameter(message(language, 'keepPhoneOrEmail'), language);
  const updated = directory.updateUser(user.userAccount, patch);
  if (!updated.ok) return userRefusal(updated, language, by);
  return { status: 200, body: userDetailDto(directory, updated.value, updated.value.userAccount === admin.userAccount) };
};
