import { describe, expect, it } from 'vitest';
import { deref, loadBundle, type OpenApiDocument } from '../support/openapi-document.js';

// Transcribed from the vendor SDK models (UserInfo, ProxyTokenDto, UserVmrDto, CorpBasicInfoDto).
const USER_INFO_FIELDS = [
  'userId', 'ucloginAccount', 'serviceAccount', 'numberHA1', 'alias1', 'companyId', 'spId', 'companyDomain', 'realm', 'userType',
  'adminType', 'name', 'nameEn', 'isBindPhone', 'freeUser', 'thirdAccount', 'visionAccount', 'headPictureUrl', 'password', 'status',
  'paidAccount', 'paidPassword', 'weLinkUser', 'appId', 'tr069Account', 'corpType', 'cloudUserId', 'grayUser',
];
const PROXY_TOKEN_FIELDS = ['accessToken', 'longAccessToken', 'validPeriod', 'middleEndUrl', 'middleEndInnerUrl', 'enableRerouting'];
const USER_TYPES = [1, 2, 3, 10, 11, 12, 13, 14];

const meeting = loadBundle('meeting');
const schema = (name: string): OpenApiDocument => meeting.components.schemas[name];
const explained = (node: OpenApiDocument) => Object.keys(node['x-enum-descriptions'] ?? {}).sort();

describe('the Meeting schemas describe what the vendor SDK models declare', () => {
  it('lists the unassigned status (2) of a cloud meeting room, in the page’s string form', () => {
    const status = schema('UserVmrDTO').properties.status;
    expect(status.enum).toEqual(['0', '1', '2']);
    expect(status['x-enum-descriptions']['2']).toMatch(/unassigned/i);
  });

  it('explains each enterprise type: 0 flagship, 5 free, 6 standard', () => {
    const corpType = schema('CorpBasicInfoDTO').properties.corpType;
    expect(corpType.enum).toEqual([0, 5, 6]);
    expect(corpType['x-enum-descriptions']).toMatchObject({ '0': expect.stringMatching(/flagship/i), '5': expect.stringMatching(/free/i), '6': expect.stringMatching(/standard/i) });
  });

  it('describes every one of the 28 UserInfo fields of the login answer, ucloginAccount required', () => {
    const user = deref(meeting, schema('AuthTokenResult').properties.user);
    expect(Object.keys(user.properties).sort()).toEqual([...USER_INFO_FIELDS].sort());
    expect(user.required).toEqual(['ucloginAccount']);
    for (const [name, property] of Object.entries<OpenApiDocument>(user.properties)) expect(property.description, name).toBeTruthy();
    expect(user.properties.corpType.enum).toEqual([0, 5, 6]);
  });

  it('gives the vendor’s full userType table wherever a user type is returned', () => {
    expect(schema('AuthUserInfo').properties.userType.enum).toEqual(USER_TYPES);
    expect(explained(schema('AuthUserInfo').properties.userType)).toEqual(USER_TYPES.map(String).sort());
    for (const name of ['UserDetailDTO', 'SearchUserResultDTO']) {
      const userType = schema(name).properties.userType;
      expect(userType.enum, name).toEqual(expect.arrayContaining(USER_TYPES));
      expect(explained(userType), name).toEqual(userType.enum.map(String).sort());
    }
  });

  it('types proxyToken as the vendor’s ProxyTokenDto or null', () => {
    const proxyToken = schema('AuthTokenResult').properties.proxyToken;
    const variants = proxyToken.oneOf.map((v: OpenApiDocument) => deref(meeting, v));
    expect(variants.some((v: OpenApiDocument) => v.type === 'null')).toBe(true);
    const dto = variants.find((v: OpenApiDocument) => v.type === 'object');
    expect(Object.keys(dto.properties).sort()).toEqual([...PROXY_TOKEN_FIELDS].sort());
    expect(dto.required).toEqual(['accessToken']);
  });

  it('says the vendor Node SDK encodes only ASCII credentials correctly, not Latin-1', () => {
    const description: string = meeting.components.securitySchemes.accountPassword.description;
    expect(description).toMatch(/only ASCII/);
    expect(description).not.toMatch(/Latin-1 correctly/);
  });
});

