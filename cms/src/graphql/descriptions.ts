import type { Core } from '@strapi/strapi';
import { isEnumType, isInputObjectType, isObjectType, type GraphQLField, type GraphQLNamedType, type GraphQLSchema } from 'graphql';

/**
 * The documentation of the public GraphQL contract: what each type and field means, shown by
 * introspection (Apollo Sandbox, editors' tooling) and in packages/api/schema.graphql. Strapi
 * generates the schema from the content model without descriptions; they are written here, per
 * content type and attribute, and set on the schema once it is built. A test (tests/schema.test.ts)
 * fails when a type, field, argument, input field or enum value of the public schema has none,
 * so a new attribute gets one here.
 */

/** Per content type or component, per attribute: what a client reads in it. */
const ATTRIBUTES: Record<string, Record<string, string>> = {
  'api::article.article': {
    title: 'The headline, as shown on the page and in lists.',
    slug: 'The last part of the address: /insights/{slug}. Unique among articles.',
    excerpt: 'One or two sentences that sum the article up: the standfirst, list cards and the default search description.',
    cover: 'The lead image, with alternative text and responsive formats; null when the article has none.',
    body: 'The article itself as Strapi blocks (JSON): paragraphs, headings, lists, quotes, code and images, each with its inline text and marks.',
    authors: 'The team members who wrote it, in the order the editor set.',
    topics: 'What it is about: the topics it is filed under.',
    related: "The editor's picks of articles to read after this one (see readNext, which adds recent articles on the same topics).",
    readingTimeMinutes: 'Estimated minutes to read the body, worked out from its length when saved.',
    publicationDate: 'The date the article carries and lists sort by (newest first); may be earlier than publishedAt for a piece first published elsewhere.',
    featured: 'Whether the home page may feature it; the most recent featured article is shown first.',
    seo: 'How the page appears in search results and when shared; blank fields fall back to the title, excerpt and cover.',
  },
  'api::event.event': {
    title: 'The name of the event.',
    slug: 'The last part of the address: /events/{slug}. Unique among events.',
    summary: 'One or two sentences for list cards and the default search description.',
    description: 'The full description as Strapi blocks (JSON): the programme, who it is for, what to bring.',
    startsAt: 'When it starts (ISO 8601, UTC). Show it in `timezone`.',
    endsAt: 'When it ends (ISO 8601, UTC).',
    timezone: 'The IANA time zone the event happens in (e.g. Europe/London): the one to show its times in.',
    format: 'Online, in person or both.',
    venueName: 'Where it happens in person; null for an online event.',
    address: 'The venue’s postal address, one line per line; null for an online event.',
    onlineUrl: 'Where to join online; null for an event in person only.',
    registrationUrl: 'Where to register; null when no registration is needed.',
    isFree: 'Whether it costs nothing to attend (all events so far).',
    priceLabel: 'What attending costs, as text, when it is not free.',
    capacity: 'How many people can attend; null when there is no limit.',
    hosts: 'The team members who host or speak.',
    topics: 'What it is about.',
    cover: 'The lead image; null when the event has none.',
    seo: 'How the page appears in search results and when shared; blank fields fall back to the title, summary and cover.',
  },
  'api::team-member.team-member': {
    name: 'The person’s full name.',
    slug: 'The last part of their profile’s address: /team/{slug}. Unique among team members.',
    jobTitle: 'Their role, as shown under their name.',
    shortBio: 'One or two sentences about them, for bylines and cards.',
    bio: 'Their full profile as Strapi blocks (JSON).',
    photo: 'Their portrait; null when there is none.',
    linkedinUrl: 'Their LinkedIn profile; null when they have not given one.',
    expertise: 'The topics they work on and can be asked about.',
    sortOrder: 'Where they come in the team list: lowest first.',
    articles: 'The articles they wrote (newest first when sorted by publicationDate:desc).',
    events: 'The events they host or speak at.',
  },
  'api::topic.topic': {
    name: 'The topic’s name.',
    slug: 'Its identifier in addresses: /insights?topic={slug}. Unique among topics.',
    description: 'A sentence or two on what the topic covers; null when none was written.',
    articles: 'The articles filed under it.',
    events: 'The events filed under it.',
    experts: 'The team members who work on it.',
  },
  'api::page.page': {
    title: 'The page’s title, as shown on it and in search results.',
    slug: 'The page’s address at the top level of the site: /{slug} (privacy, accessibility). Unique among pages; never the name of one of the site’s sections.',
    summary: 'One or two sentences under the title: the standfirst and the default search description.',
    body: 'The page itself as Strapi blocks (JSON): paragraphs, headings, lists, quotes, code and images.',
    seo: 'How the page appears in search results and when shared; blank fields fall back to the title and summary.',
  },
  'api::redirect.redirect': {
    path: 'An old address of the site, a path such as /insights/an-old-slug (no trailing slash, no query). Unique.',
    target: 'Where the site now sends a visitor asking for `path` (301): a path of the site, or a full http(s) address. Never an address that redirects again.',
  },
  'api::global.global': {
    siteName: 'The organisation’s name, shown in the header, the footer and page titles.',
    tagline: 'A short line on what the organisation does, shown on the home page.',
    description: 'The default search and share description of the site.',
    contactEmail: 'The address visitors can write to.',
    regionLine: 'Where the organisation works, shown in the footer.',
    bookingCall: 'The invitation to book a coffee call: label, address and a line of text.',
    linkedinUrl: 'The organisation’s LinkedIn page.',
    quickLinks: 'The footer’s links, in order.',
    newsletterBlurb: 'The line that invites visitors to sign up for the newsletter.',
    newsletterConsentText: 'The consent statement shown beside every signup form and stored with each signup.',
    defaultSeo: 'Search and share settings for pages that have none of their own.',
  },
  'shared.call-to-action': {
    label: 'The button’s text.',
    url: 'Where the button goes: a path on the site or a full address.',
    blurb: 'A line of text before the button; null when there is none.',
  },
  'shared.link': {
    label: 'The link’s text.',
    url: 'Where it goes: a path on the site (starting with /) or a full address.',
  },
  'shared.seo': {
    metaTitle: 'The title for search results and shares; null to use the page’s own title.',
    metaDescription: 'The description for search results and shares; null to use the excerpt or summary.',
    shareImage: 'The image shown when the page is shared; null to use the cover.',
    canonicalUrl: 'The page’s canonical address when it was first published elsewhere; null otherwise.',
    noIndex: 'Whether search engines are asked not to index the page.',
  },
  'plugin::upload.file': {
    name: 'The file’s name as uploaded.',
    alternativeText: 'Text describing the image for people who cannot see it; use it as the alt attribute.',
    caption: 'A caption to show with the image; null when there is none.',
    width: 'Width of the original image, in pixels.',
    height: 'Height of the original image, in pixels.',
    formats: 'Smaller versions of the image (JSON: thumbnail, small, medium, large, each with url, width, height, mime and size) for srcset; missing sizes were not needed.',
    hash: 'The stored file’s name, without extension.',
    ext: 'The file’s extension, with its dot (.jpg).',
    mime: 'The file’s media type (image/jpeg).',
    size: 'The file’s size, in kilobytes.',
    url: 'Where the original file is served, relative to the CMS (e.g. /uploads/…) unless a provider gives a full address.',
    previewUrl: 'A preview image for files that are not images; null for images.',
    provider: 'The storage the file is kept in (local for the CMS’s own disk).',
    provider_metadata: 'What the storage provider keeps about the file (JSON); null for local files.',
    focalPoint: 'The point of the image to keep in view when cropping (JSON: x and y from 0 to 1); null when not set.',
  },
};

