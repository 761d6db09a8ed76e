import { GraphQLError, type ValidationRule } from 'graphql';

export const NO_SUBSCRIPTIONS_MESSAGE = 'This API has no subscriptions: send a query instead.';

/**
 * The schema has no Subscription type, and GraphQL's standard validation lets a subscription
 * through to execution, which fails there as a server error. This refuses it as the client
 * error it is (400, GRAPHQL_VALIDATION_FAILED).
 */
export const noSubscriptionsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') context.reportError(new GraphQLError(NO_SUBSCRIPTIONS_MESSAGE, { nodes: [node] }));
  },
});
