import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { InstallerSelect } from "@/components/InstallerSelect";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { TextField } from "@/components/TextField";
import { fieldErrorsOf } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { localTimeOf, zonedDateTimeToIso } from "@/lib/format";
import { useRecordUnansweredCall, useUnansweredCalls, type UnansweredCall } from "../api/discipline";
import { DisciplineTabs } from "../components/DisciplineTabs";
import { OfficeOnly } from "../components/OfficeOnly";
import { toUnansweredCall, validateUnansweredCall, type DisciplineProblem, type UnansweredCallForm } from "../model/discipline";

function RecordCallForm({ onRecorded }: { onRecorded: (call: UnansweredCall) => void }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const record = useRecordUnansweredCall();
  const empty = (): UnansweredCallForm => ({
    installerId: "",
    date: format.today(),
    time: localTimeOf(new Date(), format.timeZone),
    note: "",
  });
  const [form, setForm] = useState<UnansweredCallForm>(empty);
  const [problems, setProblems] = useState<Record<string, DisciplineProblem>>({});
  const server = fieldErrorsOf(record.error);

  function message(path: string) {
    const problem = problems[path];
    if (problem === undefined) return server[path];
    return problem === "required" ? t("validation.required") : t(`discipline.errors.${problem}`);
  }

  function update(change: Partial<UnansweredCallForm>, path: string) {
    setForm((current) => ({ ...current, ...change }));
    setProblems(({ [path]: _cleared, ...rest }) => rest);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const calledAt = zonedDateTimeToIso(form.date, form.time, format.timeZone);
    const found = validateUnansweredCall(form, calledAt, new Date());
    setProblems(found);
    if (Object.keys(found).length > 0 || calledAt === null) return;
    record.mutate(toUnansweredCall(form, calledAt), {
      onSuccess: (call) => {
        setForm(empty());
        onRecorded(call);
      },
    });
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-label={t("discipline.calls.record")}>
      <h2 className="panel__title">{t("discipline.calls.record")}</h2>
      <p className="panel__description">{t("discipline.calls.hint")}</p>
      <div className="field-grid">
        <InstallerSelect
          label={t("discipline.fields.installer")}
          name="installerId"
          value={form.installerId}
          emptyLabel={t("discipline.choose")}
          error={message("installerId")}
          onChange={(installerId) => update({ installerId }, "installerId")}
        />
        <Field label={t("discipline.calls.calledAt")} error={message("calledAt")}>
          {(props) => (
            <span className="inline-group">
              <input
                {...props}
                name="calledAt"
                type="date"
                className="input"
                value={form.date}
                onChange={(event) => update({ date: event.target.value }, "calledAt")}
              />
              <input
                type="time"
                aria-label={t("discipline.calls.calledAtTime")}
                className="input input--time"
                value={form.time}
                onChange={(event) => update({ time: event.target.value }, "calledAt")}
              />
            </span>
          )}
        </Field>
        <TextField label={t("discipline.calls.note")} name="note" value={form.note} error={message("note")} onChange={(note) => update({ note }, "note")} />
      </div>
      <ProblemAlert error={record.error} displayedFields={new Set(["installerId", "calledAt", "note"])} />
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary" disabled={record.isPending}>
          {record.isPending ? t("common.saving") : t("discipline.calls.submit")}
        </button>
      </div>
    </form>
  );
}

/** Calls to installers nobody answered; within phone-duty hours each proposes the unreachable fine. */
export function UnansweredCallsRoute() {
  return (
    <OfficeOnly>
      <UnansweredCallsPage />
    </OfficeOnly>
  );
}

function UnansweredCallsPage() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const [installerId, setInstallerId] = useState("");
  const calls = useUnansweredCalls(installerId || undefined);
  const items = calls.data?.pages.flatMap((page) => page.items) ?? [];
  const [recorded, setRecorded] = useState<UnansweredCall | null>(null);
  return (
    <>
      <PageHeader title={t("discipline.calls.title")} description={t("discipline.calls.description")} />
      <DisciplineTabs />
      <RecordCallForm onRecorded={setRecorded} />
      {recorded && (
        <p className="alert alert--ok" role="status">
          {t(recorded.withinDuty ? "discipline.calls.recordedWithinDuty" : "discipline.calls.recordedOffDuty", { name: recorded.installerName ?? "" })}
        </p>
      )}
      <div className="toolbar">
        <div className="toolbar__item">
          <InstallerSelect
            label={t("discipline.fields.installer")}
            name="filterInstallerId"
            value={installerId}
            emptyLabel={t("common.all")}
            onChange={setInstallerId}
          />
        </div>
      </div>
      {calls.isPending && <Loading />}
      {calls.isError && <ProblemAlert error={calls.error} />}
      {calls.isSuccess && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("discipline.calls.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("discipline.calls.calledAt")}</th>
                <th scope="col">{t("discipline.fields.installer")}</th>
                <th scope="col">{t("discipline.calls.withinDuty")}</th>
                <th scope="col">{t("discipline.calls.note")}</th>
                <th scope="col">{t("discipline.calls.recordedBy")}</th>
              </tr>
            </thead>
            <tbody>
              {items.length === 0 ? (
                <tr>
                  <td colSpan={5} className="empty">
                    {t("common.noItems")}
                  </td>
                </tr>
              ) : (
                items.map((call) => (
                  <tr key={call.id}>
                    <td className="nowrap">{format.dateTime(call.calledAt)}</td>
                    <td className="nowrap">{call.installerName}</td>
                    <td className="nowrap">
                      {call.withinDuty ? (
                        <span className="badge badge--late">{t("discipline.calls.fineProposed")}</span>
                      ) : (
                        <span className="muted">{t("discipline.calls.offDuty")}</span>
                      )}
                    </td>
                    <td>{call.note}</td>
                    <td className="nowrap muted">
                      {call.recordedBy} {format.dateTime(call.recordedAt)}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore hasMore={calls.hasNextPage} loading={calls.isFetchingNextPage} onLoadMore={() => void calls.fetchNextPage()} />
    </>
  );
}
