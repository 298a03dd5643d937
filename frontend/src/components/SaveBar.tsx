import { useTranslation } from "react-i18next";
import { isStaleVersion } from "@/lib/api/problem";
import { ProblemAlert } from "./ProblemAlert";

interface SaveBarProps {
  saving: boolean;
  /** The last save succeeded and nothing was edited since. */
  saved: boolean;
  error: unknown;
  displayedFields: ReadonlySet<string>;
  version: number;
  onReload: () => void;
}

/** Save button, outcome and the stale-version recovery of a versioned form (settings, calendar). */
export function SaveBar({ saving, saved, error, displayedFields, version, onReload }: SaveBarProps) {
  const { t } = useTranslation();
  return (
    <div className="form-footer">
      {isStaleVersion(error) ? (
        <div className="alert alert--warning" role="alert">
          <p className="alert__headline">{t("errors.stale")}</p>
          <button type="button" className="button" onClick={onReload}>
            {t("common.reload")}
          </button>
        </div>
      ) : (
        <ProblemAlert error={error} displayedFields={displayedFields} />
      )}
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t("common.saving") : t("common.save")}
        </button>
        {saved && (
          <span className="status status--ok" role="status">
            {t("common.saved")}
          </span>
        )}
        <span className="form-footer__meta">{t("common.version", { version })}</span>
      </div>
    </div>
  );
}
