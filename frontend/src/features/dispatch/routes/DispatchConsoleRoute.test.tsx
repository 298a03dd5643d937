import { createEvent, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { beforeEach, describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { MapTilesContext, type MapTiles } from "@/lib/config";
import { problem, servicePoint, workOrder } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { chooseOption } from "@/test/select-option";
import { ORDER_DRAG_TYPE } from "../components/OrderCard";
import { DAY, QIAN, SUN, WEST_LAKE, ZHAO, at, board, card, row } from "../testing/board";
import { DispatchConsoleRoute } from "./DispatchConsoleRoute";

// Leaflet draws on a real browser's layout; here the lazily loaded map only says what it was given.
vi.mock("../components/LeafletMap", () => ({
  LeafletMap: ({ tiles, routes }: { tiles: MapTiles; routes: { name: string }[] }) => (
    <div role="img" aria-label={`map from ${tiles.url} with ${routes.map((route) => route.name).join(", ")}`} />
  ),
}));

const BOARD = board();
const [ZHAO_ROW] = BOARD.rows;
const [, ASSIGNED_43] = ZHAO_ROW!.jobs;
const [QUEUED_50, QUEUED_51] = BOARD.unassigned;
const PLAN_IDS = ["0193a5c8-0000-7000-8000-0000000f0001", "0193a5c8-0000-7000-8000-0000000f0002"];

type Answer = (request: Request, body: unknown) => Response | Promise<Response> | undefined;

/** The server: the board, service points, and what each test answers to actions; every request is recorded. */
function renderConsole(answer: Answer = () => undefined, options: { tiles?: MapTiles | null; entry?: string } = {}) {
  const router = createMemoryRouter(
    [
      { path: "/dispatch", element: <DispatchConsoleRoute /> },
      { path: "/work-orders/:workOrderId", element: <p>order page</p> },
    ],
    { initialEntries: [options.entry ?? `/dispatch?day=${DAY}`] },
  );
  const page =
    options.tiles === undefined ? (
      <RouterProvider router={router} />
    ) : (
      <MapTilesContext.Provider value={options.tiles}>
        <RouterProvider router={router} />
      </MapTilesContext.Provider>
    );
  const view = renderWithApi(page, async (request) => {
    const { pathname } = new URL(request.url);
    const body = request.method === "POST" ? await request.clone().json() : undefined;
    const answered = await answer(request, body);
    if (answered) return answered;
    if (pathname === "/api/v1/dispatch/board") return json(BOARD);
    if (pathname === "/api/v1/service-points") return json({ items: [servicePoint({ id: WEST_LAKE })] });
    return json(problem({ status: 404, type: "https://aftercare.dev/problems/not-found", title: "Not found" }), 404);
  });
  const posts = async (suffix: string) =>
    Promise.all(
      view.requests
        .filter((request) => request.method === "POST" && new URL(request.url).pathname.endsWith(suffix))
        .map(async (request) => ({ path: new URL(request.url).pathname, body: await request.clone().json() })),
    );
  const boardReads = () =>
    view.requests.filter((request) => new URL(request.url).pathname === "/api/v1/dispatch/board").length;
  return { ...view, router, posts, boardReads };
}

/** An order as the assign or reschedule action answers it. */
function saved(card: Schema<"DispatchCard">, overrides: Partial<Schema<"WorkOrder">>) {
  return json(
    workOrder({
      id: card.id,
      number: card.number,
      status: "ASSIGNED",
      leadInstallerId: card.leadInstallerId,
      appointment: card.appointment,
      ...overrides,
    }),
  );
}

function dataTransfer() {
  const data = new Map<string, string>();
  return {
    setData: (type: string, value: string) => data.set(type, value),
    getData: (type: string) => data.get(type) ?? "",
    get types() {
      return [...data.keys()];
    },
    effectAllowed: "all",
    dropEffect: "none",
  };
}

/** jsdom has no DragEvent: the pointer's position is set on the event by hand (the track's left edge is at 0). */
function drag(kind: "dragStart" | "dragOver" | "drop", element: Element, clientX: number, transfer: object) {
  const event = createEvent[kind](element, { dataTransfer: transfer });
  Object.defineProperty(event, "clientX", { value: clientX });
  fireEvent(element, event);
}

/** Drags a card onto an installer's row at a pixel of the track (120 px an hour from 07:00). */
function dragOnto(cardNumber: string, installer: string, clientX: number) {
  const card = document.querySelector(`[data-order="${cardNumber}"][draggable="true"]`)!;
  const track = document.querySelector(`[data-drop-target="${installer}"]`)!;
  const transfer = dataTransfer();
  drag("dragStart", card, 0, transfer);
  expect(transfer.getData(ORDER_DRAG_TYPE)).not.toBe("");
  drag("dragOver", track, clientX, transfer);
  drag("drop", track, clientX, transfer);
}

/**
 * A dialog or drawer by its title. In tests antd gives every generated id the same value, so a drawer opened from a
 * menu cannot be found by the name its aria-labelledby points to.
 */
async function dialogTitled(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title);
  return heading.closest<HTMLElement>('[role="dialog"]')!;
}

const WEDNESDAY = "2030-07-03";
const THURSDAY = "2030-07-04";
const JOB_60 = card({
  id: "0193a5c8-0000-7000-8000-0000000b0301",
  number: "WO-000060",
  version: 4,
  customerName: "陈静",
  siteAddress: "杭州市西湖区古墩路 5 号",
  leadInstallerId: ZHAO,
  appointment: { start: at("10:00", WEDNESDAY), end: at("12:00", WEDNESDAY) },
});

/** The other days of the week around DAY (a Monday): everyone at work, Zhao with one job on Wednesday. */
const weekOfBoards: Answer = (request) => {
  const url = new URL(request.url);
  const day = url.searchParams.get("day");
  if (url.pathname !== "/api/v1/dispatch/board" || !day || day === DAY) return undefined;
  return json(
    board({
      day,
      rows: [
        row({ jobs: day === WEDNESDAY ? [JOB_60] : [] }),
        row({ id: QIAN, displayName: "钱师傅", qualifications: [] }),
        row({ id: SUN, displayName: "孙师傅", qualifications: [] }),
      ],
      unassigned: [],
    }),
  );
};

/** Drags a card onto an installer's day of the week. */
function dragOntoDay(cardNumber: string, installer: string, day: string) {
  const card = document.querySelector(`[data-order="${cardNumber}"][draggable="true"]`)!;
  const cell = document.querySelector(`tr[data-installer="${installer}"] td[data-day="${day}"]`)!;
  const transfer = dataTransfer();
  drag("dragStart", card, 0, transfer);
  drag("dragOver", cell, 0, transfer);
  drag("drop", cell, 0, transfer);
}

describe("DispatchConsoleRoute", () => {
  beforeEach(async () => {
    await i18n.changeLanguage("en");
  });

  it("shows each installer's day by name, their jobs, leave and travel, and the queue by promise due", async () => {
    renderConsole();
    const zhao = await screen.findByRole("group", { name: "赵师傅, working 08:00–18:00, 2 jobs" });
    const jobs = within(zhao).getByRole("list", { name: "Jobs of 赵师傅" });
    expect(
      within(jobs).getByRole("button", {
        name: "WO-000041, 王芳, 09:00–11:00, Installation, promise At risk",
      }),
    ).toBeInTheDocument();
    expect(within(jobs).getByRole("button", { name: /^WO-000043, 李娜, 13:00–14:30, Repair/ })).toBeInTheDocument();
    expect(zhao).toHaveTextContent("杭州市西湖区文三路 90 号");
    expect(zhao).toHaveTextContent("Electrician");
    // Two hours between the jobs, about 2.5 km apart.
    expect(zhao).toHaveTextContent("120 min · 2.5 km direct");
    expect(document.querySelector('[data-order="WO-000041"]')).toHaveAttribute("data-promise", "AT_RISK");

    expect(screen.getByRole("group", { name: "钱师傅, working 09:00–17:00, no jobs" })).toBeInTheDocument();
    const sun = screen.getByRole("group", { name: "孙师傅, not available: on leave on Mon, Jul 1" });
    expect(sun).toHaveClass("dispatch-row--unavailable");

    const queue = screen.getByRole("list", { name: "Unassigned (2)" });
    const queued = within(queue).getAllByRole("button", { name: /^WO-0000/ });
    expect(queued.map((button) => button.getAttribute("aria-label")?.split(",")[0])).toEqual([
      "WO-000050",
      "WO-000051",
    ]);
    await userEvent.click(screen.getByText("Priority"));
    await waitFor(() =>
      expect(
        within(queue)
          .getAllByRole("button", { name: /^WO-0000/ })
          .map((button) => button.getAttribute("aria-label")?.split(",")[0]),
      ).toEqual(["WO-000051", "WO-000050"]),
    );
    // Names, never ids.
    expect(document.body.textContent).not.toMatch(/0193a5c8/);
  });

  it("assigns an order dropped on an installer with its version, and shows a refusal's reasons at that row in the reader's words", async () => {
    await i18n.changeLanguage("zh-CN");
    const { posts } = renderConsole((request) => {
      if (request.url.endsWith("/assign")) {
        return json(
          problem({
            status: 409,
            type: "https://aftercare.dev/problems/installer-not-dispatchable",
            title: "Installer cannot take this job",
            errors: [{ field: "leadInstallerId", message: "is on approved leave on 2030-07-01" }],
          }),
          409,
        );
      }
    });
    await screen.findByRole("group", { name: /^赵师傅，/ });

    // WO-000051 at its own time, 15:00: 8 hours after 07:00.
    dragOnto("WO-000051", "赵师傅", 8 * 120 + 5);

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("WO-000051 不能派给 赵师傅。");
    // The server's English sentence stays under the details; the reason is said in Chinese.
    expect(within(alert).getByRole("list", { name: "原因" })).toHaveTextContent("赵师傅：7月1日周一请假");
    expect(alert).toHaveTextContent("未做任何更改。");
    expect(alert.closest(".dispatch-row__refusal")?.previousElementSibling).toHaveAttribute("data-installer", "赵师傅");
    expect(await posts("/assign")).toEqual([
      {
        path: `/api/v1/work-orders/${QUEUED_51!.id}/assign`,
        body: { version: 2, leadInstallerId: ZHAO, helperIds: [] },
      },
    ]);
    expect(await posts("/reschedule")).toEqual([]);
  });

  it("refuses before sending when the board shows the installer cannot take the order", async () => {
    const { posts } = renderConsole();
    await screen.findByRole("group", { name: /^钱师傅/ });

    // WO-000050 needs an electrician's certificate, which Qian lacks.
    dragOnto("WO-000050", "钱师傅", 3 * 120);

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("WO-000050 cannot go to 钱师傅.");
    expect(alert).toHaveTextContent("no valid Electrician certificate on Mon, Jul 1");
    expect(await posts("")).toEqual([]);
  });

  it("hands a job over at a new time, then undoes both", async () => {
    let version = ASSIGNED_43!.version;
    const { posts } = renderConsole((request, body) => {
      const sent = body as { leadInstallerId?: string; appointment?: { start: string; end: string } };
      if (request.url.endsWith("/assign"))
        return saved(ASSIGNED_43!, { version: ++version, leadInstallerId: sent.leadInstallerId });
      if (request.url.endsWith("/reschedule"))
        return saved(ASSIGNED_43!, { version: ++version, leadInstallerId: QIAN, appointment: sent.appointment! });
    });
    await screen.findByRole("group", { name: /^钱师傅/ });

    // Grabbed at its start and let go over 14:05 on Qian's row: 14:00–15:30.
    dragOnto("WO-000043", "钱师傅", 7 * 120 + 10);

    expect(await screen.findByText("WO-000043: 钱师傅, 14:00–15:30")).toBeInTheDocument();
    expect(await posts("/assign")).toEqual([
      expect.objectContaining({ body: { version: 1, leadInstallerId: QIAN, helperIds: [] } }),
    ]);
    expect((await posts("/reschedule")).map((post) => post.body)).toEqual([
      { version: 2, appointment: { start: "2030-07-01T14:00:00+08:00", end: "2030-07-01T15:30:00+08:00" } },
    ]);

    await userEvent.click(screen.getByRole("button", { name: "Undo" }));
    await waitFor(async () => expect(await posts("/assign")).toHaveLength(2));
    expect((await posts("/assign"))[1]!.body).toEqual({ version: 3, leadInstallerId: ZHAO, helperIds: [] });
    await waitFor(async () => expect(await posts("/reschedule")).toHaveLength(2));
    expect((await posts("/reschedule"))[1]!.body).toEqual({
      version: 4,
      appointment: { start: ASSIGNED_43!.appointment.start, end: ASSIGNED_43!.appointment.end },
    });
  });

  it("moves a card with the keyboard: pick it up, choose the installer, confirm; no undo of a first assignment", async () => {
    const { posts } = renderConsole((request, body) => {
      if (request.url.endsWith("/assign"))
        return saved(QUEUED_51!, {
          version: 3,
          leadInstallerId: (body as { leadInstallerId: string }).leadInstallerId,
        });
    });
    const card = await screen.findByRole("button", { name: /^WO-000051, 吴敏, 15:00–16:00/ });
    card.focus();
    await userEvent.keyboard("{Enter}");

    const dialog = await dialogTitled("Move WO-000051 (吴敏)");
    expect(dialog).toHaveTextContent("Now: no installer, 15:00–16:00");
    await chooseOption(within(dialog).getByRole("combobox", { name: "Installer" }), "钱师傅");
    await userEvent.click(within(dialog).getByRole("button", { name: "Move" }));

    expect(await screen.findByText("WO-000051: 钱师傅, 15:00–16:00")).toBeInTheDocument();
    expect(
      screen.getByText("An assignment cannot be taken back; to change it, move the order to another installer."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
    expect((await posts("/assign")).map((post) => post.body)).toEqual([
      { version: 2, leadInstallerId: QIAN, helperIds: [] },
    ]);
    expect(await posts("/reschedule")).toEqual([]);
  });

  it("suggests installers with why in words and assigns the one chosen", async () => {
    const candidates: Schema<"AssignCandidates"> = {
      day: DAY,
      items: [
        {
          installerId: ZHAO,
          displayName: "赵师傅",
          eligible: true,
          reasons: [],
          jobsThatDay: 3,
          distanceKm: 1.3,
          previousOrderNumber: "WO-000041",
          sameServicePoint: true,
        },
        {
          installerId: SUN,
          displayName: "孙师傅",
          eligible: false,
          reasons: [{ code: "on-leave", date: DAY }],
          jobsThatDay: 0,
          sameServicePoint: false,
        },
      ],
    };
    const { posts } = renderConsole((request, body) => {
      if (request.url.endsWith("/candidates")) return json(candidates);
      if (request.url.endsWith("/assign"))
        return saved(QUEUED_51!, {
          version: 3,
          leadInstallerId: (body as { leadInstallerId: string }).leadInstallerId,
        });
    });
    await userEvent.click(await screen.findByRole("button", { name: "Actions for WO-000051" }));
    await userEvent.click(await screen.findByText("Assign…"));

    const drawer = await dialogTitled("Suggest installers for WO-000051 (吴敏)");
    const first = await within(drawer).findByRole("listitem", { name: "1. 赵师傅" });
    expect(first).toHaveTextContent("1.3 km from WO-000041");
    expect(first).toHaveTextContent("3 jobs that day");
    expect(first).toHaveTextContent("same service point");
    const second = within(drawer).getByRole("listitem", { name: "2. 孙师傅" });
    expect(second).toHaveTextContent("Cannot go");
    expect(second).toHaveTextContent("on leave on Mon, Jul 1");
    expect(second).toHaveTextContent("no other jobs that day");
    expect(second).toHaveTextContent("another service point");
    expect(within(second).queryByRole("button", { name: "Assign to 孙师傅" })).not.toBeInTheDocument();

    await userEvent.click(within(first).getByRole("button", { name: "Assign to 赵师傅" }));
    await waitFor(() => expect(screen.queryByText(/^Suggest installers/)).not.toBeInTheDocument());
    expect((await posts("/assign")).map((post) => post.body)).toEqual([
      { version: 2, leadInstallerId: ZHAO, helperIds: [] },
    ]);
  });

  it("optimises the day: shows progress, the proposal with why, applies a selection, and offers a new run when stale", async () => {
    const change = (overrides: Partial<Schema<"PlanChange">>): Schema<"PlanChange"> => ({
      workOrderId: QUEUED_50!.id,
      number: "WO-000050",
      version: 7,
      customerName: "周强",
      toInstallerId: ZHAO,
      toInstallerName: "赵师傅",
      from: QUEUED_50!.appointment,
      to: QUEUED_50!.appointment,
      travelKmBefore: 0,
      travelKmAfter: 2.4,
      lateMinutesBefore: 0,
      lateMinutesAfter: 0,
      afterNumber: "WO-000041",
      windowMoved: false,
      applied: false,
      ...overrides,
    });
    const plan = (overrides: Partial<Schema<"Plan">>): Schema<"Plan"> => ({
      id: PLAN_IDS[0]!,
      day: DAY,
      allowWindowMoves: true,
      status: "QUEUED",
      limitSeconds: 10,
      elapsedMs: 0,
      changes: [],
      unplaced: [],
      requestedAt: at("07:00"),
      ...overrides,
    });
    const ready = plan({
      status: "READY",
      elapsedMs: 10_000,
      before: { placed: 2, unassigned: 2, travelKm: 12.5, lateMinutes: 45 },
      after: { placed: 3, unassigned: 1, travelKm: 9.8, lateMinutes: 0 },
      changes: [
        change({}),
        change({
          workOrderId: ASSIGNED_43!.id,
          number: "WO-000043",
          version: 1,
          customerName: "李娜",
          fromInstallerId: ZHAO,
          fromInstallerName: "赵师傅",
          toInstallerId: QIAN,
          toInstallerName: "钱师傅",
          from: ASSIGNED_43!.appointment,
          to: { start: at("14:00"), end: at("15:30") },
          travelKmBefore: 6.2,
          travelKmAfter: 1.5,
          lateMinutesBefore: 45,
          lateMinutesAfter: 0,
          afterNumber: undefined,
          windowMoved: true,
        }),
      ],
      unplaced: [{ workOrderId: QUEUED_51!.id, number: "WO-000051" }],
    });
    let runs = 0;
    let polls = 0;
    let applied: Schema<"Plan"> | null = null;
    const { posts, boardReads } = renderConsole((request) => {
      const { pathname } = new URL(request.url);
      if (pathname === "/api/v1/dispatch/plans") return json(plan({ id: PLAN_IDS[runs++]! }), 202);
      const id = PLAN_IDS.find((candidate) => pathname.startsWith(`/api/v1/dispatch/plans/${candidate}`));
      if (id && pathname.endsWith("/apply")) {
        if (id === PLAN_IDS[0]) {
          return json(
            problem({
              status: 409,
              type: "https://aftercare.dev/problems/plan-stale",
              title: "Plan out of date",
              errors: [{ field: "workOrderIds[0]", message: "WO-000043 changed since the plan was made" }],
            }),
            409,
          );
        }
        applied = { ...ready, id, changes: ready.changes.map((c, index) => ({ ...c, applied: index === 1 })) };
        return json(applied);
      }
      if (id)
        return json(applied ?? (++polls === 1 ? plan({ status: "SOLVING", elapsedMs: 3_000 }) : { ...ready, id }));
    });
    await userEvent.click(await screen.findByRole("button", { name: "Optimise the day" }));
    const drawer = await dialogTitled("Optimise Mon, Jul 1");
    await userEvent.click(within(drawer).getByRole("checkbox", { name: "Allow moving appointment windows" }));
    expect(drawer).toHaveTextContent("Customers whose window moves will be told the new time.");
    await userEvent.click(within(drawer).getByRole("button", { name: "Optimise" }));

    expect(await within(drawer).findByText("Optimising… 3 s of 10 s")).toBeInTheDocument();
    const changes = await within(drawer).findByRole("table", { name: "Proposed changes" });
    expect((await posts("/dispatch/plans")).map((post) => post.body)).toEqual([{ day: DAY, allowWindowMoves: true }]);

    const figures = within(drawer).getByRole("table", { name: "The day now and as proposed" });
    expect(within(figures).getByRole("row", { name: /Road between jobs/ })).toHaveTextContent("12.5 km9.8 kmbetter");
    expect(within(figures).getByRole("row", { name: /Minutes past promises/ })).toHaveTextContent("45 min0 minbetter");
    expect(within(figures).getByRole("row", { name: /Orders without one/ })).toHaveTextContent("21better");

    const moved = within(changes).getByRole("row", { name: /WO-000043/ });
    expect(moved).toHaveTextContent("赵师傅 → 钱师傅");
    expect(moved).toHaveTextContent("13:00–14:30 → 14:00–15:30");
    expect(within(moved).getByRole("list", { name: "Why WO-000043" })).toHaveTextContent(
      "Road from the previous job: 6.2 km → 1.5 km" +
        "Minutes past the promise: 45 → 0" +
        "The appointment window moves (the customer will be told)",
    );
    const placed = within(changes).getByRole("row", { name: /WO-000050/ });
    expect(placed).toHaveTextContent("no installer → 赵师傅");
    expect(placed).toHaveTextContent("Road from the previous job: 2.4 km");
    expect(placed).toHaveTextContent("After WO-000041 in the installer's day");
    expect(drawer).toHaveTextContent("1 order no installer can take");
    expect(drawer).toHaveTextContent("WO-000051 · 吴敏");

    // All chosen at first; the person leaves WO-000050 out.
    expect(within(changes).getByRole("checkbox", { name: "Apply WO-000043" })).toBeChecked();
    await userEvent.click(within(changes).getByRole("checkbox", { name: "Apply WO-000050" }));
    await userEvent.click(within(drawer).getByRole("button", { name: "Apply selected (1)" }));

    // Someone changed an order meanwhile: nothing applied, and a new run is offered.
    const stale = (
      await within(drawer).findByText("Orders changed since the plan was made; nothing was applied.")
    ).closest(".ant-alert") as HTMLElement;
    const readsBefore = boardReads();
    await userEvent.click(within(stale).getByRole("button", { name: "Optimise again" }));
    await waitFor(async () => expect(await posts("/dispatch/plans")).toHaveLength(2));

    await userEvent.click(await within(drawer).findByRole("checkbox", { name: "Apply WO-000050" }));
    await userEvent.click(within(drawer).getByRole("button", { name: "Apply selected (1)" }));
    expect(await within(drawer).findByText("1 change applied; the board shows it.")).toBeInTheDocument();
    expect((await posts("/apply")).map((post) => post.body)).toEqual([
      { workOrderIds: [ASSIGNED_43!.id] },
      { workOrderIds: [ASSIGNED_43!.id] },
    ]);
    await waitFor(() => expect(boardReads()).toBeGreaterThan(readsBefore));
    expect(within(drawer).getByText("Applied")).toBeInTheDocument();
  });

  it("lists each installer's stops in order when no map tiles are configured", async () => {
    const { router } = renderConsole(undefined, { tiles: null });
    await screen.findByRole("group", { name: /^赵师傅/ });
    await userEvent.click(screen.getByText("Map"));

    expect(await screen.findByText(/No map is set up here/)).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?day=${DAY}&view=map`);
    const zhao = screen.getByRole("list", { name: "Stops of 赵师傅 in order" });
    const stops = within(zhao).getAllByRole("listitem");
    expect(stops.map((stop) => stop.textContent)).toEqual([
      "09:00–11:00 WO-000041 王芳杭州市西湖区文三路 90 号 · 30.2741, 120.1551",
      "13:00–14:30 WO-000043 李娜杭州市西湖区天目山路 18 号 · 30.2801, 120.1301",
    ]);
    expect(screen.getByText("Last check-in 08:40 at WO-000039 (30.2700, 120.1500)")).toBeInTheDocument();
    const unplaced = screen.getByRole("list", { name: "Without an installer" });
    expect(unplaced).toHaveTextContent("WO-000051 吴敏no address · no coordinates");
    expect(screen.queryByRole("img", { name: /^map from/ })).not.toBeInTheDocument();
  });

  it("draws the map when tiles are configured, with the stops as a list beside it", async () => {
    renderConsole(undefined, {
      tiles: { url: "https://tiles.example.test/{z}/{x}/{y}.png" },
      entry: `/dispatch?day=${DAY}&view=map`,
    });
    expect(
      await screen.findByRole("img", {
        name: "map from https://tiles.example.test/{z}/{x}/{y}.png with 赵师傅, 钱师傅, 孙师傅",
      }),
    ).toBeInTheDocument();
    expect(screen.getByText("The stops as a list")).toBeInTheDocument();
  });
  it("shows the week by installer and day, with leave, hours and jobs, and opens a day on the time scale", async () => {
    const { router } = renderConsole(weekOfBoards);
    await screen.findByRole("group", { name: /^赵师傅/ });
    await userEvent.click(screen.getByText("Week"));

    const week = await screen.findByRole("region", { name: "Installers' week" });
    expect(router.state.location.search).toBe(`?day=${DAY}&view=week`);
    expect(
      within(week)
        .getAllByRole("columnheader")
        .map((header) => header.textContent),
    ).toEqual([
      "Installer",
      "Mon, Jul 1",
      "Tue, Jul 2",
      "Wed, Jul 3",
      "Thu, Jul 4",
      "Fri, Jul 5",
      "Sat, Jul 6",
      "Sun, Jul 7",
    ]);
    expect(
      within(week)
        .getAllByRole("rowheader")
        .map((header) => header.textContent),
    ).toEqual(["赵师傅", "钱师傅", "孙师傅"]);

    const zhao = within(week.querySelector<HTMLElement>('tr[data-installer="赵师傅"]')!).getAllByRole("cell");
    expect(zhao[0]).toHaveTextContent("08:00–18:00");
    expect(
      within(zhao[0]!)
        .getAllByRole("button", { name: /^WO-0000/ })
        .map((job) => job.getAttribute("aria-label")?.split(",")[0]),
    ).toEqual(["WO-000041", "WO-000043"]);
    expect(zhao[0]).toHaveTextContent("120 min");
    expect(zhao[1]).not.toHaveTextContent("WO-0000");
    const wednesday = within(week).getByRole("list", { name: "Jobs of 赵师傅 on Wed, Jul 3" });
    const job = within(wednesday).getByRole("button", { name: /^WO-000060, 陈静, 10:00–12:00, Installation/ });
    expect(job).toHaveTextContent("杭州市西湖区古墩路 5 号");
    expect(job).toHaveTextContent("Assigned");
    const sun = within(week.querySelector<HTMLElement>('tr[data-installer="孙师傅"]')!).getAllByRole("cell");
    expect(sun[0]).toHaveTextContent("On leave");
    expect(sun[1]).toHaveTextContent("08:00–18:00");
    // The day's queue stays beside the week; names, never ids.
    expect(screen.getByRole("list", { name: "Unassigned (2)" })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/0193a5c8/);

    await userEvent.click(screen.getByRole("button", { name: "Next week" }));
    expect(router.state.location.search).toBe("?day=2030-07-08&view=week");
    await userEvent.click(screen.getByRole("button", { name: "Previous week" }));
    expect(router.state.location.search).toBe(`?day=${DAY}&view=week`);

    await userEvent.click(await screen.findByRole("button", { name: "Wed, Jul 3" }));
    expect(router.state.location.search).toBe(`?day=${WEDNESDAY}`);
    expect(await screen.findByRole("group", { name: "赵师傅, working 08:00–18:00, 1 job" })).toBeInTheDocument();
  });

  it("moves a job dropped on another installer's day to that day at the same time, and refuses leave at the row", async () => {
    let version = ASSIGNED_43!.version;
    const { posts } = renderConsole(
      (request, body) => {
        const sent = body as { leadInstallerId?: string; appointment?: { start: string; end: string } };
        if (request.url.endsWith("/assign"))
          return saved(ASSIGNED_43!, { version: ++version, leadInstallerId: sent.leadInstallerId });
        if (request.url.endsWith("/reschedule"))
          return saved(ASSIGNED_43!, { version: ++version, leadInstallerId: QIAN, appointment: sent.appointment! });
        return weekOfBoards(request, body);
      },
      { entry: `/dispatch?day=${DAY}&view=week` },
    );
    await screen.findByRole("region", { name: "Installers' week" });

    // Sun is on leave on Monday: refused before anything is sent, under Sun's row.
    dragOntoDay("WO-000043", "孙师傅", DAY);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("WO-000043 cannot go to 孙师傅.");
    expect(alert).toHaveTextContent("on leave on Mon, Jul 1");
    expect(alert.closest("tr")?.previousElementSibling).toHaveAttribute("data-installer", "孙师傅");
    expect(await posts("")).toEqual([]);

    // Onto Qian's Thursday: handed over, then moved to Thursday at 13:00 as before.
    dragOntoDay("WO-000043", "钱师傅", THURSDAY);
    expect(await screen.findByText("WO-000043: 钱师傅, Thu, Jul 4 13:00–14:30")).toBeInTheDocument();
    expect((await posts("/assign")).map((post) => post.body)).toEqual([
      { version: 1, leadInstallerId: QIAN, helperIds: [] },
    ]);
    expect((await posts("/reschedule")).map((post) => post.body)).toEqual([
      { version: 2, appointment: { start: at("13:00", THURSDAY), end: at("14:30", THURSDAY) } },
    ]);
  });

  it("moves a job of another day of the week with the keyboard, on its own day", async () => {
    const { posts } = renderConsole(
      (request, body) => {
        if (request.url.endsWith("/assign"))
          return saved(JOB_60, { version: 5, leadInstallerId: (body as { leadInstallerId: string }).leadInstallerId });
        return weekOfBoards(request, body);
      },
      { entry: `/dispatch?day=${DAY}&view=week` },
    );
    const job = await screen.findByRole("button", { name: /^WO-000060, 陈静/ });
    job.focus();
    await userEvent.keyboard("{Enter}");

    const dialog = await dialogTitled("Move WO-000060 (陈静)");
    expect(dialog).toHaveTextContent("Now: 赵师傅, 10:00–12:00");
    expect(within(dialog).getByText("10:00–12:00")).toBeInTheDocument();
    await chooseOption(within(dialog).getByRole("combobox", { name: "Installer" }), "钱师傅");
    await userEvent.click(within(dialog).getByRole("button", { name: "Move" }));

    expect(await screen.findByText("WO-000060: 钱师傅, Wed, Jul 3 10:00–12:00")).toBeInTheDocument();
    expect((await posts("/assign")).map((post) => post.body)).toEqual([
      { version: 4, leadInstallerId: QIAN, helperIds: [] },
    ]);
    expect(await posts("/reschedule")).toEqual([]);
  });
});
