/**
 * HTML and XML escaping, the one copy: every string of data put into markup we write ourselves
 * (tooltips, drawn charts, the indicator chart, share images, the built pages' head) goes through
 * it. It escapes all five of & < > " ', so one function is right in text and in quoted attributes.
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}
