import { UnorderedListOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { LinkButton } from "@/components/LinkButton";
import { PageHeader } from "@/components/PageHeader";
import { IntakeForm } from "../components/IntakeForm";

export function IntakeRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title={t("intake.title")}
        description={t("intake.description")}
        actions={
          <LinkButton to="/service-requests" icon={<UnorderedListOutlined aria-hidden />}>
            {t("serviceRequests.title")}
          </LinkButton>
        }
      />
      <IntakeForm onRegistered={(request) => navigate(`/service-requests/${request.id}`)} />
    </>
  );
}
