/** The customer signs off the finished work on the tracking page and rates it, or refuses with a reason. */
export {
  RATING_ASPECTS,
  RATING_VALUES,
  emptySignOffForm as emptyBookingSignOff,
  validateSignOff as validateBookingSignOff,
  /** The body of POST /public/bookings/{trackingCode}/sign-off for a valid form. */
  signOffBody as toBookingSignOffRequest,
  type RatingAspect,
  type SignOffForm as BookingSignOffForm,
  type SignOffProblem as BookingSignOffProblem,
} from "@/lib/sign-off";
