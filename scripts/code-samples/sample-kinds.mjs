/**
 * The three code samples generated for every operation, in the order the reference shows
 * them: the file suffix they are written under in generated/code-samples/<api>/, the
 * language and label the reference gives them, and the comment syntax of their
 * generated-file header.
 */
export const SAMPLE_KINDS = [
  { kind: 'curl', suffix: 'curl.sh', lang: 'Shell', label: 'curl', comment: '#' },
  { kind: 'client', suffix: 'client.ts', lang: 'TypeScript', label: 'TypeScript client', comment: '//' },
  { kind: 'msw', suffix: 'msw.ts', lang: 'TypeScript', label: 'MSW scenario', comment: '//' },
];
