// Runs a command as a consumer would in a terminal, and fails with its output when it fails.
import { spawn } from 'node:child_process';

export interface CommandResult {
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/**
 * The environment for a consumer's commands: ours, minus what `npm test` exports about this
 * repository (npm_package_*, npm_config_local_prefix, INIT_CWD, ...), so that npm in a temporary
 * project never treats it as part of this workspace.
 */
export function consumerEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_userconfig', 'npm_config_globalconfig', 'npm_config_registry']);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !(key.toLowerCase().startsWith('npm_') && !keep.has(key.toLowerCase())) && key !== 'INIT_CWD'),
  );
  delete env.NODE_OPTIONS;
  delete env.VITEST;
  delete env.VITEST_MODE;
  delete env.VITEST_POOL_ID;
  delete env.VITEST_WORKER_ID;
  delete env.TEST;
  delete env.NODE_ENV;
  delete env.FORCE_COLOR;
  return { ...env, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', ...extra };
}

/**
 * Runs `command args` in `cwd`; resolves with its output and duration, or rejects with an
 * error that quotes the command, its exit code and the tail of its output.
 */
export function runCommand(command: string, args: string[], { cwd, env = consumerEnv(), timeoutMs = 300_000 }: RunOptions): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Math.round(performance.now() - started);
      if (code === 0) return resolve({ stdout, stderr, ms });
      const tail = (text: string) => text.split('\n').slice(-60).join('\n');
      reject(new Error(`\`${command} ${args.join(' ')}\` in ${cwd} exited with ${code ?? signal} after ${ms} ms\n--- stdout\n${tail(stdout)}\n--- stderr\n${tail(stderr)}`));
    });
  });
}
