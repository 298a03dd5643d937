import { Button, Card, Drawer, Empty, Flex, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useCandidates, type AssignCandidate, type DispatchCard } from "../api/dispatch";
import { MoveRefusal, type Refusal } from "./MoveRefusal";
import { useReasonWords } from "@/lib/dispatch-reasons";

interface SuggestDrawerProps {
  card: DispatchCard;
  /** Assigns the order to the installer at its time; a refusal is returned. */
  onAssign: (card: DispatchCard, installerId: string) => Promise<Refusal | null>;
  onClose: () => void;
  nameOf: (installerId: string) => string;
}

/**
 * "Suggest installers": everyone checked as the assign action would check them, ranked as a dispatcher chooses
 * (eligible, of the order's service point, fewest jobs that day, shortest road from the previous job), each with
 * why in words and an Assign button for those who may take it.
 */
export function SuggestDrawer({ card, onAssign, onClose, nameOf }: SuggestDrawerProps) {
  const { t, i18n } = useTranslation();
  const format = useTenantFormat();
  const reasonWords = useReasonWords();
  const candidates = useCandidates(card.id, card.version);
  const [sending, setSending] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const day = candidates.data?.day ?? format.localDate(card.appointment.start);
  const km = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const title = t("dispatch.console.suggest.title", { number: card.number, customer: card.customerName });

  async function assign(candidate: AssignCandidate) {
    setSending(candidate.installerId);
    setRefusal(null);
    try {
      const refused = await onAssign(card, candidate.installerId);
      if (refused) {
        setRefusal(refused);
        void candidates.refetch();
      } else onClose();
    } finally {
      setSending(null);
    }
  }

  function facts(candidate: AssignCandidate): string[] {
    const lines: string[] = [];
    if (candidate.distanceKm !== undefined) {
      lines.push(
        candidate.previousOrderNumber
          ? t("dispatch.console.suggest.distanceFrom", {
              km: km.format(candidate.distanceKm),
              number: candidate.previousOrderNumber,
            })
          : t("dispatch.console.suggest.distanceFromCheckIn", { km: km.format(candidate.distanceKm) }),
      );
    }
    lines.push(t("dispatch.console.suggest.jobs", { count: candidate.jobsThatDay }));
    if (candidate.sameServicePoint === true) lines.push(t("dispatch.console.suggest.sameServicePoint"));
    if (candidate.sameServicePoint === false) lines.push(t("dispatch.console.suggest.otherServicePoint"));
    return lines;
  }

  return (
    <Drawer open title={title} size="large" onClose={onClose} destroyOnHidden>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {t("dispatch.console.suggest.context", {
            window: `${format.time(card.appointment.start)}–${format.time(card.appointment.end)}`,
            qualifications:
              card.requiredQualifications.length > 0
                ? card.requiredQualifications.map((q) => t(`qualifications.${q}`)).join("、")
                : t("dispatch.assign.noQualifications"),
          })}
        </Typography.Text>
        {refusal && <MoveRefusal refusal={refusal} day={day} nameOf={nameOf} onClose={() => setRefusal(null)} />}
        {candidates.isPending && <Loading />}
        {candidates.isError && (
          <ProblemAlert error={candidates.error}>
            <Button onClick={() => void candidates.refetch()}>{t("common.retry")}</Button>
          </ProblemAlert>
        )}
        {candidates.data &&
          (candidates.data.items.length === 0 ? (
            <Empty description={t("dispatch.assign.noInstallers")} />
          ) : (
            <ol className="dispatch-suggest" aria-label={t("dispatch.console.suggest.list")}>
              {candidates.data.items.map((candidate, index) => (
                <li
                  key={candidate.installerId}
                  aria-label={t("dispatch.console.suggest.rank", { rank: index + 1, name: candidate.displayName })}
                >
                  <Card size="small">
                    <Flex gap={12} align="flex-start" justify="space-between" wrap>
                      <Flex gap={12} align="flex-start" style={{ minWidth: 0, flex: "1 1 240px" }}>
                        <span className="dispatch-suggest__rank" aria-hidden>
                          {index + 1}
                        </span>
                        <Flex vertical gap={4} style={{ minWidth: 0 }}>
                          <Flex gap={8} wrap align="center">
                            <Typography.Text strong>{candidate.displayName}</Typography.Text>
                            {candidate.eligible ? (
                              <Tag color="success">{t("dispatch.assign.ok")}</Tag>
                            ) : (
                              <Tag color="error">{t("dispatch.assign.notEligible")}</Tag>
                            )}
                            {candidate.installerId === card.leadInstallerId && (
                              <Tag>{t("dispatch.console.suggest.current")}</Tag>
                            )}
                          </Flex>
                          <ul className="dispatch-suggest__facts">
                            {[...candidate.reasons.map((reason) => reasonWords(reason, day)), ...facts(candidate)].map(
                              (line) => (
                                <li key={line}>{line}</li>
                              ),
                            )}
                          </ul>
                        </Flex>
                      </Flex>
                      {candidate.eligible && candidate.installerId !== card.leadInstallerId && (
                        <Button
                          type={index === 0 ? "primary" : "default"}
                          loading={sending === candidate.installerId}
                          disabled={sending !== null && sending !== candidate.installerId}
                          aria-label={t("dispatch.console.suggest.assignTo", { name: candidate.displayName })}
                          onClick={() => void assign(candidate)}
                        >
                          {t("dispatch.console.suggest.assign")}
                        </Button>
                      )}
                    </Flex>
                  </Card>
                </li>
              ))}
            </ol>
          ))}
      </Flex>
    </Drawer>
  );
}
