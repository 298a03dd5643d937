/**
 * Fault categories as people type them ("No GPS signal", "无信号") and as the contract keeps them: a slug of
 * lower-case letters, digits and dashes (`no-gps-signal`), at most 50 characters. Words in Latin letters become
 * the slug itself; other scripts are kept as the hex of their UTF-8 bytes after `u8-`, so the words come back.
 */
const SLUG = /^[a-z0-9][a-z0-9-]{0,49}$/;
const ENCODED = "u8-";

/** The slug of typed words, or null when they give none or too long a one (Chinese: at most 7 characters or so). */
export function faultCategorySlug(words: string): string | null {
  const text = words.trim().toLowerCase();
  if (!text) return null;
  const latin = text
    .replace(/[\s_./]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  if (/^[a-z0-9-]+$/.test(latin)) return SLUG.test(latin) ? latin : null;
  const hex = [...new TextEncoder().encode(text.replace(/\s+/g, " "))]
    .map((byte) => byte.toString(16).padStart(2, "0"))
    .join("");
  const slug = `${ENCODED}${hex}`;
  return SLUG.test(slug) ? slug : null;
}

/** The words of a slug: "no-gps-signal" → "no gps signal", "u8-e697a0…" → the words typed. */
export function faultCategoryWords(slug: string): string {
  if (slug.startsWith(ENCODED)) {
    const hex = slug.slice(ENCODED.length);
    if (/^(?:[0-9a-f]{2})+$/.test(hex)) {
      try {
        const bytes = Uint8Array.from(hex.match(/../g)!.map((pair) => parseInt(pair, 16)));
        return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        // Not bytes of text after all: shown as the slug's words below.
      }
    }
  }
  return slug.replace(/-/g, " ");
}
