// The README's examples, run as written against the MSW mocks (credentials from the mocks'
// test fixtures, through the environment variables the examples read).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDirectory, createHandlers, testCredentials } from '@hwcloud-directory/mocks';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
const server = setupServer(...createHandlers(createDirectory({ seed: 3 })));
const folder = mkdtempSync(join(tmpdir(), 'client-readme-'));

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  vi.stubEnv('MEETING_APP_ID', testCredentials.app.appId);
  vi.stubEnv('MEETING_APP_KEY', testCredentials.app.appKey);
  vi.stubEnv('HW_ACCESS_KEY', testCredentials.accessKey.ak);
  vi.stubEnv('HW_SECRET_KEY', testCredentials.accessKey.sk);
});
afterAll(() => {
  server.close();
  vi.unstubAllEnvs();
  rmSync(folder, { recursive: true, force: true });
});

async function run(source: string): Promise<string[]> {
  const file = join(folder, `example-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, source);
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
  try {
    await import(/* @vite-ignore */ file);
  } finally {
    log.mockRestore();
  }
  return lines;
}

describe('README examples', () => {
  it('has the Meeting and the BSS example', () => {
    expect(examples).toHaveLength(2);
  });

  it('runs the Meeting example: a search, every administrator, and a typed not-found', async () => {
    const lines = await run(examples[0]!);
    expect(lines[0]).toMatch(/^\d+ contacts/);
    expect(lines.at(-1)).toBe('no such user');
    expect(lines.length).toBeGreaterThan(2);
  });

  it('runs the BSS example, signed with AK/SK', async () => {
    const lines = await run(examples[1]!);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.split(' ').length >= 2)).toBe(true);
  });
});
