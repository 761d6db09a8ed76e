import { TopicsQuery } from '@insights/api';

export const useTopics = async () => {
  const { data } = await useCmsQuery(TopicsQuery);
  return computed(() => (data.value?.topics ?? []).filter((topic): topic is NonNullable<typeof topic> => Boolean(topic)));
};
