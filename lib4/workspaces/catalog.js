"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.TemplateCatalog = void 0;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const errors_1 = require("./errors");
const compare_1 = require("./private/compare");
const error_1 = require("./private/error");
const input_files_1 = require("./private/input-files");
const resolver_1 = require("./private/resolver");
const template_parser_1 = require("./private/template-parser");
const yaml_source_1 = require("./private/yaml-source");
const sizes_1 = require("./sizes");
const template_1 = require("./template");
/**
 * A set of workspace templates, indexed by slug and by name, with inheritance resolution.
 *
 * @example
 * const catalog = TemplateCatalog.bundled();
 * catalog.loadDirectory('./templates');
 * const ml = catalog.resolve('python-ml', { python_version: '3.12' });
 */
class TemplateCatalog {
    /** Folder of the templates shipped with this library. */
    static bundledDirectory() {
        // lib/workspaces/catalog.js and src/workspaces/catalog.ts are both two levels below the package root.
        return path.resolve(__dirname, '..', '..', 'templates');
    }
    /** The templates shipped with this library. */
    static bundled() {
        const c = new TemplateCatalog();
        c.loadDirectory(TemplateCatalog.bundledDirectory());
        return c;
    }
    /** A catalog of the templates in a folder. */
    static fromDirectory(dir, options = {}) {
        const c = new TemplateCatalog();
        c.loadDirectory(dir, options);
        return c;
    }
    /** The architecture a template prefers: that of its instance type, or x86_64. */
    static defaultArchitecture(t) {
        const type = t.definition.instanceDefaults?.type;
        return type ? sizes_1.Sizes.architectureOf(type) : sizes_1.Architecture.X86_64;
    }
    entries = [];
    bySlug = new Map();
    byName = new Map();
    rejectedList = [];
    resolver;
    cache = new Map();
    constructor() {
        this.resolver = new resolver_1.Resolver((k) => this.bySlug.get(k) ?? this.byName.get(k), () => this.slugs());
    }
    /** Files that failed to load (in non-strict loading). */
    get rejected() {
        return [...this.rejectedList];
    }
    /** Number of templates. */
    get size() {
        return this.entries.length;
    }
    /**
     * Loads every `.yml`/`.yaml` file of a folder. A later template with the slug of an
     * earlier one replaces it (so a lab's folder can override a bundled template).
     */
    loadDirectory(dir, options = {}) {
        const strict = options.strict ?? true;
        if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
            throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                    code: 'no-such-directory',
                    message: 'template folder does not exist',
                    value: dir,
                    location: { file: dir },
                    fix: 'create the folder or pass the path of an existing one',
                })]);
        }
        for (const file of listYaml(dir, options.recursive ?? true)) {
            try {
                this.addEntry((0, template_parser_1.parseTemplate)(yaml_source_1.YamlSource.fromFile(file, 'template')));
            }
            catch (e) {
                if (strict || !error_1.WorkspaceInputError.isWorkspaceInputError(e))
                    throw e;
                this.rejectedList.push({ file, diagnostics: e.diagnostics, message: e.message });
            }
        }
    }
    /**
     * Adds a template from YAML text.
     * @param yaml the template document
     * @param sourceName a name for messages, e.g. the file it came from
     */
    addYaml(yaml, sourceName) {
        return this.addEntry((0, template_parser_1.parseTemplate)(new yaml_source_1.YamlSource(yaml, sourceName)));
    }
    /**
     * Adds a template defined in code, in the same shape as the YAML file (snake_case keys).
     * @param template the template's fields
     * @param sourceName a name for messages
     */
    addObject(template, sourceName) {
        return this.addEntry((0, template_parser_1.parseTemplateData)(template, sourceName));
    }
    /** The unresolved definition with this slug or name. */
    get(slugOrName) {
        const e = this.find(slugOrName);
        if (!e) {
            throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                    code: 'unknown-template',
                    message: `no template with slug or name "${slugOrName}" in the catalog`,
                    value: slugOrName,
                    fix: `use one of ${this.slugs().join(', ')}`,
                })]);
        }
        return e.definition;
    }
    /** Whether a template with this slug or name exists. */
    has(slugOrName) {
        return this.find(slugOrName) !== undefined;
    }
    /** All slugs, sorted. */
    slugs() {
        return this.entries.map((e) => e.definition.slug).sort();
    }
    /** Warnings found while loading a template (unknown fields and the like). */
    warningsOf(slugOrName) {
        this.get(slugOrName);
        return [...this.find(slugOrName).warnings];
    }
    /**
     * Resolves a template: parents merged, parameters checked and substituted.
     * @param slugOrName the template
     * @param parameters parameter values by name; defaults fill the rest
     */
    resolve(slugOrName, parameters) {
        const key = `${slugOrName}\u0000${JSON.stringify(Object.entries(parameters ?? {}).sort())}`;
        const hit = this.cache.get(key);
        if (hit)
            return hit;
        const r = this.resolver.resolve({ key: slugOrName, parameters });
        const def = r.definition;
        let defaultSize = r.minimumSize ?? sizes_1.WorkspaceSize.M;
        const typed = def.instanceDefaults?.type ? sizes_1.Sizes.sizeOfInstanceType(def.instanceDefaults.type) : undefined;
        if (typed && (!r.minimumSize || sizes_1.Sizes.satisfies(typed, r.minimumSize)))
            defaultSize = typed;
        const resolved = {
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
    resolveAll() {
        return this.slugs().map((s) => this.resolve(s));
    }
    /**
     * Resolves every template with default parameters, collecting failures instead of throwing.
     */
    check() {
        const resolved = [];
        const failures = [...this.rejectedList];
        for (const e of [...this.entries].sort((a, b) => (0, compare_1.byCodePoint)(a.definition.slug, b.definition.slug))) {
            try {
                resolved.push(this.resolve(e.definition.slug));
            }
            catch (err) {
                if (!error_1.WorkspaceInputError.isWorkspaceInputError(err))
                    throw err;
                failures.push({ file: e.definition.source, diagnostics: err.diagnostics, message: err.message });
            }
        }
        return { resolved, failures };
    }
    /** Resolved templates matching every given filter, sorted by slug. */
    query(q = {}) {
        const eq = (a, b) => b === undefined || (a ?? '').toLowerCase() === b.toLowerCase();
        return this.resolveAll().filter((t) => (q.slug === undefined || t.slug === q.slug)
            && eq(t.definition.category, q.category)
            && eq(t.definition.domain, q.domain)
            && (q.os === undefined || t.os === q.os)
            && (q.connectionType === undefined || t.connectionType === q.connectionType || t.connectionType === template_1.ConnectionType.ALL));
    }
    find(key) {
        return this.bySlug.get(key) ?? this.byName.get(key);
    }
    addEntry(parsed) {
        const entry = { definition: parsed.definition, source: parsed.source, warnings: parsed.warnings };
        const prev = this.bySlug.get(entry.definition.slug);
        const sameName = this.byName.get(entry.definition.name);
        if (sameName && sameName !== prev) {
            // Checked before anything changes: a rejected template leaves the catalog as it was.
            throw new error_1.WorkspaceInputError([(0, error_1.problem)({
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
            entry.warnings.push((0, error_1.problem)({
                severity: errors_1.DiagnosticSeverity.WARNING,
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
exports.TemplateCatalog = TemplateCatalog;
/** Bounded: refuses `/`, /proc, /sys and /dev, skips symlinks and mount points, stops past 5,000 files (input-files.ts). */
function listYaml(dir, recursive) {
    return (0, input_files_1.listYamlBounded)(dir, recursive, input_files_1.TEMPLATE_WALK_LIMITS, compare_1.byCodePoint);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiY2F0YWxvZy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uL3NyYy93b3Jrc3BhY2VzL2NhdGFsb2cudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsdUNBQXlCO0FBQ3pCLDJDQUE2QjtBQUM3QixxQ0FBMEQ7QUFDMUQsK0NBQWdEO0FBQ2hELDJDQUErRDtBQUMvRCx1REFBOEU7QUFDOUUsaURBQTREO0FBQzVELCtEQUE2RTtBQUM3RSx1REFBbUQ7QUFDbkQsbUNBQTZEO0FBQzdELHlDQUFpRztBQTRGakc7Ozs7Ozs7R0FPRztBQUNILE1BQWEsZUFBZTtJQUMxQix5REFBeUQ7SUFDbEQsTUFBTSxDQUFDLGdCQUFnQjtRQUM1QixzR0FBc0c7UUFDdEcsT0FBTyxJQUFJLENBQUMsT0FBTyxDQUFDLFNBQVMsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLFdBQVcsQ0FBQyxDQUFDO0lBQzFELENBQUM7SUFFRCwrQ0FBK0M7SUFDeEMsTUFBTSxDQUFDLE9BQU87UUFDbkIsTUFBTSxDQUFDLEdBQUcsSUFBSSxlQUFlLEVBQUUsQ0FBQztRQUNoQyxDQUFDLENBQUMsYUFBYSxDQUFDLGVBQWUsQ0FBQyxnQkFBZ0IsRUFBRSxDQUFDLENBQUM7UUFDcEQsT0FBTyxDQUFDLENBQUM7SUFDWCxDQUFDO0lBRUQsOENBQThDO0lBQ3ZDLE1BQU0sQ0FBQyxhQUFhLENBQUMsR0FBVyxFQUFFLFVBQWdDLEVBQUU7UUFDekUsTUFBTSxDQUFDLEdBQUcsSUFBSSxlQUFlLEVBQUUsQ0FBQztRQUNoQyxDQUFDLENBQUMsYUFBYSxDQUFDLEdBQUcsRUFBRSxPQUFPLENBQUMsQ0FBQztRQUM5QixPQUFPLENBQUMsQ0FBQztJQUNYLENBQUM7SUFFRCxpRkFBaUY7SUFDMUUsTUFBTSxDQUFDLG1CQUFtQixDQUFDLENBQW1CO1FBQ25ELE1BQU0sSUFBSSxHQUFHLENBQUMsQ0FBQyxVQUFVLENBQUMsZ0JBQWdCLEVBQUUsSUFBSSxDQUFDO1FBQ2pELE9BQU8sSUFBSSxDQUFDLENBQUMsQ0FBQyxhQUFLLENBQUMsY0FBYyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxvQkFBWSxDQUFDLE1BQU0sQ0FBQztJQUNqRSxDQUFDO0lBRWdCLE9BQU8sR0FBbUIsRUFBRSxDQUFDO0lBQzdCLE1BQU0sR0FBRyxJQUFJLEdBQUcsRUFBd0IsQ0FBQztJQUN6QyxNQUFNLEdBQUcsSUFBSSxHQUFHLEVBQXdCLENBQUM7SUFDekMsWUFBWSxHQUF1QixFQUFFLENBQUM7SUFDdEMsUUFBUSxDQUFXO0lBQ25CLEtBQUssR0FBRyxJQUFJLEdBQUcsRUFBNEIsQ0FBQztJQUU3RDtRQUNFLElBQUksQ0FBQyxRQUFRLEdBQUcsSUFBSSxtQkFBUSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxHQUFHLEVBQUUsQ0FBQyxJQUFJLENBQUMsS0FBSyxFQUFFLENBQUMsQ0FBQztJQUNwRyxDQUFDO0lBRUQseURBQXlEO0lBQ3pELElBQVcsUUFBUTtRQUNqQixPQUFPLENBQUMsR0FBRyxJQUFJLENBQUMsWUFBWSxDQUFDLENBQUM7SUFDaEMsQ0FBQztJQUVELDJCQUEyQjtJQUMzQixJQUFXLElBQUk7UUFDYixPQUFPLElBQUksQ0FBQyxPQUFPLENBQUMsTUFBTSxDQUFDO0lBQzdCLENBQUM7SUFFRDs7O09BR0c7SUFDSSxhQUFhLENBQUMsR0FBVyxFQUFFLFVBQWdDLEVBQUU7UUFDbEUsTUFBTSxNQUFNLEdBQUcsT0FBTyxDQUFDLE1BQU0sSUFBSSxJQUFJLENBQUM7UUFDdEMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQyxDQUFDLFdBQVcsRUFBRSxFQUFFLENBQUM7WUFDM0QsTUFBTSxJQUFJLDJCQUFtQixDQUFDLENBQUMsSUFBQSxlQUFPLEVBQUM7b0JBQ3JDLElBQUksRUFBRSxtQkFBbUI7b0JBQ3pCLE9BQU8sRUFBRSxnQ0FBZ0M7b0JBQ3pDLEtBQUssRUFBRSxHQUFHO29CQUNWLFFBQVEsRUFBRSxFQUFFLElBQUksRUFBRSxHQUFHLEVBQUU7b0JBQ3ZCLEdBQUcsRUFBRSx1REFBdUQ7aUJBQzdELENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDUCxDQUFDO1FBQ0QsS0FBSyxNQUFNLElBQUksSUFBSSxRQUFRLENBQUMsR0FBRyxFQUFFLE9BQU8sQ0FBQyxTQUFTLElBQUksSUFBSSxDQUFDLEVBQUUsQ0FBQztZQUM1RCxJQUFJLENBQUM7Z0JBQ0gsSUFBSSxDQUFDLFFBQVEsQ0FBQyxJQUFBLCtCQUFhLEVBQUMsd0JBQVUsQ0FBQyxRQUFRLENBQUMsSUFBSSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztZQUN0RSxDQUFDO1lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztnQkFDWCxJQUFJLE1BQU0sSUFBSSxDQUFDLDJCQUFtQixDQUFDLHFCQUFxQixDQUFDLENBQUMsQ0FBQztvQkFBRSxNQUFNLENBQUMsQ0FBQztnQkFDckUsSUFBSSxDQUFDLFlBQVksQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsV0FBVyxFQUFFLENBQUMsQ0FBQyxXQUFXLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDO1lBQ25GLENBQUM7UUFDSCxDQUFDO0lBQ0gsQ0FBQztJQUVEOzs7O09BSUc7SUFDSSxPQUFPLENBQUMsSUFBWSxFQUFFLFVBQWtCO1FBQzdDLE9BQU8sSUFBSSxDQUFDLFFBQVEsQ0FBQyxJQUFBLCtCQUFhLEVBQUMsSUFBSSx3QkFBVSxDQUFDLElBQUksRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDeEUsQ0FBQztJQUVEOzs7O09BSUc7SUFDSSxTQUFTLENBQUMsUUFBYSxFQUFFLFVBQWtCO1FBQ2hELE9BQU8sSUFBSSxDQUFDLFFBQVEsQ0FBQyxJQUFBLG1DQUFpQixFQUFDLFFBQVEsRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDO0lBQ2hFLENBQUM7SUFFRCx3REFBd0Q7SUFDakQsR0FBRyxDQUFDLFVBQWtCO1FBQzNCLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsVUFBVSxDQUFDLENBQUM7UUFDaEMsSUFBSSxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQ1AsTUFBTSxJQUFJLDJCQUFtQixDQUFDLENBQUMsSUFBQSxlQUFPLEVBQUM7b0JBQ3JDLElBQUksRUFBRSxrQkFBa0I7b0JBQ3hCLE9BQU8sRUFBRSxrQ0FBa0MsVUFBVSxrQkFBa0I7b0JBQ3ZFLEtBQUssRUFBRSxVQUFVO29CQUNqQixHQUFHLEVBQUUsY0FBYyxJQUFJLENBQUMsS0FBSyxFQUFFLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFO2lCQUM3QyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ1AsQ0FBQztRQUNELE9BQU8sQ0FBQyxDQUFDLFVBQVUsQ0FBQztJQUN0QixDQUFDO0lBRUQsd0RBQXdEO0lBQ2pELEdBQUcsQ0FBQyxVQUFrQjtRQUMzQixPQUFPLElBQUksQ0FBQyxJQUFJLENBQUMsVUFBVSxDQUFDLEtBQUssU0FBUyxDQUFDO0lBQzdDLENBQUM7SUFFRCx5QkFBeUI7SUFDbEIsS0FBSztRQUNWLE9BQU8sSUFBSSxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUM7SUFDM0QsQ0FBQztJQUVELDZFQUE2RTtJQUN0RSxVQUFVLENBQUMsVUFBa0I7UUFDbEMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxVQUFVLENBQUMsQ0FBQztRQUNyQixPQUFPLENBQUMsR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBRSxDQUFDLFFBQVEsQ0FBQyxDQUFDO0lBQzlDLENBQUM7SUFFRDs7OztPQUlHO0lBQ0ksT0FBTyxDQUFDLFVBQWtCLEVBQUUsVUFBdUM7UUFDeEUsTUFBTSxHQUFHLEdBQUcsR0FBRyxVQUFVLFNBQVMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFDLFVBQVUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxFQUFFLENBQUM7UUFDNUYsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUM7UUFDaEMsSUFBSSxHQUFHO1lBQUUsT0FBTyxHQUFHLENBQUM7UUFDcEIsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLFFBQVEsQ0FBQyxPQUFPLENBQUMsRUFBRSxHQUFHLEVBQUUsVUFBVSxFQUFFLFVBQVUsRUFBRSxDQUFDLENBQUM7UUFDakUsTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDLFVBQVUsQ0FBQztRQUN6QixJQUFJLFdBQVcsR0FBRyxDQUFDLENBQUMsV0FBVyxJQUFJLHFCQUFhLENBQUMsQ0FBQyxDQUFDO1FBQ25ELE1BQU0sS0FBSyxHQUFHLEdBQUcsQ0FBQyxnQkFBZ0IsRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLGFBQUssQ0FBQyxrQkFBa0IsQ0FBQyxHQUFHLENBQUMsZ0JBQWdCLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztRQUMzRyxJQUFJLEtBQUssSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLFdBQVcsSUFBSSxhQUFLLENBQUMsU0FBUyxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsV0FBVyxDQUFDLENBQUM7WUFBRSxXQUFXLEdBQUcsS0FBSyxDQUFDO1FBQzVGLE1BQU0sUUFBUSxHQUFxQjtZQUNqQyxJQUFJLEVBQUUsR0FBRyxDQUFDLElBQUk7WUFDZCxJQUFJLEVBQUUsR0FBRyxDQUFDLElBQUk7WUFDZCxVQUFVLEVBQUUsR0FBRztZQUNmLGdCQUFnQixFQUFFLENBQUMsQ0FBQyxLQUFLO1lBQ3pCLGVBQWUsRUFBRSxDQUFDLENBQUMsZUFBZTtZQUNsQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUU7WUFDUixjQUFjLEVBQUUsQ0FBQyxDQUFDLGNBQWM7WUFDaEMsY0FBYyxFQUFFLENBQUMsQ0FBQyxjQUFjO1lBQ2hDLFdBQVcsRUFBRSxDQUFDLENBQUMsV0FBVztZQUMxQixXQUFXO1lBQ1gsUUFBUSxFQUFFLENBQUMsQ0FBQyxRQUFRO1NBQ3JCLENBQUM7UUFDRixJQUFJLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEVBQUUsUUFBUSxDQUFDLENBQUM7UUFDOUIsT0FBTyxRQUFRLENBQUM7SUFDbEIsQ0FBQztJQUVELHVGQUF1RjtJQUNoRixVQUFVO1FBQ2YsT0FBTyxJQUFJLENBQUMsS0FBSyxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDbEQsQ0FBQztJQUVEOztPQUVHO0lBQ0ksS0FBSztRQUNWLE1BQU0sUUFBUSxHQUF1QixFQUFFLENBQUM7UUFDeEMsTUFBTSxRQUFRLEdBQXVCLENBQUMsR0FBRyxJQUFJLENBQUMsWUFBWSxDQUFDLENBQUM7UUFDNUQsS0FBSyxNQUFNLENBQUMsSUFBSSxDQUFDLEdBQUcsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUEscUJBQVcsRUFBQyxDQUFDLENBQUMsVUFBVSxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUNwRyxJQUFJLENBQUM7Z0JBQ0gsUUFBUSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQztZQUNqRCxDQUFDO1lBQUMsT0FBTyxHQUFHLEVBQUUsQ0FBQztnQkFDYixJQUFJLENBQUMsMkJBQW1CLENBQUMscUJBQXFCLENBQUMsR0FBRyxDQUFDO29CQUFFLE1BQU0sR0FBRyxDQUFDO2dCQUMvRCxRQUFRLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxVQUFVLENBQUMsTUFBTSxFQUFFLFdBQVcsRUFBRSxHQUFHLENBQUMsV0FBVyxFQUFFLE9BQU8sRUFBRSxHQUFHLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQztZQUNuRyxDQUFDO1FBQ0gsQ0FBQztRQUNELE9BQU8sRUFBRSxRQUFRLEVBQUUsUUFBUSxFQUFFLENBQUM7SUFDaEMsQ0FBQztJQUVELHNFQUFzRTtJQUMvRCxLQUFLLENBQUMsSUFBa0IsRUFBRTtRQUMvQixNQUFNLEVBQUUsR0FBRyxDQUFDLENBQXFCLEVBQUUsQ0FBcUIsRUFBRSxFQUFFLENBQUMsQ0FBQyxLQUFLLFNBQVMsSUFBSSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxXQUFXLEVBQUUsS0FBSyxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUM7UUFDNUgsT0FBTyxJQUFJLENBQUMsVUFBVSxFQUFFLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FDcEMsQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLFNBQVMsSUFBSSxDQUFDLENBQUMsSUFBSSxLQUFLLENBQUMsQ0FBQyxJQUFJLENBQUM7ZUFDeEMsRUFBRSxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsUUFBUSxFQUFFLENBQUMsQ0FBQyxRQUFRLENBQUM7ZUFDckMsRUFBRSxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLENBQUM7ZUFDakMsQ0FBQyxDQUFDLENBQUMsRUFBRSxLQUFLLFNBQVMsSUFBSSxDQUFDLENBQUMsRUFBRSxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUM7ZUFDckMsQ0FBQyxDQUFDLENBQUMsY0FBYyxLQUFLLFNBQVMsSUFBSSxDQUFDLENBQUMsY0FBYyxLQUFLLENBQUMsQ0FBQyxjQUFjLElBQUksQ0FBQyxDQUFDLGNBQWMsS0FBSyx5QkFBYyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7SUFDN0gsQ0FBQztJQUVPLElBQUksQ0FBQyxHQUFXO1FBQ3RCLE9BQU8sSUFBSSxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksSUFBSSxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUM7SUFDdEQsQ0FBQztJQUVPLFFBQVEsQ0FBQyxNQUF1RjtRQUN0RyxNQUFNLEtBQUssR0FBaUIsRUFBRSxVQUFVLEVBQUUsTUFBTSxDQUFDLFVBQVUsRUFBRSxNQUFNLEVBQUUsTUFBTSxDQUFDLE1BQU0sRUFBRSxRQUFRLEVBQUUsTUFBTSxDQUFDLFFBQVEsRUFBRSxDQUFDO1FBQ2hILE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDcEQsTUFBTSxRQUFRLEdBQUcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUN4RCxJQUFJLFFBQVEsSUFBSSxRQUFRLEtBQUssSUFBSSxFQUFFLENBQUM7WUFDbEMscUZBQXFGO1lBQ3JGLE1BQU0sSUFBSSwyQkFBbUIsQ0FBQyxDQUFDLElBQUEsZUFBTyxFQUFDO29CQUNyQyxJQUFJLEVBQUUsZ0JBQWdCO29CQUN0QixPQUFPLEVBQUUsa0JBQWtCLEtBQUssQ0FBQyxVQUFVLENBQUMsSUFBSSx3QkFBd0IsUUFBUSxDQUFDLFVBQVUsQ0FBQyxNQUFNLFVBQVUsUUFBUSxDQUFDLFVBQVUsQ0FBQyxJQUFJLEdBQUc7b0JBQ3ZJLEtBQUssRUFBRSxNQUFNO29CQUNiLEtBQUssRUFBRSxLQUFLLENBQUMsVUFBVSxDQUFDLElBQUk7b0JBQzVCLEdBQUcsRUFBRSxrQ0FBa0M7b0JBQ3ZDLFFBQVEsRUFBRSxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLEtBQUssQ0FBQyxVQUFVLENBQUMsTUFBTSxFQUFFO2lCQUM3RixDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ1AsQ0FBQztRQUNELElBQUksSUFBSSxFQUFFLENBQUM7WUFDVCxJQUFJLENBQUMsT0FBTyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztZQUNuRCxJQUFJLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxDQUFDO1lBQ3pDLEtBQUssQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLElBQUEsZUFBTyxFQUFDO2dCQUMxQixRQUFRLEVBQUUsMkJBQWtCLENBQUMsT0FBTztnQkFDcEMsSUFBSSxFQUFFLHFCQUFxQjtnQkFDM0IsT0FBTyxFQUFFLGlEQUFpRCxJQUFJLENBQUMsVUFBVSxDQUFDLE1BQU0sRUFBRTtnQkFDbEYsS0FBSyxFQUFFLE1BQU07Z0JBQ2IsS0FBSyxFQUFFLEtBQUssQ0FBQyxVQUFVLENBQUMsSUFBSTtnQkFDNUIsR0FBRyxFQUFFLDJDQUEyQztnQkFDaEQsUUFBUSxFQUFFLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsS0FBSyxDQUFDLFVBQVUsQ0FBQyxNQUFNLEVBQUU7YUFDN0YsQ0FBQyxDQUFDLENBQUM7UUFDTixDQUFDO1FBQ0QsSUFBSSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUM7UUFDekIsSUFBSSxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLFVBQVUsQ0FBQyxJQUFJLEVBQUUsS0FBSyxDQUFDLENBQUM7UUFDOUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLFVBQVUsQ0FBQyxJQUFJLEVBQUUsS0FBSyxDQUFDLENBQUM7UUFDOUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxLQUFLLEVBQUUsQ0FBQztRQUNuQixPQUFPLEtBQUssQ0FBQyxVQUFVLENBQUM7SUFDMUIsQ0FBQztDQUNGO0FBL05ELDBDQStOQztBQVVELDRIQUE0SDtBQUM1SCxTQUFTLFFBQVEsQ0FBQyxHQUFXLEVBQUUsU0FBa0I7SUFDL0MsT0FBTyxJQUFBLDZCQUFlLEVBQUMsR0FBRyxFQUFFLFNBQVMsRUFBRSxrQ0FBb0IsRUFBRSxxQkFBVyxDQUFDLENBQUM7QUFDNUUsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCAqIGFzIGZzIGZyb20gJ2ZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAncGF0aCc7XG5pbXBvcnQgeyBEaWFnbm9zdGljLCBEaWFnbm9zdGljU2V2ZXJpdHkgfSBmcm9tICcuL2Vycm9ycyc7XG5pbXBvcnQgeyBieUNvZGVQb2ludCB9IGZyb20gJy4vcHJpdmF0ZS9jb21wYXJlJztcbmltcG9ydCB7IHByb2JsZW0sIFdvcmtzcGFjZUlucHV0RXJyb3IgfSBmcm9tICcuL3ByaXZhdGUvZXJyb3InO1xuaW1wb3J0IHsgbGlzdFlhbWxCb3VuZGVkLCBURU1QTEFURV9XQUxLX0xJTUlUUyB9IGZyb20gJy4vcHJpdmF0ZS9pbnB1dC1maWxlcyc7XG5pbXBvcnQgeyBDYXRhbG9nRW50cnksIFJlc29sdmVyIH0gZnJvbSAnLi9wcml2YXRlL3Jlc29sdmVyJztcbmltcG9ydCB7IHBhcnNlVGVtcGxhdGUsIHBhcnNlVGVtcGxhdGVEYXRhIH0gZnJvbSAnLi9wcml2YXRlL3RlbXBsYXRlLXBhcnNlcic7XG5pbXBvcnQgeyBZYW1sU291cmNlIH0gZnJvbSAnLi9wcml2YXRlL3lhbWwtc291cmNlJztcbmltcG9ydCB7IEFyY2hpdGVjdHVyZSwgU2l6ZXMsIFdvcmtzcGFjZVNpemUgfSBmcm9tICcuL3NpemVzJztcbmltcG9ydCB7IENvbm5lY3Rpb25UeXBlLCBPcGVyYXRpbmdTeXN0ZW0sIFBhY2thZ2VNYW5hZ2VyLCBUZW1wbGF0ZURlZmluaXRpb24gfSBmcm9tICcuL3RlbXBsYXRlJztcblxuLyoqXG4gKiBBIHRlbXBsYXRlIGFmdGVyIGluaGVyaXRhbmNlLCBwYXJhbWV0ZXJzIGFuZCB2YXJpYWJsZXMgd2VyZSBhcHBsaWVkOiB3aGF0IGEgd29ya3NwYWNlIGlzIGJ1aWx0IGZyb20uXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVzb2x2ZWRUZW1wbGF0ZSB7XG4gIC8qKiBTbHVnIG9mIHRoZSB0ZW1wbGF0ZS4gKi9cbiAgcmVhZG9ubHkgc2x1Zzogc3RyaW5nO1xuICAvKiogRGlzcGxheSBuYW1lLiAqL1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIC8qKiBUaGUgbWVyZ2VkLCByZW5kZXJlZCBkZWZpbml0aW9uLiBgaW5oZXJpdHNgIHN0aWxsIGxpc3RzIHRoZSBkaXJlY3QgcGFyZW50cy4gKi9cbiAgcmVhZG9ubHkgZGVmaW5pdGlvbjogVGVtcGxhdGVEZWZpbml0aW9uO1xuICAvKiogU2x1Z3MgZnJvbSB0aGUgZmlyc3QgYW5jZXN0b3IgdG8gdGhpcyB0ZW1wbGF0ZSwgaW4gbWVyZ2Ugb3JkZXIuICovXG4gIHJlYWRvbmx5IGluaGVyaXRhbmNlQ2hhaW46IHN0cmluZ1tdO1xuICAvKiogVmFsdWUgb2YgZXZlcnkgcGFyYW1ldGVyIChnaXZlbiBvciBkZWZhdWx0KS4gKi9cbiAgcmVhZG9ubHkgcGFyYW1ldGVyVmFsdWVzOiB7IFtuYW1lOiBzdHJpbmddOiBzdHJpbmcgfTtcbiAgLyoqIEJhc2Ugb3BlcmF0aW5nIHN5c3RlbS4gKi9cbiAgcmVhZG9ubHkgb3M6IE9wZXJhdGluZ1N5c3RlbTtcbiAgLyoqIENvbm5lY3Rpb24gdHlwZSwgd2l0aCBgYXV0b2AgZGVjaWRlZC4gKi9cbiAgcmVhZG9ubHkgY29ubmVjdGlvblR5cGU6IENvbm5lY3Rpb25UeXBlO1xuICAvKiogUGFja2FnZSBtYW5hZ2VyLCB3aXRoIHRoZSBiYXNlIHN5c3RlbSdzIGRlZmF1bHQgZmlsbGVkIGluLiAqL1xuICByZWFkb25seSBwYWNrYWdlTWFuYWdlcjogUGFja2FnZU1hbmFnZXI7XG4gIC8qKlxuICAgKiBTbWFsbGVzdCBzaXplIHRoZSB0ZW1wbGF0ZSBydW5zIG9uLlxuICAgKiBAZGVmYXVsdCAtIGFueSBzaXplXG4gICAqL1xuICByZWFkb25seSBtaW5pbXVtU2l6ZT86IFdvcmtzcGFjZVNpemU7XG4gIC8qKiBTaXplIHVzZWQgd2hlbiBhIHdvcmtzcGFjZSBhc2tzIGZvciBub25lOiB0aGUgdGVtcGxhdGUncyBpbnN0YW5jZSB0eXBlJ3Mgc2l6ZSwgaXRzIG1pbmltdW0sIG9yIE0uICovXG4gIHJlYWRvbmx5IGRlZmF1bHRTaXplOiBXb3Jrc3BhY2VTaXplO1xuICAvKiogV2FybmluZ3MgZm91bmQgd2hpbGUgbG9hZGluZyBhbmQgcmVzb2x2aW5nICh1bmtub3duIGZpZWxkcywgYmFzZSBjb25mbGljdHMsIC4uLikuICovXG4gIHJlYWRvbmx5IHdhcm5pbmdzOiBEaWFnbm9zdGljW107XG59XG5cbi8qKlxuICogQSB0ZW1wbGF0ZSBmaWxlIHRoYXQgY291bGQgbm90IGJlIGxvYWRlZCwgd2l0aCB0aGUgcmVhc29uLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlamVjdGVkVGVtcGxhdGUge1xuICAvKiogVGhlIGZpbGUuICovXG4gIHJlYWRvbmx5IGZpbGU6IHN0cmluZztcbiAgLyoqIEV2ZXJ5IHByb2JsZW0gZm91bmQsIGVhY2ggd2l0aCBsb2NhdGlvbiwgZmllbGQsIHZhbHVlIGFuZCBmaXguICovXG4gIHJlYWRvbmx5IGRpYWdub3N0aWNzOiBEaWFnbm9zdGljW107XG4gIC8qKiBUaGUgY29tcGxldGUgZXJyb3IgbWVzc2FnZS4gKi9cbiAgcmVhZG9ubHkgbWVzc2FnZTogc3RyaW5nO1xufVxuXG4vKipcbiAqIEZpbHRlcnMgZm9yIGBUZW1wbGF0ZUNhdGFsb2cucXVlcnkoKWAuIEFsbCBnaXZlbiBmaWx0ZXJzIG11c3QgbWF0Y2guXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ2F0YWxvZ1F1ZXJ5IHtcbiAgLyoqXG4gICAqIFNsdWcuXG4gICAqIEBkZWZhdWx0IC0gYW55XG4gICAqL1xuICByZWFkb25seSBzbHVnPzogc3RyaW5nO1xuICAvKipcbiAgICogQ2F0ZWdvcnksIGNvbXBhcmVkIGNhc2UtaW5zZW5zaXRpdmVseS5cbiAgICogQGRlZmF1bHQgLSBhbnlcbiAgICovXG4gIHJlYWRvbmx5IGNhdGVnb3J5Pzogc3RyaW5nO1xuICAvKipcbiAgICogRG9tYWluLCBjb21wYXJlZCBjYXNlLWluc2Vuc2l0aXZlbHkuXG4gICAqIEBkZWZhdWx0IC0gYW55XG4gICAqL1xuICByZWFkb25seSBkb21haW4/OiBzdHJpbmc7XG4gIC8qKlxuICAgKiBDb25uZWN0aW9uIHR5cGU7IGBBTExgIHRlbXBsYXRlcyBtYXRjaCBldmVyeSB0eXBlLlxuICAgKiBAZGVmYXVsdCAtIGFueVxuICAgKi9cbiAgcmVhZG9ubHkgY29ubmVjdGlvblR5cGU/OiBDb25uZWN0aW9uVHlwZTtcbiAgLyoqXG4gICAqIEJhc2Ugb3BlcmF0aW5nIHN5c3RlbS5cbiAgICogQGRlZmF1bHQgLSBhbnlcbiAgICovXG4gIHJlYWRvbmx5IG9zPzogT3BlcmF0aW5nU3lzdGVtO1xufVxuXG4vKipcbiAqIEhvdyBhIGNhdGFsb2cgbG9hZHMgYSBmb2xkZXIuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTG9hZERpcmVjdG9yeU9wdGlvbnMge1xuICAvKipcbiAgICogVGhyb3cgb24gdGhlIGZpcnN0IGludmFsaWQgdGVtcGxhdGUgaW5zdGVhZCBvZiByZWNvcmRpbmcgaXQgaW4gYHJlamVjdGVkYC5cbiAgICogQGRlZmF1bHQgdHJ1ZVxuICAgKi9cbiAgcmVhZG9ubHkgc3RyaWN0PzogYm9vbGVhbjtcbiAgLyoqXG4gICAqIFNlYXJjaCBzdWItZm9sZGVycy5cbiAgICogQGRlZmF1bHQgdHJ1ZVxuICAgKi9cbiAgcmVhZG9ubHkgcmVjdXJzaXZlPzogYm9vbGVhbjtcbn1cblxuLyoqXG4gKiBBIHNldCBvZiB3b3Jrc3BhY2UgdGVtcGxhdGVzLCBpbmRleGVkIGJ5IHNsdWcgYW5kIGJ5IG5hbWUsIHdpdGggaW5oZXJpdGFuY2UgcmVzb2x1dGlvbi5cbiAqXG4gKiBAZXhhbXBsZVxuICogY29uc3QgY2F0YWxvZyA9IFRlbXBsYXRlQ2F0YWxvZy5idW5kbGVkKCk7XG4gKiBjYXRhbG9nLmxvYWREaXJlY3RvcnkoJy4vdGVtcGxhdGVzJyk7XG4gKiBjb25zdCBtbCA9IGNhdGFsb2cucmVzb2x2ZSgncHl0aG9uLW1sJywgeyBweXRob25fdmVyc2lvbjogJzMuMTInIH0pO1xuICovXG5leHBvcnQgY2xhc3MgVGVtcGxhdGVDYXRhbG9nIHtcbiAgLyoqIEZvbGRlciBvZiB0aGUgdGVtcGxhdGVzIHNoaXBwZWQgd2l0aCB0aGlzIGxpYnJhcnkuICovXG4gIHB1YmxpYyBzdGF0aWMgYnVuZGxlZERpcmVjdG9yeSgpOiBzdHJpbmcge1xuICAgIC8vIGxpYi93b3Jrc3BhY2VzL2NhdGFsb2cuanMgYW5kIHNyYy93b3Jrc3BhY2VzL2NhdGFsb2cudHMgYXJlIGJvdGggdHdvIGxldmVscyBiZWxvdyB0aGUgcGFja2FnZSByb290LlxuICAgIHJldHVybiBwYXRoLnJlc29sdmUoX19kaXJuYW1lLCAnLi4nLCAnLi4nLCAndGVtcGxhdGVzJyk7XG4gIH1cblxuICAvKiogVGhlIHRlbXBsYXRlcyBzaGlwcGVkIHdpdGggdGhpcyBsaWJyYXJ5LiAqL1xuICBwdWJsaWMgc3RhdGljIGJ1bmRsZWQoKTogVGVtcGxhdGVDYXRhbG9nIHtcbiAgICBjb25zdCBjID0gbmV3IFRlbXBsYXRlQ2F0YWxvZygpO1xuICAgIGMubG9hZERpcmVjdG9yeShUZW1wbGF0ZUNhdGFsb2cuYnVuZGxlZERpcmVjdG9yeSgpKTtcbiAgICByZXR1cm4gYztcbiAgfVxuXG4gIC8qKiBBIGNhdGFsb2cgb2YgdGhlIHRlbXBsYXRlcyBpbiBhIGZvbGRlci4gKi9cbiAgcHVibGljIHN0YXRpYyBmcm9tRGlyZWN0b3J5KGRpcjogc3RyaW5nLCBvcHRpb25zOiBMb2FkRGlyZWN0b3J5T3B0aW9ucyA9IHt9KTogVGVtcGxhdGVDYXRhbG9nIHtcbiAgICBjb25zdCBjID0gbmV3IFRlbXBsYXRlQ2F0YWxvZygpO1xuICAgIGMubG9hZERpcmVjdG9yeShkaXIsIG9wdGlvbnMpO1xuICAgIHJldHVybiBjO1xuICB9XG5cbiAgLyoqIFRoZSBhcmNoaXRlY3R1cmUgYSB0ZW1wbGF0ZSBwcmVmZXJzOiB0aGF0IG9mIGl0cyBpbnN0YW5jZSB0eXBlLCBvciB4ODZfNjQuICovXG4gIHB1YmxpYyBzdGF0aWMgZGVmYXVsdEFyY2hpdGVjdHVyZSh0OiBSZXNvbHZlZFRlbXBsYXRlKTogQXJjaGl0ZWN0dXJlIHtcbiAgICBjb25zdCB0eXBlID0gdC5kZWZpbml0aW9uLmluc3RhbmNlRGVmYXVsdHM/LnR5cGU7XG4gICAgcmV0dXJuIHR5cGUgPyBTaXplcy5hcmNoaXRlY3R1cmVPZih0eXBlKSA6IEFyY2hpdGVjdHVyZS5YODZfNjQ7XG4gIH1cblxuICBwcml2YXRlIHJlYWRvbmx5IGVudHJpZXM6IENhdGFsb2dFbnRyeVtdID0gW107XG4gIHByaXZhdGUgcmVhZG9ubHkgYnlTbHVnID0gbmV3IE1hcDxzdHJpbmcsIENhdGFsb2dFbnRyeT4oKTtcbiAgcHJpdmF0ZSByZWFkb25seSBieU5hbWUgPSBuZXcgTWFwPHN0cmluZywgQ2F0YWxvZ0VudHJ5PigpO1xuICBwcml2YXRlIHJlYWRvbmx5IHJlamVjdGVkTGlzdDogUmVqZWN0ZWRUZW1wbGF0ZVtdID0gW107XG4gIHByaXZhdGUgcmVhZG9ubHkgcmVzb2x2ZXI6IFJlc29sdmVyO1xuICBwcml2YXRlIHJlYWRvbmx5IGNhY2hlID0gbmV3IE1hcDxzdHJpbmcsIFJlc29sdmVkVGVtcGxhdGU+KCk7XG5cbiAgY29uc3RydWN0b3IoKSB7XG4gICAgdGhpcy5yZXNvbHZlciA9IG5ldyBSZXNvbHZlcigoaykgPT4gdGhpcy5ieVNsdWcuZ2V0KGspID8/IHRoaXMuYnlOYW1lLmdldChrKSwgKCkgPT4gdGhpcy5zbHVncygpKTtcbiAgfVxuXG4gIC8qKiBGaWxlcyB0aGF0IGZhaWxlZCB0byBsb2FkIChpbiBub24tc3RyaWN0IGxvYWRpbmcpLiAqL1xuICBwdWJsaWMgZ2V0IHJlamVjdGVkKCk6IFJlamVjdGVkVGVtcGxhdGVbXSB7XG4gICAgcmV0dXJuIFsuLi50aGlzLnJlamVjdGVkTGlzdF07XG4gIH1cblxuICAvKiogTnVtYmVyIG9mIHRlbXBsYXRlcy4gKi9cbiAgcHVibGljIGdldCBzaXplKCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuZW50cmllcy5sZW5ndGg7XG4gIH1cblxuICAvKipcbiAgICogTG9hZHMgZXZlcnkgYC55bWxgL2AueWFtbGAgZmlsZSBvZiBhIGZvbGRlci4gQSBsYXRlciB0ZW1wbGF0ZSB3aXRoIHRoZSBzbHVnIG9mIGFuXG4gICAqIGVhcmxpZXIgb25lIHJlcGxhY2VzIGl0IChzbyBhIGxhYidzIGZvbGRlciBjYW4gb3ZlcnJpZGUgYSBidW5kbGVkIHRlbXBsYXRlKS5cbiAgICovXG4gIHB1YmxpYyBsb2FkRGlyZWN0b3J5KGRpcjogc3RyaW5nLCBvcHRpb25zOiBMb2FkRGlyZWN0b3J5T3B0aW9ucyA9IHt9KTogdm9pZCB7XG4gICAgY29uc3Qgc3RyaWN0ID0gb3B0aW9ucy5zdHJpY3QgPz8gdHJ1ZTtcbiAgICBpZiAoIWZzLmV4aXN0c1N5bmMoZGlyKSB8fCAhZnMuc3RhdFN5bmMoZGlyKS5pc0RpcmVjdG9yeSgpKSB7XG4gICAgICB0aHJvdyBuZXcgV29ya3NwYWNlSW5wdXRFcnJvcihbcHJvYmxlbSh7XG4gICAgICAgIGNvZGU6ICduby1zdWNoLWRpcmVjdG9yeScsXG4gICAgICAgIG1lc3NhZ2U6ICd0ZW1wbGF0ZSBmb2xkZXIgZG9lcyBub3QgZXhpc3QnLFxuICAgICAgICB2YWx1ZTogZGlyLFxuICAgICAgICBsb2NhdGlvbjogeyBmaWxlOiBkaXIgfSxcbiAgICAgICAgZml4OiAnY3JlYXRlIHRoZSBmb2xkZXIgb3IgcGFzcyB0aGUgcGF0aCBvZiBhbiBleGlzdGluZyBvbmUnLFxuICAgICAgfSldKTtcbiAgICB9XG4gICAgZm9yIChjb25zdCBmaWxlIG9mIGxpc3RZYW1sKGRpciwgb3B0aW9ucy5yZWN1cnNpdmUgPz8gdHJ1ZSkpIHtcbiAgICAgIHRyeSB7XG4gICAgICAgIHRoaXMuYWRkRW50cnkocGFyc2VUZW1wbGF0ZShZYW1sU291cmNlLmZyb21GaWxlKGZpbGUsICd0ZW1wbGF0ZScpKSk7XG4gICAgICB9IGNhdGNoIChlKSB7XG4gICAgICAgIGlmIChzdHJpY3QgfHwgIVdvcmtzcGFjZUlucHV0RXJyb3IuaXNXb3Jrc3BhY2VJbnB1dEVycm9yKGUpKSB0aHJvdyBlO1xuICAgICAgICB0aGlzLnJlamVjdGVkTGlzdC5wdXNoKHsgZmlsZSwgZGlhZ25vc3RpY3M6IGUuZGlhZ25vc3RpY3MsIG1lc3NhZ2U6IGUubWVzc2FnZSB9KTtcbiAgICAgIH1cbiAgICB9XG4gIH1cblxuICAvKipcbiAgICogQWRkcyBhIHRlbXBsYXRlIGZyb20gWUFNTCB0ZXh0LlxuICAgKiBAcGFyYW0geWFtbCB0aGUgdGVtcGxhdGUgZG9jdW1lbnRcbiAgICogQHBhcmFtIHNvdXJjZU5hbWUgYSBuYW1lIGZvciBtZXNzYWdlcywgZS5nLiB0aGUgZmlsZSBpdCBjYW1lIGZyb21cbiAgICovXG4gIHB1YmxpYyBhZGRZYW1sKHlhbWw6IHN0cmluZywgc291cmNlTmFtZTogc3RyaW5nKTogVGVtcGxhdGVEZWZpbml0aW9uIHtcbiAgICByZXR1cm4gdGhpcy5hZGRFbnRyeShwYXJzZVRlbXBsYXRlKG5ldyBZYW1sU291cmNlKHlhbWwsIHNvdXJjZU5hbWUpKSk7XG4gIH1cblxuICAvKipcbiAgICogQWRkcyBhIHRlbXBsYXRlIGRlZmluZWQgaW4gY29kZSwgaW4gdGhlIHNhbWUgc2hhcGUgYXMgdGhlIFlBTUwgZmlsZSAoc25ha2VfY2FzZSBrZXlzKS5cbiAgICogQHBhcmFtIHRlbXBsYXRlIHRoZSB0ZW1wbGF0ZSdzIGZpZWxkc1xuICAgKiBAcGFyYW0gc291cmNlTmFtZSBhIG5hbWUgZm9yIG1lc3NhZ2VzXG4gICAqL1xuICBwdWJsaWMgYWRkT2JqZWN0KHRlbXBsYXRlOiBhbnksIHNvdXJjZU5hbWU6IHN0cmluZyk6IFRlbXBsYXRlRGVmaW5pdGlvbiB7XG4gICAgcmV0dXJuIHRoaXMuYWRkRW50cnkocGFyc2VUZW1wbGF0ZURhdGEodGVtcGxhdGUsIHNvdXJjZU5hbWUpKTtcbiAgfVxuXG4gIC8qKiBUaGUgdW5yZXNvbHZlZCBkZWZpbml0aW9uIHdpdGggdGhpcyBzbHVnIG9yIG5hbWUuICovXG4gIHB1YmxpYyBnZXQoc2x1Z09yTmFtZTogc3RyaW5nKTogVGVtcGxhdGVEZWZpbml0aW9uIHtcbiAgICBjb25zdCBlID0gdGhpcy5maW5kKHNsdWdPck5hbWUpO1xuICAgIGlmICghZSkge1xuICAgICAgdGhyb3cgbmV3IFdvcmtzcGFjZUlucHV0RXJyb3IoW3Byb2JsZW0oe1xuICAgICAgICBjb2RlOiAndW5rbm93bi10ZW1wbGF0ZScsXG4gICAgICAgIG1lc3NhZ2U6IGBubyB0ZW1wbGF0ZSB3aXRoIHNsdWcgb3IgbmFtZSBcIiR7c2x1Z09yTmFtZX1cIiBpbiB0aGUgY2F0YWxvZ2AsXG4gICAgICAgIHZhbHVlOiBzbHVnT3JOYW1lLFxuICAgICAgICBmaXg6IGB1c2Ugb25lIG9mICR7dGhpcy5zbHVncygpLmpvaW4oJywgJyl9YCxcbiAgICAgIH0pXSk7XG4gICAgfVxuICAgIHJldHVybiBlLmRlZmluaXRpb247XG4gIH1cblxuICAvKiogV2hldGhlciBhIHRlbXBsYXRlIHdpdGggdGhpcyBzbHVnIG9yIG5hbWUgZXhpc3RzLiAqL1xuICBwdWJsaWMgaGFzKHNsdWdPck5hbWU6IHN0cmluZyk6IGJvb2xlYW4ge1xuICAgIHJldHVybiB0aGlzLmZpbmQoc2x1Z09yTmFtZSkgIT09IHVuZGVmaW5lZDtcbiAgfVxuXG4gIC8qKiBBbGwgc2x1Z3MsIHNvcnRlZC4gKi9cbiAgcHVibGljIHNsdWdzKCk6IHN0cmluZ1tdIHtcbiAgICByZXR1cm4gdGhpcy5lbnRyaWVzLm1hcCgoZSkgPT4gZS5kZWZpbml0aW9uLnNsdWcpLnNvcnQoKTtcbiAgfVxuXG4gIC8qKiBXYXJuaW5ncyBmb3VuZCB3aGlsZSBsb2FkaW5nIGEgdGVtcGxhdGUgKHVua25vd24gZmllbGRzIGFuZCB0aGUgbGlrZSkuICovXG4gIHB1YmxpYyB3YXJuaW5nc09mKHNsdWdPck5hbWU6IHN0cmluZyk6IERpYWdub3N0aWNbXSB7XG4gICAgdGhpcy5nZXQoc2x1Z09yTmFtZSk7XG4gICAgcmV0dXJuIFsuLi50aGlzLmZpbmQoc2x1Z09yTmFtZSkhLndhcm5pbmdzXTtcbiAgfVxuXG4gIC8qKlxuICAgKiBSZXNvbHZlcyBhIHRlbXBsYXRlOiBwYXJlbnRzIG1lcmdlZCwgcGFyYW1ldGVycyBjaGVja2VkIGFuZCBzdWJzdGl0dXRlZC5cbiAgICogQHBhcmFtIHNsdWdPck5hbWUgdGhlIHRlbXBsYXRlXG4gICAqIEBwYXJhbSBwYXJhbWV0ZXJzIHBhcmFtZXRlciB2YWx1ZXMgYnkgbmFtZTsgZGVmYXVsdHMgZmlsbCB0aGUgcmVzdFxuICAgKi9cbiAgcHVibGljIHJlc29sdmUoc2x1Z09yTmFtZTogc3RyaW5nLCBwYXJhbWV0ZXJzPzogeyBbbmFtZTogc3RyaW5nXTogc3RyaW5nIH0pOiBSZXNvbHZlZFRlbXBsYXRlIHtcbiAgICBjb25zdCBrZXkgPSBgJHtzbHVnT3JOYW1lfVxcdTAwMDAke0pTT04uc3RyaW5naWZ5KE9iamVjdC5lbnRyaWVzKHBhcmFtZXRlcnMgPz8ge30pLnNvcnQoKSl9YDtcbiAgICBjb25zdCBoaXQgPSB0aGlzLmNhY2hlLmdldChrZXkpO1xuICAgIGlmIChoaXQpIHJldHVybiBoaXQ7XG4gICAgY29uc3QgciA9IHRoaXMucmVzb2x2ZXIucmVzb2x2ZSh7IGtleTogc2x1Z09yTmFtZSwgcGFyYW1ldGVycyB9KTtcbiAgICBjb25zdCBkZWYgPSByLmRlZmluaXRpb247XG4gICAgbGV0IGRlZmF1bHRTaXplID0gci5taW5pbXVtU2l6ZSA/PyBXb3Jrc3BhY2VTaXplLk07XG4gICAgY29uc3QgdHlwZWQgPSBkZWYuaW5zdGFuY2VEZWZhdWx0cz8udHlwZSA/IFNpemVzLnNpemVPZkluc3RhbmNlVHlwZShkZWYuaW5zdGFuY2VEZWZhdWx0cy50eXBlKSA6IHVuZGVmaW5lZDtcbiAgICBpZiAodHlwZWQgJiYgKCFyLm1pbmltdW1TaXplIHx8IFNpemVzLnNhdGlzZmllcyh0eXBlZCwgci5taW5pbXVtU2l6ZSkpKSBkZWZhdWx0U2l6ZSA9IHR5cGVkO1xuICAgIGNvbnN0IHJlc29sdmVkOiBSZXNvbHZlZFRlbXBsYXRlID0ge1xuICAgICAgc2x1ZzogZGVmLnNsdWcsXG4gICAgICBuYW1lOiBkZWYubmFtZSxcbiAgICAgIGRlZmluaXRpb246IGRlZixcbiAgICAgIGluaGVyaXRhbmNlQ2hhaW46IHIuY2hhaW4sXG4gICAgICBwYXJhbWV0ZXJWYWx1ZXM6IHIucGFyYW1ldGVyVmFsdWVzLFxuICAgICAgb3M6IHIub3MsXG4gICAgICBjb25uZWN0aW9uVHlwZTogci5jb25uZWN0aW9uVHlwZSxcbiAgICAgIHBhY2thZ2VNYW5hZ2VyOiByLnBhY2thZ2VNYW5hZ2VyLFxuICAgICAgbWluaW11bVNpemU6IHIubWluaW11bVNpemUsXG4gICAgICBkZWZhdWx0U2l6ZSxcbiAgICAgIHdhcm5pbmdzOiByLndhcm5pbmdzLFxuICAgIH07XG4gICAgdGhpcy5jYWNoZS5zZXQoa2V5LCByZXNvbHZlZCk7XG4gICAgcmV0dXJuIHJlc29sdmVkO1xuICB9XG5cbiAgLyoqIFJlc29sdmVzIGV2ZXJ5IHRlbXBsYXRlIHdpdGggZGVmYXVsdCBwYXJhbWV0ZXJzOyB0aHJvd3Mgb24gdGhlIGZpcnN0IHRoYXQgZmFpbHMuICovXG4gIHB1YmxpYyByZXNvbHZlQWxsKCk6IFJlc29sdmVkVGVtcGxhdGVbXSB7XG4gICAgcmV0dXJuIHRoaXMuc2x1Z3MoKS5tYXAoKHMpID0+IHRoaXMucmVzb2x2ZShzKSk7XG4gIH1cblxuICAvKipcbiAgICogUmVzb2x2ZXMgZXZlcnkgdGVtcGxhdGUgd2l0aCBkZWZhdWx0IHBhcmFtZXRlcnMsIGNvbGxlY3RpbmcgZmFpbHVyZXMgaW5zdGVhZCBvZiB0aHJvd2luZy5cbiAgICovXG4gIHB1YmxpYyBjaGVjaygpOiBDYXRhbG9nQ2hlY2sge1xuICAgIGNvbnN0IHJlc29sdmVkOiBSZXNvbHZlZFRlbXBsYXRlW10gPSBbXTtcbiAgICBjb25zdCBmYWlsdXJlczogUmVqZWN0ZWRUZW1wbGF0ZVtdID0gWy4uLnRoaXMucmVqZWN0ZWRMaXN0XTtcbiAgICBmb3IgKGNvbnN0IGUgb2YgWy4uLnRoaXMuZW50cmllc10uc29ydCgoYSwgYikgPT4gYnlDb2RlUG9pbnQoYS5kZWZpbml0aW9uLnNsdWcsIGIuZGVmaW5pdGlvbi5zbHVnKSkpIHtcbiAgICAgIHRyeSB7XG4gICAgICAgIHJlc29sdmVkLnB1c2godGhpcy5yZXNvbHZlKGUuZGVmaW5pdGlvbi5zbHVnKSk7XG4gICAgICB9IGNhdGNoIChlcnIpIHtcbiAgICAgICAgaWYgKCFXb3Jrc3BhY2VJbnB1dEVycm9yLmlzV29ya3NwYWNlSW5wdXRFcnJvcihlcnIpKSB0aHJvdyBlcnI7XG4gICAgICAgIGZhaWx1cmVzLnB1c2goeyBmaWxlOiBlLmRlZmluaXRpb24uc291cmNlLCBkaWFnbm9zdGljczogZXJyLmRpYWdub3N0aWNzLCBtZXNzYWdlOiBlcnIubWVzc2FnZSB9KTtcbiAgICAgIH1cbiAgICB9XG4gICAgcmV0dXJuIHsgcmVzb2x2ZWQsIGZhaWx1cmVzIH07XG4gIH1cblxuICAvKiogUmVzb2x2ZWQgdGVtcGxhdGVzIG1hdGNoaW5nIGV2ZXJ5IGdpdmVuIGZpbHRlciwgc29ydGVkIGJ5IHNsdWcuICovXG4gIHB1YmxpYyBxdWVyeShxOiBDYXRhbG9nUXVlcnkgPSB7fSk6IFJlc29sdmVkVGVtcGxhdGVbXSB7XG4gICAgY29uc3QgZXEgPSAoYTogc3RyaW5nIHwgdW5kZWZpbmVkLCBiOiBzdHJpbmcgfCB1bmRlZmluZWQpID0+IGIgPT09IHVuZGVmaW5lZCB8fCAoYSA/PyAnJykudG9Mb3dlckNhc2UoKSA9PT0gYi50b0xvd2VyQ2FzZSgpO1xuICAgIHJldHVybiB0aGlzLnJlc29sdmVBbGwoKS5maWx0ZXIoKHQpID0+XG4gICAgICAocS5zbHVnID09PSB1bmRlZmluZWQgfHwgdC5zbHVnID09PSBxLnNsdWcpXG4gICAgICAmJiBlcSh0LmRlZmluaXRpb24uY2F0ZWdvcnksIHEuY2F0ZWdvcnkpXG4gICAgICAmJiBlcSh0LmRlZmluaXRpb24uZG9tYWluLCBxLmRvbWFpbilcbiAgICAgICYmIChxLm9zID09PSB1bmRlZmluZWQgfHwgdC5vcyA9PT0gcS5vcylcbiAgICAgICYmIChxLmNvbm5lY3Rpb25UeXBlID09PSB1bmRlZmluZWQgfHwgdC5jb25uZWN0aW9uVHlwZSA9PT0gcS5jb25uZWN0aW9uVHlwZSB8fCB0LmNvbm5lY3Rpb25UeXBlID09PSBDb25uZWN0aW9uVHlwZS5BTEwpKTtcbiAgfVxuXG4gIHByaXZhdGUgZmluZChrZXk6IHN0cmluZyk6IENhdGFsb2dFbnRyeSB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMuYnlTbHVnLmdldChrZXkpID8/IHRoaXMuYnlOYW1lLmdldChrZXkpO1xuICB9XG5cbiAgcHJpdmF0ZSBhZGRFbnRyeShwYXJzZWQ6IHsgZGVmaW5pdGlvbjogVGVtcGxhdGVEZWZpbml0aW9uOyB3YXJuaW5nczogRGlhZ25vc3RpY1tdOyBzb3VyY2U/OiBZYW1sU291cmNlIH0pOiBUZW1wbGF0ZURlZmluaXRpb24ge1xuICAgIGNvbnN0IGVudHJ5OiBDYXRhbG9nRW50cnkgPSB7IGRlZmluaXRpb246IHBhcnNlZC5kZWZpbml0aW9uLCBzb3VyY2U6IHBhcnNlZC5zb3VyY2UsIHdhcm5pbmdzOiBwYXJzZWQud2FybmluZ3MgfTtcbiAgICBjb25zdCBwcmV2ID0gdGhpcy5ieVNsdWcuZ2V0KGVudHJ5LmRlZmluaXRpb24uc2x1Zyk7XG4gICAgY29uc3Qgc2FtZU5hbWUgPSB0aGlzLmJ5TmFtZS5nZXQoZW50cnkuZGVmaW5pdGlvbi5uYW1lKTtcbiAgICBpZiAoc2FtZU5hbWUgJiYgc2FtZU5hbWUgIT09IHByZXYpIHtcbiAgICAgIC8vIENoZWNrZWQgYmVmb3JlIGFueXRoaW5nIGNoYW5nZXM6IGEgcmVqZWN0ZWQgdGVtcGxhdGUgbGVhdmVzIHRoZSBjYXRhbG9nIGFzIGl0IHdhcy5cbiAgICAgIHRocm93IG5ldyBXb3Jrc3BhY2VJbnB1dEVycm9yKFtwcm9ibGVtKHtcbiAgICAgICAgY29kZTogJ2R1cGxpY2F0ZS1uYW1lJyxcbiAgICAgICAgbWVzc2FnZTogYHRlbXBsYXRlIG5hbWUgXCIke2VudHJ5LmRlZmluaXRpb24ubmFtZX1cIiBpcyBhbHJlYWR5IHVzZWQgYnkgJHtzYW1lTmFtZS5kZWZpbml0aW9uLnNvdXJjZX0gKHNsdWcgJHtzYW1lTmFtZS5kZWZpbml0aW9uLnNsdWd9KWAsXG4gICAgICAgIGZpZWxkOiAnbmFtZScsXG4gICAgICAgIHZhbHVlOiBlbnRyeS5kZWZpbml0aW9uLm5hbWUsXG4gICAgICAgIGZpeDogJ2dpdmUgZWFjaCB0ZW1wbGF0ZSBhIHVuaXF1ZSBuYW1lJyxcbiAgICAgICAgbG9jYXRpb246IHBhcnNlZC5zb3VyY2UgPyBwYXJzZWQuc291cmNlLmxvY2F0ZShbJ25hbWUnXSkgOiB7IGZpbGU6IGVudHJ5LmRlZmluaXRpb24uc291cmNlIH0sXG4gICAgICB9KV0pO1xuICAgIH1cbiAgICBpZiAocHJldikge1xuICAgICAgdGhpcy5lbnRyaWVzLnNwbGljZSh0aGlzLmVudHJpZXMuaW5kZXhPZihwcmV2KSwgMSk7XG4gICAgICB0aGlzLmJ5TmFtZS5kZWxldGUocHJldi5kZWZpbml0aW9uLm5hbWUpO1xuICAgICAgZW50cnkud2FybmluZ3MucHVzaChwcm9ibGVtKHtcbiAgICAgICAgc2V2ZXJpdHk6IERpYWdub3N0aWNTZXZlcml0eS5XQVJOSU5HLFxuICAgICAgICBjb2RlOiAndGVtcGxhdGUtb3ZlcnJpZGRlbicsXG4gICAgICAgIG1lc3NhZ2U6IGByZXBsYWNlcyB0aGUgdGVtcGxhdGUgd2l0aCB0aGUgc2FtZSBzbHVnIGZyb20gJHtwcmV2LmRlZmluaXRpb24uc291cmNlfWAsXG4gICAgICAgIGZpZWxkOiAnc2x1ZycsXG4gICAgICAgIHZhbHVlOiBlbnRyeS5kZWZpbml0aW9uLnNsdWcsXG4gICAgICAgIGZpeDogJ2dpdmUgaXQgYW5vdGhlciBzbHVnIGlmIGJvdGggc2hvdWxkIGV4aXN0JyxcbiAgICAgICAgbG9jYXRpb246IHBhcnNlZC5zb3VyY2UgPyBwYXJzZWQuc291cmNlLmxvY2F0ZShbJ3NsdWcnXSkgOiB7IGZpbGU6IGVudHJ5LmRlZmluaXRpb24uc291cmNlIH0sXG4gICAgICB9KSk7XG4gICAgfVxuICAgIHRoaXMuZW50cmllcy5wdXNoKGVudHJ5KTtcbiAgICB0aGlzLmJ5U2x1Zy5zZXQoZW50cnkuZGVmaW5pdGlvbi5zbHVnLCBlbnRyeSk7XG4gICAgdGhpcy5ieU5hbWUuc2V0KGVudHJ5LmRlZmluaXRpb24ubmFtZSwgZW50cnkpO1xuICAgIHRoaXMuY2FjaGUuY2xlYXIoKTtcbiAgICByZXR1cm4gZW50cnkuZGVmaW5pdGlvbjtcbiAgfVxufVxuXG4vKiogUmVzdWx0IG9mIGBUZW1wbGF0ZUNhdGFsb2cuY2hlY2soKWAuICovXG5leHBvcnQgaW50ZXJmYWNlIENhdGFsb2dDaGVjayB7XG4gIC8qKiBUZW1wbGF0ZXMgdGhhdCByZXNvbHZlZC4gKi9cbiAgcmVhZG9ubHkgcmVzb2x2ZWQ6IFJlc29sdmVkVGVtcGxhdGVbXTtcbiAgLyoqIEZpbGVzIG9yIHRlbXBsYXRlcyB0aGF0IGZhaWxlZCwgd2l0aCByZWFzb25zLiAqL1xuICByZWFkb25seSBmYWlsdXJlczogUmVqZWN0ZWRUZW1wbGF0ZVtdO1xufVxuXG4vKiogQm91bmRlZDogcmVmdXNlcyBgL2AsIC9wcm9jLCAvc3lzIGFuZCAvZGV2LCBza2lwcyBzeW1saW5rcyBhbmQgbW91bnQgcG9pbnRzLCBzdG9wcyBwYXN0IDUsMDAwIGZpbGVzIChpbnB1dC1maWxlcy50cykuICovXG5mdW5jdGlvbiBsaXN0WWFtbChkaXI6IHN0cmluZywgcmVjdXJzaXZlOiBib29sZWFuKTogc3RyaW5nW10ge1xuICByZXR1cm4gbGlzdFlhbWxCb3VuZGVkKGRpciwgcmVjdXJzaXZlLCBURU1QTEFURV9XQUxLX0xJTUlUUywgYnlDb2RlUG9pbnQpO1xufVxuIl19