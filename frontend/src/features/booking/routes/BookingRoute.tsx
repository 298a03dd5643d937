import { Alert, Button } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { adoptTenantLanguage } from "@/i18n";
import { ApiError } from "@/lib/api/problem";
import { useBookingOptions, type BookingReceipt } from "../api/booking";
import { BookingForm } from "../components/BookingForm";
import { BookingReceiptPanel } from "../components/BookingReceiptPanel";
import { useBookingFormat } from "../components/use-booking-format";
import { deviceTimeZone } from "../model/zoned-format";

/** A tenant's booking page: customers book a visit without an account and get a tracking code. */
export function BookingRoute() {
  const { t } = useTranslation();
  const { tenantSlug = "" } = useParams();
  const options = useBookingOptions(tenantSlug);
  const [receipt, setReceipt] = useState<BookingReceipt | null>(null);
  const locale = options.data?.locale;
  const format = useBookingFormat(options.data?.timeZone ?? deviceTimeZone());

  useEffect(() => adoptTenantLanguage(locale), [locale]);

  const unknownTenant = options.error instanceof ApiError && options.error.status === 404;

  return (
    <>
      <PageHeader
        title={
          options.data ? t("booking.book.title", { tenant: options.data.tenantName }) : t("booking.book.titlePlain")
        }
        description={receipt ? undefined : t("booking.book.description")}
      />
      {options.isPending && <Loading />}
      {unknownTenant && <Alert type="error" showIcon role="alert" title={t("booking.book.unknownTenant")} />}
      {options.isError && !unknownTenant && (
        <ProblemAlert error={options.error}>
          <Button onClick={() => void options.refetch()}>{t("app.retry")}</Button>
        </ProblemAlert>
      )}
      {receipt ? (
        <BookingReceiptPanel receipt={receipt} />
      ) : (
        options.data && (
          <BookingForm tenantSlug={tenantSlug} options={options.data} format={format} onBooked={setReceipt} />
        )
      )}
    </>
  );
}
