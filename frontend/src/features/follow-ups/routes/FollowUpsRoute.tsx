import { ReloadOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { ListPage } from "@/components/ListPage";
import { useTenantFormat } from "@/lib/current-user";
import { PROMISE_STATUSES } from "@/lib/promises";
import { useUrlFilters } from "@/lib/use-url-filters";
import { useFollowUps, type FollowUp } from "../api/follow-ups";
import { useFollowUpColumns } from "../components/FollowUpTable";
import { ALL, FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES, toFollowUpFilter, worklistViewOf } from "../model/worklist";

const DUE_NOW = "now";

/** The follow-up worklist: by default the open calls whose time has come, soonest first. */
export function FollowUpsRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const { search, choose } = useUrlFilters();
  const view = worklistViewOf(search);
  // "Due now" is the moment the list was loaded; the person refreshes to take in calls that fell due since.
  const [loadedAt, setLoadedAt] = useState(() => new Date());
  const followUps = useFollowUps(toFollowUpFilter(view, loadedAt));
  const columns = useFollowUpColumns();

  return (
    <ListPage
      title={t("followUps.title")}
      description={
        view.dueNow
          ? `${t("followUps.description")} ${t("followUps.loadedAt", { time: format.dateTime(loadedAt.toISOString()) })}`
          : t("followUps.description")
      }
      actions={
        <Button
          icon={<ReloadOutlined aria-hidden />}
          onClick={() => setLoadedAt(new Date())}
          loading={followUps.isFetching && !followUps.isFetchingNextPage}
        >
          {t("followUps.refresh")}
        </Button>
      }
      filtersLabel={t("followUps.filters.label")}
      filters={
        <>
          <SelectFilter
            label={t("followUps.filters.due")}
            placeholder={t("followUps.filters.dueNow")}
            value={view.dueNow ? DUE_NOW : ALL}
            onChange={(value) => choose("due", value === ALL ? ALL : undefined)}
            options={[
              { value: DUE_NOW, label: t("followUps.filters.dueNow") },
              { value: ALL, label: t("followUps.filters.dueAny") },
            ]}
          />
          <SelectFilter
            label={t("followUps.fields.status")}
            placeholder={t("followUps.status.OPEN")}
            value={view.status ?? ALL}
            // Open is the worklist's default: it leaves the URL.
            onChange={(value) => choose("status", value === "OPEN" ? undefined : value)}
            options={[
              { value: ALL, label: t("followUps.filters.allStatuses") },
              ...FOLLOW_UP_STATUSES.map((value) => ({ value, label: t(`followUps.status.${value}`) })),
            ]}
          />
          <SelectFilter
            label={t("followUps.fields.kind")}
            placeholder={t("followUps.filters.allKinds")}
            value={view.kind}
            onChange={(value) => choose("kind", value)}
            options={FOLLOW_UP_KINDS.map((value) => ({ value, label: t(`followUps.kind.${value}`) }))}
          />
          <SelectFilter
            label={t("promise.filter")}
            placeholder={t("promise.anyStatus")}
            value={view.promiseStatus}
            onChange={(value) => choose("promiseStatus", value)}
            options={PROMISE_STATUSES.map((value) => ({ value, label: t(`promise.status.${value}`) }))}
          />
        </>
      }
    >
      <DataTable<FollowUp>
        caption={t("followUps.title")}
        columns={columns}
        rowKey="id"
        empty={{ description: t("followUps.empty") }}
        {...keysetTable(followUps)}
      />
    </ListPage>
  );
}
