import { describe, expect, it } from "vitest";
import { insertPlaceholder, plainName, recipientOf } from "./message-texts";

describe("message texts", () => {
  it("puts a placeholder at the cursor, replacing the selection, and moves the cursor after it", () => {
    expect(insertPlaceholder("工单 的上门时间", 0, 3, 3)).toEqual({ text: "工单 {0}的上门时间", cursor: 6 });
    expect(insertPlaceholder("Order XX now", 1, 6, 8)).toEqual({ text: "Order {1} now", cursor: 9 });
    expect(insertPlaceholder("End", 2, null, null)).toEqual({ text: "End{2}", cursor: 6 });
  });

  it("says who receives each kind, and names an unknown kind in words", () => {
    expect(recipientOf("APPOINTMENT_SET")).toBe("customer");
    expect(recipientOf("ASSIGNED")).toBe("installer");
    expect(recipientOf("EARLY_WARNING")).toBe("office");
    expect(recipientOf("SOMETHING_NEW")).toBe("other");
    expect(plainName("SOMETHING_NEW")).toBe("Something new");
    expect(plainName("orderNumber")).toBe("Order number");
  });
});
