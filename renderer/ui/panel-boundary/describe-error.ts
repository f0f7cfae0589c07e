/** The one line a panel's error message shows for whatever was thrown (an Error, a string, anything else). */
export function describeError(thrown: unknown): string {
  if (thrown instanceof Error)
    return (thrown.message || thrown.name || 'an error without a message').replace(/[.\s]+$/, '');
  if (typeof thrown === 'string') return thrown.replace(/[.\s]+$/, '') || 'an empty error';
  try {
    return `a non-error value (${String(thrown)})`;
  } catch {
    // An object whose toString throws, or one without a prototype.
    return 'a value that cannot be shown';
  }
}
