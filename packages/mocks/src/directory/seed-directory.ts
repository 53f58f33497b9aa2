// The seeded records: the vendor pages' examples first, then generated ones, from a seed.

import { departmentTree as treeRule } from '../generated/operations.js';
import { createRandom, type Random } from './prng.js';
import { DEPARTMENT_NAMES, ORGANIZATION_NAMES } from './name-pools.js';
import { SUB_CUSTOMER_STATUSES, completeUser, makeExternalContact, makeSubCustomer, makeUser, makeVmr } from './record-factory.js';
import { seededAccounts } from './seeded-accounts.js';
import { uniqueKey } from './unique-key.js';
import type { Department, DirectorySnapshot, DirectoryUser, Enterprise, ExternalContactRecord, Organization, SubCustomerRecord } from './records.js';

/** Default seed of `createDirectory()` and of the standalone server. */
export const DEFAULT_SEED = 42;
/** Default number of generated users, external contacts and member accounts (on top of the fixed ones). */
export const DEFAULT_SIZE = 30;

/** Meeting account of the default (super) administrator, who owns the test account credentials. */
export const DEFAULT_ADMIN_ACCOUNT = 'admin';
/** Root department code (`x-department-tree.rootCode` of the Meeting spec, "1" on the vendor pages). */
export const ROOT_DEPT_CODE = treeRule.rootCode;
/** Most generated departments (reached at size 4,980: 100,000 users fill 1,000 departments). */
const MAX_GENERATED_DEPARTMENTS = 1000;

function departmentTree(seed: number, size: number): Department[] {
  const random = createRandom(seed).fork('departments');
  const root: Department = { deptCode: ROOT_DEPT_CODE, deptName: 'Root Department', parentDeptCode: null, deptNamePath: 'Root Department' };
  const departments: Department[] = [root];
  const count = Math.min(4 + Math.floor(size / 5), MAX_GENERATED_DEPARTMENTS);
  const childCounts = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    // Parents are chosen among the first departments so the tree is a few levels deep.
    const parent = departments[random.int(0, Math.min(departments.length - 1, 1 + Math.floor(departments.length / 2)))] as Department;
    if (parent.deptCode.length >= 28) continue;
    const index = (childCounts.get(parent.deptCode) ?? 0) + 1;
    childCounts.set(parent.deptCode, index);
    const base = DEPARTMENT_NAMES[(i + random.int(0, DEPARTMENT_NAMES.length - 1)) % DEPARTMENT_NAMES.length] as string;
    const deptName = i < DEPARTMENT_NAMES.length ? base : `${base} ${i}`;
    departments.push({
      deptCode: `${parent.deptCode}${String(index).padStart(3, '0')}`,
      deptName,
      parentDeptCode: parent.deptCode,
      deptNamePath: `${parent.deptNamePath}/${deptName}`,
    });
  }
  return departments;
}

/**
 * The hand-picked users every directory starts with: one of each admin type, the users of the
 * vendor pages' examples, a disabled user, and users with third-party accounts and VMRs.
 */
