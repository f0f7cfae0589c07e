import type { FormulaLine } from '../../../src/backprop/index';

/** The chain rule of the selected value: each line with symbols, then with the numbers substituted. */
export function FormulaBox({ title, lines }: { title: string; lines: FormulaLine[] }) {
  return (
    <section className="bp-formula" data-testid="backprop-formula" aria-label="Chain-rule formula">
      <h4 className="bp-formula__title">{title}</h4>
      {lines.length === 0 ? (
        <p className="view-empty">Step through the pass, then click a value to see how it is computed.</p>
      ) : (
        lines.map((line, i) => (
          <div key={i} className="bp-formula__line" data-testid={`backprop-formula-line-${i}`} data-value={line.value}>
            <code className="bp-formula__symbolic">{line.symbolic}</code>
            <code className="bp-formula__numeric">{line.numeric}</code>
          </div>
        ))
      )}
    </section>
  );
}
