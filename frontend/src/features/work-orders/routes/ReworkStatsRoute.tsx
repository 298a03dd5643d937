import { ArrowLeftOutlined } from "@ant-design/icons";
import { Empty, Flex, Form, Select, Statistic, Table, Typography, type TableColumnsType } from "antd";
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { LinkButton } from "@/components/LinkButton";
import { ListPage } from "@/components/ListPage";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useInstallerDirectory, useReworkCounts } from "../api/work-orders";
import { installerNames } from "../model/names";
import {
  REWORK_PERIODS,
  isReworkPeriod,
  periodRange,
  reworkRows,
  type ReworkPeriod,
  type ReworkRow,
} from "../model/rework";

/** The manager's count of installer-caused rework per installer, for this month, last month or 90 days. */
export function ReworkStatsRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const periodId = useId();
  const [search, setSearch] = useSearchParams();
  const period: ReworkPeriod = isReworkPeriod(search.get("period"))
    ? (search.get("period") as ReworkPeriod)
    : "thisMonth";
  // Computed once per period and zone, so the query key stays the same while the page is open.
  const range = useMemo(() => periodRange(period, format.timeZone), [period, format.timeZone]);
  const counts = useReworkCounts(range);
  const installers = useInstallerDirectory();
  const rows = reworkRows(counts.data ?? [], installerNames(installers.data));
  const total = rows.reduce((sum, row) => sum + row.count, 0);

  const columns: TableColumnsType<ReworkRow> = [
    {
      key: "installer",
      title: t("reworkStats.installer"),
      render: (_, row) => <span title={row.installerId}>{row.name}</span>,
    },
    { key: "count", dataIndex: "count", title: t("reworkStats.count"), align: "right", width: 160 },
  ];

  return (
    <ListPage
      title={t("reworkStats.title")}
      description={t("reworkStats.description")}
      actions={
        <LinkButton to="/work-orders" icon={<ArrowLeftOutlined />}>
          {t("board.back")}
        </LinkButton>
      }
      filtersLabel={t("reworkStats.period")}
      filters={
        <>
          <Form.Item label={t("reworkStats.period")} htmlFor={periodId}>
            <Select
              id={periodId}
              style={{ minWidth: 140 }}
              value={period}
              onChange={(next: ReworkPeriod) =>
                setSearch(next === "thisMonth" ? {} : { period: next }, { replace: true })
              }
              options={REWORK_PERIODS.map((value) => ({ value, label: t(`reworkStats.periods.${value}`) }))}
            />
          </Form.Item>
          <Flex align="center">
            <Typography.Text type="secondary">
              {t("reworkStats.range", {
                from: format.date(range.from),
                to: format.date(new Date(Date.parse(range.to) - 1).toISOString()),
              })}
            </Typography.Text>
          </Flex>
        </>
      }
    >
      <ProblemAlert error={counts.error ?? installers.error} />
      {counts.isSuccess && rows.length > 0 && (
        <Statistic title={t("reworkStats.total")} value={total} style={{ padding: "0 0 12px" }} />
      )}
      <Table<ReworkRow>
        rowKey="installerId"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={counts.isPending}
        pagination={false}
        aria-label={t("reworkStats.title")}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("reworkStats.empty")} /> }}
      />
    </ListPage>
  );
}
