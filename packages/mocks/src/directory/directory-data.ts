// A directory given as JSON (a team's own departments and users): its documented shape, its
// validation, and the records it loads as, checked by the store's own rules.

import { createRandom, hashString } from './prng.js';
import { createTables, type DirectoryTables } from './directory-tables.js';
import { EPOCH_ORIGIN_MS, SUB_CUSTOMER_STATUSES } from './record-factory.js';
import type { Department, DirectoryUser, Enterprise, ExternalContactRecord, Organization, SubCustomerRecord, Vmr } from './records.js';
import { ROOT_DEPT_CODE } from './seed-directory.js';

/**
 * A directory as JSON. Every list is optional and an absent list is empty: the data is the
 * whole directory. `directory.snapshot()` is valid data (its `seed`, `size` and `deptNamePath`
 * are ignored: paths are derived from the tree).
 * @example
 * { "departments": [{ "deptCode": "1", "deptName": "Acme" }, { "deptCode": "1001", "deptName": "R&D", "parentDeptCode": "1" }],
 *   "users": [{ "userAccount": "admin", "name": "Admin", "adminType": 0 }, { "userAccount": "li.lei", "name": "李雷", "deptCode": "1001" }] }
 */
export interface DirectoryData {
  /** Fields of the enterprise (CorpBasicInfoDTO) over the seeded one's. */
  enterprise?: Partial<Enterprise>;
  /**
   * The tree: exactly one root, code "1" with `parentDeptCode` null or absent; any other department's parent defaults to "1". Any order.
   * Settings as addDepartment takes them, each optional: `note`, `inPermission`, `outPermission`, `designatedOutDeptCodes`, `sortLevel`.
   */
  departments?: DepartmentData[];
  /** Users: `userAccount` and `name` required; the other fields default as the vendor's AddUser does (root department, status 0, not an administrator, sortLevel 10000, contact fields null). At most one `adminType` 0. */
  users?: UserData[];
  /** External contacts: `name` required, `type` CORP by default; a PERSONAL one names its owner's account in `ownerAccount`. */
  externalContacts?: ExternalContactData[];
  /** BSS organisations: `org_id` required, `org_name` empty by default. */
  organizations?: OrganizationData[];
  /** BSS member accounts: `name` and `org_id` (an organisation of the data) required; `org_name` comes from the organisation. */
  subCustomers?: SubCustomerData[];
  /** Ignored (present in snapshots). */
  seed?: number;
  size?: number;
}

/** A department of {@link DirectoryData}, with its settings (DeptDTO) when it has any. */
export type DepartmentData = Pick<Department, 'deptCode' | 'deptName'> & Partial<Omit<Department, 'deptCode' | 'deptName'>>;
/** A user of {@link DirectoryData}; its meeting rooms need a `vmrId` only. */
export type UserData = Pick<DirectoryUser, 'userAccount' | 'name'> & Partial<Omit<DirectoryUser, 'vmrList'>> & { vmrList?: VmrData[] };
/** A meeting room of a {@link UserData}. */
export type VmrData = Pick<Vmr, 'vmrId'> & Partial<Vmr>;
/** A BSS organisation of {@link DirectoryData}. */
export type OrganizationData = Pick<Organization, 'org_id'> & Partial<Organization>;
/** An external contact of {@link DirectoryData}. */
export type ExternalContactData = Pick<ExternalContactRecord, 'name'> & Partial<ExternalContactRecord>;
/** A BSS member account of {@link DirectoryData}. */
export type SubCustomerData = Pick<SubCustomerRecord, 'name' | 'org_id'> & Partial<SubCustomerRecord>;

/** Directory data that is not valid: `record` names the record at fault (`users[3]`), or the section. */
export class DirectoryDataError extends Error {
  readonly record: string;

  constructor(record: string, detail: string) {
    super(`invalid directory data: ${record}: ${detail}`);
    this.name = 'DirectoryDataError';
    this.record = record;
  }
}

/** The records of valid data, in the order given (departments parents first). */
export interface DirectoryRecords {
  readonly enterprise: Enterprise;
  readonly departments: Department[];
  readonly users: DirectoryUser[];
  readonly externalContacts: ExternalContactRecord[];
  readonly organizations: Organization[];
  readonly subCustomers: SubCustomerRecord[];
}

