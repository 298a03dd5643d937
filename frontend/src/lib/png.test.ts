import { describe, expect, it } from "vitest";
import { pngBase64 } from "./png";

// A 1×1 transparent PNG.
const PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

describe("PNG data URLs", () => {
  it("give their base64 payload when the bytes are a PNG", () => {
    expect(pngBase64(`data:image/png;base64,${PIXEL}`)).toBe(PIXEL);
  });

  it("are refused when they are another type or not a PNG inside", () => {
    expect(pngBase64(`data:image/jpeg;base64,${PIXEL}`)).toBeNull();
    expect(pngBase64(`data:image/png;base64,${btoa("GIF89a-not-a-png")}`)).toBeNull();
    expect(pngBase64("data:image/png;base64,!!!")).toBeNull();
    expect(pngBase64("")).toBeNull();
  });
});
