import { useTranslation } from "react-i18next";
import type { FollowUp } from "../api/follow-ups";
import { QUESTIONS } from "../model/attempt-form";

/**
 * What to say, in order, for this kind of follow-up: the greeting, the three questions (answered 1–5 in the
 * form below), the request for suggestions, and the thanks.
 */
export function CallScript({ followUp, company }: { followUp: FollowUp; company: string }) {
  const { t } = useTranslation();
  const script = `followUps.script.${followUp.kind}` as const;
  return (
    <section className="panel call-script" aria-labelledby="call-script-title">
      <h2 id="call-script-title" className="panel__title">
        {t("followUps.script.title")}
      </h2>
      <ol className="call-script__steps">
        <li>
          <span className="call-script__step">{t("followUps.script.steps.greeting")}</span>
          {t(`${script}.greeting`, { customer: followUp.customerName, company })}
        </li>
        {QUESTIONS.map((question) => (
          <li key={question}>
            <span className="call-script__step">{t(`followUps.questions.${question}`)}</span>
            {t(`${script}.${question}`)}
            <span className="muted small"> {t("followUps.script.scale")}</span>
          </li>
        ))}
        <li>
          <span className="call-script__step">{t("followUps.script.steps.suggestions")}</span>
          {t(`${script}.suggestions`)}
        </li>
        <li>
          <span className="call-script__step">{t("followUps.script.steps.thanks")}</span>
          {t(`${script}.thanks`)}
        </li>
      </ol>
    </section>
  );
}
