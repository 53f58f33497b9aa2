import type { Directory } from '../directory/create-directory.js';
import type { DirectoryUser, ExternalContactRecord } from '../directory/records.js';

/** ExternalContactDTO: the record without its owner. */
export function externalContactDto(contact: ExternalContactRecord): Record<string, unknown> {
  const { ownerAccount: _owner, ...dto } = contact;
  return dto;
}

/** DeptBasicDTO of a user's department, or null when the department is gone. */
export function deptBasicDto(directory: Directory, deptCode: string): Record<string, unknown> | null {
  const dept = directory.departments.get(deptCode);
  if (!dept) return null;
  return { corpId: directory.enterprise.id, deptCode: dept.deptCode, deptName: dept.deptName, deptNamePath: dept.deptNamePath, parentDeptCode: dept.parentDeptCode };
}

/** QueryAdminResultDTO of an administrator. */
export function adminDto(directory: Directory, user: DirectoryUser): Record<string, unknown> {
  return {
    id: user.id,
    account: user.userAccount,
    name: user.name,
    adminType: user.adminType,
    email: user.email,
    phone: user.phone,
    country: user.country,
    dept: deptBasicDto(directory, user.deptCode),
  };
}

/** SearchUserResultDTO of the legacy search; `vmrId` is the user's first meeting room. */
export function legacyUserDto(directory: Directory, user: DirectoryUser): Record<string, unknown> {
  return {
    id: user.id,
    userAccount: user.userAccount,
    name: user.name,
    phone: user.phone,
    country: user.country,
    email: user.email,
    vmrId: user.vmrList[0]?.vmrId ?? null,
    deptCode: user.deptCode,
    deptNamePath: directory.departments.get(user.deptCode)?.deptNamePath ?? null,
    userType: user.userType,
    adminType: user.adminType,
    signature: user.signature,
    status: user.status,
  };
}

/** UserDetailDTO; `corp` is filled only when users look at themselves, as the page says. */
export function userDetailDto(directory: Directory, user: DirectoryUser, self: boolean): Record<string, unknown> {
  const dept = directory.departments.get(user.deptCode);
  return {
    activeTime: user.activeTime,
    adminType: user.adminType,
    corp: self ? { ...directory.enterprise } : null,
    country: user.country,
    deptCode: user.deptCode,
    deptName: dept?.deptName ?? null,
    deptNamePath: dept?.deptNamePath ?? null,
    desc: user.desc,
    devType: { deviceSize: null, model: null, purchaseChannel: null },
    email: user.email,
    englishName: user.englishName,
    function: { enableRoom: true },
    hidePhone: user.hidePhone,
    id: user.id,
    license: user.license,
    name: user.name,
    phone: user.phone,
    signature: user.signature,
    sipNum: user.sipNum,
    sortLevel: user.sortLevel,
    status: user.status,
    thirdAccount: user.thirdAccount,
    title: user.title,
    userAccount: user.userAccount,
    userType: user.userType,
    visionAccount: user.visionAccount,
    vmrList: user.vmrList.map((vmr) => ({ ...vmr })),
  };
}