function fixedUsers(seed: number, departments: readonly Department[]): DirectoryUser[] {
  const random = createRandom(seed).fork('fixed-users');
  const sub = departments[1]?.deptCode ?? ROOT_DEPT_CODE;
  return [
    makeUser(random, departments, {
      userAccount: DEFAULT_ADMIN_ACCOUNT, name: '系统管理员', englishName: 'Administrator', adminType: 0, status: 0,
      deptCode: ROOT_DEPT_CODE, thirdAccount: 'admin-third', email: 'admin@example.com', phone: '+8613800000000', country: 'chinaPR',
    }),
    makeUser(random, departments, {
      id: 'ff8080816a024f05016a4e1c2c570a5d', userAccount: 'test006', name: 'test006', adminType: 1, status: 0,
      email: 'menmeng1@huawei.com', phone: null, country: 'chinaPR', thirdAccount: null, deptCode: ROOT_DEPT_CODE,
    }),
    makeUser(random, departments, {
      id: 'f521bebcbb27422cb3241c4cb19942c5', userAccount: '3e48b79b660e403cb5e0208f7be83961', thirdAccount: 'thirdAccount',
      name: 'modName', englishName: 'modEnglishName', phone: '+86123456789', country: 'chinaPR', email: 'modEmail@huawei.com',
      deptCode: ROOT_DEPT_CODE, adminType: 2, status: 1, signature: 'modSignature', desc: 'modDesc', title: 'modTitle',
      sipNum: '+8657198480', hidePhone: true, license: 0, sortLevel: 1, visionAccount: null, activeTime: 1601221696783,
      vmrList: [{ id: '2c908bc76f61a5f2016f61bbfdf5039b', status: '0', vmrId: '912992631', vmrName: "name's cloud meeting room", vmrMode: 1, vmrPkgId: null, vmrPkgLength: null, vmrPkgName: null, vmrPkgParties: null }],
    }),
    makeUser(random, departments, {
      userAccount: 'zhang.wei', name: '张伟', englishName: 'Wei Zhang', adminType: 1, status: 0, thirdAccount: 'zhangwei-ext-001',
      email: 'zhang.wei@example.com', phone: '+8613912345678', country: 'chinaPR', deptCode: sub,
    }),
    makeUser(random, departments, {
      userAccount: 'jose.alvarez', name: 'José Álvarez', englishName: 'Jose Alvarez', adminType: 2, status: 0, thirdAccount: 'jalvarez',
      email: 'jose.alvarez@example.com', phone: '+34600123456', country: 'spain', deptCode: sub,
      vmrList: [makeVmr(random, 'José Álvarez', { vmrMode: 0 }), makeVmr(random, 'José Álvarez', { vmrMode: 2 })],
    }),
    makeUser(random, departments, {
      userAccount: 'user003', name: 'user003', adminType: 2, status: 0, phone: null, email: 'user003@huawei.com', country: 'chinaPR',
      thirdAccount: null, deptCode: ROOT_DEPT_CODE,
    }),
    makeUser(random, departments, {
      userAccount: 'li.na.disabled', name: '李娜', adminType: 2, status: 1, thirdAccount: null, deptCode: sub,
    }),
  ];
}

function fixedExternalContacts(seed: number): ExternalContactRecord[] {
  const random = createRandom(seed).fork('fixed-contacts');
  return [
    {
      otherNumber: '', otherNumberCountry: '', country: 'chinaPR', phone: '+86135xxxx0611', email: '******', corpName: null,
      deptName: null, position: null, address: null, remarks: null, id: 'af4aaae4b29d45649e3c61f48ee2f64b', name: 'Lucy',
      customNumber: null, type: 'CORP', updateTime: 1665994358499, ownerAccount: null,
    },
    makeExternalContact(random, [DEFAULT_ADMIN_ACCOUNT], { name: '王芳', type: 'PERSONAL', ownerAccount: DEFAULT_ADMIN_ACCOUNT, email: 'wang.fang@example.org', corpName: '深圳云图科技' }),
    makeExternalContact(random, [DEFAULT_ADMIN_ACCOUNT], { name: 'Hélène Lefèvre', type: 'CORP', email: 'helene.lefevre@example.org', phone: '+33612345678', country: 'france' }),
    makeExternalContact(random, ['zhang.wei'], { name: 'Søren Øster', type: 'PERSONAL', ownerAccount: 'zhang.wei' }),
  ];
}

function organizations(seed: number, size: number): Organization[] {
  const random = createRandom(seed).fork('organizations');
  const orgs: Organization[] = [{ org_id: '10000', org_name: '' }, { org_id: '65419', org_name: 'Level-1 organization' }];
  const count = Math.min(3 + Math.floor(size / 20), 60);
  for (let i = 0; i < count; i++) {
    const base = ORGANIZATION_NAMES[(i + 1) % ORGANIZATION_NAMES.length] as string;
    orgs.push({ org_id: String(random.int(20_000, 99_999) * 100 + i), org_name: i < ORGANIZATION_NAMES.length - 1 ? base : `${base} ${i}` });
  }
  return orgs;
}

function fixedSubCustomers(seed: number, orgs: readonly Organization[]): SubCustomerRecord[] {
  const random = createRandom(seed).fork('fixed-sub-customers');
  // One member account per status, spread over the organisations, root included.
  return SUB_CUSTOMER_STATUSES.map((status, i) => {
    const org = orgs[i % orgs.length] as Organization;
    return makeSubCustomer(random, orgs, {
      name: `d_2035_${status}`, display_name: i === 0 ? 'm主账号测试' : `Member ${status}`, status, org_id: org.org_id, org_name: org.org_name,
    });
  });
}

