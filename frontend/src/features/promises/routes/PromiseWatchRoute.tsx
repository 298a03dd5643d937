import { Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { SelectFilter } from "@/components/FilterItems";
import { ListPage } from "@/components/ListPage";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useUrlFilters } from "@/lib/use-url-filters";
import { usePromiseWatch } from "../api/promises";
import { EscalationsPanel } from "../components/EscalationsPanel";
import { WatchTable } from "../components/WatchTable";
import { SUBJECT_TYPES, WATCH_STATUSES, byDueTime, groupByStatus, subjectTypeOf, watchStatusOf } from "../model/watch";

/** The URL's `breaches` value that lists every escalation, acknowledged or not ("open", the default, lists the rest). */
const ALL_BREACHES = "all";

/**
 * Promises at risk or breached, grouped by state (or in one list by due time) with a link to each thing they
 * are kept on; managers also see and acknowledge the escalations of breached promises. The home page links
 * here with `?status=AT_RISK` and `?breaches=open`.
 */
export function PromiseWatchRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const { search, choose } = useUrlFilters();
  const status = watchStatusOf(search.get("status"));
  const subjectType = subjectTypeOf(search.get("subject"));
  const byDue = search.get("order") === "due";
  const breaches = search.get("breaches");
  const watch = usePromiseWatch(status ? [status] : WATCH_STATUSES);
  const items = (watch.data ?? []).filter((item) => !subjectType || item.subjectType === subjectType);
  const groups = groupByStatus(items).filter((group) => !status || group.status === status);

  return (
    <>
      <ListPage
        title={t("promiseWatch.title")}
        description={
          watch.dataUpdatedAt > 0
            ? `${t("promiseWatch.description")} ${t("promiseWatch.updatedAt", {
                time: format.dateTime(new Date(watch.dataUpdatedAt).toISOString()),
              })}`
            : t("promiseWatch.description")
        }
        filtersLabel={t("promiseWatch.filter")}
        filters={
          <>
            <SelectFilter
              label={t("promiseWatch.fields.status")}
              placeholder={t("promiseWatch.allStatuses")}
              value={status}
              onChange={(value) => choose("status", value)}
              options={WATCH_STATUSES.map((value) => ({ value, label: t(`promise.status.${value}`) }))}
            />
            <SelectFilter
              label={t("promiseWatch.fields.subjectType")}
              placeholder={t("promiseWatch.allSubjects")}
              value={subjectType}
              onChange={(value) => choose("subject", value)}
              options={SUBJECT_TYPES.map((value) => ({ value, label: t(`promiseWatch.subjectType.${value}`) }))}
            />
            <SelectFilter
              label={t("promiseWatch.order.label")}
              placeholder={t("promiseWatch.order.byStatus")}
              value={byDue ? "due" : "status"}
              onChange={(value) => choose("order", value === "due" ? "due" : undefined)}
              options={[
                { value: "status", label: t("promiseWatch.order.byStatus") },
                { value: "due", label: t("promiseWatch.order.byDue") },
              ]}
            />
          </>
        }
      >
        <>
          {watch.isPending && <Loading />}
          {watch.isError && <ProblemAlert error={watch.error} />}
          {watch.data &&
            (byDue ? (
              <section aria-label={t("promiseWatch.order.byDue")}>
                <WatchTable items={byDueTime(items)} caption={t("promiseWatch.order.byDue")} />
              </section>
            ) : (
              <Flex vertical gap={16}>
                {groups.map((group) => (
                  <section key={group.status} aria-labelledby={`watch-${group.status}`}>
                    <Typography.Title level={2} id={`watch-${group.status}`} style={{ fontSize: 16 }}>
                      {t(`promiseWatch.groups.${group.status}`, { count: group.items.length })}
                    </Typography.Title>
                    <WatchTable items={group.items} caption={t(`promise.status.${group.status}`)} />
                  </section>
                ))}
              </Flex>
            ))}
        </>
      </ListPage>
      {me.roles.includes("manager") && (
        <EscalationsPanel
          unacknowledgedOnly={breaches !== ALL_BREACHES}
          onUnacknowledgedOnlyChange={(only) => choose("breaches", only ? undefined : ALL_BREACHES)}
          inView={breaches !== null}
        />
      )}
    </>
  );
}
