import { useQuery, type AnyVariables, type CombinedError } from '@urql/vue';
import type { TadaDocumentNode } from '@insights/api';
import type { Ref } from 'vue';

/** The CMS could not be reached or failed: a 503 page, never a stack trace. */
export const cmsError = (error: CombinedError) =>
  createError({
    statusCode: error.networkError ? 503 : 502,
    statusMessage: error.networkError ? 'Service Unavailable' : 'Bad Gateway',
    message: 'Our content service is not answering just now.',
    fatal: true,
  });

/**
 * Runs a typed query during server rendering (await it in <script setup>) and keeps it live on
 * the client: when `variables` is a ref or computed, changing it refetches. Any error, even
 * with partial data, becomes the styled error page: a page missing part of its content must
 * not be rendered, let alone cached for every reader (the cache keeps serving the last good one).
 */
export const useCmsQuery = async <Data, Variables extends AnyVariables>(query: TadaDocumentNode<Data, Variables>, variables?: Ref<Variables> | Variables) => {
  const result = await useQuery<Data, Variables>({ query, variables: variables as Variables });
  if (result.error.value) {
    if (import.meta.server) console.error(`[cms] ${result.error.value.message}`);
    throw cmsError(result.error.value);
  }
  return result;
};

/** The current minute, identical on the server and in the browser (it travels in the payload). */
export const useNow = () => {
  const now = useState('now', () => {
    const date = new Date();
    date.setSeconds(0, 0);
    return date.toISOString();
  });
  return now;
};

/** Positive integer from a query parameter, or undefined when absent or malformed. */
export const queryInteger = (value: unknown): number | undefined => {
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text !== 'string' || !/^[1-9]\d{0,5}$/.test(text)) return undefined;
  return Number(text);
};

/** Trimmed, length-limited text from a query parameter. */
export const queryText = (value: unknown, maxLength = 100): string => {
  const text = Array.isArray(value) ? value[0] : value;
  return typeof text === 'string' ? text.trim().slice(0, maxLength) : '';
};
