/**
 * The lab file: what every backend's `lab.yaml` has in common, read once with one set of
 * messages. The AWS, Kubernetes and Proxmox readers (src/stacks/aws/lab-file.ts,
 * src/stacks/kubernetes/kubernetes-lab-file.ts, src/stacks/proxmox/proxmox-lab-file.ts) open the file here, take
 * the shared fields (name, templates, registry, policy, and each workspace's name, template,
 * parameters, size, owner, users, project) from here and read only what their backend adds.
 * Their schemas are built from the same field tables (`labFields`, `labWorkspaceFields`), so a
 * field means the same thing, and a mistake in it gets the same error, on every backend
 * (test/workspaces/lab-common.test.ts).
 *
 * Plain data and the model's own modules: no aws-cdk-lib or cdktf import.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TemplateCatalog } from './catalog';
import { DiagnosticSeverity } from './errors';
import { EgressMode, WorkspacePolicy } from './policy';
import { CidrLimits, cidrLimitsOf, DEFAULT_CIDR_LIMITS } from './private/cidr';
import { clean } from './private/clean';
import { WorkspaceInputError } from './private/error';
import { FieldReader } from './private/fields';
import { confinePath } from './private/input-files';
import { JsonSchema, keysAt, lazy, obj, oneOf as oneOfSchema, text, textList, textMap } from './private/schemas/json-schema';
import { sizeSchema } from './private/schemas/model';
import { checkShape } from './private/schemas/shape';
import { sizeAt } from './private/size-field';
import { YamlPath, YamlSource } from './private/yaml-source';
import { WorkspaceSize } from './sizes';
import { NfsStorageProps } from './userdata';
import { UserRegistry } from './users';

/** The backends a lab file can describe. */
export type LabBackendName = 'aws' | 'kubernetes' | 'proxmox';

/** Schema of an egress field (`none`, `proxied`, `open`). */
export const EGRESS = (what: string): JsonSchema => oneOfSchema(`Internet access ${what}: none, proxied (allowed domains through a proxy) or open.`, Object.values(EgressMode));
/** Schema of a path field of a lab file. */
export const PATH = (what: string): JsonSchema => text(`${what}, relative to the lab file's folder (and inside it).`);

/** The top-level fields every backend's lab file has, with one meaning (`nameHelp` says what the name becomes there). */
export function labFields(nameHelp: string): Record<string, JsonSchema> {
  return {
    name: text(nameHelp),
    description: text('Human description.'),
    templates: PATH('Folder of the lab\'s own templates'),
    registry: PATH('Users registry file'),
    policy: PATH('Policy file'),
  };
}

/** The fields every backend's workspace entry has, with one meaning. */
export function labWorkspaceFields(): Record<string, JsonSchema> {
  return {
    name: text('Workspace name.'),
    template: text('Template slug or name.'),
    parameters: textMap('Template parameter values.'),
    size: sizeSchema('Workspace size.'),
    owner: text('Owner (a registry user).'),
    users: textList('Research users with an account (default: the owner).'),
    project: text('Project.'),
  };
}

/** `storage:` of the Terraform backends' labs: the lab's existing NFS share. */
export function nfsStorageSchema(): JsonSchema {
  return obj('The lab\'s NFS share.', {
    server: text('NFS server address.'),
    export_path: text('Exported path.'),
    mount_options: text('Mount options.'),
  }, ['server', 'export_path']);
}

const NFS_KEYS = lazy(() => keysAt(nfsStorageSchema()));

/** Reads `storage:` as an NFS share (Kubernetes and Proxmox labs). */
export function readNfsStorage(r: FieldReader, d: any): NfsStorageProps | undefined {
  const s = r.mapping(d, 'storage', []);
  if (!s) return undefined;
  r.unknownKeys(s, NFS_KEYS(), ['storage']);
  const server = r.str(s, 'server', ['storage'], { required: true });
  const exportPath = r.str(s, 'export_path', ['storage'], { required: true });
  if (server === undefined || exportPath === undefined) return undefined;
  return clean({ server, exportPath, mountOptions: r.str(s, 'mount_options', ['storage']) });
}

/** A workspace entry's shared fields, as read. */
export interface LabWorkspaceCommon {
  /** Workspace name ('' when missing: reported). */
  readonly name: string;
  /** Template slug or name ('' when missing: reported). */
  readonly template: string;
  /** Template parameter values. */
  readonly parameters?: Record<string, string>;
  /** Size. */
  readonly size?: WorkspaceSize;
  /** Owner. */
  readonly owner?: string;
  /** Research users with an account. */
  readonly users?: string[];
  /** Project. */
  readonly project?: string;
}

