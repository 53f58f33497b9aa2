// Generated records (users, meeting rooms, external contacts, member accounts) from a seeded random source.

import { COMPANY_NAMES, JOB_TITLES, pickPersonName, type PersonName } from './name-pools.js';
import { createRandom, hashString, type Random } from './prng.js';
import type { SeededAccounts } from './seeded-accounts.js';
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
const SIGNATURES = ['Hello!', '你好，世界', 'À bientôt', 'Привет'];
const DESCRIPTIONS = ['新员工', 'Contractor', 'Stagiaire', 'On leave'];

/** `record` with `overrides` written over it (as `{ ...record, ...overrides }`, without a copy when there are none). */
function withOverrides<T extends object>(record: T, overrides: Partial<T>): T {
  for (const _key in overrides) return Object.assign(record, overrides);
  return record;
}

/** The person's n-th generated email address (shared: see {@link PersonName.emails}). */
function userEmail(person: PersonName, n: number): string {
  return (person.emails[n] ??= `${person.handle}${n}@example.com`);
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
 * The meeting rooms of a user who has not been read yet: a generated user's rooms are made on
 * first read ({@link completeUser}), which saves a large directory most of their cost. Shared
 * and frozen; compared by identity.
 */
const ROOMS_TO_MAKE: Vmr[] = Object.freeze([]) as unknown as Vmr[];

/**
 * Makes a user's meeting rooms if they are still to be made, in place: none to two, drawn from
 * the user's id, so they are the same whenever and wherever the record is first read.
 */
export function completeUser(user: DirectoryUser): void {
  if (user.vmrList !== ROOMS_TO_MAKE) return;
  const random = createRandom(hashString(user.id));
  const count = random.pick(VMR_COUNTS);
  user.vmrList = count === 0 ? [] : count === 1 ? [makeVmr(random, user.name)] : [makeVmr(random, user.name), makeVmr(random, user.name)];
}

/**
 * Builds one enterprise user in one of the given departments; `overrides` win over generated
 * values. Its meeting rooms are left to {@link completeUser} unless `overrides` give them.
 * Seeded users take their accounts from `accounts` (never repeated); otherwise the account is
 * the name's stem plus four random digits, unique in practice, and the directory rejects
 * duplicates anyway.
 */
export function makeUser(random: Random, departments: readonly Department[], overrides: Partial<DirectoryUser> = {}, accounts?: SeededAccounts): DirectoryUser {
  const person = pickPersonName(random);
  const name = overrides.name ?? person.name;
  const dept = overrides.deptCode ?? random.pick(departments).deptCode;
  const hasPhone = random.chance(0.85);
  const hasEmail = random.chance(0.8);
  const userAccount = overrides.userAccount ?? (accounts ? accounts.account(person.stem) : random.digits(4, person.stem));
  const user: DirectoryUser = {
    id: random.hex(32),
    userAccount,
    thirdAccount: random.chance(0.35) ? (accounts ? accounts.thirdAccount() : random.hex(12, 'ext-')) : null,
    name,
    englishName: person.englishName,
    phone: hasPhone ? phoneFor(random, person.callingCode) : null,
    country: person.country,
    email: hasEmail ? userEmail(person, random.int(1, 99)) : null,
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
    vmrList: ROOMS_TO_MAKE,
  };
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
