import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { pngBase64 } from "@/lib/png";
import { SignaturePad } from "./SignaturePad";

// jsdom has no canvas; a recording 2D context stands in, and the PNG is a real 1×1 image.
const PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
let strokes: string[];

beforeEach(() => {
  strokes = [];
  const context = new Proxy(
    {},
    {
      get: (_target, name) =>
        typeof name === "string" ? (...args: unknown[]) => strokes.push(`${name}(${args.join(",")})`) : undefined,
      set: () => true,
    },
  );
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(context as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLCanvasElement.prototype, "toDataURL").mockImplementation(function (
    this: HTMLCanvasElement,
    type?: string,
  ) {
    return type === "image/png" ? PNG : "data:,";
  });
});

afterEach(() => vi.restoreAllMocks());

function draw(canvas: HTMLElement) {
  fireEvent.pointerDown(canvas, { pointerId: 1, pointerType: "touch", clientX: 10, clientY: 10 });
  fireEvent.pointerMove(canvas, { pointerId: 1, pointerType: "touch", clientX: 60, clientY: 30 });
  fireEvent.pointerUp(canvas, { pointerId: 1, pointerType: "touch", clientX: 60, clientY: 30 });
}

describe("SignaturePad", () => {
  it("hands over a PNG data URL after the customer draws a stroke", async () => {
    await i18n.changeLanguage("zh-CN");
    const onChange = vi.fn();
    render(<SignaturePad label="客户签名" onChange={onChange} />);
    const canvas = screen.getByRole("img", { name: "客户签名" });
    expect(screen.getByRole("status")).toHaveTextContent("请客户用手指在框内签名");

    draw(canvas);

    expect(strokes).toContain("lineTo(60,30)");
    expect(onChange).toHaveBeenCalledTimes(1);
    const png = onChange.mock.calls[0]![0] as string;
    expect(png).toMatch(/^data:image\/png;base64,/);
    expect(pngBase64(png)).not.toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("已签名");
  });

  it("ignores pointer moves without a pressed pointer, and a right mouse button", async () => {
    const onChange = vi.fn();
    render(<SignaturePad label="签名" onChange={onChange} />);
    const canvas = screen.getByRole("img", { name: "签名" });
    fireEvent.pointerMove(canvas, { pointerId: 1, clientX: 5, clientY: 5 });
    fireEvent.pointerDown(canvas, { pointerId: 2, pointerType: "mouse", button: 2, clientX: 5, clientY: 5 });
    fireEvent.pointerUp(canvas, { pointerId: 2, pointerType: "mouse", button: 2 });
    expect(strokes.filter((call) => call.startsWith("lineTo"))).toEqual([]);
    expect(onChange).not.toHaveBeenCalled();
  });

  it("starts over when cleared", async () => {
    await i18n.changeLanguage("zh-CN");
    const onChange = vi.fn();
    render(<SignaturePad label="客户签名" onChange={onChange} />);
    const clear = screen.getByRole("button", { name: "清除重写" });
    expect(clear).toBeDisabled();
    draw(screen.getByRole("img", { name: "客户签名" }));
    await userEvent.click(clear);
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(clear).toBeDisabled();
    expect(strokes.at(-2)).toMatch(/^fillRect/);
  });
});
