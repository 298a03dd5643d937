import type { FormCheck } from "./use-api-form";

/**
 * A form's own validator (problem keys by field path) as a {@link FormCheck} for useApiForm: each problem key
 * becomes its translated message.
 */
export function checkWith<Values, Problem extends string>(
  validate: (values: Values) => Partial<Record<string, Problem>>,
  message: (problem: Problem, path: string) => string,
): FormCheck<Values> {
  return (values) => {
    const messages: Record<string, string> = {};
    for (const [path, problem] of Object.entries(validate(values))) {
      if (problem) messages[path] = message(problem as Problem, path);
    }
    return messages;
  };
}
