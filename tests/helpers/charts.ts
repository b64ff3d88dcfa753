import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { ChartSpec } from '../../src/charts/index.js';
import { loadFonts } from '../../src/fonts/index.js';

const require = createRequire(import.meta.url);
// The schema the vega-lite package ships (exported as vega-lite/vega-lite-schema.json).
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: false, strict: false, validateFormats: false });
const validate = ajv.compile(schema);

/** Validates a spec against the Vega-Lite JSON schema that the vega-lite package ships. */
export function schemaErrors(spec: ChartSpec): string[] {
  return validate(spec) ? [] : (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message}`);
}

/** The bundled fonts, loaded once for all chart tests. */
export const fonts = loadFonts();

/** Every layer (recursively) of a layered or concatenated spec. */
export function layers(spec: object): Record<string, unknown>[] {
  const s = spec as { layer?: object[]; concat?: object[] };
  const children = [...(s.layer ?? []), ...(s.concat ?? [])];
  return [spec as Record<string, unknown>, ...children.flatMap(layers)];
}

/** The inline data rows of the layers whose mark is `type` (and whose data is given inline). */
export function dataOf(spec: object, type: string): Record<string, unknown>[] {
  return layers(spec).flatMap((l) => {
    const mark = l.mark as { type?: string } | string | undefined;
    const own = typeof mark === 'string' ? mark : mark?.type;
    const hasChild = (l.layer as { mark?: { type?: string } }[] | undefined)?.some((c) => c.mark?.type === type);
    if (own !== type && !hasChild) return [];
    return ((l.data as { values?: Record<string, unknown>[] })?.values ?? []);
  });
}
