import { Button, Card, Checkbox, Flex, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useStaffNames } from "@/lib/staff-names";
import { useAcknowledgeBreach, usePromiseBreaches, type PromiseBreach } from "../api/promises";
import { subjectPath } from "../model/watch";

function AcknowledgeButton({ breach }: { breach: PromiseBreach }) {
  const { t } = useTranslation();
  const acknowledge = useAcknowledgeBreach();
  return (
    <Flex vertical gap={4} align="flex-start">
      <Button
        size="small"
        loading={acknowledge.isPending}
        aria-label={t("promiseWatch.escalations.acknowledgeOf", { number: breach.subjectNumber })}
        onClick={() => acknowledge.mutate(breach.id)}
      >
        {t("promiseWatch.escalations.acknowledge")}
      </Button>
      <ProblemAlert error={acknowledge.error} />
    </Flex>
  );
}

interface EscalationsPanelProps {
  /** Only those no manager has acknowledged yet (the URL's `breaches`, "open" unless "all"). */
  unacknowledgedOnly: boolean;
  onUnacknowledgedOnlyChange: (only: boolean) => void;
  /** Opened from a link to the escalations (the home page's open breaches): the panel comes into view. */
  inView?: boolean;
}

/** Breached promises escalated to the managers, each acknowledged once a manager has seen it. */
export function EscalationsPanel({ unacknowledgedOnly, onUnacknowledgedOnlyChange, inView }: EscalationsPanelProps) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const nameOf = useStaffNames();
  const breaches = usePromiseBreaches(unacknowledgedOnly);
  const title = t("promiseWatch.escalations.title");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (inView) ref.current?.scrollIntoView?.({ block: "start" });
  }, [inView]);
  const columns: ColumnsType<PromiseBreach> = [
    {
      key: "subject",
      title: t("promiseWatch.fields.subject"),
      render: (_, breach) => (
        <Link to={subjectPath(breach)}>
          <strong>{breach.subjectNumber}</strong>
        </Link>
      ),
    },
    {
      key: "subjectType",
      title: t("promiseWatch.fields.subjectType"),
      render: (_, breach) => t(`promiseWatch.subjectType.${breach.subjectType}`),
    },
    {
      key: "kind",
      title: t("promiseWatch.fields.kind"),
      render: (_, breach) => t(`promise.kind.${breach.promiseKind}`),
    },
    {
      key: "dueAt",
      title: t("promiseWatch.escalations.dueAt"),
      responsive: ["md"],
      render: (_, breach) => format.dateTime(breach.dueAt),
    },
    {
      key: "breachedAt",
      title: t("promiseWatch.escalations.breachedAt"),
      responsive: ["md"],
      render: (_, breach) => format.dateTime(breach.breachedAt),
    },
    {
      key: "acknowledged",
      title: t("promiseWatch.escalations.acknowledged"),
      render: (_, breach) =>
        breach.acknowledgedAt ? (
          <Typography.Text type="secondary">
            {format.dateTime(breach.acknowledgedAt)} {nameOf(breach.acknowledgedBy)}
          </Typography.Text>
        ) : (
          <AcknowledgeButton breach={breach} />
        ),
    },
  ];
  return (
    <Card ref={ref} size="small" title={title} role="region" aria-label={title} style={{ marginTop: 16 }}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t("promiseWatch.escalations.description")}</Typography.Text>
        <Checkbox checked={unacknowledgedOnly} onChange={(event) => onUnacknowledgedOnlyChange(event.target.checked)}>
          {t("promiseWatch.escalations.unacknowledgedOnly")}
        </Checkbox>
        <DataTable<PromiseBreach>
          caption={title}
          columns={columns}
          rowKey="id"
          empty={{ description: t("promiseWatch.escalations.empty") }}
          {...keysetTable(breaches)}
        />
      </Flex>
    </Card>
  );
}
