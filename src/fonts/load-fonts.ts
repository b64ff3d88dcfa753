import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create } from 'fontkit';
import type { Font } from 'fontkit';
import { KepuError } from '../errors/index.js';
import type { FontFace, FontSet } from './font.js';
import { fontFace } from './font.js';

const require = createRequire(import.meta.url);

/** The free CJK fonts kepu ships (SIL OFL): Noto Sans SC and Noto Serif SC. */
export const bundledFonts = {
  sans: () => require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  sansBold: () => require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
  serif: () => require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf'),
  title: () => require.resolve('@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf'),
};

/** Opens one font file; a missing or unreadable file is a located user error. */
export function loadFont(path: string, family?: string): FontFace {
  if (!existsSync(path)) throw new KepuError('FILE_NOT_FOUND', { file: path });
  try {
    const bytes = readFileSync(path);
    return fontFace(create(bytes) as Font, path, family, bytes);
  } catch (error) {
    throw new KepuError('FILE_UNREADABLE', { file: path, reason: (error as Error).message });
  }
}

export interface LoadFontsOptions {
  /** A user font for body text (e.g. 仿宋_GB2312 on their machine). */
  body?: string;
  /** A user font for titles (e.g. 方正小标宋). */
  title?: string;
  /** A user font for headings and charts (e.g. 黑体). */
  sans?: string;
}

/** Loads the report's fonts once: bundled Noto faces unless the user names their own files. */
export function loadFonts(options: LoadFontsOptions = {}): FontSet {
  return {
    sans: loadFont(options.sans ?? bundledFonts.sans(), 'Noto Sans SC'),
    sansBold: loadFont(bundledFonts.sansBold(), 'Noto Sans SC Bold'),
    serif: loadFont(options.body ?? bundledFonts.serif(), 'Noto Serif SC'),
    title: loadFont(options.title ?? bundledFonts.title(), 'Noto Serif SC Bold'),
  };
}