/** Fields every document or component has. */
const COMMON: Record<string, string> = {
  documentId: 'The document’s stable identifier: the same in every version and locale. Fetch one document with it.',
  createdAt: 'When the document was created.',
  updatedAt: 'When this version last changed.',
  publishedAt: 'When this version was published.',
  id: 'The entry’s identifier within the document it belongs to.',
};

/** Types of the API that do not come from a content type. */
const OTHER_TYPES: Record<string, { description: string; fields: Record<string, string> }> = {
  Pagination: {
    description: 'Where a page sits in the whole list.',
    fields: {
      page: 'This page’s number, from 1.',
      pageSize: 'Items per page (at most 50).',
      pageCount: 'How many pages the list has at this page size.',
      total: 'How many items match, on all pages.',
    },
  },
  UploadFile: { description: 'An uploaded file, usually an image: where it is served, its size, and smaller versions for responsive images.', fields: {} },
  Query: { description: 'Reading published content. No credentials are needed; drafts need an API token with full or custom access.', fields: {} },
  Mutation: { description: 'The newsletter’s opt-in: the only writes the public API allows.', fields: {} },
};

/** The arguments Strapi gives every list and document query, and relation lists. */
const ARGUMENTS: Record<string, string> = {
  filters:
    'Conditions the documents must meet: a field and an operator, e.g. { slug: { eq: "a-slug" } } or { title: { containsi: "charter" } }; and, or and not combine them. At most 100 conditions, 10 levels deep.',
  pagination: 'Which page: { page, pageSize } (from 1, at most 50 a page) or { start, limit }. Without it, the first 25.',
  sort: 'The order: a list of "field:asc" or "field:desc", the first deciding and the next breaking ties.',
  status: 'PUBLISHED (the default) or DRAFT; drafts need an API token with full or custom access.',
  documentId: 'The documentId of the document to fetch.',
  publicationFilter: 'Compares published documents with their drafts. Only for the admin and API tokens with full or custom access.',
  hasPublishedVersion: 'Only documents that have (true) or have not (false) a published version. Only for the admin and API tokens with full or custom access.',
};

