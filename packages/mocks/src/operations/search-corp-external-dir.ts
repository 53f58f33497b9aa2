// GET /v1/usg/abs/external-contacts (searchCorpExternalDir).

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { isProblem } from '../answers/problem.js';
import { fragmentOf, type JsonFragment } from '../behaviour/json-fragment.js';
import { memoByArray } from '../behaviour/memo.js';
import type { ExternalContactRecord } from '../directory/records.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { listPage, writePage } from './list-page.js';
import { meetingCaller } from './meeting-caller.js';
import { externalContactDto } from './projections.js';

const items: WeakMap<ExternalContactRecord, { version: number; fragment: JsonFragment }> = new WeakMap();
const visibleContacts = new WeakMap<readonly ExternalContactRecord[], Map<string, ExternalContactRecord[]>>();

/** The enterprise's contacts and the caller's own, searched, filtered and paged (ExternalContactPage). */
export const searchCorpExternalDir: OperationImplementation = (request) => {
  const user = meetingCaller(request);
  const { directory } = request.runtime;
  const all = directory.externalContacts.all();
  const visible = memoByArray(visibleContacts, all, user.userAccount, () => all.filter((c) => c.type === 'CORP' || c.ownerAccount === user.userAccount));
  const listed = listPage(request, visible);
  if (isProblem(listed)) return listed;
  const data = listed.page.items.map((c) => fragmentOf(items, c, directory.version, externalContactDto));
  return { status: 200, body: writePage<Partial<MeetingComponents['schemas']['ExternalContactPage']>>({}, listed, data, true) };
};
