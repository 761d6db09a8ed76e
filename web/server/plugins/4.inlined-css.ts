import chunks from '#inlined-css';

/**
 * The CSS files whose styles a rendered page already carries inline get a disabled
 * `<link rel="stylesheet">` each (see modules/inlined-css.ts): the browser does not fetch a
 * disabled stylesheet, and Vite's preload helper, finding the link, does not fetch it either when
 * hydration imports the chunk. A component the page did not render still brings its CSS when
 * the browser first loads it.
 */
export default defineNitroPlugin((nitroApp) => {
  const { baseURL, buildAssetsDir } = useRuntimeConfig().app;
  nitroApp.hooks.hook('render:html', (html, { event }) => {
    const modules = event.context.renderedModules as Set<string> | undefined;
    if (!modules?.size) return;
    const files = chunks.filter((chunk) => chunk.owners.every((owner) => modules.has(owner))).map((chunk) => chunk.file);
    if (!files.length) return;
    html.head.push(files.map((file) => `<link rel="stylesheet" href="${`${baseURL}/${buildAssetsDir}/${file}`.replace(/\/{2,}/g, '/')}" disabled>`).join(''));
  });
});
