import { Modal } from "antd";
import { useTranslation } from "react-i18next";
import { stageOfAction } from "../model/connection";
import { type DialogProps, TextStepForm } from "./step-form";
import { PlanForm, ExtensionForm } from "./PlanStepForms";
import { DesignSubmissionForm, ReviewForm } from "./DesignStepForms";
import { ConstructionStepForm, MaterialForm } from "./ConstructionStepForms";
import { InspectionForm, ConnectForm } from "./InspectionStepForms";

/** One step of the procedure as a dialog with its form; closes once the server has taken it. */
export function ConnectionActionDialog({ application, action, onClose }: DialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t(`connections.actions.${action}`)}
      footer={null}
      destroyOnHidden
      onCancel={onClose}
      width={action === "SUBMIT_DESIGN" || stageOfAction(action) ? 720 : 560}
    >
      <ActionForm application={application} action={action} onClose={onClose} />
    </Modal>
  );
}

function ActionForm({ application, action, onClose }: DialogProps) {
  switch (action) {
    case "EXPLAIN_DELAY":
      return <TextStepForm application={application} action={action} field="explanation" onClose={onClose} />;
    case "OBJECT_TO_PLAN":
      return <TextStepForm application={application} action={action} field="reason" onClose={onClose} />;
    case "CANCEL":
      return <TextStepForm application={application} action={action} field="reason" onClose={onClose} danger />;
    case "NOTIFY_PLAN":
      return <PlanForm application={application} onClose={onClose} />;
    case "EXTEND_PLAN":
      return <ExtensionForm application={application} onClose={onClose} />;
    case "SUBMIT_DESIGN":
      return <DesignSubmissionForm application={application} onClose={onClose} />;
    case "REVIEW_DESIGN":
      return <ReviewForm application={application} onClose={onClose} />;
    case "START_CONSTRUCTION":
      return <ConstructionStepForm application={application} onClose={onClose} />;
    case "RECORD_MATERIAL":
      return <MaterialForm application={application} onClose={onClose} />;
    case "INSPECT_INTERMEDIATE":
    case "INSPECT_COMPLETION":
      return <InspectionForm application={application} action={action} onClose={onClose} />;
    case "CONNECT":
      return <ConnectForm application={application} onClose={onClose} />;
  }
}
