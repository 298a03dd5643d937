import { describe, expect, it } from "vitest";
import { sumAmounts } from "./money";
import { derivedWarrantyEnd, proposedRepairFee, warrantyStateOf } from "./warranty";

describe("warranty", () => {
  it("ends the day before the months from installation have passed, like the server", () => {
    expect(derivedWarrantyEnd("2025-01-10", 12)).toBe("2026-01-09");
    expect(derivedWarrantyEnd("2026-03-05", 24)).toBe("2028-03-04");
    // 31 January plus one month is 28 February; the warranty ends the day before.
    expect(derivedWarrantyEnd("2026-01-31", 1)).toBe("2026-02-27");
    expect(derivedWarrantyEnd("2026-11-15", 3)).toBe("2027-02-14");
    expect(derivedWarrantyEnd("2026-03-05", 0)).toBeNull();
    expect(derivedWarrantyEnd("", 12)).toBeNull();
  });

  it("is unknown without an end, else in or out as the server says", () => {
    expect(warrantyStateOf({ underWarranty: false })).toBe("unknown");
    expect(warrantyStateOf({ underWarranty: false, warrantyEnd: "2025-12-31" })).toBe("out");
    expect(warrantyStateOf({ underWarranty: true, warrantyEnd: "2028-12-31" })).toBe("in");
  });

  it("proposes the out-of-warranty fees of the assets out of warranty for a repair only", () => {
    const out = { underWarranty: false, warrantyEnd: "2025-12-31", outOfWarrantyFee: "150.00" };
    const alsoOut = { underWarranty: false, warrantyEnd: "2025-06-30", outOfWarrantyFee: "30.5" };
    const inside = { underWarranty: true, warrantyEnd: "2028-12-31", outOfWarrantyFee: "99.00" };
    expect(proposedRepairFee("REPAIR", [out, alsoOut, inside])).toBe("180.50");
    expect(proposedRepairFee("REPAIR", [inside])).toBeNull();
    expect(proposedRepairFee("INSTALLATION", [out])).toBeNull();
    expect(proposedRepairFee("REPAIR", [{ ...out, outOfWarrantyFee: undefined }])).toBeNull();
    expect(sumAmounts(["0.1", "0.2"])).toBe("0.30");
  });
});