/** A check of a field's value, with what it expects for messages. */
interface Check {
  readonly expected: string;
  test(value: unknown): boolean;
}
const check = (expected: string, test: (value: unknown) => boolean): Check => ({ expected, test });
const text = check('a string', (v) => typeof v === 'string');
const word = check('a non-empty string', (v) => typeof v === 'string' && v !== '');
const integer = check('an integer', (v) => Number.isSafeInteger(v));
const bool = check('true or false', (v) => typeof v === 'boolean');
const array = check('an array', (v) => Array.isArray(v));
const maybe = (inner: Check): Check => check(`${inner.expected} or null`, (v) => v === null || inner.test(v));
const oneOf = (...values: readonly unknown[]): Check => check(`one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, (v) => values.includes(v));
const textUpTo = (max: number): Check => check(`a string of at most ${max} characters`, (v) => typeof v === 'string' && v.length <= max);
const integerIn = (min: number, max: number): Check => check(`an integer from ${min} to ${max}`, (v) => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max);
const listOf = (item: Check, max: number): Check =>
  check(`an array of at most ${max} items, each ${item.expected}`, (v) => Array.isArray(v) && v.length <= max && v.every((entry) => item.test(entry)));

/** The fields each record may have, with their checks; the ones listed in `required` must be there. */
const SHAPES = {
  enterprise: {
    required: [],
    fields: {
      id: word, name: text, address: maybe(text), adminName: text, account: text, phone: maybe(text), country: text, email: maybe(text),
      enableSMS: bool, enableCloudDisk: bool, enablePstn: bool, autoUserCreate: bool, corpType: oneOf(0, 5, 6),
    },
  },
  // The settings as DeptDTO and ModDeptDTO define them (openapi/meeting/components/schemas/).
  department: {
    required: ['deptCode', 'deptName'],
    fields: {
      deptCode: word, deptName: word, parentDeptCode: maybe(word), deptNamePath: text, note: textUpTo(96), inPermission: oneOf('UNLIMITED', 'OPEN'),
      outPermission: oneOf('UNLIMITED', 'ONLY_SELF', 'SELF_AND_CHILD_DEPARTMENT', 'DESIGNATED_DEPARTMENT'), designatedOutDeptCodes: listOf(word, 150), sortLevel: integerIn(1, 10_000),
    },
  },
  user: {
    required: ['userAccount', 'name'],
    fields: {
      id: word, userAccount: word, thirdAccount: maybe(word), name: word, englishName: maybe(text), phone: maybe(text), country: text,
      email: maybe(text), deptCode: word, userType: oneOf(1, 2, 3, 10, 11, 12, 13, 14), adminType: oneOf(0, 1, 2), status: oneOf(0, 1),
      signature: maybe(text), desc: maybe(text), title: maybe(text), sipNum: maybe(text), hidePhone: bool, license: oneOf(0, 1),
      sortLevel: integer, visionAccount: maybe(text), activeTime: integer, vmrList: array,
    },
  },
  vmr: {
    required: ['vmrId'],
    fields: {
      id: word, vmrId: word, vmrName: text, vmrMode: oneOf(0, 1, 2), vmrPkgId: maybe(text), vmrPkgName: maybe(text),
      vmrPkgParties: maybe(integer), vmrPkgLength: maybe(integer), status: oneOf('0', '1', '2'),
    },
  },
  externalContact: {
    required: ['name'],
    fields: {
      id: word, name: text, type: oneOf('PERSONAL', 'CORP'), ownerAccount: maybe(word), otherNumber: maybe(text), otherNumberCountry: maybe(text),
      country: maybe(text), phone: maybe(text), email: maybe(text), corpName: maybe(text), deptName: maybe(text), position: maybe(text),
      address: maybe(text), remarks: maybe(text), customNumber: maybe(text), updateTime: integer,
    },
  },
  organization: { required: ['org_id'], fields: { org_id: word, org_name: text } },
  subCustomer: {
    required: ['name', 'org_id'],
    fields: { id: word, name: text, display_name: text, status: oneOf(...SUB_CUSTOMER_STATUSES), org_id: word, org_name: text },
  },
} as const satisfies Record<string, { required: readonly string[]; fields: Record<string, Check> }>;

function checkShape(path: string, value: unknown, shape: { readonly required: readonly string[]; readonly fields: Readonly<Record<string, Check>> }): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DirectoryDataError(path, `expected an object, got ${describe(value)}`);
  const record = value as Record<string, unknown>;
  for (const field of shape.required) if (record[field] === undefined) throw new DirectoryDataError(path, `"${field}" is required`);
  for (const [field, fieldValue] of Object.entries(record)) {
    const check = shape.fields[field];
    if (!check) throw new DirectoryDataError(path, `unknown field "${field}"; the fields are ${Object.keys(shape.fields).join(', ')}`);
    if (fieldValue !== undefined && !check.test(fieldValue)) throw new DirectoryDataError(path, `"${field}" must be ${check.expected}, got ${describe(fieldValue)}`);
  }
  return record;
}

function describe(value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function list(data: Record<string, unknown>, key: string): unknown[] {
  const value = data[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new DirectoryDataError(key, `expected an array, got ${describe(value)}`);
  return value;
}

/** A stable 32-digit hex id for a record given without one. */
function derivedId(kind: string, key: string): string {
  return createRandom(hashString(`${kind}:${key}`)).hex(32);
}

/** A label naming a record in messages: its position and its key. */
function label(section: string, index: number, key: unknown): string {
  return typeof key === 'string' ? `${section}[${index}] ("${key}")` : `${section}[${index}]`;
}

/** Departments parents first, otherwise in the order given; a missing parent or a department that is its own ancestor is an error. */
function treeOrder(departments: Department[], labels: Map<Department, string>): Department[] {
  const byCode = new Map<string, Department>();
  for (const dept of departments) {
    if (byCode.has(dept.deptCode)) throw new DirectoryDataError(labels.get(dept) as string, `deptCode "${dept.deptCode}" is used twice; codes are unique`);
    byCode.set(dept.deptCode, dept);
  }
  const roots = departments.filter((d) => d.parentDeptCode === null);
  if (roots.length === 0 || !byCode.has(ROOT_DEPT_CODE)) throw new DirectoryDataError('departments', `the root department (deptCode "${ROOT_DEPT_CODE}", parentDeptCode null) is missing`);
  const stray = roots.find((d) => d.deptCode !== ROOT_DEPT_CODE) ?? (byCode.get(ROOT_DEPT_CODE)?.parentDeptCode !== null ? byCode.get(ROOT_DEPT_CODE) : undefined);
  if (stray) throw new DirectoryDataError(labels.get(stray) as string, `only the root department "${ROOT_DEPT_CODE}" has no parent; give this one a parentDeptCode`);
  for (const dept of departments) {
    if (dept.parentDeptCode !== null && !byCode.has(dept.parentDeptCode)) throw new DirectoryDataError(labels.get(dept) as string, `parentDeptCode "${dept.parentDeptCode}" names no department`);
  }
  // The order given where parents come first; a department listed before its parent follows it.
  const ordered: Department[] = [];
  const placed = new Set<string>();
  const waiting = new Map<string, Department[]>();
  const place = (dept: Department) => {
    ordered.push(dept);
    placed.add(dept.deptCode);
    const children = waiting.get(dept.deptCode) ?? [];
    waiting.delete(dept.deptCode);
    for (const child of children) place(child);
  };
  for (const dept of departments) {
    if (dept.parentDeptCode === null || placed.has(dept.parentDeptCode)) place(dept);
    else waiting.set(dept.parentDeptCode, [...(waiting.get(dept.parentDeptCode) ?? []), dept]);
  }
  if (ordered.length < departments.length) {
    const cyclic = departments.find((d) => !placed.has(d.deptCode)) as Department;
    throw new DirectoryDataError(labels.get(cyclic) as string, `department "${cyclic.deptCode}" is its own ancestor (its parents form a cycle)`);
  }
  return ordered;
}

/** Adds a record through the store's rules; a refusal is an error naming the record. */
function admit<T>(result: { ok: true; value: T } | { ok: false; message: string }, where: string): T {
  if (!result.ok) throw new DirectoryDataError(where, result.message);
  return result.value;
}

/**
 * Checks directory data and turns it into records: the shape of every record (types, known
 * fields, required fields), then the store's rules (unique keys, existing departments and
 * organisations, owners of personal contacts, one root, no cycle, one default administrator).
 * @param seededEnterprise the enterprise the data's `enterprise` fields go over
 * @throws DirectoryDataError naming the first bad record
 */
export function directoryRecords(input: unknown, seededEnterprise: Enterprise): DirectoryRecords {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new DirectoryDataError('(root)', `expected an object with "departments", "users", ..., got ${describe(input)}`);
  const data = input as Record<string, unknown>;
  const sections = ['enterprise', 'departments', 'users', 'externalContacts', 'organizations', 'subCustomers', 'seed', 'size'];
  for (const key of Object.keys(data)) if (!sections.includes(key)) throw new DirectoryDataError('(root)', `unknown section "${key}"; the sections are ${sections.slice(0, 6).join(', ')}`);
  const enterprise = { ...seededEnterprise, ...(data.enterprise === undefined ? {} : checkShape('enterprise', data.enterprise, SHAPES.enterprise)) } as Enterprise;

  const tables: DirectoryTables = createTables(createRandom(0), () => {});
  const labels = new Map<Department, string>();
  const departments = list(data, 'departments').map((value, i) => {
    const raw = checkShape(label('departments', i, (value as Department | null)?.deptCode), value, SHAPES.department) as DepartmentData;
    const parent = raw.parentDeptCode === undefined ? (raw.deptCode === ROOT_DEPT_CODE ? null : ROOT_DEPT_CODE) : raw.parentDeptCode;
    const dept: Department = { ...raw, parentDeptCode: parent, deptNamePath: raw.deptName };
    if (raw.designatedOutDeptCodes !== undefined) dept.designatedOutDeptCodes = [...raw.designatedOutDeptCodes];
    labels.set(dept, label('departments', i, dept.deptCode));
    return dept;
  });
  for (const dept of treeOrder(departments, labels)) admit(tables.departments.tryAdd(dept), labels.get(dept) as string);

  let defaultAdmin: string | null = null;
  list(data, 'users').forEach((value, i) => {
    const where = label('users', i, (value as DirectoryUser | null)?.userAccount);
    const raw = checkShape(where, value, SHAPES.user) as UserData;
    const vmrList = (raw.vmrList ?? []).map((vmr, j) => {
      const vmrRaw = checkShape(`${where}.vmrList[${j}]`, vmr, SHAPES.vmr) as VmrData;
      return { id: derivedId('vmr', vmrRaw.vmrId), vmrName: '', vmrMode: 0, vmrPkgId: null, vmrPkgName: null, vmrPkgParties: null, vmrPkgLength: null, status: '0', ...vmrRaw } satisfies Vmr;
    });
    if (raw.adminType === 0) {
      if (defaultAdmin !== null) throw new DirectoryDataError(where, `"${defaultAdmin}" is already the default administrator (adminType 0); there is one`);
      defaultAdmin = raw.userAccount;
    }
    const user: DirectoryUser = {
      id: derivedId('user', raw.userAccount), thirdAccount: null, englishName: null, phone: null,
      country: 'chinaPR', email: null, deptCode: ROOT_DEPT_CODE, userType: 2, adminType: 2, status: 0, signature: null, desc: null, title: null,
      sipNum: null, hidePhone: false, license: 0, sortLevel: 10_000, visionAccount: null, activeTime: EPOCH_ORIGIN_MS, ...raw, vmrList,
    };
    admit(tables.users.tryAdd(user), where);
  });

  list(data, 'externalContacts').forEach((value, i) => {
    const where = label('externalContacts', i, (value as ExternalContactRecord | null)?.id);
    const raw = checkShape(where, value, SHAPES.externalContact) as ExternalContactData;
    const contact: ExternalContactRecord = {
      id: derivedId('contact', `${i}:${raw.name}`), type: 'CORP', ownerAccount: null, otherNumber: null, otherNumberCountry: null,
      country: null, phone: null, email: null, corpName: null, deptName: null, position: null, address: null, remarks: null, customNumber: null,
      updateTime: EPOCH_ORIGIN_MS, ...raw,
    };
    admit(tables.externalContacts.tryAdd(contact), where);
  });

  list(data, 'organizations').forEach((value, i) => {
    const where = label('organizations', i, (value as Organization | null)?.org_id);
    const raw = checkShape(where, value, SHAPES.organization) as OrganizationData;
    admit(tables.organizations.tryAdd({ org_name: '', ...raw }), where);
  });

  list(data, 'subCustomers').forEach((value, i) => {
    const where = label('subCustomers', i, (value as SubCustomerRecord | null)?.name);
    const raw = checkShape(where, value, SHAPES.subCustomer) as SubCustomerData;
    const member: SubCustomerRecord = { id: derivedId('sub-customer', raw.name).toUpperCase(), display_name: raw.name, status: 1, org_name: '', ...raw };
    admit(tables.subCustomers.tryAdd(member), where);
  });

  return {
    enterprise,
    departments: [...tables.departments.all()],
    users: [...tables.users.all()],
    externalContacts: [...tables.externalContacts.all()],
    organizations: [...tables.organizations.all()],
    subCustomers: [...tables.subCustomers.all()],
  };
}
