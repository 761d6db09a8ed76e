import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';

/**
 * A dashboard that explains itself: the content manager's list columns, default sort, field
 * labels, descriptions and placeholders, written in code and applied at boot.
 *
 * Trade-off: editors with "Configure the view" may still rearrange things in the admin, and
 * their changes survive restarts. The coded view of a content type is applied only when it is
 * new or has changed since it was last applied (a fingerprint per type is kept in the core
 * store), and then only the settings, list columns and field texts written here are
 * reset; the edit-view layout, field sizes and anything not named here stay as they are (but
 * for fields a view places with `editRows`: Strapi would put a new field at the very end).
 * So a developer's change to this file reaches the dashboard on the next deploy, and an
 * editor's own tweak is not undone by every restart.
 */
interface FieldView {
  label?: string;
  description?: string;
  placeholder?: string;
  editable?: boolean;
  /** The column header in the list view (defaults to `label`). */
  listLabel?: string;
}

/** Fields placed in the edit view as rows, before a field already there (`before`). */
export interface EditRows {
  before: string;
  rows: string[][];
}

export interface ContentTypeView {
  /** New fields put where they belong in the edit view (Strapi appends new fields at the end). */
  editRows?: EditRows;
  mainField: string;
  defaultSortBy: string;
  defaultSortOrder: 'ASC' | 'DESC';
  pageSize?: number;
  /** List-view columns, in order (the draft/published status column is Strapi's own). */
  list: string[];
  fields: Record<string, FieldView>;
}

const ALT_TEXT =
  'Alt text lives on the image itself: open it in the media library and fill in "Alternative text" with what the image shows, for readers who cannot see it (say what matters, not "image of"). A cover without it cannot be published.';
const SLUG = 'Made from the title when you save (leave it as it is), or write your own: it is saved as lower-case words and hyphens (“Our Team!” becomes our-team). It becomes the page address; change it after publishing and the old address keeps working (see Redirects).';
const PUBLISH_AT =
  'Leave empty to publish by hand. Set a date and time (your own time zone) and save the draft: it is published within a minute of that time and this field is cleared. If it cannot be published then (for example, no author yet), it stays a draft, the reason appears under "Not published as scheduled", and it is retried every minute until fixed.';
const PUBLISH_AT_FIELD: FieldView = { label: 'Publish at (scheduled)', listLabel: 'Scheduled for', description: PUBLISH_AT };
const SCHEDULE_PROBLEM_FIELD: FieldView = {
  label: 'Not published as scheduled',
  description: 'Why it did not go out at its "Publish at" time. Fix it and save: it goes out within a minute. Clear "Publish at" to cancel.',
  editable: false,
};
const SEO = 'How the page looks in search results and when shared. Leave empty to use the title, excerpt and cover.';

