// The table binding each operationId of both specs to its behaviour.

import type { OperationId } from '../generated/operations.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { addCorpAdmin } from './add-corp-admin.js';
import { addDepartment } from './add-department.js';
import { addUser } from './add-user.js';
import { batchDeleteCorpAdmins } from './batch-delete-corp-admins.js';
import { batchDeleteUsers } from './batch-delete-users.js';
import { batchShowUserDetails } from './batch-show-user-details.js';
import { batchUpdateUserStatus } from './batch-update-user-status.js';
import { checkToken } from './check-token.js';
import { createAppIdToken } from './create-app-id-token.js';
import { createSubEnterpriseAccount } from './create-sub-enterprise-account.js';
import { createToken } from './create-token.js';
import { deleteDepartment } from './delete-department.js';
import { deleteToken } from './delete-token.js';
import { listEnterpriseOrganizations } from './list-enterprise-organizations.js';
import { listEnterpriseSubCustomers } from './list-enterprise-sub-customers.js';
import { searchCorpAdmins } from './search-corp-admins.js';
import { searchCorpDir } from './search-corp-dir.js';
import { searchCorpExternalDir } from './search-corp-external-dir.js';
import { searchCorpMembersLegacy } from './search-corp-members-legacy.js';
import { searchDepartmentByName } from './search-department-by-name.js';
import { searchUsers } from './search-users.js';
import { showCorpAdmin } from './show-corp-admin.js';
import { showDepartment } from './show-department.js';
import { showDeptAndChildDept } from './show-dept-and-child-dept.js';
import { showUserDetail } from './show-user-detail.js';
import { updateDepartment } from './update-department.js';
import { updateToken } from './update-token.js';
import { updateUser } from './update-user.js';

/** The behaviour of every operation of both specs, by operationId. */
export const operationTable: Readonly<Record<OperationId, OperationImplementation>> = {
  createToken,
  createAppIdToken,
  checkToken,
  updateToken,
  deleteToken,
  searchCorpExternalDir,
  searchCorpAdmins,
  addCorpAdmin,
  showCorpAdmin,
  batchDeleteCorpAdmins,
  addDepartment,
  updateDepartment,
  deleteDepartment,
  showDepartment,
  searchDepartmentByName,
  showDeptAndChildDept,
  searchCorpDir,
  batchShowUserDetails,
  searchUsers,
  addUser,
  showUserDetail,
  updateUser,
  batchDeleteUsers,
  batchUpdateUserStatus,
  searchCorpMembersLegacy,
  listEnterpriseSubCustomers,
  listEnterpriseOrganizations,
  createSubEnterpriseAccount,
};
