// GET /v1/usg/dcs/corp/admin (searchCorpAdmins).

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { isProblem } from '../answers/problem.js';
import { fragmentOf, type JsonFragment } from '../behaviour/json-fragment.js';
import { Selection } from '../directory/selection.js';
import type { DirectoryUser } from '../directory/records.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { listPage, writePage } from './list-page.js';
import { requireAdmin } from './meeting-caller.js';
import { adminDto, type Administrator } from './projections.js';

const items: WeakMap<Administrator, { version: number; fragment: JsonFragment }> = new WeakMap();

/** The enterprise's administrators, searched and paged (AdminPage); administrators only. */
export const searchCorpAdmins: OperationImplementation = (request) => {
  const admin = requireAdmin(request);
  if (isProblem(admin)) return admin;
  const { directory } = request.runtime;
  const admins = new Selection<DirectoryUser>(directory.users).whereNot('adminType', [2]);
  const listed = listPage(request, admins, { aliases: { account: 'userAccount' } });
  if (isProblem(listed)) return listed;
  const data = listed.page.items.map((u) => fragmentOf(items, u as Administrator, directory.version, (user) => adminDto(directory, user)));
  return { status: 200, body: writePage<Partial<MeetingComponents['schemas']['AdminPage']>>({}, listed, data, true) };
};
