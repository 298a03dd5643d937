import { Alert, Button } from "antd";
import { useTranslation } from "react-i18next";
import { ProblemAlert, ProblemDetails } from "@/components/ProblemAlert";
import { isProblemType, needsReload } from "@/lib/api/problem";

interface ActionProblemProps {
  error: unknown;
  displayedFields?: ReadonlySet<string>;
  onReload: () => void;
}

// The order's promise or appointment moved on meanwhile: the action no longer applies to what is shown.
const OUTDATED = ["promise-not-running", "promise-not-paused", "too-late-to-reschedule"];

/**
 * A failed action. When the order changed meanwhile (stale version) or no longer allows the action (illegal
 * transition), the person is told so and reloads; other problems go to {@link ProblemAlert}.
 */
export function ActionProblem({ error, displayedFields, onReload }: ActionProblemProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (needsReload(error) || OUTDATED.some((type) => isProblemType(error, type))) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t("workOrders.errors.changed")}
        description={<ProblemDetails error={error} />}
        action={<Button onClick={onReload}>{t("common.reload")}</Button>}
      />
    );
  }
  return <ProblemAlert error={error} displayedFields={displayedFields} />;
}
