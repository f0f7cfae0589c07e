let enUs: Intl.NumberFormat | null = null;

/**
 * A whole number with its thousands grouped as en-US writes them ("16,777,216", "-12,345"): the same text as
 * toLocaleString('en-US'), written by hand because building a number formatter looks up the locale, a cost paid at
 * start-up by the schemas' messages and the parameter counts. Numbers that are not whole or not finite go to Intl.
 */
export function groupDigits(value: number): string {
  if (!Number.isInteger(value)) {
    enUs ??= new Intl.NumberFormat('en-US');
    return enUs.format(value);
  }
  if (Object.is(value, -0)) return '-0';
  // Past 1e21 String() writes "1.7976931348623157e+308": its shortest digits, then zeros, as Intl writes them.
  const text = String(Math.abs(value));
  const scientific = /^(\d)(?:\.(\d+))?e\+(\d+)$/.exec(text);
  const mantissa = scientific ? scientific[1] + (scientific[2] ?? '') : text;
  const digits = scientific ? mantissa.padEnd(Number(scientific[3]) + 1, '0') : text;
  return `${value < 0 ? '-' : ''}${digits.replace(/\B(?=(\d{3})+$)/g, ',')}`;
}
