import { findNode } from '../../../src/graph/index';
import { useAppStore } from '../../store/use-app-store';
import { Section } from '../../ui/Section';
import { useAfterFirstPaint } from '../../ui/use-after-first-paint';
import { ClassroomPanel } from '../classroom/ClassroomPanel';
import { NotesPanel } from '../notes/NotesPanel';
import { NodeInspector } from './NodeInspector';
import { TrainingSettings } from './TrainingSettings';

/**
 * The right column: the lesson (or the instructor's editors), the selected node's parameters, the training settings
 * and the project notes, drawn the frame after the canvas at start-up.
 */
export function InspectorPanel() {
  const nodeIds = useAppStore((s) => s.view.selection.nodeIds);
  const node = useAppStore((s) => (nodeIds.length === 1 ? findNode(s.document.graph, nodeIds[0]) : undefined));
  const ready = useAfterFirstPaint();
  // The column itself is there from the first frame, so the canvas never changes size when its content arrives.
  if (!ready) return <aside className="column column--right" aria-label="Inspector" />;
  return (
    <aside className="column column--right" aria-label="Inspector">
      <ClassroomPanel />
      <Section title="Inspector" testId="inspector">
        {node && <NodeInspector node={node} />}
        {!node && nodeIds.length > 1 && (
          <p className="hint">{nodeIds.length} nodes selected. Select one to edit its parameters.</p>
        )}
        {!node && nodeIds.length <= 1 && <p className="hint">Select a node on the canvas to edit its parameters.</p>}
      </Section>
      <Section title="Training" testId="training-settings">
        <TrainingSettings />
      </Section>
      <NotesPanel />
    </aside>
  );
}
