import { waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

/**
 * Chooses an option of an antd Select as a person does: opens the list from its combobox, then clicks the option by
 * its visible text (antd renders the options in a popup outside the control).
 */
export async function chooseOption(combobox: HTMLElement, optionText: string | RegExp) {
  await userEvent.click(combobox);
  const listbox = await waitFor(() => {
    const id = combobox.getAttribute("aria-controls") ?? combobox.getAttribute("aria-owns");
    const popup = id ? document.getElementById(id)?.closest(".ant-select-dropdown") : null;
    const open =
      popup ?? [...document.querySelectorAll(".ant-select-dropdown:not(.ant-select-dropdown-hidden)")].at(-1);
    if (!open) throw new Error("the option list did not open");
    return open as HTMLElement;
  });
  const option = await waitFor(() => {
    const found = [...listbox.querySelectorAll<HTMLElement>(".ant-select-item-option")].find((element) =>
      typeof optionText === "string" ? element.textContent === optionText : optionText.test(element.textContent ?? ""),
    );
    if (!found) throw new Error(`no option "${String(optionText)}"`);
    return found;
  });
  await userEvent.click(option);
}

/** Picks an antd radio (its input takes no pointer events; a person clicks its label). */
export async function chooseRadio(radio: HTMLElement) {
  await userEvent.click(radio.closest("label") ?? radio);
}
