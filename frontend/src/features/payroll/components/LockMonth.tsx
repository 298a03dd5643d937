import { LockOutlined } from "@ant-design/icons";
import { Alert, Button, Modal, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert, ProblemExplanation } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { useStaffNames } from "@/lib/staff-names";
import { useLockMonth, type PayrollSheet } from "../api/payroll";

/** The month's lock (锁定): once locked the sheet is frozen; corrections go into the next open month. */
export function LockMonth({ sheet }: { sheet: PayrollSheet }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const staffName = useStaffNames();
  const lock = useLockMonth(sheet.month);
  const [confirming, setConfirming] = useState(false);

  if (sheet.locked) {
    return (
      <Alert
        type="info"
        showIcon
        icon={<LockOutlined />}
        role="status"
        style={{ marginBottom: 16 }}
        title={
          <>
            <Tag color="default">{t("payroll.lock.locked")}</Tag>
            {t("payroll.lock.lockedBy", {
              time: sheet.lockedAt ? format.dateTime(sheet.lockedAt) : "",
              by: staffName(sheet.lockedBy),
            })}
          </>
        }
      />
    );
  }
  const refused = lock.error instanceof ApiError && lock.error.status === 409 ? lock.error : null;
  return (
    <>
      <Button danger icon={<LockOutlined />} onClick={() => setConfirming(true)}>
        {t("payroll.lock.open")}
      </Button>
      <Modal
        open={confirming}
        title={t("payroll.lock.confirmTitle", { month: sheet.month })}
        okText={t("payroll.lock.confirm", { month: sheet.month })}
        okButtonProps={{ danger: true, loading: lock.isPending }}
        cancelText={t("common.cancel")}
        onOk={() =>
          lock.mutateAsync().then(
            () => setConfirming(false),
            () => undefined,
          )
        }
        onCancel={() => setConfirming(false)}
      >
        <Typography.Paragraph>{t("payroll.lock.confirmText")}</Typography.Paragraph>
        {refused ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t("payroll.lock.refused")}
            description={<ProblemExplanation error={refused} />}
          />
        ) : (
          <ProblemAlert error={lock.error} />
        )}
      </Modal>
    </>
  );
}
