import { expect } from '@open-wc/testing';
import { scriptBeside } from '../widgets/base/script-beside.js';

const scriptsFor = (path: string): number =>
  [...document.scripts].filter((script) => new URL(script.src, document.baseURI).pathname === path).length;

describe('scriptBeside (the <script> bundles load their on-use scripts with it)', () => {
  it('loads a script once and gives the global it defines', async () => {
    const path = '/dist/lawgauge-reform-as-of.iife.min.js';
    const [first, second] = await Promise.all([
      scriptBeside<{ reformReportAsOf: unknown }>(path, 'LawGaugeReformAsOf'),
      scriptBeside<{ reformReportAsOf: unknown }>(path, 'LawGaugeReformAsOf'),
    ]);
    expect(first.reformReportAsOf).to.be.a('function');
    expect(second).to.equal(first);
    expect(scriptsFor(path)).to.equal(1);
  });

  it('waits for nothing when the page already has the global', async () => {
    (globalThis as Record<string, unknown>)['LawGaugeTestGlobal'] = { ready: true };
    expect(await scriptBeside('/dist/lawgauge-no-such-file.js', 'LawGaugeTestGlobal')).to.deep.equal({ ready: true });
    expect(scriptsFor('/dist/lawgauge-no-such-file.js')).to.equal(0);
  });

  it('rejects naming the URL when the script does not load, and tries again on the next call', async () => {
    const path = '/dist/lawgauge-missing.js';
    const failure = async (): Promise<string> =>
      scriptBeside(path, 'LawGaugeMissing').then(
        () => 'loaded',
        (error: unknown) => (error as Error).message,
      );
    expect(await failure()).to.equal(`${new URL(path, document.baseURI).href} did not load`);
    expect(await failure()).to.contain('did not load');
    expect(scriptsFor(path)).to.equal(2);
  });
});
