/**
 * The shape of the one app store: three slices (document, view, training) and the named actions
 * components call. Only `document` is saved to a .mlp file and only `document` is undoable.
 */
import type { BackpropActions, ClassicActions, GroupActions } from './slice-actions';
import type { DatasetSpec } from '../../src/data/index';
import type { Graph, GraphEdge, GraphNode, NodeKind, ParamsByKind, Position } from '../../src/graph/index';
import type {
  Classroom,
  MetricPoint,
  MlpFile,
  ProjectDocument,
  ProjectMeta,
  TrainedState,
} from '../../src/project/light';
import type {
  OptimizerConfig,
  TrainingConfig,
  DepthSweepPoint,
  DepthSweepSettings,
  DivergenceReport,
  TrainingCounters,
} from '../../src/training/light';
import type { StatsSample, WeightValues } from '../../src/training/index';
import type { ProjectionChoice } from '../../src/data/index';
import type { ComparisonState, ComparisonUpdate } from './comparison';
import type { ControlAccess } from './classroom-access';
import type { DecisionGridSnapshot } from './grid-snapshot';
import type { History } from './history';

export type { DecisionGridSnapshot };

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
/** Sizes by node id: a Map, so that a node with the id "constructor" or "toString" has no size until it is measured. */
export type NodeSizes = ReadonlyMap<string, { width: number; height: number }>;

export interface ViewState {
  selection: { nodeIds: string[]; edgeIds: string[] };
  viewport: { x: number; y: number; zoom: number };
  /** Open/closed state of the side columns (hidden to give a projected canvas the whole width) and of menus and dialogs. */
  panels: {
    left: boolean;
    right: boolean;
    presets: boolean;
    shortcuts: boolean;
    welcome: boolean;
    tour: boolean;
    about: boolean;
    /** Every chart's latest points shown as a table over the chart (View › Show Chart Data as Tables). */
    chartTables: boolean;
  };
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
  /** Rendered node sizes by node id, reported by the canvas; auto-layout reads them. */
  nodeSizes: NodeSizes;
  /** Set when a template (the starter network, a preset) is loaded: the canvas lays it out for its own size before showing it. */
  arrangePending: boolean;
  /**
   * Instructor mode: every control usable and the Access and Steps editors shown; off, the classroom restrictions
   * apply (what a student sees).
   */
  instructorMode: boolean;
  /** The lesson step each file was left at in this session, by file name, so switching files and back resumes the lesson. */
  lessonSteps: ReadonlyMap<string, number>;
  /** Counts large CSV tables whose off-thread parse finished; the dataset preview is computed again when it changes. */
  tablesParsed: number;
  /** The plane the boundary of data with more than two columns is drawn over (PCA unless the user picks two columns). */
  projection: ProjectionChoice;
}

/**
 * Where a training run stands: 'starting' while the worker compiles and picks a backend, 'diverged' after the guard
 * rolled back a non-finite step.
 */
export type TrainingStatus = 'idle' | 'starting' | 'running' | 'paused' | 'diverged' | 'error';

/** Which tfjs backend the user asks for; 'auto' times the candidates on the actual network and keeps the fastest. */
export type BackendPreference = 'auto' | 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/**
 * Every unit's output of one hidden node over the input plane: `units` grids of resolution² cells, unit-major (unit u
 * at u·resolution²), cells as in gridPoints.
 */
export interface NeuronGridSet {
  nodeId: string;
  units: number;
  resolution: number;
  values: Float32Array;
}

/**
 * Live run state filled by the training driver from the worker's messages; out of undo, and out of the file unless
 * keepTrainedState. Holds plain data only (no tensors, no worker).
 */
