/**
 * An error boundary around one panel: when the panel throws while rendering, only it is replaced by
 * a compact message; the store (and so the document) lives outside React and is never touched, so
 * the rest of the app keeps working. "Reload view" remounts the panel; "Save a copy" runs the usual
 * Save As, so work can be kept even if the failure recurs.
 */
import './panel-boundary.css';
import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import type { AppServices } from '../../app/services';
import { ServicesContext } from '../../app/services-context';
import { CrashProbe } from './crash-probe';
import { describeError } from './describe-error';
import { PanelErrorView } from './PanelErrorView';

/** Props of a panel boundary. */
export interface PanelBoundaryProps {
  /** Stable id of the panel (test ids, the log). */
  id: string;
  /** The panel's name as a person knows it. */
  name: string;
  /** Dialogs and overlays: the message floats in a corner. */
  floating?: boolean;
  children?: ReactNode;
}

interface PanelBoundaryState {
  error: unknown;
  failed: boolean;
  /** Bumped by Reload view: a new key remounts the panel with fresh state. */
  generation: number;
}

/** Keeps a panel's failure inside the panel (see the file comment). */
export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  static override contextType = ServicesContext;
  override state: PanelBoundaryState = { error: null, failed: false, generation: 0 };

  /** The thrown value becomes the boundary's state, so the next render shows the message. */
  static getDerivedStateFromError(error: unknown): Partial<PanelBoundaryState> {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`The ${this.props.name} panel failed while rendering:`, error, info.componentStack);
  }

  /** Remounts the panel with fresh state. */
  reload = (): void => {
    this.setState((s) => ({ error: null, failed: false, generation: s.generation + 1 }));
  };

  /** Saves the current document through the normal Save As (its toast says how it went). */
  saveCopy = (): void => {
    void (this.context as AppServices | null)?.files.saveAs();
  };

  override render(): ReactNode {
    const { id, name, floating, children } = this.props;
    if (this.state.failed)
      return (
        <PanelErrorView
          id={id}
          name={name}
          message={describeError(this.state.error)}
          floating={floating}
          onReload={this.reload}
          onSaveCopy={this.saveCopy}
        />
      );
    return (
      <Fragment key={this.state.generation}>
        <CrashProbe panel={id} />
        {children}
      </Fragment>
    );
  }
}
