let scheduled = false;

/**
 * Sets up the browser's Intl number formatting in an idle moment, once per page. The first
 * `Intl.NumberFormat` of a page costs about 25 ms (ICU loads its data; later formatters, in any
 * language, well under a millisecond). Registration modules call it, and so does every indicator
 * widget when it connects (for classes registered by hand): a page that loads the script and gives
 * data later — after its own fetch, or through `src` — no longer pays for it in the first render.
 * A widget given data in the same task renders before the idle callback, as it did before.
 */
export function warmIntlWhenIdle(lang = document.documentElement.lang || 'zh-CN'): void {
  if (scheduled) return;
  scheduled = true;
  const warm = (): void => void new Intl.NumberFormat(lang).format(0);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm);
  else setTimeout(warm, 0);
}
