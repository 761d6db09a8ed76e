// Writes each app's .env from its .env.example where .env is missing, and fills every empty
// secret with a fresh random value. Existing values are never changed.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const secret = () => randomBytes(24).toString('base64url');
const generators = {
  APP_KEYS: () => [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  JWT_SECRET: secret,
  ENCRYPTION_KEY: secret,
  // Strapi wants upper and lower case letters and a digit.
  DEMO_ADMIN_PASSWORD: () => `Demo-${randomBytes(9).toString('base64url')}-7a`,
  PREVIEW_SECRET: secret,
  PREVIEW_API_TOKEN: () => randomBytes(48).toString('hex'),
  PURGE_SECRET: secret,
  SITE_PROXY_SECRET: secret,
};

const parse = (text) => Object.fromEntries([...text.matchAll(/^([A-Z0-9_]+)=(.*)$/gm)].map(([, key, value]) => [key, value]));

/**
 * Ensures app/.env has every variable of app/.env.example: a missing file is copied whole,
 * variables added to the example since are appended, and empty secrets are generated
 * (or taken from `shared`, for secrets two apps must agree on). Returns the resulting values.
 */
export const setupEnv = (app, shared = {}) => {
  const example = path.join(root, app, '.env.example');
  const target = path.join(root, app, '.env');
  if (!existsSync(example)) return {};
  const exampleText = readFileSync(example, 'utf8');
  let text = existsSync(target) ? readFileSync(target, 'utf8') : exampleText;
  let changed = !existsSync(target);

  const present = parse(text);
  const missing = Object.entries(parse(exampleText)).filter(([key]) => !(key in present));
  if (missing.length > 0) {
    text = `${text.replace(/\n*$/, '\n')}${missing.map(([key, value]) => `${key}=${value}`).join('\n')}\n`;
    changed = true;
  }

  text = text.replace(/^([A-Z0-9_]+)=$/gm, (line, key) => {
    const fill = shared[key] ?? generators[key]?.();
    if (!fill) return line;
    changed = true;
    return `${key}=${fill}`;
  });

  if (changed) {
    writeFileSync(target, text, { mode: 0o600 });
    console.log(`▸ Wrote ${path.relative(root, target)} (secrets generated where empty)`);
  }
  return parse(text);
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cms = setupEnv('cms');
  // The site and the CMS share these secrets: the CMS's values are copied to the site.
  setupEnv('web', {
    NUXT_PREVIEW_SECRET: cms.PREVIEW_SECRET,
    NUXT_CMS_PREVIEW_TOKEN: cms.PREVIEW_API_TOKEN,
    NUXT_PURGE_SECRET: cms.PURGE_SECRET,
    NUXT_CMS_PROXY_SECRET: cms.SITE_PROXY_SECRET,
  });
}