/** The enterprise of a seeded directory. */
export function seedEnterprise(seed: number = DEFAULT_SEED): Enterprise {
  return {
    id: createRandom(seed).fork('enterprise').hex(32), name: '华云示例科技有限公司', address: '深圳市龙岗区坂田街道', adminName: '系统管理员',
    account: DEFAULT_ADMIN_ACCOUNT, phone: '+8613800000000', country: 'chinaPR', email: 'admin@example.com', enableSMS: true,
    enableCloudDisk: false, enablePstn: true, autoUserCreate: false, corpType: 0,
  };
}

/** The random streams of generated users (0), contacts (1) and member accounts (2): forks of one source, in this order. */
function stream(seed: number, which: 0 | 1 | 2): Random {
  const source = createRandom(seed);
  const streams = [source.fork('users'), source.fork('contacts'), source.fork('sub-customers')];
  return streams[which] as Random;
}

/**
 * The seeded records, the large tables still to generate: users are generated at once (every
 * request needs them), external contacts and member accounts when first asked for, from their
 * own random streams, so the records are the same whether or not they are asked for.
 */
export interface SeededParts {
  readonly enterprise: Enterprise;
  readonly departments: Department[];
  readonly users: DirectoryUser[];
  readonly organizations: Organization[];
  externalContacts(): ExternalContactRecord[];
  subCustomers(): SubCustomerRecord[];
}

/** The parts of {@link seedDirectory}, the contacts and member accounts generated on demand. */
export function seedDirectoryParts(seed: number = DEFAULT_SEED, size: number = DEFAULT_SIZE): SeededParts {
  if (!Number.isInteger(seed)) throw new TypeError(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`size must be a non-negative integer, got ${size}`);
  const userRandom = stream(seed, 0);
  const departments = departmentTree(seed, size);
  const users = fixedUsers(seed, departments);
  // Generated accounts never repeat one another (see seededAccounts); one that repeats a fixed
  // user's account takes the next free variant.
  const fixedAccounts = new Set(users.map((u) => u.userAccount));
  const fixedThirdAccounts = new Set(users.flatMap((u) => (u.thirdAccount === null ? [] : [u.thirdAccount])));
  const accounts = seededAccounts(userRandom.fork('accounts'), size);
  for (let i = 0; i < size; i++, accounts.next()) {
    const user = makeUser(userRandom, departments, undefined, accounts);
    if (fixedAccounts.has(user.userAccount)) user.userAccount = uniqueKey(user.userAccount, (key) => fixedAccounts.has(key));
    if (user.thirdAccount !== null && fixedThirdAccounts.has(user.thirdAccount)) user.thirdAccount = uniqueKey(user.thirdAccount, (key) => fixedThirdAccounts.has(key));
    users.push(user);
  }
  const owners = users.slice(0, Math.min(users.length, 12)).map((u) => u.userAccount);
  const orgs = organizations(seed, size);
  return {
    enterprise: seedEnterprise(seed),
    departments,
    users,
    organizations: orgs,
    externalContacts: () => {
      const contactRandom = stream(seed, 1);
      const contacts = fixedExternalContacts(seed);
      for (let i = 0; i < size; i++) contacts.push(makeExternalContact(contactRandom, owners));
      return contacts;
    },
    subCustomers: () => {
      const subRandom = stream(seed, 2);
      const subCustomers = fixedSubCustomers(seed, orgs);
      for (let i = 0; i < size; i++) subCustomers.push(makeSubCustomer(subRandom, orgs));
      return subCustomers;
    },
  };
}

/**
 * Builds every record of a directory from a seed: the fixed records first, then `size`
 * generated users, external contacts and member accounts. Pure and deterministic.
 */
export function seedDirectory(seed: number = DEFAULT_SEED, size: number = DEFAULT_SIZE): DirectorySnapshot {
  const parts = seedDirectoryParts(seed, size);
  const { enterprise, departments, users, organizations: orgs } = parts;
  for (const user of users) completeUser(user);
  return { seed, size, enterprise, departments, users, externalContacts: parts.externalContacts(), organizations: orgs, subCustomers: parts.subCustomers() };
}
