import type { Schema } from "@/lib/api/schema-types";
import { pngBase64 } from "@/lib/png";
import { isBlank } from "@/lib/validation";

/**
 * The customer's sign-off (客户确认签字): signature and ratings, or a refusal with its reason. One model for both
 * places a customer signs: on the installer's phone and on the tracking page.
 */
export const RATING_ASPECTS = ["attitude", "timeliness", "quality"] as const;
export type RatingAspect = (typeof RATING_ASPECTS)[number];
export const RATING_VALUES = [1, 2, 3, 4, 5] as const;

export interface SignOffForm {
  refused: boolean;
  /** The pad's PNG data URL; null until the customer has signed. */
  signature: string | null;
  ratings: Record<RatingAspect, number | null>;
  suggestions: string;
  refusalReason: string;
}

export function emptySignOffForm(): SignOffForm {
  return {
    refused: false,
    signature: null,
    ratings: { attitude: null, timeliness: null, quality: null },
    suggestions: "",
    refusalReason: "",
  };
}

export type SignOffProblem = "signatureRequired" | "ratingRequired" | "required";

/** Problems keyed like the server's field errors (signaturePng, ratings.attitude, refusalReason). */
export function validateSignOff(form: SignOffForm): Record<string, SignOffProblem> {
  const problems: Record<string, SignOffProblem> = {};
  if (form.refused) {
    if (isBlank(form.refusalReason)) problems.refusalReason = "required";
    return problems;
  }
  if (!form.signature || !pngBase64(form.signature)) problems.signaturePng = "signatureRequired";
  for (const aspect of RATING_ASPECTS) {
    if (form.ratings[aspect] === null) problems[`ratings.${aspect}`] = "ratingRequired";
  }
  return problems;
}

/** The sign-off body for a valid form (both sign-off endpoints take it; the installer's adds the order's version). */
export function signOffBody(form: SignOffForm): Schema<"BookingSignOffRequest"> {
  if (form.refused) {
    return { refused: true, refusalReason: form.refusalReason.trim() };
  }
  return {
    signaturePng: pngBase64(form.signature ?? "") ?? "",
    ratings: {
      attitude: form.ratings.attitude ?? 0,
      timeliness: form.ratings.timeliness ?? 0,
      quality: form.ratings.quality ?? 0,
    },
    ...(isBlank(form.suggestions) ? {} : { suggestions: form.suggestions.trim() }),
  };
}
