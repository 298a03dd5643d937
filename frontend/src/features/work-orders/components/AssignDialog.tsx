import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ProblemDetails } from "@/components/ProblemAlert";
import { ApiError, isProblemType } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { useOrderAction, type Installer, type WorkOrder } from "../api/work-orders";
import {
  appointmentDay,
  dispatchWarnings,
  refusalsByInstaller,
  type DispatchWarning,
} from "../model/dispatch-warnings";
import { ActionProblem } from "./ActionProblem";

interface AssignDialogProps {
  order: WorkOrder;
  installers: readonly Installer[];
  /** The tenant's other work orders, for overlapping appointments. */
  orders: readonly WorkOrder[];
  onClose: () => void;
}

export function WarningText({ warning }: { warning: DispatchWarning }) {
  const { t } = useTranslation();
  switch (warning.kind) {
    case "inactive":
      return <>{t("dispatch.warnings.inactive")}</>;
    case "noCertificate":
      return <>{t("dispatch.warnings.noCertificate", { certificate: t(`qualifications.${warning.qualification}`) })}</>;
    case "certificateExpired":
      return (
        <>
          {t("dispatch.warnings.certificateExpired", {
            certificate: t(`qualifications.${warning.qualification}`),
            date: warning.validTo,
          })}
        </>
      );
    case "certificateNotYetValid":
      return (
        <>
          {t("dispatch.warnings.certificateNotYetValid", {
            certificate: t(`qualifications.${warning.qualification}`),
            date: warning.validFrom,
          })}
        </>
      );
    case "overlap":
      return <>{t("dispatch.warnings.overlap", { orders: warning.orders.join("、") })}</>;
  }
}

/**
 * Choose the lead installer and helpers. Each installer shows beforehand what speaks against them for this
 * order's qualifications and appointment; if the server still refuses, its reason appears at that installer.
 */
