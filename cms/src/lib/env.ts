/** A secret that must be set: a missing one stops Strapi with a message saying how to fix it. */
export const requireEnv = (name: string): string => {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set. Run "npm start" once at the repository root (it writes cms/.env with fresh secrets), or set ${name} in the environment.`);
  }
  return value;
};
