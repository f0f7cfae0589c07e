import { type RefObject, useEffect, useState } from 'react';

/** Pixels from the end below which a list counts as scrolled to its end. */
const END_SLACK = 4;

/** Whether `element` has content below what it shows, kept up to date as it scrolls or resizes; `shown` says when it is on the page. */
export function useMoreBelow(element: RefObject<HTMLElement | null>, shown: boolean): boolean {
  const [more, setMore] = useState(false);
  useEffect(() => {
    const box = element.current;
    if (!box || !shown) return;
    const measure = () => setMore(box.scrollTop + box.clientHeight < box.scrollHeight - END_SLACK);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    box.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      box.removeEventListener('scroll', measure);
    };
  }, [element, shown]);
  return more;
}
