import { render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { servicePromise } from "@/test/fixtures";
import { PromiseBadge } from "./PromiseBadge";

function badge(): HTMLElement {
  return document.querySelector(".promise-badge") as HTMLElement;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-05T06:00:00+08:00"));
});
afterEach(() => vi.useRealTimers());

describe("PromiseBadge", () => {
  it("shows a running promise in green with its due time, relative and in the tenant's zone", async () => {
    await i18n.changeLanguage("zh-CN");
    render(<PromiseBadge promise={servicePromise()} />);
    expect(badge()).toHaveClass("promise-badge--on-track");
    expect(badge()).toHaveTextContent("正常3小时后到期 2026/03/05 09:00");
    expect(badge()).toHaveAttribute("title", expect.stringContaining("上门处理承诺：正常"));
    expect(badge().title).toContain("临期预警：2026/03/04 16:12");
  });

  it("colours each state: at risk amber, breached red, paused blue with its reason, met outlined, cancelled muted", async () => {
    await i18n.changeLanguage("zh-CN");
    const cases = [
      [
        servicePromise({ status: "AT_RISK", dueAt: "2026-03-05T06:40:00+08:00" }),
        "promise-badge--at-risk",
        "临期40分钟后到期",
      ],
      [
        servicePromise({
          status: "BREACHED",
          dueAt: "2026-03-04T06:00:00+08:00",
          breachedAt: "2026-03-04T06:00:00+08:00",
        }),
        "promise-badge--breached",
        "已超时24小时前到期 2026/03/04 06:00",
      ],
      [
        servicePromise({ status: "PAUSED", pausedAt: "2026-03-05T05:00:00+08:00", pauseReason: "WAITING_FOR_PARTS" }),
        "promise-badge--paused",
        "已暂停等待配件",
      ],
      [
        servicePromise({ status: "MET", metAt: "2026-03-04T15:30:00+08:00" }),
        "promise-badge--met",
        "已兑现2026/03/04 15:30",
      ],
      [servicePromise({ status: "CANCELLED" }), "promise-badge--cancelled", "已取消"],
    ] as const;
    for (const [promise, tone, text] of cases) {
      const { unmount } = render(<PromiseBadge promise={promise} />);
      expect(badge()).toHaveClass(tone);
      expect(badge()).toHaveTextContent(text);
      unmount();
    }
  });

  it("tells a breach that was kept late apart from one still open", async () => {
    await i18n.changeLanguage("en");
    render(
      <PromiseBadge
        promise={servicePromise({
          status: "BREACHED",
          breachedAt: "2026-03-05T09:00:00+08:00",
          metAt: "2026-03-05T10:00:00+08:00",
        })}
      />,
    );
    expect(badge()).toHaveTextContent("Breachedmet late, 03/05/2026, 10:00");
    expect(badge().title).toContain("Breached at 03/05/2026, 09:00");
  });

  it("shows only the state when compact, and nothing without a promise", async () => {
    await i18n.changeLanguage("en");
    const { container, rerender } = render(<PromiseBadge promise={servicePromise({ status: "AT_RISK" })} compact />);
    expect(badge()).toHaveTextContent(/^At risk$/);
    rerender(<PromiseBadge promise={undefined} />);
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByText("At risk")).not.toBeInTheDocument();
  });

  it("says when the promise was counted into a year whose holidays are not published", async () => {
    await i18n.changeLanguage("en");
    render(<PromiseBadge promise={servicePromise({ calendarUnknownFrom: 2027 })} />);
    expect(screen.getByRole("note")).toHaveTextContent("Calendar for 2027 not yet published");
    expect(badge().title).toContain("Calendar for 2027 not yet published");
  });

  it("shows no calendar note when the year's holidays are known", async () => {
    await i18n.changeLanguage("en");
    render(<PromiseBadge promise={servicePromise()} />);
    expect(screen.queryByRole("note")).toBeNull();
  });
});
