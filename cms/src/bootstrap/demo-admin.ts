import type { Core } from '@strapi/strapi';

/**
 * In development only, a local demo admin account (from DEMO_ADMIN_EMAIL and
 * DEMO_ADMIN_PASSWORD, which the setup script writes to .env with a fresh password), printed
 * at start. Never in production.
 */
export const ensureDemoAdmin = async (strapi: Core.Strapi): Promise<void> => {
  if (process.env.NODE_ENV === 'production') return;
  const email = process.env.DEMO_ADMIN_EMAIL;
  const password = process.env.DEMO_ADMIN_PASSWORD;
  if (!email || !password) return;

  const users = strapi.service('admin::user');
  const existing = await strapi.db.query('admin::user').findOne({ where: { email: email.toLowerCase() } });
  if (!existing) {
    const superAdmin = await strapi.service('admin::role').getSuperAdmin();
    await users.create({
      email,
      firstname: 'Demo',
      lastname: 'Admin',
      password,
      isActive: true,
      registrationToken: null,
      roles: superAdmin ? [superAdmin.id] : [],
    });
  }
  const url = `${strapi.config.get('server.url', 'http://localhost:1337')}/admin`;
  strapi.log.info(`Demo admin (development only): ${url}  email: ${email}  password: ${password}`);
};
