import { ClockCircleOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Form, Input, List, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useAttendanceDetail, useClock } from "../api/attendance";
import { openClock } from "../model/attendance";

/** Clocking in and out as the signed-in person, with today's state. */
export function ClockCard() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const today = format.today();
  const detail = useAttendanceDetail(me.userId, today.slice(0, 7));
  const clock = useClock();
  const [place, setPlace] = useState("");
  const open = openClock(detail.data, today);
  const clockedToday = detail.data?.days.find((day) => day.date === today)?.clocks ?? [];
  const direction = open ? "out" : "in";
  return (
    <Card
      size="small"
      title={t("attendance.clock.title")}
      role="region"
      aria-label={t("attendance.clock.title")}
      style={{ marginBottom: 16 }}
    >
      <Flex vertical gap={12}>
        <Typography.Text role="status">
          {detail.isPending
            ? t("common.loading")
            : open
              ? t("attendance.clock.clockedInSince", { time: format.time(open.clockInAt) })
              : t("attendance.clock.notClockedIn")}
        </Typography.Text>
        {clockedToday.length > 0 && (
          <List
            size="small"
            dataSource={clockedToday}
            renderItem={(entry) => (
              <List.Item>
                {format.time(entry.clockInAt)} – {entry.clockOutAt ? format.time(entry.clockOutAt) : "…"}
                {entry.inPlace && <Typography.Text type="secondary"> · {entry.inPlace}</Typography.Text>}
              </List.Item>
            )}
          />
        )}
        <Form layout="vertical" component="div">
          <Form.Item label={t("attendance.clock.place")} htmlFor="clock-place" style={{ marginBottom: 12 }}>
            <Input
              id="clock-place"
              value={place}
              placeholder={t("attendance.clock.placeHint")}
              onChange={(event) => setPlace(event.target.value)}
            />
          </Form.Item>
          <Button
            type="primary"
            size="large"
            block
            icon={<ClockCircleOutlined />}
            loading={clock.isPending}
            disabled={detail.isPending}
            onClick={() => clock.mutate({ direction, place }, { onSuccess: () => setPlace("") })}
          >
            {t(`attendance.clock.${direction}`)}
          </Button>
        </Form>
        <ProblemAlert error={clock.error ?? detail.error} />
      </Flex>
    </Card>
  );
}
