import { LeftOutlined, ReloadOutlined, RightOutlined, ThunderboltOutlined } from "@ant-design/icons";
import { Button, Col, DatePicker, Form, Row, Segmented, Space, Tooltip } from "antd";
import dayjs from "dayjs";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { SelectFilter } from "@/components/FilterItems";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useMapTiles } from "@/lib/config";
import { useTenantFormat } from "@/lib/current-user";
import { useServicePointDirectory } from "@/lib/directory";
import { addDays, dayInWords, localDateOf } from "@/lib/format";
import { useDispatchBoard, useDispatchBoards, type DispatchCard, type DispatchRow } from "../api/dispatch";
import { DayMap } from "../components/DayMap";
import { MoveDialog } from "../components/MoveDialog";
import { MoveRefusal, type Refusal } from "../components/MoveRefusal";
import { OptimiseDrawer } from "../components/OptimiseDrawer";
import { SuggestDrawer } from "../components/SuggestDrawer";
import { Timeline, type Dragging } from "../components/Timeline";
import { UnassignedQueue } from "../components/UnassignedQueue";
import { useConsoleMoves } from "../components/use-console-moves";
import { WeekGrid } from "../components/WeekGrid";
import { CONSOLE_MODES, consoleViewOf, withView, type ConsoleMode, type ConsoleView } from "../model/console-view";
import { axisFor } from "../model/timeline";
import { startMinuteOf, weekOf, weekRows } from "../model/week";

const ISO_DATE = "YYYY-MM-DD";
/** Pixels per hour of the time scale: an hour's job shows its customer, area and tags. */
const PX_PER_HOUR = 120;

/**
 * The dispatcher's console: a day's installers on a time scale (or a map), or their week by day, beside the queue of
 * the day's orders nobody has. Orders are dragged onto an installer at a time (or onto a day of the week), or moved
 * with the keyboard, or given to a suggested installer; "optimise the day" proposes a plan to apply in whole or in
 * part. Day, service point and view live in the URL.
 */
