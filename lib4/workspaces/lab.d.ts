import { TemplateCatalog } from './catalog';
import { WorkspacePolicy } from './policy';
import { CidrLimits } from './private/cidr';
import { FieldReader } from './private/fields';
import { JsonSchema } from './private/schemas/json-schema';
import { YamlPath, YamlSource } from './private/yaml-source';
import { WorkspaceSize } from './sizes';
import { NfsStorageProps } from './userdata';
import { UserRegistry } from './users';
/** The backends a lab file can describe. */
export type LabBackendName = 'aws' | 'kubernetes' | 'proxmox';
/** Schema of an egress field (`none`, `proxied`, `open`). */
export declare const EGRESS: (what: string) => JsonSchema;
/** Schema of a path field of a lab file. */
export declare const PATH: (what: string) => JsonSchema;
/** The top-level fields every backend's lab file has, with one meaning (`nameHelp` says what the name becomes there). */
export declare function labFields(nameHelp: string): Record<string, JsonSchema>;
/** The fields every backend's workspace entry has, with one meaning. */
export declare function labWorkspaceFields(): Record<string, JsonSchema>;
/** `storage:` of the Terraform backends' labs: the lab's existing NFS share. */
export declare function nfsStorageSchema(): JsonSchema;
/** Reads `storage:` as an NFS share (Kubernetes and Proxmox labs). */
export declare function readNfsStorage(r: FieldReader, d: any): NfsStorageProps | undefined;
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
export declare class LabFileReader {
    readonly source: YamlSource;
    /** Opens `file` (size-limited, parsed once). `expected` says what the whole file should be, for a file that is not a mapping. */
    static open(file: string, expected: string): LabFileReader;
    /** Collects the problems. */
    readonly r: FieldReader;
    /** The file's folder (absolute): paths in the file are relative to it. */
    readonly dir: string;
    /** The parsed top-level mapping. */
    readonly data: any;
    /** The policy file read (or the error reading it gave), so it is read once. */
    private policy?;
    private constructor();
    /**
     * The catalog (bundled templates plus the lab's own folder), registry and policy the lab's
     * files name, loaded (each loader reports its own file's problems). The policy `files()` read
     * for its CIDR limits is not read again.
     */
    loadFiles(files: LabFiles): LabLoadedFiles;
    /** `name:` (required). */
    name(): string | undefined;
    /** `templates:`, `registry:` and `policy:`, confined to the lab's folder and checked to exist. */
    files(): LabFiles;
    /**
     * The settings only `backend` has: its section (`aws:`, `proxmox:`) when the file has one, else
     * the top level, where lab files written before the sections keep them. `keys` are the
     * section's keys: with a section, one of them at the top level is an error (one place for each
     * setting), and an unknown key in the section is one too.
     */
    section(backend: LabBackendName, keys: ReadonlySet<string>): {
        readonly data: any;
        readonly at: YamlPath;
    };
    /**
     * Reads `workspaces:` (required, a list of mappings): the shared fields of each entry, then
     * `read` for the backend's own (which reports a backend's own required fields itself).
     */
    workspaces<T>(read: (w: any, at: YamlPath, common: LabWorkspaceCommon) => T | undefined): T[];
    /**
     * Ends the reading: unknown keys (reported as warnings by `r.unknownKeys`) become errors, the
     * schema's shape check reports what the reading did not judge, and every problem is thrown
     * at once in one `WorkspaceInputError`.
     */
    finish(schema: JsonSchema, what: string): void;
    /** The policy a lab file names, read once (a file that does not load throws here, every time it is asked for). */
    private policyOf;
    /** The CIDR limits of the policy a lab file names (the defaults when it has none or it does not load: that is reported later). */
    private cidrLimitsOf;
    private existing;
}
/** A value out of a fixed set (an enum's values), with an error naming them. */
export declare function oneOf<T extends string>(r: FieldReader, from: any, key: string, p: YamlPath, values: readonly T[], what: string): T | undefined;
/** Moves the reader's unknown-key warnings to its errors (`what`: the kind of file, for the fix). */
export declare function unknownKeysAreErrors(r: FieldReader, what: string): void;
