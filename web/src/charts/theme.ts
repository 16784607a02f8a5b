/** Shared look of the charts (kept in step with styles.css). */
export const FONT_FAMILY =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

export const COLORS = {
  primary: '#b3261e',
  primarySoft: 'rgba(179, 38, 30, 0.16)',
  primaryFade: 'rgba(179, 38, 30, 0.01)',
  text: '#1f2329',
  textMuted: '#646a73',
  axis: '#c9cdd4',
  split: '#eef0f3',
  reference: '#8f959e',
};
