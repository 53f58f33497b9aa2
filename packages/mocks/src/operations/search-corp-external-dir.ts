// GET /v1/usg/abs/external-contacts (searchCorpExternalDir).

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { isProblem } from '../answers/problem.js';
import { fragmentOf, type JsonFragment } from '../behaviour/json-fragment.js';
import type { ExternalContactRecord } from '../directory/records.js';
import { Selection } from '../directory/selection.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { listPage, writePage } from './list-page.js';
import { meetingCaller } from './meeting-caller.js';
import { externalContactDto } from './projections.js';

const items: WeakMap<ExternalContactRecord, { version: number; fragment: JsonFragment }> = new WeakMap();

/** The enterprise's contacts and the caller's own, searched, filtered and paged (ExternalContactPage). */
export const searchCorpExternalDir: OperationImplementation = (request) => {
  const user = meetingCaller(request);
  const { directory } = request.runtime;
  const contacts = directory.externalContacts;
  // CORP contacts, and the PERSONAL ones the caller owns.
  const visible = contacts.valueIndex('type').bitset('CORP').clone().or(contacts.valueIndex('ownerAccount').bitset(user.userAccount));
  const listed = listPage(request, new Selection(contacts, visible));
  if (isProblem(listed)) return listed;
  const data = listed.page.items.map((c) => fragmentOf(items, c, directory.version, externalContactDto));
  return { status: 200, body: writePage<Partial<MeetingComponents['schemas']['ExternalContactPage']>>({}, listed, data, true) };
};