/** What the operators of filters do, in every *FilterInput (StringFilterInput, IntFilterInput, …). */
const OPERATORS: Record<string, string> = {
  eq: 'Equal to this value.',
  eqi: 'Equal to this text, ignoring case.',
  ne: 'Not equal to this value.',
  nei: 'Not equal to this text, ignoring case.',
  lt: 'Less than this value (earlier, for dates).',
  lte: 'Less than or equal to this value.',
  gt: 'Greater than this value (later, for dates).',
  gte: 'Greater than or equal to this value.',
  in: 'One of these values (give at least one).',
  notIn: 'None of these values (give at least one).',
  contains: 'Contains this text, case-sensitive.',
  notContains: 'Does not contain this text, case-sensitive.',
  containsi: 'Contains this text, ignoring case (a search).',
  notContainsi: 'Does not contain this text, ignoring case.',
  startsWith: 'Starts with this text.',
  endsWith: 'Ends with this text.',
  null: 'true: has no value; false: has one.',
  notNull: 'true: has a value; false: has none.',
  between: 'Between these two values, both included: [lowest, highest].',
  and: 'All of these conditions (at least one, none empty).',
  or: 'At least one of these conditions (at least one, none empty).',
  not: 'Not this condition.',
};

const PAGINATION_FIELDS: Record<string, string> = {
  page: 'The page number, from 1 (with pageSize).',
  pageSize: 'Items per page, from 1; at most 50 come back (with page).',
  start: 'How many items to skip, from 0 (with limit).',
  limit: 'How many items to return, from 1; at most 50 come back (with start).',
};

/** Enumerations: the type, and what each value means. Strapi names an attribute's ENUM_<TYPE>_<FIELD>. */
const ENUMS: Record<string, { description: string; values: Record<string, string> }> = {
  PublicationStatus: {
    description: 'Which version of documents to read.',
    values: { PUBLISHED: 'The published version: what the site shows. The default.', DRAFT: 'The draft: needs an API token with full or custom access.' },
  },
  PublicationFilter: {
    description: 'How a document’s published version compares with its draft. Only for the admin and API tokens with full or custom access.',
    values: {
      NEVER_PUBLISHED: 'Documents never published.',
      NEVER_PUBLISHED_DOCUMENT: 'Documents never published, in any locale.',
      HAS_PUBLISHED_VERSION: 'Documents with a published version.',
      HAS_PUBLISHED_VERSION_DOCUMENT: 'Documents with a published version in some locale.',
      MODIFIED: 'Published documents whose draft has changed since.',
      UNMODIFIED: 'Published documents whose draft has not changed since.',
      PUBLISHED_WITHOUT_DRAFT: 'Published documents without a newer draft.',
      PUBLISHED_WITH_DRAFT: 'Published documents with a newer draft.',
    },
  },
  ENUM_EVENT_FORMAT: {
    description: 'How people take part in an event.',
    values: { online: 'Online only: see onlineUrl.', in_person: 'In person only: see venueName and address.', hybrid: 'In person, with the option to join online.' },
  },
};

