// What a credential looks like, by name and by content: the patterns a published package must never match.

/** File names that hold credentials or local configuration and never belong in a package. */
export const secretFileNames = [
  /(^|\/)\.env(\.[\w.-]+)?$/,
  /(^|\/)\.npmrc$/,
  /(^|\/)id_(rsa|dsa|ecdsa|ed25519)(\.pub)?$/,
  /\.(pem|key|p12|pfx|jks|keystore)$/i,
];

/** Contents that are credentials whatever file they are in. Each has a name for the report. */
export const secretContents = [
  { name: 'private key block', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { name: 'npm access token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { name: 'npm registry auth setting', pattern: /_auth(Token)?\s*=\s*\S/ },
  { name: 'GitHub token', pattern: /\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/ },
  { name: 'AWS access key id', pattern: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { name: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: 'JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/ },
  {
    // A Huawei Cloud AK is 20 upper-case letters and digits, its SK 40 letters and digits:
    // only flagged where a literal of that shape is assigned to a key-like name.
    name: 'Huawei Cloud AK/SK literal',
    pattern: /\b(ak|sk|accessKey(Id)?|secretKey|secret_access_key|access_key(_id)?)["']?\s*[:=]\s*["'`]([A-Z0-9]{20}|[A-Za-z0-9]{40})["'`]/i,
  },
];
