import { describe, expect, it } from "vitest";
import { customer, customerContact } from "@/test/fixtures";
import { matchingContacts, needsMoreDigits, phoneDigits, searchTermOf } from "./customer-lookup";

describe("customer search term", () => {
  it("searches phones by their digits from the third digit on, ignoring spaces and dashes", () => {
    expect(searchTermOf("1")).toBeNull();
    expect(searchTermOf("13")).toBeNull();
    expect(searchTermOf("138")).toEqual({ phone: "138" });
    expect(searchTermOf(" 138-0000 1001 ")).toEqual({ phone: "13800001001" });
    expect(searchTermOf("(0571) 8888")).toEqual({ phone: "05718888" });
  });

  it("searches names for anything that is not a phone number", () => {
    expect(searchTermOf("王")).toEqual({ q: "王" });
    expect(searchTermOf(" 杭州 公司 ")).toEqual({ q: "杭州 公司" });
    expect(searchTermOf("A12")).toEqual({ q: "A12" });
  });

  it("has nothing to search in an empty field", () => {
    expect(searchTermOf("")).toBeNull();
    expect(searchTermOf("   ")).toBeNull();
  });

  it("asks for more digits only while a phone number is too short", () => {
    expect(needsMoreDigits("1")).toBe(true);
    expect(needsMoreDigits("1 3")).toBe(true);
    expect(needsMoreDigits("138")).toBe(false);
    expect(needsMoreDigits("王")).toBe(false);
    expect(needsMoreDigits("")).toBe(false);
  });

  it("names the contacts whose phone the digits start", () => {
    const found = customer({
      contacts: [
        customerContact({ id: "0193a5c8-0000-7000-8000-0000000c2001", name: "李强", phone: "139 8765 4321" }),
        customerContact({ id: "0193a5c8-0000-7000-8000-0000000c2002", name: "赵敏", phone: "137-0000-0000" }),
      ],
    });
    expect(matchingContacts(found, "139876").map((contact) => contact.name)).toEqual(["李强"]);
    expect(matchingContacts(found, "")).toEqual([]);
    expect(phoneDigits("+86 (139) 8765-4321")).toBe("8613987654321");
  });
});
