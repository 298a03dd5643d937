import { CustomerSignOffForm, SIGN_OFF_FIELDS } from "@/components/CustomerSignOffForm";
import { useBookingAction, type BookingTarget } from "../api/booking";
import { BookingActionProblem } from "./BookingActionProblem";

/** The customer checks the installer's report, signs with a finger and rates the service, or refuses to sign. */
export function BookingSignOffForm({ target }: { target: BookingTarget }) {
  const mutation = useBookingAction(target);
  return (
    <CustomerSignOffForm
      voice="customer"
      submit={(body) => mutation.mutateAsync({ action: "signOff", body })}
      renderProblem={(error) => <BookingActionProblem error={error} displayedFields={SIGN_OFF_FIELDS} />}
    />
  );
}
