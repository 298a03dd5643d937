/**
 * An example number in the tenant's country, shown as the placeholder of phone fields so people type the
 * form their customers' numbers have there. Mobile numbers, grouped the way people read them aloud.
 */
const EXAMPLES: Readonly<Record<string, string>> = {
  CN: "138 0000 1001",
  HK: "5123 4567",
  MO: "6612 3456",
  TW: "0912 345 678",
  SG: "8123 4567",
  MY: "012 345 6789",
  JP: "090 1234 5678",
  KR: "010 1234 5678",
  DE: "0151 2345 6789",
  AT: "0664 123 4567",
  CH: "078 123 45 67",
  FR: "06 12 34 56 78",
  GB: "07700 900123",
  US: "(201) 555-0123",
  CA: "(204) 555-0123",
  AU: "0412 345 678",
};

/** The placeholder for a phone field: the country's example, or an international one when it is unknown. */
export function phonePlaceholder(country: string | null | undefined): string {
  return (country && EXAMPLES[country.toUpperCase()]) || "+86 138 0000 1001";
}
