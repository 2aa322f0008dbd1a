/**
 * The arrow-key rule of a roving focus (WAI-ARIA tabs, menus, lists of cards): which item a key
 * moves to, wrapping at the ends; Home and End jump. One rule for every such list, so they agree,
 * and right-to-left pages swap the horizontal arrows (ArrowLeft moves on in Arabic script).
 */
export type RovingAxis = 'horizontal' | 'vertical' | 'both';

/** The index `key` moves to from `index` among `count` items, or null when it is not a move key. */
export function rovingIndex(
  key: string,
  index: number,
  count: number,
  { axis, dir = 'ltr' }: { axis: RovingAxis; dir?: 'ltr' | 'rtl' },
): number | null {
  if (count <= 0) return null;
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  const horizontal = axis !== 'vertical';
  const vertical = axis !== 'horizontal';
  let next: number;
  if (key === 'Home') next = 0;
  else if (key === 'End') next = count - 1;
  else if ((horizontal && key === forward) || (vertical && key === 'ArrowDown')) next = index + 1;
  else if ((horizontal && key === back) || (vertical && key === 'ArrowUp')) next = index - 1;
  else return null;
  return (next + count) % count;
}
