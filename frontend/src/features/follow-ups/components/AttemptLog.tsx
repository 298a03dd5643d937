import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import type { FollowUp } from "../api/follow-ups";

/** Every call made so far, oldest first: when, by whom, whether the customer answered, and the note. */
export function AttemptLog({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  return (
    <section className="panel" aria-labelledby="attempt-log-title">
      <h2 id="attempt-log-title" className="panel__title">
        {t("followUps.log.title")}
      </h2>
      {followUp.attemptLog.length === 0 ? (
        <p className="muted">{t("followUps.log.none")}</p>
      ) : (
        <ol className="timeline">
          {followUp.attemptLog.map((attempt, index) => (
            <li key={`${attempt.at}-${index}`} className="timeline__entry">
              <div className="timeline__head">
                <span className="timeline__time nowrap">{format.dateTime(attempt.at)}</span>
                <span className={attempt.reached ? "badge badge--ok" : "badge badge--off"}>
                  {attempt.reached ? t("followUps.log.reached") : t("followUps.log.notReached")}
                </span>
                <span className="muted small">{attempt.by}</span>
              </div>
              {attempt.note && <p className="timeline__details">{attempt.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
