import * as fs from 'fs';
import * as path from 'path';
import { Diagnostic, DiagnosticSeverity } from './errors';
import { byCodePoint } from './private/compare';
import { problem, WorkspaceInputError } from './private/error';
import { listYamlBounded, TEMPLATE_WALK_LIMITS } from './private/input-files';
import { CatalogEntry, Resolver } from './private/resolver';
import { parseTemplate, parseTemplateData } from './private/template-parser';
import { YamlSource } from './private/yaml-source';
import { Architecture, Sizes, WorkspaceSize } from './sizes';
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
  readonly parameterValues: { [name: string]: string };
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
export class TemplateCatalog {
  /** Folder of the templates shipped with this library. */
  public static bundledDirectory(): string {
    // lib/workspaces/catalog.js and src/workspaces/catalog.ts are both two levels below the package root.
    return path.resolve(__dirname, '..', '..', 'templates');
  }

  /** The templates shipped with this library. */
  public static bundled(): TemplateCatalog {
    const c = new TemplateCatalog();
    c.loadDirectory(TemplateCatalog.bundledDirectory());
    return c;
  }

  /** A catalog of the templates in a folder. */
  public static fromDirectory(dir: string, options: LoadDirectoryOptions = {}): TemplateCatalog {
    const c = new TemplateCatalog();
    c.loadDirectory(dir, options);
    return c;
  }

  /** The architecture a template prefers: that of its instance type, or x86_64. */
  public static defaultArchitecture(t: ResolvedTemplate): Architecture {
    const type = t.definition.instanceDefaults?.type;
    return type ? Sizes.architectureOf(type) : Architecture.X86_64;
  }

  private readonly entries: CatalogEntry[] = [];
  private readonly bySlug = new Map<string, CatalogEntry>();
  private readonly byName = new Map<string, CatalogEntry>();
  private readonly rejectedList: RejectedTemplate[] = [];
  private readonly resolver: Resolver;
  private readonly cache = new Map<string, ResolvedTemplate>();

  constructor() {
    this.resolver = new Resolver((k) => this.bySlug.get(k) ?? this.byName.get(k), () => this.slugs());
  }

  /** Files that failed to load (in non-strict loading). */
  public get rejected(): RejectedTemplate[] {
    return [...this.rejectedList];
  }

  /** Number of templates. */
  public get size(): number {
    return this.entries.length;
  }

