import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useImports } from "../api/imports";
import { ImportStatusBadge } from "../components/ImportStatusBadge";
import { UploadForm } from "../components/UploadForm";
import { progressPercent } from "../model/import-job";

/** Upload a spreadsheet of customers or assets, and the imports done before. */
export function ImportsRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const navigate = useNavigate();
  const imports = useImports();
  const items = imports.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader title={t("imports.title")} description={t("imports.description")} />
      <UploadForm onUploaded={(job) => navigate(`/imports/${job.id}`)} />
      <section className="panel" aria-labelledby="imports-title">
        <h2 id="imports-title" className="panel__title">
          {t("imports.earlier")}
        </h2>
        {imports.isPending && <Loading />}
        <ProblemAlert error={imports.error} />
        {imports.isSuccess && (
          <table className="table table--inner">
            <thead>
              <tr>
                <th scope="col">{t("imports.fields.createdAt")}</th>
                <th scope="col">{t("imports.fields.kind")}</th>
                <th scope="col">{t("imports.fields.status")}</th>
                <th scope="col">{t("imports.fields.totalRows")}</th>
                <th scope="col">{t("imports.fields.createdRows")}</th>
                <th scope="col">{t("imports.fields.failedRows")}</th>
                <th scope="col">{t("imports.fields.createdBy")}</th>
              </tr>
            </thead>
            <tbody>
              {items.length === 0 ? (
                <tr>
                  <td colSpan={7} className="empty">
                    {t("imports.none")}
                  </td>
                </tr>
              ) : (
                items.map((job) => (
                  <tr key={job.id}>
                    <td className="nowrap">
                      <Link to={`/imports/${job.id}`} className="strong">
                        {format.dateTime(job.createdAt)}
                      </Link>
                    </td>
                    <td className="nowrap">{t(`imports.kind.${job.kind}`)}</td>
                    <td className="nowrap">
                      <ImportStatusBadge status={job.status} />{" "}
                      {job.status === "RUNNING" && <span className="small">{progressPercent(job)}%</span>}
                    </td>
                    <td>{job.totalRows}</td>
                    <td>{job.createdRows}</td>
                    <td className={job.failedRows > 0 ? "count--failed" : undefined}>{job.failedRows}</td>
                    <td>{job.createdBy}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        )}
        <LoadMore hasMore={imports.hasNextPage} loading={imports.isFetchingNextPage} onLoadMore={() => void imports.fetchNextPage()} />
      </section>
    </>
  );
}
