import { useEffect, useState, type RefObject } from 'react';

/** Margin around the viewport within which a chart mounts, so it is drawn before it scrolls in. */
const MOUNT_MARGIN = '400px 0px';

/** True once the element has come near the viewport (and from then on). No observer: true. */
export function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          io.disconnect();
        }
      },
      { rootMargin: MOUNT_MARGIN },
    );
    io.observe(el);
    // Printing shows the whole page at once: draw every chart first.
    const print = () => setNear(true);
    window.addEventListener('beforeprint', print);
    return () => {
      io.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, [ref, near]);
  return near;
}

/** The element's content width, from a ResizeObserver (no synchronous layout read). */
export function useWidth(ref: RefObject<HTMLElement | null>, initial: number): number {
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // No synchronous clientWidth read here: with 24 panels that forces 24 layouts on load.
    // ResizeObserver reports the first size itself, after layout.
    const ro = new ResizeObserver(([entry]) => {
      const w = Math.round(entry?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
