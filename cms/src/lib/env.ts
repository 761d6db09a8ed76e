/** Strapi commands that load the configuration without serving anything: they need no secrets. */
const OFFLINE_COMMANDS = new Set(['build', 'ts:generate-types', 'routes:list', 'content-types:list']);
const offline = () => process.argv.slice(2).some((arg) => OFFLINE_COMMANDS.has(arg));

/**
 * A secret that must be set: a missing one stops Strapi with a message saying how to fix it.
 * Builds (`strapi build`, e.g. in a Docker image) do not need secrets and get an empty value.
 */
export const requireEnv = (name: string): string => {
  const value = process.env[name];
  if (value) return value;
  if (offline()) return '';
  throw new Error(`${name} is not set. Run "npm start" once at the repository root (it writes cms/.env with fresh secrets), or set ${name} in the environment.`);
};
