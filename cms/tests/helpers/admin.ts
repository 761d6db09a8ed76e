import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { rest } from './http';

export interface AdminSession {
  email: string;
  password: string;
  token: string;
  /** A request to the admin API (content manager, settings) as this admin. */
  request(path: string, init?: { method?: string; body?: unknown }): Promise<{ status: number; body: any }>;
}

/**
 * An admin user with the given role (the Super Admin role by default), logged in over HTTP
 * the way the dashboard does it.
 */
export const loginAdmin = async (strapi: Core.Strapi, url: string, roleCode = 'strapi-super-admin'): Promise<AdminSession> => {
  const email = `admin-${randomBytes(4).toString('hex')}@test.example`;
  const password = `Test-${randomBytes(6).toString('hex')}-1A`;
  const role = (await strapi.db.query('admin::role').findOne({ where: { code: roleCode } })) as { id: number } | null;
  if (!role) throw new Error(`No admin role with code ${roleCode}`);
  await strapi.service('admin::user').create({ email, firstname: 'Test', lastname: 'Admin', password, isActive: true, roles: [role.id] });
  const login = await rest(url, '/admin/login', { method: 'POST', body: { email, password } });
  if (login.status !== 200) throw new Error(`Admin login failed: ${login.status} ${JSON.stringify(login.body)}`);
  const token = login.body.data.token as string;
  return {
    email,
    password,
    token,
    request: (path, init = {}) => rest(url, path, { ...init, token }),
  };
};
