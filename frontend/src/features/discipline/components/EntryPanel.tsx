import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SegmentedField } from "@/components/SegmentedField";
import { TextField } from "@/components/TextField";
import { fieldErrorsOf, isProblemType, isStaleVersion } from "@/lib/api/problem";
import { ProblemAlert, ProblemDetails } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useEntryStep, useReloadLedger, type DisciplineEntry } from "../api/discipline";
import {
  confirmationAsksAmount,
  entryActions,
  sourcePath,
  toAppeal,
  toAppealDecision,
  toConfirmation,
  toWaiver,
  validateAppealDecision,
  validateConfirmation,
  validateReason,
  type AppealDecisionForm,
  type DisciplineProblem,
  type EntryAction,
} from "../model/discipline";
import { AppealBadge, DisciplineStatusBadge, EntryAmount } from "./DisciplineBadges";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children ?? <span className="muted">—</span>}</dd>
    </>
  );
}

function useProblemText() {
  const { t } = useTranslation();
  return (problem: DisciplineProblem | undefined, server: string | undefined) =>
    problem === undefined ? server : problem === "required" ? t("validation.required") : t(`discipline.errors.${problem}`);
}

/** A refused step: someone decided first (reload), or anything else. */
function StepProblem({ error, fields, onReload }: { error: unknown; fields: string[]; onReload: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isStaleVersion(error) || isProblemType(error, "discipline-entry-status") || isProblemType(error, "appeal-made") || isProblemType(error, "no-pending-appeal")) {
    return (
      <div className="alert alert--warning" role="alert">
        <p className="alert__headline">{t("discipline.errors.changed")}</p>
        <ProblemDetails error={error} />
        <button type="button" className="button" onClick={onReload}>
          {t("common.reload")}
        </button>
      </div>
    );
  }
  return <ProblemAlert error={error} displayedFields={new Set(fields)} />;
}

function useStep(entry: DisciplineEntry) {
  const mutation = useEntryStep(entry.id);
  const reloadLedger = useReloadLedger();
  return {
    mutation,
    reload: () => {
      mutation.reset();
      void reloadLedger();
    },
  };
}

function ConfirmForm({ entry, onDone }: { entry: DisciplineEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const text = useProblemText();
  const { mutation, reload } = useStep(entry);
  const [amount, setAmount] = useState(entry.amount ?? "");
  const [problems, setProblems] = useState<Record<string, DisciplineProblem>>({});
  const server = fieldErrorsOf(mutation.error);
  const asksAmount = confirmationAsksAmount(entry);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateConfirmation(entry, amount);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    mutation.mutate({ step: "confirmation", body: toConfirmation(entry, amount) }, { onSuccess: onDone });
  }

  return (
    <form className="action" onSubmit={submit} noValidate aria-label={t("discipline.actions.confirm.title")}>
      {asksAmount ? (
        <TextField
          label={t("discipline.fields.amount")}
          name="amount"
          inputMode="decimal"
          inputClassName="input--number"
          suffix={format.currency}
          hint={t(entry.amount === undefined ? "discipline.actions.confirm.amountHint" : "discipline.actions.confirm.costHint")}
          autoFocus
          value={amount}
          error={text(problems.amount, server.amount)}
          onChange={(value) => {
            setAmount(value);
            setProblems({});
          }}
        />
      ) : (
        <p className="action__hint">{t("discipline.actions.confirm.hint")}</p>
      )}
      <StepProblem error={mutation.error} fields={["amount"]} onReload={reload} />
      <button type="submit" className="button button--primary" disabled={mutation.isPending}>
        {mutation.isPending ? t("common.saving") : t("discipline.actions.confirm.submit")}
      </button>
    </form>
  );
}

/** Waiving, and the installer's appeal: both only need to say why. */
function ReasonForm({ entry, action, onDone }: { entry: DisciplineEntry; action: "waive" | "appeal"; onDone: () => void }) {
  const { t } = useTranslation();
  const text = useProblemText();
  const { mutation, reload } = useStep(entry);
  const [reason, setReason] = useState("");
  const [problems, setProblems] = useState<Record<string, DisciplineProblem>>({});
  const server = fieldErrorsOf(mutation.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateReason(reason);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    mutation.mutate(
      action === "waive"
        ? { step: "waiver", body: toWaiver(entry.version, reason) }
        : { step: "appeal", body: toAppeal(entry.version, reason) },
      { onSuccess: onDone },
    );
  }

  return (
    <form className="action" onSubmit={submit} noValidate aria-label={t(`discipline.actions.${action}.title`)}>
      <TextField
        label={t(`discipline.actions.${action}.reason`)}
        name="reason"
        rows={3}
        autoFocus
        className="field--block"
        inputClassName="input--full"
        hint={t(`discipline.actions.${action}.hint`)}
        value={reason}
        error={text(problems.reason, server.reason)}
        onChange={(value) => {
          setReason(value);
          setProblems({});
        }}
      />
      <StepProblem error={mutation.error} fields={["reason"]} onReload={reload} />
      <button type="submit" className={action === "waive" ? "button button--danger" : "button button--primary"} disabled={mutation.isPending}>
        {mutation.isPending ? t("common.saving") : t(`discipline.actions.${action}.submit`)}
      </button>
    </form>
  );
}

