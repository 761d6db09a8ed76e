import { graphql } from '../graphql.ts';

/**
 * Newsletter double opt-in. Callable without credentials. The subscribe answer is the same
 * whatever the address's state; bad input is a BAD_USER_INPUT error with a message for people,
 * too many attempts a RATE_LIMITED error.
 */
export const SubscribeToNewsletterMutation = /* @__PURE__ */ graphql(`
  mutation SubscribeToNewsletter($input: NewsletterSubscriptionInput!) {
    subscribeToNewsletter(input: $input) { ok message }
  }
`);

/** Confirms a signup with the token from the confirmation email: CONFIRMED, EXPIRED or INVALID. */
export const ConfirmNewsletterSubscriptionMutation = /* @__PURE__ */ graphql(`
  mutation ConfirmNewsletterSubscription($token: String!) {
    confirmNewsletterSubscription(token: $token) { outcome message }
  }
`);

/** Unsubscribes with the token from any newsletter email: UNSUBSCRIBED or INVALID. */
export const UnsubscribeFromNewsletterMutation = /* @__PURE__ */ graphql(`
  mutation UnsubscribeFromNewsletter($token: String!) {
    unsubscribeFromNewsletter(token: $token) { outcome message }
  }
`);
