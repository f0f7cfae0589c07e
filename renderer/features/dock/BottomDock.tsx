import './dock.css';
import '../../styles/charts.css';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { controlAccess, lockedTip } from '../../store/classroom-access';
import { useAppStore } from '../../store/use-app-store';
import { DOCK_TABS } from './dock-views';
import type { ViewId } from '../../ui/views/view-meta';
import { PopoutContext } from '../../ui/views/popout-context';
import { PopoutDialog } from './PopoutDialog';
import { dockView, MetricReadout } from './view-registry';
import { onTabListKeyDown } from './roving-tabs';
import { DOCK_MIN_HEIGHT, useDockResize } from './use-dock-resize';
import { useElementSize } from '../../ui/use-element-size';
import { useAfterFirstPaint } from '../../ui/use-after-first-paint';
import { TIPS, dockTabTip } from '../../help/tips';
import { PanelBoundary } from '../../ui/panel-boundary/PanelBoundary';
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
  // The presenting layout: the dock fills the centre and the canvas steps aside.
  const [full, setFull] = useState(false);
  const section = useRef<HTMLElement>(null);
  const resize = useDockResize(section);
  const { height: shownHeight } = useElementSize(section);
  const closePopout = useCallback(() => setPopout(null), []);
  // The views draw the frame after the canvas at start-up; the tabs and the dock's size are there from the first.
  const viewsReady = useAfterFirstPaint();
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
  const strip = useRef<HTMLDivElement>(null);
  const clipped = useClippedTabs(strip, tabs.length);
  // The chosen tab is scrolled into the strip, so picking one from the menu shows where it is.
  useLayoutEffect(() => {
    strip.current
      ?.querySelector<HTMLElement>('[aria-selected="true"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [tab?.id, collapsed]);
  const pick = (id: string) => {
    setTabId(id);
    setCollapsed(false);
  };
  const style =
    resize.height !== null && !collapsed && !full
      ? ({ ['--dock-height' as string]: `${resize.height}px` } as React.CSSProperties)
      : undefined;

  return (
    <PopoutContext.Provider value={setPopout}>
      <section
        ref={section}
        className={`dock${collapsed ? ' dock--collapsed' : ''}${full ? ' dock--full' : ''}`}
        style={style}
        data-testid="dock"
        aria-label="Training charts"
      >
        {!collapsed && !full && (
          <div
            className="dock__resize"
            role="separator"
            aria-orientation="horizontal"
            aria-label="Resize the training views"
            aria-valuenow={Math.round(resize.height ?? shownHeight)}
            aria-valuemin={DOCK_MIN_HEIGHT}
            tabIndex={0}
            data-testid="dock-resize"
            {...tip(TIPS['dock.resize'])}
            onPointerDown={resize.onPointerDown}
            onKeyDown={resize.onKeyDown}
            onDoubleClick={resize.reset}
          />
        )}
        <header className="dock__bar">
          <div
            className={`dock__tabs${clipped.length > 0 ? ' dock__tabs--clipped' : ''}`}
            role="tablist"
            aria-label="Training views"
            ref={strip}
            onKeyDown={(event) => onTabListKeyDown(event, pick)}
          >
            {tabs.map((t) => (
              <button
                key={t.id}
                type="button"
                role="tab"
                className="dock__tab"
                aria-selected={t.id === tab?.id && !collapsed}
                aria-controls={t.id === tab?.id && !collapsed ? 'dock-tabpanel' : undefined}
                id={`dock-tab-${t.id}`}
                tabIndex={t.id === tab?.id ? 0 : -1}
                data-testid={`dock-tab-${t.id}`}
                data-tab-id={t.id}
                data-control={`dock.${t.id}`}
                disabled={accessOf(t.id) === 'locked'}
                {...tip(
                  lockedTip(
                    accessOf(t.id),
                    dockTabTip(
                      t,
                      t.views.map((v) => dockView(v).title),
                    ),
                  ),
                )}
                onClick={() => pick(t.id)}
              >
                {t.title}
              </button>
            ))}
          </div>
          {clipped.length > 0 && (
            <select
              className="dock__more"
              data-testid="dock-more"
              aria-label="More training views"
              {...tip(TIPS['dock.more'])}
              value=""
              onChange={(e) => pick(e.target.value)}
            >
              <option value="" disabled hidden>
                More
              </option>
              {tabs
                .filter((t) => clipped.includes(t.id))
                .map((t) => (
                  <option key={t.id} value={t.id} disabled={accessOf(t.id) === 'locked'}>
                    {t.title}
                  </option>
                ))}
            </select>
          )}
          <MetricReadout />
          <button
            type="button"
            className="icon-button dock__full"
            data-testid="dock-present"
            aria-pressed={full}
            {...tip(TIPS['presenter.charts'])}
            onClick={() => {
              if (!full) pick('overview');
              setFull((f) => !f);
            }}
          >
            {full ? '⤡ Canvas' : '⤢ Charts'}
          </button>
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
          <div
            className={`dock__views dock__views--${tab.views.length}`}
            role="tabpanel"
            id="dock-tabpanel"
            aria-labelledby={`dock-tab-${tab.id}`}
          >
            {viewsReady &&
              tab.views.map((view) => {
                if (view === popout)
                  return (
                    <p key={view} className="dock__placeholder">
                      {dockView(view).title} is open large.
                    </p>
                  );
                const View = dockView(view).component;
                return (
                  <PanelBoundary key={view} id={`view-${view}`} name={`The ${dockView(view).short} view`}>
                    <View />
                  </PanelBoundary>
                );
              })}
          </div>
        )}
      </section>
      {popout && <PopoutDialog view={popout} onClose={closePopout} />}
    </PopoutContext.Provider>
  );
}

/**
 * The ids of the tabs the strip does not show whole (it scrolls sideways when the dock is narrow),
 * kept up to date as the strip is resized or scrolled, for the "More" menu beside it.
 */
function useClippedTabs(strip: React.RefObject<HTMLDivElement | null>, count: number): string[] {
  const [clipped, setClipped] = useState<string[]>([]);
  useLayoutEffect(() => {
    const element = strip.current;
    if (!element) return;
    const measure = () => {
      // Measured in fractional pixels: a tab cut by a pixel is cut.
      const box = element.getBoundingClientRect();
      const ids: string[] = [];
      for (const tab of element.querySelectorAll<HTMLElement>('[role="tab"]')) {
        const edge = tab.getBoundingClientRect();
        if (edge.left < box.left - 0.5 || edge.right > box.right + 0.5) ids.push(tab.dataset.tabId ?? '');
      }
      setClipped((previous) => (previous.join() === ids.join() ? previous : ids));
    };
    measure();
    // The strip's own size, and each tab's: a tab widens without the strip changing when a web font arrives.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const tab of element.querySelectorAll('[role="tab"]')) observer.observe(tab);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, [strip, count]);
  return clipped;
}
