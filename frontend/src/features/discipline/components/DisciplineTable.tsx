import { Button, Space } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DisciplineEntry } from "../api/discipline";
import { sourcePath } from "../model/discipline";
import { AppealBadge, DisciplineStatusBadge, EntryAmount } from "./DisciplineBadges";

/**
 * The ledger's columns: number, who, what and how much, where it stands first; the rule, source and date on wider
 * screens. A person in the field sees their own entries: no installer column, sources link to their jobs.
 */
export function useDisciplineColumns({
  fieldOnly,
  selectedId,
  onSelect,
}: {
  fieldOnly: boolean;
  selectedId: string | null;
  onSelect: (entryId: string | null) => void;
}): ColumnsType<DisciplineEntry> {
  const { t } = useTranslation();
  const columns: ColumnsType<DisciplineEntry> = [
    { title: t("discipline.fields.number"), dataIndex: "number" },
    ...(fieldOnly ? [] : [{ title: t("discipline.fields.installer"), dataIndex: "installerName" }]),
    {
      title: t("discipline.fields.kind"),
      dataIndex: "kind",
      render: (kind: DisciplineEntry["kind"]) => t(`discipline.kind.${kind}`),
    },
    {
      title: t("discipline.fields.amount"),
      dataIndex: "amount",
      align: "right",
      render: (_: unknown, entry) => <EntryAmount entry={entry} />,
    },
    {
      title: t("discipline.fields.status"),
      dataIndex: "status",
      render: (status: DisciplineEntry["status"], entry) => (
        <Space size={4} wrap>
          <DisciplineStatusBadge status={status} />
          <AppealBadge status={entry.appealStatus} />
        </Space>
      ),
    },
    {
      title: t("discipline.fields.rule"),
      dataIndex: "rule",
      responsive: ["md"],
      render: (rule: DisciplineEntry["rule"]) => t(`discipline.rule.${rule}`),
    },
    {
      title: t("discipline.fields.source"),
      dataIndex: "sourceType",
      responsive: ["md"],
      render: (type: DisciplineEntry["sourceType"], entry) => {
        const source = sourcePath(entry, fieldOnly);
        return (
          <Space size={4}>
            {t(`discipline.sourceType.${type}`)}
            {source ? <Link to={source}>{entry.sourceNumber ?? t("discipline.openSource")}</Link> : entry.sourceNumber}
          </Space>
        );
      },
    },
    { title: t("discipline.fields.occurredOn"), dataIndex: "occurredOn", responsive: ["lg"] },
    {
      title: t("common.actions"),
      key: "open",
      render: (_: unknown, entry) => {
        const selected = entry.id === selectedId;
        return (
          <Button
            size="small"
            type={selected ? "primary" : "default"}
            aria-expanded={selected}
            aria-label={t("discipline.openEntryOf", { number: entry.number })}
            onClick={() => onSelect(selected ? null : entry.id)}
          >
            {t("discipline.openEntry")}
          </Button>
        );
      },
    },
  ];
  return columns;
}
