/**
 * Breaks a label into lines no wider than `maxWidth` (as `measure` finds them), never cutting it
 * short: numbers and Latin words stay whole ("1000" is not split into "10" / "00"), opening
 * brackets stay with what follows and closing punctuation with what precedes. A single piece
 * wider than the limit gets a line of its own. The lines joined give back the label (less the
 * spaces at line ends).
 * @example
 * wrapLabel('常设展厅面积1000平方米以上的科普场馆数量', 60, (s) => estimateTextWidth(s, 7.5))
 */
export function wrapLabel(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const pieces = text.match(/[（(“‘[]*(?:[A-Za-z0-9.,%'’+-]+|[^\s]|\s+)[）)”’，,、。：:；;\]]*/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const next = line + piece;
    if (line.trim() !== '' && measure(next.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
