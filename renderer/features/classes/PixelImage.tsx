import { memo, useEffect, useRef } from 'react';

/** A small picture from RGBA pixels, one canvas pixel per image pixel, scaled up without smoothing. */
export const PixelImage = memo(function PixelImage({
  pixels,
  width,
  height,
  size,
  label,
  testId,
}: {
  pixels: Uint8ClampedArray<ArrayBuffer>;
  width: number;
  height: number;
  /** Displayed width in CSS pixels (the height follows the aspect). */
  size: number;
  label: string;
  testId?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    canvas.current?.getContext('2d')?.putImageData(new ImageData(pixels, width, height), 0, 0);
  }, [pixels, width, height]);
  return (
    <canvas
      ref={canvas}
      className="pixel-image"
      width={width}
      height={height}
      style={{ width: size, height: (size * height) / width }}
      role="img"
      aria-label={label}
      data-testid={testId}
    />
  );
});
