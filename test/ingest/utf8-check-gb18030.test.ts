// The encoding evidence counts the sequences GB18030 cannot read with the transcoder's own error
// record (one reading of GB18030): the same counts as the reader quarantines by.
import { describe, expect, it } from 'vitest';
import { Gb18030ToUtf8 } from '../../src/ingest/gb18030-to-utf8.js';
import { Utf8Check } from '../../src/ingest/utf8-check.js';

/** 黄浦区,闵行区 in GBK. */
const GBK = [0xbb, 0xc6, 0xc6, 0xd6, 0xc7, 0xf8, 0x2c, 0xe3, 0xc9, 0xd0, 0xd0, 0xc7, 0xf8, 0x0a];

function evidenceOf(...chunks: number[][]): { gb18030Invalid: number; transcoder: number } {
  const check = new Utf8Check();
  const transcoder = new Gb18030ToUtf8();
  let errors = 0;
  for (const chunk of chunks) {
    check.chunk(Uint8Array.from(chunk));
    transcoder.push(Uint8Array.from(chunk));
    errors += transcoder.errors.length;
  }
  check.end();
  transcoder.end();
  errors += transcoder.errors.length;
  return { gb18030Invalid: check.evidence.gb18030Invalid, transcoder: errors };
}

describe('Utf8Check: GB18030 errors in the evidence', () => {
  it('counts none in clean GBK text', () => {
    expect(evidenceOf([...GBK, ...GBK, ...GBK])).toEqual({ gb18030Invalid: 0, transcoder: 0 });
  });

  it('counts a stray 0xFF, a lead before an ASCII byte, and a trail of 0xFF as the transcoder does', () => {
    const bytes = [...GBK, 0xff, ...GBK, 0x81, 0x2c, ...GBK, 0x81, 0xff, ...GBK];
    expect(evidenceOf(bytes)).toEqual({ gb18030Invalid: 3, transcoder: 3 });
  });

  it('counts a four-byte sequence GB18030 leaves out (84 32 A4 37) and a broken one', () => {
    const bytes = [...GBK, 0x84, 0x32, 0xa4, 0x37, ...GBK, 0x81, 0x30, 0x2c, ...GBK, 0x84, 0x31, 0xa4, 0x37, ...GBK];
    expect(evidenceOf(bytes)).toEqual({ gb18030Invalid: 2, transcoder: 2 });
  });
});
