import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser } from "@/lib/current-user";
import { useCampaign, useReloadCampaign } from "../api/campaigns";
import { CampaignForm } from "../components/CampaignForm";
import { CAMPAIGNS_PATH, campaignPath } from "../model/paths";

/** Only managers define and change campaigns (the server checks the same); dispatchers follow them. */
function ManagersOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!me.roles.includes("manager")) return <Alert type="error" showIcon role="alert" title={t("errors.noAccess")} />;
  return children;
}

/** Defining a new campaign: it is saved as a draft, launched from its page. */
export function NewCampaignRoute() {
  return (
    <ManagersOnly>
      <NewCampaign />
    </ManagersOnly>
  );
}

/** Changing a draft; a launched or cancelled campaign no longer changes. */
export function EditCampaignRoute() {
  return (
    <ManagersOnly>
      <EditCampaign />
    </ManagersOnly>
  );
}

function NewCampaign() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title={t("campaigns.create.title")}
        description={t("campaigns.create.description")}
        actions={
          <Link to={CAMPAIGNS_PATH}>
            <ArrowLeftOutlined aria-hidden /> {t("campaigns.back")}
          </Link>
        }
      />
      <CampaignForm onSaved={(campaign) => void navigate(campaignPath(campaign.id))} />
    </>
  );
}

function EditCampaign() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { campaignId = "" } = useParams();
  const campaign = useCampaign(campaignId);
  const reload = useReloadCampaign(campaignId);
  const data = campaign.data;
  const back = (
    <Link to={data ? campaignPath(data.id) : CAMPAIGNS_PATH}>
      <ArrowLeftOutlined aria-hidden /> {data ? t("campaigns.backTo", { number: data.number }) : t("campaigns.back")}
    </Link>
  );
  return (
    <>
      <PageHeader
        title={data ? t("campaigns.edit.title", { name: data.name }) : t("campaigns.edit.titlePlain")}
        actions={back}
      />
      {campaign.isPending && <Loading />}
      {campaign.isError && <ProblemAlert error={campaign.error} />}
      {data && data.status !== "DRAFT" && (
        <Alert type="info" showIcon title={t("campaigns.edit.notDraft", { number: data.number })} />
      )}
      {data && data.status === "DRAFT" && (
        <CampaignForm
          key={data.version}
          campaign={data}
          onSaved={(saved) => void navigate(campaignPath(saved.id))}
          onReload={() => void reload()}
        />
      )}
    </>
  );
}
