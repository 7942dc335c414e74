import { Diagnostic } from './errors';
import { Architecture, WorkspaceSize } from './sizes';
import { ConnectionType, OperatingSystem, PackageManager, TemplateDefinition } from './template';
/**
 * A template after inheritance, parameters and variables were applied: what a workspace is built from.
 */
export interface ResolvedTemplate {
    /** Slug of the template. */
    readonly slug: string;
    /** Display name. */
    readonly name: string;
    /** The merged, rendered definition. `inherits` still lists the direct parents. */
    readonly definition: TemplateDefinition;
    /** Slugs from the first ancestor to this template, in merge order. */
    readonly inheritanceChain: string[];
    /** Value of every parameter (given or default). */
    readonly parameterValues: {
        [name: string]: string;
    };
    /** Base operating system. */
    readonly os: OperatingSystem;
    /** Connection type, with `auto` decided. */
    readonly connectionType: ConnectionType;
    /** Package manager, with the base system's default filled in. */
    readonly packageManager: PackageManager;
    /**
     * Smallest size the template runs on.
     * @default - any size
     */
    readonly minimumSize?: WorkspaceSize;
    /** Size used when a workspace asks for none: the template's instance type's size, its minimum, or M. */
    readonly defaultSize: WorkspaceSize;
    /** Warnings found while loading and resolving (unknown fields, base conflicts, ...). */
    readonly warnings: Diagnostic[];
}
/**
 * A template file that could not be loaded, with the reason.
 */
export interface RejectedTemplate {
    /** The file. */
    readonly file: string;
    /** Every problem found, each with location, field, value and fix. */
    readonly diagnostics: Diagnostic[];
    /** The complete error message. */
    readonly message: string;
}
/**
 * Filters for `TemplateCatalog.query()`. All given filters must match.
 */
export interface CatalogQuery {
    /**
     * Slug.
     * @default - any
     */
    readonly slug?: string;
    /**
     * Category, compared case-insensitively.
     * @default - any
     */
    readonly category?: string;
    /**
     * Domain, compared case-insensitively.
     * @default - any
     */
    readonly domain?: string;
    /**
     * Connection type; `ALL` templates match every type.
     * @default - any
     */
    readonly connectionType?: ConnectionType;
    /**
     * Base operating system.
     * @default - any
     */
    readonly os?: OperatingSystem;
}
/**
 * How a catalog loads a folder.
 */
export interface LoadDirectoryOptions {
    /**
     * Throw on the first invalid template instead of recording it in `rejected`.
     * @default true
     */
    readonly strict?: boolean;
    /**
     * Search sub-folders.
     * @default true
     */
    readonly recursive?: boolean;
}
/**
 * A set of workspace templates, indexed by slug and by name, with inheritance resolution.
 *
 * @example
 * const catalog = TemplateCatalog.bundled();
 * catalog.loadDirectory('./templates');
 * const ml = catalog.resolve('python-ml', { python_version: '3.12' });
 */
export declare class TemplateCatalog {
    /** Folder of the templates shipped with this library. */
    static bundledDirectory(): string;
    /** The templates shipped with this library. */
    static bundled(): TemplateCatalog;
    /** A catalog of the templates in a folder. */
    static fromDirectory(dir: string, options?: LoadDirectoryOptions): TemplateCatalog;
    /** The architecture a template prefers: that of its instance type, or x86_64. */
    static defaultArchitecture(t: ResolvedTemplate): Architecture;
    private readonly entries;
    private readonly bySlug;
    private readonly byName;
    private readonly rejectedList;
    private readonly resolver;
    private readonly cache;
    constructor();
    /** Files that failed to load (in non-strict loading). */
    get rejected(): RejectedTemplate[];
    /** Number of templates. */
    get size(): number;
    /**
     * Loads every `.yml`/`.yaml` file of a folder. A later template with the slug of an
     * earlier one replaces it (so a lab's folder can override a bundled template).
     */
    loadDirectory(dir: string, options?: LoadDirectoryOptions): void;
    /**
     * Adds a template from YAML text.
     * @param yaml the template document
     * @param sourceName a name for messages, e.g. the file it came from
     */
    addYaml(yaml: string, sourceName: string): TemplateDefinition;
    /**
     * Adds a template defined in code, in the same shape as the YAML file (snake_case keys).
     * @param template the template's fields
     * @param sourceName a name for messages
     */
    addObject(template: any, sourceName: string): TemplateDefinition;
    /** The unresolved definition with this slug or name. */
    get(slugOrName: string): TemplateDefinition;
    /** Whether a template with this slug or name exists. */
    has(slugOrName: string): boolean;
    /** All slugs, sorted. */
    slugs(): string[];
    /** Warnings found while loading a template (unknown fields and the like). */
    warningsOf(slugOrName: string): Diagnostic[];
    /**
     * Resolves a template: parents merged, parameters checked and substituted.
     * @param slugOrName the template
     * @param parameters parameter values by name; defaults fill the rest
     */
    resolve(slugOrName: string, parameters?: {
        [name: string]: string;
    }): ResolvedTemplate;
    /** Resolves every template with default parameters; throws on the first that fails. */
    resolveAll(): ResolvedTemplate[];
    /**
     * Resolves every template with default parameters, collecting failures instead of throwing.
     */
    check(): CatalogCheck;
    /** Resolved templates matching every given filter, sorted by slug. */
    query(q?: CatalogQuery): ResolvedTemplate[];
    private find;
    private addEntry;
}
/** Result of `TemplateCatalog.check()`. */
export interface CatalogCheck {
    /** Templates that resolved. */
    readonly resolved: ResolvedTemplate[];
    /** Files or templates that failed, with reasons. */
    readonly failures: RejectedTemplate[];
}
