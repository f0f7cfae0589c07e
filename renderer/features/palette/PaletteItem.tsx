import type { DragEvent } from 'react';
import type { NodeKind } from '../../../src/graph/index';
import { nodeKindTip } from '../../../src/help/index';
import { layerSpec } from '../../../src/layers/index';
import { tip } from '../../ui/tip';
import { paletteControl } from '../../store/classroom-access';
import { useControl } from '../../ui/use-control-access';
import { PALETTE_MIME } from './palette-drag';

/** Props of one palette entry. */
export interface PaletteItemProps {
  kind: NodeKind;
  onAdd(kind: NodeKind): void;
}

/** One node kind in the palette: draggable, and a button that adds the node in the middle of the view. */
export function PaletteItem({ kind, onAdd }: PaletteItemProps) {
  const spec = layerSpec(kind);
  const control = useControl(paletteControl(kind));
  if (control.access === 'hidden') return null;
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <li>
      <button
        type="button"
        className={`palette-item kind-${kind}`}
        draggable={!control.disabled}
        disabled={control.disabled}
        {...control.attributes}
        onDragStart={onDragStart}
        onClick={() => onAdd(kind)}
        {...tip(
          control.title(
            `${spec.title}: ${nodeKindTip(kind)}\nClick to add it in the middle of the view, or drag it onto the canvas.`,
          )!,
        )}
        data-testid={`palette-${kind}`}
      >
        <span className="palette-item__swatch" aria-hidden="true" />
        <span className="palette-item__title">{spec.title}</span>
      </button>
    </li>
  );
}