/** The files a lab file names, confined to its folder and checked to exist (absolute paths). */
export interface LabFiles {
  /** The lab's template folder. */
  readonly templatesDir?: string;
  /** The registry file. */
  readonly registryFile?: string;
  /** The policy file. */
  readonly policyFile?: string;
  /** How broad the lab's CIDR lists may be (the policy's `cidr_max_breadth`, else the defaults). */
  readonly cidrLimits: CidrLimits;
}

/** The loaded files of a lab (`LabFileReader.loadFiles`). */
export interface LabLoadedFiles {
  /** Bundled templates plus the lab's own. */
  readonly catalog: TemplateCatalog;
  /** The registry, when the lab names one. */
  readonly registry?: UserRegistry;
  /** The policy, when the lab names one. */
  readonly policy?: WorkspacePolicy;
}

/**
 * One lab file being read: its parsed text, the reader that collects every problem with its
 * line, and the shared fields. A backend reader opens it, reads its own fields with `r`, and
 * calls `finish` once.
 */
export class LabFileReader {
  /** Opens `file` (size-limited, parsed once). `expected` says what the whole file should be, for a file that is not a mapping. */
  public static open(file: string, expected: string): LabFileReader {
    return new LabFileReader(YamlSource.fromFile(file, 'lab'), expected);
  }

  /** Collects the problems. */
  public readonly r: FieldReader;
  /** The file's folder (absolute): paths in the file are relative to it. */
  public readonly dir: string;
  /** The parsed top-level mapping. */
  public readonly data: any;
  /** The policy file read (or the error reading it gave), so it is read once. */
  private policy?: { readonly file: string; readonly policy?: WorkspacePolicy; readonly error?: unknown };

  private constructor(public readonly source: YamlSource, expected: string) {
    this.dir = path.dirname(path.resolve(source.file));
    this.r = new FieldReader(source, source.file);
    const d: any = source.data ?? {};
    if (typeof d !== 'object' || Array.isArray(d)) {
      this.r.expect([], d, expected);
      this.r.throwIfErrors('');
    }
    this.data = d;
  }

  /**
   * The catalog (bundled templates plus the lab's own folder), registry and policy the lab's
   * files name, loaded (each loader reports its own file's problems). The policy `files()` read
   * for its CIDR limits is not read again.
   */
  public loadFiles(files: LabFiles): LabLoadedFiles {
    const catalog = TemplateCatalog.bundled();
    if (files.templatesDir) catalog.loadDirectory(files.templatesDir);
    return clean({
      catalog,
      registry: files.registryFile ? UserRegistry.fromFile(files.registryFile) : undefined,
      policy: files.policyFile ? this.policyOf(files.policyFile) : undefined,
    });
  }

  /** `name:` (required). */
  public name(): string | undefined {
    return this.r.str(this.data, 'name', [], { required: true });
  }

  /** `templates:`, `registry:` and `policy:`, confined to the lab's folder and checked to exist. */
  public files(): LabFiles {
    const policyFile = this.existing('policy', 'file');
    return {
      templatesDir: this.existing('templates', 'folder'),
      registryFile: this.existing('registry', 'file'),
      policyFile,
      cidrLimits: this.cidrLimitsOf(policyFile),
    };
  }

  /**
   * The settings only `backend` has: its section (`aws:`, `proxmox:`) when the file has one, else
   * the top level, where lab files written before the sections keep them. `keys` are the
   * section's keys: with a section, one of them at the top level is an error (one place for each
   * setting), and an unknown key in the section is one too.
   */
  public section(backend: LabBackendName, keys: ReadonlySet<string>): { readonly data: any; readonly at: YamlPath } {
    const d = this.data;
    const s = d[backend];
    if (s === undefined || s === null) return { data: d, at: [] };
    if (typeof s !== 'object' || Array.isArray(s)) {
      this.r.expect([backend], s, `a mapping of the lab's ${backend} settings`);
      return { data: {}, at: [backend] };
    }
    for (const k of Object.keys(d)) {
      if (keys.has(k)) {
        this.r.error([k], 'setting-outside-section', `"${k}" is a ${backend} setting, and the file has a ${backend}: section`, undefined,
          `move ${k}: into the ${backend}: section (or keep every ${backend} setting at the top level, without the section)`);
      }
    }
    this.r.unknownKeys(s, keys, [backend]);
    return { data: s, at: [backend] };
  }

