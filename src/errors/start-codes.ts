import type { Lang } from '../util/lang.js';
import type { LocalText } from '../util/lang.js';
import { list } from './quote.js';

/** Problem codes of getting started: making a workspace and finding one (issue 19). */
export interface StartCodeArgs {
  /** `kepu init` without `--plan`: the bundled plans to choose from. */
  INIT_PLAN_REQUIRED: { dir: string; plans: readonly { id: string; name: LocalText }[] };
  /** No kepu.config.yaml in `dir` or any folder above it. */
  WORKSPACE_NOT_FOUND: { dir: string; file: string };
}

type Format<A> = (args: A, lang: Lang) => string;

/** “liaocheng（聊城市）” / “liaocheng (Liaocheng)”: a bundled plan as a user picks it. */
export function planChoice(plan: { id: string; name: LocalText }, lang: Lang): string {
  return lang === 'zh' ? `${plan.id}（${plan.name.zh}）` : `${plan.id} (${plan.name.en ?? plan.name.zh})`;
}

export const startMessages: { [C in keyof StartCodeArgs]: { zh: Format<StartCodeArgs[C]>; en: Format<StartCodeArgs[C]> } } = {
  INIT_PLAN_REQUIRED: {
    zh: (a, l) => `请用 --plan 指明工作区所用的实施方案，例如 kepu init ${a.dir} --plan ${a.plans[0]?.id ?? '<编号>'}。内置规划：${list(a.plans.map((p) => planChoice(p, l)), l)}；kepu plan list 列出各规划的详情。未创建任何文件。`,
    en: (a, l) => `name the plan the workspace follows with --plan, e.g. kepu init ${a.dir} --plan ${a.plans[0]?.id ?? '<id>'}. Bundled plans: ${list(a.plans.map((p) => planChoice(p, l)), l)} ; kepu plan list shows them. Nothing was created.`,
  },
  WORKSPACE_NOT_FOUND: {
    zh: (a) => `不在工作区内：${a.dir} 及其上级文件夹中都没有 ${a.file}。请在工作区文件夹内运行，或用 -w/--workspace 指定工作区（如 -w my-office）；还没有工作区时，先用 kepu init <文件夹> --plan <规划编号> 创建。`,
    en: (a) => `not inside a workspace: neither ${a.dir} nor any folder above it has ${a.file}. Run inside a workspace or pass -w/--workspace (e.g. -w my-office); to make one, run kepu init <folder> --plan <plan id>.`,
  },
};
