import { useAppStore } from '../../store/use-app-store';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

/** A section a rail button opens: its label, icon and the test id of its section in the column. */
interface RailItem {
  label: string;
  icon: string;
  section: string;
}

const ITEMS: Record<'left' | 'right', RailItem[]> = {
  left: [
    { label: 'Nodes', icon: '⊞', section: 'palette' },
    { label: 'Dataset', icon: '⁘', section: 'dataset-panel' },
  ],
  right: [
    { label: 'Inspector', icon: '✎', section: 'inspector' },
    { label: 'Training', icon: '⚙', section: 'training-settings' },
    { label: 'Notes', icon: '≡', section: 'notes-panel' },
  ],
};

/** Time for the unfolded column to render before its section is scrolled into view. */
const SCROLL_DELAY_MS = 50;

/**
 * A side column folded to icons in the presenter view: the top button unfolds or folds the column,
 * the others unfold it at one of its sections; the canvas keeps the width the column gave up.
 */
export function PresenterRail({ side, onResize }: { side: 'left' | 'right'; onResize(): void }) {
  const open = useAppStore((s) => s.view.panels[side]);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const show = (section?: string) => {
    togglePanel(side, section ? true : !open);
    onResize();
    if (section)
      setTimeout(
        () => document.querySelector(`[data-testid="${section}"]`)?.scrollIntoView({ block: 'start' }),
        SCROLL_DELAY_MS,
      );
  };
  const fold = side === 'left' ? (open ? '«' : '»') : open ? '»' : '«';
  return (
    <nav
      className={`presenter-rail presenter-rail--${side}`}
      data-testid={`rail-${side}`}
      aria-label={side === 'left' ? 'Nodes and dataset' : 'Inspector and training'}
    >
      <button
        type="button"
        className="presenter-rail__button"
        data-testid={`rail-${side}-toggle`}
        aria-expanded={open}
        {...tip(TIPS[side === 'left' ? 'toolbar.toggleLeft' : 'toolbar.toggleRight'])}
        onClick={() => show()}
      >
        {fold}
      </button>
      {ITEMS[side].map((item) => (
        <button
          key={item.section}
          type="button"
          className="presenter-rail__button"
          data-testid={`rail-${item.section}`}
          aria-label={item.label}
          {...tip(`${item.label}: ${TIPS['presenter.railSection']}`)}
          onClick={() => show(item.section)}
        >
          <span aria-hidden="true">{item.icon}</span>
          <span className="presenter-rail__label">{item.label}</span>
        </button>
      ))}
    </nav>
  );
}
