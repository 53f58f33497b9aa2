// Copies the bundled descriptions into @hwcloud-directory/openapi, the package that
// publishes them for Postman, Prism and other generators.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { apis, generatedPath, repoRoot } from '../lib/apis.mjs';

const target = join(repoRoot, 'packages/openapi/src/generated');
for (const api of apis) {
  for (const format of ['yaml', 'json']) {
    const file = generatedPath(api, `openapi.${format}`);
    copyFileSync(join(repoRoot, file), join(target, `${api.name}.openapi.${format}`));
  }
}
