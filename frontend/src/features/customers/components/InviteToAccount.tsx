import { SendOutlined } from "@ant-design/icons";
import { Alert, App, Button } from "antd";
import { useTranslation } from "react-i18next";
import { isProblemType } from "@/lib/api/problem";
import { useInviteCustomer } from "@/lib/customer-accounts";

/**
 * Invites the customer to open their own account (an SMS with a code and the sign-up link). When an invitation is
 * pending already, the person may send it again, which gives the customer a new code.
 */
export function useInviteToAccount(customerId: string, name: string) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const invite = useInviteCustomer();

  function send(resend: boolean) {
    invite.mutate(
      { customerId, resend },
      {
        onSuccess: () => void message.success(t("customers.invite.sent", { name })),
        onError: (error) => {
          if (!resend && isProblemType(error, "invitation-pending")) {
            invite.reset();
            modal.confirm({
              title: t("customers.invite.pendingTitle", { name }),
              content: t("customers.invite.pendingText"),
              okText: t("customers.invite.sendAgain"),
              cancelText: t("common.cancel"),
              onOk: () => send(true),
            });
          }
        },
      },
    );
  }

  const button = (
    <Button icon={<SendOutlined aria-hidden />} loading={invite.isPending} onClick={() => send(false)}>
      {t("customers.invite.open")}
    </Button>
  );
  return { button, error: invite.error, hasAccount: isProblemType(invite.error, "account-exists") };
}

/** The invitation's refusal: a customer with an account already is told so plainly. */
export function InviteProblem({ hasAccount, name }: { hasAccount: boolean; name: string }) {
  const { t } = useTranslation();
  if (!hasAccount) return null;
  return <Alert type="info" showIcon role="status" title={t("customers.invite.exists", { name })} />;
}
