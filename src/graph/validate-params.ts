import { INITIALIZER_SCALE_RANGE, specOf, type ParamField } from '../layers/index';
import { nodeIssue, type GraphIssue } from './issues';
import type { GraphNode } from './types';

type Severity = GraphIssue['severity'];

const show = (value: unknown): string =>
  typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value));
const range = (field: ParamField) => `from ${field.min} to ${field.max}`;

/** Problems of one number: not a number, not whole where it must be, or outside the field's range. */
function checkNumber(node: GraphNode, field: ParamField, value: unknown, severity: Severity): GraphIssue[] {
  const key = field.key;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return [
      nodeIssue(
        node,
        severity,
        'param-not-finite',
        `${key} is ${String(value)}, not a finite number. Enter a number ${range(field)}.`,
      ),
    ];
  }
  if (field.type === 'int' && !Number.isInteger(value)) {
    return [
      nodeIssue(node, severity, 'param-not-integer', `${key} is ${value}; it must be a whole number ${range(field)}.`),
    ];
  }
  if ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max)) {
    return [
      nodeIssue(
        node,
        severity,
        'param-out-of-range',
        `${key} is ${value}, outside the range ${field.min} to ${field.max}. Set ${key} between ${field.min} and ${field.max}.`,
      ),
    ];
  }
  return [];
}

/** Problems of an initializer: an unknown name, or a non-positive or huge scale for the random ones. */
function checkInitializer(node: GraphNode, field: ParamField, value: unknown, severity: Severity): GraphIssue[] {
  const init = value as { name?: unknown; stddev?: unknown; limit?: unknown } | null;
  const names = (field.options ?? []).map((o) => o.value);
  if (typeof init !== 'object' || init === null || !names.includes(init.name as string)) {
    const got = typeof init === 'object' && init !== null ? show(init.name) : show(init);
    return [
      nodeIssue(
        node,
        severity,
        'param-invalid',
        `${field.key} is ${got}, not a known initializer. Pick one of: ${names.join(', ')}.`,
      ),
    ];
  }
  const scaleKey = init.name === 'randomNormal' ? 'stddev' : init.name === 'randomUniform' ? 'limit' : null;
  if (!scaleKey) return [];
  const scaleField: ParamField = {
    key: `${field.key}.${scaleKey}`,
    label: scaleKey,
    type: 'number',
    ...INITIALIZER_SCALE_RANGE,
    help: '',
  };
  return checkNumber(node, scaleField, init[scaleKey], severity);
}

/** Problems of a plane-feature list: empty, unknown names or repeats. */
function checkFeatures(node: GraphNode, field: ParamField, value: unknown, severity: Severity): GraphIssue[] {
  const known = (field.options ?? []).map((o) => o.value);
  if (!Array.isArray(value) || value.length === 0) {
    return [
      nodeIssue(
        node,
        severity,
        'input-no-features',
        `derives no features, so the network sees nothing. Tick at least one plane feature, e.g. x1 and x2.`,
      ),
    ];
  }
  const unknown = value.filter((f) => !known.includes(f));
  if (unknown.length > 0) {
    return [
      nodeIssue(
        node,
        severity,
        'param-invalid',
        `${unknown.map(show).join(', ')} ${unknown.length === 1 ? 'is not a' : 'are not'} known plane ` +
          `feature${unknown.length === 1 ? '' : 's'}. Use ${known.join(', ')}.`,
      ),
    ];
  }
  const repeated = value.filter((f, i) => value.indexOf(f) !== i);
  if (repeated.length > 0) {
    return [
      nodeIssue(
        node,
        severity,
        'param-invalid',
        `feature ${show(repeated[0])} is listed twice; a copied column adds nothing. Remove the repeat.`,
      ),
    ];
  }
  return [];
}

/**
 * Checks every parameter the node's kind shows in the inspector (fields that do not apply, such as
 * alpha of a ReLU, are skipped) against its type, options and range.
 */
export function checkParams(node: GraphNode, severity: Severity): GraphIssue[] {
  const params = node.params as unknown as Record<string, unknown>;
  const issues: GraphIssue[] = [];
  for (const field of specOf(node).fields) {
    if (field.appliesTo && !field.appliesTo(node.params as never)) continue;
    const value = params[field.key];
    switch (field.type) {
      case 'int':
      case 'number':
        issues.push(...checkNumber(node, field, value, severity));
        break;
      case 'boolean':
        if (typeof value !== 'boolean') {
          issues.push(
            nodeIssue(node, severity, 'param-invalid', `${field.key} is ${show(value)}; it must be true or false.`),
          );
        }
        break;
      case 'select': {
        const options = (field.options ?? []).map((o) => o.value);
        if (!options.includes(value as string)) {
          issues.push(
            nodeIssue(
              node,
              severity,
              'param-invalid',
              `${field.key} is ${show(value)}, not one of: ${options.join(', ')}. Pick one of those.`,
            ),
          );
        }
        break;
      }
      case 'initializer':
        issues.push(...checkInitializer(node, field, value, severity));
        break;
      case 'features':
        issues.push(...checkFeatures(node, field, value, severity));
        break;
    }
  }
  return issues;
}
