import './classes.css';
import { useMemo } from 'react';
import type { Dataset } from '../../../src/data/index';
import type { AppState } from '../../store/types';
import { useAppStore } from '../../store/use-app-store';
import { formatCount } from '../../ui/format';
import { selectPlaneData } from '../boundary/plane-data';
import { parseColour, type Rgb } from '../charts/colours';
import { useThemeColours } from '../charts/use-theme-colours';
import { EmptyView, ViewPanel } from '../../ui/views/ViewPanel';
import { classNamesOf, predictionsMoment } from './class-moment';
import { PixelImage } from './PixelImage';
import { rowOf, samplePixels, valueRange } from './sample-pixels';

/** Most samples drawn at once: the gallery stays a glance, not a scroll through hundreds. */
const SHOWN = 48;
/** Features listed for a sample that is not an image. */
const LISTED = 6;

const selectMoment = (s: AppState) => predictionsMoment(s.training);

/** One misclassified sample: its picture (image datasets) or its first features, with the true and predicted class. */
function SampleCard(props: {
  data: Dataset;
  row: number;
  index: number;
  truth: string;
  predicted: string;
  colours: { paper: Rgb; ink: Rgb };
  range: [number, number];
}) {
  const { data, row, index, truth, predicted, colours, range } = props;
  const values = rowOf(data.x, row, data.features);
  const image = data.image;
  return (
    <figure className="sample-card" data-testid={`misclassified-${index}`} data-row={row}>
      {image ? (
        <PixelImage
          pixels={samplePixels(values, image.width, image.height, range, colours)}
          width={image.width}
          height={image.height}
          size={40}
          label={`Validation sample ${row + 1}: a ${truth} taken for a ${predicted}`}
        />
      ) : (
        <dl className="sample-card__features">
          {data.featureNames.slice(0, LISTED).map((name, j) => (
            <div key={j}>
              <dt>{name}</dt>
              <dd>{values[j].toPrecision(3)}</dd>
            </div>
          ))}
          {data.features > LISTED && <div className="sample-card__more">+{data.features - LISTED} more</div>}
        </dl>
      )}
      <figcaption>
        <span className="sample-card__truth">{truth}</span> → <span className="sample-card__wrong">{predicted}</span>
      </figcaption>
    </figure>
  );
}

/**
 * The validation samples the network gets wrong at the moment shown, each with its true and predicted class: drawn
 * as pictures for image datasets (the digits), as their first features otherwise.
 */
export function MisclassifiedGallery({ large }: { large?: boolean }) {
  const moment = useAppStore(selectMoment);
  const plane = useAppStore((s) => selectPlaneData(s));
  const theme = useThemeColours();
  const data = 'error' in plane ? null : plane;
  const validation = data?.raw.validation;
  const wrong = useMemo(() => {
    const predicted = moment?.predictions?.validation;
    if (!validation || !predicted || predicted.length !== validation.n) return null;
    const rows: number[] = [];
    predicted.forEach((p, i) => {
      if (p !== validation.y[i]) rows.push(i);
    });
    return rows;
  }, [moment, validation]);
  // One grey scale for the whole set, so a faint stroke looks faint in every picture.
  const range = useMemo<[number, number]>(() => (validation ? valueRange(validation.x) : [0, 1]), [validation]);

  let body;
  if (!data || data.task === 'regression' || !validation)
    body = <EmptyView>Misclassified samples are shown for classification datasets.</EmptyView>;
  else if (!wrong || !moment || !theme)
    body = <EmptyView>The validation samples the network gets wrong appear here once training starts.</EmptyView>;
  else {
    const names = classNamesOf(validation, data.classes);
    const colours = { paper: theme.neutral, ink: parseColour(theme.text) };
    body = (
      <div
        className="misclassified"
        // The gallery scrolls: focusable so a keyboard can scroll it, and named for a screen reader.
        tabIndex={0}
        role="region"
        aria-label="Misclassified validation samples"
        data-testid="misclassified-gallery"
        data-count={wrong.length}
        data-step={moment.step}
      >
        <p className="misclassified__caption">
          {wrong.length === 0
            ? 'Every validation sample is classified correctly.'
            : `${formatCount(wrong.length)} of ${formatCount(validation.n)} validation samples wrong at epoch ` +
              `${formatCount(moment.epoch)}${wrong.length > SHOWN ? ` (the first ${SHOWN} shown)` : ''}: true → predicted`}
        </p>
        <div className="misclassified__grid">
          {wrong.slice(0, SHOWN).map((row, index) => (
            <SampleCard
              key={row}
              data={validation}
              row={row}
              index={index}
              truth={names[validation.y[row]]}
              predicted={names[moment.predictions?.validation[row] ?? 0]}
              colours={colours}
              range={range}
            />
          ))}
        </div>
      </div>
    );
  }
  return (
    <ViewPanel view="misclassified" large={large}>
      {body}
    </ViewPanel>
  );
}