describe('the BSS name filters follow the vendor’s "an empty string is a filter"', () => {
  it('no longer ignore an empty value nor use a two-quote literal', () => {
    const operation = loadBundle('bss').paths['/v2/enterprises/multi-accounts/sub-customers'].get;
    for (const param of ['sub_customer_account_name', 'sub_customer_display_name']) {
      const filter = operation['x-filters'].find((f: OpenApiDocument) => f.param === param);
      expect(filter.ignoreEmpty, param).toBeUndefined();
      expect(filter.emptyLiteral, param).toBeUndefined();
    }
    expect(operation['x-filters'].find((f: OpenApiDocument) => f.param === 'org_id').ignoreEmpty).toBe(true);
  });
});

// Transcribed from the vendor SDK models (CheckTokenResponse, UpdateTokenResponse, ValidateTokenReqDto).
const TOKEN_RESULT_FIELDS = [
  'accessToken', 'tokenIp', 'validPeriod', 'expireTime', 'createTime', 'user', 'clientType', 'forceLoginInd', 'firstLogin',
  'pwdExpired', 'daysPwdAvailable', 'proxyToken', 'delayDelete', 'tokenType', 'refreshToken', 'refreshValidPeriod',
  'refreshExpireTime', 'refreshCreateTime',
];

describe('the session operations send the token where the vendor pages say', () => {
  const operation = (path: string, method: string): OpenApiDocument => deref(meeting, meeting.paths[path])[method];
  const bodySchema = (op: OpenApiDocument) => deref(meeting, op.requestBody.content['application/json'].schema);
  const successSchema = (op: OpenApiDocument) => deref(meeting, op.responses['200'].content['application/json'].schema);

  it('checkToken takes the token in its body and needs no credential', () => {
    const check = operation('/v1/usg/acs/token/validate', 'post');
    const body = bodySchema(check);
    expect(Object.keys(body.properties).sort()).toEqual(['needAccountInfo', 'needGenNewToken', 'token']);
    expect([...body.required].sort()).toEqual(['needGenNewToken', 'token']);
    expect(check.security).toContainEqual({});
  });

  it('updateToken and deleteToken send X-Access-Token and no body', () => {
    for (const method of ['put', 'delete']) {
      const op = operation('/v1/usg/acs/token', method);
      expect(op.security, method).toEqual([{ accessToken: [] }]);
      expect(op.requestBody, method).toBeUndefined();
    }
  });

  it('checkToken and updateToken answer with every field of the vendor’s token responses', () => {
    for (const op of [operation('/v1/usg/acs/token/validate', 'post'), operation('/v1/usg/acs/token', 'put')]) {
      expect(Object.keys(successSchema(op).properties).sort()).toEqual([...TOKEN_RESULT_FIELDS].sort());
    }
  });

  it('deleteToken answers 200 with no body, and a deleted token then gets 401 USG.000000004', () => {
    const logout = operation('/v1/usg/acs/token', 'delete');
    expect(logout.responses['200'].content).toBeUndefined();
    expect(logout.description).toMatch(/401[\s\S]*USG\.000000004/);
    const unauthorized = deref(meeting, logout.responses['401']);
    const codes = Object.values<OpenApiDocument>(unauthorized.content['application/json'].examples).map((e) => deref(meeting, e).value.error_code);
    expect(codes).toContain('USG.000000004');
  });
});

// Transcribed from the vendor SDK models (CreateSubCustomerReqV2, NewCustomerV2, ListEnterpriseOrganizationsResponse,
// EmChildNodeV2) and the page "创建企业子账号" (permission items; new_sub_customer required).
const PERMISSION_IDS = ['READ_FINANCE_INFO', 'READ_CONSUME_BILL', 'SUBSTITUTE-OPEN-INVOICE', 'TAKE-OVER-OPEN-INVOICE', 'SHARE-CREDIT-TO-SUB', 'SHARE-BIZ-DISCOUNT-TO-SUB'];

