import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
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
          <Link to="/service-requests" className="button">
            {t("serviceRequests.title")}
          </Link>
        }
      />
      <IntakeForm onRegistered={(request) => navigate(`/service-requests/${request.id}`)} />
    </>
  );
}