export const CONTENT_MANAGER_VIEWS: Record<string, ContentTypeView> = {
  'api::article.article': {
    mainField: 'title',
    defaultSortBy: 'updatedAt',
    defaultSortOrder: 'DESC',
    pageSize: 20,
    list: ['title', 'authors', 'publicationDate', 'publishAt'],
    fields: {
      title: { label: 'Title', description: 'The headline readers see. Under 70 characters shows in full in search results (160 at most).', placeholder: 'What the piece argues, in a few words' },
      slug: { label: 'Slug (page address)', description: SLUG, placeholder: 'generated-from-the-title' },
      excerpt: {
        label: 'Excerpt',
        description: 'One or two sentences on cards, in search results and when shared: 150–200 characters reads best (300 at most).',
        placeholder: 'Why this is worth a reader’s five minutes',
      },
      cover: { label: 'Cover image', description: `Shown above the article and on cards. ${ALT_TEXT}` },
      body: { label: 'Body', description: 'The article. Use headings to break up long pieces; the reading time is computed from this.' },
      authors: { label: 'Authors', description: 'Who wrote it. At least one is needed to publish.' },
      topics: { label: 'Topics', description: 'What it is about; readers browse by topic.' },
      related: { label: 'Related articles', description: 'Suggested at the end of the article.' },
      readingTimeMinutes: { label: 'Reading time (minutes)', description: 'Computed from the body when the article is saved; it cannot be edited.', editable: false },
      publicationDate: {
        label: 'Publication date',
        listLabel: 'Published on',
        description: 'Set automatically the first time the article is published. Change it only to backdate a piece.',
      },
      featured: { label: 'Featured', description: 'Highlight this article on the site.' },
      publishAt: PUBLISH_AT_FIELD,
      scheduleProblem: SCHEDULE_PROBLEM_FIELD,
      seo: { label: 'Search and sharing', description: SEO },
    },
  },
  'api::event.event': {
    mainField: 'title',
    defaultSortBy: 'startsAt',
    defaultSortOrder: 'DESC',
    pageSize: 20,
    list: ['title', 'startDate', 'startTime', 'timezone', 'format', 'publishAt'],
    editRows: { before: 'startsAt', rows: [['startDate', 'startTime'], ['endDate', 'endTime']] },
    fields: {
      title: { label: 'Title', description: 'The event’s name as readers see it (160 characters at most).', placeholder: 'Round table: funding the first year' },
      slug: { label: 'Slug (page address)', description: SLUG, placeholder: 'generated-from-the-title' },
      summary: { label: 'Summary', description: 'One or two sentences for the events list and when shared (300 characters at most).' },
      description: { label: 'Description', description: 'The programme, who it is for and what to prepare.' },
      startDate: { label: 'Date', listLabel: 'Date', description: 'The day it starts, where it happens.' },
      startTime: { label: 'Starts', listLabel: 'Starts', description: 'As the clock shows it where the event happens (its time zone, below), whatever your own.' },
      endDate: { label: 'Ends on', description: 'Only for an event that ends on another day; leave empty when it ends the same day.' },
      endTime: { label: 'Ends', description: 'As the clock shows it where the event happens. After the start.' },
      startsAt: {
        label: 'Starts, in your time zone',
        description: 'Computed from the date, the start time and the time zone when you save; shown in your own computer’s time zone.',
        editable: false,
      },
      endsAt: { label: 'Ends, in your time zone', description: 'Computed from the end time (and date) when you save.', editable: false },
      timezone: {
        label: 'Time zone',
        description: 'Where the event happens: its date and times above are read in this zone, and the site and calendar files show them in it. A name such as Europe/London or America/New_York.',
        placeholder: 'Europe/London',
      },
      format: { label: 'Format', description: 'Online, in person or both.' },
      venueName: { label: 'Venue', description: 'For in-person and hybrid events.', placeholder: 'The Old Library' },
      address: { label: 'Address', description: 'Full postal address of the venue.' },
      onlineUrl: { label: 'Online link', description: 'Public: shown on the event page and in its calendar file. Starts with https://. Leave empty to send it to those who register.', placeholder: 'https://' },
      registrationUrl: { label: 'Registration link', description: 'Where to sign up, starting with https://', placeholder: 'https://' },
      isFree: { label: 'Free', description: 'Switch off for paid events and say the price below.' },
      priceLabel: { label: 'Price', description: 'Shown when the event is not free.', placeholder: '£20, members free' },
      capacity: { label: 'Places', description: 'Leave empty if there is no limit.' },
      hosts: { label: 'Hosts', description: 'Team members running the event.' },
      topics: { label: 'Topics' },
      cover: { label: 'Cover image', description: `Shown on the event page and cards. ${ALT_TEXT}` },
      publishAt: PUBLISH_AT_FIELD,
      scheduleProblem: SCHEDULE_PROBLEM_FIELD,
      seo: { label: 'Search and sharing', description: SEO },
    },
  },
  'api::team-member.team-member': {
    mainField: 'name',
    defaultSortBy: 'sortOrder',
    defaultSortOrder: 'ASC',
    list: ['name', 'jobTitle', 'sortOrder'],
    fields: {
      name: { label: 'Name', placeholder: 'Full name' },
      slug: { label: 'Slug (page address)', description: 'Made from the name when you save (leave it as it is), or write your own: it is saved as lower-case words and hyphens. It becomes the profile page address.', placeholder: 'generated-from-the-name' },
      jobTitle: { label: 'Job title', placeholder: 'Senior consultant' },
      shortBio: { label: 'Short bio', description: 'One or two sentences for cards and article bylines (280 characters at most).' },
      bio: { label: 'Bio', description: 'The full profile page text.' },
      photo: { label: 'Photo', description: `A portrait, shown on the profile and bylines. ${ALT_TEXT}` },
      linkedinUrl: { label: 'LinkedIn profile', description: 'The full profile address.', placeholder: 'https://www.linkedin.com/in/…' },
      expertise: { label: 'Expertise', description: 'Topics this person speaks to.' },
      sortOrder: { label: 'Sort order', listLabel: 'Order', description: 'Lower numbers come first on the team page (100 by default).' },
      articles: { label: 'Articles', description: 'Set from each article’s authors.' },
      events: { label: 'Events', description: 'Set from each event’s hosts.' },
    },
  },
  'api::topic.topic': {
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
    list: ['name', 'slug', 'description'],
    fields: {
      name: { label: 'Name', description: 'Short and plain: readers browse by it.', placeholder: 'Governance' },
      slug: { label: 'Slug (page address)', description: 'Made from the name when you save (leave it as it is), or write your own: it is saved as lower-case words and hyphens.', placeholder: 'generated-from-the-name' },
      description: { label: 'Description', description: 'Introduces the topic page (500 characters at most).' },
    },
  },
  'api::page.page': {
    mainField: 'title',
    defaultSortBy: 'title',
    defaultSortOrder: 'ASC',
    list: ['title', 'slug', 'updatedAt'],
    fields: {
      title: { label: 'Title', placeholder: 'Accessibility statement' },
      slug: {
        label: 'Slug (page address)',
        description: `${SLUG} The page lives at the site's top level (/privacy, /accessibility); the sections' own addresses (insights, events, team, newsletter) cannot be used.`,
        placeholder: 'generated-from-the-title',
      },
      summary: { label: 'Summary', description: 'One or two sentences under the title, and in search results (300 characters at most).' },
      body: { label: 'Body', description: 'The page. Use headings so readers can find their way; say when it was last reviewed if it matters (statements, notices).' },
      seo: { label: 'Search and sharing', description: SEO },
      updatedAt: { listLabel: 'Last changed' },
    },
  },
  'api::redirect.redirect': {
    mainField: 'path',
    defaultSortBy: 'updatedAt',
    defaultSortOrder: 'DESC',
    list: ['path', 'target', 'updatedAt'],
    fields: {
      path: {
        label: 'Old address',
        description: 'A path of this site that should lead elsewhere, starting with a slash: /blog/an-old-post. Made for you when a published slug changes. Publishing a piece at this address removes the redirect.',
        placeholder: '/blog/an-old-post',
      },
      target: {
        label: 'Leads to',
        description: 'Where visitors asking for the old address are sent (permanently, 301): a path of this site (/insights/a-piece) or a full address (https://…).',
        placeholder: '/insights/a-piece',
      },
      updatedAt: { listLabel: 'Last changed' },
    },
  },
  'api::newsletter-signup.newsletter-signup': {
    mainField: 'email',
    defaultSortBy: 'createdAt',
    defaultSortOrder: 'DESC',
    pageSize: 50,
    list: ['email', 'subscriptionStatus', 'confirmedAt'],
    fields: {
      email: { label: 'Email', description: 'Where the newsletter goes.' },
      firstName: { label: 'First name', description: 'As they gave it, for the greeting; may be empty.' },
      subscriptionStatus: {
        label: 'Status',
        description: 'pending: signed up, not yet confirmed by email. confirmed: receives the newsletter. unsubscribed: left, and gets nothing more.',
      },
      // The record of consent is what the subscriber did: nobody edits it afterwards.
      source: { label: 'Signed up on', description: 'The form they used. Recorded at signup; it cannot be edited.', editable: false },
      consentText: { label: 'Consent given', description: 'The words they agreed to, as the form showed them. Recorded at signup; it cannot be edited.', editable: false },
      consentedAt: { label: 'Consented at', description: 'Recorded at signup; it cannot be edited.', editable: false },
      confirmedAt: { label: 'Confirmed at', listLabel: 'Confirmed', description: 'When they confirmed from the email. Recorded; it cannot be edited.', editable: false },
      unsubscribedAt: { label: 'Unsubscribed at', description: 'When they left. Recorded; it cannot be edited.', editable: false },
      emailProblem: {
        label: 'Email not delivered',
        description: 'Why the last email to this reader could not be sent, and when it is tried again. Empty when all went out; cleared when one does.',
        editable: false,
      },
    },
  },
  'api::global.global': {
    mainField: 'siteName',
    defaultSortBy: 'siteName',
    defaultSortOrder: 'ASC',
    list: ['siteName'],
    fields: {
      siteName: { label: 'Site name', description: 'In the header, page titles and emails.', placeholder: 'Kestrel & Co' },
      tagline: { label: 'Tagline', description: 'A line under the name on the home page.' },
      description: { label: 'Description', description: 'What the organisation does, in two or three sentences: the home page and search results.' },
      contactEmail: { label: 'Contact email', description: 'Shown in the footer and given to search engines.', placeholder: 'hello@example.org' },
      regionLine: { label: 'Where we work', description: 'A short line in the footer, such as the places or nations served.' },
      bookingCall: { label: 'Coffee call button', description: 'The "book a call" button in the header and footer, and after each article. Leave empty to hide it.' },
      linkedinUrl: { label: 'LinkedIn page', description: 'The full address, starting with https:// (https://www.linkedin.com/company/…).', placeholder: 'https://www.linkedin.com/company/…' },
      quickLinks: { label: 'Footer links', description: 'Links in the footer, in this order: the privacy notice and accessibility statement, say.' },
      newsletterBlurb: { label: 'Newsletter invitation', description: 'Why to subscribe, beside every signup form.' },
      newsletterConsentText: { label: 'Newsletter consent wording', description: 'The words beside the consent box. Each signup keeps the wording it agreed to.' },
      defaultSeo: { label: 'Search and sharing (default)', description: 'Used by pages that have none of their own.' },
    },
  },
};

