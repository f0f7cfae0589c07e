/** Whether the person asked the system for less motion (prefers-reduced-motion: reduce); false where it cannot be asked. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The length of an animation: `ms`, or 0 (a jump) when less motion is asked for. */
export function motionDuration(ms: number, reduced: boolean = prefersReducedMotion()): number {
  return reduced ? 0 : ms;
}

/** How a scroll should move: 'smooth', or 'auto' (a jump) when less motion is asked for. */
export function scrollBehaviour(reduced: boolean = prefersReducedMotion()): ScrollBehavior {
  return reduced ? 'auto' : 'smooth';
}
