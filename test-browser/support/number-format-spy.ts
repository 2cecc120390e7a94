/**
 * Records the locales of every `Intl.NumberFormat` built until `restore()`, and keeps idle
 * callbacks from running meanwhile, so work that waits for an idle period cannot pass for work
 * done in a task.
 */
export function spyOnNumberFormats(): {
  readonly locales: (string | string[] | undefined)[];
  readonly idleCallbacks: IdleRequestCallback[];
  restore(): void;
} {
  const locales: (string | string[] | undefined)[] = [];
  const idleCallbacks: IdleRequestCallback[] = [];
  const { NumberFormat } = Intl;
  const { requestIdleCallback } = window;
  Intl.NumberFormat = function (requested?: string | string[], options?: Intl.NumberFormatOptions) {
    locales.push(requested);
    return new NumberFormat(requested, options);
  } as typeof Intl.NumberFormat;
  window.requestIdleCallback = (callback) => idleCallbacks.push(callback);
  return {
    locales,
    idleCallbacks,
    restore() {
      Intl.NumberFormat = NumberFormat;
      window.requestIdleCallback = requestIdleCallback;
    },
  };
}

/** Resolves after the tasks queued so far (with no delay) have run. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