export function AssignDialog({ order, installers, orders, onClose }: AssignDialogProps) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const { mutation, reload } = useOrderAction(order);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [lead, setLead] = useState<string | null>(order.leadInstallerId ?? null);
  const [helpers, setHelpers] = useState<string[]>(order.helperIds);
  const [sent, setSent] = useState<{ leadInstallerId: string; helperIds: string[] } | null>(null);
  const [leadMissing, setLeadMissing] = useState(false);
  const day = appointmentDay(order, format.timeZone);

  useEffect(() => titleRef.current?.focus(), []);
  useEffect(() => {
    const close = (event: KeyboardEvent) => event.key === "Escape" && onClose();
    window.addEventListener("keydown", close);
    return () => window.removeEventListener("keydown", close);
  }, [onClose]);

  const rows = useMemo(
    () =>
      installers
        .map((installer) => ({ installer, warnings: dispatchWarnings(order, installer, orders, format.timeZone) }))
        // Installers who can take the job first; then by name.
        .sort(
          (a, b) =>
            Number(a.warnings.length > 0) - Number(b.warnings.length > 0) ||
            a.installer.displayName.localeCompare(b.installer.displayName, "zh-CN"),
        ),
    [installers, order, orders, format.timeZone],
  );

  const refused = isProblemType(mutation.error, "installer-not-dispatchable");
  const refusals =
    refused && sent && mutation.error instanceof ApiError
      ? refusalsByInstaller(mutation.error.problem?.errors ?? [], sent)
      : {};

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!lead) {
      setLeadMissing(true);
      return;
    }
    const body = { version: order.version, leadInstallerId: lead, helperIds: helpers.filter((id) => id !== lead) };
    setSent({ leadInstallerId: body.leadInstallerId, helperIds: body.helperIds });
    mutation.mutate({ action: order.status === "NEW" ? "assign" : "reassign", body }, { onSuccess: onClose });
  }

  const required = order.requiredQualifications;

  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="assign-title">
        <form onSubmit={submit} noValidate>
          <header className="dialog__header">
            <h2 id="assign-title" className="panel__title" tabIndex={-1} ref={titleRef}>
              {t("dispatch.assign.title", { number: order.number })}
            </h2>
            <p className="muted small">
              {t("dispatch.assign.context", {
                day,
                window: `${format.time(order.appointment.start)}–${format.time(order.appointment.end)}`,
                qualifications:
                  required.length > 0
                    ? required.map((q) => t(`qualifications.${q}`)).join("、")
                    : t("dispatch.assign.noQualifications"),
              })}
            </p>
          </header>
          {refused && (
            <div className="alert alert--error" role="alert">
              <p className="alert__headline">{t("dispatch.assign.refused")}</p>
              {/* The reasons stand at the installers; the server's whole answer is under Details. */}
              <ProblemDetails error={mutation.error} />
            </div>
          )}
          {!refused && <ActionProblem error={mutation.error} onReload={reload} />}
          {leadMissing && (
            <p className="field__error" role="alert">
              {t("dispatch.assign.leadRequired")}
            </p>
          )}
          <div className="table-wrap dialog__body">
            <table className="table">
              <caption className="visually-hidden">{t("dispatch.assign.installers")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("dispatch.assign.lead")}</th>
                  <th scope="col">{t("dispatch.assign.helper")}</th>
                  <th scope="col">{t("dispatch.assign.installer")}</th>
                  <th scope="col">{t("dispatch.assign.certificates")}</th>
                  <th scope="col">{t("dispatch.assign.check")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.length === 0 && (
                  <tr>
                    <td colSpan={5} className="empty">
                      {t("dispatch.assign.noInstallers")}
                    </td>
                  </tr>
                )}
                {rows.map(({ installer, warnings }) => {
                  const refusal = refusals[installer.id];
                  return (
                    <tr key={installer.id} className={warnings.length > 0 || refusal ? "row--warning" : undefined}>
                      <td>
                        <input
                          type="radio"
                          name="leadInstallerId"
                          aria-label={t("dispatch.assign.leadOf", { name: installer.displayName })}
                          checked={lead === installer.id}
                          onChange={() => {
                            setLead(installer.id);
                            setLeadMissing(false);
                            setHelpers((current) => current.filter((id) => id !== installer.id));
                          }}
                        />
                      </td>
                      <td>
                        <input
                          type="checkbox"
                          name="helperIds"
                          aria-label={t("dispatch.assign.helperOf", { name: installer.displayName })}
                          disabled={lead === installer.id}
                          checked={helpers.includes(installer.id)}
                          onChange={(event) =>
                            setHelpers((current) =>
                              event.target.checked ? [...current, installer.id] : current.filter((id) => id !== installer.id),
                            )
                          }
                        />
                      </td>
                      <td>
                        <span className="strong">{installer.displayName}</span>
                        <div className="muted small">{installer.username}</div>
                      </td>
                      <td>
                        {installer.certifications
                          .filter((c) => required.includes(c.type))
                          .map((c) => (
                            <div key={c.id} className="small nowrap">
                              {t(`qualifications.${c.type}`)} {c.validFrom} ~ {c.validTo}
                            </div>
                          ))}
                      </td>
                      <td>
                        {warnings.length === 0 && !refusal && (
                          <span className="status status--ok">{t("dispatch.assign.ok")}</span>
                        )}
                        {warnings.length > 0 && (
                          <ul className="warning-list" aria-label={t("dispatch.assign.warningsOf", { name: installer.displayName })}>
                            {warnings.map((warning, index) => (
                              <li key={index}>
                                <WarningText warning={warning} />
                              </li>
                            ))}
                          </ul>
                        )}
                        {refusal && (
                          <p className="field__error">{t("dispatch.assign.serverRefusal", { reason: refusal })}</p>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <footer className="dialog__footer">
            <button type="submit" className="button button--primary" disabled={mutation.isPending}>
              {mutation.isPending ? t("common.saving") : t("dispatch.assign.submit")}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t("common.cancel")}
            </button>
          </footer>
        </form>
      </div>
    </div>
  );
}
