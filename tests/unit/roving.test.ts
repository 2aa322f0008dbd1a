// The arrow-key rule every roving-focus list shares (tabs, menus, cards): moves, wraps, jumps, and
// swaps the horizontal arrows on a right-to-left page.
import { rovingIndex } from '../../src/components/page/roving';

describe('rovingIndex', () => {
  it('moves along its axis only, wrapping at both ends; Home and End jump', () => {
    const tabs = { axis: 'horizontal' } as const;
    expect(rovingIndex('ArrowRight', 0, 3, tabs)).toBe(1);
    expect(rovingIndex('ArrowRight', 2, 3, tabs)).toBe(0);
    expect(rovingIndex('ArrowLeft', 0, 3, tabs)).toBe(2);
    expect(rovingIndex('Home', 2, 3, tabs)).toBe(0);
    expect(rovingIndex('End', 0, 3, tabs)).toBe(2);
    // Up and Down are the page's scroll keys beside a tab list, not moves.
    expect(rovingIndex('ArrowDown', 0, 3, tabs)).toBeNull();
    const menu = { axis: 'vertical' } as const;
    expect(rovingIndex('ArrowDown', 1, 3, menu)).toBe(2);
    expect(rovingIndex('ArrowUp', 0, 3, menu)).toBe(2);
    expect(rovingIndex('ArrowRight', 0, 3, menu)).toBeNull();
    const cards = { axis: 'both' } as const;
    expect(rovingIndex('ArrowDown', 0, 3, cards)).toBe(1);
    expect(rovingIndex('ArrowRight', 0, 3, cards)).toBe(1);
  });

  it('on a right-to-left page ArrowLeft moves on and ArrowRight back', () => {
    const rtl = { axis: 'horizontal', dir: 'rtl' } as const;
    expect(rovingIndex('ArrowLeft', 0, 3, rtl)).toBe(1);
    expect(rovingIndex('ArrowRight', 0, 3, rtl)).toBe(2);
    expect(rovingIndex('ArrowDown', 0, 3, { axis: 'both', dir: 'rtl' })).toBe(1);
  });

  it('ignores other keys and empty lists', () => {
    expect(rovingIndex('a', 0, 3, { axis: 'both' })).toBeNull();
    expect(rovingIndex('Enter', 0, 3, { axis: 'both' })).toBeNull();
    expect(rovingIndex('ArrowRight', 0, 0, { axis: 'both' })).toBeNull();
  });
});