export function DispatchConsoleRoute() {
  const { t, i18n } = useTranslation();
  const format = useTenantFormat();
  const dateId = useId();
  const [search, setSearch] = useSearchParams();
  const today = format.today();
  const view = consoleViewOf(search, today);
  const board = useDispatchBoard(view.day, view.servicePointId);
  const inWeek = view.mode === "week";
  const week = weekOf(view.day);
  const weekBoards = useDispatchBoards(week, view.servicePointId, inWeek);
  const weekData = inWeek ? weekBoards.map((day) => day.data) : [];
  const servicePoints = useServicePointDirectory();
  const tiles = useMapTiles();
  const { moveCard, pendingId, focusId, nameOf } = useConsoleMoves(board.data, weekData);
  const [dragging, setDragging] = useState<Dragging | null>(null);
  const [rowRefusal, setRowRefusal] = useState<{ rowId: string; day: string; refusal: Refusal } | null>(null);
  const [moving, setMoving] = useState<DispatchCard | null>(null);
  const [suggesting, setSuggesting] = useState<DispatchCard | null>(null);
  const [optimising, setOptimising] = useState(false);

  const data = board.data;
  const axis = useMemo(
    () => (data ? axisFor(data.rows, data.unassigned, data.day, data.timeZone, PX_PER_HOUR) : null),
    [data],
  );
  const change = (next: Partial<ConsoleView>) => {
    setRowRefusal(null);
    setSearch(withView(search, next), { replace: true });
  };
  const past = view.day < today;
  const step = inWeek ? 7 : 1;
  // The boards the view needs: the day's (its queue), and in the week each of its days.
  const reads = inWeek ? [board, ...weekBoards] : [board];
  const failed = reads.find((read) => read.isError);
  const refetch = () => reads.forEach((read) => void read.refetch());
  const weekReady = !inWeek || weekBoards.every((day) => day.data !== undefined);
  // In the week a card is moved on its own day (the dialog and suggestions keep its day).
  const dayOfCard = (card: DispatchCard) =>
    inWeek && data ? localDateOf(card.appointment.start, data.timeZone) : undefined;

  async function dropped(card: DispatchCard, row: DispatchRow, startMinute: number) {
    setDragging(null);
    setRowRefusal(null);
    const refusal = await moveCard(card, row.id, startMinute);
    if (refusal) setRowRefusal({ rowId: row.id, day: view.day, refusal });
  }

  /** A card dropped on an installer's day of the week: that day, at the same time of day. */
  async function droppedOnDay(card: DispatchCard, installerId: string, day: string) {
    setDragging(null);
    setRowRefusal(null);
    if (!data) return;
    const refusal = await moveCard(card, installerId, startMinuteOf(card, data.timeZone), day);
    if (refusal) setRowRefusal({ rowId: installerId, day, refusal });
  }

  const handlers = {
    onPickUp: (card: DispatchCard) => setMoving(card),
    onSuggest: (card: DispatchCard) => setSuggesting(card),
    onDragStart: (card: DispatchCard, grabMinutes: number) => setDragging({ card, grabMinutes }),
    onDragEnd: () => setDragging(null),
  };
  const cardsOfDay = data ? [...data.unassigned, ...data.rows.flatMap((row) => row.jobs)] : [];
  const refusalShown = rowRefusal && {
    rowId: rowRefusal.rowId,
    content: (
      <MoveRefusal
        refusal={rowRefusal.refusal}
        day={rowRefusal.day}
        nameOf={nameOf}
        onClose={() => setRowRefusal(null)}
      />
    ),
  };
  const movingDay = moving ? dayOfCard(moving) : undefined;
  const movingBoard = (movingDay && weekData.find((day) => day?.day === movingDay)) || data;

  return (
    <>
      <PageHeader
        title={t("dispatch.console.title")}
        description={
          inWeek
            ? t("dispatch.console.weekDescription", {
                from: dayInWords(week[0]!, i18n.language, today),
                to: dayInWords(week[week.length - 1]!, i18n.language, today),
                timeZone: format.timeZone,
              })
            : t("dispatch.console.description", {
                day: dayInWords(view.day, i18n.language, today),
                timeZone: format.timeZone,
              })
        }
        actions={
          <>
            <Tooltip title={past ? t("dispatch.console.optimise.past") : undefined}>
              <Button
                type="primary"
                icon={<ThunderboltOutlined aria-hidden />}
                disabled={past || !data}
                onClick={() => setOptimising(true)}
              >
                {t("dispatch.console.optimise.open")}
              </Button>
            </Tooltip>
            <Button
              icon={<ReloadOutlined aria-hidden />}
              loading={reads.some((read) => read.isFetching && !read.isPending)}
              onClick={refetch}
            >
              {t("dispatch.console.refresh")}
            </Button>
          </>
        }
      />
      <Form
        layout="inline"
        role="search"
        aria-label={t("dispatch.console.filters")}
        className="filter-bar"
        component="div"
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item>
          <Space.Compact>
            <Button icon={<LeftOutlined aria-hidden />} onClick={() => change({ day: addDays(view.day, -step) })}>
              {inWeek ? t("dispatch.console.previousWeek") : t("dispatch.console.previousDay")}
            </Button>
            <Button disabled={view.day === today} onClick={() => change({ day: today })}>
              {t("dispatch.console.today")}
            </Button>
            <Button
              icon={<RightOutlined aria-hidden />}
              iconPlacement="end"
              onClick={() => change({ day: addDays(view.day, step) })}
            >
              {inWeek ? t("dispatch.console.nextWeek") : t("dispatch.console.nextDay")}
            </Button>
          </Space.Compact>
        </Form.Item>
        <Form.Item label={t("dispatch.console.day")} htmlFor={dateId}>
          <DatePicker
            id={dateId}
            format={ISO_DATE}
            allowClear={false}
            value={dayjs(view.day, ISO_DATE)}
            onChange={(next) => next && change({ day: next.format(ISO_DATE) })}
          />
        </Form.Item>
        <SelectFilter
          label={t("dispatch.console.servicePoint")}
          placeholder={t("dispatch.console.allServicePoints")}
          value={
            servicePoints.data?.some((entry) => entry.id === view.servicePointId) ? view.servicePointId : undefined
          }
          onChange={(servicePointId) => change({ servicePointId })}
          options={(servicePoints.data ?? []).map((entry) => ({ value: entry.id, label: entry.name }))}
        />
        <Form.Item label={t("dispatch.console.show")} style={{ maxWidth: "100%" }}>
          <Segmented<ConsoleMode>
            aria-label={t("dispatch.console.show")}
            value={view.mode}
            onChange={(mode) => change({ mode })}
            options={CONSOLE_MODES.map((mode) => ({ value: mode, label: t(`dispatch.console.modes.${mode}`) }))}
          />
        </Form.Item>
      </Form>

      {reads.some((read) => read.isPending) && !failed && <Loading />}
      {failed && (
        <ProblemAlert error={failed.error}>
          <Button onClick={refetch}>{t("common.retry")}</Button>
        </ProblemAlert>
      )}
      {data && axis && weekReady && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={7} xxl={6}>
            <UnassignedQueue
              cards={data.unassigned}
              pendingId={pendingId}
              focusId={focusId}
              pxPerHour={PX_PER_HOUR}
              handlers={handlers}
            />
          </Col>
          <Col xs={24} lg={17} xxl={18}>
            {view.mode === "timeline" ? (
              <Timeline
                board={data}
                axis={axis}
                dragging={dragging}
                pendingId={pendingId}
                focusId={focusId}
                refusal={refusalShown}
                onDrop={(card, row, startMinute) => void dropped(card, row, startMinute)}
                handlers={handlers}
              />
            ) : inWeek ? (
              <WeekGrid
                days={week}
                rows={weekRows(weekData)}
                timeZone={data.timeZone}
                today={today}
                dragging={dragging}
                pendingId={pendingId}
                focusId={focusId}
                refusal={refusalShown}
                onOpenDay={(day) => change({ mode: "timeline", day })}
                onDrop={(card, installerId, day) => void droppedOnDay(card, installerId, day)}
                handlers={handlers}
              />
            ) : (
              <DayMap board={data} tiles={tiles} />
            )}
          </Col>
        </Row>
      )}
      {moving && movingBoard && axis && (
        <MoveDialog
          card={moving}
          board={movingBoard}
          axis={
            movingBoard === data
              ? axis
              : axisFor(movingBoard.rows, [], movingBoard.day, movingBoard.timeZone, PX_PER_HOUR)
          }
          nameOf={nameOf}
          onMove={(card, installerId, startMinute) => moveCard(card, installerId, startMinute, movingBoard.day)}
          onClose={() => setMoving(null)}
        />
      )}
      {suggesting && (
        <SuggestDrawer
          card={suggesting}
          nameOf={nameOf}
          onAssign={(card, installerId) => moveCard(card, installerId, null, dayOfCard(card))}
          onClose={() => setSuggesting(null)}
        />
      )}
      {optimising && (
        <OptimiseDrawer
          day={view.day}
          servicePointId={view.servicePointId}
          servicePoints={servicePoints.data ?? []}
          cards={cardsOfDay}
          onClose={() => setOptimising(false)}
        />
      )}
    </>
  );
}
