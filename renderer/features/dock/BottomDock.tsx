import './dock.css';
import '../charts/charts.css';
import { useCallback, useEffect, useState } from 'react';
import { controlAccess, lockedTip } from '../../store/classroom-access';
import { useAppStore } from '../../store/use-app-store';
import { MetricReadout } from '../charts/MetricReadout';
import { DOCK_TABS, VIEWS, type ViewId } from './dock-views';
import { PopoutContext } from './popout-context';
import { PopoutDialog } from './PopoutDialog';
import { VIEW_COMPONENTS } from './view-components';
import { TIPS, dockTabTip } from '../../help/tips';
import { tip } from '../../ui/tip';

/**
 * The bottom dock: tabs of live training views (loss and accuracy, decision boundary, per-layer
 * gradients, weights, neurons), the latest metrics always in view, and a pop-out per view. Each
 * view subscribes to just the slice of training state it draws, so progress updates re-render
 * only the views whose data changed, never the whole dock.
 */
export function BottomDock() {
  const [tabId, setTabId] = useState(DOCK_TABS[0].id);
  const [popout, setPopout] = useState<ViewId | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const closePopout = useCallback(() => setPopout(null), []);
  const classroom = useAppStore((s) => s.document.classroom);
  const instructorMode = useAppStore((s) => s.view.instructorMode);
  // Tabs an instructor hid are left out; a locked tab stays visible but cannot be picked.
  const accessOf = (id: string) => controlAccess(classroom, instructorMode, `dock.${id}`);
  const tabs = DOCK_TABS.filter((t) => accessOf(t.id) !== 'hidden');
  const openTabs = tabs.filter((t) => accessOf(t.id) === 'open');
  const tab = openTabs.find((t) => t.id === tabId) ?? openTabs[0];
  // Duplicating a run (or opening a project of several) shows the comparison: differences, overlaid curves.
  const comparing = useAppStore((s) => s.document.runs !== undefined);
  useEffect(() => {
    if (comparing) setTabId('compare');
  }, [comparing]);

  return (
    <PopoutContext.Provider value={setPopout}>
      <section className={`dock${collapsed ? ' dock--collapsed' : ''}`} data-testid="dock" aria-label="Training charts">
        <header className="dock__bar">
          <div className="dock__tabs" role="tablist" aria-label="Training views">
            {tabs.map((t) => (
              <button
                key={t.id}
                type="button"
                role="tab"
                className="dock__tab"
                aria-selected={t.id === tab?.id && !collapsed}
                data-testid={`dock-tab-${t.id}`}
                data-control={`dock.${t.id}`}
                disabled={accessOf(t.id) === 'locked'}
                {...tip(lockedTip(accessOf(t.id), dockTabTip(t, t.views.map((v) => VIEWS[v].title))))}
                onClick={() => {
                  setTabId(t.id);
                  setCollapsed(false);
                }}
              >
                {t.title}
              </button>
            ))}
          </div>
          <MetricReadout />
          <button
            type="button"
            className="icon-button dock__collapse"
            data-testid="dock-collapse"
            aria-expanded={!collapsed}
            {...tip(TIPS['dock.collapse'])}
            onClick={() => setCollapsed((c) => !c)}
          >
            {collapsed ? '▴' : '▾'}
          </button>
        </header>
        {!collapsed && tab && (
          <div className={`dock__views dock__views--${tab.views.length}`} role="tabpanel">
            {tab.views.map((view) => {
              if (view === popout) return <p key={view} className="dock__placeholder">{VIEWS[view].title} is open large.</p>;
              const View = VIEW_COMPONENTS[view];
              return <View key={view} />;
            })}
          </div>
        )}
      </section>
      {popout && <PopoutDialog view={popout} onClose={closePopout} />}
    </PopoutContext.Provider>
  );
}
