import { useTranslation } from "react-i18next";
import { ProblemAlert, ProblemDetails } from "@/components/ProblemAlert";
import { isProblemType, isStaleVersion } from "@/lib/api/problem";

interface ObjectionProblemProps {
  error: unknown;
  displayedFields?: ReadonlySet<string>;
  onReload: () => void;
}

/** A refused step. Someone else handled the objection meanwhile: reload; anything else: {@link ProblemAlert}. */
export function ObjectionProblem({ error, displayedFields, onReload }: ObjectionProblemProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isStaleVersion(error) || isProblemType(error, "objection-status")) {
    return (
      <div className="alert alert--warning" role="alert">
        <p className="alert__headline">{t("objections.errors.changed")}</p>
        <ProblemDetails error={error} />
        <button type="button" className="button" onClick={onReload}>
          {t("common.reload")}
        </button>
      </div>
    );
  }
  return <ProblemAlert error={error} displayedFields={displayedFields} />;
}