export interface TrainingState {
  status: TrainingStatus;
  /** The backend in use ('webgpu', 'webgl', 'wasm', 'cpu'); null before the first start. */
  backend: string | null;
  backendPreference: BackendPreference;
  /**
   * The engine that trains (additive field): 'fast' runs plain JavaScript loops whatever the backend, 'tfjs' runs on
   * `backend`; null before the first start.
   */
  engine: 'tfjs' | 'fast' | null;
  /** Why that backend was picked (e.g. the measured steps/s of each candidate). */
  engineNote: string | null;
  counters: TrainingCounters;
  /** Steps per second over the last reporting interval; 0 when not running. */
  stepsPerSecond: number;
  /** One point per evaluation (about every epoch, or every N steps for big epochs); thinned to at most 5000. */
  metrics: MetricPoint[];
  /** Sampled per-layer statistics over time; thinned to at most 5000. */
  stats: StatsSample[];
  latestStats: StatsSample | null;
  /**
   * Decision-grid moments over the run by training progress (at most MOMENT_CAP, plus the newest live frame); empty
   * when the input has no 2-D plane.
   */
  grids: DecisionGridSnapshot[];
  /** The steps between two moments the grids were thinned to (src/training/moments.ts). */
  momentStride: number;
  /** The moment the timeline shows, by step (the boundary and weight views follow it); null follows the run live. Never saved. */
  pinnedStep: number | null;
  /** Every weight of the network as of `weightsAt` (kernels for the heatmaps; all of them for saving). */
  weights: WeightValues[] | null;
  /** The counters the weights were read at (additive field: saving pairs the weights with their step and epoch). */
  weightsAt: { step: number; epoch: number } | null;
  /** Each hidden unit's output over the input plane, for 2-D inputs; null otherwise or before the first sample. */
  neuronGrids: NeuronGridSet[] | null;
  /** The units drawn at the weights of the moment the timeline is pinned to (its step); null while live or until drawn. */
  momentNeuronGrids: { step: number; sets: NeuronGridSet[] | null } | null;
  divergence: DivergenceReport | null;
  /** Where early stopping ended the run (the loss chart's marker); null when it did not (additive field). */
  earlyStop: { step: number; epoch: number; bestEpoch: number } | null;
  /** A one-sentence report for the user (backend fallback, resumed run); null when none. */
  notice: string | null;
  /** Whether Save writes the trained weights and history into the .mlp (on unless the user unticks it; opening a file keeps the choice). */
  keepTrainedState: boolean;
  /** Why the run failed (status 'error'), with the fix; null otherwise (additive field). */
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
  /** `arrange` asks the canvas to lay the network out for its size first (templates, whose positions nobody chose). */
  loadProject(file: MlpFile, source: { name: string; handle?: unknown; dirty?: boolean; arrange?: boolean }): void;
  newProject(): void;
  markSaved(source: { name: string; handle?: unknown }): void;
  setDataset(patch: Partial<DatasetSpec>): void;
  regenerateDataset(): void;
  setTraining(patch: Partial<Omit<TrainingConfig, 'optimizer' | 'epochsPerSecond'>>): void;
  setOptimizer(patch: Partial<OptimizerConfig>): void;
  /** Sets the pace a run plays at, in epochs per second (null: full speed); one undo step, saved with the project. */
  setTrainingPace(epochsPerSecond: number | null): void;
  setNotes(notes: string): void;
}

/** Graph editing actions (all undoable). */
export interface GraphActions extends GroupActions {
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
  /**
   * Applies the canvas's first layout of a just-loaded template: no undo step, and a clean document stays clean;
   * skipped once the user has edited.
   */
  settleArrangement(moves: { id: string; position: Position }[]): void;
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
  /** Picks the plane the boundary of data with more than two columns is drawn over. */
  setProjection(projection: ProjectionChoice): void;
  showToast(kind: Toast['kind'], message: string): void;
  dismissToast(): void;
  /** Says that a large CSV table finished parsing off the page's thread (csv-tables.ts holds the result). */
  noteTableParsed(): void;
  /** Shows a yes/no question; resolves true when the user confirms. */
  requestConfirmation(question: Omit<Confirmation, 'id'>): Promise<boolean>;
  answerConfirmation(confirmed: boolean): void;
  clearConnectionRefusal(): void;
  setNodeSizes(sizes: NodeSizes): void;
}

/**
 * Classroom actions: the instructor's mode, locks, hidden controls and lesson steps (the block is part of the
 * document, so edits are undoable and saved).
 */
export interface ClassroomActions {
  setInstructorMode(on: boolean): void;
  /** Sets one control open, locked or hidden for students. */
  setControlAccess(id: string, access: ControlAccess): void;
  /** Replaces the whole classroom block (the steps editor, the open-in-student-view switch); an empty block is dropped. */
  setClassroom(classroom: Classroom): void;
  /** Moves the current file's lesson to step `index` (clamped to the steps there are). */
  setLessonStep(index: number): void;
}

/**
 * Training actions: the user's verbs (forwarded to the training driver, which runs the workers) and the driver's way
 * of writing what the worker reported.
 */
