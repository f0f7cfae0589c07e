/** Validation of typed numbers for the inspector's fields. */

/** Limits of one number field. */
export interface NumberRule {
  label: string;
  min?: number;
  max?: number;
  integer?: boolean;
}

/** Why `text` is not an acceptable value for the field (with the limits and what to type), or null when it is. */
export function checkNumber(text: string, rule: NumberRule): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return `${rule.label} needs a value; type a number${rangeText(rule)}.`;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return `${rule.label} must be a number, not '${trimmed}'.`;
  if (rule.integer && !Number.isInteger(value)) return `${rule.label} must be a whole number; ${trimmed} is not.`;
  if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max)) {
    return `${rule.label} must be${rangeText(rule)}; ${trimmed} is out of range.`;
  }
  return null;
}

function rangeText({ min, max }: NumberRule): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}
