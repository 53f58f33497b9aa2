// The commands the READMEs and guides give, run from the repository checkout after the README's
// two commands (`npm ci && npm run build`): the workspace's own `npx hwcloud-directory-mock`
// must run the built CLI, never fall through to the registry.
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/packed-packages.js';

/**
 * `npx --no-install`: fails instead of downloading when the workspace does not provide the
 * command. In its own process group, so that stopping it stops the server npx started too.
 */
const npx = (args: string[]) => spawn('npx', ['--no-install', ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true });

describe('commands in a built checkout', () => {
  it('npx hwcloud-directory-mock --help prints the usage of the built CLI', () => {
    const result = spawnSync('npx', ['--no-install', 'hwcloud-directory-mock', '--help'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).not.toMatch(/404|not found/i);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: hwcloud-directory-mock /);
  });

  it('npx hwcloud-directory-mock --port 0 serves both APIs on 127.0.0.1 until stopped', async () => {
    const child = npx(['hwcloud-directory-mock', '--port', '0']);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`no "listening on" line within 30 s: ${output}`)), 30_000);
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
      const admins = await fetch(`${url}/v1/usg/dcs/corp/admin?limit=1`, { headers: { 'X-Access-Token': 'mock-static-admin-token-7f3c2a9e4b1d' } });
      expect(admins.status).toBe(200);
      expect(((await admins.json()) as { data: unknown[] }).data).toHaveLength(1);
      const members = await fetch(`${url}/v2/enterprises/multi-accounts/sub-customers?limit=1`, { headers: { 'X-Auth-Token': 'MIIPmock-iam-token-of-the-enterprise-master-account' } });
      expect(members.status).toBe(200);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(-child.pid!, 'SIGTERM');
        await exited;
      }
    }
  });
});
