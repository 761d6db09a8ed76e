/**
 * Shapes what the page's head asks the browser to fetch first.
 *
 * With every page's CSS inlined (features.inlineStyles), Nuxt still links the CSS files of the
 * page's chunks; those links block the first paint for styles the page already has. Dropping
 * them is safe: a chunk loaded later in the browser brings its own CSS (Vite preloads a
 * dynamic import's CSS with it), unless 4.inlined-css.ts marked that CSS as already inline.
 *
 * The page is complete without JavaScript, which only makes it interactive (hydration): its
 * scripts are fetched at low priority, so on a slow connection the text, the fonts and the
 * first image arrive before them instead of sharing the bandwidth with them.
 */
const CHUNK_CSS = /<link rel="stylesheet" href="\/_nuxt\/[^"]+\.css"[^>]*>/g;
const SCRIPT_HINTS = /<(link rel="modulepreload"|script type="module")(?![^>]*fetchpriority)/g;

export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:html', (html) => {
    const lowPriority = (part: string) => part.replace(SCRIPT_HINTS, '<$1 fetchpriority="low"');
    html.head = html.head.map((part) => lowPriority(part.replace(CHUNK_CSS, '')));
    html.bodyAppend = html.bodyAppend.map(lowPriority);
  });
});
