import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { PROMISE_STATUSES, promiseStatusOf } from "@/lib/promises";
import { useInstallerDirectory, useWorkOrders } from "../api/work-orders";
import { WorkOrderTable } from "../components/WorkOrderTable";
import { BOARD_COLUMNS, boardColumnOf, type BoardColumnKey } from "../model/lifecycle";
import { installerNames } from "../model/names";

function isColumn(value: string | null): value is BoardColumnKey {
  return BOARD_COLUMNS.some((column) => column.key === value);
}

/** The dispatcher's board: work orders grouped by where they stand, soonest appointment first. */
export function WorkOrderBoardRoute() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const column: BoardColumnKey = isColumn(search.get("column")) ? (search.get("column") as BoardColumnKey) : "new";
  const installerId = search.get("installer") ?? "";
  const promiseStatus = promiseStatusOf(search.get("promiseStatus"));
  const orders = useWorkOrders();
  const installers = useInstallerDirectory();
  const nameOf = installerNames(installers.data);

  const all = (orders.data?.items ?? []).filter(
    (order) =>
      (!installerId || order.leadInstallerId === installerId || order.helperIds.includes(installerId)) &&
      (!promiseStatus || order.promise?.status === promiseStatus),
  );
  const counts = new Map<BoardColumnKey, number>();
  for (const order of all) {
    const key = boardColumnOf(order.status);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const shown = all
    .filter((order) => boardColumnOf(order.status) === column)
    .sort((a, b) => Date.parse(a.appointment.start) - Date.parse(b.appointment.start));

  function choose(change: Record<string, string>) {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearch(next, { replace: true });
  }

  return (
    <>
      <PageHeader
        title={t("board.title")}
        description={t("board.description")}
        actions={
          <Link to="/work-orders/new" className="button button--primary">
            {t("workOrders.create.open")}
          </Link>
        }
      />
      <div className="toolbar">
        <label className="toolbar__item">
          <span>{t("board.filterInstaller")}</span>
          <select className="input" value={installerId} onChange={(e) => choose({ installer: e.target.value })}>
            <option value="">{t("board.allInstallers")}</option>
            {(installers.data ?? []).map((installer) => (
              <option key={installer.id} value={installer.id}>
                {installer.displayName}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__item">
          <span>{t("promise.filter")}</span>
          <select className="input" value={promiseStatus ?? ""} onChange={(e) => choose({ promiseStatus: e.target.value })}>
            <option value="">{t("promise.anyStatus")}</option>
            {PROMISE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`promise.status.${status}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div role="tablist" className="tabs" aria-label={t("board.columns")}>
        {BOARD_COLUMNS.map(({ key }) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`board-tab-${key}`}
            aria-selected={column === key}
            aria-controls="board-panel"
            className={column === key ? "tabs__tab tabs__tab--on" : "tabs__tab"}
            onClick={() => choose({ column: key })}
          >
            {t(`board.column.${key}`)}
            <span className="tabs__count">{counts.get(key) ?? 0}</span>
          </button>
        ))}
      </div>
      <div role="tabpanel" id="board-panel" aria-labelledby={`board-tab-${column}`}>
        {orders.isPending && <Loading />}
        {orders.isError && <ProblemAlert error={orders.error} />}
        {orders.data?.truncated && (
          <div className="alert alert--warning" role="status">
            {t("board.truncated")}
          </div>
        )}
        {orders.data && <WorkOrderTable orders={shown} nameOf={nameOf} caption={t(`board.column.${column}`)} />}
      </div>
    </>
  );
}
