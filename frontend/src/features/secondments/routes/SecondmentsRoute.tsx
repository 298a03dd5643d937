import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { nameIn, useInstallerDirectory, useServicePointDirectory } from "@/lib/directory";
import { useSecondmentCharges, useSecondmentStep, useSecondments, type Secondment, type SecondmentStatus } from "../api/secondments";
import { CreateSecondmentForm } from "../components/CreateSecondmentForm";
import { secondmentSteps } from "../model/secondment-form";

const STATUSES = ["PLANNED", "ACTIVE", "ENDED", "CANCELLED"] as const satisfies readonly SecondmentStatus[];
const TONE: Record<SecondmentStatus, string> = {
  PLANNED: "badge--new",
  ACTIVE: "badge--assigned",
  ENDED: "badge--done",
  CANCELLED: "badge--cancelled",
};

function SecondmentActions({ secondment }: { secondment: Secondment }) {
  const { t } = useTranslation();
  const step = useSecondmentStep();
  const [ending, setEnding] = useState(false);
  const [lastDay, setLastDay] = useState(secondment.lastDay);
  return (
    <>
      {secondmentSteps(secondment.status).map((name) =>
        name === "end" ? (
          <button key={name} type="button" className="button button--small" aria-expanded={ending} onClick={() => setEnding(!ending)}>
            {t("secondments.actions.end")}
          </button>
        ) : (
          <button
            key={name}
            type="button"
            className={name === "cancel" ? "button button--small button--quiet" : "button button--small button--primary"}
            disabled={step.isPending}
            onClick={() => step.mutate({ secondment, command: { step: name } })}
          >
            {t(`secondments.actions.${name}`)}
          </button>
        ),
      )}
      {ending && (
        <div className="action">
          <label className="toolbar__item">
            <span>{t("secondments.actions.actualLastDay")}</span>
            <input className="input" type="date" value={lastDay} onChange={(event) => setLastDay(event.target.value)} />
          </label>
          <button
            type="button"
            className="button button--small button--primary"
            disabled={step.isPending}
            onClick={() =>
              step.mutate({ secondment, command: { step: "end", ...(lastDay && lastDay !== secondment.lastDay ? { lastDay } : {}) } })
            }
          >
            {t("secondments.actions.endSubmit")}
          </button>
        </div>
      )}
      <ProblemAlert error={step.error} />
    </>
  );
}

function Charges() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const points = useServicePointDirectory();
  const [month, setMonth] = useState(() => format.today().slice(0, 7));
  const charges = useSecondmentCharges(month);
  return (
    <section className="panel" aria-label={t("secondments.charges.title")}>
      <h2 className="panel__title">{t("secondments.charges.title")}</h2>
      <label className="toolbar__item">
        <span>{t("secondments.charges.month")}</span>
        <input className="input" type="month" value={month} onChange={(event) => event.target.value && setMonth(event.target.value)} />
      </label>
      {charges.isPending && <Loading />}
      {charges.isError && <ProblemAlert error={charges.error} />}
      {charges.data && (
        <table className="table table--compact">
          <caption className="visually-hidden">{t("secondments.charges.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("secondments.fields.borrowingServicePointId")}</th>
              <th scope="col">{t("secondments.charges.personDays")}</th>
              <th scope="col">{t("secondments.charges.charge")}</th>
            </tr>
          </thead>
          <tbody>
            {charges.data.items.length === 0 ? (
              <tr>
                <td colSpan={3} className="empty">
                  {t("common.noItems")}
                </td>
              </tr>
            ) : (
              charges.data.items.map((item) => (
                <tr key={item.borrowingServicePointId}>
                  <td>{nameIn(points.data, item.borrowingServicePointId)}</td>
                  <td>{item.personDays}</td>
                  <td className="nowrap">{format.money(item.charge)}</td>
                </tr>
              ))
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t("secondments.charges.total")}
              </th>
              <td className="nowrap strong">{format.money(charges.data.total)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}

/** Secondments (借调): installers lent between service points, charged per day to the borrowing point. */
export function SecondmentsRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const [search, setSearch] = useSearchParams();
  const status = STATUSES.find((value) => value === search.get("status"));
  const secondments = useSecondments(status);
  const installers = useInstallerDirectory();
  const points = useServicePointDirectory();
  const [creating, setCreating] = useState(false);
  const items = secondments.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeader
        title={t("secondments.title")}
        description={t("secondments.description")}
        actions={
          <button
            type="button"
            className={creating ? "button" : "button button--primary"}
            aria-expanded={creating}
            onClick={() => setCreating(!creating)}
          >
            {creating ? t("common.cancel") : t("secondments.create.open")}
          </button>
        }
      />
      {creating && <CreateSecondmentForm onDone={() => setCreating(false)} />}
      <div className="toolbar">
        <label className="toolbar__item">
          <span>{t("secondments.fields.status")}</span>
          <select
            className="input"
            value={status ?? ""}
            onChange={(event) => setSearch(event.target.value ? { status: event.target.value } : {}, { replace: true })}
          >
            <option value="">{t("common.all")}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`secondments.status.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {secondments.isPending && <Loading />}
      {secondments.isError && <ProblemAlert error={secondments.error} />}
      {secondments.isSuccess && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("secondments.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("secondments.fields.number")}</th>
                <th scope="col">{t("secondments.fields.lendingServicePointId")}</th>
                <th scope="col">{t("secondments.fields.borrowingServicePointId")}</th>
                <th scope="col">{t("secondments.fields.people")}</th>
                <th scope="col">{t("secondments.fields.days")}</th>
                <th scope="col">{t("secondments.fields.charge")}</th>
                <th scope="col">{t("secondments.fields.status")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {items.length === 0 ? (
                <tr>
                  <td colSpan={8} className="empty">
                    {t("common.noItems")}
                  </td>
                </tr>
              ) : (
                items.map((secondment) => (
                  <tr key={secondment.id}>
                    <td className="nowrap strong" title={secondment.note}>
                      {secondment.number}
                    </td>
                    <td>{nameIn(points.data, secondment.lendingServicePointId)}</td>
                    <td>{nameIn(points.data, secondment.borrowingServicePointId)}</td>
                    <td>{secondment.personIds.map((id) => nameIn(installers.data, id)).join("、")}</td>
                    <td className="nowrap">
                      {secondment.firstDay} – {secondment.lastDay}{" "}
                      <span className="muted small">{t("secondments.dayCount", { n: secondment.days })}</span>
                    </td>
                    <td className="nowrap">
                      {format.money(secondment.charge)}
                      <span className="muted small"> {t("secondments.perDay", { amount: format.money(secondment.chargePerDay) })}</span>
                    </td>
                    <td>
                      <span className={`badge ${TONE[secondment.status]}`}>{t(`secondments.status.${secondment.status}`)}</span>
                    </td>
                    <td className="actions">
                      <SecondmentActions key={secondment.version} secondment={secondment} />
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        hasMore={secondments.hasNextPage}
        loading={secondments.isFetchingNextPage}
        onLoadMore={() => void secondments.fetchNextPage()}
      />
      <Charges />
    </>
  );
}
