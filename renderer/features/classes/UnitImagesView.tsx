import './classes.css';
import { useMemo } from 'react';
import type { AppState } from '../../store/types';
import { useAppStore } from '../../store/use-app-store';
import { selectPlaneData } from '../boundary/plane-data';
import { useThemeColours } from '../charts/use-theme-colours';
import { EmptyView, ViewPanel } from '../../ui/views/ViewPanel';
import { divergingPixels, maxAbs } from '../weights/kernel-pixels';
import { pinnedWeightsMoment, weightsMomentLabel } from '../weights/weights-moment';
import { PixelImage } from './PixelImage';
import { unitWeights } from './sample-pixels';

const selectMoment = (s: AppState) => pinnedWeightsMoment(s.training);

/**
 * For image datasets, each first-layer hidden unit's incoming weights drawn as an image the size of the samples
 * (diverging colours, each on its own scale symmetric around 0): what each unit looks for. Live, or at the moment the
 * timeline is pinned to.
 */
export function UnitImagesView({ large }: { large?: boolean }) {
  const plane = useAppStore((s) => selectPlaneData(s));
  const liveWeights = useAppStore((s) => s.training.weights);
  const liveAt = useAppStore((s) => s.training.weightsAt);
  const moment = useAppStore(selectMoment);
  const pinned = useAppStore((s) => s.training.pinnedStep !== null);
  const colours = useThemeColours();
  const image = 'error' in plane ? undefined : plane.raw.train.image;
  const pixels = image ? image.width * image.height : 0;
  const weights = moment?.weights ?? liveWeights;
  // The first layer is the Linear kernel that takes one input per pixel.
  const kernel = useMemo(
    () => weights?.find((w) => w.name === 'kernel' && w.shape.length === 2 && w.shape[0] === pixels),
    [weights, pixels],
  );
  const pictures = useMemo(() => {
    if (!kernel || !image || !colours) return null;
    const units = kernel.shape[1];
    const palette = { negative: colours.negative, neutral: colours.neutral, positive: colours.positive };
    return Array.from({ length: units }, (_, unit) => {
      const values = unitWeights(kernel.values, pixels, units, unit);
      const scale = maxAbs(values);
      return { scale, pixels: divergingPixels(values, image.height, image.width, scale, palette) };
    });
  }, [kernel, image, colours, pixels]);

  let body;
  if (!image)
    body = <EmptyView>Each hidden unit’s weights are drawn as an image for image datasets (the 8×8 digits).</EmptyView>;
  else if (!pictures || !kernel)
    body = (
      <EmptyView>
        The first layer’s weights appear here as {image.width}×{image.height} images once training starts.
      </EmptyView>
    );
  else {
    const step = moment?.step ?? liveAt?.step ?? 0;
    const size = large ? 72 : 40;
    body = (
      <div className="unit-images" data-testid="unit-images" data-step={step} data-units={pictures.length}>
        <p className="unit-images__caption" data-testid="unit-images-moment">
          {`${kernel.nodeId}: ${pictures.length} units, ${weightsMomentLabel(moment, pinned)}; ` +
            'orange pixels raise a unit, blue ones lower it (each image on its own scale)'}
        </p>
        <div className="unit-images__grid">
          {pictures.map((picture, unit) => (
            <PixelImage
              key={unit}
              pixels={picture.pixels}
              width={image.width}
              height={image.height}
              size={size}
              testId={`unit-image-${unit}`}
              label={`Weights into unit ${unit + 1}, largest magnitude ${picture.scale.toPrecision(2)}`}
            />
          ))}
        </div>
      </div>
    );
  }
  return (
    <ViewPanel view="unitImages" large={large}>
      {body}
    </ViewPanel>
  );
}
