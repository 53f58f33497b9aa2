// POST /v1/usg/abs/users/list (batchShowUserDetails).

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { fragmentOf, JsonFragment } from '../behaviour/json-fragment.js';
import type { DirectoryUser } from '../directory/records.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { meetingCaller } from './meeting-caller.js';
import { corpDirUserDto } from './projections.js';

type MeetingSchemas = MeetingComponents['schemas'];

const items: WeakMap<DirectoryUser, { version: number; fragment: JsonFragment }> = new WeakMap();

/**
 * 1 to 200 users (the pipeline checked the count) by user ID (`idType` USER_ID) or third-party
 * account (THIRD_ACCOUNT): one UserDTO per item, in the order asked, `statusCode` 0 with every
 * field for a user of the enterprise, 2 with only the `id` asked otherwise. Any enterprise user
 * may ask; a hidden mobile number is shown only to its owner. Items are serialized once per
 * user and directory version, as the list operations' are.
 */
export const batchShowUserDetails: OperationImplementation = (request) => {
  const caller = meetingCaller(request);
  const { directory } = request.runtime;
  const index = directory.users.valueIndex(request.input.query.idType === 'THIRD_ACCOUNT' ? 'thirdAccount' : 'id');
  const asked = request.input.body as MeetingSchemas['ShowUserRequestList'];
  const body = asked.map(({ id }): MeetingSchemas['UserDTO'] | JsonFragment => {
    const [slot] = id === undefined ? [] : index.members(id);
    const user = slot === undefined ? undefined : directory.users.at(slot);
    if (!user) return id === undefined ? { statusCode: 2 } : { id, statusCode: 2 };
    if (user.userAccount === caller.userAccount) return new JsonFragment(JSON.stringify(corpDirUserDto(directory, user, true)));
    return fragmentOf(items, user, directory.version, (u) => corpDirUserDto(directory, u, false));
  });
  return { status: 200, body };
};
