import { relative } from 'node:path';
import { addServerTemplate, addVitePlugin, defineNuxtModule } from 'nuxt/kit';

/** A CSS file of the client build and the components whose styles it holds. */
export interface ChunkCss {
  file: string;
  owners: string[];
}

/**
 * Which client CSS files hold which components' styles, for server/plugins/4.inlined-css.ts.
 *
 * Every page's CSS is inlined in its HTML (features.inlineStyles). In the browser, hydration
 * still imports the page's component chunks, and Vite's preload helper fetches each chunk's CSS
 * file with it unless a `<link rel="stylesheet">` for that file is already in the document: four
 * requests on an article page for styles it already has, each restyling the page again while
 * it hydrates. The server plugin marks a file as present (a disabled link, which the browser
 * does not fetch) when every component whose styles the file holds was rendered on the page.
 *
 * Read from the client bundle as Vite writes it: a chunk's modules and the CSS it imports.
 */
export default defineNuxtModule({
  meta: { name: 'inlined-css' },
  setup(_options, nuxt) {
    const chunks: ChunkCss[] = [];
    addVitePlugin(
      {
        name: 'insights:inlined-css',
        apply: 'build',
        generateBundle(_output, bundle) {
          chunks.length = 0;
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk') continue;
            // Nuxt inlines the entry's CSS in every page. Elsewhere a file's owners are the
            // components with a <style> block in the chunk, and any plain CSS module it imports
            // (whose id no render lists, so such a file is always left to load).
            const owners = chunk.isEntry
              ? []
              : [...new Set(chunk.moduleIds.filter((id) => /[?&]type=style|\.css(\?|$)/.test(id)).map((id) => relative(nuxt.options.srcDir, id.replace(/\?.*$/, ''))))];
            if (!chunk.isEntry && !owners.length) continue;
            for (const file of chunk.viteMetadata?.importedCss ?? []) chunks.push({ file: file.split('/').pop()!, owners });
          }
        },
      },
      { server: false },
    );
    addServerTemplate({
      filename: '#inlined-css',
      getContents: () => `export default ${JSON.stringify(chunks)};`,
    });
  },
});
