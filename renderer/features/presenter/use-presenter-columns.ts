import { useEffect, useRef } from 'react';
import { useServices } from '../../app/use-services';

/**
 * Folds the side columns to their icon rails when the presenter view comes on (at start-up too,
 * when it was left on), and puts them back as they were when it goes off.
 */
export function usePresenterColumns(presenter: boolean): void {
  const { store } = useServices();
  const before = useRef<{ left: boolean; right: boolean } | null>(null);
  useEffect(() => {
    const { view, togglePanel } = store.getState();
    const { left, right } = view.panels;
    if (presenter) {
      before.current = { left, right };
      togglePanel('left', false);
      togglePanel('right', false);
    } else if (before.current) {
      togglePanel('left', before.current.left);
      togglePanel('right', before.current.right);
      before.current = null;
    }
  }, [presenter, store]);
}
