import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useIntegrationClients, type NewIntegrationClient } from "../api/integration-clients";
import { CreateIntegrationClientForm } from "../components/CreateIntegrationClientForm";
import { IntegrationClientRow } from "../components/IntegrationClientRow";
import { NewClientCredentials } from "../components/NewClientCredentials";

export function IntegrationsRoute() {
  const { t } = useTranslation();
  const clients = useIntegrationClients();
  const [creating, setCreating] = useState(false);
  // The only copy of the new secret in the app: page state, never the query cache.
  const [created, setCreated] = useState<NewIntegrationClient | null>(null);

  return (
    <>
      <PageHeader
        title={t("integrations.title")}
        description={t("integrations.description")}
        actions={
          <button
            type="button"
            className="button button--primary"
            aria-expanded={creating}
            onClick={() => setCreating(!creating)}
          >
            {creating ? t("common.close") : t("integrations.create.open")}
          </button>
        }
      />
      {created && <NewClientCredentials created={created} onDone={() => setCreated(null)} />}
      {creating && (
        <CreateIntegrationClientForm
          onCreated={(result) => {
            setCreated(result);
            setCreating(false);
          }}
        />
      )}
      {clients.isPending && <Loading />}
      {clients.isError && <ProblemAlert error={clients.error} />}
      {clients.isSuccess && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("integrations.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("integrations.fields.name")}</th>
                <th scope="col">{t("integrations.fields.clientId")}</th>
                <th scope="col">{t("integrations.fields.createdAt")}</th>
                <th scope="col">{t("integrations.fields.createdBy")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {clients.data.items.length === 0 ? (
                <tr>
                  <td colSpan={5} className="empty">
                    {t("integrations.empty")}
                  </td>
                </tr>
              ) : (
                clients.data.items.map((client) => (
                  <IntegrationClientRow
                    key={client.id}
                    client={client}
                    onRevoked={(revoked) => setCreated((shown) => (shown?.client.id === revoked.id ? null : shown))}
                  />
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
