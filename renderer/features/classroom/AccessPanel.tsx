import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { useMemo, useState } from 'react';
import type { ControlAccess } from '../../store/classroom-access';
import { setAccessOf } from '../../store/classroom-access';
import { useAppStore } from '../../store/use-app-store';
import { type ControlEntry, CONTROLS, unknownControlIds } from './control-registry';

/** The registry's controls by group, in registry order, keeping those whose name, group or id matches `query`. */
export function groupControls(query: string): [string, ControlEntry[]][] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = new Map<string, ControlEntry[]>();
  for (const control of CONTROLS) {
    const haystack = `${control.group} ${control.name} ${control.id}`.toLowerCase();
    if (!words.every((w) => haystack.includes(w))) continue;
    groups.set(control.group, [...(groups.get(control.group) ?? []), control]);
  }
  return [...groups];
}

/**
 * Instructor mode: tick, per control, whether students may not change it (Lock) or not see it (Hide); search by name,
 * and lock or clear a whole group.
 */
export function AccessPanel() {
  const classroom = useAppStore((s) => s.document.classroom);
  const setControlAccess = useAppStore((s) => s.setControlAccess);
  const [query, setQuery] = useState('');
  const groups = useMemo(() => groupControls(query), [query]);
  const unknown = useMemo(() => unknownControlIds(classroom), [classroom]);
  const set = (id: string, access: ControlAccess) => setControlAccess(id, access);

  return (
    <div className="access" data-testid="access-panel">
      <input
        type="search"
        className="access__search"
        placeholder="Search controls (e.g. learning rate)"
        aria-label="Search controls"
        {...tip(TIPS['classroom.search'])}
        data-testid="access-search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {groups.length === 0 && <p className="hint">No control matches “{query}”.</p>}
      {groups.map(([group, controls]) => {
        const allLocked = controls.every((c) => setAccessOf(classroom, c.id) === 'locked');
        return (
          <fieldset key={group} className="access__group" data-testid={`access-group-${group}`}>
            <legend>
              {group}
              <button
                type="button"
                className="access__group-action"
                data-testid={`access-lock-all-${group}`}
                {...tip(TIPS['classroom.lockGroup'])}
                onClick={() => controls.forEach((c) => set(c.id, allLocked ? 'open' : 'locked'))}
              >
                {allLocked ? 'unlock all' : 'lock all'}
              </button>
            </legend>
            {controls.map((control) => {
              const access = setAccessOf(classroom, control.id);
              return (
                <div
                  key={control.id}
                  className={`access__row access__row--${access}`}
                  data-testid={`access-row-${control.id}`}
                >
                  <span className="access__name" {...tip(`${control.name} (${control.id})`)}>
                    {control.name}
                  </span>
                  <label className="access__tick" {...tip(TIPS['classroom.lock'])}>
                    <input
                      type="checkbox"
                      data-testid={`access-lock-${control.id}`}
                      checked={access === 'locked'}
                      onChange={(e) => set(control.id, e.target.checked ? 'locked' : 'open')}
                    />
                    Lock
                  </label>
                  <label className="access__tick" {...tip(TIPS['classroom.hide'])}>
                    <input
                      type="checkbox"
                      data-testid={`access-hide-${control.id}`}
                      checked={access === 'hidden'}
                      onChange={(e) => set(control.id, e.target.checked ? 'hidden' : 'open')}
                    />
                    Hide
                  </label>
                </div>
              );
            })}
          </fieldset>
        );
      })}
      {unknown.length > 0 && (
        <p className="hint" data-testid="access-unknown">
          This file also names {unknown.length === 1 ? 'a control' : 'controls'} this version does not know (
          {unknown.join(', ')}); {unknown.length === 1 ? 'it is' : 'they are'} kept and saved back unchanged.
        </p>
      )}
    </div>
  );
}
