import { TeamMemberBySlugQuery, TeamMembersQuery, type ResultOf } from '@insights/api';

export type TeamMemberCardData = NonNullable<ResultOf<typeof TeamMembersQuery>['teamMembers_connection']>['nodes'][number];
export type TeamMemberData = NonNullable<ResultOf<typeof TeamMemberBySlugQuery>['teamMembers'][number]>;

/** The whole team in the editors' order (every page of it, so nobody is left out). */
export const useTeam = async () => {
  const first = await useCmsQuery(TeamMembersQuery, { page: 1 });
  const pageCount = first.data.value?.teamMembers_connection?.pageInfo.pageCount ?? 1;
  const rest = await Promise.all(Array.from({ length: Math.max(0, pageCount - 1) }, (_, index) => useCmsQuery(TeamMembersQuery, { page: index + 2 })));
  return [first, ...rest].flatMap((result) => result.data.value?.teamMembers_connection?.nodes ?? []);
};

/** One member by slug, or the 404 page. In preview, the draft. */
export const useTeamMember = async (slug: string, { preview = false }: { preview?: boolean } = {}) => {
  const { data } = await useCmsQuery(TeamMemberBySlugQuery, { slug, status: preview ? 'DRAFT' : 'PUBLISHED' });
  const member = data.value?.teamMembers[0];
  if (!member) throw createError({ statusCode: 404, statusMessage: 'Not Found', message: 'We could not find that person.', fatal: true });
  return member;
};
