import { it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { readFileSync } from 'node:fs';
it('x', async () => {
  let out = ''; let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false };
  const args = (process.env['ARGS'] ?? '').split(' ');
  const code = await runCli(args, io);
  console.log('CODE', code, '\nERR\n' + err + '\nOUT\n' + out.slice(0, 1500));
  if (process.env['REJ']) console.log(readFileSync(process.env['REJ'], 'utf8'));
});
