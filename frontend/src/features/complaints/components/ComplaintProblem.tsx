import { useTranslation } from "react-i18next";
import { ProblemAlert, ProblemDetails } from "@/components/ProblemAlert";
import { isProblemType, isStaleVersion } from "@/lib/api/problem";

interface ComplaintProblemProps {
  error: unknown;
  displayedFields?: ReadonlySet<string>;
  onReload: () => void;
}

/** A refused step. Someone else moved the complaint on meanwhile: reload; anything else: {@link ProblemAlert}. */
export function ComplaintProblem({ error, displayedFields, onReload }: ComplaintProblemProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isStaleVersion(error) || isProblemType(error, "complaint-status")) {
    return (
      <div className="alert alert--warning" role="alert">
        <p className="alert__headline">{t("complaints.errors.changed")}</p>
        <ProblemDetails error={error} />
        <button type="button" className="button" onClick={onReload}>
          {t("common.reload")}
        </button>
      </div>
    );
  }
  return <ProblemAlert error={error} displayedFields={displayedFields} />;
}
