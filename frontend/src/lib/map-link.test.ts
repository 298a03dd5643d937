import { describe, expect, it } from "vitest";
import { mapLink } from "./map-link";

const ADDRESS = "杭州市西湖区文三路 90 号";

describe("mapLink", () => {
  it("puts the URL-encoded address into an AMap search template", () => {
    expect(mapLink("https://uri.amap.com/search?keyword={address}", { address: ADDRESS })).toBe(
      `https://uri.amap.com/search?keyword=${encodeURIComponent(ADDRESS)}`,
    );
  });

  it("fills coordinates and address of a marker template (Baidu)", () => {
    expect(
      mapLink("https://api.map.baidu.com/marker?location={lat},{lng}&title={address}&output=html", {
        address: "A & B",
        latitude: 30.27,
        longitude: 120.15,
      }),
    ).toBe("https://api.map.baidu.com/marker?location=30.27,120.15&title=A%20%26%20B&output=html");
  });

  it("gives no link when the template needs coordinates the site lacks", () => {
    expect(mapLink("https://www.openstreetmap.org/?mlat={lat}&mlon={lng}", { address: ADDRESS })).toBeNull();
  });

  it("gives no link without a template or for a template that is not a web link", () => {
    expect(mapLink(undefined, { address: ADDRESS })).toBeNull();
    expect(mapLink("", { address: ADDRESS })).toBeNull();
    expect(mapLink("javascript:alert({address})", { address: ADDRESS })).toBeNull();
  });

  it("encodes characters that would break the URL", () => {
    expect(mapLink("https://nominatim.openstreetmap.org/search?q={address}", { address: "1/2 #3?x=y" })).toBe(
      "https://nominatim.openstreetmap.org/search?q=1%2F2%20%233%3Fx%3Dy",
    );
  });
});
