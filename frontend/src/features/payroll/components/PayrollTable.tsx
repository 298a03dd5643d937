import { Button, Grid, Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import type { PayrollRow, PayrollSheet } from "../api/payroll";
import { PAY_COLUMNS, type PayColumn } from "../model/payroll";

interface PayrollTableProps {
  sheet: PayrollSheet;
  onSelect: (personId: string) => void;
}

// On a phone the name, the net pay and the reimbursements stay; what makes up the net pay needs a wider screen.
const WIDE: Partial<Record<PayColumn, ("md" | "lg")[]>> = {
  baseSalary: ["md"],
  allowances: ["lg"],
  rewards: ["lg"],
  fines: ["md"],
  costCharges: ["lg"],
  adjustments: ["lg"],
};

/** One row per person and the totals: what makes up the net pay, and the reimbursements paid beside it. */
export function PayrollTable({ sheet, onSelect }: PayrollTableProps) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const screens = Grid.useBreakpoint();
  // The totals row follows the columns shown, so both are chosen here rather than by antd's `responsive`.
  const shown = PAY_COLUMNS.filter((column) => WIDE[column]?.some((size) => screens[size]) ?? true);
  const columns: ColumnsType<PayrollRow> = [
    {
      title: t("payroll.columns.name"),
      dataIndex: "name",
      rowScope: "row",
      fixed: "left",
      render: (name: string, row) =>
        row.personId ? (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onSelect(row.personId!)}>
            {name}
          </Button>
        ) : (
          name
        ),
    },
    ...shown.map((column) => ({
      title: t(`payroll.columns.${column}`),
      dataIndex: column,
      align: "right" as const,
      render: (amount: string) =>
        column === "netPay" ? <Typography.Text strong>{format.money(amount)}</Typography.Text> : format.money(amount),
    })),
  ];
  return (
    <Table<PayrollRow>
      aria-label={t("payroll.tableCaption", { month: sheet.month })}
      size="middle"
      rowKey={(row) => row.personId ?? row.name}
      columns={columns}
      dataSource={sheet.rows}
      pagination={false}
      scroll={{ x: "max-content" }}
      locale={{ emptyText: t("payroll.empty") }}
      summary={() =>
        sheet.rows.length > 0 && (
          <Table.Summary fixed>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t("payroll.totals")}</Typography.Text>
              </Table.Summary.Cell>
              {shown.map((column, index) => (
                <Table.Summary.Cell key={column} index={index + 1} align="right">
                  <Typography.Text strong>{format.money(sheet.totals[column])}</Typography.Text>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        )
      }
    />
  );
}
