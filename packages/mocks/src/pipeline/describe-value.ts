// A short, depth-safe JSON preview of a value for error messages.

/**
 * The JSON text of a value, cut to `max` characters, built without recursion so that a body
 * nested thousands deep cannot overflow the stack; numbers JSON cannot carry show as they are
 * (`Infinity`) instead of `null`. Undefined for `undefined`, as JSON.stringify.
 * @example describeValue({ a: [1, 'x'] }) // '{"a":[1,"x"]}'
 * @example describeValue('x'.repeat(100), 10) // '"xxxxxx...'
 */
export function describeValue(value: unknown, max = 80): string | undefined {
  if (value === undefined) return undefined;
  let out = '';
  // A stack of pending work: values to write, or literal text (closing brackets, commas, keys).
  const stack: Array<{ text: string } | { value: unknown }> = [{ value }];
  while (stack.length > 0 && out.length <= max) {
    const item = stack.pop() as { text: string } | { value: unknown };
    if ('text' in item) {
      out += item.text;
      continue;
    }
    const v = item.value;
    if (Array.isArray(v)) {
      out += '[';
      stack.push({ text: ']' });
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push({ value: v[i] === undefined ? null : v[i] });
        if (i > 0) stack.push({ text: ',' });
      }
    } else if (v !== null && typeof v === 'object') {
      out += '{';
      stack.push({ text: '}' });
      const entries = Object.entries(v).filter(([, e]) => e !== undefined && typeof e !== 'function');
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, entry] = entries[i] as [string, unknown];
        stack.push({ value: entry });
        stack.push({ text: `${JSON.stringify(key)}:` });
        if (i > 0) stack.push({ text: ',' });
      }
    } else if (typeof v === 'number') {
      out += String(v);
    } else if (typeof v === 'bigint') {
      out += v.toString();
    } else {
      out += JSON.stringify(v) ?? 'null';
    }
  }
  return out.length > max ? `${out.slice(0, max - 3)}...` : out;
}
