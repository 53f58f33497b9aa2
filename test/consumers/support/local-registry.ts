// A local npm registry (Verdaccio) for the release rehearsal, started and stopped by the test.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { consumersTmp, repoRoot } from './packed-packages.js';

export interface LocalRegistry {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  /**
   * Writes a project `.npmrc` that points npm at this registry and nowhere else; with `publish`,
   * also a token (npm publish wants one; Verdaccio takes any for our scope).
   */
  pointAt(dir: string, options?: { publish?: boolean }): Promise<void>;
  stop(): Promise<void>;
}

/** The registry this machine's npm uses (`npm config get registry`): the local registry's uplink. */
export function upstreamRegistry(): string {
  return execFileSync('npm', ['config', 'get', 'registry'], { cwd: repoRoot, encoding: 'utf8' }).trim();
}

/**
 * Starts Verdaccio on 127.0.0.1 on a port the OS chooses. Packages of our scope are published to
 * it anonymously and never looked up upstream; others come through the uplink. Its storage is kept
 * between runs under the consumers' temp dir (the uplink's cache); our scope is stored in a folder of
 * this run's own, removed on stop.
 */
export async function startLocalRegistry(): Promise<LocalRegistry> {
  const dir = join(consumersTmp, 'local-registry');
  await mkdir(dir, { recursive: true });
  const scopeFolder = `rehearsal-${process.pid}-${Date.now()}`;
  const child: ChildProcess = spawn(process.execPath, [join(repoRoot, 'test/consumers/support/local-registry-server.mjs'), dir, scopeFolder, upstreamRegistry()], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Verdaccio did not start within 30 s:\n${output}`)), 30_000);
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /listening (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`Verdaccio exited with ${code} before listening:\n${output}`)));
  });
  const hostAndPath = url.replace(/^http:/, '');
  return {
    url,
    pointAt: (projectDir, { publish = false } = {}) =>
      writeFile(join(projectDir, '.npmrc'), `registry=${url}\n${publish ? `${hostAndPath}:_authToken=release-rehearsal\n` : ''}`),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(join(dir, 'storage', scopeFolder), { recursive: true, force: true });
      await rm(join(dir, `${scopeFolder}.yaml`), { force: true });
    },
  };
}
