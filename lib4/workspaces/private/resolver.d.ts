import { Diagnostic } from '../errors';
import { WorkspaceSize } from '../sizes';
import { ConnectionType, OperatingSystem, PackageManager, TemplateDefinition } from '../template';
import { YamlSource } from './yaml-source';
/** A template as loaded into a catalog. */
export interface CatalogEntry {
    readonly definition: TemplateDefinition;
    readonly source?: YamlSource;
    readonly warnings: Diagnostic[];
}
/** Values every template may use without declaring them. */
export declare const BUILTIN_VALUES: Readonly<Record<string, string>>;
/** The default package manager of a base system. */
export declare function systemPackageManager(os: OperatingSystem): PackageManager;
/** Decides the connection type from services and packages. */
export declare function detectConnectionType(def: TemplateDefinition): ConnectionType;
/**
 * Merges a child template over its (already merged) parent. The rules:
 * package lists are appended without duplicates; services, users, parameters and files
 * are merged by name (destination for files), the child's fields winning; tags, variables
 * and nested settings are merged key by key, the child winning; scripts (post_install,
 * user_data) run parent first, then child; any other value is the child's when it sets it.
 * Identity (name, slug, description, inherits) is never inherited.
 */
export declare function mergeDefinitions(parent: TemplateDefinition, child: TemplateDefinition): TemplateDefinition;
/** Inputs of a resolution. */
export interface ResolveRequest {
    readonly key: string;
    readonly parameters?: Readonly<Record<string, string>>;
}
/** What resolution produces (the public ResolvedTemplate is built from it). */
export interface ResolutionResult {
    readonly definition: TemplateDefinition;
    readonly chain: string[];
    readonly parameterValues: Record<string, string>;
    readonly warnings: Diagnostic[];
    readonly os: OperatingSystem;
    readonly connectionType: ConnectionType;
    readonly packageManager: PackageManager;
    readonly minimumSize?: WorkspaceSize;
}
/**
 * Resolves a template: inheritance, parameters, rendering and the checks that need the
 * whole picture.
 */
export declare class Resolver {
    private readonly lookup;
    private readonly known;
    constructor(lookup: (key: string) => CatalogEntry | undefined, known: () => string[]);
    resolve(req: ResolveRequest): ResolutionResult;
    private locationOf;
    private mustFind;
    private collect;
}