export interface TrainingActions {
  startTraining(): void;
  pauseTraining(): void;
  /** Runs one batch (starting the worker first if needed) and pauses. */
  stepBatch(): void;
  /** Runs the rest of the current epoch (a whole one at its start) and pauses. */
  stepEpoch(): void;
  /** Re-initialises the weights from the seed; counters and series go back to zero. */
  resetTraining(): void;
  setBackendPreference(backend: BackendPreference): void;
  /** Accepts the divergence guard's rollback (weights of the restored step) and clears the banner. */
  rollBack(): void;
  dismissDivergence(): void;
  /** The guard banner's remedy: fresh weights from the seed, then Train at once. */
  resetAndTrain(): void;
  /**
   * The guard banner's other remedy: the learning rate set to a tenth (one undo step); the banner stays and says a
   * reset is still needed.
   */
  lowerLearningRate(): void;
  setKeepTrainedState(keep: boolean): void;
  /**
   * Brings the slice's weights up to the counters shown (asking the worker when they are older); resolves when done
   * or when there is no run.
   */
  freshWeights(): Promise<void>;
  /** Puts a reopened project's saved history and counters into the slice and hands its weights to the driver to resume from. */
  loadTrainedState(state: TrainedState | null): void;
  dismissTrainingNotice(): void;
  /** Shows the run at the moment taken at or before `step` in the boundary and weight views; null follows the run live. */
  pinMoment(step: number | null): void;
  /**
   * Connects the training driver, which the user's verbs are forwarded to; returns the disconnect. Without one, the
   * verbs only say that training is unavailable.
   */
  attachTrainingRuntime(runtime: TrainingRuntime): () => void;
  /** For the training driver only: applies a coalesced batch of worker reports. */
  applyTrainingUpdate(update: TrainingUpdate): void;
  /** For the training driver only: clears counters and series (keeps preferences and the backend). */
  resetTrainingState(): void;
}

/** Side-by-side run actions (undoable, except what the driver reports). */
export interface RunActions {
  /** Copies the active run into a new run (B, C, ...) and makes it active; false (and a toast saying why) at the limit. */
  duplicateRun(): boolean;
  activateRun(id: string): void;
  /** False (and a toast saying why) for a blank, too long or already used name. */
  renameRun(id: string, name: string): boolean;
  removeRun(id: string): void;
  /** For the training driver only: applies what the side-by-side runs reported. */
  applyComparisonUpdate(update: ComparisonUpdate): void;
}

/**
 * What the training actions ask of the training driver (renderer/training/driver.ts); the store keeps only this
 * handle, never a worker or a tensor.
 */
export interface TrainingRuntime {
  start(): void;
  pause(): void;
  stepBatch(): void;
  stepEpoch(): void;
  reset(): void;
  setBackendPreference(backend: BackendPreference): void;
  rollBack(): void;
  /** Weights and counters to resume from when the worker next initialises (a reopened project's state). */
  resumeFrom(state: TrainedState | null): void;
  /** Reads the worker's current weights into the slice (for saving); resolves once they arrived, or could not be read. */
  readWeights?(): Promise<void>;
}

/** A coalesced batch of worker reports: plain fields replace, series are appended (and thinned). */
export interface TrainingUpdate {
  patch?: Partial<
    Pick<
      TrainingState,
      | 'status'
      | 'backend'
      | 'engine'
      | 'engineNote'
      | 'counters'
      | 'stepsPerSecond'
      | 'latestStats'
      | 'weights'
      | 'weightsAt'
      | 'neuronGrids'
      | 'momentNeuronGrids'
      | 'divergence'
      | 'earlyStop'
      | 'notice'
      | 'error'
    >
  >;
  metrics?: MetricPoint[];
  stats?: StatsSample[];
  grids?: DecisionGridSnapshot[];
}

/** The depth sweep's settings and results (in the document). */
export interface DepthSweepActions {
  /** Changes sweep settings (one undo step). */
  setDepthSweepSettings(patch: Partial<DepthSweepSettings>): void;
  /** Stores a finished or cancelled sweep's points in the document (marks it unsaved; not an undo step). */
  setDepthSweepResults(points: DepthSweepPoint[]): void;
}

/** The whole store. */
export type AppState = DocumentSlice &
  GraphActions & { view: ViewState } & ViewActions &
  ClassroomActions & { training: TrainingState } & TrainingActions & { comparison: ComparisonState } & RunActions &
  ClassicActions &
  DepthSweepActions &
  BackpropActions;

/** Zustand's set/get, typed for this store. */
export type StoreSet = (partial: Partial<AppState> | ((state: AppState) => Partial<AppState>)) => void;
export type StoreGet = () => AppState;
