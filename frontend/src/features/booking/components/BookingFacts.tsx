import { Descriptions, Flex, Tag, Typography, type DescriptionsProps } from "antd";
import { useTranslation } from "react-i18next";
import type { BookingStatus } from "../api/booking";
import { RATING_ASPECTS } from "../model/sign-off-form";
import type { BookingFormat } from "../model/zoned-format";
import { tagColour } from "@/app/design/theme";

/** When, who and what of a booking, as far as it is known yet. */
export function BookingFacts({ booking, format }: { booking: BookingStatus; format: BookingFormat }) {
  const { t } = useTranslation();
  const items: DescriptionsProps["items"] = [
    { key: "service", label: t("booking.fields.service"), children: t(`booking.service.${booking.service}`) },
  ];
  if (booking.appointment) {
    items.push({
      key: "appointment",
      label: t("booking.track.appointment"),
      children: <Typography.Text strong>{format.window(booking.appointment)}</Typography.Text>,
    });
  } else if (booking.preferredSlot) {
    items.push({
      key: "preferred",
      label: t("booking.track.preferredSlot"),
      children: (
        <span>
          {format.window(booking.preferredSlot)}{" "}
          <Typography.Text type="secondary">{t("booking.track.notYetScheduled")}</Typography.Text>
        </span>
      ),
    });
  }
  if (booking.installerName) {
    items.push({ key: "installer", label: t("booking.track.installer"), children: booking.installerName });
  }
  if (booking.eta) {
    items.push({
      key: "eta",
      label: t("booking.track.eta"),
      children: <Typography.Text strong>{format.dateTime(booking.eta)}</Typography.Text>,
    });
  }
  if (booking.arrivedAt) {
    items.push({ key: "arrived", label: t("booking.track.arrivedAt"), children: format.dateTime(booking.arrivedAt) });
  }
  if (booking.promisedBy) {
    items.push({
      key: "promised",
      label: t("booking.track.promisedBy"),
      children: format.dateTime(booking.promisedBy),
    });
  }
  if (booking.confirmedAt) {
    items.push({
      key: "confirmed",
      label: t("booking.track.confirmedAt"),
      children: format.dateTime(booking.confirmedAt),
    });
  }
  if (booking.changeDeadline && (booking.canReschedule || booking.canCancel)) {
    items.push({
      key: "deadline",
      label: t("booking.track.changeDeadline"),
      children: format.dateTime(booking.changeDeadline),
    });
  }
  if (booking.ratings) {
    const ratings = booking.ratings;
    items.push({
      key: "ratings",
      label: t("booking.track.yourRatings"),
      children: (
        <Flex wrap gap={4}>
          {RATING_ASPECTS.map((aspect) => (
            <Tag key={aspect} color={tagColour.gold}>
              {t(`booking.signOff.ratings.${aspect}`)} {t("booking.signOff.ratingValue", { value: ratings[aspect] })}
            </Tag>
          ))}
        </Flex>
      ),
    });
  }
  items.push({
    key: "problem",
    label: t("booking.fields.problem"),
    children: <span style={{ whiteSpace: "pre-wrap" }}>{booking.problem}</span>,
  });
  return <Descriptions size="small" column={1} items={items} />;
}
