import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { nothing, render, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { heldApiUrl } from '../support/shared-suites.js';
import type { Report } from '../../src/index.js';
import { waitFor } from '../support/wait-for.js';

/**
 * The fonts every pixel snapshot is drawn with, whatever fonts the machine has: WenQuanYi Zen Hei
 * for Chinese and Latin alike, then DejaVu Sans for the few signs it lacks (− U+2212, ✔ U+2714),
 * so no character is left to the machine's own fallback. `.ci/run` installs both packages.
 */
export const PINNED_FONTS = [
  {
    family: 'lawgauge visual pinned',
    name: 'WenQuanYi Zen Hei',
    postscript: 'WenQuanYiZenHei',
    debian: 'fonts-wqy-zenhei',
  },
  { family: 'lawgauge visual signs', name: 'DejaVu Sans', postscript: 'DejaVuSans', debian: 'fonts-dejavu-core' },
] as const;
const FONT_STACK = PINNED_FONTS.map((font) => `'${font.family}'`).join(', ');

export type Lang = 'zh-CN' | 'en';
export type Theme = 'light' | 'dark';

/** How a state is drawn: language, system colour scheme, viewport width in CSS pixels. */
export interface Variant {
  readonly lang: Lang;
  readonly theme: Theme;
  readonly width: 320 | 960;
}

/**
 * Each state is drawn four times, not eight: the pairwise cover of the three two-valued factors
 * (an L4 orthogonal array). Every language meets every theme and every width, and every theme
 * every width, so a fault of any one factor or any pair of them shows, at half the baselines.
 */
export const VARIANTS: readonly Variant[] = [
  { lang: 'zh-CN', theme: 'light', width: 320 },
  { lang: 'zh-CN', theme: 'dark', width: 960 },
  { lang: 'en', theme: 'light', width: 960 },
  { lang: 'en', theme: 'dark', width: 320 },
];

const variantName = (variant: Variant): string => `${variant.lang}-${variant.theme}-${variant.width}`;

/** Height of the viewport before the stage is measured; it then grows to hold the whole stage. */
const VIEWPORT_HEIGHT = 800;
/** The page behind the widget, seen at its rounded corners (GitHub's canvas colours, as the demo). */
const CANVAS: Record<Theme, string> = { light: '#ffffff', dark: '#010409' };

export interface VisualState {
  /** File-name-safe: `loading`, `unknown-group`, … */
  readonly name: string;
  /** The widget in this state. The stage carries `lang`; widgets take it from there. */
  readonly template: () => TemplateResult;
  /** True once the widget shows this state; waited for, so the snapshot never catches a state in passing. */
  readonly shows: (widget: HTMLElement) => unknown;
  /** Run after the snapshot (e.g. release a held request). */
  readonly cleanup?: () => Promise<void>;
}

let fontsPinned: Promise<void> | undefined;

/**
 * Loads the pinned fonts from the machine's fonts (`local()`, as @font-face would) under family
 * names of their own, and fails, naming the package to install, when the machine lacks one: a
 * baseline drawn with a fallback font would differ everywhere else.
 */
function pinFonts(): Promise<void> {
  fontsPinned ??= (async () => {
    for (const font of PINNED_FONTS) {
      const face = new FontFace(font.family, `local('${font.name}'), local('${font.postscript}')`);
      try {
        await face.load();
      } catch {
        throw new Error(
          `The visual tests draw with the font "${font.name}", which this machine lacks: ` +
            `install the Debian package ${font.debian} (apt-get install ${font.debian}), as .ci/run does.`,
        );
      }
      document.fonts.add(face);
    }
  })();
  return fontsPinned;
}

/**
 * Sets the pinned fonts on every element: from the page on the outer widgets, and from inside
 * each shadow root on the widgets it holds (a dashboard's panels), since each widget's own `:host`
 * rule would otherwise give it the theme's default font stack. An outer rule wins over `:host`.
 */
const pinSheet = new CSSStyleSheet();
pinSheet.replaceSync(`* { --lg-font: ${FONT_STACK}; }`);
const pageSheet = new CSSStyleSheet();
pageSheet.replaceSync(`
  html, body { margin: 0; padding: 0; overflow: hidden; }
  .lg-visual-stage { box-sizing: border-box; }
`);

function adoptPinSheet(root: Document | ShadowRoot): void {
  if (!root.adoptedStyleSheets.includes(pinSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, pinSheet];
}

/** Every element in the tree under `root`, through open shadow roots. */
function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

type Updating = Element & { updateComplete: Promise<boolean>; isUpdatePending: boolean };
const isUpdating = (element: Element): element is Updating => 'updateComplete' in element;

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Until nothing moves: every widget in the stage (nested ones too) has rendered, ResizeObservers
 * have reported and been answered, and the fonts are loaded. Bounded: a widget that keeps
 * updating fails the test instead of being photographed mid-change.
 */
async function settle(stage: HTMLElement): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const widgets = [...deepElements(stage)].filter(isUpdating);
    for (const widget of widgets) if (widget.shadowRoot) adoptPinSheet(widget.shadowRoot);
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    await frame();
    await frame();
    await document.fonts.ready;
    if (widgets.every((widget) => !widget.isUpdatePending)) return;
  }
  throw new Error('the widgets kept updating: nothing stable to photograph');
}

