import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { isStaleVersion } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { useRemoveCertification, useUpdateInstaller, type Installer } from "../api/installers";
import { AddCertificationForm } from "./AddCertificationForm";
import { CertificateChip } from "./CertificateChip";
import { CertificateScans } from "./CertificateScans";
import { LeaveRequests } from "./LeaveRequests";

const COLUMNS = 7;

type Panel = "certificate" | "scans" | "leave";

/**
 * One installer: contact, hours, certificates with their validity and scans; the manager adds certificates and
 * their scans and decides leave.
 */
export function InstallerRow({ installer, canManage }: { installer: Installer; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const today = format.today();
  const update = useUpdateInstaller();
  const remove = useRemoveCertification();
  const [open, setOpen] = useState<Panel | null>(null);
  const active = installer.status === "ACTIVE";
  const name = installer.displayName;
  const error = update.error ?? remove.error;

  function toggle(panel: Panel) {
    setOpen(open === panel ? null : panel);
  }

  return (
    <>
      <tr className={active ? undefined : "row--disabled"}>
        <td>
          <span className="strong">{name}</span>
          <div className="muted small">{installer.username}</div>
        </td>
        <td className="nowrap">{installer.phone}</td>
        <td>
          <span className={active ? "badge badge--ok" : "badge badge--off"}>{t(`installers.status.${installer.status}`)}</span>
        </td>
        <td>
          {installer.certifications.length === 0 && <span className="muted">{t("installers.certificates.none")}</span>}
          <div className="certificates">
            {installer.certifications.map((certificate) => (
              <CertificateChip
                key={certificate.id}
                certificate={certificate}
                today={today}
                onRemove={
                  canManage
                    ? () => {
                        if (window.confirm(t("installers.certificates.confirmRemove", { number: certificate.number }))) {
                          remove.mutate({ installerId: installer.id, certificationId: certificate.id });
                        }
                      }
                    : undefined
                }
              />
            ))}
          </div>
        </td>
        <td className="small">{installer.skills.join("、") || <span className="muted">—</span>}</td>
        <td className="nowrap">
          {installer.workingHours.start}–{installer.workingHours.end}
        </td>
        <td className="actions">
          {canManage && (
            <button
              type="button"
              className="button button--small"
              aria-expanded={open === "certificate"}
              aria-label={t("installers.certificates.addFor", { name })}
              onClick={() => toggle("certificate")}
            >
              {t("installers.certificates.add")}
            </button>
          )}
          {installer.certifications.length > 0 && (
            <button
              type="button"
              className="button button--small"
              aria-expanded={open === "scans"}
              aria-label={t("installers.scans.showFor", { name })}
              onClick={() => toggle("scans")}
            >
              {t("installers.scans.show")}
            </button>
          )}
          <button
            type="button"
            className="button button--small"
            aria-expanded={open === "leave"}
            aria-label={t("installers.leave.showFor", { name })}
            onClick={() => toggle("leave")}
          >
            {t("installers.leave.show")}
          </button>
          {canManage && (
            <button
              type="button"
              className="button button--small"
              disabled={update.isPending}
              aria-label={t(active ? "installers.actions.deactivateOf" : "installers.actions.activateOf", { name })}
              onClick={() =>
                update.mutate({
                  installerId: installer.id,
                  body: { version: installer.version, status: active ? "INACTIVE" : "ACTIVE" },
                })
              }
            >
              {active ? t("installers.actions.deactivate") : t("installers.actions.activate")}
            </button>
          )}
        </td>
      </tr>
      {open && (
        <tr className="row--editor">
          <td colSpan={COLUMNS}>
            {open === "certificate" && <AddCertificationForm installer={installer} onDone={() => setOpen(null)} />}
            {open === "scans" && <CertificateScans installer={installer} canManage={canManage} />}
            {open === "leave" && <LeaveRequests installer={installer} canDecide={canManage} />}
          </td>
        </tr>
      )}
      {error != null && (
        <tr>
          <td colSpan={COLUMNS}>
            {isStaleVersion(error) ? (
              <div className="alert alert--warning" role="alert">
                <p className="alert__headline">{t("errors.stale")}</p>
                <button type="button" className="button button--small" onClick={() => update.reset()}>
                  {t("common.reload")}
                </button>
              </div>
            ) : (
              <ProblemAlert error={error} />
            )}
          </td>
        </tr>
      )}
    </>
  );
}
