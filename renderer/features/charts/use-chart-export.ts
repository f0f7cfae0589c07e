import { type RefObject, useCallback } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { downloadBlob } from './download';
import { type PngLegendItem, svgToPng } from './export-png';
import type { ThemeColours } from './theme-colours';

/** A callback that saves the chart inside `container` as `<name>.png`, reporting a failure as a toast. */
export function usePngExport(container: RefObject<HTMLElement | null>, name: string, legend: readonly PngLegendItem[], colours: ThemeColours | null): () => void {
  const showToast = useAppStore((s) => s.showToast);
  return useCallback(() => {
    const svg = container.current?.querySelector('svg');
    if (!svg || !colours) {
      showToast('error', `There is no ${name} chart to export yet: train for a moment first.`);
      return;
    }
    svgToPng(svg, colours.panel, legend, colours.text).then(
      (blob) => downloadBlob(blob, `${name}.png`),
      (error: unknown) => showToast('error', error instanceof Error ? error.message : String(error)),
    );
  }, [container, name, legend, colours, showToast]);
}
