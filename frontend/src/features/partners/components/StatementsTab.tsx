import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PartnerStatementStatusBadge } from "@/components/PartnerStatementView";
import { ProblemAlert } from "@/components/ProblemAlert";
import { TextField } from "@/components/TextField";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { focusFirstInvalid } from "@/lib/validation";
import { useCreateStatement, usePartnerStatements } from "../api/partners";
import { defaultPeriod, toCreateStatement, validatePeriod, type PeriodForm, type Problems } from "../model/partner-form";
import { messageAt } from "./problem-text";

function CreateStatementForm({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const navigate = useNavigate();
  const create = useCreateStatement(partnerId);
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<PeriodForm>(() => defaultPeriod(format.today()));
  const [problems, setProblems] = useState<Problems>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const server = fieldErrorsOf(create.error);
  const message = (path: string) => messageAt(t, problems, server, path);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validatePeriod(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    create.mutate(
      { body: toCreateStatement(form), idempotencyKey },
      {
        onSuccess: (statement) => navigate(`/partners/${partnerId}/statements/${statement.id}`),
        onError: (error) => {
          if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  return (
    <form ref={formRef} className="panel panel--inner" onSubmit={submit} noValidate aria-label={t("partners.statements.create")}>
      <p className="field__hint">{t("partners.statements.createHint")}</p>
      <div className="field-grid">
        <TextField
          label={t("partners.statements.periodFrom")}
          name="periodFrom"
          type="date"
          value={form.periodFrom}
          error={message("periodFrom")}
          onChange={(periodFrom) => setForm((current) => ({ ...current, periodFrom }))}
        />
        <TextField
          label={t("partners.statements.periodTo")}
          name="periodTo"
          type="date"
          value={form.periodTo}
          error={message("periodTo")}
          onChange={(periodTo) => setForm((current) => ({ ...current, periodTo }))}
        />
      </div>
      <ProblemAlert error={create.error} displayedFields={new Set(["periodFrom", "periodTo"])} />
      <button type="submit" className="button button--primary" disabled={create.isPending}>
        {create.isPending ? t("common.creating") : t("partners.statements.submit")}
      </button>
    </form>
  );
}

/** The partner's settlement statements (结算单), with a form to draft one for a period. */
export function StatementsTab({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const statements = usePartnerStatements(partnerId);
  const [creating, setCreating] = useState(false);
  const items = statements.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="panel" aria-label={t("partners.tabs.statements")}>
      <div className="action-bar">
        <button type="button" className="button" aria-expanded={creating} onClick={() => setCreating(!creating)}>
          {creating ? t("common.cancel") : t("partners.statements.create")}
        </button>
      </div>
      {creating && <CreateStatementForm partnerId={partnerId} />}
      {statements.isPending && <Loading />}
      {statements.isError && <ProblemAlert error={statements.error} />}
      {statements.isSuccess && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("partners.tabs.statements")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("partners.statement.number")}</th>
                <th scope="col">{t("partners.statement.period")}</th>
                <th scope="col">{t("partners.statement.status")}</th>
                <th scope="col">{t("partners.fields.units")}</th>
                <th scope="col">{t("partners.statement.rowNames.gross")}</th>
                <th scope="col">{t("partners.statement.rowNames.net")}</th>
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
                items.map((statement) => (
                  <tr key={statement.id}>
                    <td className="nowrap">
                      <Link to={`/partners/${partnerId}/statements/${statement.id}`} className="strong">
                        {statement.number}
                      </Link>
                    </td>
                    <td className="nowrap">
                      {statement.periodFrom} – {statement.periodTo}
                    </td>
                    <td>
                      <PartnerStatementStatusBadge status={statement.status} />
                    </td>
                    <td>{statement.units}</td>
                    <td className="nowrap">{format.money(statement.gross)}</td>
                    <td className="nowrap">{format.money(statement.net)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        hasMore={statements.hasNextPage}
        loading={statements.isFetchingNextPage}
        onLoadMore={() => void statements.fetchNextPage()}
      />
    </section>
  );
}
