// The README's table of operations is checked against the operations the mocks serve, so that
// it cannot drift when an operation is added, renamed or moved.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { operations } from '@hwcloud-directory/mocks';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The rows of the table under "## Operations": family, operationId, method and path. */
function tableRows(): { family: string; operationId: string; request: string }[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Operations\n'));
  if (!section) throw new Error('packages/mocks/README.md has no "## Operations" section');
  return [...section.matchAll(/^\| ([^|`]+?) \| `(\w+)` \| `([A-Z]+ [^`]+)` \|/gm)].map(([, family, operationId, request]) => ({
    family: family as string,
    operationId: operationId as string,
    request: request as string,
  }));
}

describe('the README', () => {
  it('lists every operation once, with its method, path and family (its tag, "(BSS)" for the BSS API)', () => {
    const served = Object.values(operations)
      .map((operation) => ({
        family: `${operation.tags[0]}${operation.api === 'bss' ? ' (BSS)' : ''}`,
        operationId: operation.operationId,
        request: `${operation.method} ${operation.path}`,
      }))
      .sort((a, b) => a.operationId.localeCompare(b.operationId));
    const listed = tableRows().sort((a, b) => a.operationId.localeCompare(b.operationId));
    expect(listed).toEqual(served);
  });

  it('does not count the operations in prose, where a count goes stale', () => {
    expect(readme).not.toMatch(/\ball (two|three|four|five|six|seven|eight|nine|ten|\d+) operations\b/i);
  });
});
