import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

/**
 * Chooses an option of an antd Select as a person does: opens the list from its combobox and clicks the option
 * by its visible text (antd keeps closed lists in the page, hidden; the open one is taken).
 */
export async function pickOption(combobox: HTMLElement, text: string | RegExp): Promise<void> {
  await userEvent.click(combobox);
  const options = await screen.findAllByText(text, { selector: ".ant-select-item-option-content" });
  const open = options.filter((option) => !option.closest(".ant-select-dropdown-hidden"));
  const option = open[open.length - 1] ?? options[options.length - 1]!;
  await userEvent.click(option);
}

/** The texts of the options the open antd Select offers. */
export function openOptions(): string[] {
  return [
    ...document.querySelectorAll(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option"),
  ].map((option) => option.textContent ?? "");
}
