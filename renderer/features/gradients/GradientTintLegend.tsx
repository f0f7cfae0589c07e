import './gradients.css';
import { useAppStore } from '../../store/use-app-store';
import { cssGradient } from '../charts/colour-maps';
import { useThemeColours } from '../charts/use-theme-colours';
import type { GradientTint } from './gradient-tint';
import { VIEW_TIPS } from '../../help/view-tips';

/** Props of the tint legend. */
export interface GradientTintLegendProps {
  tint: GradientTint | null;
  enabled: boolean;
  onToggle(enabled: boolean): void;
}

const power = (decade: number) => `1e${decade}`;

/** The canvas's gradient-tint switch and colour scale (decades of ‖∂L/∂W‖), shown once training has produced statistics. */
export function GradientTintLegend({ tint, enabled, onToggle }: GradientTintLegendProps) {
  const hasStats = useAppStore((s) => s.training.latestStats !== null);
  const colours = useThemeColours();
  if (!hasStats) return null;
  return (
    <div className="tint-legend" data-testid="tint-legend">
      <label className="toggle tint-legend__head" title={VIEW_TIPS['gradients.tint']}>
        <span>Gradient flow</span>
        <input
          type="checkbox"
          data-testid="toggle-gradient-tint"
          checked={enabled}
          onChange={(e) => onToggle(e.target.checked)}
        />
      </label>
      {enabled && tint && (
        <>
          <div
            className="tint-legend__bar"
            style={colours ? { background: cssGradient(colours.magnitude) } : undefined}
            role="img"
            aria-label={`Colour scale from ${power(tint.domain[0])} to ${power(tint.domain[1])}`}
          />
          <div className="tint-legend__ends">
            <span>{power(tint.domain[0])}</span>
            <span>‖∂L/∂W‖</span>
            <span>{power(tint.domain[1])}</span>
          </div>
        </>
      )}
    </div>
  );
}
