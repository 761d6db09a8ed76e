import { UnsubscribeFromNewsletterMutation } from '@insights/api';

export default defineEventHandler((event) =>
  handleTokenPost(event, UnsubscribeFromNewsletterMutation, (data) => data.unsubscribeFromNewsletter, '/newsletter/unsubscribe'),
);
