/**
 * The hook every lockable control calls with its registry id (features/classroom/control-registry):
 * hidden controls render nothing, locked ones render disabled with the lock in their tooltip, and
 * in instructor mode each carries a mark of what students will get.
 */
import { type ControlAccess, controlAccess, lockedTip, setAccessOf } from '../store/classroom-access';
import { useAppStore } from '../store/use-app-store';

/** What a control needs to render itself for the current person. */
export interface ControlState {
  access: ControlAccess;
  /** True when locked: the control renders disabled. */
  disabled: boolean;
  /**
   * Attributes for the control's outer element: its id (the lesson steps ring it by this) and, in instructor mode,
   * what students will get.
   */
  attributes: { 'data-control'?: string; 'data-classroom'?: ControlAccess; 'data-locked'?: '' };
  /** The tooltip with the lock note added when locked. */
  title(help?: string): string | undefined;
}

/** The access of control `id` ('open' when no id is given: a control nobody registered is never restricted). */
export function useControlAccess(id: string | undefined): ControlAccess {
  return useAppStore((s) =>
    id === undefined ? 'open' : controlAccess(s.document.classroom, s.view.instructorMode, id),
  );
}

/** Access, disabled flag, tooltip and marking attributes of control `id`. */
export function useControl(id: string | undefined): ControlState {
  const access = useControlAccess(id);
  const planned = useAppStore((s) =>
    id !== undefined && s.view.instructorMode ? setAccessOf(s.document.classroom, id) : 'open',
  );
  const locked = access === 'locked';
  return {
    access,
    disabled: locked,
    attributes:
      id === undefined
        ? {}
        : {
            'data-control': id,
            ...(planned !== 'open' ? { 'data-classroom': planned } : {}),
            ...(locked ? { 'data-locked': '' as const } : {}),
          },
    title: (help) => (locked ? lockedTip(access, help) : help),
  };
}
