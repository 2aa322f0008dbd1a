/** Font families the locales' chart font stacks are built from. */
export const CJK_FONTS =
  "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei'";
export const LATIN_FONTS =
  "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans'";
