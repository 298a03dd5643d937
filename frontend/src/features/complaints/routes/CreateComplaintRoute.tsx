import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { CreateComplaintForm } from "../components/CreateComplaintForm";

/** Recording a complaint; `?workOrderId=&installerId=` fill the form when opened from elsewhere. */
export function CreateComplaintRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  return (
    <>
      <PageHeader
        title={t("complaints.create.title")}
        description={t("complaints.create.description")}
        actions={
          <Link to="/complaints" className="button">
            {t("complaints.back")}
          </Link>
        }
      />
      <CreateComplaintForm
        prefill={{ workOrderId: search.get("workOrderId") ?? "", installerId: search.get("installerId") ?? "" }}
        onCreated={(complaint) => navigate(`/complaints/${complaint.id}`)}
      />
    </>
  );
}
