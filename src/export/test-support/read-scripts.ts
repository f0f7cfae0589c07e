/**
 * Reads generated scripts back as a reader would: the layers they declare (in order, with their
 * arguments) and how the forward pass wires them, by pattern over the source text. Independent of
 * the generators' internals, so the tests compare the text itself with the graph.
 */

/** A layer a script declares: its Python name, its class and the text of its arguments. */
export interface DeclaredLayer {
  ident: string;
  className: string;
  args: string;
}

/** The modules of a PyTorch script, nn.Sequential entries or `self.x = nn.X(...)` lines, in order. */
export function torchLayers(code: string): DeclaredLayer[] {
  const found: DeclaredLayer[] = [];
  for (const line of code.split('\n')) {
    const match =
      /^\s+\('(\w+)', nn\.(\w+)\((.*)\)\),\s+#/.exec(line) ?? /^\s+self\.(\w+) = nn\.(\w+)\((.*)\)\s+#/.exec(line);
    if (match) found.push({ ident: match[1], className: match[2], args: match[3] });
  }
  return found;
}

/** The layers of a Keras script (`x = layers.X(...)(inputs)`), in order. */
export function kerasLayers(code: string): (DeclaredLayer & { inputs: string[] })[] {
  const found: (DeclaredLayer & { inputs: string[] })[] = [];
  for (const line of code.split('\n')) {
    const match = /^(\w+) = layers\.(\w+)\((.*)\)\((\[?[\w, ]+\]?)\)$/.exec(line);
    if (match)
      found.push({
        ident: match[1],
        className: match[2],
        args: match[3],
        inputs: match[4].replace(/[[\]]/g, '').split(', '),
      });
  }
  return found;
}

/** The forward pass of a PyTorch module: each `h_x = ...` assignment's target and the variables it reads, in order. */
export function torchForwardWiring(code: string): { target: string; reads: string[] }[] {
  const wiring: { target: string; reads: string[] }[] = [];
  for (const line of code.split('\n')) {
    const match = /^\s{8}(h_\w+) = (.*)$/.exec(line);
    if (!match) continue;
    const reads = [...match[2].replace(/self\.\w+\(/g, '(').matchAll(/\b(h_\w+|x)\b/g)].map((m) => m[1]);
    wiring.push({ target: match[1], reads });
  }
  return wiring;
}

/** A Python list literal assigned to `name` at the top level, as numbers (flattened, row-major). */
export function numbersAssigned(code: string, name: string): number[] {
  const start = code.indexOf(`\n${name} = [`);
  if (start < 0) throw new Error(`${name} is not assigned in the script`);
  const end = code.indexOf('\n]', start);
  const body = code.slice(code.indexOf('[', start), end + 2);
  return [...body.matchAll(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/g)].map((m) => Number(m[0]));
}