/**
 * Registers, for each of the four variants, one test per state: the widget drawn on a stage the
 * variant's width, in its language and colour scheme, with reduced motion and a device scale of
 * 1; axe finds no violation; and the element's pixels match its baseline in
 * test-browser/__screenshots__/<widget>/<state>--<lang>-<theme>-<width>.png.
 */
export function visualSuite(widget: string, states: readonly VisualState[]): void {
  describe(`<${widget}> pixels`, () => {
    before(async () => {
      await pinFonts();
      adoptPinSheet(document);
      if (!document.adoptedStyleSheets.includes(pageSheet))
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
    });
    after(async () => {
      await executeServerCommand('emulate-media-features', []);
    });

    for (const variant of VARIANTS) {
      describe(variantName(variant), () => {
        for (const state of states) {
          it(`${state.name}: axe-clean, pixels as the baseline`, async () => {
            await setViewport({ width: variant.width, height: VIEWPORT_HEIGHT, deviceScaleFactor: 1 });
            await executeServerCommand('emulate-media-features', [
              { name: 'prefers-color-scheme', value: variant.theme },
              { name: 'prefers-reduced-motion', value: 'reduce' },
              { name: 'forced-colors', value: 'none' },
            ]);
            const stage = document.createElement('div');
            stage.className = 'lg-visual-stage';
            stage.lang = variant.lang;
            stage.style.width = `${variant.width}px`;
            stage.style.background = CANVAS[variant.theme];
            document.body.append(stage);
            try {
              render(state.template(), stage);
              const element = stage.firstElementChild as HTMLElement;
              await waitFor(() => state.shows(element), `<${widget}> did not reach the ${state.name} state`);
              await settle(stage);
              // Room for the whole stage, so nothing is left to content-visibility or scrolling.
              const height = Math.ceil(stage.getBoundingClientRect().height);
              if (height > VIEWPORT_HEIGHT) {
                await setViewport({ width: variant.width, height, deviceScaleFactor: 1 });
                await settle(stage);
              }
              expect(state.shows(element), `<${widget}> left the ${state.name} state`).to.be.ok;
              for (const drawn of [element, ...deepElements(element.shadowRoot ?? element)].filter(isUpdating))
                expect(getComputedStyle(drawn).fontFamily, `font of <${drawn.localName}>`).to.contain(
                  PINNED_FONTS[0].family,
                );
              await expect(element).to.be.accessible();
              await visualDiff(element, `${widget}/${state.name}--${variantName(variant)}`);
            } finally {
              // Cleanup first: a held request released before the widget goes is answered, not abandoned.
              await state.cleanup?.();
              render(nothing, stage);
              stage.remove();
            }
          });
        }
      });
    }
  });
}

/**
 * A widget showing a message in place of data (no source, nothing found), not loading: a status,
 * or an alert should a widget come to treat the case as an error.
 */
export const showsStatus = (widget: HTMLElement): Element | null | undefined =>
  widget.shadowRoot?.querySelector('.state[role="status"]:not([aria-live]), [role="alert"]');

/**
 * The states every widget shares: `loading` (its `src` held back by the test server until the
 * snapshot is taken), `empty` (no source given) and `error` (data the widget's check refuses).
 */
export function sharedStates(tag: string, data: () => object, bad: () => object): VisualState[] {
  const element = unsafeStatic(tag);
  let held: ReturnType<typeof heldApiUrl> | undefined;
  return [
    {
      name: 'loading',
      template: () => {
        held = heldApiUrl(data());
        return staticHtml`<${element} src=${held.url}></${element}>`;
      },
      shows: (widget) => widget.shadowRoot?.querySelector('.state[role="status"][aria-live="polite"]'),
      cleanup: async () => {
        await held?.release();
        held = undefined;
      },
    },
    {
      name: 'empty',
      template: () => staticHtml`<${element}></${element}>`,
      shows: showsStatus,
    },
    {
      name: 'error',
      template: () => staticHtml`<${element} .report=${bad()}></${element}>`,
      shows: (widget) => widget.shadowRoot?.querySelector('[role="alert"]'),
    },
  ];
}

/** A Report refused by the check, at one place: its first row's value is a word. */
export const badValue = (report: Report): object => ({
  ...report,
  rows: report.rows.map((row, index) => (index === 0 ? { ...row, value: 'high' } : row)),
});
