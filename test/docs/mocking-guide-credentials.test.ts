// The Mocking guide's test credentials, for readers who do not use JavaScript: the values it
// prints are the package's `testCredentials` (so they cannot drift), and each of its curl
// commands for the standalone mock server logs in or calls with them successfully.
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCredentials } from '@hwcloud-directory/mocks';
import { startMockServer, type MockServer } from '../../packages/mocks/src/node.js';
import { repoRoot } from './support/doc-snippets.js';

const guide = readFileSync(join(repoRoot, 'docs/guides/mocking.md'), 'utf8');
const section = guide.slice(guide.indexOf('### Test credentials'));

/** The guide's credentials table: first column -> the value in backticks of the second. */
function credentialsTable(): Map<string, string> {
  const rows = [...section.matchAll(/^\| ([^|]+?) \| `([^`]+)` \|/gm)];
  return new Map(rows.map((row) => [row[1]!, row[2]!]));
}

/** The ```sh blocks of the test-credentials section, in order. */
function shellBlocks(): string[] {
  return [...section.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

const missingTools = ['curl', 'openssl'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);

describe('the Mocking guide\'s test credentials', () => {
  it('prints every value of testCredentials, each equal to the package\'s', () => {
    expect(Object.fromEntries(credentialsTable())).toEqual({
      'admin account': testCredentials.admin.account,
      'admin password': testCredentials.admin.password,
      'member account': testCredentials.member.account,
      'member password': testCredentials.member.password,
      'App ID': testCredentials.app.appId,
      'App Key': testCredentials.app.appKey,
      'admin access token': testCredentials.accessToken,
      'member access token': testCredentials.memberAccessToken,
      'IAM token': testCredentials.iamToken,
      AK: testCredentials.accessKey.ak,
      SK: testCredentials.accessKey.sk,
    });
  });

  it('uses the package\'s values in its curl commands', () => {
    const [account, appId, iam, akSk] = shellBlocks();
    expect(account).toContain(`--user '${testCredentials.admin.account}:${testCredentials.admin.password}'`);
    expect(appId).toContain(`APP_ID='${testCredentials.app.appId}'`);
    expect(appId).toContain(`APP_KEY='${testCredentials.app.appKey}'`);
    expect(iam).toContain(`X-Auth-Token: ${testCredentials.iamToken}`);
    expect(akSk).toContain(`AK='${testCredentials.accessKey.ak}'`);
    expect(akSk).toContain(`SK='${testCredentials.accessKey.sk}'`);
  });

  describe.skipIf(missingTools.length > 0)(`against the standalone mock server${missingTools.length ? ` (SKIPPED: ${missingTools.join(', ')} missing)` : ''}`, () => {
    let server: MockServer;
    beforeAll(async () => {
      server = await startMockServer({ seed: 42 });
    });
    afterAll(async () => {
      await server?.close();
    });

    it.each([
      ['logs in with the account and password', 0, 'accessToken'],
      ['logs in with the App ID and App Key', 1, 'accessToken'],
      ['calls BSS with the IAM token', 2, 'total_count'],
      ['calls BSS signed with the AK/SK', 3, 'total_count'],
    ])('%s, as the guide\'s curl command shows', async (_name, index, field) => {
      // The guide's port 4010 becomes this server's, in the URL and in the signed Host header.
      const script = shellBlocks()[index]!.replaceAll('127.0.0.1:4010', `127.0.0.1:${server.port}`);
      // Run asynchronously: the mock server answers on this process's event loop.
      const run = await promisify(execFile)('bash', ['-c', `set -eo pipefail\n${script.replace(/^curl /m, 'curl --silent --show-error --fail-with-body ')}`], { encoding: 'utf8', timeout: 10_000 });
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toHaveProperty(field);
    });
  });
});
