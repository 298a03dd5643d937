import { DownloadOutlined } from "@ant-design/icons";
import { Button, Card, Drawer, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { ListPage } from "@/components/ListPage";
import { MonthFilter } from "@/components/MonthFilter";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useAttendanceExport, useAttendanceSheet, type AttendanceRow } from "../api/attendance";
import { ClockCard } from "../components/ClockCard";
import { PersonDays } from "../components/PersonDays";
import { monthFrom } from "../model/attendance";

/**
 * Attendance (考勤): everyone clocks in and out here; the office sees the month's sheet of all staff with each
 * person's days and the XLSX export, an installer their own row and days.
 */
export function AttendanceRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const [search, setSearch] = useSearchParams();
  const month = monthFrom(search.get("month"), format.today());
  const office = me.roles.includes("manager") || me.roles.includes("dispatcher");
  const sheet = useAttendanceSheet(month);
  const exportSheet = useAttendanceExport(month);
  const person = search.get("person");
  const rows = sheet.data?.pages.flatMap((page) => page.items) ?? [];
  const personName = rows.find((row) => row.personId === person)?.name ?? "";

  function choose(change: Record<string, string | undefined>) {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearch(next, { replace: true });
  }

  const columns: ColumnsType<AttendanceRow> = [
    { title: t("attendance.fields.name"), dataIndex: "name", rowScope: "row" },
    { title: t("attendance.fields.present"), dataIndex: "presentDays", align: "right" },
    { title: t("attendance.fields.field"), dataIndex: "fieldDays", align: "right", responsive: ["md"] },
    { title: t("attendance.fields.leave"), dataIndex: "leaveDays", align: "right", responsive: ["md"] },
    {
      title: t("attendance.fields.absent"),
      dataIndex: "absentDays",
      align: "right",
      render: (days: number) => (days > 0 ? <Tag color="error">{days}</Tag> : days),
    },
    { title: t("attendance.fields.workingDays"), dataIndex: "workingDays", align: "right", responsive: ["md"] },
    // An installer's own days are under the sheet; the office opens anyone's.
    ...(office
      ? [
          {
            title: t("common.actions"),
            key: "actions",
            render: (_: unknown, row: AttendanceRow) => (
              <Button size="small" onClick={() => choose({ person: row.personId })}>
                {t("attendance.showDays", { name: row.name })}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <ListPage
      title={t("attendance.title")}
      description={office ? t("attendance.descriptionOffice") : t("attendance.descriptionOwn")}
      actions={
        office && (
          <Button icon={<DownloadOutlined />} loading={exportSheet.isPending} onClick={() => exportSheet.mutate()}>
            {t("attendance.export")}
          </Button>
        )
      }
      extra={
        <>
          <ProblemAlert error={exportSheet.error} />
          <ClockCard />
        </>
      }
      filtersLabel={t("attendance.filter")}
      filters={
        <MonthFilter
          label={t("attendance.month")}
          value={month}
          onChange={(next) => choose({ month: next, person: undefined })}
        />
      }
    >
      <DataTable<AttendanceRow>
        caption={t("attendance.sheet", { month })}
        columns={columns}
        rowKey="personId"
        empty={{ description: t("attendance.empty") }}
        {...keysetTable(sheet)}
      />
      {!office && (
        <Card size="small" title={t("attendance.detail.title", { name: me.displayName })} style={{ marginTop: 16 }}>
          <PersonDays personId={me.userId} month={month} />
        </Card>
      )}
      <Drawer
        open={office && person !== null}
        title={t("attendance.detail.title", { name: personName })}
        size="large"
        destroyOnHidden
        onClose={() => choose({ person: undefined })}
      >
        {office && person && <PersonDays personId={person} month={month} />}
      </Drawer>
    </ListPage>
  );
}
