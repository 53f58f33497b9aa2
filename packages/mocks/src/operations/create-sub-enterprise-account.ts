// POST /v2/enterprises/multi-accounts/sub-customers (createSubEnterpriseAccount), BSS.

import type { BssComponents } from '@hwcloud-directory/protocol';
import { languageOf, message } from '../answers/messages.js';
import { invalidParameter, problem } from '../answers/problem.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';

/**
 * Creates a member account (the pipeline has checked lengths, enums and required fields):
 * listed at once by `listEnterpriseSubCustomers` with `name` = `customer_name`, `display_name`
 * (the empty string when not set), `status` 1 and the node of `party_id`; HTTP 204 with no
 * body. Refused with HTTP 400 CBC.0100 when `party_id` is no node of the organization tree,
 * the login name is already a member account's (compared exactly), `mobile_phone` is missing
 * while `use_pri_mobile_phone` is not `Y`, or a `mobile_phone` comes without its
 * `verification_code`. The password and permissions are accepted and not kept.
 */
export const createSubEnterpriseAccount: OperationImplementation = (request) => {
  const { directory } = request.runtime;
  const language = languageOf(request.input.header);
  const body = request.input.body as BssComponents['schemas']['CreateSubCustomerReqV2'];
  const login = body.new_sub_customer;
  if (!directory.organizations.has(body.party_id)) return invalidParameter(message(language, 'unknownParty', body.party_id), language);
  if (directory.subCustomers.valueIndex('name').members(login.customer_name).size > 0) {
    return invalidParameter(message(language, 'loginNameTaken', login.customer_name), language);
  }
  if (login.use_pri_mobile_phone !== 'Y') {
    if (login.mobile_phone === undefined || login.mobile_phone === null || login.mobile_phone === '') return invalidParameter(message(language, 'mobilePhoneRequired'), language);
    if (login.verification_code === undefined || login.verification_code === '') return invalidParameter(message(language, 'verificationCodeRequired'), language);
  }
  const added = directory.subCustomers.tryAdd({ name: login.customer_name, display_name: body.display_name ?? '', status: 1, org_id: body.party_id });
  if (!added.ok) return problem('server-error', added.message);
  return { status: 204, body: undefined };
};
