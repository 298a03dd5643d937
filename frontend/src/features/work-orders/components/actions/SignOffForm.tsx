import { CustomerSignOffForm, SIGN_OFF_FIELDS } from "@/components/CustomerSignOffForm";
import { useOrderAction, type WorkOrder } from "../../api/work-orders";
import { ActionProblem } from "../ActionProblem";

/** The customer signs on the installer's phone and rates the service, or refuses to sign with a reason. */
export function SignOffForm({ order, onDone }: { order: WorkOrder; onDone?: () => void }) {
  const { mutation, reload } = useOrderAction(order);
  return (
    <CustomerSignOffForm
      voice="installer"
      submit={(body) => mutation.mutateAsync({ action: "signOff", body: { version: order.version, ...body } })}
      onDone={onDone}
      renderProblem={(error) => <ActionProblem error={error} displayedFields={SIGN_OFF_FIELDS} onReload={reload} />}
    />
  );
}
