/**
 * With every page's CSS inlined (features.inlineStyles), Nuxt still links the CSS files of the
 * page's chunks; those links block the first paint for styles the page already has. Dropping
 * them is safe: a chunk loaded later in the browser brings its own CSS (Vite preloads a
 * dynamic import's CSS with it).
 */
const CHUNK_CSS = /<link rel="stylesheet" href="\/_nuxt\/[^"]+\.css"[^>]*>/g;

export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:html', (html) => {
    html.head = html.head.map((part) => part.replace(CHUNK_CSS, ''));
  });
});