/** A sort that suits each list, for the examples in the root queries' descriptions. */
const SORT_EXAMPLES: Record<string, string> = {
  'api::article.article': 'publicationDate:desc',
  'api::event.event': 'startsAt:asc',
  'api::team-member.team-member': 'sortOrder:asc',
  'api::topic.topic': 'name:asc',
  'api::page.page': 'title:asc',
  'api::redirect.redirect': 'path:asc',
};

interface NamingService {
  getTypeName(model: unknown): string;
  getComponentName(model: unknown): string;
  getEntityResponseCollectionName(model: unknown): string;
  getRelationResponseCollectionName(model: unknown): string;
  getFindQueryName(model: unknown): string;
  getFindOneQueryName(model: unknown): string;
}

interface Model {
  uid: string;
  modelType: 'contentType' | 'component';
  kind?: 'collectionType' | 'singleType';
  info: { displayName: string; singularName?: string; pluralName?: string; description?: string };
  options?: { draftAndPublish?: boolean };
}

const setField = (field: GraphQLField<unknown, unknown> | undefined, description: string) => {
  if (field && !field.description) field.description = description;
};
const setType = (type: GraphQLNamedType | undefined | null, description: string) => {
  if (type && !type.description) type.description = description;
};

/** Sets the descriptions above on a built schema (in place) and returns it. */
export const describeSchema = (strapi: Core.Strapi, schema: GraphQLSchema): GraphQLSchema => {
  const { naming } = (strapi.plugin('graphql').service as (name: string) => unknown)('utils') as { naming: NamingService };
  const query = schema.getQueryType();
  const queryFields = query?.getFields() ?? {};
  const models = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)] as unknown as Model[];

  for (const model of models) {
    const typeName = model.modelType === 'component' ? naming.getComponentName(model) : naming.getTypeName(model);
    const type = schema.getType(typeName);
    if (!type || !isObjectType(type)) continue;
    const name = model.info.displayName.toLowerCase();
    if (model.info.description) setType(type, model.info.description);
    const attributes = ATTRIBUTES[model.uid] ?? {};
    const fields = type.getFields();
    for (const [fieldName, field] of Object.entries(fields)) {
      const description = attributes[fieldName] ?? COMMON[fieldName];
      if (description) setField(field, description);
    }
    // A relation's `_connection` field: the same list in `nodes`. Its *RelationResponseCollection
    // has no pageInfo, so it must not promise one.
    for (const [fieldName, field] of Object.entries(fields)) {
      const base = fieldName.endsWith('_connection') ? fields[fieldName.slice(0, -'_connection'.length)] : undefined;
      if (base?.description) setField(field, `${base.description} The same list, with the same arguments, as { nodes }: no pageInfo, so no total.`);
    }

    if (model.modelType !== 'contentType') continue;
    const collection = schema.getType(naming.getEntityResponseCollectionName(model));
    if (collection && isObjectType(collection)) {
      setType(collection, `A page of ${name} documents and where it sits in the whole list.`);
      setField(collection.getFields().nodes, `The ${name} documents on this page.`);
      setField(collection.getFields().pageInfo, 'Page number, page size, total and page count.');
    }
    const related = schema.getType(naming.getRelationResponseCollectionName(model));
    if (related && isObjectType(related)) {
      setType(related, `A page of related ${name} documents.`);
      setField(related.getFields().nodes, `The related ${name} documents on this page.`);
    }
    if (model.kind === 'singleType') {
      setField(queryFields[naming.getFindOneQueryName(model)], `The ${name}: one document for the whole site.`);
      continue;
    }
    const plural = naming.getFindQueryName(model);
    // Types without draft & publish have no drafts: every document is public.
    const published = model.options?.draftAndPublish ? 'published ' : '';
    setField(
      queryFields[plural],
      `${`${published}${name}`.replace(/^./, (first) => first.toUpperCase())} documents (${(model.info.description ?? '').replace(/\.$/, '').toLowerCase() || name}). ` +
        `Filter with \`filters\`, order with \`sort\` (e.g. ["${SORT_EXAMPLES[model.uid] ?? 'updatedAt:desc'}"]), page with \`pagination\` (25 a page unless set, at most 50).`,
    );
    setField(queryFields[`${plural}_connection`], `The same as \`${plural}\`, with pageInfo (total and page count) for paging.`);
    setField(queryFields[naming.getFindOneQueryName(model)], `One ${published}${name} by its documentId, or null when there is none.`);
  }

  for (const [typeName, { description, fields }] of Object.entries(OTHER_TYPES)) {
    const type = schema.getType(typeName);
    setType(type, description);
    if (type && isObjectType(type)) for (const [fieldName, text] of Object.entries(fields)) setField(type.getFields()[fieldName], text);
  }
  describeInputs(schema, models, naming);
  return schema;
};

