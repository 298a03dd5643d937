import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { TextField } from "@/components/TextField";
import { addDays } from "@/lib/format";
import { useTenantFormat } from "@/lib/current-user";
import { usePartnerQuota } from "../api/partners";
import { quotaRange } from "../model/quota";

/** Units completed per day against the agreement's daily quota, over a chosen range (at most 366 days). */
export function QuotaTab({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const today = format.today();
  const [from, setFrom] = useState(() => addDays(today, -13));
  const [to, setTo] = useState(today);
  const range = quotaRange(from, to);
  const quota = usePartnerQuota(partnerId, from, to, range === "ok");
  return (
    <section className="panel" aria-label={t("partners.tabs.quota")}>
      <div className="toolbar">
        <TextField label={t("partners.quota.from")} name="from" type="date" value={from} onChange={setFrom} />
        <TextField
          label={t("partners.quota.to")}
          name="to"
          type="date"
          value={to}
          error={range === "ok" ? undefined : t(`partners.quota.${range}`)}
          onChange={setTo}
        />
      </div>
      {range === "ok" && quota.isPending && <Loading />}
      {quota.isError && <ProblemAlert error={quota.error} />}
      {quota.data && (
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">{t("partners.tabs.quota")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("partners.quota.day")}</th>
                <th scope="col">{t("partners.quota.unitsCompleted")}</th>
                <th scope="col">{t("partners.fields.dailyQuota")}</th>
                <th scope="col">{t("partners.quota.shortfall")}</th>
              </tr>
            </thead>
            <tbody>
              {quota.data.days.map((day) => (
                <tr key={day.day}>
                  <td className="nowrap">{day.day}</td>
                  <td>{day.unitsCompleted}</td>
                  <td>{day.dailyQuota ?? <span className="muted">{t("partners.quota.noAgreement")}</span>}</td>
                  <td className={day.shortfall ? "strong priority--high" : undefined}>{day.shortfall ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
