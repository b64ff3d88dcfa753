/**
 * A piece of a file name made from user text (a district's or unit's name, a region code), safe to
 * join under an output folder: path separators and the characters Windows refuses (< > : " / \ | ? *,
 * control characters) become `_`, leading dots go (no `..`, no hidden file) and so do trailing dots
 * and spaces (Windows drops them), and the name before its extension is cut to 60 characters, so
 * that with a prefix it stays under the 255-byte limit even in 3-byte CJK characters. Without this
 * a district named `a/b` or `../x` would put its form or report outside the chosen folder.
 * @example
 * safeFileName('2025_371402_<script>/x'); // "2025_371402__script__x"
 */
export function safeFileName(text: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = text.replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  // The cut keeps an extension (figure_01_….svg).
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(cleaned)?.[0] ?? '';
  const stem = [...cleaned.slice(0, cleaned.length - ext.length)].slice(0, 60).join('');
  return (stem || '_') + ext;
}
