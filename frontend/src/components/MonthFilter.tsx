import { LeftOutlined, RightOutlined } from "@ant-design/icons";
import { Button, DatePicker, Form, Space } from "antd";
import dayjs from "dayjs";
import { useId } from "react";
import { useTranslation } from "react-i18next";

const MONTH = "YYYY-MM";

/** "2026-03" moved by n months. */
function shift(month: string, months: number): string {
  return dayjs(`${month}-01`).add(months, "month").format(MONTH);
}

/**
 * A labelled month of a filter bar ("2026-03", as the API names months), with the month before and after one
 * click away: pay, attendance and charges are read month by month.
 */
export function MonthFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (month: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Form.Item label={label} htmlFor={id}>
      <Space.Compact>
        <Button
          icon={<LeftOutlined />}
          aria-label={t("common.previousMonth")}
          onClick={() => onChange(shift(value, -1))}
        />
        <DatePicker
          id={id}
          picker="month"
          format={MONTH}
          allowClear={false}
          value={dayjs(`${value}-01`)}
          onChange={(next) => next && onChange(next.format(MONTH))}
          style={{ width: 120 }}
        />
        <Button icon={<RightOutlined />} aria-label={t("common.nextMonth")} onClick={() => onChange(shift(value, 1))} />
      </Space.Compact>
    </Form.Item>
  );
}
