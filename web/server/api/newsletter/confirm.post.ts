import { ConfirmNewsletterSubscriptionMutation } from '@insights/api';

export default defineEventHandler((event) =>
  handleTokenPost(event, ConfirmNewsletterSubscriptionMutation, (data) => data.confirmNewsletterSubscription, '/newsletter/confirm'),
);
