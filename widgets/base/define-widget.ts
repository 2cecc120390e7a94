import { scheduleIntlWarmUp } from './warm-intl.js';

/** The version stamped on every class this build registers, to tell same-version re-registration apart. */
export const WIDGETS_VERSION = '0.1.0';

const OWNER = Symbol.for('lawgauge.version');

type Stamped = CustomElementConstructor & { [OWNER]?: string };

/**
 * Registers a widget class under `name`. A tag already defined by the same lawgauge version is
 * left alone; by anything else, it is left alone with a console warning (never an exception, so a
 * page loading two copies keeps working). Returns whether this call defined it.
 *
 * Registering also schedules the page's Intl set-up (once per page), so a first render at load
 * does not carry it (see warm-intl.ts).
 *
 * Where there is no custom-element registry (Node, a server-side render, a test runner without a
 * DOM) it registers nothing and returns false, so importing a widget module never throws there.
 */
export function defineWidget(name: string, widget: CustomElementConstructor): boolean {
  if (typeof customElements === 'undefined') return false;
  scheduleIntlWarmUp();
  const existing = customElements.get(name) as Stamped | undefined;
  if (existing !== undefined) {
    if (existing[OWNER] !== WIDGETS_VERSION)
      console.warn(
        `lawgauge: <${name}> is already defined by ${existing[OWNER] === undefined ? 'another library' : `lawgauge ${existing[OWNER]}`}; this copy (${WIDGETS_VERSION}) was not registered`,
      );
    return false;
  }
  // A subclass per tag, so the same class can also be registered under a prefixed name.
  const stamped = class extends (widget as unknown as new () => HTMLElement) {} as unknown as Stamped;
  stamped[OWNER] = WIDGETS_VERSION;
  customElements.define(name, stamped);
  return true;
}
