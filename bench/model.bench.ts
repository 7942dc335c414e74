/**
 * Model benchmark: loading and resolving templates and allocating ids for large registries,
 * against plain baselines measured in the same process.
 */
import { parseDocument } from 'yaml';
import { TemplateCatalog, UserRegistry } from '../src';
import { BenchTable, fmt, timeMs } from './harness';

export async function run(): Promise<BenchTable[]> {
  const dir = TemplateCatalog.bundledDirectory();
  const catalogMs = timeMs(() => TemplateCatalog.bundled().resolveAll());
  // Baseline: parsing the same YAML files without any model work.
  const fs = await import('fs');
  const path = await import('path');
  const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.yml')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const yamlMs = timeMs(() => texts.forEach((t) => parseDocument(t).toJS()));

  const rows: Array<Array<string | number>> = [];
  for (const n of [100, 1000, 10000]) {
    const users = Array.from({ length: n }, (_, i) => ({ name: `u${String(i).padStart(5, '0')}`, groups: [`g${i % 20}`] }));
    const groups = Array.from({ length: 20 }, (_, i) => ({ name: `g${i}` }));
    const range = { min: 10000, max: 10000 + n * 2 };
    const first = UserRegistry.fromProps({ users, groups, userIdRange: range, groupIdRange: { min: 100000, max: 100100 } });
    const lock = first.lockContent;
    const allocMs = timeMs(() => UserRegistry.fromProps({ users, groups, userIdRange: range, groupIdRange: { min: 100000, max: 100100 } }), 3);
    const relockMs = timeMs(() => UserRegistry.fromProps({ users, groups, userIdRange: range, groupIdRange: { min: 100000, max: 100100 }, lock }), 3);
    // Baseline: a Map of name -> sequential id, the least any allocator must do.
    const baseMs = timeMs(() => {
      const m = new Map<string, number>();
      users.forEach((u, i) => m.set(u.name, range.min + i));
    }, 3);
    rows.push([n, fmt.ms(allocMs), fmt.ms(relockMs), fmt.ms(baseMs), fmt.ratio(relockMs / Math.max(baseMs, 1e-3))]);
  }
  return [
    {
      title: 'Template catalog (bundled templates)',
      headers: ['operation', 'ms', 'baseline: YAML parse only (ms)', 'ratio'],
      rows: [['load + resolve all', fmt.ms(catalogMs), fmt.ms(yamlMs), fmt.ratio(catalogMs / yamlMs)]],
    },
    {
      title: 'User registry: id allocation',
      headers: ['users', 'first allocation (ms)', 'with lock (ms)', 'baseline Map (ms)', 'ratio (with lock / baseline)'],
      rows,
      notes: ['Registries of this size are validated completely (names, keys, groups) on every load.'],
    },
  ];
}
