// Builds the internal package @hwcloud-directory/protocol (packages/protocol/dist), which the
// later steps (operation model, code samples) and both published packages use.
import { buildPackage } from '../packages/build-package.mjs';

buildPackage('protocol');
