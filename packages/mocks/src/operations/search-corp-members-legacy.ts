// POST /rest/usg/datacenter/v1/corp/member/search (searchCorpMembersLegacy), the older REST API.

import { LEGACY_SUCCESS_CODE, type MeetingComponents } from '@hwcloud-directory/protocol';
import { legacyEnvelope } from '../answers/legacy-envelope.js';
import { isProblem } from '../answers/problem.js';
import { fragmentOf, type JsonFragment } from '../behaviour/json-fragment.js';
import type { DirectoryUser } from '../directory/records.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { listPage, writePage } from './list-page.js';
import { requireAdmin } from './meeting-caller.js';
import { legacyUserDto } from './projections.js';

const items: WeakMap<DirectoryUser, { version: number; fragment: JsonFragment }> = new WeakMap();

/** The legacy user search, paged by page index, in the `returnCode` envelope; administrators only. */
export const searchCorpMembersLegacy: OperationImplementation = (request) => {
  const admin = requireAdmin(request);
  if (isProblem(admin)) return admin;
  const { directory } = request.runtime;
  const listed = listPage(request, directory.users);
  if (isProblem(listed)) return listed;
  const body: MeetingComponents['schemas']['LegacySearchUsersResponse'] = legacyEnvelope(LEGACY_SUCCESS_CODE, 'Success', request.requestId, request.now);
  const data = listed.page.items.map((u) => fragmentOf(items, u, directory.version, (user) => legacyUserDto(directory, user)));
  return { status: 200, body: writePage(body, listed, data, true) };
};
