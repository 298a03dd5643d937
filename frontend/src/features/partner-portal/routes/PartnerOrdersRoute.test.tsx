import { screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { me } from "@/test/fixtures";
import { partnerOrderView } from "@/test/fixtures-field-money";
import { json, renderWithApi } from "@/test/render";
import { customerLine, serialsLine } from "../model/order-view";
import { PartnerOrdersRoute } from "./PartnerOrdersRoute";

describe("the partner's orders", () => {
  it("show the customer's data exactly as masked by the server", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(
      <MemoryRouter>
        <PartnerOrdersRoute />
      </MemoryRouter>,
      () => json({ items: [partnerOrderView()] }),
      me({ roles: ["partner"], displayName: "安达 赵经理" }),
    );
    const order = await screen.findByRole("listitem", { name: "WO-000001" });
    expect(order).toHaveTextContent("王* · 138****5678");
    expect(order).toHaveTextContent("****7731、****7732");
    expect(order).toHaveTextContent("郑州市金水区花园路 88 号停车场");
    expect(order).not.toHaveTextContent("13812345678");
    // Only the partner portal's own endpoint is asked: no customer or work-order lookups.
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual(["/api/v1/partner/orders"]);
  });

  it("leave out what the server left out", () => {
    expect(customerLine(partnerOrderView({ customerPhoneMasked: undefined }))).toBe("王*");
    expect(serialsLine(partnerOrderView({ deviceSerialsMasked: [] }))).toBeNull();
  });
});
