import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
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
          <Link to="/expense-claims" className="button">
            {t("expenses.back")}
          </Link>
        }
      />
      <SubmitClaimForm tripId={search.get("tripId") ?? undefined} onSubmitted={(claim) => navigate(`/expense-claims/${claim.id}`)} />
    </>
  );
}
