// A dashboard panel computing an indicator its catalog lacks: named by its place, with the nearest id.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/cli/main.js';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text), errIsTTY: false });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'lawgauge-dashboard-indicator-'));
const config = join(dir, 'dashboard.json');
writeFileSync(
  config,
  JSON.stringify({
    title: { 'zh-CN': '测试', en: 'Test' },
    sections: [
      {
        id: 's',
        title: { 'zh-CN': '节', en: 'Section' },
        panels: [
          {
            widget: 'indicator-card',
            compute: { catalog: 'court-case-quality', indicator: 'clearence_rate', data: { cases: 'cases.csv' } },
          },
        ],
      },
    ],
  }),
);
const place = 'dashboard.sections[0].panels[0].compute.indicator';

describe('a dashboard computing an unknown indicator', () => {
  it('render names the panel path and the nearest id, not --indicator', async () => {
    const { code, err } = await cli('render', '--dashboard', config, '--out', join(dir, 'out.html'), '--lang', 'en');
    expect(code).not.toBe(EXIT.ok);
    expect(err).toContain(
      `${config}: ${place}: unknown indicator "clearence_rate" in catalog "court-case-quality" (did you mean "clearance_rate"?)`,
    );
    expect(err).not.toContain('--indicator');
  });

  it('validate fails on it, in both languages', async () => {
    const en = await cli('validate', config, '--lang', 'en');
    expect(en.code).toBe(EXIT.data);
    expect(en.err).toContain(`${config}: ${place}: unknown indicator "clearence_rate"`);
    const zh = await cli('validate', config, '--lang', 'zh-CN');
    expect(zh.code).toBe(EXIT.data);
    expect(zh.err).toContain('clearance_rate');
  });
});
