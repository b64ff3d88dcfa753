import { z } from 'zod';

/**
 * kepu.config.yaml: an evaluator's workspace. Paths are relative to the workspace folder.
 * docs/workspace.md describes each key.
 */
const pathList = z.union([z.string().min(1), z.array(z.string().min(1))]);

export const workspaceSchema = z.strictObject({
  /** Bundled plan id (liaocheng) or a plan file. */
  plan: z.string().min(1),
  /** Regions table (code, name, parent, level). */
  regions: z.string().min(1),
  /** Folders of local indicator definitions; they add to and override the bundled ones. */
  indicators: pathList.optional(),
  /** Observation files or folders (CSV, XLSX, JSON). */
  data: pathList,
  /** Respondent-level survey files with their design (survey issue). */
  survey: z.record(z.string(), z.unknown()).optional(),
  /** Task reports (分工 progress) files or folders. */
  tasks: pathList.optional(),
  /** Where reports are written. Default: reports/. */
  output: z.string().optional(),
  /** Language of reports and messages. Default: zh. */
  lang: z.enum(['zh', 'en']).optional(),
  /** How shares without a % sign are written in this workspace's files. Default: auto. */
  share_scale: z.enum(['auto', 'percent', 'fraction']).optional(),
  /** Evaluation settings: the progress method and threshold overrides (src/evaluate/thresholds.ts). */
  evaluation: z
    .strictObject({
      method: z.enum(['schedule', 'eurostat', 'unsd', 'unsd2023']).optional(),
      /** Default evaluation year. */
      year: z.number().int().optional(),
      thresholds: z.record(z.string(), z.union([z.number(), z.record(z.string(), z.number())])).optional(),
    })
    .optional(),
  /** Report style: fonts, issuing office (report issue). */
  style: z.record(z.string(), z.unknown()).optional(),
  /** Free text shown on reports made from this workspace, e.g. that its data are synthetic. */
  notice: z.strictObject({ zh: z.string(), en: z.string().optional() }).optional(),
});

export type WorkspaceConfig = z.infer<typeof workspaceSchema>;
