import type { Command } from 'commander';
import { Option } from 'commander';
import { estimateSurvey } from '../../app/survey.js';
import type { CiMethod, LonelyPsu, Stat } from '../../survey/index.js';
import { ciMethods, lonelyPsuOptions, statNames } from '../../survey/index.js';
import { err, formatOption, globals, out, t } from '../context.js';
import { writeAtomic } from '../../util/write.js';
import { renderIssues } from '../render/issues.js';
import { calibrationNote, statTitle, surveyHeading, surveyJson, surveyTable } from '../render/survey.js';
import type { OutputFormat } from '../render/table.js';
import { renderCsv, renderTable } from '../render/table.js';

interface EstimateFlags {
  var?: string; stat?: Stat; denominator?: string; score?: string; rules?: string;
  weight?: string; strata?: string; cluster?: string; psu?: string; ssu?: string; fpc?: string; fpc2?: string; detect: boolean;
  by: string[]; ci: CiMethod; level: number; lonelyPsu: LonelyPsu; rake?: string; replicates?: string; format: OutputFormat; out?: string;
}

const list = (value?: string) => (value ? value.split(/[,，]/).map((s) => s.trim()).filter(Boolean) : []);

/** `kepu survey estimate <file>`: design-based estimates from respondent microdata, with SEs and CIs. */
export function registerSurvey(program: Command): void {
  const survey = program.command('survey').description('sample-survey microdata / 抽样调查数据');
  survey
    .command('estimate')
    .description('estimate a share, mean, total or ratio with design-based errors / 设计估计（含标准误、置信区间）')
    .argument('<file>', 'respondent file (CSV or XLSX) / 受访者数据文件')
    .option('--var <column>', 'column to estimate (default: the literacy share from --score) / 估计变量')
    .addOption(new Option('--stat <stat>', 'statistic / 统计量').choices(statNames as string[]))
    .option('--denominator <column>', 'denominator of a ratio / 比率的分母')
    .option('--score <rules.yaml>', 'scoring rule (default: score-rules.yaml beside the file) / 判定规则')
    .addOption(new Option('--rules <rules.yaml>').hideHelp())
    .option('--weight <column>', 'sampling weights / 权重列')
    .option('--strata <column>', 'strata / 分层列')
    .option('--cluster <psu[,ssu]>', 'clusters, first stage first / 整群（初级、二级抽样单元）列')
    .addOption(new Option('--psu <column>').hideHelp())
    .addOption(new Option('--ssu <column>').hideHelp())
    .option('--fpc <fpc1[,fpc2]>', 'finite-population correction per stage: count or fraction / 有限总体校正列')
    .addOption(new Option('--fpc2 <column>').hideHelp())
    .option('--no-detect', 'use only the design columns named here, not those recognised from the headers / 不自动识别设计列')
    .option('--by <columns>', 'domains, comma-separated ones crossed; repeat for separate breakdowns / 分组', (v: string, all: string[]) => [...all, v], [])
    .addOption(new Option('--ci <method>', 'interval for proportions / 比例的置信区间').choices(ciMethods as string[]).default('beta'))
    .option('--level <level>', 'confidence level / 置信水平', Number, 0.95)
    .addOption(new Option('--lonely-psu <how>', 'single-PSU strata / 单 PSU 层的处理').choices(lonelyPsuOptions as string[]).default('fail'))
    .option('--rake <margins.csv>', 'calibrate the weights to population counts (variable,level,count): post-stratify on one variable, rake on several / 按总体边际校准权重')
    .option('--replicates <method>', 'standard errors from replicate weights: jk1, jkn or bootstrap:<n>:<seed> / 重复权重法估计方差')
    .addOption(formatOption())
    .option('--out <file>', 'write to a file / 输出到文件')
    .action(async (file: string, o: EstimateFlags, command: Command) => {
      const { lang } = globals(command);
      const { results, breakdowns, warnings } = await estimateSurvey({
        file, variable: o.var, stat: o.stat, denominator: o.denominator, rules: o.score ?? o.rules,
        weights: o.weight, strata: o.strata,
        clusters: o.cluster ? list(o.cluster) : o.psu ? [o.psu, ...(o.ssu ? [o.ssu] : [])] : undefined,
        fpc: o.fpc ? [...list(o.fpc), ...(o.fpc2 ? [o.fpc2] : [])] : undefined,
        detect: o.detect, by: o.by.map(list), ci: o.ci, level: o.level, lonelyPsu: o.lonelyPsu, rake: o.rake, replicates: o.replicates,
      });
      const what = o.var ? statTitle(o.stat ?? 'mean', o.var, o.denominator, lang) : t(lang, '公民具备科学素质的比例（%）', 'share of citizens with science literacy (%)');
      let text: string;
      if (o.format === 'json') text = JSON.stringify(results.flatMap((r) => surveyJson(r.rows)), null, 2);
      else if (o.format === 'csv') text = renderCsv(surveyTable(results.flatMap((r) => r.rows), [...new Set(breakdowns.flat())], lang, true));
      else text = [surveyHeading(what, results[0]!.design, results[0]!.rows, lang), ...results.map((r, i) => renderTable(surveyTable(r.rows, breakdowns[i]!, lang)))].join('\n\n');
      if (o.out) writeAtomic(o.out, text);
      else out(text);
      // The table's heading reports the calibration; json and csv keep stdout to the rows.
      const note = o.format === 'table' ? undefined : calibrationNote(results[0]!.design, lang);
      if (note) err(note);
      if (warnings.length) err(renderIssues(warnings, lang));
    });
}

