import { Alert, Button } from "antd";
import { useTranslation } from "react-i18next";
import { ProblemExplanation } from "@/components/ProblemAlert";

/** Shown when configuration or sign-in fails before the app can start. */
export function BootError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <main style={{ maxWidth: 560, margin: "48px auto", padding: "0 16px" }}>
      <Alert
        type="error"
        showIcon
        title={<h1 style={{ fontSize: 16, margin: 0 }}>{t("app.bootFailed")}</h1>}
        // A translated reason; the technical message stays under Details.
        description={<ProblemExplanation error={error} />}
        action={
          <Button type="primary" onClick={() => window.location.assign("/")}>
            {t("app.signInAgain")}
          </Button>
        }
      />
    </main>
  );
}
