import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxField } from "@/components/CheckboxField";
import { Loading } from "@/components/Loading";
import { ProblemAlert, ProblemDetails } from "@/components/ProblemAlert";
import { isProblemType, isStaleVersion } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { useDecideLeave, useLeaveRequests, type Installer, type LeaveRequest } from "../api/installers";

function Decision({ installerId, request }: { installerId: string; request: LeaveRequest }) {
  const { t } = useTranslation();
  const decide = useDecideLeave(installerId);
  const [note, setNote] = useState("");
  const [override, setOverride] = useState(false);
  const openAssignments = isProblemType(decide.error, "open-assignments");
  const period = `${request.firstDay} ~ ${request.lastDay}`;

  function send(approve: boolean) {
    decide.mutate({
      leaveRequestId: request.id,
      body: {
        version: request.version,
        approve,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(approve && override ? { overrideOpenOrders: true } : {}),
      },
    });
  }

  return (
    <div className="leave-decision">
      <input
        className="input input--small"
        aria-label={t("installers.leave.noteFor", { period })}
        placeholder={t("installers.leave.note")}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <button
        type="button"
        className="button button--small button--primary"
        disabled={decide.isPending || (openAssignments && !override)}
        onClick={() => send(true)}
      >
        {t("installers.leave.approve")}
      </button>
      <button type="button" className="button button--small" disabled={decide.isPending} onClick={() => send(false)}>
        {t("installers.leave.reject")}
      </button>
      {openAssignments && (
        <div className="alert alert--warning" role="alert">
          <p className="alert__headline">{t("installers.leave.openAssignments")}</p>
          <ProblemDetails error={decide.error} />
          <CheckboxField
            name="overrideOpenOrders"
            label={t("installers.leave.override")}
            checked={override}
            onChange={setOverride}
          />
        </div>
      )}
      {isStaleVersion(decide.error) && (
        <div className="alert alert--warning" role="alert">
          <p className="alert__headline">{t("errors.stale")}</p>
          <button type="button" className="button button--small" onClick={() => decide.reset()}>
            {t("common.reload")}
          </button>
        </div>
      )}
      {!openAssignments && !isStaleVersion(decide.error) && <ProblemAlert error={decide.error} />}
    </div>
  );
}

/** An installer's leave requests, latest first; the manager approves or rejects the open ones. */
export function LeaveRequests({ installer, canDecide }: { installer: Installer; canDecide: boolean }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const leave = useLeaveRequests(installer.id, true);
  return (
    <div className="leave" aria-label={t("installers.leave.of", { name: installer.displayName })} role="region">
      <h3 className="panel__subtitle">{t("installers.leave.of", { name: installer.displayName })}</h3>
      {leave.isPending && <Loading />}
      <ProblemAlert error={leave.error} />
      {leave.data && leave.data.length === 0 && <p className="muted">{t("installers.leave.none")}</p>}
      {leave.data && leave.data.length > 0 && (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t("installers.leave.period")}</th>
              <th scope="col">{t("installers.leave.reason")}</th>
              <th scope="col">{t("installers.leave.status")}</th>
              <th scope="col">{t("installers.leave.decision")}</th>
            </tr>
          </thead>
          <tbody>
            {leave.data.map((request) => (
              <tr key={request.id}>
                <td className="nowrap">
                  {request.firstDay} ~ {request.lastDay}
                </td>
                <td>{request.reason}</td>
                <td>
                  <span className={`badge badge--leave-${request.status.toLowerCase()}`}>
                    {t(`installers.leave.statuses.${request.status}`)}
                  </span>
                </td>
                <td>
                  {request.status === "REQUESTED" && canDecide && <Decision installerId={installer.id} request={request} />}
                  {request.status !== "REQUESTED" && (
                    <span className="small">
                      {request.decidedBy} {request.decidedAt ? format.dateTime(request.decidedAt) : ""}
                      {request.decisionNote ? ` · ${request.decisionNote}` : ""}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
