import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { PROMISE_STATUSES, promiseStatusOf } from "@/lib/promises";
import { useServiceRequests, type ServiceRequestChannel, type ServiceRequestStatus } from "../api/service-requests";
import { ServiceRequestTable } from "../components/ServiceRequestTable";
import { CHANNELS } from "../model/intake-form";

const STATUSES = ["OPEN", "RESOLVED_BY_PHONE", "CONVERTED", "DISMISSED"] as const satisfies readonly ServiceRequestStatus[];
/** The list opens on the requests still waiting for an outcome. */
const DEFAULT_STATUS: ServiceRequestStatus = "OPEN";
const ALL = "all";

function statusOf(value: string | null): ServiceRequestStatus | undefined {
  if (value === ALL) return undefined;
  return STATUSES.find((status) => status === value) ?? DEFAULT_STATUS;
}

function channelOf(value: string | null): ServiceRequestChannel | undefined {
  return CHANNELS.find((channel) => channel === value);
}

/** Requests from every channel, filtered by status, channel and the state of their promise, oldest first. */
export function ServiceRequestsRoute() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const status = statusOf(search.get("status"));
  const channel = channelOf(search.get("channel"));
  const promiseStatus = promiseStatusOf(search.get("promiseStatus"));
  const requests = useServiceRequests({ status, channel, promiseStatus });
  const items = requests.data?.pages.flatMap((page) => page.items) ?? [];

  function choose(key: string, value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  }

  return (
    <>
      <PageHeader
        title={t("serviceRequests.title")}
        description={t("serviceRequests.description")}
        actions={
          <Link to="/intake" className="button button--primary">
            {t("nav.intake")}
          </Link>
        }
      />
      <div className="toolbar">
        <label className="toolbar__item">
          <span>{t("serviceRequests.fields.status")}</span>
          <select className="input" value={status ?? ALL} onChange={(e) => choose("status", e.target.value)}>
            <option value={ALL}>{t("serviceRequests.allStatuses")}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`serviceRequests.status.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__item">
          <span>{t("serviceRequests.fields.channel")}</span>
          <select className="input" value={channel ?? ""} onChange={(e) => choose("channel", e.target.value)}>
            <option value="">{t("serviceRequests.allChannels")}</option>
            {CHANNELS.map((value) => (
              <option key={value} value={value}>
                {t(`serviceRequests.channel.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__item">
          <span>{t("promise.filter")}</span>
          <select className="input" value={promiseStatus ?? ""} onChange={(e) => choose("promiseStatus", e.target.value)}>
            <option value="">{t("promise.anyStatus")}</option>
            {PROMISE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`promise.status.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {requests.isPending && <Loading />}
      {requests.isError && <ProblemAlert error={requests.error} />}
      {requests.isSuccess && <ServiceRequestTable requests={items} />}
      <LoadMore
        hasMore={requests.hasNextPage}
        loading={requests.isFetchingNextPage}
        onLoadMore={() => void requests.fetchNextPage()}
      />
    </>
  );
}
