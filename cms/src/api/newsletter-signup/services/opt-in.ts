import type { Core } from '@strapi/strapi';
import { createOptIn } from '../../../newsletter/opt-in';

/** Double opt-in for the newsletter: see src/newsletter/opt-in.ts. */
export default ({ strapi }: { strapi: Core.Strapi }) => createOptIn(strapi);
