/**
 * Quotas and isolation over random institutions (fast-check).
 *
 * - checkQuotas (pure): a quota is reported exactly when the tenant's labs together exceed it,
 *   once per exceeded quota, with the field and the fix.
 * - Institution: quotas set to exactly what a random tenant uses pass; one below fails naming
 *   that tenant and quota (built without synthesis: the check runs in the constructor).
 * - Isolation, from the synthesized templates of random institutions: no tenant's stack uses
 *   another tenant's export, key, network or bucket; every tenant resource carries its tag; every
 *   role of a lab has a boundary that denies the other tenants' resources and buckets.
 */
import { App } from 'aws-cdk-lib';
import * as fc from 'fast-check';
import { isolationProblems } from './checks';
import { EgressMode, Institution, InstitutionDefinition, LabWorkspaceDefinition, TenantDefinition, WorkspaceSize } from '../../src';
import { checkQuotas, QuotaLimits, QuotaWorkspace, usageOf } from '../../src/workspaces/private/quotas';
import { cleanTempDirs, synthTemplates, tempDir } from '../helpers/synth';

afterAll(cleanTempDirs);

const FIELDS: Array<[keyof QuotaLimits, string]> = [
  ['workspaces', 'workspaces'], ['vcpus', 'vcpus'], ['gpus', 'gpus'], ['storageGiB', 'storage_gib'], ['monthlySpend', 'monthly_spend'],
];

const workspaceArb: fc.Arbitrary<QuotaWorkspace> = fc.record({
  lab: fc.constantFrom('a', 'b', 'c'),
  name: fc.string({ minLength: 1, maxLength: 8 }),
  vcpus: fc.integer({ min: 1, max: 64 }),
  gpus: fc.integer({ min: 0, max: 4 }),
  storageGiB: fc.integer({ min: 8, max: 2000 }),
  hourlyCost: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: undefined }),
});
const limitArb = fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined });

test('checkQuotas reports exactly the quotas the tenant\'s labs together exceed', () => {
  fc.assert(fc.property(fc.array(workspaceArb, { maxLength: 12 }), fc.record({
    workspaces: limitArb,
    vcpus: limitArb,
    gpus: limitArb,
    storageGiB: fc.option(fc.integer({ min: 0, max: 20000 }), { nil: undefined }),
    monthlySpend: limitArb,
  }), fc.integer({ min: 1, max: 744 }), (ws, rawLimits, hours) => {
    const limits: QuotaLimits = Object.fromEntries(Object.entries(rawLimits).filter(([, v]) => v !== undefined));
    const used = usageOf(ws, hours);
    const found = checkQuotas('t', 'tenants[0]', limits, ws, hours, () => ({ file: 'institution.yaml', line: 1, column: 1 }));
    const expected = FIELDS.filter(([k]) => limits[k] !== undefined && used[k] > limits[k]!).map(([, yaml]) => `tenants[0].quota.${yaml}`);
    expect(found.map((d) => d.field)).toEqual(expected);
    for (const d of found) {
      expect(d.code).toBe('quota-exceeded');
      expect(d.fix).toMatch(/^raise quota\./);
    }
  }), { numRuns: 300 });
});

/** Templates cheap to build and synthesize: the bundled Amazon Linux template (boots offline). */
const labWorkspaces = (n: number, size: WorkspaceSize, lab: string): LabWorkspaceDefinition[] =>
  Array.from({ length: n }, (_, i) => ({ name: `${lab}-w${i}`, template: 'amazon-linux-2023', size }));

const tenantArb = (index: number): fc.Arbitrary<TenantDefinition> => fc.record({
  labs: fc.array(fc.record({ n: fc.integer({ min: 0, max: 2 }), size: fc.constantFrom(WorkspaceSize.S, WorkspaceSize.M, WorkspaceSize.L) }),
    { minLength: 1, maxLength: 1 }),
}).map(({ labs }) => ({
  name: `t${index}${'abc'[index]}`,
  labs: labs.map((l, j) => ({
    name: `lab${index}x${j}`,
    region: 'us-east-1',
    egress: EgressMode.NONE,
    workspaceStackCount: 0,
    storage: { backup: false },
    workspaces: labWorkspaces(l.n, l.size, `t${index}l${j}`),
  })),
}));

const institutionArb: fc.Arbitrary<InstitutionDefinition> = fc.integer({ min: 2, max: 3 }).chain((n) =>
  fc.tuple(...Array.from({ length: n }, (_, i) => tenantArb(i))).map((tenants) => ({ name: 'uni', tenants })));

test('quotas set to exactly a tenant\'s use pass; one below fails naming the tenant and the quota', () => {
  fc.assert(fc.property(institutionArb, fc.nat(), fc.constantFrom(...FIELDS), (def, pick, [key, yaml]) => {
    const probe = new Institution(new App(), 'uni', { definition: def });
    const usage = probe.usage();
    const exact: InstitutionDefinition = {
      ...def,
      tenants: def.tenants.map((t, i) => ({
        ...t,
        quota: {
          workspaces: usage[i].workspaces,
          vcpus: usage[i].vcpus,
          gpus: usage[i].gpus,
          storageGiB: usage[i].storageGiB,
          monthlySpend: usage[i].monthlySpend,
        },
      })),
    };
    expect(() => new Institution(new App(), 'uni', { definition: exact })).not.toThrow();
    const victim = pick % def.tenants.length;
    const used = usage[victim][key as keyof typeof usage[number]] as number;
    fc.pre(used > 0);
    const tight: InstitutionDefinition = {
      ...exact,
      tenants: exact.tenants.map((t, i) => (i === victim ? { ...t, quota: { ...t.quota, [key]: key === 'monthlySpend' ? used - 0.01 : used - 1 } } : t)),
    };
    expect(() => new Institution(new App(), 'uni', { definition: tight }))
      .toThrow(new RegExp(`tenants\\[${victim}\\]\\.quota\\.${yaml}: tenant "${def.tenants[victim].name}" asks for`));
  }), { numRuns: 3 });
});

test('isolation holds in the synthesized templates of random institutions', () => {
  fc.assert(fc.property(institutionArb, (def) => {
    const app = new App({ outdir: tempDir('rws-institution-prop-') });
    new Institution(app, 'uni', { definition: def });
    const templates = Object.fromEntries(synthTemplates(app).map((t) => [t.name, t.template]));
    expect(Object.keys(templates).length).toBe(def.tenants.length + def.tenants.reduce((n, t) => n + t.labs.length, 0));
    expect(isolationProblems('uni', templates)).toEqual([]);
  }), { numRuns: 2 });
});