export interface ComponentView {
  mainField: string;
  fields: Record<string, FieldView>;
}

const URL_HINT = 'A page of this site (/insights), a full address (https://…) or an email link (mailto:…).';

/** The same for the components inside those forms. */
export const COMPONENT_VIEWS: Record<string, ComponentView> = {
  'shared.seo': {
    mainField: 'metaTitle',
    fields: {
      metaTitle: { label: 'Title in search results', description: 'Under 60 characters shows in full. Empty: the page title.' },
      metaDescription: { label: 'Description in search results', description: '150–160 characters reads best. Empty: the excerpt or summary.' },
      shareImage: { label: 'Image when shared', description: 'About 1200 × 630 pixels. Empty: the cover image.' },
      canonicalUrl: { label: 'Canonical address', description: 'Only when this text first appeared elsewhere: that address, starting with https://. Otherwise leave empty.', placeholder: 'https://' },
      noIndex: { label: 'Hide from search engines', description: 'Yes keeps this page out of search results; it stays on the site.' },
    },
  },
  'shared.link': {
    mainField: 'label',
    fields: {
      label: { label: 'Text', description: 'What the link says.' },
      url: { label: 'Address', description: URL_HINT, placeholder: '/privacy' },
    },
  },
  'shared.call-to-action': {
    mainField: 'label',
    fields: {
      label: { label: 'Button text', placeholder: 'Book a coffee call' },
      url: { label: 'Address', description: URL_HINT, placeholder: 'https://' },
      blurb: { label: 'Invitation', description: 'A sentence or two beside the button.' },
    },
  },
};

