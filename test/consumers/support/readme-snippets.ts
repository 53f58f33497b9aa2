// The code examples of a package's README, as the packed tarball ships it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The fenced code blocks of `markdown` whose language is one of `languages`, in order. */
export function codeBlocks(markdown: string, languages: string[]): string[] {
  const blocks: string[] = [];
  for (const [, language, body] of markdown.matchAll(/^```(\w+)[^\n]*\n([\s\S]*?)^```\s*$/gm)) {
    if (languages.includes(language ?? '')) blocks.push(body ?? '');
  }
  return blocks;
}

/** The code blocks in the README of the installed package `name` in `project`. */
export async function readmeExamples(project: string, name: string, languages: string[]): Promise<string[]> {
  const readme = await readFile(join(project, 'node_modules', name, 'README.md'), 'utf8');
  const blocks = codeBlocks(readme, languages);
  if (blocks.length === 0) throw new Error(`The README of ${name} has no ${languages.join('/')} example.`);
  return blocks;
}
