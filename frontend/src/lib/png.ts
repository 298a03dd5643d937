const PREFIX = "data:image/png;base64,";
const MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The base64 payload of a PNG data URL ("data:image/png;base64,iVBOR…"), or null if the URL is not one or its
 * bytes do not start with the PNG signature.
 */
export function pngBase64(dataUrl: string): string | null {
  if (!dataUrl.startsWith(PREFIX)) return null;
  const payload = dataUrl.slice(PREFIX.length);
  try {
    const head = atob(payload.slice(0, 12));
    return MAGIC.every((byte, index) => head.charCodeAt(index) === byte) ? payload : null;
  } catch {
    return null;
  }
}