interface Metadata {
  edit: Record<string, unknown>;
  list: Record<string, unknown>;
}
interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { list: string[]; edit: unknown[] };
}
interface ContentTypesService {
  findConfiguration(contentType: { uid: string }): Promise<Configuration>;
  updateConfiguration(contentType: { uid: string }, configuration: Configuration): Promise<unknown>;
}

/** The coded view merged over the current configuration: only the keys written here change. */
export const applyView = (current: Configuration, view: ContentTypeView): Configuration => {
  const metadatas = { ...current.metadatas };
  for (const [name, field] of Object.entries(view.fields)) {
    const meta = metadatas[name];
    if (!meta) continue;
    const { listLabel, ...edit } = field;
    const list = listLabel ?? field.label;
    metadatas[name] = { edit: { ...meta.edit, ...edit }, list: { ...meta.list, ...(list ? { label: list } : {}) } };
  }
  return {
    settings: {
      ...current.settings,
      mainField: view.mainField,
      defaultSortBy: view.defaultSortBy,
      defaultSortOrder: view.defaultSortOrder,
      ...(view.pageSize ? { pageSize: view.pageSize } : {}),
    },
    metadatas,
    layouts: { ...current.layouts, list: view.list.filter((name) => name in metadatas), ...(view.editRows ? { edit: placeRows(current.layouts.edit, view.editRows, metadatas) } : {}) },
  };
};

