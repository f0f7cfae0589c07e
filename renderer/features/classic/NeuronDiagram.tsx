import type { ClassicRule } from '../../../src/classic/index';
import { formatValue } from './RuleReadout';

/** Props of the neuron drawing. */
export interface NeuronDiagramProps {
  rule: ClassicRule;
  w: [number, number];
  b: number;
  index: number;
}

/**
 * The one neuron being trained, drawn as the notebook does: inputs x1, x2 and a constant 1 weighted
 * by w1, w2 and b into the net input z, then the unit step (perceptron) or the identity whose
 * output Adaline learns from, thresholded for the class.
 */
export function NeuronDiagram({ rule, w, b, index }: NeuronDiagramProps) {
  const inputs = [
    // Each number sits on the side of its edge away from the others (b's edge rises, so its number goes below).
    { label: 'x1', weight: `w1 = ${formatValue(w[0])}`, y: 14, labelY: 11 },
    { label: 'x2', weight: `w2 = ${formatValue(w[1])}`, y: 38, labelY: 35 },
    { label: '1', weight: `b = ${formatValue(b)}`, y: 62, labelY: 73 },
  ];
  return (
    <svg
      className="classic-neuron"
      viewBox="0 0 330 76"
      role="img"
      data-testid={`classic-neuron-${index}`}
      aria-label={
        `A single neuron: z = w1·x1 + w2·x2 + b, then ` +
        `${rule === 'perceptron' ? 'a unit step' : 'the identity, thresholded at 0.5'}`
      }
    >
      {inputs.map((input) => (
        <g key={input.label}>
          <circle cx="12" cy={input.y} r="10" className="classic-neuron__input" />
          <text x="12" y={input.y + 4} textAnchor="middle" className="classic-neuron__label">
            {input.label}
          </text>
          <line x1="22" y1={input.y} x2="150" y2="38" className="classic-neuron__edge" />
          <text x="30" y={input.labelY} className="classic-neuron__weight">
            {input.weight}
          </text>
        </g>
      ))}
      <circle cx="162" cy="38" r="13" className="classic-neuron__sum" />
      <text x="162" y="43" textAnchor="middle" className="classic-neuron__symbol">
        Σ
      </text>
      <line x1="175" y1="38" x2="205" y2="38" className="classic-neuron__edge" />
      <text x="190" y="31" textAnchor="middle" className="classic-neuron__weight">
        z
      </text>
      <rect x="205" y="22" width="40" height="32" rx="5" className="classic-neuron__activation" />
      {rule === 'perceptron' ? (
        <path d="M211 46 H225 V30 H239" className="classic-neuron__curve" />
      ) : (
        <path d="M211 48 L239 28" className="classic-neuron__curve" />
      )}
      <line x1="245" y1="38" x2="275" y2="38" className="classic-neuron__edge" />
      <text x="282" y="43" className="classic-neuron__label">
        ŷ
      </text>
      <text x="225" y="70" textAnchor="middle" className="classic-neuron__weight">
        {rule === 'perceptron' ? 'step: z ≥ 0' : 'identity; class: z ≥ 0.5'}
      </text>
    </svg>
  );
}
