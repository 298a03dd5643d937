import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useAuditEvents, type AuditFilter } from "../api/audit";
import { AuditEventRow } from "../components/AuditEventRow";

export function AuditRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const [draft, setDraft] = useState({ entityType: "", entityId: "" });
  const [filter, setFilter] = useState<AuditFilter>({});
  const events = useAuditEvents(filter);
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilter({
      entityType: draft.entityType.trim() || undefined,
      entityId: draft.entityId.trim() || undefined,
    });
  }

  function reset() {
    setDraft({ entityType: "", entityId: "" });
    setFilter({});
  }

  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.description", { timeZone: format.timeZone })} />
      <form className="toolbar" onSubmit={apply} role="search" aria-label={t("audit.filter")}>
        <label className="toolbar__item">
          <span>{t("audit.entityType")}</span>
          <input
            className="input"
            value={draft.entityType}
            onChange={(e) => setDraft({ ...draft, entityType: e.target.value })}
          />
        </label>
        <label className="toolbar__item">
          <span>{t("audit.entityId")}</span>
          <input
            className="input input--wide"
            value={draft.entityId}
            onChange={(e) => setDraft({ ...draft, entityId: e.target.value })}
          />
        </label>
        <button type="submit" className="button">
          {t("common.filter")}
        </button>
        <button type="button" className="button button--quiet" onClick={reset}>
          {t("common.reset")}
        </button>
      </form>
      {events.isPending && <Loading />}
      {events.isError && <ProblemAlert error={events.error} />}
      {events.isSuccess && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("audit.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("audit.occurredAt")}</th>
                <th scope="col">{t("audit.actor")}</th>
                <th scope="col">{t("audit.action")}</th>
                <th scope="col">{t("audit.entityType")}</th>
                <th scope="col">{t("audit.entityId")}</th>
                <th scope="col">{t("audit.change")}</th>
              </tr>
            </thead>
            <tbody>
              {items.length === 0 ? (
                <tr>
                  <td colSpan={6} className="empty">
                    {t("common.noItems")}
                  </td>
                </tr>
              ) : (
                items.map((event) => <AuditEventRow key={event.id} event={event} />)
              )}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        hasMore={events.hasNextPage}
        loading={events.isFetchingNextPage}
        onLoadMore={() => void events.fetchNextPage()}
      />
    </>
  );
}
