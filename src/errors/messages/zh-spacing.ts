/**
 * Spacing inside zh-CN messages, one convention for the core, the CLI and the widgets: a space
 * stands between Chinese text and a Latin word, a number or an ASCII quote (`2 条记录`,
 * `未计入 on_time_closure_rate`, `"案号" 重复`), and none beside a Chinese character or a
 * full-width mark (`记录的审限天数（time_limit_days）为空`). A name interpolated into Chinese text
 * may be either (a header `审限天数`, a field `time_limit_days`), so its spaces follow its own
 * first and last characters.
 */
// Literals, not `new RegExp`: a bundle that never calls these leaves them out.
const STARTS_WIDE =
  /^[\u2E80-\u303F\u3040-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u;
const ENDS_WIDE =
  /[\u2E80-\u303F\u3040-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFF}]$/u;

/** A name followed by Chinese text: a space after it unless it ends in a Chinese character or full-width mark. */
export const zhBefore = (name: string): string => (ENDS_WIDE.test(name) ? name : `${name} `);

/** A name between Chinese words: a space on each side where it meets them with a Latin character. */
export const zhAmid = (name: string): string => `${STARTS_WIDE.test(name) ? '' : ' '}${zhBefore(name)}`;
