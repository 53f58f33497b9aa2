// Text parameters (query, path, header) to the types their schemas declare.

/**
 * Converts a text parameter to its schema type, strictly: integers only from decimal digits
 * that a double holds exactly, booleans only from "true"/"false". Anything else is left as
 * text for the validator to reject, so the message quotes it as sent.
 * @example coerceParameter('10', 'integer') // 10
 * @example coerceParameter('0x10', 'integer') // '0x10' (rejected by validation)
 * @example coerceParameter('1'.repeat(400), 'integer') // the text (as a number it would be Infinity)
 */
export function coerceParameter(value: string, type: string): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  if (type === 'number' && /^-?\d+(\.\d+)?$/.test(value) && Number.isFinite(Number(value))) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}
