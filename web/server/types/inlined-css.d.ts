/** Written at build time by modules/inlined-css.ts. */
declare module '#inlined-css' {
  const chunks: { file: string; owners: string[] }[];
  export default chunks;
}
