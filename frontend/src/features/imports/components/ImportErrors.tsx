import { useTranslation } from "react-i18next";
import { LoadMore } from "@/components/LoadMore";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useImportErrors, type ImportJob } from "../api/imports";

/** Why rows were not imported: the spreadsheet's row number, the column and the reason. */
export function ImportErrors({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const errors = useImportErrors(job.id, job.failedRows);
  const items = errors.data?.pages.flatMap((page) => page.items) ?? [];
  if (job.failedRows === 0) return null;
  return (
    <section className="panel" aria-labelledby="import-errors-title">
      <h2 id="import-errors-title" className="panel__title">
        {t("imports.errors.title", { count: job.failedRows })}
      </h2>
      <p className="panel__description">{t("imports.errors.hint")}</p>
      <ProblemAlert error={errors.error} />
      <table className="table table--inner">
        <caption className="visually-hidden">{t("imports.errors.title", { count: job.failedRows })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("imports.errors.row")}</th>
            <th scope="col">{t("imports.errors.field")}</th>
            <th scope="col">{t("imports.errors.message")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((error) => (
            <tr key={`${error.row}-${error.field}-${error.message}`}>
              <td className="nowrap">{error.row}</td>
              <td className="mono nowrap">{error.field === "row" ? t("imports.errors.wholeRow") : error.field}</td>
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <LoadMore hasMore={errors.hasNextPage} loading={errors.isFetchingNextPage} onLoadMore={() => void errors.fetchNextPage()} />
    </section>
  );
}
