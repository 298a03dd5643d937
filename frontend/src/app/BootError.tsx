import { useTranslation } from "react-i18next";
import { ProblemExplanation } from "@/components/ProblemAlert";

/** Shown when configuration or sign-in fails before the app can start. */
export function BootError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="boot-error" role="alert">
      <h1>{t("app.bootFailed")}</h1>
      {/* A translated reason; the technical message stays under Details. */}
      <ProblemExplanation error={error} />
      <button type="button" className="button button--primary" onClick={() => window.location.assign("/")}>
        {t("app.signInAgain")}
      </button>
    </div>
  );
}
