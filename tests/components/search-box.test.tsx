// The search field as a reader sees it on a desktop and on a phone.
import { screen } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { openAt } from './open';

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

describe('the search placeholder', () => {
  afterEach(() => vi.restoreAllMocks());

  it('names the keyboard shortcuts on a desktop', async () => {
    await openAt('?lang=en');
    expect(screen.getByRole('combobox', { name: /Search|搜索/ })).toHaveAttribute(
      'placeholder',
      'Search (/ or Ctrl+K)',
    );
  });

  it.each([
    ['', '搜索'],
    ['?lang=en', 'Search'],
  ])('on a 320 px phone %s is one word, with no shortcut to cut off', async (address, word) => {
    vi.spyOn(window, 'matchMedia').mockImplementation(mediaLike({ width: 320, touch: true }));
    await openAt(address);
    expect(screen.getByRole('combobox', { name: /Search|搜索/ })).toHaveAttribute(
      'placeholder',
      word,
    );
  });

  it('on a wide touch screen names no shortcut either', async () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(mediaLike({ width: 1024, touch: true }));
    await openAt('?lang=en');
    expect(screen.getByRole('combobox', { name: /Search|搜索/ })).toHaveAttribute(
      'placeholder',
      'Search',
    );
  });
});
