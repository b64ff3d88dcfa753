/**
 * Line breaking for Chinese text (GB/T 15834 punctuation rules as typesetters apply them, 避头尾):
 * a line may break between any two CJK characters, but never so that a closing mark starts a line
 * (，。、；：？！）」』》…) or an opening mark ends one (（「『《); runs of Latin letters and digits
 * (15.4%, 2025年's "2025", English words) stay whole unless longer than a line.
 */

/** Marks that must not begin a line (行首禁则). */
export const NO_LINE_START = new Set([...'，。、；：？！）」』》〉】〕’”…—％%,.;:?!)]}·～']);
/** Marks that must not end a line (行尾禁则). */
export const NO_LINE_END = new Set([...'（「『《〈【〔‘“([{']);

/** Splits text into unbreakable pieces: one CJK character each, or a whole Latin/number run. */
export function segments(text: string): string[] {
  const out: string[] = [];
  let run = '';
  for (const ch of text) {
    if (/[A-Za-z0-9.%+\-−_/@&#'’]/.test(ch) && !(ch === '%' && run === '')) {
      run += ch;
      continue;
    }
    if (run) {
      out.push(run);
      run = '';
    }
    if (ch === '%' && out.length) out[out.length - 1] += ch;
    else if (ch === ' ' && out.length && /[A-Za-z0-9]$/.test(out.at(-1)!)) out[out.length - 1] += ch;
    else out.push(ch);
  }
  if (run) out.push(run);
  return out;
}

/**
 * Breaks `text` into lines no wider than `width` (first line `firstWidth`, for indents), with
 * `measure` giving a string's width. Closing marks are pulled onto the line before (allowed to
 * overhang by one mark, as Chinese typesetting does, rather than pushing a lone character down);
 * an opening mark at a line's end is pushed to the next line.
 */
export function breakLines(text: string, measure: (s: string) => number, width: number, firstWidth = width): string[] {
  const pieces = segments(text);
  const lines: string[] = [];
  let line = '';
  let limit = firstWidth;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const candidate = line + piece;
    if (line === '' || measure(candidate.trimEnd()) <= limit) {
      line = candidate;
      continue;
    }
    const first = [...piece][0]!;
    if (NO_LINE_START.has(first)) {
      // Hang the closing mark at the end of this line.
      line = candidate;
      continue;
    }
    // Do not end a line with an opening mark: carry it over.
    let carry = '';
    while (line.length > 1 && NO_LINE_END.has([...line].at(-1)!)) {
      const chars = [...line];
      carry = chars.pop()! + carry;
      line = chars.join('');
    }
    if (measure(piece) > width && !/[\u4e00-\u9fff]/.test(piece)) {
      // A Latin run longer than a whole line: split it by characters.
      let rest = carry + piece;
      lines.push(line.trimEnd());
      while (measure(rest) > width) {
        const cut = splitPoint(rest, measure, width);
        if (cut >= rest.length) break;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    } else {
      lines.push(line.trimEnd());
      line = carry + piece;
    }
    limit = width;
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/**
 * Where to cut a run too long for a line: as far in as fits, past one closing mark (hanging it)
 * or moved back, so that the cut neither starts the next line with a closing mark nor ends this
 * one with an opening mark. When no cut in
 * the width keeps both rules (「%%% in three characters), the closing marks hang past the width,
 * as they do at any other line end.
 */
function splitPoint(run: string, measure: (s: string) => number, width: number): number {
  const allowed = (cut: number) => !NO_LINE_START.has(run[cut]!) && !NO_LINE_END.has(run[cut - 1]!);
  let cut = run.length - 1;
  while (cut > 1 && measure(run.slice(0, cut)) > width) cut--;
  if (allowed(cut)) return cut;
  // One closing mark hangs, as at any line end; more than one moves the cut back.
  if (NO_LINE_START.has(run[cut]!) && allowed(cut + 1)) return cut + 1;
  for (let back = cut; back >= 1; back--) if (allowed(back)) return back;
  while (cut < run.length && !allowed(cut)) cut++;
  return cut;
}
