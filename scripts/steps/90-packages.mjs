// Builds every published package's dist, so that after `npm ci && npm run build` the
// packages work from the workspace as they will from the registry (`npx hwcloud-directory-mock`).
import { buildPackage } from '../packages/build-package.mjs';

for (const name of ['openapi', 'client', 'mocks']) buildPackage(name);
