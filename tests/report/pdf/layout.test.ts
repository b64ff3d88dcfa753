import { describe, expect, it } from 'vitest';
import type { Block, Figure, Table } from '../../../src/report/model.js';
import type { LaidPage, Op } from '../../../src/report/pdf/layout.js';
import { MIN_SHRINK } from '../../../src/report/pdf/figure.js';
import { layout } from '../../../src/report/pdf/layout.js';
import { TOC_MIN_LEADING } from '../../../src/report/pdf/toc.js';
import { MM, pageStyle } from '../../../src/report/style.js';
import { docWith, monoFonts } from '../../helpers/report.js';

/**
 * The plain style (style.ts) with fonts whose every character is one em wide, so positions follow
 * from the style's numbers by hand: A4 with 25 mm margins, so the text block is 160 mm = 453.54 pt
 * wide and 247 mm = 700.16 pt high, its top at 25 mm = 70.87 pt; body 11 pt on a 19 pt pitch,
 * level-1 headings 14 pt on 22, table text 9 pt on 13, captions on 15, gap 6.
 */
const style = pageStyle('plain');
const fonts = monoFonts();
const top = 25 * MM;
const left = 25 * MM;
const width = 160 * MM;

const texts = (page: LaidPage) => page.ops.filter((o): o is Extract<Op, { op: 'text' }> => o.op === 'text');
const pageOf = (pages: LaidPage[], text: string) => pages.findIndex((p) => texts(p).some((o) => o.text === text));
/** A paragraph of `n` lines: the first, indented two characters, holds 39 characters (39 × 11 = 429 ≤ 431.54), the others 41 (451 ≤ 453.54). */
const lines = (n: number) => '文'.repeat(39 + 41 * (n - 1));

