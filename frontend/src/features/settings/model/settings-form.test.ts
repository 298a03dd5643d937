import { describe, expect, it } from "vitest";
import en from "@/i18n/en.json";
import zhCN from "@/i18n/zh-CN.json";
import { defaultSettings } from "@/test/fixtures";
import { allSettingsFields, normalizeMoney, toFormValues, toTenantSettings, validateSettings } from "./settings-form";

describe("settings form serialization", () => {
  it("round-trips every section of TenantSettings unchanged", () => {
    const settings = defaultSettings(7);
    expect(toTenantSettings(toFormValues(settings), 7)).toEqual(settings);
  });

  it("covers every property of every section with a field", () => {
    const settings = defaultSettings();
    const schemaPaths = Object.entries(settings)
      .filter(([key]) => key !== "version" && key !== "mapUrlTemplate")
      .flatMap(([section, values]) => Object.keys(values as object).map((name) => `${section}.${name}`));
    expect(
      allSettingsFields()
        .map((field) => field.path)
        .sort(),
    ).toEqual(schemaPaths.sort());
  });

  it("sends integers as numbers and money as two-decimal strings", () => {
    const values = {
      ...toFormValues(defaultSettings()),
      "dispatch.lateGraceMinutes": " 25 ",
      "discipline.lateArrivalFine": "60",
    };
    const body = toTenantSettings(values, 3);
    expect(body.dispatch.lateGraceMinutes).toBe(25);
    expect(body.discipline.lateArrivalFine).toBe("60.00");
    expect(body.partners.delayDeductionPercentPerDay).toBe("5");
    expect(body.version).toBe(3);
  });

  it("sends the connection switches as booleans and the fees with two-decimal amounts", () => {
    const values = {
      ...toFormValues(defaultSettings()),
      "connection.enabled": true,
      "connection.fees": [
        { item: " 低压接电费 ", amount: "300", per: "每千伏安" },
        { item: "验表费", amount: "50.5", per: " " },
      ],
    };
    const body = toTenantSettings(values, 3);
    expect(body.connection.enabled).toBe(true);
    expect(body.connection.workingDays).toBe(false);
    expect(body.connection.fees).toEqual([
      { item: "低压接电费", amount: "300.00", per: "每千伏安" },
      { item: "验表费", amount: "50.50" },
    ]);
  });

  it("refuses a fee without an item or with a malformed amount", () => {
    const values = { ...toFormValues(defaultSettings()), "connection.fees": [{ item: "", amount: "abc" }] };
    expect(validateSettings(values)["connection.fees"]).toEqual({ key: "feeRow" });
  });

  it("normalizes money without floating point", () => {
    expect(normalizeMoney("50")).toBe("50.00");
    expect(normalizeMoney("7.5")).toBe("7.50");
    expect(normalizeMoney("0100.25")).toBe("100.25");
    expect(normalizeMoney("0")).toBe("0.00");
  });
});

describe("settings form validation", () => {
  const valid = () => toFormValues(defaultSettings());

  it("accepts the defaults", () => {
    expect(validateSettings(valid())).toEqual({});
  });

  it("rejects empty, fractional and negative minutes", () => {
    expect(validateSettings({ ...valid(), "dispatch.lateGraceMinutes": "" })["dispatch.lateGraceMinutes"]).toEqual({
      key: "required",
    });
    expect(validateSettings({ ...valid(), "dispatch.lateGraceMinutes": "1.5" })["dispatch.lateGraceMinutes"]).toEqual({
      key: "integer",
    });
    expect(validateSettings({ ...valid(), "dispatch.lateGraceMinutes": "-1" })["dispatch.lateGraceMinutes"]).toEqual({
      key: "integer",
    });
  });

  it("enforces the bounds of a field", () => {
    expect(validateSettings({ ...valid(), "promises.atRiskPercent": "0" })["promises.atRiskPercent"]).toEqual({
      key: "min",
      values: { min: 1 },
    });
    expect(validateSettings({ ...valid(), "promises.atRiskPercent": "100" })["promises.atRiskPercent"]).toEqual({
      key: "max",
      values: { max: 99 },
    });
  });

  it("accepts money with up to two decimals only", () => {
    expect(validateSettings({ ...valid(), "discipline.lateArrivalFine": "50.5" })).toEqual({});
    expect(
      validateSettings({ ...valid(), "discipline.lateArrivalFine": "50.555" })["discipline.lateArrivalFine"],
    ).toEqual({ key: "money" });
    expect(
      validateSettings({ ...valid(), "discipline.lateArrivalFine": "12345678" })["discipline.lateArrivalFine"],
    ).toEqual({ key: "money" });
    expect(
      validateSettings({ ...valid(), "discipline.lateArrivalFine": "五十" })["discipline.lateArrivalFine"],
    ).toEqual({ key: "money" });
  });

  it("rejects a percentage above 100 and a malformed time", () => {
    expect(
      validateSettings({ ...valid(), "partners.complaintDeductionPercent": "120" })[
        "partners.complaintDeductionPercent"
      ],
    ).toEqual({ key: "percentMax" });
    expect(validateSettings({ ...valid(), "phoneDuty.start": "8:00" })["phoneDuty.start"]).toEqual({ key: "time" });
    expect(validateSettings({ ...valid(), "phoneDuty.end": "24:00" })["phoneDuty.end"]).toEqual({ key: "time" });
  });

  it("rejects an other-breach fine range whose maximum is below its minimum", () => {
    const problems = validateSettings({
      ...valid(),
      "discipline.otherBreachFineMin": "300",
      "discipline.otherBreachFineMax": "200.00",
    });
    expect(problems["discipline.otherBreachFineMax"]).toEqual({ key: "minAboveMax" });
  });

  it("rejects a consequence outside the enum", () => {
    expect(
      validateSettings({ ...valid(), "discipline.firstReworkConsequence": "SHOUT" })[
        "discipline.firstReworkConsequence"
      ],
    ).toEqual({ key: "required" });
  });
});

describe("settings labels", () => {
  type Tree = { [key: string]: string | Tree };
  const lookup = (tree: unknown, path: string) =>
    path.split(".").reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);

  it("every field and section has a label in zh-CN and en", () => {
    for (const translation of [zhCN, en]) {
      for (const field of allSettingsFields()) {
        expect(typeof lookup(translation, `settings.fields.${field.path}`), field.path).toBe("string");
        expect(typeof lookup(translation, `settings.sections.${field.section}.title`)).toBe("string");
      }
    }
  });
});
