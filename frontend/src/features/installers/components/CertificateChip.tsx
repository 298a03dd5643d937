import { useTranslation } from "react-i18next";
import type { Certification } from "../api/installers";
import { validityOf } from "../model/certificate-validity";

/** The certificate's name in the UI's language; "other" certificates carry their own. */
export function useCertificateName() {
  const { t } = useTranslation();
  return (certificate: Certification) =>
    certificate.type === "OTHER" && certificate.otherName ? certificate.otherName : t(`qualifications.${certificate.type}`);
}

/** A certificate with its validity today: expired and expiring ones stand out. */
export function CertificateChip({
  certificate,
  today,
  onRemove,
}: {
  certificate: Certification;
  today: string;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const validity = validityOf(certificate, today);
  const name = useCertificateName()(certificate);
  return (
    <span className={`certificate certificate--${validity.state}`} title={`${certificate.number} · ${certificate.issuer}`}>
      <span className="strong">{name}</span>{" "}
      <span className="small">
        {certificate.validFrom} ~ {certificate.validTo}
      </span>
      {validity.state === "expired" && <span className="certificate__state">{t("installers.validity.expired")}</span>}
      {validity.state === "expiring" && (
        <span className="certificate__state">{t("installers.validity.expiring", { days: validity.daysLeft })}</span>
      )}
      {validity.state === "notYetValid" && <span className="certificate__state">{t("installers.validity.notYetValid")}</span>}
      {onRemove && (
        <button
          type="button"
          className="certificate__remove"
          aria-label={t("installers.certificates.remove", { name, number: certificate.number })}
          onClick={onRemove}
        >
          ×
        </button>
      )}
    </span>
  );
}
