import { Alert, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ProblemDetails } from "@/components/ProblemAlert";
import { ApiError, isProblemType } from "@/lib/api/problem";
import { problemText, readableServerMessage } from "@/lib/api/problem-text";
import type { CandidateReason } from "../api/dispatch";
import type { MoveOutcome } from "../api/move-order";
import { crewRefusals } from "../model/moves";
import { useReasonWords } from "@/lib/dispatch-reasons";

/** A move that did not happen: where the order was meant to go, and what the board or the server said against it. */
export interface Refusal {
  orderNumber: string;
  installerId: string;
  installerName: string;
  /** "10:00": the new start, when the time was to change. */
  time: string;
  /** Reasons seen on the board before anything was sent. */
  reasons?: CandidateReason[];
  /** The server's refusal. */
  outcome?: Extract<MoveOutcome, { ok: false }>;
}

interface MoveRefusalProps {
  refusal: Refusal;
  day: string;
  nameOf: (installerId: string) => string;
  onClose?: () => void;
}

/**
 * Why a move was refused, in the reader's words: each crew member's reasons (leave, certificates, other jobs), or
 * the kind of problem (the crew is busy then, the order changed meanwhile). Says whether the order stayed as it was.
 */
export function MoveRefusal({ refusal, day, nameOf, onClose }: MoveRefusalProps) {
  const { t, i18n } = useTranslation();
  const reasonWords = useReasonWords();
  const outcome = refusal.outcome;
  const error = outcome?.error;
  const partly = outcome !== undefined && !outcome.reverted;

  const lines: { key: string; text: string }[] = [];
  if (refusal.reasons) {
    refusal.reasons.forEach((reason, index) => lines.push({ key: `r${index}`, text: reasonWords(reason, day) }));
  } else if (
    outcome &&
    outcome.failed.kind === "assign" &&
    error instanceof ApiError &&
    isProblemType(error, "installer-not-dispatchable")
  ) {
    const sent = { leadInstallerId: outcome.failed.leadInstallerId, helperIds: outcome.failed.helperIds };
    for (const member of crewRefusals(error.problem?.errors ?? [], sent)) {
      const words = [
        ...member.reasons.map((reason) => reasonWords(reason, day)),
        ...member.other.map((text) => readableServerMessage(text, i18n)),
      ].join("; ");
      lines.push({
        key: member.installerId,
        text:
          member.role === "lead"
            ? t("dispatch.console.refusal.lead", { name: nameOf(member.installerId), reasons: words })
            : t("dispatch.console.refusal.helper", { name: nameOf(member.installerId), reasons: words }),
      });
    }
  }
  const problem = error !== undefined && lines.length === 0 ? problemText(error, i18n) : null;

  const title = partly
    ? t("dispatch.console.refusal.partly", { number: refusal.orderNumber })
    : refusal.time
      ? t("dispatch.console.refusal.titleAt", {
          number: refusal.orderNumber,
          name: refusal.installerName,
          time: refusal.time,
        })
      : t("dispatch.console.refusal.title", { number: refusal.orderNumber, name: refusal.installerName });

  return (
    <Alert
      type={partly ? "warning" : "error"}
      showIcon
      role="alert"
      closable={onClose ? { onClose, "aria-label": t("common.close") } : false}
      title={title}
      description={
        <Flex vertical gap={4}>
          {lines.length > 0 && (
            <ul className="problem-list" aria-label={t("dispatch.console.refusal.reasons")}>
              {lines.map((line) => (
                <li key={line.key}>{line.text}</li>
              ))}
            </ul>
          )}
          {problem && <Typography.Text>{problem.headline}</Typography.Text>}
          {problem?.hint && <Typography.Text type="secondary">{problem.hint}</Typography.Text>}
          <Typography.Text type="secondary">
            {partly ? t("dispatch.console.refusal.reload") : t("dispatch.console.refusal.unchanged")}
          </Typography.Text>
          {error !== undefined && <ProblemDetails error={error} />}
        </Flex>
      }
    />
  );
}
