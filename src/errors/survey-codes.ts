import type { Lang } from '../util/lang.js';

/** Problem codes of the survey stage (SURVEY_…), with the arguments each carries. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SurveyCodeArgs {}

type Format<A> = (args: A, lang: Lang) => string;

/** Wording of the survey codes, in both languages. */
export const surveyMessages: { [C in keyof SurveyCodeArgs]: { zh: Format<SurveyCodeArgs[C]>; en: Format<SurveyCodeArgs[C]> } } = {};
