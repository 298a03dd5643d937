import { DatePicker, Form, Segmented } from "antd";
import dayjs from "dayjs";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { SelectFilter } from "@/components/FilterItems";
import { useInstallerDirectory, useProductDirectory, useServicePointDirectory } from "@/lib/directory";
import {
  MAX_PERIOD_DAYS,
  ORDER_TYPES,
  PERIOD_PRESETS,
  type IndicatorView,
  type Period,
  type PeriodPreset,
} from "../model/period";

const ISO_DATE = "YYYY-MM-DD";

/**
 * The period (a preset or any range up to a year) and the order filters, by name: installer, service point,
 * catalogue product and order type. Each change goes to the URL, which the page reads back.
 */
export function IndicatorFilters({
  view,
  onPreset,
  onRange,
  onFilter,
}: {
  view: IndicatorView;
  onPreset: (preset: PeriodPreset) => void;
  onRange: (period: Period) => void;
  onFilter: (key: "installerId" | "servicePointId" | "productId" | "type", value: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const rangeId = useId();
  const installers = useInstallerDirectory();
  const servicePoints = useServicePointDirectory();
  const products = useProductDirectory();
  const options = (entries: { id: string; name: string }[] | undefined) =>
    (entries ?? []).map((entry) => ({ value: entry.id, label: entry.name }));
  // Shown once its name is known: a select never shows an id.
  const known = (id: string | undefined, entries: { id: string }[] | undefined) =>
    entries?.some((entry) => entry.id === id) ? id : undefined;
  return (
    <Form layout="inline" role="search" aria-label={t("indicators.filter")} className="filter-bar" component="div">
      {/* Both may be wider than a phone: they stay within the bar (the presets scroll sideways). */}
      <Form.Item label={t("indicators.fields.period")} style={{ maxWidth: "100%" }}>
        <Segmented<PeriodPreset | "custom">
          aria-label={t("indicators.fields.period")}
          value={view.preset ?? "custom"}
          onChange={(value) => value !== "custom" && onPreset(value)}
          options={PERIOD_PRESETS.map((preset) => ({ value: preset, label: t(`indicators.presets.${preset}`) }))}
          style={{ maxWidth: "100%", overflowX: "auto" }}
        />
      </Form.Item>
      <Form.Item label={t("indicators.fields.range")} htmlFor={rangeId} style={{ maxWidth: "100%" }}>
        <DatePicker.RangePicker
          id={rangeId}
          allowClear={false}
          style={{ maxWidth: "100%" }}
          format={ISO_DATE}
          value={[dayjs(view.period.from, ISO_DATE), dayjs(view.period.to, ISO_DATE)]}
          disabledDate={(day, info) => !!info.from && Math.abs(day.diff(info.from, "day")) >= MAX_PERIOD_DAYS}
          onChange={(range) => {
            const [from, to] = range ?? [];
            if (from && to) onRange({ from: from.format(ISO_DATE), to: to.format(ISO_DATE) });
          }}
        />
      </Form.Item>
      <SelectFilter
        label={t("indicators.fields.installer")}
        placeholder={t("indicators.allInstallers")}
        value={known(view.installerId, installers.data)}
        onChange={(value) => onFilter("installerId", value)}
        options={options(installers.data)}
      />
      <SelectFilter
        label={t("indicators.fields.servicePoint")}
        placeholder={t("indicators.allServicePoints")}
        value={known(view.servicePointId, servicePoints.data)}
        onChange={(value) => onFilter("servicePointId", value)}
        options={options(servicePoints.data)}
      />
      <SelectFilter
        label={t("indicators.fields.product")}
        placeholder={t("indicators.allProducts")}
        value={known(view.productId, products.data)}
        onChange={(value) => onFilter("productId", value)}
        options={options(products.data)}
      />
      <SelectFilter
        label={t("indicators.fields.type")}
        placeholder={t("indicators.allTypes")}
        value={view.type}
        onChange={(value) => onFilter("type", value)}
        options={ORDER_TYPES.map((value) => ({ value, label: t(`workOrders.type.${value}`) }))}
      />
    </Form>
  );
}
