import { Card, Steps, Typography } from "antd";
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
  const title = t("followUps.script.title");
  return (
    <Card size="small" title={title} role="region" aria-label={title}>
      <Steps
        orientation="vertical"
        size="small"
        current={-1}
        items={[
          {
            title: t("followUps.script.steps.greeting"),
            content: t(`${script}.greeting`, { customer: followUp.customerName, company }),
          },
          ...QUESTIONS.map((question) => ({
            title: t(`followUps.questions.${question}`),
            content: (
              <>
                {t(`${script}.${question}`)}{" "}
                <Typography.Text type="secondary">{t("followUps.script.scale")}</Typography.Text>
              </>
            ),
          })),
          { title: t("followUps.script.steps.suggestions"), content: t(`${script}.suggestions`) },
          { title: t("followUps.script.steps.thanks"), content: t(`${script}.thanks`) },
        ]}
      />
    </Card>
  );
}
