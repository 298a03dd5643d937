import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useFollowUp, type FollowUp } from "../api/follow-ups";
import { AttemptForm } from "../components/AttemptForm";
import { AttemptLog } from "../components/AttemptLog";
import { CallScript } from "../components/CallScript";
import { FollowUpFacts } from "../components/FollowUpFacts";

/** What the last recorded call led to, said once right after it. */
function RecordedOutcome({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  let text: string;
  if (followUp.status === "COMPLETED") text = t("followUps.outcome.completed");
  else if (followUp.status === "UNREACHABLE") text = t("followUps.outcome.unreachable", { count: followUp.attempts });
  else text = t("followUps.outcome.retry", { time: format.dateTime(followUp.nextAttemptAt) });
  return (
    <div className="alert alert--ok" role="status">
      <p className="alert__headline">{text}</p>
    </div>
  );
}

/** One follow-up: the call script and the call's outcome while it is open, the calls made so far beside it. */
export function FollowUpDetailRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { followUpId = "" } = useParams();
  const detail = useFollowUp(followUpId);
  const followUp = detail.data;
  const [recorded, setRecorded] = useState<FollowUp | null>(null);

  return (
    <>
      <PageHeader
        title={followUp ? `${followUp.number} · ${t(`followUps.kind.${followUp.kind}`)}` : t("followUps.detail.title")}
        actions={
          <Link to="/follow-ups" className="button">
            {t("followUps.back")}
          </Link>
        }
      />
      {detail.isPending && <Loading />}
      {detail.isError && <ProblemAlert error={detail.error} />}
      {followUp && (
        <>
          {recorded && recorded.version === followUp.version && <RecordedOutcome followUp={followUp} />}
          {followUp.objectionId && (
            <div className="alert alert--warning" role="status">
              <p className="alert__headline">{t("followUps.objectionOpened")}</p>
              <Link to={`/objections/${followUp.objectionId}`} className="strong">
                {t("followUps.openObjection")}
              </Link>
            </div>
          )}
          <div className="detail-grid">
            <div>
              <FollowUpFacts followUp={followUp} />
              {followUp.status === "OPEN" && (
                <>
                  <CallScript followUp={followUp} company={me.tenant?.name ?? ""} />
                  {/* A fresh form for the next call once one is recorded. */}
                  <AttemptForm key={followUp.version} followUp={followUp} onRecorded={setRecorded} />
                </>
              )}
            </div>
            <AttemptLog followUp={followUp} />
          </div>
        </>
      )}
    </>
  );
}