describe('layout', () => {
  describe('keeps a heading with what follows', () => {
    // After a paragraph of n lines (plus the plain style's 4 pt) the cursor is 19n + 4 below the top. A
    // heading needs 22 + 6 (gap) + 3 × 19 (three lines of what follows) = 85: it stays while
    // 19n + 89 ≤ 700.16 + 0.5, that is up to n = 32 (697), and moves from n = 33 (716).
    const blocks = (n: number): Block[] => [
      { type: 'paragraph', text: lines(n) },
      { type: 'heading', level: 1, text: '总结' },
      { type: 'paragraph', text: '正文。' },
    ];

    it('leaves a heading under a 32-line paragraph on its page', () => {
      const { pages, outline } = layout(docWith(blocks(32)), style, fonts);
      expect(pages).toHaveLength(2);
      expect(pageOf(pages, '总结')).toBe(1);
      expect(outline).toEqual([{ title: '总结', level: 1, page: 1 }]);
    });

    it('moves a heading under a 33-line paragraph to the next page, with its paragraph, though the heading alone would fit', () => {
      const { pages, outline } = layout(docWith(blocks(33)), style, fonts);
      expect(pages).toHaveLength(3);
      expect(texts(pages[1]!).filter((o) => o.face === 'serif')).toHaveLength(33);
      expect(pageOf(pages, '总结')).toBe(2);
      expect(pageOf(pages, '正文。')).toBe(2);
      expect(outline).toEqual([{ title: '总结', level: 1, page: 2 }]);
      // At the top of the page without the gap before it, its glyphs centred on the 22 pt line: (22 − 14 × 1.15) / 2 = 2.95.
      const heading = texts(pages[2]!).find((o) => o.text === '总结')!;
      expect(heading.y).toBeCloseTo(top + 2.95, 6);
      expect(heading.x).toBeCloseTo(left, 6);
    });
  });

  describe('splits a table taller than a page', () => {
    // Rows of one line are 13 + 2 × 3 = 19 pt high, the header too. Page 1: the table starts 3 pt down
    // (half the gap), the header ends at 22; row k (from 0) fits while 22 + 19k + 19 ≤ 700.16, so rows
    // 0–34 (R1–R35). Page 2: the header ends at 19, and row j fits while 19 + 19j + 19 ≤ 700.16: R36–R70.
    const table: Table = { type: 'table', name: 't', label: '表1', columns: [{ title: '序号' }], rows: Array.from({ length: 50 }, (_, i) => [`R${i + 1}`]) };
    const { pages } = layout(docWith([table]), style, fonts);
    const rowsOn = (page: LaidPage) => texts(page).filter((o) => o.face === 'sans').map((o) => o.text);

    it('puts 35 rows on the first page and the other 15 on the next', () => {
      expect(pages).toHaveLength(3);
      expect(rowsOn(pages[1]!)).toEqual(Array.from({ length: 35 }, (_, i) => `R${i + 1}`));
      expect(rowsOn(pages[2]!)).toEqual(Array.from({ length: 15 }, (_, i) => `R${i + 36}`));
    });

    it('repeats the header, bold, at the top of the second page', () => {
      const first = texts(pages[2]!)[0]!;
      expect(first).toMatchObject({ text: '序号', face: 'sansBold' });
      expect(texts(pages[1]!).filter((o) => o.face === 'sansBold').map((o) => o.text)).toEqual(['序号']);
    });

    it('closes each page’s part with a heavy rule under its last row', () => {
      const last = pages[1]!.ops.at(-1)!;
      expect(last).toMatchObject({ op: 'line', width: 1.2 });
      expect((last as Extract<Op, { op: 'line' }>).y1).toBeCloseTo(top + 22 + 35 * 19, 6);
      expect(pages[2]!.ops.at(-1)).toMatchObject({ op: 'line', width: 1.2 });
    });
  });

  describe('numbers pages', () => {
    it('leaves the cover unnumbered and counts on from 1, one page per page break', () => {
      const blocks: Block[] = [{ type: 'paragraph', text: '一' }, { type: 'pagebreak' }, { type: 'paragraph', text: '二' }, { type: 'pagebreak' }, { type: 'paragraph', text: '三' }];
      const { pages } = layout(docWith(blocks), style, fonts);
      expect(pages.map((p) => p.number)).toEqual([null, 1, 2, 3]);
      expect(pageOf(pages, '三')).toBe(3);
    });

    it('ignores a page break at the top of a page', () => {
      const { pages } = layout(docWith([{ type: 'pagebreak' }, { type: 'paragraph', text: '一' }]), style, fonts);
      expect(pages.map((p) => p.number)).toEqual([null, 1]);
    });

    it('numbers the first page 1 when there is no cover, and heads it with the title, centred', () => {
      const { pages } = layout(docWith([{ type: 'paragraph', text: '一' }], { cover: false }), style, fonts);
      expect(pages.map((p) => p.number)).toEqual([1]);
      // Four characters of the 20 pt title face: 80 pt wide, centred in the text block.
      const title = texts(pages[0]!)[0]!;
      expect(title).toMatchObject({ text: '测试报告', face: 'title', size: 20 });
      expect(title.x).toBeCloseTo(left + (width - 80) / 2, 6);
    });

    it('fills the contents with each heading’s page number, flush right, once every heading is placed', () => {
      const blocks: Block[] = [
        { type: 'toc', title: '目录', levels: 2 },
        { type: 'heading', level: 1, text: '甲' },
        { type: 'paragraph', text: '正文。' },
        { type: 'pagebreak' },
        { type: 'heading', level: 2, text: '乙' },
        { type: 'heading', level: 3, text: '丙' },
      ];
      const { pages } = layout(docWith(blocks), style, fonts);
      // Cover, the contents (page 1), 甲 on page 2, 乙 after the break on page 3.
      expect(pages.map((p) => p.number)).toEqual([null, 1, 2, 3]);
      const toc = texts(pages[1]!);
      // The title, then per entry its label, dotted leader and number; 丙 (level 3) is deeper than the contents go.
      expect(toc.map((o) => o.text).filter((t) => !t.startsWith('·'))).toEqual(['目录', '甲', '2', '乙', '3']);
      const [, a, aNumber, b, bNumber] = toc.filter((o) => !o.text.startsWith('·'));
      // Entries one body line apart from 1.5 lines under the title; level 2 indented two characters (22 pt).
      expect(a).toMatchObject({ face: 'sansBold', y: top + 28.5 });
      expect(b).toMatchObject({ face: 'serif', y: top + 47.5 });
      expect(b!.x).toBeCloseTo(left + 22, 6);
      // The number ends at the right edge: one 11 pt character.
      expect(aNumber!.x).toBeCloseTo(left + width - 11, 6);
      expect(bNumber!.x).toBeCloseTo(left + width - 11, 6);
    });
  });

  describe('figures', () => {
    const figure = (w: number, h: number): Figure => ({ type: 'figure', name: 'f', label: '图1', caption: '趋势', spec: {} as Figure['spec'], svg: '<svg/>', width: w, height: h });
    const svgOps = (pages: LaidPage[]) => pages.flatMap((p, i) => p.ops.filter((o) => o.op === 'svg').map((o) => ({ page: i, ...o })));

    it('shrinks a figure taller than a page to the page less its caption and gaps, centred', () => {
      // 700.16 − 15 (caption) − 2 × 6 (gaps) = 673.16 pt high; 100 pt wide × 0.67316 = 67.32 pt.
      const [svg] = svgOps(layout(docWith([figure(100, 1000)]), style, fonts).pages) as { page: number; x: number; y: number; w: number; h: number }[];
      expect(svg!.h).toBeCloseTo(673.16, 2);
      expect(svg!.w).toBeCloseTo(67.32, 2);
      expect(svg!.x).toBeCloseTo(left + (width - svg!.w) / 2, 6);
      expect(svg!.y).toBeCloseTo(top + 6, 6);
    });

    it('moves a figure that does not fit under a paragraph to the next page whole', () => {
      // 30 lines end at 30 × 19 + 4 = 574; the figure needs 200 + 15 + 12 = 227, and 801 > 700.16.
      const { pages } = layout(docWith([{ type: 'paragraph', text: lines(30) }, figure(100, 200)]), style, fonts);
      expect(svgOps(pages).map((s) => s.page)).toEqual([2]);
      expect(pageOf(pages, '图1  趋势')).toBe(2);
    });

    it('keeps a figure under a paragraph when it fits, though the gap after its caption does not', () => {
      // 30 lines end at 574; the page ends at 700.16 (+ 0.5 rounding). The figure takes 6 (gap) + 102 + 2 + 15 (caption) = 125,
      // to 699, on the page; the 6 pt gap after it would end at 705.
      const { pages } = layout(docWith([{ type: 'paragraph', text: lines(30) }, figure(100, 102)]), style, fonts);
      expect(svgOps(pages).map((s) => [s.page, s.h])).toEqual([[1, 102]]);
      expect(pageOf(pages, '图1  趋势')).toBe(1);
    });

    it('shrinks a figure that nearly fits to the room left on the page, no less than MIN_SHRINK', () => {
      // Room under 30 lines: 700.16 + 0.5 − 574 − 23 (gap, 2 pt, caption) = 103.66 pt; a 125 pt figure at 0.8 needs 100: drawn
      // 103.66 high (scale 0.8293), 82.93 wide, centred.
      const { pages } = layout(docWith([{ type: 'paragraph', text: lines(30) }, figure(100, 125)]), style, fonts);
      const [svg] = svgOps(pages);
      expect(svg!.page).toBe(1);
      expect(svg!.h).toBeCloseTo(103.66, 2);
      expect(svg!.w).toBeCloseTo(82.93, 2);
      expect(svg!.x).toBeCloseTo(left + (width - svg!.w) / 2, 6);
      expect(MIN_SHRINK).toBe(0.8);
      // A 130 pt figure would need 0.797: it moves, at full size.
      const moved = svgOps(layout(docWith([{ type: 'paragraph', text: lines(30) }, figure(100, 130)]), style, fonts).pages);
      expect(moved.map((s) => [s.page, s.h])).toEqual([[2, 130]]);
    });

    it('wraps a caption wider than the text block, each line centred inside the margins', () => {
      // "图1  " and 50 characters at 10 pt, one em each: 540 pt > 453.54. A line holds 45 (450 pt): two lines on a 15 pt pitch.
      const long = { ...figure(100, 100), caption: '长'.repeat(50) };
      const { pages } = layout(docWith([long, { type: 'paragraph', text: '后文。' }]), style, fonts);
      const caption = texts(pages[1]!).filter((o) => o.text.includes('长'));
      expect(caption.map((o) => o.text.length)).toEqual([45, 9]);
      for (const o of caption) {
        expect(o.x).toBeGreaterThanOrEqual(left - 1e-6);
        expect(o.x + o.text.length * 10).toBeLessThanOrEqual(left + width + 1e-6);
      }
      expect(caption[1]!.y - caption[0]!.y).toBeCloseTo(15, 6);
      // What follows starts under the second line: the caption took 30 pt, not 15.
      const after = texts(pages[1]!).find((o) => o.text.startsWith('后文'))!;
      expect(after.y).toBeGreaterThan(caption[1]!.y + 15 - 1e-6);
    });

    it('moves a heading with the figure after it when the figure cannot follow it on the page', () => {
      // 26 lines end at 498. The heading (6 + 22) fits, and three lines under it would; but the 300 pt figure needs at least
      // 0.8 × 300 + 23 = 263 under it: 498 + 28 + 263 > 700.66, so the heading goes with it to the next page.
      const { pages } = layout(docWith([{ type: 'paragraph', text: lines(26) }, { type: 'heading', level: 1, text: '图表' }, figure(100, 300)]), style, fonts);
      expect(pageOf(pages, '图表')).toBe(2);
      expect(svgOps(pages).map((s) => s.page)).toEqual([2]);
    });
  });
});

