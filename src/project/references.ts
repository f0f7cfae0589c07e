import { checkGroup } from '../graph/groups';
import { displayValue, type ProjectIssue, showValue } from './errors';
import { MAX_WEIGHT_FLOATS } from './limits';
import type { MlpFile } from './types';

function issue(path: string, value: unknown, message: string): ProjectIssue {
  return { path, value: displayValue(value), message };
}

/** Bytes a canonical base64 string decodes to, without decoding it. */
export function base64ByteLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

function checkUniqueIds(
  ids: string[],
  list: string,
  what: string,
  fix: string,
  key: 'id' | 'name' = 'id',
): ProjectIssue[] {
  const firstAt = new Map<string, number>();
  const found: ProjectIssue[] = [];
  ids.forEach((id, index) => {
    const earlier = firstAt.get(id);
    if (earlier === undefined) firstAt.set(id, index);
    else {
      const path = `${list}[${index}].${key}`;
      found.push(
        issue(
          path,
          id,
          `${path} is ${showValue(id)}, which ${list}[${earlier}] already uses; ${what} ${key}s must be unique. ${fix}`,
        ),
      );
    }
  });
  return found;
}

function checkEdges(file: Pick<MlpFile, 'graph'>, at = 'graph'): ProjectIssue[] {
  const nodeIds = new Set(file.graph.nodes.map((n) => n.id));
  const found: ProjectIssue[] = [];
  file.graph.edges.forEach((edge, index) => {
    for (const end of ['source', 'target'] as const) {
      if (nodeIds.has(edge[end])) continue;
      const path = `${at}.edges[${index}].${end}`;
      found.push(
        issue(
          path,
          edge[end],
          `${path} is ${showValue(edge[end])}, which is the id of no node in graph.nodes; an edge must join two ` +
            `existing nodes. Correct the id or remove the edge.`,
        ),
      );
    }
  });
  return found;
}

function checkWeights(file: MlpFile): ProjectIssue[] {
  if (!file.state) return [];
  const nodeIds = new Set(file.graph.nodes.map((n) => n.id));
  const seen = new Map<string, number>();
  const found: ProjectIssue[] = [];
  let total = 0;
  file.state.weights.forEach((weight, index) => {
    const at = `state.weights[${index}]`;
    if (!nodeIds.has(weight.nodeId)) {
      found.push(
        issue(
          `${at}.nodeId`,
          weight.nodeId,
          `${at}.nodeId is ${showValue(weight.nodeId)}, which is the id of no node in graph.nodes; stored ` +
            `weights belong to graph nodes. Remove this weight or the whole state (the network can be trained again).`,
        ),
      );
    }
    const key = `${weight.nodeId}/${weight.name}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      found.push(
        issue(
          `${at}.name`,
          weight.name,
          `${at}.name is ${showValue(weight.name)}, but ${`state.weights[${earlier}]`} already stores ` +
            `"${weight.name}" of node "${weight.nodeId}"; each weight is stored once. Remove one of them.`,
        ),
      );
    } else seen.set(key, index);
    const expected = weight.shape.reduce((product, dim) => product * dim, 1);
    const bytes = base64ByteLength(weight.data);
    total += bytes / 4;
    if (bytes !== expected * 4) {
      const held =
        bytes % 4 === 0 ? `${bytes / 4} float32 values` : `${bytes} bytes, not a whole number of float32 values`;
      found.push(
        issue(
          `${at}.data`,
          weight.data,
          `${at}.data is ${showValue(weight.data)}, which holds ${held}, but shape [${weight.shape.join(', ')}] ` +
            `needs ${expected}. Save the trained state again or remove it.`,
        ),
      );
    }
  });
  if (total > MAX_WEIGHT_FLOATS) {
    found.push(
      issue(
        'state.weights',
        total,
        `state.weights holds ${total.toLocaleString('en-US')} float32 values in all; a project stores at most ` +
          `${MAX_WEIGHT_FLOATS.toLocaleString('en-US')}. Save without trained weights or use a smaller network.`,
      ),
    );
  }
  return found;
}

function checkCsv(file: Pick<MlpFile, 'data'>, at = 'data'): ProjectIssue[] {
  if (file.data.kind !== 'csv' || file.data.csv) return [];
  return [
    issue(
      `${at}.csv`,
      undefined,
      `${at}.csv is missing; a csv dataset embeds its table in the project. Import the CSV file again, or pick a generated dataset kind.`,
    ),
  ];
}

/**
 * The runs: unique ids and names, an active run that exists and whose content is the file's own, every other run
 * complete and consistent.
 */
function checkRuns(file: MlpFile): ProjectIssue[] {
  const runs = file.runs;
  if (!runs) return [];
  const found = [
    ...checkUniqueIds(
      runs.list.map((r) => r.id),
      'runs.list',
      'run',
      'Give each run its own id.',
    ),
    ...checkUniqueIds(
      runs.list.map((r) => r.name),
      'runs.list',
      'run',
      'Rename one of the runs, so the legends tell them apart.',
      'name',
    ),
  ];
  if (!runs.list.some((r) => r.id === runs.active)) {
    found.push(
      issue(
        'runs.active',
        runs.active,
        `runs.active is ${showValue(runs.active)}, which is the id of no run in runs.list; it names the run ` +
          `whose network is the file's graph. Set it to the id of one of the runs.`,
      ),
    );
  }
  runs.list.forEach((run, index) => {
    const at = `runs.list[${index}]`;
    const parts = (['graph', 'data', 'training'] as const).filter((part) => run[part] !== undefined);
    if (run.id === runs.active) {
      if (parts.length > 0)
        found.push(
          issue(
            `${at}.${parts[0]}`,
            parts[0],
            `${at} is the active run, whose network, data and training are the file's own graph, data and ` +
              `training, but it also has ${parts.join(', ')}. Remove ${parts.join(', ')} from the active run.`,
          ),
        );
      return;
    }
    if (parts.length < 3) {
      const missing = ['graph', 'data', 'training'].filter((part) => !parts.includes(part as never));
      found.push(
        issue(
          `${at}.${missing[0]}`,
          undefined,
          `${at}.${missing[0]} is missing; every run but the active one carries its own graph, data and ` +
            `training. Add ${missing.join(', ')} to run ${showValue(run.name)}, or remove the run.`,
        ),
      );
      return;
    }
    const content = { graph: run.graph!, data: run.data! };
    found.push(
      ...checkUniqueIds(
        content.graph.nodes.map((n) => n.id),
        `${at}.graph.nodes`,
        'node',
        'Rename one of them, and the edges that point at it.',
      ),
      ...checkUniqueIds(
        content.graph.edges.map((e) => e.id),
        `${at}.graph.edges`,
        'edge',
        'Rename one of the edges.',
      ),
      ...checkEdges(content, `${at}.graph`),
      ...checkCsv(content, `${at}.data`),
    );
  });
  return found;
}

