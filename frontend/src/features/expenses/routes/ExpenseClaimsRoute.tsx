import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { nameIn, useInstallerDirectory } from "@/lib/directory";
import { useExpenseClaims, type ExpenseClaimStatus } from "../api/expenses";
import { ClaimStatusBadge } from "../components/ClaimStatusBadge";
import { claimFlags } from "../model/claim-form";

const STATUSES = ["SUBMITTED", "APPROVED", "REJECTED", "PAID"] as const satisfies readonly ExpenseClaimStatus[];

/** Expense claims (报销), oldest first: installers see and submit their own, the manager decides. */
export function ExpenseClaimsRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const office = me.roles.includes("manager") || me.roles.includes("dispatcher");
  const maySubmit = me.roles.includes("manager") || me.roles.includes("installer");
  const [search, setSearch] = useSearchParams();
  const status = STATUSES.find((value) => value === search.get("status"));
  const tripId = search.get("tripId") ?? undefined;
  const claims = useExpenseClaims({ status, tripId });
  const installers = useInstallerDirectory(office);
  const items = claims.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeader
        title={t("expenses.title")}
        description={t("expenses.description")}
        actions={
          maySubmit && (
            <Link to={tripId ? `/expense-claims/new?tripId=${tripId}` : "/expense-claims/new"} className="button button--primary">
              {t("expenses.submit.open")}
            </Link>
          )
        }
      />
      <div className="toolbar">
        <label className="toolbar__item">
          <span>{t("expenses.fields.status")}</span>
          <select
            className="input"
            value={status ?? ""}
            onChange={(event) => {
              const next = new URLSearchParams(search);
              if (event.target.value) next.set("status", event.target.value);
              else next.delete("status");
              setSearch(next, { replace: true });
            }}
          >
            <option value="">{t("common.all")}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`expenses.status.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {claims.isPending && <Loading />}
      {claims.isError && <ProblemAlert error={claims.error} />}
      {claims.isSuccess && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("expenses.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("expenses.fields.number")}</th>
                <th scope="col">{t("expenses.fields.person")}</th>
                <th scope="col">{t("expenses.fields.submittedAt")}</th>
                <th scope="col">{t("expenses.fields.total")}</th>
                <th scope="col">{t("expenses.fields.status")}</th>
                <th scope="col">{t("expenses.fields.flags")}</th>
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
                items.map((claim) => {
                  const flags = claimFlags(claim);
                  return (
                    <tr key={claim.id}>
                      <td className="nowrap">
                        <Link to={`/expense-claims/${claim.id}`} className="strong">
                          {claim.number}
                        </Link>
                      </td>
                      <td>{claim.personId === me.userId ? me.displayName : nameIn(installers.data, claim.personId)}</td>
                      <td className="nowrap">{format.dateTime(claim.submittedAt)}</td>
                      <td className="nowrap">{format.money(claim.total)}</td>
                      <td>
                        <ClaimStatusBadge status={claim.status} />
                      </td>
                      <td>
                        {flags.duplicates > 0 && <span className="badge badge--late">{t("expenses.flags.duplicates", { n: flags.duplicates })}</span>}
                        {flags.aboveCap > 0 && <span className="badge badge--late">{t("expenses.flags.aboveCap", { n: flags.aboveCap })}</span>}
                      </td>
                    </tr>
                  );
                })
              )}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore hasMore={claims.hasNextPage} loading={claims.isFetchingNextPage} onLoadMore={() => void claims.fetchNextPage()} />
    </>
  );
}
