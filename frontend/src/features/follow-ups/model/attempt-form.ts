import { isBlank } from "@/lib/validation";
import type { FollowUpAnswers, RecordFollowUpAttempt } from "../api/follow-ups";

/** The three questions of every follow-up, each answered 1 (poor) to 5 (good). */
export const QUESTIONS = [
  "knowsUsage",
  "meetsNeeds",
  "installerAttitude",
] as const satisfies readonly (keyof FollowUpAnswers)[];
export type Question = (typeof QUESTIONS)[number];
export const SCORES = [1, 2, 3, 4, 5] as const;

/** One call as the person records it while on the phone. */
export interface AttemptForm {
  /** Whether the customer answered; null until the person says. */
  reached: boolean | null;
  answers: Record<Question, number | null>;
  suggestions: string;
  note: string;
}

export function emptyAttemptForm(): AttemptForm {
  return {
    reached: null,
    answers: { knowsUsage: null, meetsNeeds: null, installerAttitude: null },
    suggestions: "",
    note: "",
  };
}

export type AttemptProblem = "reachedRequired" | "answerRequired";

/** Problems keyed like the server's field errors ("reached", "answers.knowsUsage"). */
export function validateAttempt(form: AttemptForm): Record<string, AttemptProblem> {
  const problems: Record<string, AttemptProblem> = {};
  if (form.reached === null) {
    problems.reached = "reachedRequired";
    return problems;
  }
  // The answers are the point of a call that got through: the server refuses a reached call without them.
  if (form.reached) {
    for (const question of QUESTIONS) {
      if (form.answers[question] === null) problems[`answers.${question}`] = "answerRequired";
    }
  }
  return problems;
}

/** The body of POST /follow-ups/{id}/attempts for a valid form and the follow-up's version. */
export function toRecordAttempt(form: AttemptForm, version: number): RecordFollowUpAttempt {
  if (form.reached === null) throw new Error("validate the attempt before sending it");
  const note = isBlank(form.note) ? {} : { note: form.note.trim() };
  if (!form.reached) return { version, reached: false, ...note };
  return {
    version,
    reached: true,
    answers: {
      knowsUsage: form.answers.knowsUsage ?? 0,
      meetsNeeds: form.answers.meetsNeeds ?? 0,
      installerAttitude: form.answers.installerAttitude ?? 0,
    },
    ...(isBlank(form.suggestions) ? {} : { suggestions: form.suggestions.trim() }),
    ...note,
  };
}