/** Arguments, filter inputs, pagination and enumerations: what a client sends. */
const describeInputs = (schema: GraphQLSchema, models: Model[], naming: NamingService): void => {
  // The documents a *FiltersInput filters, by its name.
  const filtered = new Map<string, Model>();
  for (const model of models) {
    const typeName = model.modelType === 'component' ? naming.getComponentName(model) : naming.getTypeName(model);
    filtered.set(`${typeName}FiltersInput`, model);
  }

  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const argument of field.args) if (!argument.description && ARGUMENTS[argument.name]) argument.description = ARGUMENTS[argument.name];
      }
      continue;
    }
    if (isInputObjectType(type)) {
      const model = filtered.get(type.name);
      const fields = type.getFields();
      if (model) {
        setType(
          type,
          `Conditions on ${model.info.displayName.toLowerCase()} ${model.modelType === 'component' ? 'components' : 'documents'}: each field takes operators ({ eq: … }, { containsi: … }); a relation or component takes its own fields; and, or and not combine conditions.`,
        );
        for (const [name, field] of Object.entries(fields)) {
          const meaning = ATTRIBUTES[model.uid]?.[name] ?? COMMON[name];
          if (!field.description) field.description = OPERATORS[name] ?? (meaning ? `Conditions on ${name}: ${meaning.charAt(0).toLowerCase()}${meaning.slice(1)}` : `Conditions on ${name}.`);
        }
      } else if (type.name === 'PaginationArg') {
        setType(type, 'Which page of a list: { page, pageSize } or { start, limit }, not both.');
        for (const [name, field] of Object.entries(fields)) if (!field.description && PAGINATION_FIELDS[name]) field.description = PAGINATION_FIELDS[name];
      } else if (/FilterInput$/.test(type.name)) {
        const kind = type.name.replace(/FilterInput$/, '');
        setType(type, `Operators comparing a ${kind === 'ID' ? 'documentId' : kind === 'JSON' ? 'JSON value' : `${kind.toLowerCase()} value`}; give one or more.`);
        for (const [name, field] of Object.entries(fields)) if (!field.description && OPERATORS[name]) field.description = OPERATORS[name];
      }
      continue;
    }
    if (isEnumType(type)) {
      const known = ENUMS[type.name];
      if (!known) continue;
      setType(type, known.description);
      for (const value of type.getValues()) if (!value.description && known.values[value.name]) value.description = known.values[value.name];
    }
  }
};

/** Wraps plugin-graphql's schema build so the public schema it serves carries the descriptions. */
export const describeBuiltSchema = (strapi: Core.Strapi): void => {
  const contentApi = strapi.plugin('graphql').service('content-api') as { buildSchema: () => GraphQLSchema };
  const build = contentApi.buildSchema.bind(contentApi);
  contentApi.buildSchema = () => describeSchema(strapi, build());
};