describe('widows and orphans', () => {
  const serifLines = (page: LaidPage) => texts(page).filter((o) => o.face === 'serif').length;

  it('carries a three-line paragraph whole to the next page rather than leave its last line alone there', () => {
    // 34 lines end at 34 × 19 + 4 = 650: two more lines fit (688), a third does not (707 > 700.66).
    const { pages } = layout(docWith([{ type: 'paragraph', text: lines(34) }, { type: 'paragraph', text: lines(3) }]), style, fonts);
    expect(pages.slice(1).map(serifLines)).toEqual([34, 3]);
  });

  it('carries a paragraph whole to the next page rather than leave its first line alone at the foot', () => {
    // 35 lines end at 669: one line fits (688), a second does not.
    const { pages } = layout(docWith([{ type: 'paragraph', text: lines(35) }, { type: 'paragraph', text: lines(5) }]), style, fonts);
    expect(pages.slice(1).map(serifLines)).toEqual([35, 5]);
  });

  it('splits a long paragraph leaving at least two lines on each page', () => {
    // 34 lines end at 650; of a 5-line paragraph two fit, three go on.
    const { pages } = layout(docWith([{ type: 'paragraph', text: lines(34) }, { type: 'paragraph', text: lines(5) }]), style, fonts);
    expect(pages.slice(1).map(serifLines)).toEqual([36, 3]);
  });

  it('gives a last page that would hold one line two more from the page before', () => {
    // 36 lines fill page 1 (684 ≤ 700.66; a 37th would end at 703), and a one-line closing paragraph would stand alone on page 2.
    // Page 1 then ends two lines (38 pt) higher: 34 lines, and page 2 holds the other 2 and the closing line.
    const { pages } = layout(docWith([{ type: 'paragraph', text: lines(36) }, { type: 'paragraph', text: '此致。' }]), style, fonts);
    expect(pages.slice(1).map(serifLines)).toEqual([34, 3]);
    expect(pageOf(pages, '此致。')).toBe(2);
  });
});

describe('table of contents', () => {
  it('tightens its leading rather than carry two entries to a page of their own', () => {
    // Under the title (1.5 × 19 = 28.5) one page holds (700.16 − 28.5) / 19 = 35.4, so 35 entries at 19 pt; 37 fit at
    // 671.66 / 37 = 18.15 pt or less, above 0.8 × 19 = 15.2.
    const headings: Block[] = Array.from({ length: 37 }, (_, i) => ({ type: 'heading', level: 1, text: `第${i + 1}节` }));
    const { pages } = layout(docWith([{ type: 'toc', title: '目录', levels: 1 }, ...headings]), style, fonts);
    const entries = texts(pages[1]!).filter((o) => o.text.startsWith('第'));
    expect(entries).toHaveLength(37);
    expect(pages[2]!.number).toBe(2);
    const step = entries[1]!.y - entries[0]!.y;
    expect(step).toBeLessThanOrEqual(671.66 / 37);
    expect(step).toBeGreaterThanOrEqual(19 * TOC_MIN_LEADING);
    expect(entries.at(-1)!.y + step).toBeLessThanOrEqual(top + 700.16 + 0.01);
  });
});
