/**
 * The records the in-memory directory holds. Field names and value domains follow the
 * vendor pages (seeds 000-004) so that responses are projections of these records.
 */

/** One of the enterprise's departments; `parentDeptCode` is null for the root. */
export interface Department {
  deptCode: string;
  deptName: string;
  parentDeptCode: string | null;
  /** Names from the root down, joined by "/". */
  deptNamePath: string;
  /** Remarks (DeptDTO.note, up to 96 characters); absent: none. */
  note?: string;
  /** Who in other departments sees this department's users: UNLIMITED (also when absent) or OPEN. */
  inPermission?: 'UNLIMITED' | 'OPEN';
  /** Whom this department's users see; absent: UNLIMITED. */
  outPermission?: 'UNLIMITED' | 'ONLY_SELF' | 'SELF_AND_CHILD_DEPARTMENT' | 'DESIGNATED_DEPARTMENT';
  /** The departments they see while `outPermission` is DESIGNATED_DEPARTMENT (up to 150 codes). */
  designatedOutDeptCodes?: string[];
  /** Place among its siblings, 1 to 10000, smaller first; absent: after the ones that have one. */
  sortLevel?: number;
}

/** The enterprise (CorpBasicInfoDTO). */
export interface Enterprise {
  id: string;
  name: string;
  address: string | null;
  adminName: string;
  account: string;
  phone: string | null;
  country: string;
  email: string | null;
  enableSMS: boolean;
  enableCloudDisk: boolean;
  enablePstn: boolean;
  autoUserCreate: boolean;
  /** 0 flagship, 5 free, 6 standard. */
  corpType: 0 | 5 | 6;
}

/** A cloud meeting room owned by a user (UserVmrDTO). */
export interface Vmr {
  id: string;
  vmrId: string;
  vmrName: string;
  /** 0 personal meeting ID, 1 cloud meeting room, 2 webinar room. */
  vmrMode: 0 | 1 | 2;
  vmrPkgId: string | null;
  vmrPkgName: string | null;
  vmrPkgParties: number | null;
  vmrPkgLength: number | null;
  /** "0" normal, "1" disabled (a string on the vendor page). */
  status: '0' | '1' | '2';
}

/** An enterprise user, with everything the user-detail, admin and legacy search responses show. */
export interface DirectoryUser {
  id: string;
  /** Huawei Cloud Meeting account. */
  userAccount: string;
  /** Third-party user id (App ID integrations), or null. */
  thirdAccount: string | null;
  name: string;
  englishName: string | null;
  phone: string | null;
  country: string;
  email: string | null;
  deptCode: string;
  /** The vendor's user type (UserInfo table); generated users are 2, enterprise members. */
  userType: 1 | 2 | 3 | 10 | 11 | 12 | 13 | 14;
  /** 0 default (super) admin, 1 ordinary admin, 2 not an admin. */
  adminType: 0 | 1 | 2;
  /** 0 normal, 1 disabled. */
  status: 0 | 1;
  signature: string | null;
  desc: string | null;
  title: string | null;
  sipNum: string | null;
  hidePhone: boolean;
  /** 0 commercial, 1 free trial. */
  license: 0 | 1;
  sortLevel: number;
  visionAccount: string | null;
  /** Activation time, epoch milliseconds. */
  activeTime: number;
  vmrList: Vmr[];
}

/** An external contact (ExternalContactDTO) plus the owner of a personal contact. */
export interface ExternalContactRecord {
  id: string;
  name: string;
  type: 'PERSONAL' | 'CORP';
  /** Meeting account of the user a PERSONAL contact belongs to; null for CORP contacts. */
  ownerAccount: string | null;
  otherNumber: string | null;
  otherNumberCountry: string | null;
  country: string | null;
  phone: string | null;
  email: string | null;
  corpName: string | null;
  deptName: string | null;
  position: string | null;
  address: string | null;
  remarks: string | null;
  customNumber: string | null;
  /** Last update, epoch milliseconds. */
  updateTime: number;
}

/** A BSS organisation; the root organisation may have an empty name. */
export interface Organization {
  org_id: string;
  org_name: string;
}

/** BSS member-account status: 1 normal, 2 creating, 3 closing, 4 closed, 101 registering, 102 pending activation. */
export type SubCustomerStatus = 1 | 2 | 3 | 4 | 101 | 102;

/** A BSS enterprise member account (SubCustomerInfoV2). */
export interface SubCustomerRecord {
  id: string;
  name: string;
  display_name: string;
  status: SubCustomerStatus;
  org_id: string;
  org_name: string;
}

/** Every record of a directory, as plain JSON. */
export interface DirectorySnapshot {
  seed: number;
  size: number;
  enterprise: Enterprise;
  departments: Department[];
  users: DirectoryUser[];
  externalContacts: ExternalContactRecord[];
  organizations: Organization[];
  subCustomers: SubCustomerRecord[];
}
