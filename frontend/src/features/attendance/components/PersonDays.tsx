import { Flex, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useAttendanceDetail, type AttendanceDay, type AttendanceDayKind } from "../api/attendance";

const COLOUR: Record<AttendanceDayKind, string> = {
  PRESENT: "success",
  FIELD: "blue",
  LEAVE: "purple",
  ABSENT: "error",
  OFF: "default",
  UPCOMING: "default",
};

/** One person's days of the month: what each day counted as, and the clock-ins behind it. */
export function PersonDays({ personId, month }: { personId: string; month: string }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const detail = useAttendanceDetail(personId, month);
  const data = detail.data;
  if (detail.isPending) return <Loading />;
  if (!data) return <ProblemAlert error={detail.error} />;
  const columns: ColumnsType<AttendanceDay> = [
    {
      title: t("attendance.detail.date"),
      dataIndex: "date",
      render: (date: string, day) => (
        <>
          {date}{" "}
          {!day.workingDay && <Typography.Text type="secondary">{t("attendance.detail.nonWorking")}</Typography.Text>}
        </>
      ),
    },
    {
      title: t("attendance.detail.kind"),
      dataIndex: "kind",
      render: (kind: AttendanceDayKind, day) => (
        <Flex gap={4} wrap>
          <Tag color={COLOUR[kind]}>{t(`attendance.kind.${kind}`)}</Tag>
          {day.field && kind !== "FIELD" && <Tag color={COLOUR.FIELD}>{t("attendance.kind.FIELD")}</Tag>}
        </Flex>
      ),
    },
    {
      title: t("attendance.detail.clocks"),
      key: "clocks",
      render: (_, day) =>
        day.clocks.length === 0
          ? "—"
          : day.clocks
              .map(
                (clock) =>
                  `${format.time(clock.clockInAt)}–${clock.clockOutAt ? format.time(clock.clockOutAt) : "…"}${clock.inPlace ? ` ${clock.inPlace}` : ""}`,
              )
              .join("，"),
    },
  ];
  return (
    <Table<AttendanceDay>
      aria-label={t("attendance.detail.title", { name: data.name })}
      size="small"
      rowKey="date"
      columns={columns}
      dataSource={data.days}
      pagination={false}
      scroll={{ x: "max-content" }}
    />
  );
}
