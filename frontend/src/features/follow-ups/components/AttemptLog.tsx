import { Tag, Typography, type TimelineProps } from "antd";
import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import { useStaffNames } from "@/lib/staff-names";
import type { FollowUp } from "../api/follow-ups";

/** Every call made so far, oldest first, as timeline entries: when, by whom, whether the customer answered, the note. */
export function useAttemptLog(followUp: FollowUp | undefined): NonNullable<TimelineProps["items"]> {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const nameOf = useStaffNames();
  return (followUp?.attemptLog ?? []).map((attempt, index) => ({
    key: `${attempt.at}-${index}`,
    color: attempt.reached ? "green" : "gray",
    content: (
      <>
        <Typography.Text style={{ marginInlineEnd: 8 }}>{format.dateTime(attempt.at)}</Typography.Text>
        <Tag color={attempt.reached ? "green" : "default"}>
          {attempt.reached ? t("followUps.log.reached") : t("followUps.log.notReached")}
        </Tag>
        <Typography.Text type="secondary">{nameOf(attempt.by)}</Typography.Text>
        {attempt.note && <Typography.Paragraph style={{ margin: "4px 0 0" }}>{attempt.note}</Typography.Paragraph>}
      </>
    ),
  }));
}
