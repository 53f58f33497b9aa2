// GET /v1/usg/dcs/corp/admin (searchCorpAdmins).

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { isProblem } from '../answers/problem.js';
import { fragmentOf, type JsonFragment } from '../behaviour/json-fragment.js';
import { memoByArray } from '../behaviour/memo.js';
import type { DirectoryUser } from '../directory/records.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { listPage, writePage } from './list-page.js';
import { requireAdmin } from './meeting-caller.js';
import { adminDto, isAdministrator, type Administrator } from './projections.js';

const items: WeakMap<Administrator, { version: number; fragment: JsonFragment }> = new WeakMap();
const administrators = new WeakMap<readonly DirectoryUser[], Map<string, Administrator[]>>();

/** The enterprise's administrators, searched and paged (AdminPage); administrators only. */
export const searchCorpAdmins: OperationImplementation = (request) => {
  const admin = requireAdmin(request);
  if (isProblem(admin)) return admin;
  const { directory } = request.runtime;
  const users = directory.users.all();
  const admins = memoByArray(administrators, users, '', () => users.filter(isAdministrator));
  const listed = listPage(request, admins, { account: 'userAccount' });
  if (isProblem(listed)) return listed;
  const data = listed.page.items.map((u) => fragmentOf(items, u, directory.version, (user) => adminDto(directory, user)));
  return { status: 200, body: writePage<Partial<MeetingComponents['schemas']['AdminPage']>>({}, listed, data, true) };
};
