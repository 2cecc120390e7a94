/**
 * The FNV-1a hash of `bytes[start, end)`: the one hash of a text's bytes in the reader, so a part
 * read in a worker carries hashes the receiving builder's lookups ({@link ByteDictionary},
 * {@link ByteArenaSet}) find its entries by.
 */
export function fnv1a(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash;
}
