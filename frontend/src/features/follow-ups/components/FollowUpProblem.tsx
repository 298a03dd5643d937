import { useTranslation } from "react-i18next";
import { ProblemAlert, ProblemDetails } from "@/components/ProblemAlert";
import { isProblemType, isStaleVersion } from "@/lib/api/problem";

interface FollowUpProblemProps {
  error: unknown;
  displayedFields?: ReadonlySet<string>;
  onReload: () => void;
}

/** A refused call record. Someone else recorded a call meanwhile: reload; anything else: {@link ProblemAlert}. */
export function FollowUpProblem({ error, displayedFields, onReload }: FollowUpProblemProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isStaleVersion(error) || isProblemType(error, "follow-up-done")) {
    return (
      <div className="alert alert--warning" role="alert">
        <p className="alert__headline">{t("followUps.errors.changed")}</p>
        <ProblemDetails error={error} />
        <button type="button" className="button" onClick={onReload}>
          {t("common.reload")}
        </button>
      </div>
    );
  }
  return <ProblemAlert error={error} displayedFields={displayedFields} />;
}
