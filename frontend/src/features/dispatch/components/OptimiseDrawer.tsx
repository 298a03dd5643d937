import { Alert, Button, Checkbox, Drawer, Flex, Form, Progress, Select, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert, ProblemDetails } from "@/components/ProblemAlert";
import { isProblemType } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import type { DirectoryEntry } from "@/lib/directory";
import { dayInWords } from "@/lib/format";
import {
  PLAN_POLL_MS,
  isRunning,
  useApplyPlan,
  usePlan,
  useStartPlan,
  type DispatchCard,
  type Plan,
  type PlanChange,
  type PlanFigures,
} from "../api/dispatch";
import { FIGURE_KEYS, changeReasons, figureTrend, openChanges, planProgress, type FigureKey } from "../model/plan";
import { sameAppointment } from "../model/moves";

interface OptimiseDrawerProps {
  day: string;
  servicePointId: string | undefined;
  servicePoints: readonly DirectoryEntry[];
  /** The board's orders, to name the customers of orders no one can take. */
  cards: readonly DispatchCard[];
  onClose: () => void;
  pollMs?: number;
}

/**
 * "Optimise the day": the options (service point, whether appointment windows may move), the run's progress, then
 * its proposal: the day's figures before and after, each change with why, the orders no one can take. The changes
 * chosen (all by default) are applied through the same checks as a dispatcher's own moves.
 */
export function OptimiseDrawer({
  day,
  servicePointId,
  servicePoints,
  cards,
  onClose,
  pollMs = PLAN_POLL_MS,
}: OptimiseDrawerProps) {
  const { t, i18n } = useTranslation();
  const pointId = useId();
  const [point, setPoint] = useState<string | undefined>(servicePointId);
  const [allowWindowMoves, setAllowWindowMoves] = useState(false);
  const [planId, setPlanId] = useState<string | null>(null);
  const start = useStartPlan();
  const plan = usePlan(planId, pollMs);

  function run() {
    start.mutate({ day, servicePointId: point, allowWindowMoves }, { onSuccess: (queued) => setPlanId(queued.id) });
  }

  const current = plan.data;
  return (
    <Drawer
      open
      size="large"
      title={t("dispatch.console.optimise.title", { day: dayInWords(day, i18n.language) })}
      onClose={onClose}
      destroyOnHidden
    >
      <Flex vertical gap={16}>
        <Form layout="vertical" component="div" disabled={start.isPending || isRunning(current)}>
          <Form.Item label={t("dispatch.console.optimise.servicePoint")} htmlFor={pointId}>
            <Select
              id={pointId}
              allowClear
              placeholder={t("dispatch.console.allServicePoints")}
              value={servicePoints.some((entry) => entry.id === point) ? point : undefined}
              onChange={(value?: string) => setPoint(value)}
              options={servicePoints.map((entry) => ({ value: entry.id, label: entry.name }))}
            />
          </Form.Item>
          <Form.Item style={{ marginBottom: 8 }}>
            <Checkbox checked={allowWindowMoves} onChange={(event) => setAllowWindowMoves(event.target.checked)}>
              {t("dispatch.console.optimise.allowWindowMoves")}
            </Checkbox>
          </Form.Item>
          {allowWindowMoves && <Alert type="warning" showIcon title={t("dispatch.console.optimise.windowWarning")} />}
        </Form>
        <Flex gap={8} wrap>
          <Button type="primary" loading={start.isPending} disabled={isRunning(current)} onClick={run}>
            {current ? t("dispatch.console.optimise.again") : t("dispatch.console.optimise.start")}
          </Button>
        </Flex>
        <ProblemAlert error={start.error} />
        {plan.isError && <ProblemAlert error={plan.error} />}
        {current && isRunning(current) && <PlanProgress plan={current} />}
        {current?.status === "FAILED" && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t("dispatch.console.optimise.failed")}
            description={current.failure ? <ProblemDetails error={current.failure} /> : undefined}
          />
        )}
        {current?.status === "READY" && <Proposal key={current.id} plan={current} cards={cards} onAgain={run} />}
      </Flex>
    </Drawer>
  );
}

