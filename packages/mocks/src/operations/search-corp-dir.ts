// GET /v1/usg/abs/users (searchCorpDir).

import type { FilterRule, MeetingComponents } from '@hwcloud-directory/protocol';
import { isProblem } from '../answers/problem.js';
import { fragmentOf, JsonFragment } from '../behaviour/json-fragment.js';
import type { MockOperation } from '../generated/operations.js';
import type { DirectoryUser } from '../directory/records.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { userTypesOf } from './corp-dir-type.js';
import { listPage, writePage } from './list-page.js';
import { meetingCaller } from './meeting-caller.js';
import { corpDirUserDto } from './projections.js';

const items: WeakMap<DirectoryUser, { version: number; fragment: JsonFragment }> = new WeakMap();
const onUserTypes: WeakMap<MockOperation, MockOperation> = new WeakMap();

/** The spec's field names of the item that are record fields under another name. */
const ALIASES = { account: 'userAccount', number: 'sipNum' };

/**
 * The operation with its `type` filter read on the records' `userType`: each value of its
 * `valueMap` becomes the user types listed as that kind (`HARD_TERMINAL` -> 10, 13, 14).
 */
function onUserType(operation: MockOperation): MockOperation {
  let rewritten = onUserTypes.get(operation);
  if (!rewritten) {
    const filters = operation.filters.map((filter): FilterRule => {
      if (filter.field !== 'type') return filter;
      const valueMap = Object.fromEntries(Object.entries(filter.valueMap ?? {}).map(([value, types]) => [value, userTypesOf(types)]));
      return { ...filter, field: 'userType', valueMap };
    });
    onUserTypes.set(operation, (rewritten = { ...operation, filters }));
  }
  return rewritten;
}

/**
 * The corporate directory, searched, filtered by department and scope, and paged (CorpDirPage);
 * any enterprise user may read it. A hidden mobile number is shown only to its owner.
 */
export const searchCorpDir: OperationImplementation = (request) => {
  const caller = meetingCaller(request);
  const { directory } = request.runtime;
  const listed = listPage({ ...request, operation: onUserType(request.operation) }, directory.users, { aliases: ALIASES });
  if (isProblem(listed)) return listed;
  const data = listed.page.items.map((u) =>
    u.userAccount === caller.userAccount
      ? new JsonFragment(JSON.stringify(corpDirUserDto(directory, u, true)))
      : fragmentOf(items, u, directory.version, (user) => corpDirUserDto(directory, user, false)),
  );
  return { status: 200, body: writePage<Partial<MeetingComponents['schemas']['CorpDirPage']>>({}, listed, data, true) };
};
