import type { ProjectionChoice } from '../../../src/data/index';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { planeCaption } from './plane-caption';
import type { PlaneData } from './plane-data';

/** Props of the plane picker: the plane shown (its columns and projection) and the user's choice. */
export interface ProjectionPickerProps {
  plane: PlaneData;
  choice: ProjectionChoice;
  onChange(choice: ProjectionChoice): void;
}

/**
 * For data of more than two columns: PCA or two columns (the rest at their means) as the plane the boundary is drawn
 * over, and which two columns; the caption says what the shown plane is.
 */
export function ProjectionPicker({ plane, choice, onChange }: ProjectionPickerProps) {
  const names = plane.raw.train.featureNames;
  const columns = names.map((name, index) => (
    <option key={index} value={index}>
      {name}
    </option>
  ));
  const pick = (x: number, y: number) => onChange({ kind: 'features', x, y: x === y ? (x + 1) % names.length : y });
  return (
    <div className="projection-picker">
      <select
        className="projection-picker__kind"
        data-testid="boundary-projection"
        aria-label="Plane the boundary is drawn over"
        value={choice.kind}
        {...tip(TIPS['boundary.projection'])}
        onChange={(e) => (e.target.value === 'pca' ? onChange({ kind: 'pca' }) : pick(0, 1))}
      >
        <option value="pca">PCA</option>
        <option value="features">two columns</option>
      </select>
      {choice.kind === 'features' && (
        <>
          <select
            data-testid="boundary-axis-x"
            aria-label="Column along the horizontal axis"
            {...tip(TIPS['boundary.axis'])}
            value={choice.x}
            onChange={(e) => pick(Number(e.target.value), choice.y)}
          >
            {columns}
          </select>
          <span aria-hidden="true">×</span>
          <select
            data-testid="boundary-axis-y"
            aria-label="Column along the vertical axis"
            {...tip(TIPS['boundary.axis'])}
            value={choice.y}
            onChange={(e) => pick(choice.x, Number(e.target.value))}
          >
            {columns}
          </select>
        </>
      )}
      <span className="projection-picker__caption" data-testid="boundary-plane">
        {plane.projection ? planeCaption(plane.projection) : ''}
      </span>
    </div>
  );
}
