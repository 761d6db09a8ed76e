import type { RouterConfig } from '@nuxt/schema';
import { START_LOCATION, type RouteLocationNormalized, type RouterScrollBehavior } from 'vue-router';

declare module '#app' {
  interface PageMeta {
    /** Element to scroll to when only the query changes (a new page of a list, a filter). */
    queryScrollTarget?: string;
  }
}

type Position = Awaited<ReturnType<RouterScrollBehavior>>;

const samePath = (to: RouteLocationNormalized, from: RouteLocationNormalized) => to.path.replace(/\/$/, '') === from.path.replace(/\/$/, '');

const hashPosition = (hash: string): Position => {
  let top = 0;
  try {
    const element = document.querySelector(hash);
    if (element) top = Number.parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
  } catch {
    // Not a valid selector: scroll to the top.
  }
  return { el: hash, top };
};

/**
 * Back or forward to another query of the same page: the list re-renders a moment later. Scrolling
 * before it has would stop at the bottom of the old, shorter list (and the browser's scroll
 * anchoring would then keep the footer in view), so wait until the page is tall enough, for at
 * most a second. A jump, not the page's smooth scrolling, which a second navigation could cut short.
 */
const restoreWhenTallEnough = (saved: { left: number; top: number }) =>
  new Promise<Position>((resolve) => {
    const started = performance.now();
    const check = () => {
      const room = document.documentElement.scrollHeight - window.innerHeight;
      if (room >= saved.top || performance.now() - started > 1000) resolve({ ...saved, behavior: 'instant' });
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });

/**
 * Nuxt's scrolling (saved position on back and forward, the hash, else the top once the new page
 * has rendered), plus one case Nuxt leaves alone: a page that names a `queryScrollTarget` is
 * scrolled to it when only the query changes, so "Older" on a phone shows the new list rather
 * than the footer it was tapped from.
 */
export default <RouterConfig>{
  scrollBehavior(to, from, savedPosition) {
    if (savedPosition) {
      if (samePath(to, from)) return restoreWhenTallEnough(savedPosition);
    } else if (samePath(to, from)) {
      if (to.hash) return hashPosition(to.hash);
      if (from.hash) return { left: 0, top: 0 };
      const target = to.meta.queryScrollTarget;
      if (target && to.fullPath !== from.fullPath && document.querySelector(target)) {
        const element = document.querySelector(target)!;
        return { el: target, top: Number.parseFloat(getComputedStyle(element).scrollMarginTop) || 0, behavior: 'instant' };
      }
      return false;
    }
    const scrollToTop = to.meta.scrollToTop;
    if ((typeof scrollToTop === 'function' ? scrollToTop(to, from) : scrollToTop) === false) return false;
    const nuxtApp = useNuxtApp();
    const router = useRouter();
    // A new page opens where it starts, at once: the page's smooth scrolling is for moves within one.
    const position = (): Position => (savedPosition ? { ...savedPosition, behavior: 'instant' } : to.hash ? hashPosition(to.hash) : { left: 0, top: 0, behavior: 'instant' });
    if (from === START_LOCATION) return position();
    return new Promise((resolve) => {
      nuxtApp.hooks.hookOnce('page:loading:end', () => {
        requestAnimationFrame(() => resolve(router.currentRoute.value.fullPath === to.fullPath ? position() : false));
      });
    });
  },
};
