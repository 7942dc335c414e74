/**
 * `rws institution report --cur`: the actual cost per tenant and lab from a Cost and Usage
 * Report beside the estimate. The reports read here are FIXTURES this test writes in the shape
 * of the legacy CUR's CSV export (its column names; costs, tags and dates invented); they are
 * input to the report, never output of ours. The expected sums are computed from the fixture's
 * rows as the test writes them.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { readCurCosts } from '../../src/cli/cur-report';
import { rwsInProcess } from '../helpers/rws-in-process';
import { cleanTempDirs, tempDir } from '../helpers/synth';

const FILE = path.join(__dirname, '..', '..', 'examples', 'institution', 'institution.yaml');
afterAll(cleanTempDirs);

const rws = (...argv: string[]) => rwsInProcess(argv);

/** One line item of the fixture. */
interface Row { cost: string; tenant?: string; lab?: string; type?: string; start?: string; end?: string; description?: string; currency?: string }

const COLUMNS = [
  'identity/LineItemId', 'bill/BillingPeriodStartDate', 'lineItem/LineItemType', 'lineItem/UsageStartDate', 'lineItem/UsageEndDate',
  'lineItem/ProductCode', 'lineItem/UnblendedCost', 'lineItem/CurrencyCode', 'lineItem/LineItemDescription',
  'resourceTags/user:research:lab', 'resourceTags/user:research:owner', 'resourceTags/user:research:tenant',
];

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** A CUR-shaped CSV (FIXTURE: invented lines in the legacy CUR's column layout). */
function curFixture(rows: Row[], opts: { columns?: string[]; eol?: string } = {}): string {
  const cols = opts.columns ?? COLUMNS;
  const value = (r: Row, i: number, c: string): string => ({
    'identity/LineItemId': `li-${i}`,
    'bill/BillingPeriodStartDate': '2025-06-01T00:00:00Z',
    'lineItem/LineItemType': r.type ?? 'Usage',
    'lineItem/UsageStartDate': r.start ?? '2025-06-01T00:00:00Z',
    'lineItem/UsageEndDate': r.end ?? '2025-06-01T01:00:00Z',
    'lineItem/ProductCode': 'AmazonEC2',
    'lineItem/UnblendedCost': r.cost,
    'lineItem/CurrencyCode': r.currency ?? 'USD',
    'lineItem/LineItemDescription': r.description ?? '$0.1664 per On Demand Linux t3.xlarge Instance Hour',
    'resourceTags/user:research:lab': r.lab ?? '',
    'resourceTags/user:research:owner': '',
    'resourceTags/user:research:tenant': r.tenant ?? '',
  } as Record<string, string>)[c] ?? '';
  const eol = opts.eol ?? '\n';
  return [cols.join(','), ...rows.map((r, i) => cols.map((c) => csvField(value(r, i, c))).join(','))].join(eol) + eol;
}

/** The fixture's lines: the example institution's tenants and labs, a tenant stack line, an unknown tenant, tax. */
const ROWS: Row[] = [
  { cost: '12.5', tenant: 'physics', lab: 'astro', start: '2025-06-01T00:00:00Z' },
  { cost: '7.25', tenant: 'physics', lab: 'astro', description: 'EBS gp3, "per GB-month", encrypted' },
  { cost: '3.1', tenant: 'physics', lab: 'particles' },
  { cost: '0.4', tenant: 'physics', description: 'KMS key of the tenant stack\nsecond line of the description' },
  { cost: '20.0000000001', tenant: 'biology', lab: 'genomics', end: '2025-06-30T23:00:00Z' },
  { cost: '-1.5', tenant: 'biology', lab: 'genomics', type: 'Credit' },
  { cost: '2', tenant: 'chemistry', lab: 'spectra' },
  { cost: '4.6', type: 'Tax', description: 'Tax for June' },
  { cost: '0.15' },
];
const sum = (rows: Row[]) => rows.reduce((n, r) => n + Number(r.cost), 0);

function write(name: string, content: string | Buffer): string {
  const f = path.join(tempDir('rws-cur-'), name);
  fs.writeFileSync(f, content);
  return f;
}

describe('rws institution report --cur (fixtures in the legacy CUR CSV layout)', () => {
  test('actual cost per tenant and lab beside the estimate; tenant-stack lines, unknown tenants and untagged lines apart', async () => {
    const cur = write('cur.csv', curFixture(ROWS, { eol: '\r\n' }));
    const r = await rws('institution', 'report', FILE, '--cur', cur, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const physics = doc.tenants.find((t: any) => t.tenant === 'physics');
    const biology = doc.tenants.find((t: any) => t.tenant === 'biology');
    expect(physics.actualCost).toBeCloseTo(sum(ROWS.filter((x) => x.tenant === 'physics')), 6);
    expect(biology.actualCost).toBeCloseTo(20.0000000001 - 1.5, 6);
    expect(physics.labs.map((l: any) => [l.lab, l.actualCost])).toEqual([['astro', 19.75], ['particles', 3.1]]);
    expect(biology.labs.map((l: any) => [l.lab, l.actualCost])).toEqual([['genomics', 18.5]]);
    // The estimate stays beside it.
    expect(physics.monthlyCost).toBeGreaterThan(0);
    expect(doc.cur).toMatchObject({
      lines: ROWS.length,
      currency: 'USD',
      start: '2025-06-01T00:00:00Z',
      end: '2025-06-30T23:00:00Z',
      labColumn: true,
      otherTenants: [{ tenant: 'chemistry', cost: 2 }],
      tenantStacks: [{ tenant: 'biology', cost: 0 }, { tenant: 'physics', cost: 0.4 }],
    });
    expect(doc.cur.untagged).toBeCloseTo(4.75, 6);
    expect(doc.cur.total).toBeCloseTo(sum(ROWS), 6);
  });

  test('the table: estimate and actual per lab, the tenant stack, other tenants, untagged, all lines', async () => {
    const cur = write('cur.csv', curFixture(ROWS));
    const r = await rws('institution', 'report', FILE, '--cur', cur);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/actual cost from .*cur\.csv \(9 lines, 2025-06-01T00:00:00Z to 2025-06-30T23:00:00Z\)/);
    expect(r.stdout).toMatch(/physics\s+astro\s+\$\d+\.\d\d\s+\$19\.75/);
    expect(r.stdout).toMatch(/physics\s+\(tenant stack, no lab tag\)\s+\$0\.40/);
    expect(r.stdout).toMatch(/chemistry\s+\(not a tenant of this file\)\s+\$2\.00/);
    expect(r.stdout).toMatch(/\(no tenant tag\)\s+\$4\.75/);
    expect(sum(ROWS).toFixed(2)).toBe('48.50');
    expect(r.stdout).toMatch(/all lines\s+\$48\.50/);
  });

  test('a gzip-compressed report as AWS delivers it, read as a stream (a character split across chunks stays whole)', async () => {
    // 2.4 MB of lines whose lab tag is 300 two-byte characters: the stream's chunks (16 KiB out of
    // gunzip) cut through some of them, and a lab read with a broken character would be another lab.
    const lab = 'é'.repeat(300);
    const rows: Row[] = Array.from({ length: 4000 }, (_, i) => ({ cost: '0.01', tenant: i % 2 ? 'physics' : 'biology', lab }));
    const text = curFixture(rows);
    expect(Buffer.byteLength(text)).toBeGreaterThan(2_000_000);
    const costs = await readCurCosts(write('cur.csv.gz', zlib.gzipSync(text)));
    expect(costs.lines).toBe(4000);
    expect(costs.tenants.map((t) => [t.tenant, t.cost, t.labs])).toEqual([['biology', 20, [{ lab, cost: 20 }]], ['physics', 20, [{ lab, cost: 20 }]]]);
  });

  test('no lab tag column: cost per tenant only, and the report says how to get the rest', async () => {
    const cur = write('cur.csv', curFixture(ROWS, { columns: COLUMNS.filter((c) => c !== 'resourceTags/user:research:lab') }));
    const r = await rws('institution', 'report', FILE, '--cur', cur);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/physics\s+astro\s+\$\d+\.\d\d\s+-/);
    expect(r.stdout).toMatch(/physics\s+total\s+\$\d+\.\d\d\s+\$23\.25/);
    expect(r.stdout).toContain('activate research:lab as a cost allocation tag');
  });

  test('one clear error each: not a CUR, no tenant tag, a cost that is no number (with its line), two currencies, no file', async () => {
    const err = async (content: string) => {
      const r = await rws('institution', 'report', FILE, '--cur', write('cur.csv', content));
      expect(r.code).toBe(2);
      return r.stderr.trim();
    };
    expect(await err('a,b\n1,2\n')).toMatch(/cur\.csv:1: no column lineItem\/UnblendedCost: this is not a Cost and Usage Report's CSV\. Fix: give the legacy CUR's CSV/);
    expect(await err('line_item_unblended_cost,resource_tags\n1,{}\n')).toMatch(/it is a CUR 2\.0 export\)\. Fix: .*a CUR 2\.0 export whose query names its columns as the legacy CUR does/);
    expect(await err(curFixture(ROWS, { columns: COLUMNS.filter((c) => c !== 'resourceTags/user:research:tenant') })))
      .toMatch(/cur\.csv:1: no column resourceTags\/user:research:tenant: .*Fix: activate research:tenant \(and research:lab\) as cost allocation tags/);
    // Line 5: the header, a line, a line over two lines of the file (a line break inside quotes), then the bad one.
    expect(await err(curFixture([{ cost: '1', tenant: 'physics' }, { cost: '1', description: 'a\nb' }, { cost: 'n/a', tenant: 'physics' }])))
      .toMatch(/cur\.csv:5: lineItem\/UnblendedCost "n\/a" is not a number/);
    expect(await err(curFixture([{ cost: '1', tenant: 'physics' }, { cost: '1', tenant: 'physics', currency: 'EUR' }])))
      .toMatch(/cur\.csv:3: lineItem\/CurrencyCode "EUR" differs from "USD" of the lines before/);
    const r = await rws('institution', 'report', FILE, '--cur', path.join(tempDir('rws-cur-'), 'missing.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.csv: the Cost and Usage Report does not exist/);
  });
});
