import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { CheckboxField } from "@/components/CheckboxField";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { PROMISE_STATUSES } from "@/lib/promises";
import { useObjections } from "../api/objections";
import { ObjectionTable } from "../components/ObjectionTable";
import { OBJECTION_SOURCES, OBJECTION_STATUSES } from "../model/objection-form";
import { ALL, objectionFilterOf } from "../model/objection-list";

/** Customers' objections, oldest first, with the deadline of the commitment owed to each. */
export function ObjectionsRoute() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filter = objectionFilterOf(search);
  const objections = useObjections(filter);
  const items = objections.data?.pages.flatMap((page) => page.items) ?? [];

  function choose(key: string, value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  }

  return (
    <>
      <PageHeader
        title={t("objections.title")}
        description={t("objections.description")}
        actions={
          <Link to="/objections/new" className="button button--primary">
            {t("objections.create.open")}
          </Link>
        }
      />
      <div className="toolbar">
        <label className="toolbar__item">
          <span>{t("objections.fields.status")}</span>
          <select
            className="input"
            value={filter.status ?? ALL}
            onChange={(e) => choose("status", e.target.value === "OPEN" ? "" : e.target.value)}
          >
            <option value={ALL}>{t("objections.allStatuses")}</option>
            {OBJECTION_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`objections.status.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__item">
          <span>{t("objections.fields.source")}</span>
          <select className="input" value={filter.source ?? ""} onChange={(e) => choose("source", e.target.value)}>
            <option value="">{t("objections.allSources")}</option>
            {OBJECTION_SOURCES.map((value) => (
              <option key={value} value={value}>
                {t(`objections.source.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__item">
          <span>{t("promise.filter")}</span>
          <select className="input" value={filter.promiseStatus ?? ""} onChange={(e) => choose("promiseStatus", e.target.value)}>
            <option value="">{t("promise.anyStatus")}</option>
            {PROMISE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`promise.status.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <CheckboxField
          name="escalated"
          label={t("objections.escalatedOnly")}
          checked={filter.escalated === true}
          onChange={(checked) => choose("escalated", checked ? "true" : "")}
        />
      </div>
      {objections.isPending && <Loading />}
      {objections.isError && <ProblemAlert error={objections.error} />}
      {objections.isSuccess && <ObjectionTable objections={items} />}
      <LoadMore
        hasMore={objections.hasNextPage}
        loading={objections.isFetchingNextPage}
        onLoadMore={() => void objections.fetchNextPage()}
      />
    </>
  );
}
