import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert, ProblemExplanation } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { useLockMonth, type PayrollSheet } from "../api/payroll";

/** The month's lock (锁定): once locked the sheet is frozen; corrections go into the next open month. */
export function LockMonth({ sheet }: { sheet: PayrollSheet }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const lock = useLockMonth(sheet.month);
  const [confirming, setConfirming] = useState(false);

  if (sheet.locked) {
    return (
      <p className="alert alert--ok" role="status">
        <span className="badge badge--off">{t("payroll.lock.locked")}</span>{" "}
        {t("payroll.lock.lockedBy", {
          time: sheet.lockedAt ? format.dateTime(sheet.lockedAt) : "",
          by: sheet.lockedBy ?? "",
        })}
      </p>
    );
  }
  return (
    <div className="action">
      {!confirming ? (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t("payroll.lock.open")}
        </button>
      ) : (
        <div className="alert alert--warning" role="alertdialog" aria-label={t("payroll.lock.confirmTitle", { month: sheet.month })}>
          <p className="alert__headline">{t("payroll.lock.confirmTitle", { month: sheet.month })}</p>
          <p>{t("payroll.lock.confirmText")}</p>
          <div className="action-bar">
            <button
              type="button"
              className="button button--danger"
              disabled={lock.isPending}
              onClick={() => lock.mutate(undefined, { onSuccess: () => setConfirming(false) })}
            >
              {lock.isPending ? t("common.saving") : t("payroll.lock.confirm", { month: sheet.month })}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </button>
          </div>
        </div>
      )}
      {lock.error instanceof ApiError && lock.error.status === 409 ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__headline">{t("payroll.lock.refused")}</p>
          <ProblemExplanation error={lock.error} />
        </div>
      ) : (
        <ProblemAlert error={lock.error} />
      )}
    </div>
  );
}
