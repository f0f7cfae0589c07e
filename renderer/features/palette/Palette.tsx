import type { NodeKind } from '../../../src/graph/index';
import { LAYER_SPECS } from '../../../src/layers/index';
import { Section } from '../../ui/Section';
import { PaletteItem } from './PaletteItem';
import { useAddAtCentre } from './use-add-at-centre';

const KINDS = Object.keys(LAYER_SPECS) as NodeKind[];

/** The node palette: every kind, to drag onto the canvas (or click to add it in the middle of the view). */
export function Palette() {
  const addAtCentre = useAddAtCentre();
  return (
    <Section title="Nodes" testId="palette">
      <ul className="palette">
        {KINDS.map((kind) => (
          <PaletteItem key={kind} kind={kind} onAdd={addAtCentre} />
        ))}
      </ul>
      <p className="hint">Drag a node onto the canvas, or click it (or press Enter on it) to add it in the middle.</p>
    </Section>
  );
}
