import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { ApiError } from "@/lib/api/problem";
import { problem } from "@/test/fixtures";
import { ProblemAlert } from "./ProblemAlert";

const ERROR_ID = "0193a5c8-7f3e-7cc1-9b52-1c0f5e2e4a10";

function details(alert: HTMLElement): HTMLDetailsElement {
  const disclosure = alert.querySelector("details");
  if (!disclosure) throw new Error("no details disclosure");
  return disclosure;
}

/** Text a person sees: everything but the content of a closed disclosure (its summary stays visible). */
function visibleText(alert: HTMLElement): string {
  const copy = alert.cloneNode(true) as HTMLElement;
  for (const disclosure of copy.querySelectorAll("details:not([open])")) {
    for (const child of [...disclosure.children]) if (child.tagName !== "SUMMARY") child.remove();
  }
  return copy.textContent ?? "";
}

describe("ProblemAlert", () => {
  it("heads a validation problem in the UI's language and lists errors no field shows, by the field's label", async () => {
    await i18n.changeLanguage("zh-CN");
    const error = new ApiError(
      400,
      problem({
        status: 400,
        detail: "2 fields are invalid.",
        errors: [
          { field: "slug", message: "已被占用" },
          { field: "manager.email", message: "必须是有效的邮箱地址" },
        ],
      }),
    );
    render(
      <ProblemAlert error={error} displayedFields={new Set(["slug"])} fieldLabels={{ "manager.email": "主管邮箱" }} />,
    );
    const alert = screen.getByRole("alert");
    expect(visibleText(alert)).toContain("提交的内容有误");
    expect(visibleText(alert)).toContain("主管邮箱：必须是有效的邮箱地址");
    expect(visibleText(alert)).not.toContain("已被占用");
    expect(visibleText(alert)).not.toContain("2 fields are invalid.");
  });

  it("in Chinese shows no English server text and no error id until the details are opened", async () => {
    await i18n.changeLanguage("zh-CN");
    const error = new ApiError(
      409,
      problem({
        status: 409,
        type: "https://aftercare.dev/problems/phone-taken",
        title: "Phone taken",
        detail: "Another customer has the phone 13800001001.",
        errorId: ERROR_ID,
        errors: [{ field: "phone", message: "another customer has this phone" }],
      }),
    );
    render(<ProblemAlert error={error} />);
    const alert = screen.getByRole("alert");
    const seen = visibleText(alert);
    expect(seen).toContain("已有其他客户使用此手机号码");
    expect(seen).toContain("请搜索该客户");
    expect(seen).not.toMatch(/Phone taken|Another customer|another customer/);
    expect(seen).not.toContain(ERROR_ID);
    expect(details(alert).open).toBe(false);

    await userEvent.click(screen.getByText("详情"));
    expect(details(alert).open).toBe(true);
    expect(details(alert)).toHaveTextContent("Another customer has the phone 13800001001.");
    expect(details(alert)).toHaveTextContent("409");
    expect(details(alert)).toHaveTextContent(ERROR_ID);
  });

  it("replaces a field message the server did not translate into Chinese, keeping it in the details", async () => {
    await i18n.changeLanguage("zh-CN");
    const error = new ApiError(
      400,
      problem({ status: 400, errors: [{ field: "note", message: "must not be blank" }] }),
    );
    render(<ProblemAlert error={error} fieldLabels={{ note: "备注" }} />);
    const alert = screen.getByRole("alert");
    expect(visibleText(alert)).toContain("备注：此项填写有误。");
    expect(visibleText(alert)).not.toContain("must not be blank");
    expect(details(alert)).toHaveTextContent("note: must not be blank");
  });

  it("explains a conflict in English and keeps the server's detail and error id in the details", async () => {
    await i18n.changeLanguage("en");
    const error = new ApiError(
      409,
      problem({
        status: 409,
        type: "x/duplicate",
        title: "Duplicate",
        detail: "username li.si exists",
        errorId: "e-42",
      }),
    );
    render(<ProblemAlert error={error} />);
    const alert = screen.getByRole("alert");
    expect(visibleText(alert)).toContain("This already exists; nothing was saved.");
    expect(visibleText(alert)).not.toContain("e-42");
    expect(details(alert)).toHaveTextContent("username li.si exists");
    expect(details(alert)).toHaveTextContent("e-42");
  });

  it("falls back to a text by status for a type it does not know", async () => {
    await i18n.changeLanguage("zh-CN");
    const error = new ApiError(
      409,
      problem({
        status: 409,
        type: "https://aftercare.dev/problems/something-new",
        title: "Something new",
        detail: "New rule",
      }),
    );
    render(<ProblemAlert error={error} />);
    expect(visibleText(screen.getByRole("alert"))).toContain("与现有数据冲突");
    expect(visibleText(screen.getByRole("alert"))).not.toContain("New rule");
  });

  it("tells how long to wait after a 429 or a 503 with Retry-After", async () => {
    await i18n.changeLanguage("zh-CN");
    const limited = new ApiError(
      429,
      problem({ status: 429, type: "https://aftercare.dev/problems/rate-limited", title: "Too many requests" }),
      7,
    );
    const { unmount } = render(<ProblemAlert error={limited} />);
    expect(visibleText(screen.getByRole("alert"))).toContain("短时间内请求过多");
    expect(visibleText(screen.getByRole("alert"))).toContain("请在 7 秒后重试");
    unmount();

    await i18n.changeLanguage("en");
    const down = new ApiError(
      503,
      problem({
        status: 503,
        type: "https://aftercare.dev/problems/database-unavailable",
        title: "Service unavailable",
      }),
      2,
    );
    render(<ProblemAlert error={down} />);
    expect(visibleText(screen.getByRole("alert"))).toContain("The service is briefly unavailable.");
    expect(visibleText(screen.getByRole("alert"))).toContain("Please try again in 2 s.");
  });

  it("asks to try again in a moment after a 503 without Retry-After", async () => {
    await i18n.changeLanguage("en");
    render(<ProblemAlert error={new ApiError(503, null)} />);
    expect(visibleText(screen.getByRole("alert"))).toContain("Please try again in a moment.");
  });

  it("tells a network failure apart from a server answer", async () => {
    await i18n.changeLanguage("en");
    render(<ProblemAlert error={new TypeError("Failed to fetch")} />);
    expect(visibleText(screen.getByRole("alert"))).toContain("cannot be reached");
    expect(visibleText(screen.getByRole("alert"))).not.toContain("Failed to fetch");
  });

  it("renders nothing without an error", () => {
    const { container } = render(<ProblemAlert error={null} />);
    expect(container).toBeEmptyDOMElement();
  });
});
