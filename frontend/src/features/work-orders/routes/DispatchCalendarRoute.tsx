import { LeftOutlined, RightOutlined } from "@ant-design/icons";
import { Button, DatePicker, Flex, Form, Space, Typography } from "antd";
import dayjs from "dayjs";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { addDays, mondayOf } from "@/lib/format";
import { useInstallerDirectory, useWorkOrders } from "../api/work-orders";
import { DispatchWeek } from "../components/DispatchWeek";
import { weekDays } from "../model/calendar-grid";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE = "YYYY-MM-DD";

/** The dispatch calendar: a week per installer and day, to see who is free before assigning. */
export function DispatchCalendarRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const dateId = useId();
  const [search, setSearch] = useSearchParams();
  const requested = search.get("week");
  const monday = mondayOf(requested && DATE.test(requested) ? requested : format.today());
  const days = weekDays(monday);
  const orders = useWorkOrders();
  const installers = useInstallerDirectory();

  const show = (date: string) => setSearch({ week: mondayOf(date) }, { replace: true });

  return (
    <>
      <PageHeader title={t("dispatch.calendar.title")} description={t("dispatch.calendar.description")} />
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Space.Compact>
          <Button icon={<LeftOutlined aria-hidden />} onClick={() => show(addDays(monday, -7))}>
            {t("dispatch.calendar.previous")}
          </Button>
          <Button onClick={() => show(format.today())}>{t("dispatch.calendar.thisWeek")}</Button>
          <Button icon={<RightOutlined aria-hidden />} iconPlacement="end" onClick={() => show(addDays(monday, 7))}>
            {t("dispatch.calendar.next")}
          </Button>
        </Space.Compact>
        <Form layout="inline" component="div">
          <Form.Item label={t("dispatch.calendar.goTo")} htmlFor={dateId} style={{ marginInlineEnd: 0 }}>
            <DatePicker
              id={dateId}
              format={ISO_DATE}
              allowClear={false}
              value={dayjs(monday, ISO_DATE)}
              onChange={(next) => next && show(next.format(ISO_DATE))}
            />
          </Form.Item>
        </Form>
        <Typography.Text type="secondary">
          {t("dispatch.calendar.range", { from: days[0], to: days[6], timeZone: format.timeZone })}
        </Typography.Text>
      </Flex>
      {(orders.isPending || installers.isPending) && <Loading />}
      <ProblemAlert error={orders.error ?? installers.error} />
      {orders.data && installers.data && (
        <DispatchWeek days={days} installers={installers.data} orders={orders.data.items} />
      )}
    </>
  );
}
