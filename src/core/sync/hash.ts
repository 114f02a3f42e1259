/**
 * A small pure string hash for the sync (no crypto API exists in Apps Script's V8 for this, and none is
 * needed: the hash only has to notice changes and spread ids, not resist attackers). cyrb53 (a public
 * domain 53-bit mix of two Math.imul lanes), written in base32hex — the alphabet of Calendar event ids,
 * `0-9a-v`, which is exactly what Number#toString(32) prints.
 */

/** cyrb53 of `text` with `seed`, a non-negative integer below 2^53. */
export function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** 53 bits of `text` as 11 base32hex characters (left-padded, so every hash has the same length). */
export function hash32hex(text: string, seed = 0): string {
  return cyrb53(text, seed).toString(32).padStart(11, "0");
}

/** 106 bits of `text` as 22 base32hex characters: two independent lanes, for ids that must not collide. */
export function longHash32hex(text: string): string {
  return hash32hex(text, 1) + hash32hex(text, 2);
}
