import type { Core, UID } from '@strapi/strapi';

/**
 * Bounds on the REST API's `populate`, checked before Strapi reads anything. GraphQL pages every
 * nested list (25 by default, 50 at most) and refuses a query whose estimated size is too large
 * (src/graphql/cost-limit.ts); REST returns a populated relation whole, however long. Without
 * these bounds one anonymous request (articles → authors → articles → …) returned 78 MB.
 *
 * - A relation that lists what points at a document (a topic's or an author's articles: the
 *   inverse side, `mappedBy`) grows with the site, so it cannot be populated: list those
 *   documents with a filter and pagination instead. `populate=*` that would include one is
 *   refused the same way. The lists an editor curates (an article's authors, topics, related
 *   reading) stay short and can be populated.
 * - Populate nests at most MAX_POPULATE_DEPTH levels (an article's authors' photos are two).
 */
export const MAX_POPULATE_DEPTH = 3;

export interface PopulateProblem {
  /** Where in the query string, as sent: ['populate', 'authors', 'populate', 'articles']. */
  path: string[];
  message: string;
}

interface Attribute {
  type: string;
  target?: string;
  mappedBy?: string;
  component?: string;
  components?: string[];
  relation?: string;
}

interface Model {
  uid: string;
  modelType?: string;
  info?: { singularName?: string; pluralName?: string; displayName?: string };
  attributes: Record<string, Attribute>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const shown = (path: string[]) => path.reduce((text, key, index) => (index === 0 ? key : `${text}[${key}]`), '');
const POPULATABLE = new Set(['relation', 'media', 'component', 'dynamiczone']);

/** `['a', 'b.c']` as the object form Strapi turns it into: `{ a: true, b: { populate: { c: true } } }`. */
const asObject = (paths: string[]): Record<string, unknown> => {
  const root: Record<string, unknown> = {};
  for (const text of paths) {
    let level = root;
    const parts = text.split('.').map((part) => part.trim()).filter(Boolean);
    parts.forEach((part, index) => {
      if (index === parts.length - 1) {
        if (!isObject(level[part])) level[part] = true;
        return;
      }
      const existing = level[part];
      const node = isObject(existing) ? existing : (level[part] = {} as Record<string, unknown>);
      if (!isObject(node.populate)) node.populate = {};
      level = node.populate as Record<string, unknown>;
    });
  }
  return root;
};

/** The models a populated attribute leads to (a dynamic zone leads to several). */
const targetsOf = (attribute: Attribute): string[] => {
  if (attribute.type === 'media') return ['plugin::upload.file'];
  if (attribute.type === 'component' && attribute.component) return [attribute.component];
  if (attribute.type === 'dynamiczone') return attribute.components ?? [];
  return attribute.target ? [attribute.target] : [];
};

const listsWhatPointsHere = (attribute: Attribute) => attribute.type === 'relation' && Boolean(attribute.mappedBy);

/** Names the list and says what to ask for instead. */
const growingListMessage = (model: Model, name: string, attribute: Attribute, path: string[], strapi: Core.Strapi, viaWildcard: boolean) => {
  const target = strapi.getModel(attribute.target as UID.Schema) as Model | undefined;
  const plural = target?.info?.pluralName ?? 'documents';
  const owner = model.info?.displayName?.toLowerCase() ?? model.uid;
  const lead = viaWildcard ? `${shown(path)}=* would include "${name}"` : `${shown(path)} asks for "${name}"`;
  return `${lead}: the ${plural.replace(/-/g, ' ')} linked to a ${owner}, a list that grows with the site and cannot be paged here. Ask /api/${plural} with filters[${attribute.mappedBy}][documentId][$eq]=<documentId> and pagination instead${viaWildcard ? ', or name the relations you want (populate[0]=…)' : ''}.`;
};

/**
 * The first problem with a REST `populate` value for documents of `uid`, or undefined. Accepts
 * every form Strapi does: `*`, `a,b.c`, `['a', 'b.c']`, `{ a: true }`, `{ a: { populate: … } }`,
 * `{ a: { on: { 'x.y': … } } }` for dynamic zones. Unknown names are left to Strapi's own check.
 */
export const populateProblem = (strapi: Core.Strapi, uid: string, populate: unknown, path: string[] = ['populate'], depth = 1): PopulateProblem | undefined => {
  const model = strapi.getModel(uid as UID.Schema) as Model | undefined;
  if (!model || populate === undefined || populate === null || populate === false || populate === 'false') return undefined;

  /** One attribute asked for, with what to populate below it (undefined: nothing). */
  const visit = (name: string, below: unknown, at: string[], viaWildcard = false): PopulateProblem | undefined => {
    const attribute = model.attributes[name];
    if (!attribute || !POPULATABLE.has(attribute.type)) return undefined;
    if (depth > MAX_POPULATE_DEPTH) {
      return { path: at, message: `${shown(at)} nests populate ${depth} levels deep; the most is ${MAX_POPULATE_DEPTH}. Ask for the deeper documents in a second request.` };
    }
    if (listsWhatPointsHere(attribute)) return { path: at, message: growingListMessage(model, name, attribute, at, strapi, viaWildcard) };
    if (!isObject(below)) return undefined;
    if (isObject(below.on)) {
      for (const [component, inner] of Object.entries(below.on)) {
        const problem = populateProblem(strapi, component, isObject(inner) ? inner.populate : undefined, [...at, 'on', component, 'populate'], depth + 1);
        if (problem) return problem;
      }
    }
    for (const target of targetsOf(attribute)) {
      const problem = populateProblem(strapi, target, below.populate, [...at, 'populate'], depth + 1);
      if (problem) return problem;
    }
    return undefined;
  };

  const visitAll = (at: string[]): PopulateProblem | undefined => {
    for (const name of Object.keys(model.attributes)) {
      const problem = visit(name, undefined, at, true);
      if (problem) return problem;
    }
    return undefined;
  };

  if (populate === true || populate === 'true' || populate === '*') return visitAll(path);
  if (typeof populate === 'string' || Array.isArray(populate)) {
    const paths = (Array.isArray(populate) ? populate : populate.split(',')).filter((item): item is string => typeof item === 'string');
    if (paths.some((item) => item.trim() === '*')) {
      const problem = visitAll(path);
      if (problem) return problem;
    }
    return populateProblem(strapi, uid, asObject(paths.filter((item) => item.trim() !== '*')), path, depth);
  }
  if (isObject(populate)) {
    for (const [name, below] of Object.entries(populate)) {
      if (below === false || below === 'false') continue;
      const problem = visit(name, below, [...path, name]);
      if (problem) return problem;
    }
  }
  return undefined;
};

/** The content type a REST path reads (`/api/articles/…` → article, `/api/global` → global), or undefined. */
export const restContentType = (strapi: Core.Strapi, prefix: string, requestPath: string): string | undefined => {
  const segment = requestPath.slice(prefix.length).split('/')[1];
  if (!segment) return undefined;
  for (const [uid, contentType] of Object.entries(strapi.contentTypes) as [string, Model][]) {
    if (!uid.startsWith('api::')) continue;
    const { singularName, pluralName } = contentType.info ?? {};
    if (contentType.modelType === 'contentType' && (segment === pluralName || segment === singularName)) return uid;
  }
  return undefined;
};
