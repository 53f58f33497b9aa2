// The table binding each operationId of both specs to its behaviour.

import type { OperationId } from '../generated/operations.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { createAppIdToken } from './create-app-id-token.js';
import { createToken } from './create-token.js';
import { listEnterpriseSubCustomers } from './list-enterprise-sub-customers.js';
import { searchCorpAdmins } from './search-corp-admins.js';
import { searchCorpExternalDir } from './search-corp-external-dir.js';
import { searchCorpMembersLegacy } from './search-corp-members-legacy.js';
import { showUserDetail } from './show-user-detail.js';

/** The behaviour of every operation of both specs, by operationId. */
export const operationTable: Readonly<Record<OperationId, OperationImplementation>> = {
  createToken,
  createAppIdToken,
  searchCorpExternalDir,
  searchCorpAdmins,
  showUserDetail,
  searchCorpMembersLegacy,
  listEnterpriseSubCustomers,
};
