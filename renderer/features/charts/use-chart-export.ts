import { type RefObject, useCallback } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { downloadBlob } from '../../bridge/download';
import { chartSceneOf } from './chart-scenes';
import { type PngLegendItem, sceneToPng, svgToPng } from './export-png';
import type { ThemeColours } from './theme-colours';

/** A callback that saves the chart inside `container` as `<name>.png` under its title and legend, reporting a failure as a toast. */
export function usePngExport(
  container: RefObject<HTMLElement | null>,
  name: string,
  titles: { title: string; short: string },
  legend: readonly PngLegendItem[],
  colours: ThemeColours | null,
): () => void {
  const showToast = useAppStore((s) => s.showToast);
  return useCallback(() => {
    const canvas = container.current?.querySelector('canvas');
    const scene = canvas ? chartSceneOf(canvas) : undefined;
    const svg = container.current?.querySelector('svg');
    if ((!scene && !svg) || !colours) {
      showToast('error', `There is no ${name} chart to export yet: train for a moment first.`);
      return;
    }
    const decoration = {
      title: titles.title,
      shortTitle: titles.short,
      legend,
      background: colours.panel,
      text: colours.text,
      muted: colours.muted,
    };
    (scene && canvas
      ? sceneToPng(scene, getComputedStyle(canvas).fontFamily, decoration)
      : svgToPng(svg as SVGSVGElement, decoration)
    ).then(
      (blob) => downloadBlob(blob, `${name}.png`),
      (error: unknown) => showToast('error', error instanceof Error ? error.message : String(error)),
    );
  }, [container, name, titles, legend, colours, showToast]);
}
