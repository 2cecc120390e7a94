// The static dashboard page leaves out the widgets' controls and unwraps their other buttons.
import { describe, expect, it } from 'vitest';

/** Imported through variables, so the core's typecheck (no DOM) does not follow them into the widgets. */
const SNAPSHOT = '../widgets/base/svg-snapshot.js';
const STATIC_HTML = '../widgets/ssr/static-html.js';
const { CONTROL_PARTS } = (await import(SNAPSHOT)) as { CONTROL_PARTS: readonly string[] };
const { withoutControls } = (await import(STATIC_HTML)) as { withoutControls: (html: string) => string };

describe('withoutControls', () => {
  it('drops elements whose part is a control (nested ones too), unwraps other buttons, keeps the rest', () => {
    const html =
      '<div part="chart"><svg><path d="M0 0"/></svg></div>' +
      '<div part="views" class="views"><button type="button" aria-pressed="true">Summary</button><div>x</div></div>' +
      '<button type="button" part="toggle">Table</button>' +
      '<th scope="row"><button type="button" data-index="0">黄浦区 &gt; 1</button></th>' +
      '<button part="export-menu"><div><div>menu</div></div></button><p part="summary">end</p>';
    expect(withoutControls(html)).toBe(
      '<div part="chart"><svg><path d="M0 0"/></svg></div><th scope="row">黄浦区 &gt; 1</th><p part="summary">end</p>',
    );
  });
  it('uses the image export’s list of controls', () => {
    for (const part of CONTROL_PARTS) expect(withoutControls(`a<span part="x ${part}">b</span>c`)).toBe('ac');
  });
});
