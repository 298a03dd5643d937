import type { Schema } from "@/lib/api/schema-types";

// Maintenance campaigns: complete bodies typed from the contract, as in fixtures.ts.

export function campaignFunnel(overrides: Partial<Schema<"CampaignFunnel">> = {}): Schema<"CampaignFunnel"> {
  return {
    recipients: 0,
    optedOut: 0,
    unreachable: 0,
    messaged: 0,
    pending: 0,
    sent: 0,
    failed: 0,
    delivered: 0,
    opened: 0,
    booked: 0,
    done: 0,
    ...overrides,
  };
}

/** A draft maintenance campaign by SMS with its audience today. */
export function campaign(overrides: Partial<Schema<"Campaign">> = {}): Schema<"Campaign"> {
  return {
    id: "0193a5c8-0000-7000-8000-00000000ca01",
    number: "MC-000001",
    name: "冬季免费保养月",
    kind: "MAINTENANCE",
    channel: "SMS",
    segment: { productId: "0193a5c8-0000-7000-8000-0000000f0001", installedWithinMonths: 24 },
    productName: "车载定位终端 T100",
    messageZh: "{name}您好，{company}{from}至{until}提供免费保养，点此预约：{link}",
    messageEn: "Hello {name}, {company} offers a free check-up from {from} to {until}: {link}",
    visitsFrom: "2026-12-10",
    visitsUntil: "2026-12-24",
    slotCapacity: 2,
    quietFrom: "21:00",
    quietUntil: "08:00",
    status: "DRAFT",
    audience: { customers: 120, optedOut: 3, unreachable: 5 },
    funnel: campaignFunnel(),
    createdAt: "2026-12-07T02:00:00Z",
    createdBy: "wang.manager",
    version: 0,
    ...overrides,
  };
}

/** The same campaign launched: 120 messaged, sending done, 30 opened, 6 booked, 2 done. */
export function launchedCampaign(overrides: Partial<Schema<"Campaign">> = {}): Schema<"Campaign"> {
  return campaign({
    status: "LAUNCHED",
    audience: undefined,
    launchedAt: "2026-12-07T03:00:00Z",
    launchedBy: "wang.manager",
    funnel: campaignFunnel({
      recipients: 128,
      optedOut: 3,
      unreachable: 5,
      messaged: 120,
      sent: 118,
      failed: 2,
      delivered: 100,
      opened: 30,
      booked: 6,
      done: 2,
    }),
    version: 1,
    ...overrides,
  });
}

export function campaignRecipient(overrides: Partial<Schema<"CampaignRecipient">> = {}): Schema<"CampaignRecipient"> {
  return {
    id: "0193a5c8-0000-7000-8000-00000000cb01",
    customerId: "0193a5c8-0000-7000-8000-0000000c0001",
    customerName: "王芳",
    status: "MESSAGED",
    stage: "BOOKED",
    language: "zh-CN",
    sentAt: "2026-12-07T03:00:10Z",
    openedAt: "2026-12-07T04:00:00Z",
    bookedAt: "2026-12-07T04:02:00Z",
    bookedSlotStart: "2026-12-11T01:00:00Z",
    requestNumber: "SR-000031",
    ...overrides,
  };
}

/** What 王芳's personal link shows: one product, two addresses, two days of free slots (Asia/Shanghai). */
export function campaignLink(overrides: Partial<Schema<"CampaignLink">> = {}): Schema<"CampaignLink"> {
  return {
    tenantName: "北区店",
    tenantSlug: "north",
    timeZone: "Asia/Shanghai",
    campaignName: "冬季免费保养月",
    customerName: "王芳",
    language: "zh-CN",
    visitsFrom: "2026-12-10",
    visitsUntil: "2026-12-24",
    open: true,
    optedOut: false,
    products: [
      {
        assetId: "0193a5c8-0000-7000-8000-0000000a5001",
        productName: "壁挂空调 KF-35",
        installDate: "2025-06-01",
        warrantyEnd: "2027-05-31",
      },
      {
        assetId: "0193a5c8-0000-7000-8000-0000000a5002",
        productName: "燃气热水器 JSQ-20",
        installDate: "2020-03-01",
        warrantyEnd: "2023-02-28",
      },
    ],
    sites: [
      { id: "0193a5c8-0000-7000-8000-0000000b0001", label: "家", address: "杭州市西湖区文三路 100 号" },
      { id: "0193a5c8-0000-7000-8000-0000000b0002", label: "公司", address: "杭州市滨江区江南大道 8 号" },
    ],
    slots: [
      { start: "2026-12-10T01:00:00Z", end: "2026-12-10T03:00:00Z", free: 2 },
      { start: "2026-12-10T06:00:00Z", end: "2026-12-10T08:00:00Z", free: 1 },
      { start: "2026-12-11T01:00:00Z", end: "2026-12-11T03:00:00Z", free: 2 },
    ],
    ...overrides,
  };
}

export function notification(overrides: Partial<Schema<"Notification">> = {}): Schema<"Notification"> {
  return {
    id: "0193a5c8-0000-7000-8000-00000000cc01",
    eventKey: "campaign:1:2",
    template: "CAMPAIGN",
    channel: "SMS",
    audience: "CUSTOMER",
    recipient: "138-1234-5678",
    subject: "冬季免费保养月",
    body: "王芳您好，北区店2026-12-10至2026-12-24提供免费保养，点此预约：https://service.example.com/c/north/3f9a",
    status: "SENT",
    attempts: 1,
    nextAttemptAt: "2026-12-07T03:00:00Z",
    createdAt: "2026-12-07T03:00:00Z",
    sentAt: "2026-12-07T03:00:05Z",
    ...overrides,
  };
}
