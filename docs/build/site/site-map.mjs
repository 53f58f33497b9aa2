/**
 * What the site contains and in which order the navigation lists it. Guides are
 * docs/guides/<slug>.md, rendered to guides/<slug>.html; each API reference is rendered
 * from generated/<api>.openapi.json to reference/<api>.html.
 */
export const GUIDES = [
  { slug: 'getting-started', title: 'Getting started', summary: 'Install the client and make a first call.' },
  { slug: 'authentication', title: 'Authentication', summary: 'Access token, account and password, App ID, legacy Basic, IAM token and AK/SK.' },
  { slug: 'paging', title: 'Paging', summary: 'The three paging dialects and the offset-past-the-end quirk.' },
  { slug: 'errors', title: 'Errors', summary: 'Every vendor error code the APIs use, with its HTTP status and meaning.' },
  { slug: 'mocking', title: 'Mocking in frontend tests', summary: 'Vitest with MSW, scenarios, and the standalone mock server.' },
  { slug: 'syncing-a-directory', title: 'Syncing a directory from an HR system', summary: 'Departments and users kept in step with an external directory, run after run.' },
  { slug: 'migrating-legacy-search', title: 'Migrating off the legacy member search', summary: 'From POST /rest/usg/datacenter/v1/corp/member/search to GET /v1/usg/dcs/corp/member.' },
  { slug: 'changelog', title: 'Changelog', summary: 'What changed in the descriptions, client, mocks and docs.' },
];

export const APIS = [
  { api: 'meeting', title: 'Meeting API reference', short: 'Meeting', summary: 'Huawei Cloud Meeting: external contacts, administrators, users, tokens.' },
  { api: 'bss', title: 'BSS API reference', short: 'BSS', summary: 'Huawei Cloud BSS (Enterprise Center): enterprise member accounts.' },
];
