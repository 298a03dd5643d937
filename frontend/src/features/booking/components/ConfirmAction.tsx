import { Button, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useBookingAction } from "../api/booking";
import { BookingActionProblem } from "./BookingActionProblem";

/** The customer confirms the appointment the office set, so nobody has to call to check. */
export function ConfirmAction({ trackingCode }: { trackingCode: string }) {
  const { t } = useTranslation();
  const mutation = useBookingAction({ trackingCode });
  return (
    <Flex vertical gap={8} style={{ marginTop: 12 }}>
      <Typography.Text>{t("booking.confirm.hint")}</Typography.Text>
      <BookingActionProblem error={mutation.error} />
      <Button
        type="primary"
        size="large"
        block
        loading={mutation.isPending}
        onClick={() => mutation.mutate({ action: "confirm" })}
      >
        {t("booking.confirm.submit")}
      </Button>
    </Flex>
  );
}
