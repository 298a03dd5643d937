import { Alert, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCalendar, useSaveCalendar } from "../api/calendar";
import { CalendarForm } from "../components/CalendarForm";

export function CalendarRoute() {
  const { t } = useTranslation();
  const calendar = useCalendar();
  const save = useSaveCalendar();
  const [generation, setGeneration] = useState(0);

  async function reload() {
    save.reset();
    await calendar.refetch();
    setGeneration((current) => current + 1);
  }

  return (
    <>
      <PageHeader title={t("calendar.title")} description={t("calendar.description")} />
      {calendar.isPending && <Loading />}
      {calendar.isError && <ProblemAlert error={calendar.error} />}
      {calendar.data?.warning && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t("calendar.warning", { year: calendar.data.warning.year })}
          style={{ marginBottom: 16 }}
        />
      )}
      {calendar.data?.country && (
        <Typography.Paragraph type="secondary">
          {t("calendar.inherited", { country: calendar.data.country })}
        </Typography.Paragraph>
      )}
      {calendar.data && (
        <CalendarForm
          key={`${calendar.data.version}:${generation}`}
          calendar={calendar.data}
          saving={save.isPending}
          saved={save.isSuccess}
          error={save.error}
          onSave={(body) => save.mutate(body)}
          onReload={() => void reload()}
        />
      )}
    </>
  );
}
