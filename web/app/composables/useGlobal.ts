import { GlobalQuery } from '@insights/api';

/** Site-wide settings (name, tagline, footer, coffee call); one request, shared by every caller. */
export const useGlobal = async () => {
  const { data } = await useCmsQuery(GlobalQuery);
  return computed(() => data.value?.global ?? null);
};