describe('the BSS member-account and organization operations describe what the vendor declares', () => {
  const bss = loadBundle('bss');
  const create = deref(bss, bss.paths['/v2/enterprises/multi-accounts/sub-customers']).post;
  const tree = deref(bss, bss.paths['/v2/enterprises/multi-accounts/enterprise-organizations']).get;

  it('createSubEnterpriseAccount takes every body field, with the page’s required ones and lengths', () => {
    const body = deref(bss, create.requestBody.content['application/json'].schema);
    expect(Object.keys(body.properties).sort()).toEqual(
      ['display_name', 'financial_custody', 'new_sub_customer', 'party_id', 'permission_ids', 'sub_customer_association_type'],
    );
    expect([...body.required].sort()).toEqual(['new_sub_customer', 'party_id', 'sub_customer_association_type']);
    expect(body.properties.party_id.maxLength).toBe(20);
    expect(body.properties.sub_customer_association_type.enum).toEqual([1]);
    expect(body.properties.permission_ids.items.enum).toEqual(PERMISSION_IDS);
    const login = deref(bss, body.properties.new_sub_customer);
    expect(Object.keys(login.properties).sort()).toEqual(['customer_name', 'mobile_phone', 'password', 'use_pri_mobile_phone', 'verification_code']);
    expect([...login.required].sort()).toEqual(['customer_name', 'password']);
    expect([login.properties.customer_name.maxLength, login.properties.password.maxLength, login.properties.mobile_phone.maxLength]).toEqual([32, 32, 20]);
  });

  it('createSubEnterpriseAccount answers with no body and says how a taken login name is refused', () => {
    const success = Object.entries<OpenApiDocument>(create.responses).filter(([status]) => status.startsWith('2'));
    expect(success).toHaveLength(1);
    expect(success[0]![1].content).toBeUndefined();
    const rejected = deref(bss, create.responses['400']);
    const codes = Object.values<OpenApiDocument>(rejected.content['application/json'].examples).map((e) => e.value.error_code);
    expect(new Set(codes)).toEqual(new Set(['CBC.0100']));
    expect(Object.keys(rejected.content['application/json'].examples)).toContain('customerNameTaken');
  });

  it('listEnterpriseOrganizations is not paged and returns the tree of EmChildNodeV2 nodes', () => {
    expect(tree['x-paging']).toBeUndefined();
    expect(tree.parameters.map((p: OpenApiDocument) => deref(bss, p).name).sort()).toEqual(['parent_id', 'recursive_query']);
    const answer = deref(bss, tree.responses['200'].content['application/json'].schema);
    expect(Object.keys(answer.properties).sort()).toEqual(['child_nodes', 'root_id', 'root_name']);
    const node = deref(bss, answer.properties.child_nodes.items);
    expect(Object.keys(node.properties).sort()).toEqual(['child_nodes', 'id', 'name', 'relation_id']);
    expect(deref(bss, node.properties.child_nodes.items)).toBe(node);
  });
});

// Transcribed from the vendor SDK models (SearchUserResultDto, AddUserDto, ModUserDto, UserDto).
const SEARCH_USER_RESULT_FIELDS = [
  'id', 'userAccount', 'name', 'englishName', 'phone', 'country', 'email', 'vmrId', 'deptCode', 'deptNamePath', 'userType',
  'adminType', 'signature', 'title', 'desc', 'status', 'sortLevel', 'hidePhone', 'thirdAccount', 'visionAccount', 'license',
  'activeTime', 'activeCodeExpireTime', 'expireTime', 'activeCode',
];
const ADD_USER_FIELDS = [
  'name', 'englishName', 'account', 'thirdAccount', 'phone', 'country', 'pwd', 'email', 'deptCode', 'signature', 'title', 'desc',
  'status', 'function', 'sendNotify', 'sortLevel', 'hidePhone',
];
const MOD_USER_FIELDS = [
  'name', 'englishName', 'phone', 'country', 'email', 'vmrId', 'deptCode', 'signature', 'title', 'desc', 'status', 'sortLevel', 'hidePhone',
];
const USER_DTO_FIELDS = [
  'id', 'statusCode', 'account', 'name', 'englishName', 'email', 'phone', 'deptName', 'number', 'updateTime', 'isHardTerminal', 'vmrId',
  'signature', 'title', 'description', 'hidePhone', 'type', 'deptCodes',
];