type EditLayout = { name: string; size: number }[][];

/** The edit layout with `rows` moved (or added) just before the row holding `before`; unchanged if `before` is not in it. */
const placeRows = (layout: unknown[], { before, rows }: EditRows, metadatas: Record<string, Metadata>): unknown[] => {
  const edit = layout as EditLayout;
  const placed = new Set(rows.flat());
  const rest = edit.map((row) => row.filter((field) => !placed.has(field.name))).filter((row) => row.length > 0);
  const at = rest.findIndex((row) => row.some((field) => field.name === before));
  if (at < 0) return layout;
  const added = rows.map((row) => row.filter((name) => name in metadatas).map((name) => ({ name, size: 12 / row.length }))).filter((row) => row.length > 0);
  return [...rest.slice(0, at), ...added, ...rest.slice(at)];
};

/** A component's coded view merged over its configuration: its main field and field texts. */
export const applyComponentView = (current: Configuration, view: ComponentView): Configuration => {
  const { settings, metadatas } = applyView(current, { mainField: view.mainField, defaultSortBy: current.settings.defaultSortBy as string, defaultSortOrder: current.settings.defaultSortOrder as 'ASC', list: current.layouts.list, fields: view.fields });
  return { settings, metadatas, layouts: current.layouts };
};

const fingerprint = (view: ContentTypeView | ComponentView) => createHash('sha256').update(JSON.stringify(view)).digest('hex');

export const configureContentManager = async (
  strapi: Core.Strapi,
  views: Record<string, ContentTypeView> = CONTENT_MANAGER_VIEWS,
  componentViews: Record<string, ComponentView> = COMPONENT_VIEWS,
): Promise<string[]> => {
  const service = strapi.plugin('content-manager').service('content-types') as unknown as ContentTypesService;
  const components = strapi.plugin('content-manager').service('components') as unknown as ContentTypesService;
  const store = strapi.store({ type: 'core', name: 'editors-dashboard' });
  const applied: string[] = [];
  for (const [uid, view] of Object.entries(views)) {
    if (!strapi.contentTypes[uid as keyof typeof strapi.contentTypes]) continue;
    const key = `view::${uid}`;
    const wanted = fingerprint(view);
    if ((await store.get({ key })) === wanted) continue;
    const current = await service.findConfiguration({ uid });
    await service.updateConfiguration({ uid }, applyView(current, view));
    await store.set({ key, value: wanted });
    applied.push(uid);
  }
  for (const [uid, view] of Object.entries(componentViews)) {
    if (!strapi.components[uid as keyof typeof strapi.components]) continue;
    const key = `view::component::${uid}`;
    const wanted = fingerprint(view);
    if ((await store.get({ key })) === wanted) continue;
    const { settings, metadatas, layouts } = await components.findConfiguration({ uid });
    await components.updateConfiguration({ uid }, applyComponentView({ settings, metadatas, layouts }, view));
    await store.set({ key, value: wanted });
    applied.push(uid);
  }
  return applied;
};
