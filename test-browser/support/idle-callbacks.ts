/** Holds `requestIdleCallback` callbacks instead of scheduling them, until `restore()`. */
export function holdIdleCallbacks(): { readonly idle: IdleRequestCallback[]; runFirst(): (string | string[] | undefined)[]; restore(): void } {
  const idle: IdleRequestCallback[] = [];
  const { requestIdleCallback } = window;
  window.requestIdleCallback = (callback) => idle.push(callback);
  return {
    idle,
    /** Runs the first held callback and returns the locales of the Intl.NumberFormats it created. */
    runFirst() {
      const made: (string | string[] | undefined)[] = [];
      const { NumberFormat } = Intl;
      Intl.NumberFormat = function (locales?: string | string[], options?: Intl.NumberFormatOptions) {
        made.push(locales);
        return new NumberFormat(locales, options);
      } as typeof Intl.NumberFormat;
      try {
        idle[0]!({ didTimeout: false, timeRemaining: () => 50 });
      } finally {
        Intl.NumberFormat = NumberFormat;
      }
      return made;
    },
    restore: () => void (window.requestIdleCallback = requestIdleCallback),
  };
}
