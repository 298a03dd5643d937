import type { Schema } from "@/lib/api/schema-types";

type Figure = Schema<"KpiFigure">;

/** A row of a report table: its cells as text, in column order. */
export interface ReportRow {
  key: string;
  cells: string[];
}

function number(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** An indicator's value as a reader reads it, in its unit; "—" when there was nothing to measure. */
export function figureText(figure: Figure, value: number | null, money: (amount: string) => string): string {
  if (value === null) return "—";
  switch (figure.unit) {
    case "PERCENT":
      return `${number(value)} %`;
    case "HOURS":
      return `${number(value)} h`;
    case "SCORE":
      return `${number(value)} / 5`;
    case "PER_HUNDRED":
      return `${number(value)} / 100`;
    case "MONEY":
      return money(value.toFixed(2));
    default:
      return number(value);
  }
}

/** The parts of an indicator along one dimension, this period and the one before. */
export function partsOf(
  figure: Figure | undefined,
  dimension: string,
  name: (key: string) => string,
  suffix = "",
): ReportRow[] {
  const text = (value: number | null) => (value === null ? "—" : `${number(value)}${suffix ? ` ${suffix}` : ""}`);
  return (figure?.breakdown ?? [])
    .filter((part) => part.dimension === dimension)
    .map((part) => ({ key: part.key, cells: [name(part.key), text(part.value), text(part.previous)] }));
}
