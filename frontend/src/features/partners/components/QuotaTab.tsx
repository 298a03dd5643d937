import { DatePicker, Form, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { addDays } from "@/lib/format";
import { usePartnerQuota } from "../api/partners";
import { quotaRange } from "../model/quota";

const ISO_DATE = "YYYY-MM-DD";

interface QuotaDay {
  day: string;
  unitsCompleted: number;
  dailyQuota?: number | null;
  shortfall?: number | null;
}

/** Units completed per day against the agreement's daily quota, over a chosen range (at most 366 days). */
export function QuotaTab({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const id = useId();
  const today = format.today();
  const [from, setFrom] = useState(() => addDays(today, -13));
  const [to, setTo] = useState(today);
  const range = quotaRange(from, to);
  const quota = usePartnerQuota(partnerId, from, to, range === "ok");
  const columns: ColumnsType<QuotaDay> = [
    { title: t("partners.quota.day"), dataIndex: "day" },
    { title: t("partners.quota.unitsCompleted"), dataIndex: "unitsCompleted", align: "right" },
    {
      title: t("partners.fields.dailyQuota"),
      dataIndex: "dailyQuota",
      align: "right",
      render: (value?: number | null) =>
        value ?? <Typography.Text type="secondary">{t("partners.quota.noAgreement")}</Typography.Text>,
    },
    {
      title: t("partners.quota.shortfall"),
      dataIndex: "shortfall",
      align: "right",
      render: (value?: number | null) => (value ? <Tag color="error">{value}</Tag> : "—"),
    },
  ];
  return (
    <>
      <Form layout="inline" component="div" style={{ marginBottom: 12 }}>
        <Form.Item
          label={t("partners.quota.range")}
          htmlFor={id}
          validateStatus={range === "ok" ? undefined : "error"}
          help={range === "ok" ? undefined : t(`partners.quota.${range}`)}
        >
          <DatePicker.RangePicker
            id={{ start: id }}
            format={ISO_DATE}
            allowClear={false}
            value={[dayjs(from, ISO_DATE), dayjs(to, ISO_DATE)]}
            onChange={(dates) => {
              if (dates?.[0] && dates[1]) {
                setFrom(dates[0].format(ISO_DATE));
                setTo(dates[1].format(ISO_DATE));
              }
            }}
          />
        </Form.Item>
      </Form>
      <ProblemAlert error={quota.error} />
      <Table<QuotaDay>
        aria-label={t("partners.tabs.quota")}
        size="small"
        rowKey="day"
        columns={columns}
        dataSource={range === "ok" ? quota.data?.days : []}
        loading={range === "ok" && quota.isPending}
        pagination={false}
      />
    </>
  );
}
