import { Button, Card, Descriptions, Flex, Typography } from "antd";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { CopyButton } from "@/components/CopyButton";
import type { BookingReceipt } from "../api/booking";
import { trackingPath } from "../model/paths";

/**
 * The booking is in: its number, and the tracking code and link, which are the only way back to it. The heading
 * takes the focus so a screen reader announces the outcome.
 */
export function BookingReceiptPanel({
  receipt,
  appointment,
}: {
  receipt: BookingReceipt;
  /** The visit's time, when it is booked at once ("12月11日 周五 09:00–11:00"). */
  appointment?: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const path = trackingPath(receipt.trackingCode);

  return (
    <Card
      role="region"
      aria-labelledby="receipt-title"
      title={
        <h2 id="receipt-title" tabIndex={-1} ref={headingRef} style={{ margin: 0, fontSize: 18 }}>
          {t("booking.receipt.title")}
        </h2>
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: "number",
            label: t("booking.receipt.number"),
            children: <Typography.Text strong>{receipt.number}</Typography.Text>,
          },
          ...(appointment
            ? [{ key: "appointment", label: t("booking.receipt.appointment"), children: appointment }]
            : []),
          {
            key: "code",
            label: t("booking.receipt.trackingCode"),
            children: (
              <Flex gap={8} align="center" wrap>
                <Typography.Text code style={{ wordBreak: "break-all" }}>
                  {receipt.trackingCode}
                </Typography.Text>
                <CopyButton text={receipt.trackingCode} what={t("booking.receipt.trackingCode")} />
              </Flex>
            ),
          },
          {
            key: "url",
            label: t("booking.receipt.trackingUrl"),
            children: (
              <Flex gap={8} align="center" wrap>
                <Typography.Link href={receipt.trackingUrl} style={{ wordBreak: "break-all" }}>
                  {receipt.trackingUrl}
                </Typography.Link>
                <CopyButton text={receipt.trackingUrl} what={t("booking.receipt.trackingUrl")} />
              </Flex>
            ),
          },
        ]}
      />
      <Typography.Paragraph strong style={{ marginTop: 12 }}>
        {t("booking.receipt.keep")}
      </Typography.Paragraph>
      <Button
        type="primary"
        size="large"
        block
        href={path}
        onClick={(event) => {
          event.preventDefault();
          void navigate(path);
        }}
      >
        {t("booking.receipt.open")}
      </Button>
    </Card>
  );
}
