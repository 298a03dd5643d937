import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import type { ImportJob } from "../api/imports";
import { progressPercent } from "../model/import-job";
import { ImportStatusBadge } from "./ImportStatusBadge";

/** A bar a person can watch while the rows are imported, with the counts behind it. */
export function ImportProgress({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const percent = progressPercent(job);
  return (
    <section className="panel" aria-labelledby="import-progress-title">
      <h2 id="import-progress-title" className="panel__title">
        {t("imports.progress.title")} <ImportStatusBadge status={job.status} />
      </h2>
      <div
        className={`progress progress--${job.status.toLowerCase()}`}
        role="progressbar"
        aria-label={t("imports.progress.bar")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t("imports.progress.rows", { processed: job.processedRows, total: job.totalRows })}
      >
        <div className="progress__fill" style={{ width: `${percent}%` }} />
        <span className="progress__label">
          {percent}% · {t("imports.progress.rows", { processed: job.processedRows, total: job.totalRows })}
        </span>
      </div>
      <p className="muted small" role="status">
        {t(`imports.progress.hint.${job.status}`)}
      </p>
      <dl className="facts facts--columns import-counts">
        <dt>{t("imports.fields.totalRows")}</dt>
        <dd>{job.totalRows}</dd>
        <dt>{t("imports.fields.processedRows")}</dt>
        <dd>{job.processedRows}</dd>
        <dt>{t("imports.fields.createdRows")}</dt>
        <dd className="count--ok">{job.createdRows}</dd>
        <dt>{t("imports.fields.failedRows")}</dt>
        <dd className={job.failedRows > 0 ? "count--failed" : undefined}>{job.failedRows}</dd>
        <dt>{t("imports.fields.createdBy")}</dt>
        <dd>
          {job.createdBy} · {format.dateTime(job.createdAt)}
        </dd>
        <dt>{t("imports.fields.finishedAt")}</dt>
        <dd>{job.finishedAt ? format.dateTime(job.finishedAt) : <span className="muted">—</span>}</dd>
      </dl>
      {job.failureReason && (
        <div className="alert alert--error" role="alert">
          <p className="alert__headline">{t("imports.progress.failed")}</p>
          <p>{job.failureReason}</p>
        </div>
      )}
    </section>
  );
}