  /**
   * Reads `workspaces:` (required, a list of mappings): the shared fields of each entry, then
   * `read` for the backend's own (which reports a backend's own required fields itself).
   */
  public workspaces<T>(read: (w: any, at: YamlPath, common: LabWorkspaceCommon) => T | undefined): T[] {
    const d = this.data;
    const entry = 'name, template, owner';
    if (d.workspaces === undefined) {
      this.r.error(['workspaces'], 'missing-field', 'required field "workspaces" is missing', undefined, `add workspaces: with one entry per workstation (${entry})`);
    }
    const out: T[] = [];
    (this.r.list(d, 'workspaces', []) ?? []).forEach((w: any, i: number) => {
      const at: YamlPath = ['workspaces', i];
      if (!w || typeof w !== 'object' || Array.isArray(w)) {
        this.r.expect(at, w, `a workspace (${entry}, ...)`);
        return;
      }
      const common: LabWorkspaceCommon = clean({
        name: this.r.str(w, 'name', at, { required: true }) ?? '',
        template: this.r.str(w, 'template', at, { required: true }) ?? '',
        parameters: this.r.stringMap(w, 'parameters', at),
        size: sizeAt(this.r, w, 'size', at),
        owner: this.r.str(w, 'owner', at),
        users: this.r.strList(w, 'users', at),
        project: this.r.str(w, 'project', at),
      });
      const x = read(w, at, common);
      if (x !== undefined) out.push(x);
    });
    return out;
  }

  /**
   * Ends the reading: unknown keys (reported as warnings by `r.unknownKeys`) become errors, the
   * schema's shape check reports what the reading did not judge, and every problem is thrown
   * at once in one `WorkspaceInputError`.
   */
  public finish(schema: JsonSchema, what: string): void {
    unknownKeysAreErrors(this.r, what);
    checkShape(this.r, schema, this.data);
    this.r.throwIfErrors(`${this.source.file}: ${this.r.errors.length} problems in the lab definition`);
  }

  /** The policy a lab file names, read once (a file that does not load throws here, every time it is asked for). */
  private policyOf(file: string): WorkspacePolicy {
    if (this.policy?.file !== file) {
      try {
        this.policy = { file, policy: WorkspacePolicy.fromFile(file) };
      } catch (e) {
        this.policy = { file, error: e };
      }
    }
    if (this.policy.error !== undefined) throw this.policy.error;
    return this.policy.policy!;
  }

  /** The CIDR limits of the policy a lab file names (the defaults when it has none or it does not load: that is reported later). */
  private cidrLimitsOf(policyFile: string | undefined): CidrLimits {
    if (!policyFile) return DEFAULT_CIDR_LIMITS;
    try {
      return cidrLimitsOf(this.policyOf(policyFile));
    } catch (e) {
      if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
      return DEFAULT_CIDR_LIMITS;
    }
  }

  private existing(key: string, kind: 'file' | 'folder'): string | undefined {
    const given = this.r.str(this.data, key, []);
    if (given === undefined) return undefined;
    // Inside the lab file's folder (or RWS_ALLOWED_ROOTS), symlinks resolved: a lab file from a
    // pull request cannot read /etc/shadow.
    const confined = confinePath(given, this.dir);
    if (!confined.ok) {
      this.r.error([key], 'path-outside-lab', confined.problem, given, confined.fix);
      return undefined;
    }
    const abs = confined.abs;
    const ok = fs.existsSync(abs) && (kind === 'folder' ? fs.statSync(abs).isDirectory() : fs.statSync(abs).isFile());
    if (!ok) {
      this.r.error([key], 'no-such-file', `the ${kind} does not exist`, given, 'check the path: it is relative to the lab file\'s folder');
      return undefined;
    }
    return abs;
  }
}

/** A value out of a fixed set (an enum's values), with an error naming them. */
export function oneOf<T extends string>(r: FieldReader, from: any, key: string, p: YamlPath, values: readonly T[], what: string): T | undefined {
  const v = r.str(from, key, p);
  if (v === undefined) return undefined;
  if ((values as readonly string[]).includes(v)) return v as T;
  r.error([...p, key], 'invalid-value', `unknown ${what}`, v, `use one of ${values.join(', ')}`);
  return undefined;
}

/** Moves the reader's unknown-key warnings to its errors (`what`: the kind of file, for the fix). */
export function unknownKeysAreErrors(r: FieldReader, what: string): void {
  for (const w of r.warnings.splice(0)) {
    const fix = w.fix?.startsWith('did you mean') ? w.fix : `remove it, or check the spelling against the ${what} keys (docs/cli.md)`;
    r.errors.push({ ...w, severity: DiagnosticSeverity.ERROR, message: `${w.message}; a misspelled setting would silently not apply`, fix });
  }
}

