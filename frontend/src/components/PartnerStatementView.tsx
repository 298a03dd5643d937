import { Alert, Card, Descriptions, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import { partnerOwes, statementRows, type PartnerStatement, type StatementRow } from "@/lib/partner-statement";
import { tagColour } from "@/app/design/theme";

const COLOUR = { DRAFT: "processing", CONFIRMED: tagColour.cyan, PAID: "success" } as const;

/** The statement's state as a coloured tag, in words. */
export function PartnerStatementStatusBadge({ status }: { status: PartnerStatement["status"] }) {
  const { t } = useTranslation();
  return <Tag color={COLOUR[status]}>{t(`partners.statementStatus.${status}`)}</Tag>;
}

type Line = PartnerStatement["lines"][number];

/**
 * A settlement statement (结算单): its summary (gross, delay, complaint and damage deductions, net) and the
 * counted orders with the terms used. The tenant's and the partner's pages show the same.
 */
export function PartnerStatementView({ statement }: { statement: PartnerStatement }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const summary = t("partners.statement.summary");
  const linesTitle = t("partners.statement.lines");
  const rows: ColumnsType<StatementRow> = [
    {
      key: "label",
      rowScope: "row",
      render: (_, row) => t(`partners.statement.rows.${row.key}`, { n: row.count ?? 0, percent: row.percent ?? "—" }),
    },
    {
      key: "amount",
      align: "right",
      render: (_, row) => {
        const amount = `${row.deduction && Number(row.amount) !== 0 ? "−" : ""}${format.money(row.amount)}`;
        return row.key === "net" ? <Typography.Text strong>{amount}</Typography.Text> : amount;
      },
    },
  ];
  const lines: ColumnsType<Line> = [
    { title: t("partners.fields.workOrder"), dataIndex: "workOrderNumber", rowScope: "row" },
    { title: t("partners.fields.units"), dataIndex: "units", align: "right" },
    {
      title: t("partners.fields.feePerUnit"),
      dataIndex: "feePerUnit",
      align: "right",
      responsive: ["lg"],
      render: (amount: string) => format.money(amount),
    },
    {
      title: t("partners.statement.amount"),
      dataIndex: "amount",
      align: "right",
      render: (amount: string) => format.money(amount),
    },
    { title: t("partners.fields.dueDate"), dataIndex: "dueDate", responsive: ["md"] },
    { title: t("partners.statement.workDoneOn"), dataIndex: "workDoneOn", responsive: ["md"] },
    {
      title: t("partners.statement.daysLate"),
      dataIndex: "daysLate",
      align: "right",
      render: (days: number) => (days > 0 ? <Tag color="warning">{days}</Tag> : days),
    },
    {
      title: t("partners.statement.complaintCount"),
      dataIndex: "complaints",
      align: "right",
      render: (count: number) => (count > 0 ? <Tag color="warning">{count}</Tag> : count),
    },
    {
      title: t("partners.fields.damage"),
      dataIndex: "damageAmount",
      align: "right",
      responsive: ["md"],
      render: (amount: string) => format.money(amount),
    },
  ];
  return (
    <>
      <Card size="small" title={summary} role="region" aria-label={summary}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          style={{ marginBottom: 12 }}
          items={[
            {
              key: "period",
              label: t("partners.statement.period"),
              children: `${statement.periodFrom} – ${statement.periodTo}`,
            },
            {
              key: "status",
              label: t("partners.statement.status"),
              children: <PartnerStatementStatusBadge status={statement.status} />,
            },
          ]}
        />
        <Table<StatementRow>
          aria-label={summary}
          size="small"
          showHeader={false}
          rowKey="key"
          columns={rows}
          dataSource={statementRows(statement)}
          pagination={false}
          onRow={(row) => ({ "data-row": row.key }) as React.HTMLAttributes<HTMLElement>}
        />
        {partnerOwes(statement) && (
          <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t("partners.statement.partnerOwes")} />
        )}
      </Card>
      <Card size="small" title={linesTitle} role="region" aria-label={linesTitle} style={{ marginTop: 16 }}>
        <Table<Line>
          aria-label={linesTitle}
          size="small"
          rowKey="workOrderId"
          columns={lines}
          dataSource={statement.lines}
          pagination={false}
          scroll={{ x: "max-content" }}
          locale={{ emptyText: t("partners.statement.noLines") }}
        />
      </Card>
    </>
  );
}
