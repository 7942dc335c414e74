import * as fs from 'fs';
import { Context, Input } from './command';
import { userPath } from './sources';
import { Diagnostic } from '../workspaces/errors';
import { DataHolder, PermitMember, PermitProps } from '../workspaces/permit';
import { WorkspaceInputError } from '../workspaces/private/error';
import { FieldReader } from '../workspaces/private/fields';
import { keysAt, lazy } from '../workspaces/private/schemas/json-schema';
import { permitSchema } from '../workspaces/private/schemas/model';
import { checkShape } from '../workspaces/private/schemas/shape';
import { YamlPath, YamlSource } from '../workspaces/private/yaml-source';
import { ReleaseSettings } from '../workspaces/release';
import { ReleaseDestinationKind } from '../workspaces/release-destination';
import { UserRegistry } from '../workspaces/users';

/**
 * The permit file (`--permit`), the built-in demo permit and the registry that `rws permit plan`
 * and `rws permit synth` share.
 */

/** The permit `rws permit plan` uses when no --permit file is given. */
export const DEMO_PERMIT: Omit<PermitProps, 'status'> = {
  id: 'demo-001',
  dataHolders: [
    { id: 'hospital-a', allowedCidrs: ['203.0.113.0/24'] },
    { id: 'registry-b', allowedCidrs: ['198.51.100.0/24'] },
  ],
  researchers: [{ name: 'alice' }, { name: 'bob' }],
  hdabPreprocessor: { name: 'hdab-prep' },
  hdabReviewer: { name: 'hdab-review' },
  setupReviewer: { name: 'hdab-setup' },
};

// The key lists are the permit schema's (schemas/permit.schema.json).
const PERMIT_KEYS = lazy(() => keysAt(permitSchema()));
const HOLDER_KEYS = lazy(() => keysAt(permitSchema(), ['data_holders', '*']));
const MEMBER_KEYS = lazy(() => keysAt(permitSchema(), ['researchers', '*']));

/** A permit file read from YAML, with its source for locating the model's messages. */
export interface PermitFile {
  readonly permit: Omit<PermitProps, 'status'>;
  readonly source: YamlSource;
  /** The `release:` settings (output checkers and destination), when the file has them. */
  readonly release?: ReleaseSettings;
}

/** Reads a permit YAML file (snake_case keys; people as a name or { name, uid }). */
export function readPermitFile(file: string): PermitFile {
  const src = YamlSource.fromFile(file, 'permit');
  const r = new FieldReader(src, file);
  const d: any = src.data ?? {};
  if (typeof d !== 'object' || Array.isArray(d)) {
    r.expect([], d, 'a mapping with id:, data_holders:, researchers: and hdab_preprocessor:');
    r.throwIfErrors('');
  }
  r.unknownKeys(d, PERMIT_KEYS(), []);
  const member = (v: any, p: YamlPath): PermitMember | undefined => {
    if (typeof v === 'string') return { name: v };
    if (!v || typeof v !== 'object' || Array.isArray(v)) {
      r.expect(p, v, 'a name, or a mapping with name: and uid:');
      return undefined;
    }
    r.unknownKeys(v, MEMBER_KEYS(), p);
    const name = r.str(v, 'name', p, { required: true });
    return name === undefined ? undefined : { name, ...(v.uid !== undefined ? { uid: r.int(v, 'uid', p) } : {}) };
  };
  const memberAt = (key: string, required: boolean): PermitMember | undefined => {
    if (d[key] === undefined || d[key] === null) {
      if (required) r.error([key], 'missing-field', `required field "${key}" is missing`, undefined, `add ${key}: <login name>`);
      return undefined;
    }
    return member(d[key], [key]);
  };
  const holders = (r.list(d, 'data_holders', []) ?? []).flatMap((h, i): DataHolder[] => {
    const p: YamlPath = ['data_holders', i];
    if (!h || typeof h !== 'object' || Array.isArray(h)) {
      r.expect(p, h, 'a data holder (id, allowed_cidrs)');
      return [];
    }
    r.unknownKeys(h, HOLDER_KEYS(), p);
    const id = r.str(h, 'id', p, { required: true });
    if (id === undefined) return [];
    const displayName = r.str(h, 'display_name', p);
    const uid = r.int(h, 'uid', p);
    return [{ id, allowedCidrs: r.strList(h, 'allowed_cidrs', p) ?? [], ...(displayName ? { displayName } : {}), ...(uid !== undefined ? { uid } : {}) }];
  });
  const researchers = (r.list(d, 'researchers', []) ?? []).map((m, i) => member(m, ['researchers', i])).filter((m): m is PermitMember => !!m);
  const id = r.str(d, 'id', [], { required: true });
  const hdabPreprocessor = memberAt('hdab_preprocessor', true);
  const hdabReviewer = memberAt('hdab_reviewer', false);
  const setupReviewer = memberAt('setup_reviewer', false);
  const egressAllowedDomains = r.strList(d, 'egress_allowed_domains', []);
  const release = readRelease(r, d.release);
  // The schema's shape check, for what the reading above does not judge itself.
  checkShape(r, permitSchema(), d);
  r.throwIfErrors(`${file}: ${r.errors.length} problems in the permit`);
  return {
    source: src,
    ...(release ? { release } : {}),
    permit: {
      id: id!,
      dataHolders: holders,
      researchers,
      hdabPreprocessor: hdabPreprocessor!,
      ...(hdabReviewer ? { hdabReviewer } : {}),
      ...(setupReviewer ? { setupReviewer } : {}),
      ...(egressAllowedDomains ? { egressAllowedDomains } : {}),
    },
  };
}

