import type { Schema } from "@/lib/api/schema-types";

// A day of dispatch as the server answers it, typed from the contract: a required property cannot be left out.

export const DAY = "2030-07-01";
export const ZHAO = "0193a5c8-0000-7000-8000-0000000a0101";
export const QIAN = "0193a5c8-0000-7000-8000-0000000a0102";
export const SUN = "0193a5c8-0000-7000-8000-0000000a0103";
export const WEST_LAKE = "0193a5c8-0000-7000-8000-0000000d5001";

/** "09:00" on the board's day in Shanghai. */
export function at(time: string, day = DAY): string {
  return `${day}T${time}:00+08:00`;
}

export function card(overrides: Partial<Schema<"DispatchCard">> = {}): Schema<"DispatchCard"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000b0101",
    number: "WO-000041",
    version: 3,
    type: "INSTALLATION",
    status: "ASSIGNED",
    priority: "NORMAL",
    customerName: "王芳",
    siteAddress: "杭州市西湖区文三路 90 号",
    latitude: 30.2741,
    longitude: 120.1551,
    requiredQualifications: [],
    appointment: { start: at("09:00"), end: at("11:00") },
    helperIds: [],
    late: false,
    ...overrides,
  };
}

export function row(overrides: Partial<Schema<"DispatchRow">> = {}): Schema<"DispatchRow"> {
  return {
    id: ZHAO,
    displayName: "赵师傅",
    servicePointIds: [WEST_LAKE],
    workingHoursStart: "08:00",
    workingHoursEnd: "18:00",
    available: true,
    reasons: [],
    qualifications: ["ELECTRICIAN"],
    jobs: [],
    ...overrides,
  };
}

export function promise(overrides: Partial<Schema<"Promise">> = {}): Schema<"Promise"> {
  return {
    kind: "ON_SITE",
    status: "ON_TRACK",
    startedAt: at("09:00", "2030-06-28"),
    dueAt: at("18:00"),
    atRiskAt: at("12:00"),
    ...overrides,
  };
}

/** Zhao with two jobs, Qian free, Sun on leave; two orders in the queue. */
export function board(overrides: Partial<Schema<"DispatchBoard">> = {}): Schema<"DispatchBoard"> {
  return {
    day: DAY,
    timeZone: "Asia/Shanghai",
    rows: [
      row({
        jobs: [
          card({ leadInstallerId: ZHAO, promise: promise({ status: "AT_RISK" }) }),
          card({
            id: "0193a5c8-0000-7000-8000-0000000b0102",
            number: "WO-000043",
            version: 1,
            customerName: "李娜",
            siteAddress: "杭州市西湖区天目山路 18 号",
            latitude: 30.2801,
            longitude: 120.1301,
            type: "REPAIR",
            leadInstallerId: ZHAO,
            appointment: { start: at("13:00"), end: at("14:30") },
          }),
        ],
        lastPosition: { latitude: 30.27, longitude: 120.15, at: at("08:40"), orderNumber: "WO-000039" },
      }),
      row({
        id: QIAN,
        displayName: "钱师傅",
        qualifications: [],
        workingHoursStart: "09:00",
        workingHoursEnd: "17:00",
      }),
      row({
        id: SUN,
        displayName: "孙师傅",
        available: false,
        reasons: [{ code: "on-leave", date: DAY }],
        qualifications: [],
      }),
    ],
    unassigned: [
      card({
        id: "0193a5c8-0000-7000-8000-0000000b0201",
        number: "WO-000050",
        version: 7,
        status: "NEW",
        customerName: "周强",
        siteAddress: "杭州市拱墅区湖墅南路 8 号",
        latitude: 30.29,
        longitude: 120.16,
        requiredQualifications: ["ELECTRICIAN"],
        priority: "NORMAL",
        appointment: { start: at("10:00"), end: at("12:00") },
        promise: promise({ status: "BREACHED", dueAt: at("08:00") }),
      }),
      card({
        id: "0193a5c8-0000-7000-8000-0000000b0202",
        number: "WO-000051",
        version: 2,
        status: "NEW",
        customerName: "吴敏",
        siteAddress: undefined,
        latitude: undefined,
        longitude: undefined,
        priority: "URGENT",
        appointment: { start: at("15:00"), end: at("16:00") },
        promise: promise({ dueAt: at("20:00") }),
      }),
    ],
    ...overrides,
  };
}
