import { Descriptions, type DescriptionsProps } from "antd";
import { useTranslation } from "react-i18next";
import type { BookingStatus } from "../api/booking";

/** What the installer reported, for the customer to check before signing. */
export function WorkSummary({ work }: { work: NonNullable<BookingStatus["work"]> }) {
  const { t } = useTranslation();
  const items: DescriptionsProps["items"] = [];
  if (work.faultCause) items.push({ key: "cause", label: t("booking.work.faultCause"), children: work.faultCause });
  if (work.solution) items.push({ key: "solution", label: t("booking.work.solution"), children: work.solution });
  items.push({
    key: "parts",
    label: t("booking.work.partsReplaced"),
    children:
      work.partsReplaced && work.partsReplaced.length > 0 ? work.partsReplaced.join("、") : t("booking.work.noParts"),
  });
  return <Descriptions size="small" column={1} items={items} style={{ marginBottom: 16 }} />;
}
