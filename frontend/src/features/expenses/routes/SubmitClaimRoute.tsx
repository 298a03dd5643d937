import { ArrowLeftOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { LinkButton } from "@/components/LinkButton";
import { PageHeader } from "@/components/PageHeader";
import { SubmitClaimForm } from "../components/SubmitClaimForm";

/** Submitting an expense claim; `?tripId=` picks the trip when opened from it. */
export function SubmitClaimRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  return (
    <>
      <PageHeader
        title={t("expenses.submit.title")}
        description={t("expenses.submit.description")}
        actions={
          <LinkButton to="/expense-claims" icon={<ArrowLeftOutlined />}>
            {t("expenses.back")}
          </LinkButton>
        }
      />
      <SubmitClaimForm
        tripId={search.get("tripId") ?? undefined}
        onSubmitted={(claim) => void navigate(`/expense-claims/${claim.id}`)}
      />
    </>
  );
}
