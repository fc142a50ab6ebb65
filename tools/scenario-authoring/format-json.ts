/**
 * JSON for people: two-space indentation, but any array or object that fits on one line of `width` characters is
 * written on one line, so terrain rows, hexes and units read like a table and diffs stay small.
 */
export const formatJson = (value: unknown, width = 140): string => {
  const write = (v: unknown, indent: string): string => {
    const flat = JSON.stringify(v);
    if (flat === undefined) return 'null';
    if (v === null || typeof v !== 'object' || flat.length + indent.length <= width) return flat;
    const inner = indent + '  ';
    if (Array.isArray(v)) return `[\n${v.map((x) => inner + write(x, inner)).join(',\n')}\n${indent}]`;
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${write(x, inner)}`).join(',\n')}\n${indent}}`;
  };
  return write(value, '');
};
