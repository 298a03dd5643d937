import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { TextField } from "@/components/TextField";
import { fieldErrorsOf } from "@/lib/api/problem";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { nameIn, useInstallerDirectory, useServicePointDirectory } from "@/lib/directory";
import { isBlank } from "@/lib/validation";
import { useTrip, useTripStep, type Trip } from "../api/trips";
import { TripStatusBadge } from "../components/TripStatusBadge";

function TripActions({ trip }: { trip: Trip }) {
  const { t } = useTranslation();
  const step = useTripStep(trip);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const server = fieldErrorsOf(step.error);

  function cancel(event: FormEvent) {
    event.preventDefault();
    if (isBlank(reason)) {
      setMissing(true);
      return;
    }
    step.mutate({ step: "cancel", reason: reason.trim() });
  }

  return (
    <section className="panel" aria-label={t("trips.detail.actions")}>
      <div className="action-bar">
        <button type="button" className="button button--primary" disabled={step.isPending} onClick={() => step.mutate({ step: "complete" })}>
          {t("trips.actions.complete")}
        </button>
        <button type="button" className="button" aria-expanded={cancelling} onClick={() => setCancelling(!cancelling)}>
          {t("trips.actions.cancel")}
        </button>
      </div>
      {cancelling && (
        <form className="action" onSubmit={cancel} noValidate aria-label={t("trips.actions.cancel")}>
          <TextField
            label={t("trips.fields.cancelReason")}
            name="reason"
            rows={2}
            className="field--block"
            inputClassName="input--full"
            value={reason}
            error={missing ? t("validation.required") : server.reason}
            onChange={(value) => {
              setReason(value);
              setMissing(false);
            }}
          />
          <button type="submit" className="button button--danger" disabled={step.isPending}>
            {t("trips.actions.cancelSubmit")}
          </button>
        </form>
      )}
      <ProblemAlert error={step.error} displayedFields={new Set(["reason"])} />
    </section>
  );
}

/** One trip: where, when, who, the linked work orders, and each person's allowances (meals, lodging). */
export function TripDetailRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const { tripId = "" } = useParams();
  const office = me.roles.includes("manager") || me.roles.includes("dispatcher");
  const detail = useTrip(tripId);
  const installers = useInstallerDirectory(office);
  const servicePoints = useServicePointDirectory(office);
  const trip = detail.data;
  const nameOf = (id: string) => (id === me.userId ? me.displayName : nameIn(installers.data, id));
  return (
    <>
      <PageHeader
        title={trip ? `${trip.number} · ${trip.destination}` : t("trips.detail.title")}
        actions={
          <Link to="/trips" className="button">
            {t("trips.back")}
          </Link>
        }
      />
      {detail.isPending && <Loading />}
      {detail.isError && <ProblemAlert error={detail.error} />}
      {trip && (
        <>
          <section className="panel" aria-label={t("trips.detail.facts")}>
            <dl className="facts facts--columns">
              <dt>{t("trips.fields.status")}</dt>
              <dd>
                <TripStatusBadge status={trip.status} />
                {trip.payMonth && <span className="muted small"> {t("trips.payMonth", { month: trip.payMonth })}</span>}
              </dd>
              <dt>{t("trips.fields.days")}</dt>
              <dd>
                {trip.firstDay} – {trip.lastDay} ({t("trips.dayCount", { n: trip.days })})
              </dd>
              <dt>{t("trips.fields.purpose")}</dt>
              <dd className="description">{trip.purpose}</dd>
              <dt>{t("trips.fields.servicePoint")}</dt>
              <dd>{trip.servicePointId ? nameIn(servicePoints.data, trip.servicePointId) : <span className="muted">—</span>}</dd>
              <dt>{t("trips.fields.workOrders")}</dt>
              <dd>
                {trip.workOrderIds.length === 0 ? (
                  <span className="muted">{t("trips.detail.noWorkOrders")}</span>
                ) : (
                  <ul className="plain-list">
                    {trip.workOrderIds.map((id) => (
                      <li key={id}>{office ? <Link to={`/work-orders/${id}`} className="mono">{id}</Link> : <span className="mono">{id}</span>}</li>
                    ))}
                  </ul>
                )}
              </dd>
              <dt>{t("trips.detail.rates")}</dt>
              <dd>
                {t("trips.detail.ratesText", {
                  lodging: format.money(trip.rates.lodgingCapPerDay),
                  meal: format.money(trip.rates.mealAllowancePerMeal),
                  meals: trip.rates.mealsPerDay,
                })}
              </dd>
              {trip.cancelReason && (
                <>
                  <dt>{t("trips.fields.cancelReason")}</dt>
                  <dd>{trip.cancelReason}</dd>
                </>
              )}
            </dl>
          </section>
          <section className="panel" aria-label={t("trips.detail.allowances")}>
            <h2 className="panel__title">{t("trips.detail.allowances")}</h2>
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t("trips.detail.allowances")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("trips.fields.person")}</th>
                    <th scope="col">{t("trips.fields.days")}</th>
                    <th scope="col">{t("trips.allowance.nights")}</th>
                    <th scope="col">{t("trips.allowance.meals")}</th>
                    <th scope="col">{t("trips.allowance.lodgingClaimed")}</th>
                    <th scope="col">{t("trips.allowance.lodging")}</th>
                    <th scope="col">{t("trips.allowance.total")}</th>
                  </tr>
                </thead>
                <tbody>
                  {trip.allowances.map((allowance) => (
                    <tr key={allowance.personId}>
                      <td className="strong">{nameOf(allowance.personId)}</td>
                      <td>{allowance.days}</td>
                      <td>{allowance.nights}</td>
                      <td className="nowrap">{format.money(allowance.meals)}</td>
                      <td className="nowrap">{format.money(allowance.lodgingClaimed)}</td>
                      <td className="nowrap">
                        {format.money(allowance.lodging)}
                        {allowance.lodgingAboveCap && <span className="badge badge--late">{t("trips.allowance.aboveCap")}</span>}
                      </td>
                      <td className="nowrap strong">{format.money(allowance.total)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={6}>
                      {t("trips.fields.allowanceTotal")}
                    </th>
                    <td className="nowrap strong">{format.money(trip.allowanceTotal)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
            <p className="field__hint">{t("trips.detail.allowanceRule")}</p>
          </section>
          {office && trip.status === "PLANNED" && <TripActions key={trip.version} trip={trip} />}
          <p>
            <Link to={`/expense-claims?tripId=${trip.id}`}>{t("trips.detail.claims")}</Link>
          </p>
        </>
      )}
    </>
  );
}
