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
