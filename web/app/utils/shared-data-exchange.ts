import { getOperationName, type Exchange, type Operation, type OperationResult } from '@urql/core';
import { filter, map, merge, pipe, share, tap } from 'wonka';

/**
 * An urql exchange for the server: results of the named queries come from the process-wide
 * shared-data store while fresh (see shared/utils/shared-data.ts); everything else goes on to
 * the CMS. Results with errors are never kept.
 */
export const sharedDataExchange =
  (operationNames: string[], ttlMs = SHARED_DATA_TTL_MS): Exchange =>
  ({ forward }) =>
  (operations$) => {
    const store = sharedDataStore();
    const names = new Set(operationNames);
    const isShared = (operation: Operation) => operation.kind === 'query' && names.has(getOperationName(operation.query) ?? '');
    const cached = (operation: Operation) => {
      const entry = isShared(operation) ? store.get(String(operation.key)) : undefined;
      return entry && Date.now() - entry.storedAt < ttlMs ? (entry.value as Omit<OperationResult, 'operation'>) : undefined;
    };

    const shared$ = pipe(operations$, share);
    const hits$ = pipe(
      shared$,
      filter((operation) => cached(operation) !== undefined),
      map((operation): OperationResult => ({ ...(cached(operation) as Omit<OperationResult, 'operation'>), operation, stale: false, hasNext: false })),
    );
    const forwarded$ = pipe(
      shared$,
      filter((operation) => cached(operation) === undefined),
      forward,
      tap((result) => {
        if (isShared(result.operation) && result.data && !result.error) {
          store.set(String(result.operation.key), { value: { data: result.data, error: undefined, extensions: result.extensions }, storedAt: Date.now() });
        }
      }),
    );
    return merge([hits$, forwarded$]);
  };
