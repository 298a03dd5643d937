import { Alert, Steps, type StepsProps } from "antd";
import { useTranslation } from "react-i18next";
import type { BookingStage } from "../api/booking";
import { stepStates } from "../model/stages";

const STATUS = { done: "finish", current: "process", upcoming: "wait" } as const;

/** Where the booking stands, as steps; a list whose current step is marked for assistive technology too. */
export function StageSteps({ stage }: { stage: BookingStage }) {
  const { t } = useTranslation();
  if (stage === "CANCELLED") {
    return <Alert type="warning" showIcon role="status" title={t("booking.stage.CANCELLED")} />;
  }
  // antd puts extra item properties on the step's element: each step is a list item, the current one marked.
  const items = stepStates(stage).map(({ stage: step, state }) => ({
    key: step,
    status: STATUS[state],
    title: (
      <>
        {t(`booking.stage.${step}`)}
        {state === "done" && <span className="visually-hidden"> {t("booking.track.stepDone")}</span>}
      </>
    ),
    role: "listitem",
    "aria-current": state === "current" ? ("step" as const) : undefined,
  })) as unknown as StepsProps["items"];
  return (
    <Steps
      {...({ role: "list" } as object)}
      aria-label={t("booking.track.progress")}
      size="small"
      orientation="vertical"
      items={items}
    />
  );
}