function AppealDecisionFormView({ entry, onDone }: { entry: DisciplineEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const text = useProblemText();
  const { mutation, reload } = useStep(entry);
  const [form, setForm] = useState<AppealDecisionForm>({ upheld: "", note: "" });
  const [problems, setProblems] = useState<Record<string, DisciplineProblem>>({});
  const server = fieldErrorsOf(mutation.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateAppealDecision(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    mutation.mutate({ step: "appeal-decision", body: toAppealDecision(form, entry.version) }, { onSuccess: onDone });
  }

  return (
    <form className="action" onSubmit={submit} noValidate aria-label={t("discipline.actions.decideAppeal.title")}>
      <p className="action__hint">
        {t("discipline.fields.appealReason")}: {entry.appealReason}
      </p>
      <SegmentedField
        legend={t("discipline.actions.decideAppeal.outcome")}
        name="upheld"
        value={form.upheld}
        options={[
          { value: "yes", label: t("discipline.actions.decideAppeal.upheld") },
          { value: "no", label: t("discipline.actions.decideAppeal.dismissed") },
        ]}
        error={text(problems.upheld, server.upheld)}
        onChange={(upheld) => {
          setForm((current) => ({ ...current, upheld }));
          setProblems(({ upheld: _cleared, ...rest }) => rest);
        }}
      />
      <TextField
        label={t("discipline.actions.decideAppeal.note")}
        name="note"
        rows={3}
        className="field--block"
        inputClassName="input--full"
        value={form.note}
        error={text(problems.note, server.note)}
        onChange={(note) => {
          setForm((current) => ({ ...current, note }));
          setProblems(({ note: _cleared, ...rest }) => rest);
        }}
      />
      <StepProblem error={mutation.error} fields={["upheld", "note"]} onReload={reload} />
      <button type="submit" className="button button--primary" disabled={mutation.isPending}>
        {mutation.isPending ? t("common.saving") : t("discipline.actions.decideAppeal.submit")}
      </button>
    </form>
  );
}

/** One ledger entry in full, with what the person may do to it. */
export function EntryPanel({ entry, fieldOnly, onClose }: { entry: DisciplineEntry; fieldOnly: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const me = useCurrentUser();
  const actions = entryActions(entry, me);
  const [open, setOpen] = useState<EntryAction | null>(actions[0] ?? null);
  const shown = open && actions.includes(open) ? open : null;
  const source = sourcePath(entry, fieldOnly);
  return (
    <section className="panel panel--highlight" aria-label={t("discipline.entryTitle", { number: entry.number })}>
      <div className="action-bar">
        <h2 className="panel__title">{t("discipline.entryTitle", { number: entry.number })}</h2>
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          {t("common.close")}
        </button>
      </div>
      <dl className="facts facts--columns">
        <Fact label={t("discipline.fields.installer")}>{entry.installerName}</Fact>
        <Fact label={t("discipline.fields.kind")}>{t(`discipline.kind.${entry.kind}`)}</Fact>
        <Fact label={t("discipline.fields.amount")}>
          <EntryAmount entry={entry} />
        </Fact>
        <Fact label={t("discipline.fields.rule")}>{t(`discipline.rule.${entry.rule}`)}</Fact>
        <Fact label={t("discipline.fields.occurredOn")}>{entry.occurredOn}</Fact>
        <Fact label={t("discipline.fields.source")}>
          {t(`discipline.sourceType.${entry.sourceType}`)}{" "}
          {source ? <Link to={source}>{entry.sourceNumber ?? t("discipline.openSource")}</Link> : entry.sourceNumber}
        </Fact>
        <Fact label={t("discipline.fields.status")}>
          <DisciplineStatusBadge status={entry.status} />
          {entry.decidedAt && (
            <span className="muted small">
              {" "}
              {format.dateTime(entry.decidedAt)} {entry.decidedBy}
            </span>
          )}
        </Fact>
        {entry.decisionReason && <Fact label={t("discipline.fields.decisionReason")}>{entry.decisionReason}</Fact>}
        {entry.payMonth && <Fact label={t("discipline.fields.payMonth")}>{entry.payMonth}</Fact>}
        {entry.appealStatus && (
          <Fact label={t("discipline.fields.appeal")}>
            <AppealBadge status={entry.appealStatus} /> {entry.appealReason}
            {entry.appealDecisionNote && (
              <span className="muted small">
                {" "}
                {entry.appealDecisionNote} {entry.appealDecidedBy}
              </span>
            )}
          </Fact>
        )}
      </dl>
      <p className="description">{entry.description}</p>
      {actions.length > 0 && (
        <>
          <div className="action-bar">
            {actions.map((action) => (
              <button
                key={action}
                type="button"
                className={shown === action ? "button button--primary" : "button"}
                aria-expanded={shown === action}
                onClick={() => setOpen(shown === action ? null : action)}
              >
                {t(`discipline.actions.${action}.open`)}
              </button>
            ))}
          </div>
          {shown === "confirm" && <ConfirmForm entry={entry} onDone={() => setOpen(null)} />}
          {(shown === "waive" || shown === "appeal") && <ReasonForm key={shown} entry={entry} action={shown} onDone={() => setOpen(null)} />}
          {shown === "decideAppeal" && <AppealDecisionFormView entry={entry} onDone={() => setOpen(null)} />}
        </>
      )}
    </section>
  );
}
