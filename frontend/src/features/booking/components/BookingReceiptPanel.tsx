import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CopyButton } from "@/components/CopyButton";
import type { BookingReceipt } from "../api/booking";
import { trackingPath } from "../model/paths";

/**
 * The booking is in: its number, and the tracking code and link, which are the only way back to it. The heading
 * takes the focus so a screen reader announces the outcome.
 */
export function BookingReceiptPanel({ receipt }: { receipt: BookingReceipt }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="panel panel--highlight receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title" className="receipt__title" tabIndex={-1} ref={headingRef}>
        {t("booking.receipt.title")}
      </h2>
      <dl className="receipt__facts">
        <dt>{t("booking.receipt.number")}</dt>
        <dd className="receipt__number">{receipt.number}</dd>
        <dt>{t("booking.receipt.trackingCode")}</dt>
        <dd>
          <code className="receipt__code">{receipt.trackingCode}</code>
          <span className="receipt__copy">
            <CopyButton text={receipt.trackingCode} what={t("booking.receipt.trackingCode")} />
          </span>
        </dd>
        <dt>{t("booking.receipt.trackingUrl")}</dt>
        <dd>
          <a href={receipt.trackingUrl} className="receipt__url">
            {receipt.trackingUrl}
          </a>
          <span className="receipt__copy">
            <CopyButton text={receipt.trackingUrl} what={t("booking.receipt.trackingUrl")} />
          </span>
        </dd>
      </dl>
      <p className="receipt__keep">{t("booking.receipt.keep")}</p>
      <Link to={trackingPath(receipt.trackingCode)} className="button button--primary button--large">
        {t("booking.receipt.open")}
      </Link>
    </section>
  );
}
