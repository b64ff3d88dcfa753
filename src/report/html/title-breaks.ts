import { esc } from './escape.js';

/**
 * Where a Chinese plan title may break: after the place at its head (聊城市, 临猗县), before the
 * phrases every plan title is built of (全民科学素质 / 行动规划纲要 / 实施方案, the national
 * plan's name and the local document's kind) and around the years in brackets. The stylesheet
 * sets titles with `word-break:keep-all`, so a phone breaks 聊城市全民科学素质 / 行动规划纲要实施方案
 * rather than 行动规 / 划纲要 wherever the line happens to end; `overflow-wrap:anywhere` still
 * breaks a piece too long for the line. English titles break at their spaces and gain nothing.
 */
const BREAKS = /^[\u4e00-\u9fff]{1,8}?[省市县区州旗盟](?=[\u4e00-\u9fff])|(?=全民科学素质|行动规划纲要|实施方案|（)|）/g;

/** A title escaped for HTML, with a <wbr> at each place it may break. */
export function titleHtml(title: string): string {
  return title.replace(BREAKS, (m) => `${m}\u0000`).split('\u0000').filter(Boolean).map(esc).join('<wbr>');
}
