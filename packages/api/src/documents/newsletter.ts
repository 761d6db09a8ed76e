import { graphql } from '../graphql.ts';

/**
 * Newsletter double opt-in. Callable without credentials. The subscribe answer is the same
 * whatever the address's state; bad input is a BAD_USER_INPUT error with a message for people.
 * Rate limited, per hour: 20 requests from one client address and 5 for one email address
 * (the CMS's defaults). Beyond them: HTTP 429, a RATE_LIMITED error with
 * `extensions.retryAfterSeconds` (and a Retry-After header). An app that calls this from its
 * server is one client address for all the people it signs up: only the site's server, with
 * the CMS's proxy secret, has the visitor's address it forwards believed.
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
