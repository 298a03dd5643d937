import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { InstallerSelect } from "@/components/InstallerSelect";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { SegmentedField } from "@/components/SegmentedField";
import { TextField } from "@/components/TextField";
import { fieldErrorsOf } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import {
  useDecideDispatchRefusal,
  useDispatchRefusals,
  useRecordDispatchRefusal,
  type DispatchRefusal,
  type RefusalStatus,
} from "../api/discipline";
import { DisciplineTabs } from "../components/DisciplineTabs";
import { OfficeOnly } from "../components/OfficeOnly";
import {
  REFUSAL_KINDS,
  REFUSAL_STATUSES,
  toRefusal,
  toRefusalDecision,
  validateRefusal,
  type DisciplineProblem,
  type RefusalForm,
} from "../model/discipline";

const STATUS_TONE: Record<RefusalStatus, string> = {
  PENDING: "badge--awaiting",
  APPROVED: "badge--ok",
  NOT_APPROVED: "badge--late",
};

function RecordRefusalForm() {
  const { t } = useTranslation();
  const record = useRecordDispatchRefusal();
  const empty = (): RefusalForm => ({ workOrderId: "", installerId: "", kind: "REFUSED", reason: "" });
  const [form, setForm] = useState<RefusalForm>(empty);
  const [problems, setProblems] = useState<Record<string, DisciplineProblem>>({});
  const server = fieldErrorsOf(record.error);

  function message(path: string) {
    const problem = problems[path];
    if (problem === undefined) return server[path];
    return problem === "required" ? t("validation.required") : t(`discipline.errors.${problem}`);
  }

  function update(change: Partial<RefusalForm>, path: string) {
    setForm((current) => ({ ...current, ...change }));
    setProblems(({ [path]: _cleared, ...rest }) => rest);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateRefusal(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    record.mutate(toRefusal(form), { onSuccess: () => setForm(empty()) });
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-label={t("discipline.refusals.record")}>
      <h2 className="panel__title">{t("discipline.refusals.record")}</h2>
      <div className="field-grid field-grid--wide">
        <TextField
          label={t("discipline.refusals.workOrderId")}
          name="workOrderId"
          inputClassName="input--wide mono"
          hint={t("discipline.refusals.workOrderIdHint")}
          value={form.workOrderId}
          error={message("workOrderId")}
          onChange={(workOrderId) => update({ workOrderId }, "workOrderId")}
        />
        <InstallerSelect
          label={t("discipline.fields.installer")}
          name="installerId"
          value={form.installerId}
          emptyLabel={t("discipline.choose")}
          error={message("installerId")}
          onChange={(installerId) => update({ installerId }, "installerId")}
        />
      </div>
      <SegmentedField
        legend={t("discipline.refusals.kind")}
        name="kind"
        value={form.kind}
        options={REFUSAL_KINDS.map((value) => ({ value, label: t(`discipline.refusals.kinds.${value}`) }))}
        error={message("kind")}
        onChange={(kind) => update({ kind }, "kind")}
      />
      <TextField
        label={t("discipline.refusals.reason")}
        name="reason"
        rows={2}
        className="field--block"
        inputClassName="input--full"
        value={form.reason}
        error={message("reason")}
        onChange={(reason) => update({ reason }, "reason")}
      />
      <ProblemAlert error={record.error} displayedFields={new Set(["workOrderId", "installerId", "kind", "reason"])} />
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary" disabled={record.isPending}>
          {record.isPending ? t("common.saving") : t("discipline.refusals.submit")}
        </button>
      </div>
    </form>
  );
}

/** Approve the reason (no consequence) or not (proposes the disobedience fine), with an optional note. */
function DecideRefusal({ refusal }: { refusal: DispatchRefusal }) {
  const { t } = useTranslation();
  const decide = useDecideDispatchRefusal(refusal.id);
  const [note, setNote] = useState("");
  return (
    <div className="inline-form">
      <input
        className="input"
        aria-label={t("discipline.refusals.decisionNoteOf", { number: refusal.workOrderNumber ?? "" })}
        placeholder={t("discipline.refusals.decisionNote")}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <button
        type="button"
        className="button button--small"
        disabled={decide.isPending}
        onClick={() => decide.mutate(toRefusalDecision(true, note, refusal.version))}
      >
        {t("discipline.refusals.approve")}
      </button>
      <button
        type="button"
        className="button button--small button--danger"
        disabled={decide.isPending}
        onClick={() => decide.mutate(toRefusalDecision(false, note, refusal.version))}
      >
        {t("discipline.refusals.notApprove")}
      </button>
      <ProblemAlert error={decide.error} />
    </div>
  );
}

/** Assignments an installer refused or ignored, and the office's decision on each reason. */
export function DispatchRefusalsRoute() {
  return (
    <OfficeOnly>
      <DispatchRefusalsPage />
    </OfficeOnly>
  );
}

function DispatchRefusalsPage() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const [status, setStatus] = useState<RefusalStatus | "">("PENDING");
  const refusals = useDispatchRefusals(status || undefined);
  const items = refusals.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeader title={t("discipline.refusals.title")} description={t("discipline.refusals.description")} />
      <DisciplineTabs />
      <RecordRefusalForm />
      <div className="toolbar">
        <label className="toolbar__item">
          <span>{t("discipline.fields.status")}</span>
          <select className="input" value={status} onChange={(e) => setStatus(e.target.value as RefusalStatus | "")}>
            <option value="">{t("common.all")}</option>
            {REFUSAL_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`discipline.refusals.status.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {refusals.isPending && <Loading />}
      {refusals.isError && <ProblemAlert error={refusals.error} />}
      {refusals.isSuccess && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("discipline.refusals.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("discipline.refusals.recordedAt")}</th>
                <th scope="col">{t("discipline.refusals.workOrder")}</th>
                <th scope="col">{t("discipline.fields.installer")}</th>
                <th scope="col">{t("discipline.refusals.kind")}</th>
                <th scope="col">{t("discipline.refusals.reason")}</th>
                <th scope="col">{t("discipline.fields.status")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {items.length === 0 ? (
                <tr>
                  <td colSpan={7} className="empty">
                    {t("common.noItems")}
                  </td>
                </tr>
              ) : (
                items.map((refusal) => (
                  <tr key={refusal.id}>
                    <td className="nowrap">{format.dateTime(refusal.recordedAt)}</td>
                    <td className="nowrap">
                      <Link to={`/work-orders/${refusal.workOrderId}`}>{refusal.workOrderNumber ?? t("discipline.openSource")}</Link>
                    </td>
                    <td className="nowrap">{refusal.installerName}</td>
                    <td className="nowrap">{t(`discipline.refusals.kinds.${refusal.kind}`)}</td>
                    <td>{refusal.reason}</td>
                    <td className="nowrap">
                      <span className={`badge ${STATUS_TONE[refusal.status]}`}>{t(`discipline.refusals.status.${refusal.status}`)}</span>
                      {refusal.decisionNote && <span className="muted small"> {refusal.decisionNote}</span>}
                    </td>
                    <td>{refusal.status === "PENDING" ? <DecideRefusal refusal={refusal} /> : <span className="muted">{refusal.decidedBy}</span>}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore hasMore={refusals.hasNextPage} loading={refusals.isFetchingNextPage} onLoadMore={() => void refusals.fetchNextPage()} />
    </>
  );
}
