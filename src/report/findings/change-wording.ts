import type { ChangeCause, ChangeCauseKind } from '../../evaluate/change-causes.js';
import type { Lang } from '../../util/lang.js';
import { formatAmount } from './amount.js';
import type { Names, Wording } from './catalogue.js';
import type { ChangeFindingArgs, RevisedTarget, RevisionArg } from './change-types.js';

/** A cause of a change of status in a few words (the changes table's cause column, the counting sentence). */
export const causeLabels: Record<ChangeCauseKind, { zh: string; en: string }> = {
  revised_data: { zh: '数据修订', en: 'revised data' },
  target: { zh: '目标调整', en: 'target changed' },
  method: { zh: '评估方法改变', en: 'method changed' },
  thresholds: { zh: '评估阈值或规则调整', en: 'thresholds or rules changed' },
  new_data: { zh: '新增数据', en: 'new data' },
  time: { zh: '时间推移', en: 'time' },
};

const amount = (x: RevisionArg['old'], lang: Lang) => (x === null ? '' : formatAmount(x, lang));

/** One revision in words: 2022年数值由12.1%改为12.6% / the 2022 value revised from 12.1% to 12.6%. */
export function revisionWords(r: RevisionArg, lang: Lang): string {
  const zh = lang === 'zh';
  const what = r.field === 'baseline' ? (zh ? `基期（${r.year}年）数值` : `the baseline (${r.year})`)
    : r.field === 'compliant' ? (zh ? `截至${r.year}年${r.counted === 'years' ? '达标的年份数' : '达标的下级地区数'}` : `the number of ${r.counted === 'years' ? 'years meeting it' : 'sub-regions complying'} by ${r.year}`)
    : r.since !== null && r.since < r.year ? (zh ? `${r.since}—${r.year}年累计数` : `the ${r.since}–${r.year} total`)
    : zh ? `${r.year}年数值` : `the ${r.year} value`;
  // Which years or sub-regions the revision turned, after the counts: …由3改为2（涉及2022年）.
  const turned = r.concerned.length ? (zh ? `（涉及${r.concerned.join('、')}）` : ` (${r.concerned.join(', ')})`) : '';
  if (r.old === null) return zh ? `${what}为事后补报（${amount(r.new, lang)}）` : `${what} reported late (${amount(r.new, lang)})`;
  if (r.new === null) return zh ? `${what}（${amount(r.old, lang)}）已不在现有数据中` : `${what} (${amount(r.old, lang)}) no longer in the data`;
  return zh ? `${what}由${amount(r.old, lang)}改为${amount(r.new, lang)}${turned}` : `${what} revised from ${amount(r.old, lang)} to ${amount(r.new, lang)}${turned}`;
}

/** A target's revisions: 人均科普专项经费（阳谷县）：2022年数值由… / Special funding per resident (Yanggu): the 2022 value… */
const revisedWords = (t: RevisedTarget, n: Names) => {
  const who = `${n.indicator(t.indicator)}${t.region === null ? '' : n.lang === 'zh' ? `（${n.region(t.region)}）` : ` (${n.region(t.region)})`}`;
  return { who, what: t.revisions.map((r) => revisionWords(r, n.lang)).join(n.lang === 'zh' ? '；' : '; ') };
};

/** "数据修订1项、新增数据2项" / "revised data 1, new data 2": the causes that occur, in the decomposition's order. */
function causeTally(causes: ChangeFindingArgs['changes_counted']['causes'], lang: Lang): string {
  const zh = lang === 'zh';
  return (Object.keys(causeLabels) as ChangeCauseKind[]).filter((k) => causes[k] > 0).map((k) => (zh ? `${causeLabels[k].zh}${causes[k]}项` : `${causeLabels[k].en} ${causes[k]}`)).join(zh ? '、' : ', ');
}

