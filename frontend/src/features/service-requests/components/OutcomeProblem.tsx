import { useTranslation } from "react-i18next";
import { ProblemAlert, ProblemDetails } from "@/components/ProblemAlert";
import { isProblemType, isStaleVersion } from "@/lib/api/problem";

interface OutcomeProblemProps {
  error: unknown;
  displayedFields?: ReadonlySet<string>;
  onReload: () => void;
}

/**
 * A failed outcome. When someone else handled or changed the request meanwhile, the person reloads it; other
 * problems go to {@link ProblemAlert}.
 */
export function OutcomeProblem({ error, displayedFields, onReload }: OutcomeProblemProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isStaleVersion(error) || isProblemType(error, "request-closed")) {
    return (
      <div className="alert alert--warning" role="alert">
        <p className="alert__headline">{t("serviceRequests.errors.changed")}</p>
        <ProblemDetails error={error} />
        <button type="button" className="button" onClick={onReload}>
          {t("common.reload")}
        </button>
      </div>
    );
  }
  return <ProblemAlert error={error} displayedFields={displayedFields} />;
}
