import type { Core } from '@strapi/strapi';
import { GraphQLError } from 'graphql';
import { clientAddress, type RequestLike } from './client-address';
import { RateLimitedError } from './limits';
import { optIn, type TokenOutcome } from './opt-in';

/**
 * The newsletter's public GraphQL contract. Callable without credentials; the only thing it
 * returns about a signup is the outcome of a link the person holds.
 */
export const typeDefs = /* GraphQL */ `
  "A request for the newsletter, as the signup form sends it."
  input NewsletterSubscriptionInput {
    "The address to send the newsletter to (at most 254 characters)."
    email: String!
    "For the greeting; optional, at most 100 characters, no web or email addresses."
    firstName: String
    "The page the form was on."
    source: String
    "True when the person ticked the consent box next to Global.newsletterConsentText."
    consent: Boolean!
    """
    The consent wording the form showed next to the box, as shown: it is recorded with the
    signup. Left out, the current Global.newsletterConsentText is recorded. A wording that is
    neither the current one nor one replaced in the last 7 days is refused (BAD_USER_INPUT).
    """
    consentText: String
  }

  "Always the same, whatever the address's state, so the answer reveals nothing."
  type NewsletterSubscriptionResult {
    "Always true: the request was taken. Refusals come as errors (BAD_USER_INPUT, RATE_LIMITED)."
    ok: Boolean!
    "A sentence to show the person: what happens next."
    message: String!
  }

  "What a confirmation or unsubscribe link did."
  enum NewsletterTokenOutcome {
    "The subscription is confirmed: the newsletter will come."
    CONFIRMED
    "The address is off the list: no more newsletters."
    UNSUBSCRIBED
    "The link is too old (confirmation links last 48 hours): sign up again."
    EXPIRED
    "The link is unknown, was already used, or was replaced by a newer one."
    INVALID
  }

  "The answer to a confirmation or unsubscribe link."
  type NewsletterTokenResult {
    "What the link did."
    outcome: NewsletterTokenOutcome!
    "A sentence to show the person, saying what happened and what to do next."
    message: String!
  }

  extend type Mutation {
    """
    Asks for the newsletter: sends an email with a link to confirm (valid 48 hours). Errors:
    BAD_USER_INPUT (with a message per field in extensions.error.details.errors) and RATE_LIMITED.
    """
    subscribeToNewsletter("The address, name, form and consent." input: NewsletterSubscriptionInput!): NewsletterSubscriptionResult!
    "Confirms a subscription with the token from the confirmation email's link."
    confirmNewsletterSubscription("The token parameter of the link in the confirmation email." token: String!): NewsletterTokenResult!
    "Unsubscribes with the token from any newsletter email's unsubscribe link."
    unsubscribeFromNewsletter("The token parameter of the unsubscribe link in any newsletter email." token: String!): NewsletterTokenResult!
  }
`;

export const SUBSCRIPTION_MESSAGE =
  'Thank you. Please check your inbox: we have sent you an email with a link to confirm your subscription. The link works for 48 hours; if the email has not arrived in a few minutes, look in your spam folder.';

export const RATE_LIMITED_MESSAGE =
  'We have had a lot of sign-up requests from you or for this address in the last hour. Please try again later; if you have already signed up, the email we sent is in your inbox (or spam folder).';

export const OUTCOME_MESSAGES: Record<TokenOutcome, string> = {
  CONFIRMED: 'Thank you: your subscription is confirmed. The next newsletter will come to your inbox.',
  UNSUBSCRIBED: 'You are unsubscribed and will not get the newsletter any more. You can sign up again whenever you like.',
  EXPIRED: 'This confirmation link has expired: links work for 48 hours. Sign up again and we will send you a new one.',
  INVALID:
    'This link does not work: it may have been used already, or been cut short when copied. Use the whole link from the most recent email, or sign up again.',
};

/** What Strapi's GraphQL context holds of the HTTP request. */
interface Context {
  koaContext: { req: { socket?: RequestLike['socket'] }; request: { headers: RequestLike['headers'] } };
}

const tokenResult = (outcome: TokenOutcome) => ({ outcome, message: OUTCOME_MESSAGES[outcome] });

export const newsletterGraphQL = ({ strapi }: { strapi: Core.Strapi }) => ({
  typeDefs,
  resolvers: {
    Mutation: {
      async subscribeToNewsletter(_parent: unknown, args: { input: Record<string, unknown> }, context: Context) {
        const client = clientAddress({ headers: context.koaContext.request.headers, socket: context.koaContext.req.socket }, process.env.SITE_PROXY_SECRET);
        try {
          await optIn(strapi).subscribe(args.input, { client });
        } catch (error) {
          if (!(error instanceof RateLimitedError)) throw error;
          throw new GraphQLError(RATE_LIMITED_MESSAGE, {
            extensions: {
              code: 'RATE_LIMITED',
              retryAfterSeconds: error.retryAfterSeconds,
              http: { status: 429, headers: new Map([['retry-after', String(error.retryAfterSeconds)]]) },
            },
          });
        }
        return { ok: true, message: SUBSCRIPTION_MESSAGE };
      },
      async confirmNewsletterSubscription(_parent: unknown, args: { token: string }) {
        return tokenResult(await optIn(strapi).confirm(args.token));
      },
      async unsubscribeFromNewsletter(_parent: unknown, args: { token: string }) {
        return tokenResult(await optIn(strapi).unsubscribe(args.token));
      },
    },
  },
  resolversConfig: {
    'Mutation.subscribeToNewsletter': { auth: false },
    'Mutation.confirmNewsletterSubscription': { auth: false },
    'Mutation.unsubscribeFromNewsletter': { auth: false },
  },
});
