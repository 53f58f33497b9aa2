// GET /v2/enterprises/multi-accounts/sub-customers (listEnterpriseSubCustomers), BSS.

import type { BssComponents } from '@hwcloud-directory/protocol';
import { isProblem } from '../answers/problem.js';
import { fragmentOf, type JsonFragment } from '../behaviour/json-fragment.js';
import type { SubCustomerRecord } from '../directory/records.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { listPage, writePage } from './list-page.js';
import { subCustomerDto } from './projections.js';

const items: WeakMap<SubCustomerRecord, { version: number; fragment: JsonFragment }> = new WeakMap();

/** The enterprise's BSS member accounts, filtered and paged (ListSubCustomersResponse). */
export const listEnterpriseSubCustomers: OperationImplementation = (request) => {
  const { directory } = request.runtime;
  const listed = listPage(request, directory.subCustomers);
  if (isProblem(listed)) return listed;
  const data = listed.page.items.map((s) => fragmentOf(items, s, directory.version, subCustomerDto));
  return { status: 200, body: writePage<Partial<BssComponents['schemas']['ListSubCustomersResponse']>>({}, listed, data, false) };
};
