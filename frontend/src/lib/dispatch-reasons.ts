import { useTranslation } from "react-i18next";
import { dayInWords } from "@/lib/format";
import type { Schema } from "@/lib/api/schema-types";

type CandidateReason = Schema<"CandidateReason">;

/**
 * Why an installer cannot take a job, in the reader's words ("no valid Electrician certificate on Tue, Jul 1"), for
 * the job's day: the assign dialog and the dispatch console say it the same way.
 */
export function useReasonWords() {
  const { t, i18n } = useTranslation();
  return (reason: CandidateReason, day: string): string => {
    const date = dayInWords(reason.date ?? day, i18n.language, day);
    const certificate = reason.qualification
      ? t(`qualifications.${reason.qualification}`)
      : t("dispatch.reasons.aCertificate");
    switch (reason.code) {
      case "not-an-installer":
        return t("dispatch.reasons.notAnInstaller");
      case "inactive":
        return t("dispatch.reasons.inactive");
      case "on-leave":
        return t("dispatch.reasons.onLeave", { date });
      case "no-certificate":
        return t("dispatch.reasons.noCertificate", { certificate, date: dayInWords(day, i18n.language) });
      case "certificate-expired":
        return t("dispatch.reasons.certificateExpired", { certificate, date });
      case "certificate-not-yet-valid":
        return t("dispatch.reasons.certificateNotYetValid", { certificate, date });
      case "overlap":
        return t("dispatch.reasons.overlap", { orders: (reason.orderNumbers ?? []).join("、") });
    }
  };
}