/** The wording of the comparison's findings, in Chinese and English (the catalogue takes these in). */
export const changeCatalogue: { [C in keyof ChangeFindingArgs]: Wording<C> } = {
  changes_counted: {
    zh: (f) => {
      const head = `与${f.previousYear}年评估相比，`;
      const body = f.compared === 0 ? '没有两次均评估的定量目标'
        : f.changed === 0 ? `两次均评估的${f.compared}项定量目标评估结论均未变化`
        : `两次均评估的${f.compared}项定量目标中，${f.changed}项评估结论发生变化（${[
          f.improved ? `好转${f.improved}项` : '', f.worsened ? `变差${f.worsened}项` : '', f.neither ? `无法比较好坏${f.neither}项（如涉及“无法评估”）` : '',
        ].filter(Boolean).join('、')}）；变化原因：${causeTally(f.causes, 'zh')}${Object.values(f.causes).reduce((s, x) => s + x, 0) > f.changed ? '（一项变化可有多个原因）' : ''}`;
      const more = [f.added ? `本次新增定量目标${f.added}项` : '', f.removed ? `${f.previousYear}年评估的${f.removed}项定量目标本次未评估` : ''].filter(Boolean).join('，');
      return `${head}${body}。${more ? `${more}。` : ''}`;
    },
    en: (f) => {
      const body = f.compared === 0 ? `Compared with the ${f.previousYear} evaluation, no quantitative target was assessed both times.`
        : f.changed === 0 ? `Compared with the ${f.previousYear} evaluation, none of the ${f.compared} quantitative targets assessed both times changed status.`
        : `Compared with the ${f.previousYear} evaluation, ${f.changed} of the ${f.compared} quantitative targets assessed both times changed status (${[
          f.improved ? `${f.improved} better` : '', f.worsened ? `${f.worsened} worse` : '', f.neither ? `${f.neither} neither better nor worse (such as to or from "not assessable")` : '',
        ].filter(Boolean).join(', ')}); causes: ${causeTally(f.causes, 'en')}${Object.values(f.causes).reduce((s, x) => s + x, 0) > f.changed ? ' (a change may have several)' : ''}.`;
      const more = [f.added ? `${f.added} quantitative target${f.added === 1 ? ' is' : 's are'} new` : '', f.removed ? `${f.removed} assessed in ${f.previousYear} ${f.removed === 1 ? 'is' : 'are'} no longer assessed` : ''].filter(Boolean).join('; ');
      return `${body}${more ? ` ${more[0]!.toUpperCase()}${more.slice(1)}.` : ''}`;
    },
  },
  change_revised: {
    zh: (f, n) => {
      const { who, what } = revisedWords(f, n);
      return `${who}：${what}，按修订后的数据，${f.previousYear}年的评估结论即已不同。`;
    },
    en: (f, n) => {
      const { who, what } = revisedWords(f, n);
      return `${who}: ${what}; on the revised data the ${f.previousYear} assessment itself comes out differently.`;
    },
  },
  revisions_unchanged: {
    zh: (f, n) => `另有${f.count}项目标所用的${f.previousYear}年及以前数据经过修订，评估结论未变：${f.targets.map((t) => {
      const { who, what } = revisedWords(t, n);
      return `${who}（${what}）`;
    }).join('；')}。`,
    en: (f, n) => `${f.count} more target${f.count === 1 ? ' rests' : 's rest'} on revised data up to ${f.previousYear} without a change of status: ${f.targets.map((t) => {
      const { who, what } = revisedWords(t, n);
      return `${who} (${what})`;
    }).join('; ')}.`,
  },
};

/**
 * One cause of a change in a few words, for the changes table: 数据修订（2022年数值由12.1%改为12.6%）,
 * 新增数据（2024年）, 时间推移（目标年份已到）… `revisions`: a revised_data cause's revisions as amounts.
 */
export function causeWords(cause: ChangeCause, revisions: readonly RevisionArg[], lang: Lang): string {
  const zh = lang === 'zh';
  const label = causeLabels[cause.kind][lang];
  const aside = (text: string) => (zh ? `${label}（${text}）` : `${label} (${text})`);
  switch (cause.kind) {
    case 'revised_data':
      return aside(revisions.map((r) => revisionWords(r, lang)).join(zh ? '；' : '; '));
    case 'new_data':
      return cause.to_year === null ? label : aside(zh ? `${cause.to_year}年` : String(cause.to_year));
    case 'time':
      return aside(cause.target_year_came ? (zh ? '目标年份已到' : 'the target year came') : zh ? '序时进度推进' : 'the schedule moved on');
    default:
      return label;
  }
}
