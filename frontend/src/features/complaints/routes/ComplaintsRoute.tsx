import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { PROMISE_STATUSES } from "@/lib/promises";
import { useComplaints } from "../api/complaints";
import { ComplaintTable } from "../components/ComplaintTable";
import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES } from "../model/complaint-form";
import { complaintFilterOf } from "../model/complaint-list";

/** Customers' complaints (投诉), newest first, with the deadline of the answer owed to each. */
export function ComplaintsRoute() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filter = complaintFilterOf(search);
  const complaints = useComplaints(filter);
  const items = complaints.data?.pages.flatMap((page) => page.items) ?? [];

  function choose(key: string, value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  }

  return (
    <>
      <PageHeader
        title={t("complaints.title")}
        description={t("complaints.description")}
        actions={
          <Link to="/complaints/new" className="button button--primary">
            {t("complaints.create.open")}
          </Link>
        }
      />
      <div className="toolbar">
        <label className="toolbar__item">
          <span>{t("complaints.fields.status")}</span>
          <select className="input" value={filter.status ?? ""} onChange={(e) => choose("status", e.target.value)}>
            <option value="">{t("common.all")}</option>
            {COMPLAINT_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`complaints.status.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__item">
          <span>{t("complaints.fields.category")}</span>
          <select className="input" value={filter.category ?? ""} onChange={(e) => choose("category", e.target.value)}>
            <option value="">{t("common.all")}</option>
            {COMPLAINT_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {t(`complaints.category.${value}`)}
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
      </div>
      {complaints.isPending && <Loading />}
      {complaints.isError && <ProblemAlert error={complaints.error} />}
      {complaints.isSuccess && <ComplaintTable complaints={items} />}
      <LoadMore hasMore={complaints.hasNextPage} loading={complaints.isFetchingNextPage} onLoadMore={() => void complaints.fetchNextPage()} />
    </>
  );
}
