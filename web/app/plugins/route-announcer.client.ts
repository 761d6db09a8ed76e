/**
 * After a move within the site (JavaScript on), screen readers hear the new page's title, as
 * they would on a full page load. A status region kept in <body>: a few lines instead of Nuxt's
 * <NuxtRouteAnnouncer>, which adds 1.2 KB (gzip) to every page.
 */
export default defineNuxtPlugin((nuxtApp) => {
  // Held, not looked up again when the timer fires: a test environment may have torn it down.
  const doc = document;
  const region = doc.createElement('p');
  region.className = 'visually-hidden';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.dataset.routeAnnouncer = '';
  doc.body.append(region);
  // Said when the title changes after a move (not for the page the browser loaded itself); the
  // title is set a moment after the page.
  let said = doc.title;
  nuxtApp.hook('page:loading:end', () => {
    setTimeout(() => {
      if (!region.isConnected || doc.title === said) return;
      said = doc.title;
      region.textContent = said;
    }, 150);
  });
});
