/**
 * Reads an institution file (`institution.yaml`): tenants with their contacts, quotas, budgets,
 * accounts and lab files. Every problem comes with file, line and column, field, value and fix,
 * all at once. Lab paths are relative to the institution file and stay inside its folder (or
 * its repository), like a lab file's paths.
 */
import * as path from 'path';
import type { InstitutionDefinition, TenantDefinition } from './institution';
import { readLabFile } from './lab-file';
import type { LabDefinition } from './lab-stack';
import { SourceLocation } from '../../workspaces/errors';
import { clean } from '../../workspaces/private/clean';
import { WorkspaceInputError } from '../../workspaces/private/error';
import { FieldReader } from '../../workspaces/private/fields';
import { confinePath } from '../../workspaces/private/input-files';
import {
  explained, fileSchema, int, JsonSchema, keysAt, lazy, list, num, obj, text, textList,
} from '../../workspaces/private/schemas/json-schema';
import { checkShape } from '../../workspaces/private/schemas/shape';
import { YamlSource } from '../../workspaces/private/yaml-source';

/** A tenant or institution name: lower-case letters, digits and dashes (it names stacks, OUs and tags). */
export const TENANT_NAME = /^[a-z][a-z0-9-]{0,30}$/;

/** JSON Schema of institution.yaml; the reader takes its key lists from here. */
export const institutionSchema = lazy((): JsonSchema => fileSchema('cdk-research-workspaces institution', obj(
  'An institution: tenants (departments) with their labs, quotas, budgets and isolation. Unknown keys are errors.', {
    name: text('Institution name (lower-case letters, digits, dashes).', { pattern: TENANT_NAME.source }),
    description: text('Human description.'),
    spend_hours_per_month: int('Hours a month a workspace is counted as running in the monthly spend estimate (default 730: always on).', 1, 744),
    organization: obj('Tenants in AWS Organizations: an OU per tenant under parent_id, service control policies, and an account for tenants with account:.', {
      parent_id: explained(text('Root (r-...) or OU (ou-...) the tenant OUs are created under.', { pattern: '^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$' }), {
        code: 'invalid-value',
        problem: () => 'not an organization root or OU id',
        fix: 'write the root id (r-abcd) or an OU id (ou-abcd-12345678) from the Organizations console',
      }),
    }, ['parent_id']),
    tenants: list('The tenants (departments).', obj('A tenant.', {
      name: text('Tenant name (lower-case letters, digits, dashes).', { pattern: TENANT_NAME.source }),
      description: text('Human description.'),
      contacts: list('Named people of the tenant.', obj('A person.', {
        name: text('Name, as budgets and alerts name them.'),
        email: text('Email address.', { pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' }),
      }, ['name', 'email'])),
      labs: textList('Lab files (AWS lab.yaml), relative to this file.'),
      quota: obj('Limits across all the tenant\'s labs, checked at synth.', {
        workspaces: int('Workspaces.', 0),
        vcpus: int('vCPUs of all workspaces.', 0),
        gpus: int('GPUs of all workspaces.', 0),
        storage_gib: int('Root volume storage in GiB.', 0),
        monthly_spend: num('Estimated USD a month (hourly cost x spend_hours_per_month).', 0),
      }),
      budget: obj('The tenant\'s AWS Budget (cost of resources tagged research:tenant).', {
        monthly_usd: num('Monthly budget in USD.', 0),
        thresholds: textList('Alert thresholds in percent of actual spend (default 50, 80, 100; a forecast alert at 100 is always added).'),
        notify: textList('Contacts (by name) who get the alerts.'),
      }, ['monthly_usd']),
      account: obj('The tenant\'s own AWS account, created in the organization (needs organization:).', {
        email: text('Root email of the new account (unique in AWS).', { pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' }),
        name: text('Account name (default: <institution>-<tenant>).'),
      }, ['email']),
      allowed_regions: textList('Regions the tenant may use (the service control policy denies the others).'),
    }, ['name', 'labs'])),
  }, ['name', 'tenants'])));

const TOP = lazy(() => keysAt(institutionSchema()));
const TENANT = lazy(() => keysAt(institutionSchema(), ['tenants', '*']));

/** Where the fields of institutions read from files are, for messages with line and column. */
const SOURCES = new WeakMap<InstitutionDefinition, YamlSource>();

/** The place of a field path (`tenants[0].quota.vcpus`) of a definition: file:line:column, or the file/construct path. */
export function locateInstitutionField(def: InstitutionDefinition, field: string, fallback: string): SourceLocation {
  const src = SOURCES.get(def);
  if (!src) return { file: def.sourceFile ?? fallback };
  const p: Array<string | number> = [];
  for (const part of field.split('.')) {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return { file: src.file };
    p.push(m[1]);
    for (const i of m[2].matchAll(/\[(\d+)\]/g)) p.push(Number(i[1]));
  }
  // The nearest existing node: a quota that is missing points at its tenant.
  while (p.length > 0 && !src.node(p)) p.pop();
  return src.locate(p);
}

/** Reads and checks an institution file, and every lab file it names. */
export function readInstitutionFile(file: string): InstitutionDefinition {
  const src = YamlSource.fromFile(file, 'lab');
  const dir = path.dirname(path.resolve(file));
  const r = new FieldReader(src, src.file);
  const d: any = src.data ?? {};
  if (typeof d !== 'object' || Array.isArray(d)) {
    r.expect([], d, 'a mapping with name: and tenants:');
    r.throwIfErrors('');
  }
  const strict = () => {
    for (const w of r.warnings.splice(0)) r.errors.push({ ...w, severity: 'error' as any, message: `${w.message}; a misspelled setting would silently not apply` });
  };
  r.unknownKeys(d, TOP(), []);
  strict();
  const name = r.str(d, 'name', [], { required: true });
  if (name !== undefined && !TENANT_NAME.test(name)) r.error(['name'], 'invalid-name', 'an institution name holds lower-case letters, digits and dashes (1 to 31), starting with a letter', name, 'use e.g. name: example-university');
  const org = r.mapping(d, 'organization', []);
  const organization = org ? { parentId: r.str(org, 'parent_id', ['organization'], { required: true }) ?? '' } : undefined;
  const spendHoursPerMonth = r.int(d, 'spend_hours_per_month', [], { min: 1, max: 744 });
  const tenantsRaw = r.list(d, 'tenants', []) ?? [];
  if (d.tenants === undefined) r.error(['tenants'], 'missing-field', 'required field "tenants" is missing', undefined, 'add tenants: with one entry per department (name, labs)');
  const tenants: TenantDefinition[] = [];
  const labErrors: WorkspaceInputError[] = [];
  tenantsRaw.forEach((t: any, i: number) => {
    const p = ['tenants', i];
    if (!t || typeof t !== 'object' || Array.isArray(t)) {
      r.expect(p, t, 'a tenant (name, labs, quota, ...)');
      return;
    }
    r.unknownKeys(t, TENANT(), p);
    strict();
    const contactsRaw = r.list(t, 'contacts', p) ?? [];
    const contacts = contactsRaw.filter((c: any) => c && typeof c === 'object' && !Array.isArray(c)).map((c: any, j: number) => ({
      name: r.str(c, 'name', [...p, 'contacts', j], { required: true }) ?? '',
      email: r.str(c, 'email', [...p, 'contacts', j], { required: true }) ?? '',
    }));
    const quotaMap = r.mapping(t, 'quota', p);
    const budgetMap = r.mapping(t, 'budget', p);
    const accountMap = r.mapping(t, 'account', p);
    const labs: LabDefinition[] = [];
    (r.strList(t, 'labs', p) ?? []).forEach((labPath, j) => {
      const c = confinePath(labPath, dir);
      if (!c.ok) {
        r.error([...p, 'labs', j], 'path-outside-institution', c.problem, labPath, c.fix);
        return;
      }
      try {
        labs.push(readLabFile(c.abs));
      } catch (e) {
        if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
        labErrors.push(e);
      }
    });
    const thresholdText = budgetMap ? r.strList(budgetMap, 'thresholds', [...p, 'budget']) : undefined;
    const thresholds = thresholdText?.map((x, j) => {
      const n = Number(x);
      if (!(n > 0 && n <= 1000)) r.error([...p, 'budget', 'thresholds', j], 'out-of-range', 'a threshold is a percentage above 0 and at most 1000', x, 'use values like 50, 80, 100');
      return n;
    });
    tenants.push(clean({
      name: r.str(t, 'name', p, { required: true }) ?? '',
      contacts: contacts.length ? contacts : undefined,
      labs,
      quota: quotaMap ? clean({
        workspaces: r.int(quotaMap, 'workspaces', [...p, 'quota'], { min: 0 }),
        vcpus: r.int(quotaMap, 'vcpus', [...p, 'quota'], { min: 0 }),
        gpus: r.int(quotaMap, 'gpus', [...p, 'quota'], { min: 0 }),
        storageGiB: r.int(quotaMap, 'storage_gib', [...p, 'quota'], { min: 0 }),
        monthlySpend: r.num(quotaMap, 'monthly_spend', [...p, 'quota'], { min: 0 }),
      }) : undefined,
      budget: budgetMap ? clean({
        monthlyUsd: r.num(budgetMap, 'monthly_usd', [...p, 'budget'], { min: 0 }) ?? 0,
        thresholds,
        notify: r.strList(budgetMap, 'notify', [...p, 'budget']),
      }) : undefined,
      account: accountMap ? clean({
        email: r.str(accountMap, 'email', [...p, 'account'], { required: true }) ?? '',
        accountName: r.str(accountMap, 'name', [...p, 'account']),
      }) : undefined,
      allowedRegions: r.strList(t, 'allowed_regions', p),
    }));
  });
  checkShape(r, institutionSchema(), d);
  // The lab files' own problems come first, with their own files and lines.
  const all = [...labErrors.flatMap((e) => e.diagnostics), ...r.errors];
  if (all.length) throw new WorkspaceInputError(all, all.length === 1 ? undefined : `${src.file}: ${all.length} problems in the institution and its lab files`);
  const def: InstitutionDefinition = clean({
    name: name ?? '',
    organization,
    spendHoursPerMonth,
    tenants,
    sourceFile: src.file,
  });
  SOURCES.set(def, src);
  return def;
}

