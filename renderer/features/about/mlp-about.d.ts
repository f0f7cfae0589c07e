/** Served at build time by scripts/licences.ts (`aboutModule`, a Vite plugin). */
declare module 'virtual:mlp-about' {
  /** The app's version, from package.json. */
  export const appVersion: string;
  /** The libraries the renderer bundles and the packages they depend on, sorted by name. */
  export const licences: readonly { name: string; version: string; license: string }[];
}
