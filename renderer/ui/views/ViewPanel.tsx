import type { ReactNode } from 'react';
import { VIEWS, type ViewId } from './view-meta';
import { usePopout } from './popout-context';
import { tip } from '../tip';
import { popoutTip } from '../../help/view-tips';

/** Props of a view's frame. */
export interface ViewPanelProps {
  view: ViewId;
  /** True inside the pop-out (no pop-out button, larger type). */
  large?: boolean;
  /** Controls and readouts in the header, right of the title. */
  actions?: ReactNode;
  /** Replaces the view's usual titles (a regression boundary is a prediction). */
  titles?: { short: string; title: string };
  /** Drawn over a corner of the body (a legend): top right unless `overlayAt` says bottom. */
  overlay?: ReactNode;
  overlayAt?: 'top' | 'bottom';
  children: ReactNode;
}

/** The frame every live view sits in: its title, its controls, a pop-out button, and the view filling the rest. */
export function ViewPanel({ view, large, actions, overlay, overlayAt = 'top', titles, children }: ViewPanelProps) {
  const popout = usePopout();
  const { testId } = VIEWS[view];
  const { short, title } = titles ?? VIEWS[view];
  return (
    <section
      className={`view-panel view-panel--${view}${large ? ' view-panel--large' : ''}`}
      data-testid={testId}
      aria-label={title}
    >
      <header className="view-panel__head">
        <h3 className="view-panel__title" title={title}>
          {large ? title : short}
        </h3>
        <div className="view-panel__actions">
          {actions}
          {!large && (
            <button
              type="button"
              className="icon-button"
              data-testid={`popout-${view}`}
              {...tip(popoutTip(title))}
              aria-label={`Open ${title} large`}
              onClick={() => popout(view)}
            >
              ⤢
            </button>
          )}
        </div>
      </header>
      <div className="view-panel__body">
        {children}
        {overlay && <div className={`view-panel__overlay view-panel__overlay--${overlayAt}`}>{overlay}</div>}
      </div>
    </section>
  );
}

/** What a view says before there is anything to show. */
export function EmptyView({ children }: { children: ReactNode }) {
  return <p className="view-empty">{children}</p>;
}
