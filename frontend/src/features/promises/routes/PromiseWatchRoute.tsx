import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { usePromiseWatch } from "../api/promises";
import { EscalationsPanel } from "../components/EscalationsPanel";
import { WatchTable } from "../components/WatchTable";
import { SUBJECT_TYPES, WATCH_STATUSES, byDueTime, groupByStatus, subjectTypeOf } from "../model/watch";

/**
 * Promises at risk or breached, grouped by state (or in one list by due time) with a link to each thing they
 * are kept on; managers also see and acknowledge the escalations of breached promises.
 */
export function PromiseWatchRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const [search, setSearch] = useSearchParams();
  const subjectType = subjectTypeOf(search.get("subject"));
  const byDue = search.get("order") === "due";
  const watch = usePromiseWatch(WATCH_STATUSES);
  const items = (watch.data ?? []).filter((item) => !subjectType || item.subjectType === subjectType);

  function choose(key: string, value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  }

  return (
    <>
      <PageHeader title={t("promiseWatch.title")} description={t("promiseWatch.description")} />
      <div className="toolbar">
        <label className="toolbar__item">
          <span>{t("promiseWatch.fields.subjectType")}</span>
          <select className="input" value={subjectType ?? ""} onChange={(e) => choose("subject", e.target.value)}>
            <option value="">{t("promiseWatch.allSubjects")}</option>
            {SUBJECT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`promiseWatch.subjectType.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__item">
          <span>{t("promiseWatch.order.label")}</span>
          <select className="input" value={byDue ? "due" : ""} onChange={(e) => choose("order", e.target.value)}>
            <option value="">{t("promiseWatch.order.byStatus")}</option>
            <option value="due">{t("promiseWatch.order.byDue")}</option>
          </select>
        </label>
        {watch.dataUpdatedAt > 0 && (
          <span className="toolbar__item">
            {t("promiseWatch.updatedAt", { time: format.dateTime(new Date(watch.dataUpdatedAt).toISOString()) })}
          </span>
        )}
      </div>
      {watch.isPending && <Loading />}
      {watch.isError && <ProblemAlert error={watch.error} />}
      {watch.data &&
        (byDue ? (
          <section className="panel" aria-label={t("promiseWatch.order.byDue")}>
            <WatchTable items={byDueTime(items)} caption={t("promiseWatch.order.byDue")} />
          </section>
        ) : (
          groupByStatus(items).map((group) => (
            <section key={group.status} className="panel" aria-labelledby={`watch-${group.status}`}>
              <h2 id={`watch-${group.status}`} className="panel__title">
                {t(`promiseWatch.groups.${group.status}`, { count: group.items.length })}
              </h2>
              <WatchTable items={group.items} caption={t(`promise.status.${group.status}`)} />
            </section>
          ))
        ))}
      {me.roles.includes("manager") && <EscalationsPanel />}
    </>
  );
}
