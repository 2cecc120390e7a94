let scheduled = false;

/**
 * Sets up the browser's Intl number formatting in a task of its own, once per page. The first
 * `Intl.NumberFormat` of a page costs about 10 ms (ICU loads its data; later formatters, in any
 * language, about 0.1 ms). `defineWidget` calls it, and so does every widget when it connects
 * (for classes registered by hand).
 *
 * A task, not an idle callback: a page that gives data as soon as it has loaded often does so
 * before the first idle period, and then paid the set-up inside its first render (a 30 ms render
 * task where 20 ms would do). The task is queued when the script runs, so it usually runs before
 * the page's load event, between the parser's own tasks. A page giving data in the same task as
 * the registration still renders first and sets ICU up in that render, as before.
 */
export function scheduleIntlWarmUp(language: () => string = () => document.documentElement.lang || 'zh-CN'): void {
  // Outside a page (Node, a server-side render, where Lit's DOM shim registers elements) there is nothing to render soon.
  if (scheduled || typeof document === 'undefined') return;
  scheduled = true;
  // Asked for only now: widgets call this on every connection, and resolving theirs walks up the tree.
  const lang = language();
  setTimeout(() => void new Intl.NumberFormat(lang).format(0), 0);
}
