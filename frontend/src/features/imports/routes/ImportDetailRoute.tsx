import { ArrowLeftOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { LinkButton } from "@/components/LinkButton";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useImportJob } from "../api/imports";
import { ImportErrors } from "../components/ImportErrors";
import { ImportProgress } from "../components/ImportProgress";

/** One import: its progress while it runs, then its counts and the rows that were not imported. */
export function ImportDetailRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const { importId = "" } = useParams();
  const job = useImportJob(importId);
  const data = job.data;
  return (
    <>
      <PageHeader
        title={
          data
            ? t("imports.detail.title", { kind: t(`imports.kind.${data.kind}`), at: format.dateTime(data.createdAt) })
            : t("imports.title")
        }
        actions={
          <LinkButton to="/imports" icon={<ArrowLeftOutlined aria-hidden />}>
            {t("imports.back")}
          </LinkButton>
        }
      />
      {job.isPending && <Loading />}
      {job.isError && <ProblemAlert error={job.error} />}
      {data && (
        <>
          <ImportProgress job={data} />
          <ImportErrors job={data} />
        </>
      )}
    </>
  );
}
