import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { nameIn, useInstallerDirectory } from "@/lib/directory";
import { useTrips, type TripStatus } from "../api/trips";
import { CreateTripForm } from "../components/CreateTripForm";
import { TripStatusBadge } from "../components/TripStatusBadge";

const STATUSES = ["PLANNED", "COMPLETED", "CANCELLED"] as const satisfies readonly TripStatus[];

/** Trips (出差) with each person's allowances; the office plans them, installers see their own. */
export function TripsRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const navigate = useNavigate();
  const office = me.roles.includes("manager") || me.roles.includes("dispatcher");
  const [search, setSearch] = useSearchParams();
  const status = STATUSES.find((value) => value === search.get("status"));
  const trips = useTrips(status);
  const installers = useInstallerDirectory(office);
  const [creating, setCreating] = useState(false);
  const items = trips.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeader
        title={t("trips.title")}
        description={t("trips.description")}
        actions={
          office && (
            <button
              type="button"
              className={creating ? "button" : "button button--primary"}
              aria-expanded={creating}
              onClick={() => setCreating(!creating)}
            >
              {creating ? t("common.cancel") : t("trips.create.open")}
            </button>
          )
        }
      />
      {creating && <CreateTripForm onCreated={(trip) => navigate(`/trips/${trip.id}`)} />}
      <div className="toolbar">
        <label className="toolbar__item">
          <span>{t("trips.fields.status")}</span>
          <select
            className="input"
            value={status ?? ""}
            onChange={(event) => setSearch(event.target.value ? { status: event.target.value } : {}, { replace: true })}
          >
            <option value="">{t("common.all")}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`trips.status.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {trips.isPending && <Loading />}
      {trips.isError && <ProblemAlert error={trips.error} />}
      {trips.isSuccess && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("trips.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("trips.fields.number")}</th>
                <th scope="col">{t("trips.fields.destination")}</th>
                <th scope="col">{t("trips.fields.days")}</th>
                <th scope="col">{t("trips.fields.people")}</th>
                <th scope="col">{t("trips.fields.status")}</th>
                <th scope="col">{t("trips.fields.allowanceTotal")}</th>
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
                items.map((trip) => (
                  <tr key={trip.id}>
                    <td className="nowrap">
                      <Link to={`/trips/${trip.id}`} className="strong">
                        {trip.number}
                      </Link>
                    </td>
                    <td>{trip.destination}</td>
                    <td className="nowrap">
                      {trip.firstDay} – {trip.lastDay} <span className="muted small">{t("trips.dayCount", { n: trip.days })}</span>
                    </td>
                    <td>
                      {trip.personIds.map((id) => (id === me.userId ? me.displayName : nameIn(installers.data, id))).join("、")}
                    </td>
                    <td>
                      <TripStatusBadge status={trip.status} />
                    </td>
                    <td className="nowrap">{format.money(trip.allowanceTotal)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore hasMore={trips.hasNextPage} loading={trips.isFetchingNextPage} onLoadMore={() => void trips.fetchNextPage()} />
    </>
  );
}
