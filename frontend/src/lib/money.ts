/**
 * Amounts as the API writes them: decimal strings with up to two decimals ("50.00", "-20.5"). Money never passes
 * through floating point on its way to the server.
 */
const AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;
const SIGNED_AMOUNT = /^-?\d{1,9}(\.\d{1,2})?$/;

/** Whether the text is an amount the API accepts; `signed` allows a leading minus (adjustments). */
export function isAmount(text: string, signed = false): boolean {
  return (signed ? SIGNED_AMOUNT : AMOUNT).test(text.trim());
}

/** "50" → "50.00", "-7.5" → "-7.50": the amount with two decimals, for an input {@link isAmount} accepted. */
export function toAmount(text: string): string {
  const trimmed = text.trim();
  const negative = trimmed.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? trimmed.slice(1) : trimmed).split(".");
  const digits = whole.replace(/^0+(?=\d)/, "");
  return `${negative ? "-" : ""}${digits}.${fraction.padEnd(2, "0").slice(0, 2)}`;
}

/** Whether the amount is zero ("0", "0.00", "-0.0"). */
export function isZeroAmount(text: string): boolean {
  return /^-?0*(\.0*)?$/.test(text.trim());
}

/**
 * "120.00" + "30.5" → "150.50": the sum of amounts {@link isAmount} accepts (unsigned), counted in whole cents so
 * no floating point creeps in.
 */
export function sumAmounts(amounts: readonly string[]): string {
  const cents = amounts.reduce((total, amount) => total + Number(toAmount(amount).replace(".", "")), 0);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}
