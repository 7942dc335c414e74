/**
 * The actual cost per tenant and lab from an AWS Cost and Usage Report (the legacy CUR's CSV
 * export, `.csv` or `.csv.gz`), by the cost allocation tags the kit puts on every resource:
 * `research:tenant` (every resource of an institution's tenant) and `research:lab` (the lab's
 * resources). In a CUR a user tag `K` is the column `resourceTags/user:K`; it is there only once
 * `K` is activated as a cost allocation tag (Billing > Cost allocation tags) and only for usage
 * after that. The cost of a line is `lineItem/UnblendedCost`. Lines without the tenant tag (tax,
 * support, shared network, resources outside the kit) are summed as untagged. The file is read
 * as a stream, so a month of a large account's lines fits in memory.
 */
import * as fs from 'fs';
import { StringDecoder } from 'string_decoder';
import * as zlib from 'zlib';
import { CliInputError } from './command';
import { shownPath } from './sources';
import { LAB_TAG, TENANT_TAG } from '../workspaces/private/tags';

/** The cost column read. */
export const CUR_COST_COLUMN = 'lineItem/UnblendedCost';
/** The CUR column of a user-defined cost allocation tag. */
export function curTagColumn(key: string): string {
  return `resourceTags/user:${key}`;
}

/** The actual cost of a tenant from the report. */
export interface CurTenantCost {
  readonly tenant: string;
  readonly cost: number;
  /** Cost per lab (the `research:lab` tag); lines of the tenant without it are `unlabelled`. */
  readonly labs: Array<{ lab: string; cost: number }>;
  /** Cost of the tenant's lines without a lab tag (its tenant stack: key, topic, trail). */
  readonly unlabelled: number;
}

/** What a Cost and Usage Report says about an institution's tenants. */
export interface CurCosts {
  readonly file: string;
  /** Line items read. */
  readonly lines: number;
  readonly currency: string;
  /** First usage start and last usage end of the lines (ISO), when the report has those columns. */
  readonly start?: string;
  readonly end?: string;
  readonly total: number;
  /** Cost of the lines without the tenant tag. */
  readonly untagged: number;
  readonly tenants: CurTenantCost[];
  /** Whether the report has the lab tag column (else no cost per lab). */
  readonly hasLabColumn: boolean;
}

/**
 * A CSV reader (RFC 4180: quoted fields with commas, quotes and line breaks; CRLF or LF) fed
 * in chunks; calls `onRecord` with each record and the line it starts on.
 */
class CsvStream {
  private field = '';
  private record: string[] = [];
  private quoted = false;
  private afterQuote = false;
  private line = 1;
  private recordLine = 1;
  private pendingCr = false;

  constructor(private readonly onRecord: (fields: string[], line: number) => void, private readonly where: string) {}

  public push(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === '\n') continue;
      }
      if (this.quoted) {
        if (c === '"') {
          this.quoted = false;
          this.afterQuote = true;
        } else {
          if (c === '\n') this.line++;
          this.field += c;
        }
        continue;
      }
      if (c === '"') {
        if (this.afterQuote) {
          // "" inside a quoted field: one quote.
          this.field += '"';
          this.quoted = true;
          this.afterQuote = false;
        } else if (this.field === '') {
          this.quoted = true;
        } else {
          throw new CliInputError(`${this.where}:${this.line}: a quote inside an unquoted field. Fix: export the report again as CSV (fields with quotes are quoted)`);
        }
        continue;
      }
      this.afterQuote = false;
      if (c === ',') {
        this.record.push(this.field);
        this.field = '';
      } else if (c === '\n' || c === '\r') {
        this.endRecord();
        this.line++;
        this.recordLine = this.line;
        if (c === '\r') this.pendingCr = true;
      } else {
        this.field += c;
      }
    }
  }

  public end(): void {
    if (this.quoted) throw new CliInputError(`${this.where}:${this.recordLine}: a quoted field is not closed before the end of the file. Fix: export the report again (the file is cut short)`);
    if (this.field !== '' || this.record.length > 0) this.endRecord();
  }

  private endRecord(): void {
    this.record.push(this.field);
    this.field = '';
    this.afterQuote = false;
    const r = this.record;
    this.record = [];
    if (r.length === 1 && r[0] === '') return; // a blank line
    this.onRecord(r, this.recordLine);
  }
}

