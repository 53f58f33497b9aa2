#!/usr/bin/env node
// The `hwcloud-directory-mock` command. A committed file, so that npm links the command when
// the workspace is installed (it links only existing files), before `npm run build` compiles
// the CLI it runs: dist/adapters/cli.js.
import('../dist/adapters/cli.js').catch((error) => {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('cli.js')) throw error;
  console.error('hwcloud-directory-mock: the CLI is not built; run `npm run build` at the repository root first.');
  process.exit(1);
});