function PlanProgress({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const label =
    plan.status === "QUEUED"
      ? t("dispatch.console.optimise.queued")
      : t("dispatch.console.optimise.solving", {
          elapsed: Math.floor(plan.elapsedMs / 1000),
          limit: plan.limitSeconds,
        });
  return (
    <div role="status" aria-live="polite">
      <Typography.Text>{label}</Typography.Text>
      <Progress percent={planProgress(plan)} status="active" aria-label={label} />
    </div>
  );
}

function Proposal({ plan, cards, onAgain }: { plan: Plan; cards: readonly DispatchCard[]; onAgain: () => void }) {
  const { t, i18n } = useTranslation();
  const format = useTenantFormat();
  const apply = useApplyPlan(plan.id);
  const open = openChanges(plan);
  // All open changes are chosen until the person chooses otherwise.
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [applied, setApplied] = useState<number | null>(null);
  const selected = (chosen ?? open.map((change) => change.workOrderId)).filter((id) =>
    open.some((change) => change.workOrderId === id),
  );
  const km = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const windowOf = (appointment: { start: string; end: string }) =>
    `${format.time(appointment.start)}–${format.time(appointment.end)}`;

  function submit() {
    setApplied(null);
    apply.mutate(selected, {
      onSuccess: () => {
        setApplied(selected.length);
        setChosen(null);
      },
    });
  }

  const reasonText = (change: PlanChange) =>
    changeReasons(change).map((reason) => {
      switch (reason.kind) {
        case "travel":
          return reason.before === null
            ? t("dispatch.console.why.travelNew", { after: km.format(reason.after) })
            : t("dispatch.console.why.travel", { before: km.format(reason.before), after: km.format(reason.after) });
        case "lateness":
          return t("dispatch.console.why.lateness", { before: reason.before, after: reason.after });
        case "windowMoved":
          return t("dispatch.console.why.windowMoved");
        case "follows":
          return t("dispatch.console.why.follows", { number: reason.number });
      }
    });

  const allChosen = open.length > 0 && selected.length === open.length;
  const columns: ColumnsType<PlanChange> = [
    {
      title: t("dispatch.console.optimise.order"),
      key: "order",
      render: (_, change) => (
        <Flex vertical>
          <Typography.Text strong>{change.number}</Typography.Text>
          <Typography.Text type="secondary">{change.customerName}</Typography.Text>
          {change.applied && <Tag color="success">{t("dispatch.console.optimise.appliedTag")}</Tag>}
        </Flex>
      ),
    },
    {
      title: t("dispatch.console.optimise.change"),
      key: "change",
      render: (_, change) => (
        <Flex vertical>
          <span>
            {t("dispatch.console.optimise.installerChange", {
              from: change.fromInstallerName ?? t("dispatch.console.optimise.nobody"),
              to: change.toInstallerName,
            })}
          </span>
          <Typography.Text type={change.windowMoved ? "warning" : "secondary"}>
            {sameAppointment(change.from, change.to)
              ? windowOf(change.to)
              : t("dispatch.console.optimise.timeChange", { from: windowOf(change.from), to: windowOf(change.to) })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t("dispatch.console.optimise.why"),
      key: "why",
      render: (_, change) => (
        <ul
          className="dispatch-suggest__facts"
          aria-label={t("dispatch.console.optimise.whyOf", { number: change.number })}
        >
          {reasonText(change).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ),
    },
  ];

  const unplaced = plan.unplaced.map((order) => ({
    ...order,
    customerName: cards.find((card) => card.id === order.workOrderId)?.customerName,
  }));

  return (
    <Flex vertical gap={16}>
      {plan.before && plan.after && <Figures before={plan.before} after={plan.after} />}
      {isProblemType(apply.error, "plan-stale") ? (
        <ProblemAlert error={apply.error}>
          <Button onClick={onAgain}>{t("dispatch.console.optimise.again")}</Button>
        </ProblemAlert>
      ) : (
        <ProblemAlert error={apply.error} />
      )}
      {applied !== null && (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t("dispatch.console.optimise.applied", { count: applied })}
        />
      )}
      {plan.changes.length === 0 ? (
        <Alert type="info" showIcon title={t("dispatch.console.optimise.noChanges")} />
      ) : (
        <Table<PlanChange>
          aria-label={t("dispatch.console.optimise.changes")}
          size="small"
          rowKey="workOrderId"
          pagination={false}
          scroll={{ x: 560 }}
          dataSource={plan.changes}
          columns={columns}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setChosen(keys.map(String)),
            columnTitle: (
              <Checkbox
                aria-label={t("dispatch.console.optimise.chooseAll")}
                checked={allChosen}
                indeterminate={selected.length > 0 && !allChosen}
                disabled={open.length === 0}
                onChange={(event) => setChosen(event.target.checked ? open.map((change) => change.workOrderId) : [])}
              />
            ),
            getCheckboxProps: (change) => ({
              disabled: change.applied,
              "aria-label": t("dispatch.console.optimise.choose", { number: change.number }),
            }),
          }}
        />
      )}
      {unplaced.length > 0 && (
        <div>
          <Typography.Title level={3} style={{ fontSize: 14 }}>
            {t("dispatch.console.optimise.unplaced", { count: unplaced.length })}
          </Typography.Title>
          <ul className="dispatch-suggest__facts">
            {unplaced.map((order) => (
              <li key={order.workOrderId}>
                {order.customerName ? `${order.number} · ${order.customerName}` : order.number}
              </li>
            ))}
          </ul>
        </div>
      )}
      {open.length > 0 && (
        <Flex gap={8} wrap>
          <Button type="primary" loading={apply.isPending} disabled={selected.length === 0} onClick={submit}>
            {t("dispatch.console.optimise.apply", { count: selected.length })}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}

function Figures({ before, after }: { before: PlanFigures; after: PlanFigures }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const value = (key: FigureKey, figures: PlanFigures) =>
    key === "travelKm"
      ? t("dispatch.console.figures.km", { km: number.format(figures.travelKm) })
      : key === "lateMinutes"
        ? t("dispatch.console.figures.minutes", { minutes: number.format(figures.lateMinutes) })
        : number.format(figures[key]);
  const rows = FIGURE_KEYS.map((key) => ({ key, trend: figureTrend(key, before, after) }));
  return (
    <Table
      aria-label={t("dispatch.console.figures.title")}
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      columns={[
        {
          title: t("dispatch.console.figures.figure"),
          key: "figure",
          render: (_, row) => t(`dispatch.console.figures.${row.key}`),
        },
        { title: t("dispatch.console.figures.before"), key: "before", render: (_, row) => value(row.key, before) },
        {
          title: t("dispatch.console.figures.after"),
          key: "after",
          render: (_, row) => (
            <Flex gap={8} wrap align="center">
              <span>{value(row.key, after)}</span>
              {row.trend !== "same" && (
                <Tag color={row.trend === "better" ? "success" : "error"}>
                  {t(`dispatch.console.figures.${row.trend}`)}
                </Tag>
              )}
            </Flex>
          ),
        },
      ]}
    />
  );
}