  /**
   * Loads every `.yml`/`.yaml` file of a folder. A later template with the slug of an
   * earlier one replaces it (so a lab's folder can override a bundled template).
   */
  public loadDirectory(dir: string, options: LoadDirectoryOptions = {}): void {
    const strict = options.strict ?? true;
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
      throw new WorkspaceInputError([problem({
        code: 'no-such-directory',
        message: 'template folder does not exist',
        value: dir,
        location: { file: dir },
        fix: 'create the folder or pass the path of an existing one',
      })]);
    }
    for (const file of listYaml(dir, options.recursive ?? true)) {
      try {
        this.addEntry(parseTemplate(YamlSource.fromFile(file, 'template')));
      } catch (e) {
        if (strict || !WorkspaceInputError.isWorkspaceInputError(e)) throw e;
        this.rejectedList.push({ file, diagnostics: e.diagnostics, message: e.message });
      }
    }
  }

  /**
   * Adds a template from YAML text.
   * @param yaml the template document
   * @param sourceName a name for messages, e.g. the file it came from
   */
  public addYaml(yaml: string, sourceName: string): TemplateDefinition {
    return this.addEntry(parseTemplate(new YamlSource(yaml, sourceName)));
  }

  /**
   * Adds a template defined in code, in the same shape as the YAML file (snake_case keys).
   * @param template the template's fields
   * @param sourceName a name for messages
   */
  public addObject(template: any, sourceName: string): TemplateDefinition {
    return this.addEntry(parseTemplateData(template, sourceName));
  }

  /** The unresolved definition with this slug or name. */
  public get(slugOrName: string): TemplateDefinition {
    const e = this.find(slugOrName);
    if (!e) {
      throw new WorkspaceInputError([problem({
        code: 'unknown-template',
        message: `no template with slug or name "${slugOrName}" in the catalog`,
        value: slugOrName,
        fix: `use one of ${this.slugs().join(', ')}`,
      })]);
    }
    return e.definition;
  }

  /** Whether a template with this slug or name exists. */
  public has(slugOrName: string): boolean {
    return this.find(slugOrName) !== undefined;
  }

  /** All slugs, sorted. */
  public slugs(): string[] {
    return this.entries.map((e) => e.definition.slug).sort();
  }

  /** Warnings found while loading a template (unknown fields and the like). */
  public warningsOf(slugOrName: string): Diagnostic[] {
    this.get(slugOrName);
    return [...this.find(slugOrName)!.warnings];
  }

  /**
   * Resolves a template: parents merged, parameters checked and substituted.
   * @param slugOrName the template
   * @param parameters parameter values by name; defaults fill the rest
   */
  public resolve(slugOrName: string, parameters?: { [name: string]: string }): ResolvedTemplate {
    const key = `${slugOrName}\u0000${JSON.stringify(Object.entries(parameters ?? {}).sort())}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const r = this.resolver.resolve({ key: slugOrName, parameters });
    const def = r.definition;
    let defaultSize = r.minimumSize ?? WorkspaceSize.M;
    const typed = def.instanceDefaults?.type ? Sizes.sizeOfInstanceType(def.instanceDefaults.type) : undefined;
    if (typed && (!r.minimumSize || Sizes.satisfies(typed, r.minimumSize))) defaultSize = typed;
    const resolved: ResolvedTemplate = {
      slug: def.slug,
      name: def.name,
      definition: def,
      inheritanceChain: r.chain,
      parameterValues: r.parameterValues,
      os: r.os,
      connectionType: r.connectionType,
      packageManager: r.packageManager,
      minimumSize: r.minimumSize,
      defaultSize,
      warnings: r.warnings,
    };
    this.cache.set(key, resolved);
    return resolved;
  }

  /** Resolves every template with default parameters; throws on the first that fails. */
  public resolveAll(): ResolvedTemplate[] {
    return this.slugs().map((s) => this.resolve(s));
  }

  /**
   * Resolves every template with default parameters, collecting failures instead of throwing.
   */
  public check(): CatalogCheck {
    const resolved: ResolvedTemplate[] = [];
    const failures: RejectedTemplate[] = [...this.rejectedList];
    for (const e of [...this.entries].sort((a, b) => byCodePoint(a.definition.slug, b.definition.slug))) {
      try {
        resolved.push(this.resolve(e.definition.slug));
      } catch (err) {
        if (!WorkspaceInputError.isWorkspaceInputError(err)) throw err;
        failures.push({ file: e.definition.source, diagnostics: err.diagnostics, message: err.message });
      }
    }
    return { resolved, failures };
  }

  /** Resolved templates matching every given filter, sorted by slug. */
  public query(q: CatalogQuery = {}): ResolvedTemplate[] {
    const eq = (a: string | undefined, b: string | undefined) => b === undefined || (a ?? '').toLowerCase() === b.toLowerCase();
    return this.resolveAll().filter((t) =>
      (q.slug === undefined || t.slug === q.slug)
      && eq(t.definition.category, q.category)
      && eq(t.definition.domain, q.domain)
      && (q.os === undefined || t.os === q.os)
      && (q.connectionType === undefined || t.connectionType === q.connectionType || t.connectionType === ConnectionType.ALL));
  }

  private find(key: string): CatalogEntry | undefined {
    return this.bySlug.get(key) ?? this.byName.get(key);
  }

  private addEntry(parsed: { definition: TemplateDefinition; warnings: Diagnostic[]; source?: YamlSource }): TemplateDefinition {
    const entry: CatalogEntry = { definition: parsed.definition, source: parsed.source, warnings: parsed.warnings };
    const prev = this.bySlug.get(entry.definition.slug);
    const sameName = this.byName.get(entry.definition.name);
    if (sameName && sameName !== prev) {
      // Checked before anything changes: a rejected template leaves the catalog as it was.
      throw new WorkspaceInputError([problem({
        code: 'duplicate-name',
        message: `template name "${entry.definition.name}" is already used by ${sameName.definition.source} (slug ${sameName.definition.slug})`,
        field: 'name',
        value: entry.definition.name,
        fix: 'give each template a unique name',
        location: parsed.source ? parsed.source.locate(['name']) : { file: entry.definition.source },
      })]);
    }
    if (prev) {
      this.entries.splice(this.entries.indexOf(prev), 1);
      this.byName.delete(prev.definition.name);
      entry.warnings.push(problem({
        severity: DiagnosticSeverity.WARNING,
        code: 'template-overridden',
        message: `replaces the template with the same slug from ${prev.definition.source}`,
        field: 'slug',
        value: entry.definition.slug,
        fix: 'give it another slug if both should exist',
        location: parsed.source ? parsed.source.locate(['slug']) : { file: entry.definition.source },
      }));
    }
    this.entries.push(entry);
    this.bySlug.set(entry.definition.slug, entry);
    this.byName.set(entry.definition.name, entry);
    this.cache.clear();
    return entry.definition;
  }
}

/** Result of `TemplateCatalog.check()`. */
export interface CatalogCheck {
  /** Templates that resolved. */
  readonly resolved: ResolvedTemplate[];
  /** Files or templates that failed, with reasons. */
  readonly failures: RejectedTemplate[];
}

/** Bounded: refuses `/`, /proc, /sys and /dev, skips symlinks and mount points, stops past 5,000 files (input-files.ts). */
function listYaml(dir: string, recursive: boolean): string[] {
  return listYamlBounded(dir, recursive, TEMPLATE_WALK_LIMITS, byCodePoint);
}
