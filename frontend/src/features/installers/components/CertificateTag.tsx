import { CloseOutlined } from "@ant-design/icons";
import { Button, Popconfirm, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Certification } from "../api/installers";
import { calendarDateInWords, validityOf } from "../model/certificate-validity";

const VALIDITY_COLOURS = { valid: "success", expiring: "warning", expired: "error", notYetValid: "default" } as const;

/** The certificate's name in the UI's language; "other" certificates carry their own. */
export function useCertificateName() {
  const { t } = useTranslation();
  return (certificate: Certification) =>
    certificate.type === "OTHER" && certificate.otherName
      ? certificate.otherName
      : t(`qualifications.${certificate.type}`);
}

/** A certificate with its validity today as a coloured tag, the dates in words ("expires in 15 days, 20 March 2026"). */
export function CertificateTag({
  certificate,
  today,
  onRemove,
}: {
  certificate: Certification;
  today: string;
  onRemove?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const validity = validityOf(certificate, today);
  const name = useCertificateName()(certificate);
  const words = (date: string) => calendarDateInWords(date, i18n.language);
  const state =
    validity.state === "expired"
      ? t("installers.validity.expiredOn", { date: words(certificate.validTo) })
      : validity.state === "expiring"
        ? t("installers.validity.expiringOn", { days: validity.daysLeft, date: words(certificate.validTo) })
        : validity.state === "notYetValid"
          ? t("installers.validity.validFrom", { date: words(certificate.validFrom) })
          : t("installers.validity.validUntil", { date: words(certificate.validTo) });
  return (
    <Space size={4} data-certificate={certificate.id} title={`${certificate.number} · ${certificate.issuer}`}>
      <Typography.Text strong>{name}</Typography.Text>
      <Tag color={VALIDITY_COLOURS[validity.state]} style={{ marginInlineEnd: 0 }}>
        {state}
      </Tag>
      {onRemove && (
        <Popconfirm
          title={t("installers.certificates.confirmRemove", { number: certificate.number })}
          okButtonProps={{ danger: true }}
          onConfirm={onRemove}
        >
          <Button
            size="small"
            type="text"
            danger
            icon={<CloseOutlined />}
            aria-label={t("installers.certificates.remove", { name, number: certificate.number })}
          />
        </Popconfirm>
      )}
    </Space>
  );
}
