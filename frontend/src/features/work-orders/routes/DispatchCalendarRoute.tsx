import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { addDays, mondayOf } from "@/lib/format";
import { useInstallerDirectory, useWorkOrders } from "../api/work-orders";
import { DispatchWeek } from "../components/DispatchWeek";
import { weekDays } from "../model/calendar-grid";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The dispatch calendar: a week per installer and day, to see who is free before assigning. */
export function DispatchCalendarRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const [search, setSearch] = useSearchParams();
  const requested = search.get("week");
  const monday = mondayOf(requested && DATE.test(requested) ? requested : format.today());
  const days = weekDays(monday);
  const orders = useWorkOrders();
  const installers = useInstallerDirectory();

  const show = (date: string) => setSearch({ week: mondayOf(date) }, { replace: true });

  return (
    <>
      <PageHeader title={t("dispatch.calendar.title")} description={t("dispatch.calendar.description")} />
      <div className="toolbar">
        <button type="button" className="button" onClick={() => show(addDays(monday, -7))}>
          {t("dispatch.calendar.previous")}
        </button>
        <button type="button" className="button" onClick={() => show(format.today())}>
          {t("dispatch.calendar.thisWeek")}
        </button>
        <button type="button" className="button" onClick={() => show(addDays(monday, 7))}>
          {t("dispatch.calendar.next")}
        </button>
        <label className="toolbar__item">
          <span>{t("dispatch.calendar.goTo")}</span>
          <input
            type="date"
            className="input"
            value={monday}
            onChange={(e) => DATE.test(e.target.value) && show(e.target.value)}
          />
        </label>
        <span className="muted">
          {t("dispatch.calendar.range", { from: days[0], to: days[6], timeZone: format.timeZone })}
        </span>
      </div>
      {(orders.isPending || installers.isPending) && <Loading />}
      <ProblemAlert error={orders.error ?? installers.error} />
      {orders.data && installers.data && (
        <DispatchWeek days={days} installers={installers.data} orders={orders.data.items} />
      )}
    </>
  );
}
