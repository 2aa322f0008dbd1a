// UI text as the tests look it up: by key in the locale's table (src/i18n/strings), never as a
// literal copied from it, so a reworded message changes no test.
import { t, type Lang, type MessageKey } from '../../src/i18n/strings';

/** Any text of a message: its `{placeholders}` match `fill` (a regular expression source). */
export function messagePattern(lang: Lang, key: MessageKey, fill = '.*'): RegExp {
  const escaped = t(lang, key).replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\{\w+\}/g, fill)}$`);
}
