import type { ClassScores } from '../../../src/training/index';

const percent = (value: number | null) => (value === null ? '–' : `${(100 * value).toFixed(1)}`);

/** Each class's precision, recall, F1 (in %) and support, with the macro-averaged F1 underneath. */
export function ClassScoresTable({
  names,
  scores,
  macro,
}: {
  names: string[];
  scores: ClassScores[];
  macro: number | null;
  large?: boolean;
}) {
  return (
    <table className="class-scores" data-testid="class-scores" aria-label="Precision, recall and F1 of each class">
      <thead>
        <tr>
          <th scope="col">class</th>
          <th scope="col">precision %</th>
          <th scope="col">recall %</th>
          <th scope="col">F1 %</th>
          <th scope="col">samples</th>
        </tr>
      </thead>
      <tbody>
        {scores.map((score, c) => (
          <tr key={c} data-testid={`class-score-${c}`}>
            <th scope="row">{names[c]}</th>
            <td>{percent(score.precision)}</td>
            <td>{percent(score.recall)}</td>
            <td>{percent(score.f1)}</td>
            <td>{score.support}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">macro F1</th>
          <td colSpan={4} data-testid="class-scores-macro">
            {percent(macro)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
