import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/cli/main.js';
import { jsonSchemas } from '../src/index.js';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text), errIsTTY: false });
  return { code, out, err };
}

describe('lawgauge CLI', () => {
  it('lawgauge schema report prints the Report JSON Schema', async () => {
    const { code, out } = await cli('schema', 'report');
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(out)).toEqual(jsonSchemas()['report']);
  });

  it('lawgauge schema with an unknown name is a usage error', async () => {
    expect(await cli('schema', 'nope')).toMatchObject({
      code: EXIT.usage,
      err: expect.stringContaining(
        'expected one of catalog, dataset, indicator, report, mapping, programme, reform-report, dashboard, got "nope"',
      ),
    });
  });

  it('lawgauge validate accepts a good catalog and lists every problem of a bad one (exit 1)', async () => {
    expect(await cli('validate', 'src/catalogs/court-case-quality.json')).toMatchObject({
      code: EXIT.ok,
      out: expect.stringContaining('valid catalog "court-case-quality"'),
    });
    const directory = mkdtempSync(join(tmpdir(), 'lawgauge-cli-'));
    const file = join(directory, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ id: 'x', label: { 'zh-CN': 'x', en: 'x' }, datasets: [], indicators: [], extra: 1 }),
    );
    const { code, err } = await cli('validate', file);
    expect(code).toBe(EXIT.data);
    expect(err).toContain(`${file}: catalog.extra: unknown key "extra"`);
    writeFileSync(file, '{ nope');
    expect((await cli('validate', file)).err).toContain('not valid JSON');
  });

  it('lawgauge validate checks dashboard configs: the demo is valid, a broken one lists its problems', async () => {
    expect(await cli('validate', 'examples/dashboard/dashboard.json')).toMatchObject({
      code: EXIT.ok,
      out: expect.stringContaining(
        'valid dashboard "Safe Shanghai · Political-legal work indicators" (4 section(s), 27 panel(s))',
      ),
    });
    const directory = mkdtempSync(join(tmpdir(), 'lawgauge-cli-'));
    const file = join(directory, 'dashboard.json');
    writeFileSync(
      file,
      JSON.stringify({
        title: { 'zh-CN': 'x', en: 'x' },
        sections: [{ id: 'a', title: { 'zh-CN': 'a', en: 'a' }, panels: [{ widget: 'pie', src: 'r.json', span: 4 }] }],
      }),
    );
    const { code, err } = await cli('validate', file);
    expect(code).toBe(EXIT.data);
    expect(err).toContain(`${file}: dashboard.sections[0].panels[0].widget`);
    expect(err).toContain(`${file}: dashboard.sections[0].panels[0].span`);
  });

  it('lawgauge validate reads a mapping with a misspelt key as compute does: the key, its place and the nearest', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lawgauge-cli-'));
    const file = join(directory, 'mapping.json');
    writeFileSync(file, JSON.stringify({ cases: { colums: { district: '区' } } }));
    const validated = await cli('validate', file, '--lang', 'en');
    expect(validated.code).toBe(EXIT.data);
    expect(validated.err).toContain(`${file}: mapping.cases.colums: unknown key "colums"; did you mean "columns"?`);
    expect((await cli('validate', file, '--lang', 'zh-CN')).err).toContain(
      `${file}: mapping.cases.colums: 未知的键 "colums"；是否要用 "columns"？`,
    );
    const computed = await cli(
      'compute',
      '--catalog',
      'court-case-quality',
      '--data',
      'cases=seeds/cases.csv',
      '--map',
      file,
      '--lang',
      'en',
    );
    expect(computed.code).toBe(EXIT.usage);
    expect(computed.err).toContain(`${file}: mapping.cases.colums: unknown key "colums"; did you mean "columns"?`);
    // A misspelt field in a correct key: the same answer from both.
    writeFileSync(file, JSON.stringify({ cases: { columns: { distrct: '区' } } }));
    expect((await cli('validate', file, '--lang', 'en')).err).toContain(
      `mapping.cases.columns.distrct: unknown field "distrct" in dataset "cases" (did you mean "district"?)`,
    );
  });

  it('a missing file is a usage error, an unknown command too', async () => {
    expect((await cli('validate', '/no/such/file.json')).code).toBe(EXIT.usage);
    expect((await cli('frobnicate')).code).toBe(EXIT.usage);
    expect((await cli()).code).toBe(EXIT.usage);
    expect((await cli('--version')).out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
