/** FNV-1a's offset basis and prime, for a caller that hashes bytes as it copies them. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/**
 * The FNV-1a hash of `bytes[start, end)`: the one hash of a text's bytes in the reader, so a part
 * read in a worker carries hashes the receiving builder's lookups ({@link ByteDictionary},
 * {@link ByteArenaSet}) find its entries by.
 */
export function fnv1a(bytes: Uint8Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, FNV_PRIME);
  return hash;
}
