import type { ImportJob, ImportKind, ImportStatus } from "../api/imports";

export const IMPORT_KINDS = ["CUSTOMERS", "ASSETS"] as const satisfies readonly ImportKind[];

export interface ImportColumn {
  /** The column's name in the file's first row. */
  name: string;
  required: boolean;
  /** A value of the example row of the template. */
  example: string;
}

/**
 * The columns the API reads, as the contract describes POST /api/v1/imports/customers and /assets (any order, case
 * and spacing; unknown columns are refused). Their meaning is in i18n under imports.columns.
 */
export const IMPORT_COLUMNS: Record<ImportKind, readonly ImportColumn[]> = {
  CUSTOMERS: [
    { name: "name", required: true, example: "王芳" },
    { name: "phone", required: true, example: "138-1234-5678" },
    { name: "kind", required: false, example: "个人" },
    { name: "email", required: false, example: "wang.fang@example.com" },
    { name: "notes", required: false, example: "" },
    { name: "contact_name", required: false, example: "" },
    { name: "contact_phone", required: false, example: "" },
    { name: "contact_email", required: false, example: "" },
    { name: "contact_role", required: false, example: "" },
    { name: "site_label", required: false, example: "家" },
    { name: "site_address", required: false, example: "浙江省杭州市西湖区文三路 100 号" },
    { name: "site_latitude", required: false, example: "" },
    { name: "site_longitude", required: false, example: "" },
  ],
  ASSETS: [
    { name: "customer_phone", required: true, example: "138-1234-5678" },
    { name: "product_code", required: true, example: "GPS-T100" },
    { name: "serial_number", required: true, example: "T100-2026-000123" },
    { name: "site_label", required: false, example: "" },
    { name: "terminal_id", required: false, example: "" },
    { name: "sim_id", required: false, example: "" },
    { name: "vehicle_plate", required: false, example: "浙A·12345" },
    { name: "install_date", required: false, example: "2026-03-05" },
    { name: "warranty_end", required: false, example: "2028-03-04" },
  ],
};

/** The API's body limit for an import file. */
export const MAX_FILE_BYTES = 12 * 1024 * 1024;
/** How often a running import is asked for its progress. */
export const POLL_INTERVAL_MS = 1000;

/** The job is still working: waiting for a worker or importing rows. */
export function isActive(status: ImportStatus): boolean {
  return status === "QUEUED" || status === "RUNNING";
}

/** TanStack Query's refetchInterval: every second while the job works, never once it has ended. */
export function pollInterval(job: Pick<ImportJob, "status"> | undefined): number | false {
  return job && isActive(job.status) ? POLL_INTERVAL_MS : false;
}

/** Whole percent of the rows processed; an ended job is complete whatever its count. */
export function progressPercent(job: Pick<ImportJob, "status" | "totalRows" | "processedRows">): number {
  if (job.status === "DONE") return 100;
  if (job.totalRows <= 0) return 0;
  return Math.min(100, Math.max(0, Math.floor((job.processedRows * 100) / job.totalRows)));
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A template to fill in: the header row and one example row, with the byte-order mark Excel needs for UTF-8. */
export function templateCsv(kind: ImportKind): string {
  const columns = IMPORT_COLUMNS[kind];
  const header = columns.map((column) => column.name).join(",");
  const example = columns.map((column) => csvCell(column.example)).join(",");
  return `\uFEFF${header}\r\n${example}\r\n`;
}

export type FileProblem = "empty" | "tooLarge" | "encoding";

/**
 * The file's text, or why it cannot be sent: the API reads UTF-8 only, and a GBK file (Excel's plain "CSV" on a
 * Chinese Windows) would otherwise arrive as garbled names.
 */
export function readCsv(bytes: ArrayBuffer): { text: string } | { problem: FileProblem } {
  if (bytes.byteLength === 0) return { problem: "empty" };
  if (bytes.byteLength > MAX_FILE_BYTES) return { problem: "tooLarge" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { problem: "encoding" };
  }
}
