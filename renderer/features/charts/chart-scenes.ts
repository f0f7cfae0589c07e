/** The scene each chart canvas last painted, so that its PNG export can paint the same chart again at a larger scale. */
import type { ChartScene } from './draw-series-chart';

const scenes = new WeakMap<HTMLCanvasElement, ChartScene>();

/** Records what `canvas` shows now. */
export function registerChartScene(canvas: HTMLCanvasElement, scene: ChartScene): void {
  scenes.set(canvas, scene);
}

/** What `canvas` shows now, if it is a chart canvas that has painted. */
export function chartSceneOf(canvas: HTMLCanvasElement): ChartScene | undefined {
  return scenes.get(canvas);
}
