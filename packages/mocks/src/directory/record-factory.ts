// Generated records (users, meeting rooms, external contacts, member accounts) from a seeded random source.

import { COMPANY_NAMES, JOB_TITLES, pickPersonName } from './name-pools.js';
import type { Random } from './prng.js';
import type {
  Department,
  DirectoryUser,
  ExternalContactRecord,
  Organization,
  SubCustomerRecord,
  SubCustomerStatus,
  Vmr,
} from './records.js';

/** Fixed origin of generated timestamps (2020-09-13T12:26:40Z), so output never depends on the clock. */
export const EPOCH_ORIGIN_MS = 1_600_000_000_000;
const THREE_YEARS_MS = 3 * 365 * 24 * 3600 * 1000;

/** All BSS member-account statuses, in the vendor's order. */
export const SUB_CUSTOMER_STATUSES: readonly SubCustomerStatus[] = [1, 2, 3, 4, 101, 102];

function timestamp(random: Random): number {
  return EPOCH_ORIGIN_MS + random.int(0, THREE_YEARS_MS);
}

/** Mobile number prefixes of mainland China, after the calling code. */
const CHINA_MOBILE_PREFIXES = ['+86135', '+86136', '+86138', '+86139', '+86158', '+86186'];

function phoneFor(random: Random, callingCode: string): string {
  return callingCode === '+86' ? random.digits(8, CHINA_MOBILE_PREFIXES[random.int(0, CHINA_MOBILE_PREFIXES.length - 1)]) : random.digits(9, callingCode);
}

/** Builds one cloud meeting room for a user. */
export function makeVmr(random: Random, ownerName: string, overrides: Partial<Vmr> = {}): Vmr {
  const vmrMode = random.pick(VMR_MODES);
  const withPackage = vmrMode !== 0 && random.chance(0.6);
  const vmr: Vmr = {
    id: random.hex(32),
    vmrId: random.digits(8, '9'),
    vmrName: vmrName(ownerName, vmrMode),
    vmrMode,
    vmrPkgId: withPackage ? random.hex(32) : null,
    vmrPkgName: withPackage ? random.pick(VMR_PACKAGES) : null,
    vmrPkgParties: withPackage ? random.pick(VMR_PARTIES) : null,
    vmrPkgLength: withPackage ? random.pick(VMR_LENGTHS) : null,
    status: random.chance(0.9) ? '0' : '1',
  };
  return withOverrides(vmr, overrides);
}

const VMR_MODES = [0, 1, 1, 2] as const;
const VMR_PACKAGES = ['VMR-50', 'VMR-100', 'Webinar-500'];
const VMR_PARTIES = [50, 100, 500];
const VMR_LENGTHS = [60, 120, 1440];
const VMR_COUNTS = [0, 1, 1, 1, 2] as const;
const NO_VMRS: Vmr[] = [];
const SIGNATURES = ['Hello!', '你好，世界', 'À bientôt', 'Привет'];
const DESCRIPTIONS = ['新员工', 'Contractor', 'Stagiaire', 'On leave'];

/** `record` with `overrides` written over it (as `{ ...record, ...overrides }`, without a copy when there are none). */
function withOverrides<T extends object>(record: T, overrides: Partial<T>): T {
  for (const _key in overrides) return Object.assign(record, overrides);
  return record;
}

/** Generated email addresses by handle and number, shared by the records that draw the same. */
const userEmails = new Map<string, string[]>();

function userEmail(handle: string, n: number): string {
  let emails = userEmails.get(handle);
  if (!emails) userEmails.set(handle, (emails = []));
  return (emails[n] ??= `${handle}${n}@example.com`);
}

/** Meeting-room names by owner name and mode, shared; owners' own names (added users) are not kept. */
const vmrNames = new Map<string, string[]>();
const MAX_KEPT_VMR_NAMES = 4096;

function vmrName(ownerName: string, vmrMode: 0 | 1 | 2): string {
  const make = () => (vmrMode === 0 ? `${ownerName}的个人会议ID` : `${ownerName}'s ${vmrMode === 2 ? 'webinar room' : 'cloud meeting room'}`);
  let names = vmrNames.get(ownerName);
  if (!names) {
    if (vmrNames.size >= MAX_KEPT_VMR_NAMES) return make();
    vmrNames.set(ownerName, (names = []));
  }
  return (names[vmrMode] ??= make());
}

/**
 * Builds one enterprise user in one of the given departments; `overrides` win over generated values.
 * Accounts are derived from the name handle plus a random suffix, so they are unique in practice;
 * the directory rejects duplicates anyway.
 */
