import { readdirSync } from 'node:fs';

/**
 * Turns the repository files a description names in passing into links the reader can
 * follow, since the site does not carry them: a path in code ticks (`` `openapi/README.md` ``)
 * and a decision record by number (`decision 0004`) link to the file in the repository.
 * @param {string} markdown a description
 * @param {{ repository: string, decisionsDir: string }} where `repository` is the browsable
 *   repository (`https://github.com/<owner>/<name>`); `decisionsDir` is docs/decisions, whose
 *   file names give each record's full name
 * @returns {string} Markdown
 * @example linkRepositoryFiles('see `openapi/README.md`', { repository, decisionsDir }) // 'see [`openapi/README.md`](https://github.com/…/blob/main/openapi/README.md)'
 */
export function linkRepositoryFiles(markdown, { repository, decisionsDir }) {
  const file = (path) => `${repository}/blob/main/${path}`;
  return markdown
    .replace(/(?<!\[)`((?:openapi|docs|packages|scripts|test|examples)\/[\w./-]+\.(?:md|ya?ml|json|ts|mjs))`(?!\])/g, (_, path) => `[\`${path}\`](${file(path)})`)
    .replace(/\bdecision (\d{4})\b(?!\])/g, (text, number) => {
      const record = decisionRecords(decisionsDir).find((name) => name.startsWith(`${number}-`));
      if (!record) throw new Error(`docs: a description names decision ${number}, which docs/decisions/ does not hold`);
      return `[${text}](${file(`docs/decisions/${record}`)})`;
    });
}

const records = new Map();
/** The file names of the decision records, read once per folder. */
function decisionRecords(folder) {
  if (!records.has(folder)) records.set(folder, readdirSync(folder).filter((name) => /^\d{4}-.*\.md$/.test(name)));
  return records.get(folder);
}
