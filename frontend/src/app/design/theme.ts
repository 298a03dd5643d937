import type { ThemeConfig } from "antd";

/**
 * Aftercare's brand in Ant Design tokens: the one place colours, radius and type are decided. Screens use antd
 * components and these tokens; they carry no colours or spacing of their own.
 */
export const brand = {
  primary: "#0f6fd1",
  // Status colours double as text (tags, warnings, "done" figures) on white and on their own light backgrounds,
  // so each keeps WCAG AA's 4.5:1 there.
  success: "#1f7a35",
  warning: "#9a5b00",
  error: "#c0262d",
  info: "#0958d9",
  siderBackground: "#0c2340",
} as const;

/**
 * Tag hues that keep AA contrast (4.5:1 for a tag's small text). antd's own gold, cyan, green, orange and volcano
 * presets draw their text at 2.8–4.4:1; a hex colour draws its text in that colour on the same hue at 95 %
 * lightness. blue, geekblue, purple, magenta, red and the status colours pass as they are.
 */
export const tagColour = {
  gold: "#874d00",
  cyan: "#006d75",
  green: "#237804",
  orange: "#ad4e00",
  volcano: "#ad2102",
} as const;

export const theme: ThemeConfig = {
  cssVar: { key: "aftercare" },
  hashed: false,
  token: {
    colorPrimary: brand.primary,
    colorInfo: brand.info,
    colorSuccess: brand.success,
    colorWarning: brand.warning,
    colorError: brand.error,
    colorLink: brand.primary,
    // antd's grey texts (0.45 alpha) fall below WCAG AA's 4.5:1 on white; these keep secondary text readable.
    colorTextSecondary: "rgba(0, 0, 0, 0.65)",
    colorTextDescription: "rgba(0, 0, 0, 0.65)",
    colorTextTertiary: "rgba(0, 0, 0, 0.6)",
    // Placeholders are read as hints ("All"), so they meet AA contrast too.
    colorTextPlaceholder: "rgba(0, 0, 0, 0.6)",
    // Their light backgrounds are set too: derived from these darker colours they would turn grey.
    colorSuccessBg: "#eef8f0",
    colorSuccessBorder: "#a9d8b4",
    colorWarningBg: "#fff8e6",
    colorWarningBorder: "#f0cf8a",
    colorErrorBg: "#fff1f0",
    colorErrorBorder: "#f4b3b5",
    colorInfoBg: "#e6f4ff",
    colorInfoBorder: "#91caff",
    borderRadius: 6,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { siderBg: brand.siderBackground, headerBg: "#ffffff", headerPadding: "0 16px", bodyBg: "#f4f6f9" },
    Menu: { darkItemBg: brand.siderBackground, darkSubMenuItemBg: "#081a31", darkItemSelectedBg: brand.primary },
    // An empty table's words ("no contacts yet") are read, not disabled: they keep AA contrast.
    Table: { headerBg: "#f7f9fc", colorTextDisabled: "rgba(0, 0, 0, 0.6)" },
  },
};
