/** One fuse setting: the @electron/fuses FuseV1Options name, its state and the reason for it. */
export interface FuseSetting {
  readonly fuse: string;
  readonly enabled: boolean;
  readonly why: string;
}
/** Each fuse MLP Studio sets, whether it is on, and why. */
export declare const FUSES: readonly FuseSetting[];
/** The fuses that must be off in every release. */
export declare const REQUIRED_OFF: readonly string[];
/** The fuses that must be on in every release. */
export declare const REQUIRED_ON: readonly string[];
