/** Naming of tfjs layers after graph nodes, so every weight and gradient traces back to its node. */

/** tfjs refuses weight names outside this pattern (see tfjs-layers' isValidTensorName). */
const VALID_NAME = /^[A-Za-z0-9][-A-Za-z0-9._/]*$/;

/** tfjs keeps layers and tensors in plain objects keyed by name, so a layer called "constructor" breaks it: these names get a suffix. */
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Hands out unique tfjs-valid layer names: the node id itself where tfjs accepts it ('dense-3'),
 * otherwise the id with the offending characters replaced; clashes get a numbered suffix.
 */
export class LayerNamer {
  private readonly used = new Set<string>();

  /** A fresh name for `nodeId`, optionally with a suffix for a node that needs several layers. */
  name(nodeId: string, suffix?: string): string {
    const base = suffix ? `${nodeId}_${suffix}` : nodeId;
    let candidate = VALID_NAME.test(base) && !base.includes('/') ? base : sanitize(base);
    for (let i = 2; this.used.has(candidate) || RESERVED.has(candidate); i++) candidate = `${sanitize(base)}_${i}`;
    this.used.add(candidate);
    return candidate;
  }
}

function sanitize(text: string): string {
  const cleaned = text.replace(/[^-A-Za-z0-9._]/g, '_');
  return /^[A-Za-z0-9]/.test(cleaned) ? cleaned : `n${cleaned}`;
}
