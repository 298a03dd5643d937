import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useRevokeIntegrationClient, type IntegrationClient } from "../api/integration-clients";

const COLUMNS = 5;

export function IntegrationClientRow({
  client,
  onRevoked,
}: {
  client: IntegrationClient;
  onRevoked: (client: IntegrationClient) => void;
}) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const revoke = useRevokeIntegrationClient();

  function confirmAndRevoke() {
    if (window.confirm(t("integrations.confirmRevoke", { name: client.name, clientId: client.clientId }))) {
      revoke.mutate(client.id, { onSuccess: () => onRevoked(client) });
    }
  }

  return (
    <>
      <tr>
        <td className="strong">{client.name}</td>
        <td>
          <code>{client.clientId}</code>
        </td>
        <td className="nowrap">{format.dateTime(client.createdAt)}</td>
        <td>{client.createdBy}</td>
        <td className="actions">
          <button
            type="button"
            className="button button--small button--danger"
            aria-label={t("integrations.actions.revokeClient", { name: client.name })}
            disabled={revoke.isPending}
            onClick={confirmAndRevoke}
          >
            {t("integrations.actions.revoke")}
          </button>
        </td>
      </tr>
      {revoke.isError && (
        <tr>
          <td colSpan={COLUMNS}>
            <ProblemAlert error={revoke.error} />
          </td>
        </tr>
      )}
    </>
  );
}
