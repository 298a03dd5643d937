import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { PROMISE_STATUSES } from "@/lib/promises";
import { useFollowUps } from "../api/follow-ups";
import { FollowUpTable } from "../components/FollowUpTable";
import { ALL, FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES, toFollowUpFilter, worklistViewOf } from "../model/worklist";

/** The follow-up worklist: by default the open calls whose time has come, soonest first. */
export function FollowUpsRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const [search, setSearch] = useSearchParams();
  const view = worklistViewOf(search);
  // "Due now" is the moment the list was loaded; the person refreshes to take in calls that fell due since.
  const [loadedAt, setLoadedAt] = useState(() => new Date());
  const followUps = useFollowUps(toFollowUpFilter(view, loadedAt));
  const items = followUps.data?.pages.flatMap((page) => page.items) ?? [];

  function choose(key: string, value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  }

  return (
    <>
      <PageHeader
        title={t("followUps.title")}
        description={t("followUps.description")}
        actions={
          <button type="button" className="button" onClick={() => setLoadedAt(new Date())} disabled={followUps.isFetching}>
            {t("followUps.refresh")}
          </button>
        }
      />
      <div className="toolbar">
        <label className="toolbar__item">
          <span>{t("followUps.filters.due")}</span>
          <select className="input" value={view.dueNow ? "" : ALL} onChange={(e) => choose("due", e.target.value)}>
            <option value="">{t("followUps.filters.dueNow")}</option>
            <option value={ALL}>{t("followUps.filters.dueAny")}</option>
          </select>
        </label>
        <label className="toolbar__item">
          <span>{t("followUps.fields.status")}</span>
          <select
            className="input"
            value={view.status ?? ALL}
            onChange={(e) => choose("status", e.target.value === "OPEN" ? "" : e.target.value)}
          >
            <option value={ALL}>{t("followUps.filters.allStatuses")}</option>
            {FOLLOW_UP_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`followUps.status.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__item">
          <span>{t("followUps.fields.kind")}</span>
          <select className="input" value={view.kind ?? ""} onChange={(e) => choose("kind", e.target.value)}>
            <option value="">{t("followUps.filters.allKinds")}</option>
            {FOLLOW_UP_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`followUps.kind.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__item">
          <span>{t("promise.filter")}</span>
          <select className="input" value={view.promiseStatus ?? ""} onChange={(e) => choose("promiseStatus", e.target.value)}>
            <option value="">{t("promise.anyStatus")}</option>
            {PROMISE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`promise.status.${value}`)}
              </option>
            ))}
          </select>
        </label>
        {view.dueNow && (
          <span className="toolbar__item">{t("followUps.loadedAt", { time: format.dateTime(loadedAt.toISOString()) })}</span>
        )}
      </div>
      {followUps.isPending && <Loading />}
      {followUps.isError && <ProblemAlert error={followUps.error} />}
      {followUps.isSuccess && <FollowUpTable followUps={items} caption={t("followUps.title")} />}
      <LoadMore
        hasMore={followUps.hasNextPage}
        loading={followUps.isFetchingNextPage}
        onLoadMore={() => void followUps.fetchNextPage()}
      />
    </>
  );
}
