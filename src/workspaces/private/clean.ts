/** Drops undefined properties so structs compare and print cleanly. */
export function clean<T extends object>(o: T): T {
  // A new object rather than `delete`: deleting turns an object into a dictionary (several
  // times larger and slower), which 100,000 users of a registry pay for in memory.
  const src = o as Record<string, unknown>;
  let undef = false;
  for (const k in src) {
    if (src[k] === undefined) {
      undef = true;
      break;
    }
  }
  if (!undef) return o;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(src)) {
    if (src[k] !== undefined) out[k] = src[k];
  }
  return out as T;
}
