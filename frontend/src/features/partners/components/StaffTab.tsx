import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { ProblemAlert } from "@/components/ProblemAlert";
import { personName } from "@/lib/format";
import { usePartnerAccounts, useLinkStaff, type Partner } from "../api/partners";

/** The partner's own staff (accounts with the role partner): they see its orders and statements in the portal. */
export function StaffTab({ partner }: { partner: Partner }) {
  const { t, i18n } = useTranslation();
  const accounts = usePartnerAccounts(true);
  const link = useLinkStaff(partner.id);
  const [chosen, setChosen] = useState("");
  const linked = new Set(partner.staff.map((member) => member.staffUserId));
  const candidates = (accounts.data ?? []).filter((account) => !linked.has(account.id));
  return (
    <section className="panel" aria-label={t("partners.tabs.staff")}>
      <ul className="plain-list">
        {partner.staff.length === 0 && <li className="muted">{t("partners.staff.none")}</li>}
        {partner.staff.map((member) => (
          <li key={member.staffUserId}>
            {personName(member.firstName, member.lastName, i18n.language) || member.username}{" "}
            <span className="muted small">{member.username}</span>{" "}
            <button
              type="button"
              className="button button--small button--quiet"
              disabled={link.isPending}
              onClick={() => link.mutate({ link: false, staffUserId: member.staffUserId })}
            >
              {t("partners.staff.unlink")}
            </button>
          </li>
        ))}
      </ul>
      <div className="toolbar">
        <Field label={t("partners.staff.account")} hint={t("partners.staff.hint")}>
          {(props) => (
            <select {...props} className="input" value={chosen} onChange={(event) => setChosen(event.target.value)}>
              <option value="">{t("partners.staff.choose")}</option>
              {candidates.map((account) => (
                <option key={account.id} value={account.id}>
                  {personName(account.firstName, account.lastName, i18n.language) || account.username} ({account.username})
                </option>
              ))}
            </select>
          )}
        </Field>
        <button
          type="button"
          className="button button--primary"
          disabled={!chosen || link.isPending}
          onClick={() => link.mutate({ link: true, staffUserId: chosen }, { onSuccess: () => setChosen("") })}
        >
          {t("partners.staff.link")}
        </button>
      </div>
      <ProblemAlert error={accounts.error ?? link.error} />
    </section>
  );
}
