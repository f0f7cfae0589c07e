import { Background, BackgroundVariant, Controls, ReactFlow, useStore } from '@xyflow/react';
import { CollapseGroupButton } from './CollapseGroupButton';
import { type PointerEvent, useCallback, useRef, useState } from 'react';
import { useEffectiveTheme } from '../../app/use-effective-theme';
import { GradientTintLegend } from '../gradients/GradientTintLegend';
import { ConnectionRefusal } from './ConnectionRefusal';
import { EmptyCanvasHint } from './EmptyCanvasHint';
import type { LayerFlowNode, ShapeFlowEdge } from './flow-elements';
import { GraphIssues } from './GraphIssues';
import { RunsBar } from '../runs/RunsBar';
import { TrainingBanner } from '../training-banner/TrainingBanner';
import { CanvasMiniMap } from './CanvasMiniMap';
import { LayerNode } from './LayerNode';
import { ShapeEdge } from './ShapeEdge';
import { useCanvasDrop } from './use-canvas-drop';
import { useFlowElements } from './use-flow-elements';
import { useFlowHandlers } from './use-flow-handlers';
import { useArrangeOnLoad } from './use-arrange-on-load';
import { useFitOnLoad } from './use-fit-on-load';
import { useKeepGraphInView } from './use-keep-graph-in-view';
import { fitViewOptions } from './fit-view';
import { usePresenterView } from '../presenter/presenter-setting';
import { useCanvasChromeTips } from './use-canvas-chrome-tips';
import { ConnectModeBanner } from './ConnectModeBanner';
import { useCanvasKeyboard } from './use-canvas-keyboard';
import { useKeyboardElements, useKeyboardOrder } from './use-keyboard-elements';
import './keyboard.css';

const NODE_TYPES = { layer: LayerNode };
const EDGE_TYPES = { shape: ShapeEdge };
const MULTI_SELECT_KEYS = ['Meta', 'Control'];

/** Below this zoom a card's footer (shape and parameter count) is too small to read, so it is dropped and the title keeps the room. */
export const FOOTER_MIN_ZOOM = 0.6;

/**
 * The graph canvas: React Flow rendering the derived nodes and edges, with background, minimap and
 * zoom controls, under a strip that holds what must never cover a node (the graph's problems, the
 * training banners and the run switcher); the strip takes its own height, so the pane starts below it.
 */
export function GraphCanvas() {
  const theme = useEffectiveTheme();
  const presenter = usePresenterView();
  const [tintEnabled, setTintEnabled] = useState(true);
  const derived = useFlowElements(tintEnabled);
  const { tint } = derived;
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const handlers = useFlowHandlers(pointer);
  const { onDragOver, onDrop } = useCanvasDrop();
  const arranging = useArrangeOnLoad();
  const fitting = useFitOnLoad(arranging);
  useKeepGraphInView();
  const root = useRef<HTMLDivElement>(null);
  const far = useStore((s) => s.transform[2] < FOOTER_MIN_ZOOM);
  useCanvasChromeTips(root);
  const order = useKeyboardOrder(derived.nodes, derived.edges);
  const keyboard = useCanvasKeyboard(root, order);
  const { nodes, edges } = useKeyboardElements(derived.nodes, derived.edges, order, keyboard);
  const trackPointer = useCallback((event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    pointer.current = { x: event.clientX - box.left, y: event.clientY - box.top };
  }, []);

  return (
    <div className="canvas-area">
      <div className="canvas-strip" data-testid="canvas-strip">
        <GraphIssues />
        <GradientTintLegend tint={tint} enabled={tintEnabled} onToggle={setTintEnabled} />
        <RunsBar />
        <TrainingBanner />
      </div>
      <div
        ref={root}
        className={['canvas', arranging || fitting ? 'canvas--arranging' : '', far ? 'canvas--far' : '']
          .filter(Boolean)
          .join(' ')}
        data-testid="canvas"
        onDragOver={onDragOver}
        onDrop={onDrop}
        onPointerMove={trackPointer}
        onKeyDownCapture={keyboard.onKeyDownCapture}
        onFocusCapture={keyboard.onFocusCapture}
        onBlurCapture={keyboard.onBlurCapture}
      >
        <ReactFlow<LayerFlowNode, ShapeFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={handlers.onNodesChange}
          onEdgesChange={handlers.onEdgesChange}
          onConnect={handlers.onConnect}
          isValidConnection={handlers.isValidConnection}
          onNodeDragStart={handlers.onDragStart}
          onNodeDragStop={handlers.onDragStop}
          onSelectionDragStart={handlers.onDragStart}
          onSelectionDragStop={handlers.onDragStop}
          onMoveEnd={handlers.onMoveEnd}
          deleteKeyCode={null}
          // Space is Train/Pause app-wide; dragging the empty pane pans without it.
          panActivationKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          colorMode={theme}
          fitViewOptions={fitViewOptions()}
          minZoom={0.1}
          maxZoom={2.5}
        >
          <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
          <CanvasMiniMap />
          <Controls showInteractive={false} orientation={presenter ? 'horizontal' : 'vertical'} />
        </ReactFlow>
        <EmptyCanvasHint />
        <ConnectionRefusal />
        <ConnectModeBanner mode={keyboard.connecting} />
        <CollapseGroupButton />
      </div>
    </div>
  );
}