export function makeUser(random: Random, departments: readonly Department[], overrides: Partial<DirectoryUser> = {}): DirectoryUser {
  const person = pickPersonName(random);
  const name = overrides.name ?? person.name;
  const dept = overrides.deptCode ?? random.pick(departments).deptCode;
  const hasPhone = random.chance(0.85);
  const hasEmail = random.chance(0.8);
  const userAccount = overrides.userAccount ?? random.digits(4, person.stem);
  const vmrCount = random.pick(VMR_COUNTS);
  const user: DirectoryUser = {
    id: random.hex(32),
    userAccount,
    thirdAccount: random.chance(0.35) ? random.hex(12, 'ext-') : null,
    name,
    englishName: person.englishName,
    phone: hasPhone ? phoneFor(random, person.callingCode) : null,
    country: person.country,
    email: hasEmail ? userEmail(person.handle, random.int(1, 99)) : null,
    deptCode: dept,
    userType: 2,
    adminType: random.chance(0.06) ? 1 : 2,
    status: random.chance(0.12) ? 1 : 0,
    signature: random.chance(0.3) ? random.pick(SIGNATURES) : null,
    desc: random.chance(0.3) ? random.pick(DESCRIPTIONS) : null,
    title: random.chance(0.7) ? random.pick(JOB_TITLES) : null,
    sipNum: random.digits(7, '+8657'),
    hidePhone: random.chance(0.2),
    license: random.chance(0.9) ? 0 : 1,
    sortLevel: random.int(1, 10_000),
    visionAccount: random.chance(0.05) ? random.digits(8, 'tv') : null,
    activeTime: timestamp(random),
    vmrList: NO_VMRS,
  };
  // Rooms drawn after the user's fields, into an array of their exact size (`[]` and `push`
  // would reserve 17 slots for each of 100,000 users).
  user.vmrList = vmrCount === 0 ? [] : vmrCount === 1 ? [makeVmr(random, name)] : [makeVmr(random, name), makeVmr(random, name)];
  return withOverrides(user, overrides);
}

/**
 * Builds one external contact. PERSONAL contacts belong to `ownerAccount`; many optional
 * fields are null, as in the vendor's example response.
 */
export function makeExternalContact(random: Random, ownerAccounts: readonly string[], overrides: Partial<ExternalContactRecord> = {}): ExternalContactRecord {
  const person = pickPersonName(random);
  const type = overrides.type ?? (random.chance(0.5) || ownerAccounts.length === 0 ? 'CORP' : 'PERSONAL');
  const hasOther = random.chance(0.2);
  const hasPhone = random.chance(0.8);
  const contact: ExternalContactRecord = {
    id: random.hex(32),
    name: person.name,
    type,
    ownerAccount: type === 'PERSONAL' && ownerAccounts.length > 0 ? random.pick(ownerAccounts) : null,
    otherNumber: hasOther ? phoneFor(random, person.callingCode) : random.pick(['', null]),
    otherNumberCountry: hasOther ? person.country : random.pick(['', null]),
    country: hasPhone ? person.country : null,
    phone: hasPhone ? phoneFor(random, person.callingCode) : null,
    email: random.chance(0.7) ? `${person.handle}@example.org` : null,
    corpName: random.chance(0.6) ? random.pick(COMPANY_NAMES) : null,
    deptName: random.chance(0.3) ? random.pick(['采购部', 'Achats', 'Einkauf', 'Procurement']) : null,
    position: random.chance(0.4) ? random.pick(JOB_TITLES) : null,
    address: random.chance(0.2) ? random.pick(['深圳市龙岗区坂田街道', 'Rua Augusta 12, Lisboa', 'Königstraße 5, Stuttgart']) : null,
    remarks: random.chance(0.15) ? random.pick(['VIP', '重要客户', 'Rencontré au salon']) : null,
    customNumber: random.chance(0.1) ? random.digits(6) : null,
    updateTime: timestamp(random),
  };
  return withOverrides(contact, overrides);
}

/** Builds one BSS member account in one of the given organisations. */
export function makeSubCustomer(random: Random, organizations: readonly Organization[], overrides: Partial<SubCustomerRecord> = {}): SubCustomerRecord {
  const org = overrides.org_id !== undefined ? organizations.find((o) => o.org_id === overrides.org_id) : random.pick(organizations);
  const person = pickPersonName(random);
  const member: SubCustomerRecord = {
    id: random.hex(32).toUpperCase(),
    name: random.digits(4, `${person.handle.replace(/\./g, '_')}_`),
    display_name: random.chance(0.5) ? person.name : `${person.name} (${random.pick(['测试', 'Prod', 'Dév', 'QA'])})`,
    status: random.chance(0.6) ? 1 : random.pick(SUB_CUSTOMER_STATUSES),
    org_id: org?.org_id ?? overrides.org_id ?? '',
    org_name: org?.org_name ?? '',
  };
  return withOverrides(member, overrides);
}