describe('the user operations describe what the vendor pages and SDK models declare', () => {
  const operation = (path: string, method: string): OpenApiDocument => deref(meeting, meeting.paths[path])[method];
  const propertyNames = (node: OpenApiDocument) => Object.keys(deref(meeting, node).properties).sort();
  const parameter = (op: OpenApiDocument, name: string) => op.parameters.map((p: OpenApiDocument) => deref(meeting, p)).find((p: OpenApiDocument) => p.name === name);
  const jsonSchema = (node: OpenApiDocument) => deref(meeting, node.content['application/json'].schema);

  it('describes every field of the vendor’s SearchUserResultDto, AddUserDto, ModUserDto and UserDto', () => {
    expect(propertyNames(schema('SearchUsersResultDTO'))).toEqual([...SEARCH_USER_RESULT_FIELDS].sort());
    expect(propertyNames(schema('AddUserDTO'))).toEqual([...ADD_USER_FIELDS].sort());
    expect(propertyNames(schema('ModUserDTO'))).toEqual([...MOD_USER_FIELDS].sort());
    expect(propertyNames(schema('UserDTO'))).toEqual([...USER_DTO_FIELDS].sort());
    expect(schema('AddUserDTO').required).toEqual(['name']);
    expect(schema('ModUserDTO').required).toBeUndefined();
  });

  it('answers addUser and updateUser with the user details showUserDetail returns', () => {
    const detail = schema('UserDetailDTO');
    for (const op of [operation('/v1/usg/dcs/corp/member', 'post'), operation('/v1/usg/dcs/corp/member/{account}', 'put')]) {
      expect(jsonSchema(op.responses['200'])).toBe(detail);
    }
  });

  it('lists ordinary users by default in searchUsers and takes the page’s four user types', () => {
    const userType = deref(meeting, parameter(operation('/v1/usg/dcs/corp/member', 'get'), 'userType').schema);
    expect(userType.default).toEqual([2]);
    expect(userType.items.enum).toEqual([2, 12, 13, 14]);
    expect(Object.keys(userType.items['x-enum-descriptions']).sort()).toEqual(['12', '13', '14', '2']);
  });

  it('follows the page’s limit default of 100 for the corporate directory, not the SDK’s 10', () => {
    const limit = parameter(operation('/v1/usg/abs/users', 'get'), 'limit');
    expect(deref(meeting, limit.schema).default).toBe(100);
    expect(limit.description).toMatch(/Departs from the vendor SDK/);
  });

  it('takes 1 to 200 users in batchShowUserDetails and explains each per-user statusCode', () => {
    const op = operation('/v1/usg/abs/users/list', 'post');
    const body = jsonSchema(op.requestBody);
    expect([body.minItems, body.maxItems]).toEqual([1, 200]);
    const statusCode = schema('UserDTO').properties.statusCode;
    expect(statusCode.enum).toEqual([0, 1, 2, 3]);
    expect(explained(statusCode)).toEqual(['0', '1', '2', '3']);
    expect(schema('UserDTO').properties.type.enum).toEqual(expect.arrayContaining(['NORMAL_USER', 'HARD_TERMINAL', 'WHITE_BOARD', 'HW_VISION_MEMBER', 'IDEA_HUB_MEMBER']));
  });

  it('refuses a used account with USG.201040001 and an unknown department with USG.201050000, both as HTTP 400', () => {
    const examples = (op: OpenApiDocument) =>
      Object.values<OpenApiDocument>(op.responses['400'].content['application/json'].examples).map((e) => deref(meeting, e).value.error_code);
    expect(examples(operation('/v1/usg/dcs/corp/member', 'post'))).toEqual(expect.arrayContaining(['USG.201040001', 'USG.201050000']));
    expect(examples(operation('/v1/usg/dcs/corp/member/{account}', 'put'))).toEqual(expect.arrayContaining(['USG.201040000', 'USG.201050000']));
    for (const path of ['/v1/usg/dcs/corp/member/delete', '/v1/usg/dcs/corp/member/status/{value}']) {
      const op = deref(meeting, meeting.paths[path]);
      const method = Object.keys(op)[0]!;
      expect(examples(op[method]), path).toContain('USG.201040000');
      expect(op[method].responses['200'].content, `${path} answers an empty body`).toBeUndefined();
    }
  });

  it('marks the older REST search deprecated in favour of searchUsers', () => {
    const legacy = operation('/rest/usg/datacenter/v1/corp/member/search', 'post');
    expect(legacy.deprecated).toBe(true);
    expect(legacy.description).toMatch(/Use `searchUsers`/);
  });
});

