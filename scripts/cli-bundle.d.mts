/** Packages the CLI bundle may leave to Node (tfjs's fetch helper, never called by the CLI). */
export const EXTERNAL: string[];
/** Builds `outdir`/mlp.mjs and `outdir`/wasm/*.wasm; resolves to the bundle's path. */
export function buildCli(outdir: string, options?: { sourcemap?: boolean; root?: string }): Promise<string>;
