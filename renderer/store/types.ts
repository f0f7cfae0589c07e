/**
 * The shape of the one app store: three slices (document, view, training) and the named actions
 * components call. Only `document` is saved to a .mlp file and only `document` is undoable.
 */
import type { DatasetSpec } from '../../src/data/types';
import type { Graph, GraphEdge, GraphNode, NodeKind, ParamsByKind, Position } from '../../src/graph/types';
import type { MetricPoint, MlpFile, ProjectDocument, ProjectMeta } from '../../src/project/types';
import type { OptimizerConfig, TrainingConfig } from '../../src/training/config';
import type { History } from './history';

/** What the user picked for the colour scheme; 'system' follows the OS. */
export type ThemePreference = 'system' | 'light' | 'dark';

/** A short message at the bottom of the window; errors stay until dismissed. */
export interface Toast {
  id: number;
  kind: 'error' | 'info';
  message: string;
}

/** Why the connection being drawn was refused, and where (canvas pixels) to say so. */
export interface ConnectionRefusal {
  message: string;
  at: Position | null;
}

/** Nodes and the edges among them, copied for a later paste. */
export interface ClipboardContent {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The file the document came from or was last saved to; `handle` is the platform's opaque reference (a path or a file handle). */
export interface FileInfo {
  name: string;
  handle: unknown;
  meta: ProjectMeta;
}

/** A question that needs a yes or no before something is discarded. */
export interface Confirmation {
  id: number;
  title: string;
  message: string;
  confirmLabel: string;
}

/** Session state: never saved into the project, never undone. */
export interface ViewState {
  selection: { nodeIds: string[]; edgeIds: string[] };
  viewport: { x: number; y: number; zoom: number };
  /** Open/closed state of the side columns (hidden to give a projected canvas the whole width) and of menus and dialogs. */
  panels: { left: boolean; right: boolean; presets: boolean; shortcuts: boolean };
  theme: ThemePreference;
  file: FileInfo;
  /** The document as last loaded or saved (null: never saved, e.g. a restored draft); dirty while `document` is another object. */
  savedDocument: ProjectDocument | null;
  toast: Toast | null;
  confirmation: Confirmation | null;
  connectionRefusal: ConnectionRefusal | null;
  clipboard: ClipboardContent | null;
  /** Counts documents loaded into this session (new, open, preset, draft); the canvas refits the view when it changes. */
  loadId: number;
  /** Rendered node sizes, reported by the canvas; auto-layout reads them. */
  nodeSizes: Record<string, { width: number; height: number }>;
}

/** Where a training run stands; the training issue drives it. */
export type TrainingStatus = 'idle' | 'running' | 'paused' | 'finished' | 'failed';

/** Live run state: status, counters and the metric series; kept out of undo and out of the file unless asked. */
export interface TrainingState {
  status: TrainingStatus;
  epoch: number;
  step: number;
  stepsPerSecond: number | null;
  backend: string | null;
  metrics: MetricPoint[];
  error: string | null;
}

/** The undoable slice and its actions. */
export interface DocumentSlice {
  document: ProjectDocument;
  history: History<ProjectDocument>;
  undo(): void;
  redo(): void;
  /** Opens an undo mark: every change until `endChange` becomes one step (drag start, field focus). */
  beginChange(): void;
  endChange(): void;
  /** Replaces the document and clears history; `dirty` marks it unsaved (a restored draft). */
  loadProject(file: MlpFile, source: { name: string; handle?: unknown; dirty?: boolean }): void;
  newProject(): void;
  markSaved(source: { name: string; handle?: unknown }): void;
  setDataset(patch: Partial<DatasetSpec>): void;
  regenerateDataset(): void;
  setTraining(patch: Partial<Omit<TrainingConfig, 'optimizer'>>): void;
  setOptimizer(patch: Partial<OptimizerConfig>): void;
  setNotes(notes: string): void;
}

/** Graph editing actions (all undoable). */
export interface GraphActions {
  addNodeAt<K extends NodeKind>(kind: K, position: Position, params?: Partial<ParamsByKind[K]>): string;
  connect(sourceId: string, targetId: string): boolean;
  previewConnection(sourceId: string, targetId: string, at?: Position | null): boolean;
  disconnect(edgeIds: string[]): void;
  moveNodes(moves: { id: string; position: Position }[]): void;
  deleteSelection(): void;
  updateNodeParams<K extends NodeKind>(nodeId: string, patch: Partial<ParamsByKind[K]>): void;
  renameNode(nodeId: string, name: string): void;
  copySelection(): void;
  paste(): void;
  duplicateSelection(): void;
  /** Lays the graph out left to right (wrapped into rows when too long for a canvas of the given size); one undo step. */
  autoLayout(canvas?: { width: number; height: number }): Promise<void>;
  replaceGraph(graph: Graph): void;
}

/** Session actions. */
export interface ViewActions {
  setSelection(nodeIds: string[], edgeIds?: string[]): void;
  selectAll(): void;
  clearSelection(): void;
  setViewport(viewport: ViewState['viewport']): void;
  /** Opens or closes a panel (`open` omitted: flips it). */
  togglePanel(panel: keyof ViewState['panels'], open?: boolean): void;
  setTheme(theme: ThemePreference): void;
  showToast(kind: Toast['kind'], message: string): void;
  dismissToast(): void;
  /** Shows a yes/no question; resolves true when the user confirms. */
  requestConfirmation(question: Omit<Confirmation, 'id'>): Promise<boolean>;
  answerConfirmation(confirmed: boolean): void;
  clearConnectionRefusal(): void;
  setNodeSizes(sizes: Record<string, { width: number; height: number }>): void;
}

/** Training actions; the training issue adds the rest. */
export interface TrainingActions {
  setTrainingState(patch: Partial<TrainingState>): void;
  appendMetrics(points: MetricPoint[]): void;
  resetTrainingState(): void;
}

/** The whole store. */
export type AppState = DocumentSlice & GraphActions & { view: ViewState } & ViewActions & { training: TrainingState } & TrainingActions;

/** Zustand's set/get, typed for this store. */
export type StoreSet = (partial: Partial<AppState> | ((state: AppState) => Partial<AppState>)) => void;
export type StoreGet = () => AppState;