// Transcribed from the vendor SDK models DeptDto, ModDeptDto, QueryDeptResultDto, ShowDepartmentResponse,
// ChildDeptDto, IdMarkDto and CorpAdminDto, with the limits of the Adding/Modifying a Department pages.
const DEPT_FIELDS = ['deptCode', 'deptName', 'parentDeptCode', 'note', 'inPermission', 'outPermission', 'designatedOutDeptCodes', 'sortLevel'];
const QUERY_DEPT_RESULT_FIELDS = [
  'deptCode', 'deptLevel', 'deptName', 'deptNamePath', 'isLeafNode', 'parentDeptCode', 'deptCodePath', 'note', 'corpId',
  'inPermission', 'outPermission', 'designatedOutDeptCodes', 'sortLevel',
];
const OUT_PERMISSIONS = ['UNLIMITED', 'ONLY_SELF', 'SELF_AND_CHILD_DEPARTMENT', 'DESIGNATED_DEPARTMENT'];

describe('the department and administrator operations follow the vendor pages and SDK models', () => {
  const operationAt = (path: string, method: string): OpenApiDocument => deref(meeting, meeting.paths[path])[method];
  const jsonSchemaOf = (node: OpenApiDocument) => deref(meeting, node.content['application/json'].schema);
  const propertiesOf = (node: OpenApiDocument): OpenApiDocument =>
    node.allOf ? Object.assign({}, ...node.allOf.map((part: OpenApiDocument) => propertiesOf(deref(meeting, part)))) : node.properties;
  const operations: [string, string, string][] = [
    ['/v1/usg/dcs/corp/dept', 'post', 'addDepartment'],
    ['/v1/usg/dcs/corp/dept/{dept_code}', 'put', 'updateDepartment'],
    ['/v1/usg/dcs/corp/dept/{dept_code}', 'delete', 'deleteDepartment'],
    ['/v1/usg/abs/departments/{dept_code}', 'get', 'showDepartment'],
    ['/v1/usg/dcs/member/dept', 'get', 'searchDepartmentByName'],
    ['/v1/usg/dcs/member/dept/{dept_code}', 'get', 'showDeptAndChildDept'],
    ['/v1/usg/dcs/corp/admin', 'post', 'addCorpAdmin'],
    ['/v1/usg/dcs/corp/admin/{account}', 'get', 'showCorpAdmin'],
    ['/v1/usg/dcs/corp/admin/delete', 'post', 'batchDeleteCorpAdmins'],
  ];

  it.each(operations)('%s %s is %s, sends X-Access-Token and documents exactly 200, 400, 401, 403 and 500', (path, method, operationId) => {
    const op = operationAt(path, method);
    expect(op.operationId).toBe(operationId);
    expect(op.security).toEqual([{ accessToken: [] }]);
    expect(Object.keys(op.responses).sort()).toEqual(['200', '400', '401', '403', '500']);
  });

  it('takes every DeptDto field when adding, with the page’s lengths, the root as default parent and only the name required', () => {
    const body = jsonSchemaOf(operationAt('/v1/usg/dcs/corp/dept', 'post').requestBody);
    expect(Object.keys(body.properties).sort()).toEqual([...DEPT_FIELDS].sort());
    expect(body.required).toEqual(['deptName']);
    const field = (name: string) => deref(meeting, body.properties[name]);
    expect([field('deptName').minLength, field('deptName').maxLength]).toEqual([1, 128]);
    expect([field('deptCode').maxLength, field('parentDeptCode').maxLength, field('note').maxLength]).toEqual([32, 32, 96]);
    expect(field('parentDeptCode').default).toBe('1');
    expect(field('inPermission').default).toBe('UNLIMITED');
    expect(field('designatedOutDeptCodes').maxItems).toBe(150);
    expect([field('sortLevel').minimum, field('sortLevel').maximum]).toEqual([1, 10000]);
    expect(field('outPermission').enum).toEqual(OUT_PERMISSIONS);
    expect(explained(field('outPermission'))).toEqual([...OUT_PERMISSIONS].sort());
  });

  it('changes only the ModDeptDto fields it is sent: nothing is required and no field has a default', () => {
    const body = jsonSchemaOf(operationAt('/v1/usg/dcs/corp/dept/{dept_code}', 'put').requestBody);
    expect(Object.keys(body.properties).sort()).toEqual(DEPT_FIELDS.filter((name) => name !== 'deptCode').sort());
    expect(body.required).toBeUndefined();
    for (const [name, property] of Object.entries<OpenApiDocument>(body.properties)) expect(deref(meeting, property).default, name).toBeUndefined();
  });

  it('answers the department queries with the SDK’s fields, sub-departments included', () => {
    expect(Object.keys(schema('QueryDeptResultDTO').properties).sort()).toEqual([...QUERY_DEPT_RESULT_FIELDS].sort());
    const tree = jsonSchemaOf(operationAt('/v1/usg/dcs/member/dept/{dept_code}', 'get').responses['200']);
    expect(Object.keys(propertiesOf(tree)).sort()).toEqual([...QUERY_DEPT_RESULT_FIELDS, 'childDepts'].sort());
    const byName = jsonSchemaOf(operationAt('/v1/usg/dcs/member/dept', 'get').responses['200']);
    expect(byName.type).toBe('array');
    expect(deref(meeting, byName.items)).toBe(schema('QueryDeptResultDTO'));
    const info = jsonSchemaOf(operationAt('/v1/usg/abs/departments/{dept_code}', 'get').responses['200']);
    expect(Object.keys(info.properties).sort()).toEqual(['childDepts', 'deptCode', 'deptName', 'isLeafNodes']);
    expect(Object.keys(deref(meeting, info.properties.childDepts.items).properties).sort()).toEqual(['deptCode', 'deptName', 'isLeafNodes']);
    expect(Object.keys(schema('IdMarkDTO').properties).sort()).toEqual(['id', 'mark']);
  });

  it('returns the new department’s code from addDepartment and an empty body from the other writes', () => {
    const added = jsonSchemaOf(operationAt('/v1/usg/dcs/corp/dept', 'post').responses['200']);
    expect(Object.keys(added.properties)).toEqual(['value']);
    for (const [path, method] of [
      ['/v1/usg/dcs/corp/dept/{dept_code}', 'put'],
      ['/v1/usg/dcs/corp/dept/{dept_code}', 'delete'],
      ['/v1/usg/dcs/corp/admin', 'post'],
      ['/v1/usg/dcs/corp/admin/delete', 'post'],
    ] as const) {
      expect(operationAt(path, method).responses['200'].content, `${method} ${path}`).toBeUndefined();
    }
  });

  it('adds one administrator by account and deletes 1 to 100 at once, as the pages give the batch limit', () => {
    const add = jsonSchemaOf(operationAt('/v1/usg/dcs/corp/admin', 'post').requestBody);
    expect(Object.keys(add.properties)).toEqual(['account']);
    expect(add.required).toEqual(['account']);
    const batch = jsonSchemaOf(operationAt('/v1/usg/dcs/corp/admin/delete', 'post').requestBody);
    expect([batch.type, batch.minItems, batch.maxItems]).toEqual(['array', 1, 100]);
    expect(deref(meeting, batch.items).type).toBe('string');
  });

  it('answers showCorpAdmin with the item searchCorpAdmins lists, and the vendor’s example requests first', () => {
    const shown = jsonSchemaOf(operationAt('/v1/usg/dcs/corp/admin/{account}', 'get').responses['200']);
    const listed = deref(meeting, jsonSchemaOf(operationAt('/v1/usg/dcs/corp/admin', 'get').responses['200']).properties.data.items);
    expect(shown).toBe(listed);
    const firstRequestExample = (path: string) =>
      Object.entries<OpenApiDocument>(operationAt(path, 'post').requestBody.content['application/json'].examples)[0]!;
    expect(firstRequestExample('/v1/usg/dcs/corp/admin')).toEqual(['vendorExample', expect.objectContaining({ value: { account: 'test006' } })]);
    expect(firstRequestExample('/v1/usg/dcs/corp/admin/delete')).toEqual(['vendorExample', expect.objectContaining({ value: ['test006'] })]);
  });
});
