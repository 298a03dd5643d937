import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CheckboxField } from "@/components/CheckboxField";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useAcknowledgeBreach, usePromiseBreaches, type PromiseBreach } from "../api/promises";
import { subjectPath } from "../model/watch";

function AcknowledgeButton({ breach }: { breach: PromiseBreach }) {
  const { t } = useTranslation();
  const acknowledge = useAcknowledgeBreach();
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={acknowledge.isPending}
        aria-label={t("promiseWatch.escalations.acknowledgeOf", { number: breach.subjectNumber })}
        onClick={() => acknowledge.mutate(breach.id)}
      >
        {acknowledge.isPending ? t("common.saving") : t("promiseWatch.escalations.acknowledge")}
      </button>
      <ProblemAlert error={acknowledge.error} />
    </>
  );
}

/** Breached promises escalated to the managers, each acknowledged once a manager has seen it. */
export function EscalationsPanel() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const [unacknowledgedOnly, setUnacknowledgedOnly] = useState(true);
  const breaches = usePromiseBreaches(unacknowledgedOnly);
  const items = breaches.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="panel" aria-labelledby="escalations-title">
      <h2 id="escalations-title" className="panel__title">
        {t("promiseWatch.escalations.title")}
      </h2>
      <p className="panel__description">{t("promiseWatch.escalations.description")}</p>
      <CheckboxField
        name="unacknowledgedOnly"
        label={t("promiseWatch.escalations.unacknowledgedOnly")}
        checked={unacknowledgedOnly}
        onChange={setUnacknowledgedOnly}
      />
      {breaches.isPending && <Loading />}
      {breaches.isError && <ProblemAlert error={breaches.error} />}
      {breaches.isSuccess && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("promiseWatch.escalations.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("promiseWatch.fields.subject")}</th>
                <th scope="col">{t("promiseWatch.fields.subjectType")}</th>
                <th scope="col">{t("promiseWatch.fields.kind")}</th>
                <th scope="col">{t("promiseWatch.escalations.dueAt")}</th>
                <th scope="col">{t("promiseWatch.escalations.breachedAt")}</th>
                <th scope="col">{t("promiseWatch.escalations.acknowledged")}</th>
              </tr>
            </thead>
            <tbody>
              {items.length === 0 ? (
                <tr>
                  <td colSpan={6} className="empty">
                    {t("promiseWatch.escalations.empty")}
                  </td>
                </tr>
              ) : (
                items.map((breach) => (
                  <tr key={breach.id}>
                    <td className="nowrap">
                      <Link to={subjectPath(breach)} className="strong">
                        {breach.subjectNumber}
                      </Link>
                    </td>
                    <td className="nowrap">{t(`promiseWatch.subjectType.${breach.subjectType}`)}</td>
                    <td className="nowrap">{t(`promise.kind.${breach.promiseKind}`)}</td>
                    <td className="nowrap">{format.dateTime(breach.dueAt)}</td>
                    <td className="nowrap">{format.dateTime(breach.breachedAt)}</td>
                    <td>
                      {breach.acknowledgedAt ? (
                        <span className="muted small">
                          {format.dateTime(breach.acknowledgedAt)} {breach.acknowledgedBy}
                        </span>
                      ) : (
                        <AcknowledgeButton breach={breach} />
                      )}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        hasMore={breaches.hasNextPage}
        loading={breaches.isFetchingNextPage}
        onLoadMore={() => void breaches.fetchNextPage()}
      />
    </section>
  );
}
