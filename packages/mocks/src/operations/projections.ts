// The records of the directory as the DTOs the specs define: each answer's items are
// projections of records, typed by the API types generated from the specs.

import type { BssComponents, MeetingComponents } from '@hwcloud-directory/protocol';
import type { Directory } from '../directory/create-directory.js';
import type { DirectoryUser, ExternalContactRecord, SubCustomerRecord } from '../directory/records.js';
import { corpDirType } from './corp-dir-type.js';

type MeetingSchemas = MeetingComponents['schemas'];

/** A user who is an administrator (adminType 0 default, 1 ordinary): what the admin list shows. */
export type Administrator = DirectoryUser & { adminType: 0 | 1 };

/** Whether a user is an administrator. */
export function isAdministrator(user: DirectoryUser): user is Administrator {
  return user.adminType !== 2;
}

/** ExternalContactDTO: the record without its owner. */
export function externalContactDto(contact: ExternalContactRecord): MeetingSchemas['ExternalContactDTO'] {
  const { ownerAccount: _owner, ...dto } = contact;
  return dto;
}

/** DeptBasicDTO of a user's department, or null when the department is gone. */
export function deptBasicDto(directory: Directory, deptCode: string): MeetingSchemas['DeptBasicDTO'] {
  const dept = directory.departments.get(deptCode);
  if (!dept) return null;
  return { corpId: directory.enterprise.id, deptCode: dept.deptCode, deptName: dept.deptName, deptNamePath: dept.deptNamePath, parentDeptCode: dept.parentDeptCode };
}

/** QueryAdminResultDTO of an administrator. */
export function adminDto(directory: Directory, user: Administrator): MeetingSchemas['QueryAdminResultDTO'] {
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
export function legacyUserDto(directory: Directory, user: DirectoryUser): MeetingSchemas['SearchUserResultDTO'] {
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
export function userDetailDto(directory: Directory, user: DirectoryUser, self: boolean): MeetingSchemas['UserDetailDTO'] {
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

/** SubCustomerInfoV2 of a BSS member account. */
export function subCustomerDto(record: SubCustomerRecord): BssComponents['schemas']['SubCustomerInfoV2'] {
  return { ...record };
}

/** A user's personal meeting ID: the ID of their room of `vmrMode` 0, or null. */
export function personalMeetingId(user: DirectoryUser): string | null {
  return user.vmrList.find((vmr) => vmr.vmrMode === 0)?.vmrId ?? null;
}

/** SearchUsersResultDTO of searchUsers; the terminal-only fields are null (the store holds no terminals' activation). */
export function searchUsersResultDto(directory: Directory, user: DirectoryUser): MeetingSchemas['SearchUsersResultDTO'] {
  return {
    id: user.id,
    userAccount: user.userAccount,
    name: user.name,
    englishName: user.englishName,
    phone: user.phone,
    country: user.country,
    email: user.email,
    vmrId: personalMeetingId(user),
    deptCode: user.deptCode,
    deptNamePath: directory.departments.get(user.deptCode)?.deptNamePath ?? null,
    userType: user.userType as MeetingSchemas['SearchUsersResultDTO']['userType'],
    adminType: user.adminType,
    signature: user.signature,
    title: user.title,
    desc: user.desc,
    status: user.status,
    sortLevel: user.sortLevel,
    hidePhone: user.hidePhone,
    thirdAccount: user.thirdAccount,
    visionAccount: user.visionAccount,
    license: user.license,
    activeTime: user.activeTime,
    activeCodeExpireTime: null,
    expireTime: null,
    activeCode: null,
  };
}

/**
 * UserDTO of the corporate directory and the batch lookup (`statusCode` 0: found). A hidden
 * mobile number is left out unless users look at themselves (`self`), as the pages say.
 * `updateTime` is the activation time: the store keeps no time of the last change.
 */
export function corpDirUserDto(directory: Directory, user: DirectoryUser, self: boolean): MeetingSchemas['UserDTO'] {
  const type = corpDirType(user.userType);
  return {
    id: user.id,
    statusCode: 0,
    account: user.userAccount,
    name: user.name,
    englishName: user.englishName,
    email: user.email,
    ...(user.hidePhone && !self ? {} : { phone: user.phone }),
    deptName: directory.departments.get(user.deptCode)?.deptName ?? null,
    number: user.sipNum,
    signature: user.signature,
    title: user.title,
    description: user.desc,
    vmrId: personalMeetingId(user),
    updateTime: user.activeTime,
    isHardTerminal: type === 'HARD_TERMINAL',
    hidePhone: user.hidePhone,
    type,
    deptCodes: [user.deptCode],
  };
}