/** Each layer group must be a chain of identical blocks of existing nodes, and no node may sit in two groups. */
function checkGroups(file: Pick<MlpFile, 'graph'>, at = 'graph'): ProjectIssue[] {
  const found: ProjectIssue[] = [];
  const owner = new Map<string, number>();
  (file.graph.groups ?? []).forEach((group, index) => {
    const path = `${at}.groups[${index}]`;
    for (const id of group.nodeIds) {
      const earlier = owner.get(id);
      if (earlier !== undefined)
        found.push(
          issue(
            `${path}.nodeIds`,
            id,
            `${path}.nodeIds lists ${showValue(id)}, which ${at}.groups[${earlier}] already holds; a layer sits ` +
              `in one group at most. Remove it from one of them.`,
          ),
        );
      else owner.set(id, index);
    }
    const problem = checkGroup(file.graph, group);
    if (problem)
      found.push(
        issue(
          path,
          group.id,
          `${path} (${showValue(group.id)}) does not describe repeated layers of this network: ${problem}`,
        ),
      );
  });
  return found;
}

/**
 * Checks what the schema cannot see field by field: unique node and edge ids, edges and weights
 * that point at existing nodes, weight data whose length matches its shape, the total weight
 * budget, and the table behind a csv dataset. Returns the problems found, in document order.
 */
export function checkReferences(file: MlpFile): ProjectIssue[] {
  return [
    ...checkUniqueIds(
      file.graph.nodes.map((n) => n.id),
      'graph.nodes',
      'node',
      'Rename one of them, and the edges that point at it.',
    ),
    ...checkUniqueIds(
      file.graph.edges.map((e) => e.id),
      'graph.edges',
      'edge',
      'Rename one of the edges.',
    ),
    ...checkEdges(file),
    ...checkGroups(file),
    ...checkCsv(file),
    ...checkWeights(file),
    ...checkRuns(file),
  ];
}
