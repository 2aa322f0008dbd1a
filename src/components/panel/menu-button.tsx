/**
 * A WAI-ARIA menu button: one tab stop that opens a menu of actions. ArrowDown / Enter / Space
 * open it on the first item (ArrowUp on the last); inside, arrows move (wrapping), Home / End jump,
 * Escape closes and returns focus to the button, Tab closes. Items come from a list, so a new
 * action is one more entry, never one more tab stop.
 */
import { rovingIndex } from '../page/roving';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuAction {
  id: string;
  label: string;
  /** A short state shown instead of the label for a moment (e.g. "link copied"). */
  busy?: boolean;
  disabled?: boolean;
  run: () => void | Promise<void>;
}

export function MenuButton({
  label,
  title,
  items,
}: {
  /** The button's visible text. */
  label: string;
  /** The accessible name (e.g. "Actions: Grassroots unions"). */
  title: string;
  items: readonly MenuAction[];
}) {
  const uid = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!menuRef.current?.contains(t) && !buttonRef.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const openAt = (index: number) => {
    setActive((index + items.length) % items.length);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openAt(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(items.length - 1);
    }
  };

  const activate = (item: MenuAction) => {
    if (item.disabled) return;
    close(true);
    void item.run();
  };

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const to = rovingIndex(e.key, active, items.length, { axis: 'vertical' });
    if (to !== null) {
      e.preventDefault();
      setActive(to);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') {
      close(false);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const item = items[active];
      if (item) activate(item);
    }
  };

  return (
    <div className="menu">
      <button
        ref={buttonRef}
        type="button"
        className="btn-small menu-button"
        id={`${uid}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${uid}-menu`}
        aria-label={title}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      <ul
        ref={menuRef}
        role="menu"
        id={`${uid}-menu`}
        aria-labelledby={`${uid}-button`}
        hidden={!open}
        onKeyDown={onMenuKey}
      >
        {items.map((item, i) => (
          <li
            key={item.id}
            role="menuitem"
            tabIndex={-1}
            aria-disabled={item.disabled || undefined}
            aria-busy={item.busy || undefined}
            data-action={item.id}
            onClick={() => activate(item)}
            onMouseEnter={() => setActive(i)}
          >
            {item.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
