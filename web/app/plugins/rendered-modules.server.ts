/**
 * Hands the modules this render used to the server's render:html hooks
 * (server/plugins/4.inlined-css.ts), which only see the request.
 */
export default defineNuxtPlugin({
  name: 'rendered-modules',
  setup(nuxtApp) {
    nuxtApp.hooks.hook('app:rendered', ({ ssrContext }) => {
      if (ssrContext?.event && ssrContext.modules) ssrContext.event.context.renderedModules = ssrContext.modules;
    });
  },
});
