import { act, screen, waitFor, within } from "@testing-library/react";
import { RouterProvider, createMemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { importJob } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { ImportDetailRoute } from "./ImportDetailRoute";

const JOB = "0193a5c8-0000-7000-8000-0000000f9001";

/** The job as the server reports it on each GET: waiting, halfway, then done with one row refused. */
const STAGES: Schema<"ImportJob">[] = [
  importJob({ id: JOB, status: "QUEUED" }),
  importJob({ id: JOB, status: "RUNNING", processedRows: 2, createdRows: 2, startedAt: "2026-03-01T09:00:01+08:00" }),
  importJob({
    id: JOB,
    status: "DONE",
    processedRows: 3,
    createdRows: 2,
    failedRows: 1,
    startedAt: "2026-03-01T09:00:01+08:00",
    finishedAt: "2026-03-01T09:00:03+08:00",
  }),
];

afterEach(() => {
  vi.useRealTimers();
});

describe("watching an import", () => {
  it("polls every second until the job is done, then stops and lists the refused row", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await i18n.changeLanguage("zh-CN");
    let polls = 0;
    const router = createMemoryRouter([{ path: "/imports/:importId", element: <ImportDetailRoute /> }], {
      initialEntries: [`/imports/${JOB}`],
    });
    renderWithApi(<RouterProvider router={router} />, (request) => {
      const { pathname } = new URL(request.url);
      if (pathname === `/api/v1/imports/${JOB}`) {
        const stage = STAGES[Math.min(polls, STAGES.length - 1)];
        polls += 1;
        return json(stage);
      }
      if (pathname === `/api/v1/imports/${JOB}/errors`) {
        return json({
          items: [{ row: 3, field: "phone", message: "a customer with this phone exists; not imported" }],
        });
      }
      return json({ items: [] });
    });

    const bar = await screen.findByRole("progressbar", { name: "导入进度" });
    expect(bar).toHaveAttribute("aria-valuenow", "0");
    expect(screen.getByText("排队中")).toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(1000));
    await waitFor(() => expect(bar).toHaveAttribute("aria-valuenow", "66"));
    expect(bar).toHaveTextContent("2 / 3 行");

    await act(() => vi.advanceTimersByTimeAsync(1000));
    await waitFor(() => expect(bar).toHaveAttribute("aria-valuenow", "100"));
    expect(screen.getByText("已完成")).toBeInTheDocument();
    const pollsWhenDone = polls;

    // Done: nothing is asked any more, however long the page stays open.
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(polls).toBe(pollsWhenDone);

    const errors = await screen.findByRole("table", { name: "未导入的行（1）" });
    const cells = await within(errors).findByRole("row", { name: /phone/ });
    expect(cells).toHaveTextContent("3");
    expect(cells).toHaveTextContent("phone");
    expect(cells).toHaveTextContent("a customer with this phone exists; not imported");
  });
});
