import { Button, DatePicker, Form, Select, Space } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useGenerateReport, type Report, type ReportKind } from "../api/reports";

interface Values {
  kind: ReportKind;
  day: Dayjs;
}

/** Generates the report of any past week or month; a period's report is made once, so an existing one is opened. */
export function GenerateReportForm({ onDone }: { onDone: (report: Report) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const generate = useGenerateReport();
  const kind = Form.useWatch("kind", form) ?? "WEEKLY";
  return (
    <Form<Values>
      form={form}
      layout="inline"
      aria-label={t("reports.generate.title")}
      initialValues={{ kind: "WEEKLY" }}
      onFinish={(values) =>
        generate.mutate({ kind: values.kind, periodStart: values.day.format("YYYY-MM-DD") }, { onSuccess: onDone })
      }
    >
      <Space wrap align="start" style={{ marginBottom: 12 }}>
        <Form.Item name="kind" label={t("reports.generate.kind")}>
          <Select
            style={{ minWidth: 140 }}
            options={(["WEEKLY", "MONTHLY"] as const).map((value) => ({ value, label: t(`reports.kind.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="day"
          label={t(kind === "WEEKLY" ? "reports.generate.week" : "reports.generate.month")}
          rules={[{ required: true, message: t("reports.generate.pickPeriod") }]}
        >
          <DatePicker picker={kind === "WEEKLY" ? "week" : "month"} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={generate.isPending}>
          {t("reports.generate.submit")}
        </Button>
      </Space>
      {generate.isError && (
        <ProblemAlert error={generate.error} fieldLabels={{ periodStart: t("reports.generate.period") }} />
      )}
    </Form>
  );
}