/** The `release:` section (its shape is checked by the schema; its meaning by ReleaseLifecycle.checkSettings). */
function readRelease(r: FieldReader, v: any): ReleaseSettings | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) {
    r.expect(['release'], v, 'a mapping with reviewers: and destination:');
    return undefined;
  }
  const reviewers = r.strList(v, 'reviewers', ['release']) ?? [];
  const d = v.destination;
  if (!d || typeof d !== 'object' || Array.isArray(d)) {
    r.expect(['release', 'destination'], d, 'a mapping with kind: folder, bucket or sftp', 'e.g. destination: { kind: folder, path: /srv/released/p-001 }');
    return undefined;
  }
  const p = ['release', 'destination'];
  const opt = (k: string) => r.str(d, k, p);
  const port = r.int(d, 'port', p, { min: 1, max: 65535 });
  const destination = {
    kind: opt('kind') as ReleaseDestinationKind,
    ...Object.fromEntries(['path', 'bucket', 'prefix', 'region', 'host', 'user'].map((k) => [k, opt(k)]).filter(([, x]) => x !== undefined)),
    ...(port !== undefined ? { port } : {}),
  };
  return { reviewers, destination };
}

/** `dataHolders[0].allowedCidrs[1]` -> ['data_holders', 0, 'allowed_cidrs', 1]. */
function yamlPathOf(field: string): YamlPath {
  const out: Array<string | number> = [];
  for (const m of field.matchAll(/([A-Za-z_]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(m[1].replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
  }
  return out;
}

/** Points the model's permit diagnostics (which name fields of PermitProps) at lines of the permit file. */
export function locateInFile(e: WorkspaceInputError, src: YamlSource): WorkspaceInputError {
  let moved = false;
  const diagnostics = e.diagnostics.map((d): Diagnostic => {
    if (!d.field || !d.location?.file?.startsWith('permit ')) return d;
    const p = yamlPathOf(d.field);
    if (p.length === 0 || src.node([p[0]]) === undefined) return d;
    moved = true;
    const field = p.map((x, i) => (typeof x === 'number' ? `[${x}]` : i === 0 ? x : `.${x}`)).join('');
    return { ...d, field, location: src.locate(p) };
  });
  if (!moved) return e;
  return new WorkspaceInputError(diagnostics, diagnostics.length > 1 ? `${src.file}: ${diagnostics.length} problems in the permit` : undefined);
}

/** The registry named by --registry; with a real permit (not the demo), ./users.yaml when present. */
export function registryFor(ctx: Context, input: Input, demo: boolean): UserRegistry | undefined {
  const given = input.str('registry');
  const file = userPath(ctx, given ?? 'users.yaml');
  if (given === undefined && (demo || !fs.existsSync(file))) return undefined;
  const registry = UserRegistry.fromFile(file);
  ctx.out.note(`uids of registry users from ${file}`);
  return registry;
}
