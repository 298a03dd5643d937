import { useTranslation } from "react-i18next";
import { isKnownArgument, isKnownKind, plainName } from "../model/message-texts";

/** Human names of message kinds and of their values, in the UI's language; a name the UI lacks is put in words. */
export function useMessageNames() {
  const { t } = useTranslation();
  return {
    kind: (template: string) => (isKnownKind(template) ? t(`messageTexts.kinds.${template}`) : plainName(template)),
    argument: (name: string) => (isKnownArgument(name) ? t(`messageTexts.arguments.${name}`) : plainName(name)),
  };
}