/** Reads a CUR CSV (or .csv.gz) and sums the cost per tenant and lab tag. */
export async function readCurCosts(file: string): Promise<CurCosts> {
  const where = shownPath(file);
  if (!fs.existsSync(file)) throw new CliInputError(`${where}: the Cost and Usage Report does not exist. Fix: give the path of the report's CSV (or .csv.gz) file`);
  let header: string[] | undefined;
  let col: { cost: number; tenant: number; lab: number; currency: number; start: number; end: number } | undefined;
  const tenants = new Map<string, { cost: number; labs: Map<string, number>; unlabelled: number }>();
  let lines = 0;
  let total = 0;
  let untagged = 0;
  let currency: string | undefined;
  let start: string | undefined;
  let end: string | undefined;
  const csv = new CsvStream((fields, line) => {
    if (!header) {
      header = fields.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h));
      const at = (name: string) => header!.indexOf(name);
      col = {
        cost: at(CUR_COST_COLUMN),
        tenant: at(curTagColumn(TENANT_TAG)),
        lab: at(curTagColumn(LAB_TAG)),
        currency: at('lineItem/CurrencyCode'),
        start: at('lineItem/UsageStartDate'),
        end: at('lineItem/UsageEndDate'),
      };
      if (col.cost < 0) {
        const cur2 = header.includes('line_item_unblended_cost');
        throw new CliInputError(`${where}:1: no column ${CUR_COST_COLUMN}: this is not a Cost and Usage Report's CSV${cur2 ? ' of the legacy format (it is a CUR 2.0 export)' : ''}. `
          + `Fix: give the legacy CUR's CSV${cur2 ? ', or a CUR 2.0 export whose query names its columns as the legacy CUR does (lineItem/UnblendedCost, resourceTags/user:research:tenant, ...)' : ' (its header names columns like lineItem/UnblendedCost)'}`);
      }
      if (col.tenant < 0) {
        throw new CliInputError(`${where}:1: no column ${curTagColumn(TENANT_TAG)}: the report does not carry the tenant tag. `
          + `Fix: activate ${TENANT_TAG} (and ${LAB_TAG}) as cost allocation tags (Billing > Cost allocation tags) and include resource IDs in the report; usage from then on carries them`);
      }
      return;
    }
    const c = col!;
    lines++;
    const raw = fields[c.cost] ?? '';
    const cost = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(cost)) {
      throw new CliInputError(`${where}:${line}: ${CUR_COST_COLUMN} ${JSON.stringify(raw)} is not a number. Fix: give the report as AWS exported it`);
    }
    if (c.currency >= 0 && fields[c.currency]) {
      if (currency === undefined) {currency = fields[c.currency];} else if (fields[c.currency] !== currency) {
        throw new CliInputError(`${where}:${line}: lineItem/CurrencyCode ${JSON.stringify(fields[c.currency])} differs from ${JSON.stringify(currency)} of the lines before. Fix: report one currency at a time`);
      }
    }
    if (c.start >= 0 && fields[c.start] && (start === undefined || fields[c.start] < start)) start = fields[c.start];
    if (c.end >= 0 && fields[c.end] && (end === undefined || fields[c.end] > end)) end = fields[c.end];
    total += cost;
    const tenant = fields[c.tenant] ?? '';
    if (!tenant) {
      untagged += cost;
      return;
    }
    let t = tenants.get(tenant);
    if (!t) tenants.set(tenant, t = { cost: 0, labs: new Map(), unlabelled: 0 });
    t.cost += cost;
    const lab = c.lab >= 0 ? fields[c.lab] ?? '' : '';
    if (lab) t.labs.set(lab, (t.labs.get(lab) ?? 0) + cost);
    else t.unlabelled += cost;
  }, where);

  const source: NodeJS.ReadableStream = file.endsWith('.gz') ? fs.createReadStream(file).pipe(zlib.createGunzip()) : fs.createReadStream(file);
  // A decoder keeps a character whose bytes straddle two chunks whole.
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of source as AsyncIterable<Buffer | string>) csv.push(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    csv.push(decoder.end());
  } catch (e) {
    if (e instanceof CliInputError) throw e;
    throw new CliInputError(`${where}: the report cannot be read (${(e as Error).message}). Fix: give the CSV file, or the .csv.gz AWS delivered, unchanged`);
  }
  csv.end();
  if (!header) throw new CliInputError(`${where}: the report is empty. Fix: give the report's CSV file`);
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  return {
    file: where,
    lines,
    currency: currency ?? 'USD',
    start,
    end,
    total: round(total),
    untagged: round(untagged),
    hasLabColumn: col!.lab >= 0,
    tenants: [...tenants.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([tenant, t]) => ({
      tenant,
      cost: round(t.cost),
      labs: [...t.labs.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([lab, cost]) => ({ lab, cost: round(cost) })),
      unlabelled: round(t.unlabelled),
    })),
  };
}
