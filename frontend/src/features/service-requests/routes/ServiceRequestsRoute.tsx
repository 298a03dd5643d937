import { PhoneOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { LinkButton } from "@/components/LinkButton";
import { ListPage } from "@/components/ListPage";
import { PROMISE_STATUSES, promiseStatusOf } from "@/lib/promises";
import { useUrlFilters } from "@/lib/use-url-filters";
import {
  useServiceRequests,
  type ServiceRequest,
  type ServiceRequestChannel,
  type ServiceRequestStatus,
} from "../api/service-requests";
import { useServiceRequestColumns } from "../components/ServiceRequestColumns";
import { CHANNELS } from "../model/intake-form";

const STATUSES = [
  "OPEN",
  "RESOLVED_BY_PHONE",
  "CONVERTED",
  "DISMISSED",
] as const satisfies readonly ServiceRequestStatus[];
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
  const { search, choose } = useUrlFilters();
  const status = statusOf(search.get("status"));
  const channel = channelOf(search.get("channel"));
  const promiseStatus = promiseStatusOf(search.get("promiseStatus"));
  const requests = useServiceRequests({ status, channel, promiseStatus });
  const columns = useServiceRequestColumns();
  const filtered = status !== DEFAULT_STATUS || !!channel || !!promiseStatus;
  const intake = (
    <LinkButton type="primary" icon={<PhoneOutlined aria-hidden />} to="/intake">
      {t("nav.intake")}
    </LinkButton>
  );

  return (
    <ListPage
      title={t("serviceRequests.title")}
      description={t("serviceRequests.description")}
      actions={intake}
      filtersLabel={t("serviceRequests.filter")}
      filters={
        <>
          <SelectFilter<ServiceRequestStatus | typeof ALL>
            label={t("serviceRequests.fields.status")}
            placeholder={t("serviceRequests.allStatuses")}
            value={status ?? ALL}
            // Cleared, the list goes back to the open requests it starts on.
            onChange={(value) => choose("status", value === DEFAULT_STATUS ? undefined : value)}
            options={[
              { value: ALL, label: t("serviceRequests.allStatuses") },
              ...STATUSES.map((value) => ({ value, label: t(`serviceRequests.status.${value}`) })),
            ]}
          />
          <SelectFilter
            label={t("serviceRequests.fields.channel")}
            placeholder={t("serviceRequests.allChannels")}
            value={channel}
            onChange={(value) => choose("channel", value)}
            options={CHANNELS.map((value) => ({ value, label: t(`serviceRequests.channel.${value}`) }))}
          />
          <SelectFilter
            label={t("promise.filter")}
            placeholder={t("promise.anyStatus")}
            value={promiseStatus}
            onChange={(value) => choose("promiseStatus", value)}
            options={PROMISE_STATUSES.map((value) => ({ value, label: t(`promise.status.${value}`) }))}
          />
        </>
      }
    >
      <DataTable<ServiceRequest>
        caption={t("serviceRequests.title")}
        columns={columns}
        rowKey="id"
        empty={{
          description: filtered ? t("serviceRequests.noMatch") : t("serviceRequests.empty"),
          action: filtered ? undefined : intake,
        }}
        {...keysetTable(requests)}
      />
    </ListPage>
  );
}
