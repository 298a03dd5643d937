import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { RefusalAlert } from "@/components/ProblemAlert";
import { isProblemType, isStaleVersion } from "@/lib/api/problem";

/**
 * A refused outcome. When someone else handled or changed the request meanwhile, the person reloads it; any other
 * refusal is the form's own problem banner (field errors already stand at their fields).
 */
export function OutcomeProblem({
  error,
  problem,
  onReload,
}: {
  error: unknown;
  problem: ReactNode;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  const changed = isStaleVersion(error) || isProblemType(error, "request-closed");
  return (
    <div style={{ marginBottom: 16 }}>
      {changed ? (
        <RefusalAlert
          error={error}
          changedTypes={["request-closed"]}
          changedText={t("serviceRequests.errors.changed")}
          onReload={onReload}
        />
      ) : (
        problem
      )}
    </div>
  );
}
