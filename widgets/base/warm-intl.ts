let scheduled = false;

/**
 * Sets up the browser's Intl number formatting in an idle moment, once per page. The first
 * `Intl.NumberFormat` of a page costs about 25 ms (ICU loads its data); a widget waiting for its
 * `src` response is idle anyway, so its first render no longer pays for it. A widget given its data
 * synchronously renders before the idle callback, which then costs well under a millisecond.
 */
export function warmIntlWhenIdle(lang: string): void {
  if (scheduled) return;
  scheduled = true;
  const warm = (): void => void new Intl.NumberFormat(lang).format(0);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm);
  else setTimeout(warm, 0);
}
