// The search field as a reader sees it on a desktop and on a phone.
import { screen } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { t, type Lang } from '../../src/i18n/strings';
import { openAt, smallReport } from './open';

/** A window whose media queries match as a phone's (or not): width and touch as given. */
function mediaLike({ width, touch }: { width: number; touch: boolean }) {
  return (query: string) =>
    ({
      matches: query.split(',').some((q) => {
        const max = /max-width:\s*(\d+)px/.exec(q);
        if (max) return width <= Number(max[1]);
        if (/hover:\s*none/.test(q)) return touch;
        return false;
      }),
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// On the small excerpt report: the search field is the same whatever the report says.
describe('the search placeholder', () => {
  afterEach(() => vi.restoreAllMocks());
  const placeholder = (lang: Lang) =>
    screen.getByRole('combobox', { name: t(lang, 'searchLabel') }).getAttribute('placeholder');

  it('names the keyboard shortcuts on a desktop', async () => {
    await openAt('?lang=en', { report: smallReport() });
    expect(placeholder('en')).toBe(t('en', 'searchPlaceholder'));
    expect(placeholder('en')).toContain('Ctrl+K');
  });

  it.each<[string, Lang]>([
    ['', 'zh'],
    ['?lang=en', 'en'],
  ])('on a 320 px phone %s is one word, with no shortcut to cut off', async (address, lang) => {
    vi.spyOn(window, 'matchMedia').mockImplementation(mediaLike({ width: 320, touch: true }));
    await openAt(address, { report: smallReport() });
    expect(placeholder(lang)).toBe(t(lang, 'searchPlaceholderTouch'));
    expect(placeholder(lang)).toMatch(/^\S+$/);
  });

  it('on a wide touch screen names no shortcut either', async () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(mediaLike({ width: 1024, touch: true }));
    await openAt('?lang=en', { report: smallReport() });
    expect(placeholder('en')).toBe(t('en', 'searchPlaceholderTouch'));
  });
});
