import { Descriptions, Drawer, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { usePersonPayroll, type PayComponent, type PayrollLine } from "../api/payroll";
import { DEDUCTIONS, PAY_COLUMNS, groupLines } from "../model/payroll";
import { tagColour } from "@/app/design/theme";

type Row =
  | { key: string; kind: "line"; line: PayrollLine }
  | { key: string; kind: "subtotal"; component: PayComponent; subtotal: string };

/** A person's month line by line: each amount with where it came from, corrections of locked months marked. */
export function PersonDrillDown({
  month,
  personId,
  onClose,
}: {
  month: string;
  personId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const person = usePersonPayroll(month, personId);
  const data = personId ? person.data : undefined;
  const title = data ? t("payroll.drillDown.title", { name: data.row.name, month }) : t("payroll.drillDown.loading");
  const signed = (component: PayComponent, amount: string) =>
    `${DEDUCTIONS.includes(component) ? "−" : ""}${format.money(amount)}`;
  const rows: Row[] = data
    ? groupLines(data.lines).flatMap((group) => [
        ...group.lines.map((line, index) => ({
          key: `${group.component}-${line.sourceId ?? line.sourceType}-${index}`,
          kind: "line" as const,
          line,
        })),
        {
          key: `${group.component}-subtotal`,
          kind: "subtotal" as const,
          component: group.component,
          subtotal: group.subtotal,
        },
      ])
    : [];
  // A subtotal row spans the first four columns with its label.
  const span = (row: Row, first = false) => (row.kind === "subtotal" ? { colSpan: first ? 4 : 0 } : {});
  const columns: ColumnsType<Row> = [
    {
      title: t("payroll.drillDown.component"),
      key: "component",
      onCell: (row) => span(row, true),
      render: (_, row) =>
        row.kind === "subtotal" ? (
          <Typography.Text type="secondary">
            {t("payroll.drillDown.subtotal", { component: t(`payroll.component.${row.component}`) })}
          </Typography.Text>
        ) : (
          t(`payroll.component.${row.line.component}`)
        ),
    },
    {
      title: t("payroll.drillDown.occurredOn"),
      key: "occurredOn",
      onCell: (row) => span(row),
      render: (_, row) => (row.kind === "line" ? (row.line.occurredOn ?? "—") : null),
    },
    {
      title: t("payroll.drillDown.sourceType"),
      key: "sourceType",
      onCell: (row) => span(row),
      render: (_, row) =>
        row.kind === "line"
          ? t(`payroll.sourceType.${row.line.sourceType}` as "payroll.sourceType.INSTALLER", {
              defaultValue: row.line.sourceType,
            })
          : null,
    },
    {
      title: t("payroll.drillDown.description"),
      key: "description",
      onCell: (row) => span(row),
      render: (_, row) =>
        row.kind === "line" ? (
          <>
            {row.line.description}
            {row.line.correctionOf && (
              <Tag color={tagColour.orange} style={{ marginInlineStart: 8 }}>
                {t("payroll.drillDown.correctionOf", { month: row.line.correctionOf })}
              </Tag>
            )}
          </>
        ) : null,
    },
    {
      title: t("payroll.drillDown.amount"),
      key: "amount",
      align: "right",
      render: (_, row) =>
        row.kind === "line" ? (
          signed(row.line.component, row.line.amount)
        ) : (
          <Typography.Text type="secondary">{signed(row.component, row.subtotal)}</Typography.Text>
        ),
    },
  ];
  return (
    <Drawer open={personId !== null} title={title} size="large" destroyOnHidden onClose={onClose}>
      {person.isPending && personId && <Loading />}
      <ProblemAlert error={personId ? person.error : null} />
      {data && (
        <section aria-label={title}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            style={{ marginBottom: 16 }}
            items={PAY_COLUMNS.map((column) => ({
              key: column,
              label: t(`payroll.columns.${column}`),
              children: format.money(data.row[column]),
            }))}
          />
          <Table<Row>
            aria-label={t("payroll.drillDown.lines")}
            size="small"
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ x: "max-content" }}
            locale={{ emptyText: t("payroll.drillDown.noLines") }}
          />
        </section>
      )}
    </Drawer>
  );
}
