import { StopOutlined } from "@ant-design/icons";
import { App, Button, Popconfirm } from "antd";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useRevokeIntegrationClient, type IntegrationClient } from "../api/integration-clients";

/** Revokes a client after the manager confirms; its secret stops working at once. */
export function RevokeClientButton({
  client,
  onRevoked,
}: {
  client: IntegrationClient;
  onRevoked: (client: IntegrationClient) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const revoke = useRevokeIntegrationClient();
  return (
    <>
      <Popconfirm
        title={t("integrations.confirmRevoke", { name: client.name, clientId: client.clientId })}
        okText={t("integrations.actions.revoke")}
        okButtonProps={{ danger: true }}
        onConfirm={() =>
          revoke.mutateAsync(client.id).then(
            () => {
              void message?.success(t("integrations.revoked", { name: client.name }));
              onRevoked(client);
            },
            () => undefined,
          )
        }
      >
        <Button
          size="small"
          danger
          icon={<StopOutlined />}
          loading={revoke.isPending}
          aria-label={t("integrations.actions.revokeClient", { name: client.name })}
        >
          {t("integrations.actions.revoke")}
        </Button>
      </Popconfirm>
      {revoke.isError && <ProblemAlert error={revoke.error} />}
    </>
  );
}
