/**
 * A form's values without the fields antd left undefined (never touched, or a cleared Select), so that a form
 * model's empty values fill them: `{ ...empty(), ...defined(values) }`.
 */
export function defined<Values extends object>(values: Values): Partial<Values> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined && value !== null),
  ) as Partial<Values>;
}
