import { describe, expect, it } from 'vitest';
import { ingestCsvBytes } from '../../src/index.js';
import { ingestCsvBytesInParts } from '../../src/internal.js';

const dataset = {
  id: 'd',
  key: ['name'],
  fields: [
    { name: 'name', type: 'string', required: true },
    { name: 'n', type: 'integer', required: true },
    { name: 'kind', type: 'string' },
  ],
} as const;

describe('smoke', () => {
  it('same table in parts', () => {
    const text =
      '\uFEFFname,n,kind\r\n黄浦区,1,a\r\n"浦\r\n东😀",2,\r\n坏,x,b\r\n\r\n黄浦区,3,a\nx,4\n"q""q",5,"c\nd"\n合计,,\n';
    const bytes = new TextEncoder().encode(text);
    const whole = ingestCsvBytes(dataset, bytes);
    for (let part = 1; part < bytes.length + 2; part++)
      for (const block of [1, 2, 3, 7, 100])
        expect(ingestCsvBytesInParts(dataset as never, bytes, {}, part, block), `${part} ${block}`).toEqual(whole);
  });
});
