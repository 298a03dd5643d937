import { expect, type Page } from "@playwright/test";
import { callApi } from "./api";
import { signInOnKeycloak } from "./keycloak";
import { zh } from "./texts";

interface Notification {
  template: string;
  recipient: string;
  body: string;
}

export const digitsOf = (phone: string) => phone.replace(/\D/g, "");

/**
 * The body of the newest SMS of this template to this phone, read from the tenant's outbox as the manager (newest
 * first), waiting for it to be written.
 */
export async function smsTo(manager: string, phone: string, template: string): Promise<string> {
  let body = "";
  await expect(async () => {
    const outbox = await callApi<{ items: Notification[] }>(
      manager,
      "GET",
      "/api/v1/notifications?channel=SMS&audience=CUSTOMER&limit=100",
    );
    const sms = outbox.items.find((item) => item.template === template && digitsOf(item.recipient) === digitsOf(phone));
    expect(sms).toBeDefined();
    body = sms!.body;
  }).toPass({ timeout: 20_000 });
  return body;
}

/**
 * A customer on record opens their account as a person would: the tenant's sign-up page, the code the SMS carries
 * (read from the tenant's outbox with the manager's token), a password; then signs in on Keycloak with the login the
 * page shows. Ends on the page the sign-in leads to; answers the login.
 */
export async function signUpAndSignIn(
  page: Page,
  tenantSlug: string,
  manager: string,
  phone: string,
  password: string,
): Promise<string> {
  await page.goto(`/sign-up/${tenantSlug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh("booking.signUp.title"));
  const phoneStep = page.getByRole("form", { name: zh("booking.signUp.phoneStep") });
  await phoneStep.getByLabel(zh("booking.signUp.phone"), { exact: true }).fill(phone);
  await phoneStep.getByRole("button", { name: zh("booking.signUp.send") }).click();
  // The same words whether or not the number is on record.
  await expect(phoneStep.getByRole("status")).toContainText(zh("booking.signUp.codeSent").split("，")[0]!);
  await expect(phoneStep.getByRole("button", { name: /秒后可重新发送/ })).toBeDisabled();

  // The code as the SMS carries it.
  const code = /\d{6}/.exec(await smsTo(manager, phone, "SIGN_UP_CODE"))?.[0] ?? "";
  expect(code).toMatch(/^\d{6}$/);

  const codeStep = page.getByRole("form", { name: zh("booking.signUp.codeStep") });
  await codeStep.getByLabel(zh("booking.signUp.code"), { exact: true }).fill(code);
  await codeStep.getByLabel(zh("booking.signUp.password"), { exact: true }).fill(password);
  await codeStep.getByLabel(zh("booking.signUp.confirm"), { exact: true }).fill(password);
  await codeStep.getByRole("button", { name: zh("booking.signUp.submit") }).click();

  // The login to type on the sign-in page, and the way there.
  const done = page.getByRole("region", { name: zh("booking.signUp.done") });
  await expect(done).toBeVisible();
  const login = ((await done.getByTestId("sign-up-login").textContent()) ?? "").trim();
  expect(login).toContain(digitsOf(phone));
  // antd spaces out a two-character label ("登 录").
  await done.getByRole("link", { name: /^登\s*录$/ }).click();
  await signInOnKeycloak(page, { username: login, password });
  return login;
}
