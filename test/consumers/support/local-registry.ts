// A local npm registry (Verdaccio) for the release rehearsal, started and stopped by the test.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { consumersTmp, repoRoot } from './packed-packages.js';

export interface LocalRegistry {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  /**
   * Writes a project `.npmrc` that takes our scope from this registry and nowhere else, and every
   * other package from the registry this machine's npm uses; with `publish`, also a token (npm
   * publish wants one; Verdaccio takes any for our scope).
   */
  pointAt(dir: string, options?: { publish?: boolean }): Promise<void>;
  stop(): Promise<void>;
}

/** The registry this machine's npm uses (`npm config get registry`): where everything but our scope comes from. */
export function upstreamRegistry(): string {
  return execFileSync('npm', ['config', 'get', 'registry'], { cwd: repoRoot, encoding: 'utf8' }).trim();
}

/**
 * Starts Verdaccio on 127.0.0.1 on a port the OS chooses, with fresh storage of its own under the
 * consumers' temp dir (removed on stop). It holds only what is published to it: our scope.
 * Everything else is installed from the upstream registry through npm's own cache.
 */
export async function startLocalRegistry(): Promise<LocalRegistry> {
  await mkdir(consumersTmp, { recursive: true });
  const dir = await mkdtemp(join(consumersTmp, 'local-registry-'));
  const upstream = upstreamRegistry();
  const child: ChildProcess = spawn(process.execPath, [join(repoRoot, 'test/consumers/support/local-registry-server.mjs'), dir], {
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
      writeFile(
        join(projectDir, '.npmrc'),
        `registry=${upstream}\n@hwcloud-directory:registry=${url}\n${publish ? `${hostAndPath}:_authToken=release-rehearsal\n` : ''}`,
      ),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
