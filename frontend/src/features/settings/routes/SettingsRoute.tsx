import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useSaveSettings, useSettings } from "../api/settings";
import { SettingsForm } from "../components/SettingsForm";

export function SettingsRoute() {
  const { t } = useTranslation();
  const settings = useSettings();
  const save = useSaveSettings();
  // Bumped on "reload" so the form drops the manager's edits even if the version did not move.
  const [generation, setGeneration] = useState(0);

  async function reload() {
    save.reset();
    await settings.refetch();
    setGeneration((current) => current + 1);
  }

  return (
    <>
      <PageHeader title={t("settings.title")} description={t("settings.description")} />
      {settings.isPending && <Loading />}
      {settings.isError && <ProblemAlert error={settings.error} />}
      {settings.data && (
        <SettingsForm
          key={`${settings.data.version}:${generation}`}
          settings={settings.data}
          saved={save.isSuccess && save.data.version === settings.data.version}
          onSave={(body) => save.mutateAsync(body)}
          onReload={() => void reload()}
        />
      )}
    </>
  );
}
