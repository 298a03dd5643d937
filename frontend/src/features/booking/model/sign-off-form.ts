import { pngBase64 } from "@/lib/png";
import { isBlank } from "@/lib/validation";
import type { BookingSignOffRequest } from "../api/booking";

export const RATING_ASPECTS = ["attitude", "timeliness", "quality"] as const;
export type RatingAspect = (typeof RATING_ASPECTS)[number];
export const RATING_VALUES = [1, 2, 3, 4, 5] as const;

/** The customer signs off the finished work on the tracking page and rates it, or refuses with a reason. */
export interface BookingSignOffForm {
  refused: boolean;
  /** The pad's PNG data URL; null until signed. */
  signature: string | null;
  ratings: Record<RatingAspect, number | null>;
  suggestions: string;
  refusalReason: string;
}

export function emptyBookingSignOff(): BookingSignOffForm {
  return {
    refused: false,
    signature: null,
    ratings: { attitude: null, timeliness: null, quality: null },
    suggestions: "",
    refusalReason: "",
  };
}

export type BookingSignOffProblem = "signatureRequired" | "ratingRequired" | "required";

/** Problems keyed like the server's field errors (signaturePng, ratings.attitude, refusalReason). */
export function validateBookingSignOff(form: BookingSignOffForm): Record<string, BookingSignOffProblem> {
  const problems: Record<string, BookingSignOffProblem> = {};
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

/** The body of POST /public/bookings/{trackingCode}/sign-off for a valid form. */
export function toBookingSignOffRequest(form: BookingSignOffForm): BookingSignOffRequest {
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
