import { apiErrorOf } from "./api/problem";

/** What an openapi-fetch call answers when asked with `parseAs: "blob"`. */
interface BlobResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The file of a download call, or an {@link ApiError} with the server's problem. */
export function blobOf(result: BlobResult): Blob {
  // Duck-typed: a Blob from another realm (a test's fetch) is a Blob all the same.
  const data = result.data as Blob | undefined;
  if (!result.response.ok || !data || typeof data.size !== "number" || typeof data.slice !== "function") {
    throw apiErrorOf(result.response, result.error);
  }
  return data;
}

/**
 * Saves a file the app fetched with the bearer token (an export cannot be a plain link: the API needs the
 * token), under the given name.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The name the server gave a download in its Content-Disposition (RFC 6266: `filename*` over `filename`), or the
 * fallback when it gave none or the header cannot be read (a cross-origin API that does not expose it).
 */
export function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get("Content-Disposition") ?? "";
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed escape: the plain name below is there for such clients.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(header);
  const name = (plain?.[1] ?? plain?.[2] ?? "").trim();
  return name || fallback;
}

/** Saves the file of a download call under the server's name for it (see {@link fileNameOf}). */
export function saveDownload(result: BlobResult, fallbackName: string): void {
  saveBlob(blobOf(result), fileNameOf(result.response, fallbackName));
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const PDF_TYPE = "application/pdf";
