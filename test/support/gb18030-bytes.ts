// Node has TextDecoder('gb18030') but no encoder: test files in GBK, as Chinese exports are, are written with this.

/**
 * `text` in GB18030: two-byte characters from a table read off `TextDecoder` (Node has no GB18030
 * encoder), ASCII as is, U+20000 as its four-byte sequence and U+FEFF as the BOM.
 */
export function gb18030Bytes(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const pairs = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (trail !== 0x7f && char.length === 1 && !pairs.has(char)) pairs.set(char, [lead, trail]);
    }
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else if (char === '\u{20000}') bytes.push(0x95, 0x32, 0x82, 0x36);
    else if (char === '\uFEFF') bytes.push(0x84, 0x31, 0x95, 0x33);
    else bytes.push(...pairs.get(char)!);
  }
  return Buffer.from(bytes);
}
