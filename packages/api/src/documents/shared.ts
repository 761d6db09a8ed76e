import { graphql } from '../graphql.ts';

/** An uploaded image with what a responsive <img> needs: formats carries Strapi's sizes. */
export const ImageFields = /* @__PURE__ */ graphql(`
  fragment ImageFields on UploadFile {
    url
    alternativeText
    caption
    width
    height
    formats
  }
`);

export const SeoFields = /* @__PURE__ */ graphql(
  `
  fragment SeoFields on ComponentSharedSeo {
    metaTitle
    metaDescription
    canonicalUrl
    noIndex
    shareImage { ...ImageFields }
  }
`,
  [ImageFields],
);

/** Page information of a `*_connection` query. */
export const PageInfoFields = /* @__PURE__ */ graphql(`
  fragment PageInfoFields on Pagination {
    total
    page
    pageSize
    pageCount
  }
`);
