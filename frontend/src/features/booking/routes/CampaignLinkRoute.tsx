import { Alert, Button, Card, Descriptions, Flex, Popconfirm, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { adoptTenantLanguage } from "@/i18n";
import { ApiError } from "@/lib/api/problem";
import { dayInWords } from "@/lib/format";
import {
  useCampaignLink,
  useOptOutOfCampaigns,
  type CampaignLink,
  type CampaignLinkBooked,
} from "../api/campaign-link";
import { BookingReceiptPanel } from "../components/BookingReceiptPanel";
import { CampaignBookingForm } from "../components/CampaignBookingForm";
import { useBookingFormat } from "../components/use-booking-format";
import { campaignLinkState } from "../model/campaign-link";
import { bookingPath } from "../model/paths";
import { deviceTimeZone, type BookingFormat } from "../model/zoned-format";

/**
 * A customer's personal link of a maintenance campaign, opened from the SMS on the phone: greeted by name in their
 * language, their products, and one free visit to book in the campaign's days; or the visit booked already, a
 * campaign that takes no more bookings; and a quiet way to stop these messages.
 */
export function CampaignLinkRoute() {
  const { t } = useTranslation();
  const { tenantSlug = "", linkCode = "" } = useParams();
  const link = useCampaignLink(tenantSlug, linkCode);
  const [booked, setBooked] = useState<CampaignLinkBooked | null>(null);
  const data = link.data;
  const format = useBookingFormat(data?.timeZone ?? deviceTimeZone());

  // The customer's own language, unless they chose one on this phone before.
  useEffect(() => adoptTenantLanguage(data?.language), [data?.language]);

  const unknown = link.error instanceof ApiError && link.error.status === 404;

  return (
    <>
      <PageHeader title={data ? data.campaignName : t("booking.campaign.titlePlain")} description={data?.tenantName} />
      {link.isPending && <Loading />}
      {unknown && <Alert type="error" showIcon role="alert" title={t("booking.campaign.unknown")} />}
      {link.isError && !unknown && (
        <ProblemAlert error={link.error}>
          <Button onClick={() => void link.refetch()}>{t("app.retry")}</Button>
        </ProblemAlert>
      )}
      {booked ? (
        <BookingReceiptPanel
          receipt={{ number: booked.requestNumber, trackingCode: booked.trackingCode, trackingUrl: booked.trackingUrl }}
          appointment={format.window(booked.slot)}
        />
      ) : (
        data && (
          <CampaignLinkPage
            tenantSlug={tenantSlug}
            linkCode={linkCode}
            link={data}
            format={format}
            onBooked={setBooked}
          />
        )
      )}
    </>
  );
}

interface CampaignLinkPageProps {
  tenantSlug: string;
  linkCode: string;
  link: CampaignLink;
  format: BookingFormat;
  onBooked: (booked: CampaignLinkBooked) => void;
}

function CampaignLinkPage({ tenantSlug, linkCode, link, format, onBooked }: CampaignLinkPageProps) {
  const { t, i18n } = useTranslation();
  const state = campaignLinkState(link);
  const day = (date: string) => dayInWords(date, i18n.language);

  return (
    <>
      <Typography.Paragraph style={{ fontSize: 16 }}>
        {t("booking.campaign.greeting", { name: link.customerName })}
      </Typography.Paragraph>
      <Typography.Paragraph>
        {t("booking.campaign.offer", {
          tenant: link.tenantName,
          from: day(link.visitsFrom),
          until: day(link.visitsUntil),
        })}
      </Typography.Paragraph>
      {link.optedOut && (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t("booking.campaign.optedOut", { tenant: link.tenantName })}
          style={{ marginBottom: 16 }}
        />
      )}
      {state === "booked" && link.booking && (
        <Card
          role="region"
          aria-labelledby="campaign-booked"
          title={
            <h2 id="campaign-booked" style={{ margin: 0, fontSize: 18 }}>
              {t("booking.campaign.bookedTitle")}
            </h2>
          }
          style={{ marginBottom: 16 }}
        >
          <Descriptions
            column={1}
            size="small"
            items={[
              {
                key: "number",
                label: t("booking.receipt.number"),
                children: <Typography.Text strong>{link.booking.requestNumber}</Typography.Text>,
              },
              { key: "when", label: t("booking.receipt.appointment"), children: format.window(link.booking.slot) },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ margin: "12px 0 0" }}>
            {t("booking.campaign.bookedHint")}
          </Typography.Paragraph>
        </Card>
      )}
      {state === "closed" && (
        <Alert
          type="info"
          showIcon
          role="status"
          title={t("booking.campaign.closed")}
          description={
            <Link to={bookingPath(tenantSlug)}>{t("booking.campaign.bookOther", { tenant: link.tenantName })}</Link>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {state === "open" && (
        <CampaignBookingForm
          tenantSlug={tenantSlug}
          linkCode={linkCode}
          link={link}
          format={format}
          onBooked={onBooked}
        />
      )}
      {!link.optedOut && <OptOut tenantSlug={tenantSlug} linkCode={linkCode} tenantName={link.tenantName} />}
    </>
  );
}

/** Unobtrusive, at the end: a customer who wants no more of these messages says so once, after a confirmation. */
function OptOut({ tenantSlug, linkCode, tenantName }: { tenantSlug: string; linkCode: string; tenantName: string }) {
  const { t } = useTranslation();
  const optOut = useOptOutOfCampaigns(tenantSlug, linkCode);
  return (
    <Flex vertical align="center" gap={8} style={{ marginTop: 24 }}>
      {optOut.error != null && <ProblemAlert error={optOut.error} />}
      <Popconfirm
        title={t("booking.campaign.optOutConfirm", { tenant: tenantName })}
        okText={t("booking.campaign.optOutOk")}
        cancelText={t("common.cancel")}
        onConfirm={() => optOut.mutateAsync().catch(() => undefined)}
      >
        <Button type="link" size="small" loading={optOut.isPending}>
          {t("booking.campaign.optOut")}
        </Button>
      </Popconfirm>
    </Flex>
  );
}
