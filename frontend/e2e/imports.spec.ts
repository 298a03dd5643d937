import { expect, test } from "@playwright/test";
import { readState } from "./support/environment";
import { signInOnKeycloak } from "./support/keycloak";
import { zh } from "./support/texts";

test("a customers CSV with one bad row imports the others and reports that row", async ({ page }) => {
  const { tenants } = readState();
  const run = Math.random().toString(36).slice(2, 6);
  const digits = String(Math.floor(1000 + Math.random() * 9000));
  // Row 3 of the spreadsheet (the header is row 1) has no phone.
  const csv = [
    "name,phone,kind,site_label,site_address",
    `导入客户一 ${run},139-${digits}-0001,个人,家,杭州市西湖区文三路 1 号`,
    `导入客户二 ${run},,个人,,`,
    `导入公司三 ${run},139-${digits}-0003,公司,仓库,杭州市余杭区 3 号`,
  ].join("\r\n");

  await page.goto("/imports");
  await signInOnKeycloak(page, tenants.b.manager);
  const upload = page.getByRole("form", { name: zh("imports.upload.title") });
  await expect(upload.getByRole("radio", { name: zh("imports.kind.CUSTOMERS") })).toBeChecked();
  await expect(upload.getByRole("table", { name: `${zh("imports.kind.CUSTOMERS")}文件的列` })).toContainText(
    "site_address",
  );
  await upload.getByLabel(zh("imports.upload.file"), { exact: true }).setInputFiles({
    name: "customers.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf8"),
  });
  await upload.getByRole("button", { name: zh("imports.upload.submit") }).click();

  // The job page polls until the import is done.
  await expect(page).toHaveURL(/\/imports\/[0-9a-f-]{36}$/);
  const bar = page.getByRole("progressbar", { name: zh("imports.progress.bar") });
  await expect(bar).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
  await expect(bar).toHaveText(/3 \/ 3 行/);
  await expect(page.getByRole("region", { name: zh("imports.progress.title") })).toContainText(
    zh("imports.status.DONE"),
  );

  const errors = page.getByRole("table", { name: "未导入的行（1）" });
  await expect(errors.getByRole("row")).toHaveCount(2);
  const refused = errors.getByRole("row").nth(1);
  await expect(refused.getByRole("cell").first()).toHaveText("3");
  await expect(refused).toContainText("phone");

  // The two good rows are customers now, found by the phone search.
  await page.goto(`/customers?q=139${digits}`);
  const customers = page.getByRole("table", { name: zh("customers.title") });
  await expect(customers.getByRole("row")).toHaveCount(3);
  await expect(customers).toContainText(`导入客户一 ${run}`);
  await expect(customers).toContainText(`导入公司三 ${run}`);
});
