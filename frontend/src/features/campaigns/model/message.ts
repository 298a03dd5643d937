import type { CampaignKind } from "../api/campaigns";

/** The messages a campaign carries: one in Chinese, one in English; each customer gets theirs. */
export const MESSAGE_LANGUAGES = ["zh", "en"] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** The placeholders a message may use; {link} (the customer's own booking link) is required. */
export const PLACEHOLDERS = ["name", "link", "from", "until", "company"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

// The server's built-in texts (campaign/Messages.java): what a campaign sends when a message is left out. The
// form starts from them, so the manager sees and previews what goes out.
const BUILT_IN: Record<CampaignKind, Record<MessageLanguage, string>> = {
  MAINTENANCE: {
    zh: "{name}您好，{company}将于{from}至{until}为您的产品提供免费上门保养，点此预约：{link} 如不想再收到此类消息，可在该页面退订。",
    en:
      "Hello {name}, {company} offers a free maintenance visit for your product between {from} and {until}. Book it here: " +
      "{link} (you can opt out of these messages on that page)",
  },
  RECENT_INSTALLATIONS: {
    zh: "{name}您好，感谢选择{company}！新装产品用得还顺手吗？{from}至{until}可预约一次免费上门检查：{link} 如不想再收到此类消息，可在该页面退订。",
    en:
      "Hello {name}, thank you for choosing {company}! How is your new product? Book a free check-up visit between {from} " +
      "and {until}: {link} (you can opt out of these messages on that page)",
  },
};

export function builtInMessage(kind: CampaignKind, language: MessageLanguage): string {
  return BUILT_IN[kind][language];
}

const PLACEHOLDER = /\{[^{}]*\}/g;

/** What the server would refuse in a message: no {link}, or a placeholder it does not know. */
export function placeholderProblem(text: string): "linkRequired" | "unknownPlaceholder" | null {
  const unknown = [...text.matchAll(PLACEHOLDER)].some(
    ([token]) => !(PLACEHOLDERS as readonly string[]).includes(token.slice(1, -1)),
  );
  if (unknown) return "unknownPlaceholder";
  return text.includes("{link}") ? null : "linkRequired";
}

/** The placeholder's token as written in a message: "{name}". */
export function tokenOf(placeholder: Placeholder): string {
  return `{${placeholder}}`;
}

/**
 * Puts a token where the cursor is (replacing a selection) and answers the new text with the cursor after the
 * token; without a known cursor the token goes at the end.
 */
export function insertAt(
  text: string,
  token: string,
  selection: { start: number; end: number } | null,
): { text: string; cursor: number } {
  const start = selection ? Math.max(0, Math.min(selection.start, text.length)) : text.length;
  const end = selection ? Math.max(start, Math.min(selection.end, text.length)) : text.length;
  return { text: text.slice(0, start) + token + text.slice(end), cursor: start + token.length };
}

/** A message as the customer reads it, its placeholders filled in with the values given. */
export function renderMessage(text: string, values: Record<Placeholder, string>): string {
  return text.replace(PLACEHOLDER, (token) => {
    const name = token.slice(1, -1);
    return (PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : token;
  });
}

// GSM 7-bit basic characters: an SMS of only these carries 160 characters, 153 per part when split.
const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
// Escaped GSM characters take two places.
const GSM_EXTENDED = "^{}\\[~]|€\f";

export interface SmsLength {
  /** Characters as the customer counts them. */
  characters: number;
  /** SMS the message is sent as: a Chinese text over 70 characters goes as parts of 67, a plain one over 160 as parts of 153. */
  parts: number;
  /** Characters one SMS of this text carries on its own: 70 (any Chinese) or 160. */
  perMessage: number;
}

/** How long a message is and how many SMS it is sent as. */
export function smsLength(text: string): SmsLength {
  const characters = [...text];
  const gsm = characters.every((c) => GSM_BASIC.includes(c) || GSM_EXTENDED.includes(c));
  if (gsm) {
    const units = characters.reduce((sum, c) => sum + (GSM_EXTENDED.includes(c) ? 2 : 1), 0);
    return { characters: characters.length, parts: units <= 160 ? 1 : Math.ceil(units / 153), perMessage: 160 };
  }
  // UCS-2 counts UTF-16 units: a character outside the basic plane (an emoji) takes two.
  const units = text.length;
  return { characters: characters.length, parts: units <= 70 ? 1 : Math.ceil(units / 67), perMessage: 70 };
}

/** The customer's personal link as the SMS carries it: the tenant's page under /c/ with a 32-character code. */
export function sampleLink(origin: string, tenantSlug: string): string {
  return `${origin}/c/${tenantSlug}/3f9a2c7e5b1d4e8fa06c9b2d7e4f1a35`;
}
