/**
 * `rws lab cost` on a lab with SageMaker Studio (examples/research-computing-lab), with the real
 * binary: one app per user profile on its default type and every shared space, priced with the
 * bundled notebook prices, counted per owner and in the total. Expected prices come from the
 * price tables, never written down.
 */
import * as path from 'path';
import { ensureBuilt, ROOT, rws, rwsJson, tempDir } from './helpers';
import { Notebooks } from '../../src/workspaces/studio';

const SLOW = 300_000;
const LAB = path.join(ROOT, 'examples', 'research-computing-lab', 'lab.yaml');

beforeAll(() => ensureBuilt(), SLOW);

test('rws lab cost --json lists the notebooks and adds them to their owners and the total', () => {
  const r = rwsJson(['lab', 'cost', LAB], tempDir('studio-cost'), SLOW);
  expect([r.code, r.stderr]).toEqual([0, '']);
  const j = r.json;
  const price = Notebooks.hourlyPrice('ml.t3.medium')!;
  expect(j.notebooks.map((n: any) => [n.kind, n.name, n.owner, n.instanceType, n.hourlyCost, n.idleStopMinutes])).toEqual([
    ['profile', 'alice', 'alice', 'ml.t3.medium', price, 60], ['profile', 'bob', 'bob', 'ml.t3.medium', price, 60],
    ['profile', 'carol', 'carol', 'ml.t3.medium', price, 60], ['profile', 'genomics-nb', 'genomics-nb', 'ml.t3.medium', price, 60],
    ['space', 'genomics-notebooks', 'alice', 'ml.t3.medium', price, 60],
  ]);
  expect(j.notebooks[0].monthlyCost).toBeCloseTo(price * 730, 9);
  const ws = j.workspaces.reduce((a: number, w: any) => a + w.hourlyCost, 0);
  expect(j.total.hourlyCost).toBeCloseTo(ws + 5 * price, 9);
  const alice = j.owners.find((o: any) => o.owner === 'alice');
  expect(alice.hourlyCost).toBeCloseTo(j.workspaces.find((w: any) => w.owner === 'alice').hourlyCost + 2 * price, 9);
  expect(j.owners.find((o: any) => o.owner === 'genomics-nb')).toMatchObject({ workspaces: 0, hourlyCost: price });
  expect(j.notes.join('\n')).toMatch(/SageMaker Studio: one app per user profile .* after 60 idle minutes/);
}, SLOW);

test('rws lab cost prints a SageMaker Studio table', () => {
  const r = rws(['lab', 'cost', LAB], tempDir('studio-cost-text'), { NO_COLOR: '1' }, SLOW);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/SageMaker Studio\n/);
  expect(r.stdout).toMatch(/genomics-notebooks +space \(genomics\) +alice +ml\.t3\.medium +\$0\.0500/);
  // The example's Slurm cluster: scaled to zero, so a note with its full price, not a line of the totals.
  expect(r.stdout).toMatch(/Slurm cluster \(AWS PCS\): compute nodes scale to zero and are not in the totals; cpu: up to 8 x m6i\.2xlarge \(\$3\.0720\/hour full\)/);
}, SLOW);
