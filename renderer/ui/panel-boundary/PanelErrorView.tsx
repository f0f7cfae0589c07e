/** What a panel shows in place of itself after it threw: which panel, the error, and the two ways on. */
export interface PanelErrorViewProps {
  /** Stable id, for test ids. */
  id: string;
  /** The panel's name as a person knows it ("Inspector", "Loss chart"). */
  name: string;
  message: string;
  /** Dialogs and overlays float theirs in a corner, since their own place may be hidden. */
  floating?: boolean;
  onReload(): void;
  onSaveCopy(): void;
}

/** The compact message of a failed panel, with Reload view (remount it) and Save a copy (the normal Save As). */
export function PanelErrorView({ id, name, message, floating, onReload, onSaveCopy }: PanelErrorViewProps) {
  return (
    <div
      className={`panel-error${floating ? ' panel-error--floating' : ''}`}
      role="alert"
      data-testid={`panel-error-${id}`}
      data-panel={id}
    >
      <p className="panel-error__text">
        <strong>{name} stopped working:</strong> <span data-testid={`panel-error-message-${id}`}>{message}</span>. Your
        project is unchanged; the rest of the app still works.
      </p>
      <div className="panel-error__actions">
        <button type="button" data-testid={`panel-reload-${id}`} onClick={onReload}>
          Reload view
        </button>
        <button type="button" data-testid={`panel-save-copy-${id}`} onClick={onSaveCopy}>
          Save a copy
        </button>
      </div>
    </div>
  );
}
