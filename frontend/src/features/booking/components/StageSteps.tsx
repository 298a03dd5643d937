import { useTranslation } from "react-i18next";
import type { BookingStage } from "../api/booking";
import { stepStates } from "../model/stages";

/** Where the booking stands, as steps; the current one is marked for assistive technology too. */
export function StageSteps({ stage }: { stage: BookingStage }) {
  const { t } = useTranslation();
  if (stage === "CANCELLED") {
    return (
      <p className="alert alert--warning" role="status">
        {t("booking.stage.CANCELLED")}
      </p>
    );
  }
  return (
    <ol className="stage-steps" aria-label={t("booking.track.progress")}>
      {stepStates(stage).map(({ stage: step, state }, index) => (
        <li
          key={step}
          className={`stage-steps__step stage-steps__step--${state}`}
          aria-current={state === "current" ? "step" : undefined}
        >
          <span className="stage-steps__marker" aria-hidden="true">
            {state === "done" ? "✓" : index + 1}
          </span>
          <span className="stage-steps__label">{t(`booking.stage.${step}`)}</span>
          {state === "done" && <span className="visually-hidden"> {t("booking.track.stepDone")}</span>}
        </li>
      ))}
    </ol>
  );
}
