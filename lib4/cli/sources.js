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
exports.REGISTRY_OPTION = exports.TEMPLATE_OPTIONS = void 0;
exports.userPath = userPath;
exports.shownPath = shownPath;
exports.samePath = samePath;
exports.isInside = isInside;
exports.templateFolders = templateFolders;
exports.loadCatalog = loadCatalog;
exports.allFolders = allFolders;
exports.listYamlFiles = listYamlFiles;
exports.keyValues = keyValues;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const catalog_1 = require("../workspaces/catalog");
const input_files_1 = require("../workspaces/private/input-files");
/**
 * Where commands find their input files: template folders, the registry, the policy.
 * Relative paths stay relative in messages, so `file:line` is clickable in a terminal or CI log.
 */
/** `--dir` and `--no-bundled`, taken by every command that reads templates. */
exports.TEMPLATE_OPTIONS = [
    { name: 'dir', value: 'folder', repeat: true, help: 'a folder of template YAML files (default: ./templates when present); later folders override earlier ones by slug' },
    { name: 'bundled', negatable: true, help: 'load the bundled catalog first, so templates can inherit from it (default; --no-bundled leaves it out)' },
];
/** `--registry`, taken by every command that reads or edits users. */
exports.REGISTRY_OPTION = {
    name: 'registry', value: 'file', help: 'the user registry (default: ./users.yaml); its lock file is <name>.lock.json beside it',
};
/** A path as the user should see it: relative to the working directory when it was given relative. */
function userPath(ctx, p) {
    if (path.isAbsolute(p))
        return p;
    const abs = path.resolve(ctx.cwd, p);
    return path.relative(process.cwd(), abs) || '.';
}
/** A path for messages: relative to the working directory when it is inside it, else absolute. */
function shownPath(p) {
    const abs = path.resolve(p);
    const rel = path.relative(process.cwd(), abs);
    return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
}
/** Whether two paths name the same existing file or folder. */
function samePath(a, b) {
    try {
        return fs.realpathSync(a) === fs.realpathSync(b);
    }
    catch {
        return path.resolve(a) === path.resolve(b);
    }
}
/** Whether `file` is inside `folder` (or is it). */
function isInside(file, folder) {
    const rel = path.relative(real(folder), real(file));
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
function real(p) {
    try {
        return fs.realpathSync(p);
    }
    catch {
        return path.resolve(p);
    }
}
/** Folders from `[dir...]` positionals and `--dir` options, else ./templates when present. */
function templateFolders(ctx, input, positional = []) {
    const named = [...positional, ...input.list('dir')].map((d) => userPath(ctx, d));
    const bundled = input.flag('bundled') !== false;
    if (named.length > 0)
        return { folders: named, explicit: true, bundled };
    const local = path.resolve(ctx.cwd, 'templates');
    const folders = fs.existsSync(local) && fs.statSync(local).isDirectory() ? [userPath(ctx, 'templates')] : [];
    return { folders, explicit: false, bundled };
}
/**
 * A catalog of the bundled templates (unless left out) and the folders, loaded leniently:
 * files that fail are in `catalog.rejected`, so one broken file does not hide the others.
 */
function loadCatalog(f) {
    const catalog = new catalog_1.TemplateCatalog();
    const bundledDir = catalog_1.TemplateCatalog.bundledDirectory();
    if (f.bundled)
        catalog.loadDirectory(bundledDir, { strict: false });
    for (const dir of f.folders) {
        if (f.bundled && samePath(dir, bundledDir))
            continue; // e.g. ./templates inside this repository
        catalog.loadDirectory(dir, { strict: false });
    }
    return catalog;
}
/** Every folder a command reads, bundled first, without repeats. */
function allFolders(f) {
    const bundledDir = catalog_1.TemplateCatalog.bundledDirectory();
    const out = f.bundled ? [bundledDir] : [];
    for (const d of f.folders)
        if (!out.some((o) => samePath(o, d)))
            out.push(d);
    return out;
}
/**
 * `.yml`/`.yaml` files of a folder and its sub-folders (hidden folders, symlinks and mount
 * points skipped), sorted; bounded like the catalog's walk (refuses `/`, /proc, /sys, /dev).
 */
function listYamlFiles(dir) {
    return (0, input_files_1.listYamlBounded)(dir, true);
}
/** Parses `key=value` pairs (for --param and --tag). */
function keyValues(items, option, onError) {
    const out = {};
    for (const item of items) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw onError(`--${option} takes key=value (got "${item}")`);
        out[item.slice(0, eq).trim()] = item.slice(eq + 1);
    }
    return out;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic291cmNlcy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uL3NyYy9jbGkvc291cmNlcy50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUF1QkEsNEJBSUM7QUFHRCw4QkFJQztBQUdELDRCQU1DO0FBR0QsNEJBR0M7QUFxQkQsMENBT0M7QUFNRCxrQ0FTQztBQUdELGdDQUtDO0FBTUQsc0NBRUM7QUFHRCw4QkFRQztBQXZIRCx1Q0FBeUI7QUFDekIsMkNBQTZCO0FBRTdCLG1EQUF3RDtBQUN4RCxtRUFBb0U7QUFFcEU7OztHQUdHO0FBRUgsK0VBQStFO0FBQ2xFLFFBQUEsZ0JBQWdCLEdBQWlCO0lBQzVDLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsUUFBUSxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLGtIQUFrSCxFQUFFO0lBQ3hLLEVBQUUsSUFBSSxFQUFFLFNBQVMsRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSx3R0FBd0csRUFBRTtDQUNySixDQUFDO0FBRUYsc0VBQXNFO0FBQ3pELFFBQUEsZUFBZSxHQUFlO0lBQ3pDLElBQUksRUFBRSxVQUFVLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsd0ZBQXdGO0NBQ2hJLENBQUM7QUFFRixzR0FBc0c7QUFDdEcsU0FBZ0IsUUFBUSxDQUFDLEdBQVksRUFBRSxDQUFTO0lBQzlDLElBQUksSUFBSSxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUM7UUFBRSxPQUFPLENBQUMsQ0FBQztJQUNqQyxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDckMsT0FBTyxJQUFJLENBQUMsUUFBUSxDQUFDLE9BQU8sQ0FBQyxHQUFHLEVBQUUsRUFBRSxHQUFHLENBQUMsSUFBSSxHQUFHLENBQUM7QUFDbEQsQ0FBQztBQUVELGtHQUFrRztBQUNsRyxTQUFnQixTQUFTLENBQUMsQ0FBUztJQUNqQyxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQzVCLE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxRQUFRLENBQUMsT0FBTyxDQUFDLEdBQUcsRUFBRSxFQUFFLEdBQUcsQ0FBQyxDQUFDO0lBQzlDLE9BQU8sR0FBRyxLQUFLLEVBQUUsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLElBQUksQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDO0FBQ3JGLENBQUM7QUFFRCwrREFBK0Q7QUFDL0QsU0FBZ0IsUUFBUSxDQUFDLENBQVMsRUFBRSxDQUFTO0lBQzNDLElBQUksQ0FBQztRQUNILE9BQU8sRUFBRSxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsS0FBSyxFQUFFLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ25ELENBQUM7SUFBQyxNQUFNLENBQUM7UUFDUCxPQUFPLElBQUksQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEtBQUssSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUM3QyxDQUFDO0FBQ0gsQ0FBQztBQUVELG9EQUFvRDtBQUNwRCxTQUFnQixRQUFRLENBQUMsSUFBWSxFQUFFLE1BQWM7SUFDbkQsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7SUFDcEQsT0FBTyxHQUFHLEtBQUssRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQ3hFLENBQUM7QUFFRCxTQUFTLElBQUksQ0FBQyxDQUFTO0lBQ3JCLElBQUksQ0FBQztRQUNILE9BQU8sRUFBRSxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUM1QixDQUFDO0lBQUMsTUFBTSxDQUFDO1FBQ1AsT0FBTyxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ3pCLENBQUM7QUFDSCxDQUFDO0FBWUQsOEZBQThGO0FBQzlGLFNBQWdCLGVBQWUsQ0FBQyxHQUFZLEVBQUUsS0FBWSxFQUFFLGFBQXVCLEVBQUU7SUFDbkYsTUFBTSxLQUFLLEdBQUcsQ0FBQyxHQUFHLFVBQVUsRUFBRSxHQUFHLEtBQUssQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLFFBQVEsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUNqRixNQUFNLE9BQU8sR0FBRyxLQUFLLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxLQUFLLEtBQUssQ0FBQztJQUNoRCxJQUFJLEtBQUssQ0FBQyxNQUFNLEdBQUcsQ0FBQztRQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsS0FBSyxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLENBQUM7SUFDekUsTUFBTSxLQUFLLEdBQUcsSUFBSSxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsR0FBRyxFQUFFLFdBQVcsQ0FBQyxDQUFDO0lBQ2pELE1BQU0sT0FBTyxHQUFHLEVBQUUsQ0FBQyxVQUFVLENBQUMsS0FBSyxDQUFDLElBQUksRUFBRSxDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsR0FBRyxFQUFFLFdBQVcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztJQUM3RyxPQUFPLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLENBQUM7QUFDL0MsQ0FBQztBQUVEOzs7R0FHRztBQUNILFNBQWdCLFdBQVcsQ0FBQyxDQUFrQjtJQUM1QyxNQUFNLE9BQU8sR0FBRyxJQUFJLHlCQUFlLEVBQUUsQ0FBQztJQUN0QyxNQUFNLFVBQVUsR0FBRyx5QkFBZSxDQUFDLGdCQUFnQixFQUFFLENBQUM7SUFDdEQsSUFBSSxDQUFDLENBQUMsT0FBTztRQUFFLE9BQU8sQ0FBQyxhQUFhLENBQUMsVUFBVSxFQUFFLEVBQUUsTUFBTSxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUM7SUFDcEUsS0FBSyxNQUFNLEdBQUcsSUFBSSxDQUFDLENBQUMsT0FBTyxFQUFFLENBQUM7UUFDNUIsSUFBSSxDQUFDLENBQUMsT0FBTyxJQUFJLFFBQVEsQ0FBQyxHQUFHLEVBQUUsVUFBVSxDQUFDO1lBQUUsU0FBUyxDQUFDLDBDQUEwQztRQUNoRyxPQUFPLENBQUMsYUFBYSxDQUFDLEdBQUcsRUFBRSxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDO0lBQ2hELENBQUM7SUFDRCxPQUFPLE9BQU8sQ0FBQztBQUNqQixDQUFDO0FBRUQsb0VBQW9FO0FBQ3BFLFNBQWdCLFVBQVUsQ0FBQyxDQUFrQjtJQUMzQyxNQUFNLFVBQVUsR0FBRyx5QkFBZSxDQUFDLGdCQUFnQixFQUFFLENBQUM7SUFDdEQsTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO0lBQzFDLEtBQUssTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLE9BQU87UUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsUUFBUSxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztZQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDN0UsT0FBTyxHQUFHLENBQUM7QUFDYixDQUFDO0FBRUQ7OztHQUdHO0FBQ0gsU0FBZ0IsYUFBYSxDQUFDLEdBQVc7SUFDdkMsT0FBTyxJQUFBLDZCQUFlLEVBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxDQUFDO0FBQ3BDLENBQUM7QUFFRCx3REFBd0Q7QUFDeEQsU0FBZ0IsU0FBUyxDQUFDLEtBQWUsRUFBRSxNQUFjLEVBQUUsT0FBK0I7SUFDeEYsTUFBTSxHQUFHLEdBQThCLEVBQUUsQ0FBQztJQUMxQyxLQUFLLE1BQU0sSUFBSSxJQUFJLEtBQUssRUFBRSxDQUFDO1FBQ3pCLE1BQU0sRUFBRSxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLENBQUM7UUFDN0IsSUFBSSxFQUFFLElBQUksQ0FBQztZQUFFLE1BQU0sT0FBTyxDQUFDLEtBQUssTUFBTSwwQkFBMEIsSUFBSSxJQUFJLENBQUMsQ0FBQztRQUMxRSxHQUFHLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQztJQUNyRCxDQUFDO0lBQ0QsT0FBTyxHQUFHLENBQUM7QUFDYixDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0ICogYXMgZnMgZnJvbSAnZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdwYXRoJztcbmltcG9ydCB7IENvbnRleHQsIElucHV0LCBPcHRpb25TcGVjIH0gZnJvbSAnLi9jb21tYW5kJztcbmltcG9ydCB7IFRlbXBsYXRlQ2F0YWxvZyB9IGZyb20gJy4uL3dvcmtzcGFjZXMvY2F0YWxvZyc7XG5pbXBvcnQgeyBsaXN0WWFtbEJvdW5kZWQgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3ByaXZhdGUvaW5wdXQtZmlsZXMnO1xuXG4vKipcbiAqIFdoZXJlIGNvbW1hbmRzIGZpbmQgdGhlaXIgaW5wdXQgZmlsZXM6IHRlbXBsYXRlIGZvbGRlcnMsIHRoZSByZWdpc3RyeSwgdGhlIHBvbGljeS5cbiAqIFJlbGF0aXZlIHBhdGhzIHN0YXkgcmVsYXRpdmUgaW4gbWVzc2FnZXMsIHNvIGBmaWxlOmxpbmVgIGlzIGNsaWNrYWJsZSBpbiBhIHRlcm1pbmFsIG9yIENJIGxvZy5cbiAqL1xuXG4vKiogYC0tZGlyYCBhbmQgYC0tbm8tYnVuZGxlZGAsIHRha2VuIGJ5IGV2ZXJ5IGNvbW1hbmQgdGhhdCByZWFkcyB0ZW1wbGF0ZXMuICovXG5leHBvcnQgY29uc3QgVEVNUExBVEVfT1BUSU9OUzogT3B0aW9uU3BlY1tdID0gW1xuICB7IG5hbWU6ICdkaXInLCB2YWx1ZTogJ2ZvbGRlcicsIHJlcGVhdDogdHJ1ZSwgaGVscDogJ2EgZm9sZGVyIG9mIHRlbXBsYXRlIFlBTUwgZmlsZXMgKGRlZmF1bHQ6IC4vdGVtcGxhdGVzIHdoZW4gcHJlc2VudCk7IGxhdGVyIGZvbGRlcnMgb3ZlcnJpZGUgZWFybGllciBvbmVzIGJ5IHNsdWcnIH0sXG4gIHsgbmFtZTogJ2J1bmRsZWQnLCBuZWdhdGFibGU6IHRydWUsIGhlbHA6ICdsb2FkIHRoZSBidW5kbGVkIGNhdGFsb2cgZmlyc3QsIHNvIHRlbXBsYXRlcyBjYW4gaW5oZXJpdCBmcm9tIGl0IChkZWZhdWx0OyAtLW5vLWJ1bmRsZWQgbGVhdmVzIGl0IG91dCknIH0sXG5dO1xuXG4vKiogYC0tcmVnaXN0cnlgLCB0YWtlbiBieSBldmVyeSBjb21tYW5kIHRoYXQgcmVhZHMgb3IgZWRpdHMgdXNlcnMuICovXG5leHBvcnQgY29uc3QgUkVHSVNUUllfT1BUSU9OOiBPcHRpb25TcGVjID0ge1xuICBuYW1lOiAncmVnaXN0cnknLCB2YWx1ZTogJ2ZpbGUnLCBoZWxwOiAndGhlIHVzZXIgcmVnaXN0cnkgKGRlZmF1bHQ6IC4vdXNlcnMueWFtbCk7IGl0cyBsb2NrIGZpbGUgaXMgPG5hbWU+LmxvY2suanNvbiBiZXNpZGUgaXQnLFxufTtcblxuLyoqIEEgcGF0aCBhcyB0aGUgdXNlciBzaG91bGQgc2VlIGl0OiByZWxhdGl2ZSB0byB0aGUgd29ya2luZyBkaXJlY3Rvcnkgd2hlbiBpdCB3YXMgZ2l2ZW4gcmVsYXRpdmUuICovXG5leHBvcnQgZnVuY3Rpb24gdXNlclBhdGgoY3R4OiBDb250ZXh0LCBwOiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZiAocGF0aC5pc0Fic29sdXRlKHApKSByZXR1cm4gcDtcbiAgY29uc3QgYWJzID0gcGF0aC5yZXNvbHZlKGN0eC5jd2QsIHApO1xuICByZXR1cm4gcGF0aC5yZWxhdGl2ZShwcm9jZXNzLmN3ZCgpLCBhYnMpIHx8ICcuJztcbn1cblxuLyoqIEEgcGF0aCBmb3IgbWVzc2FnZXM6IHJlbGF0aXZlIHRvIHRoZSB3b3JraW5nIGRpcmVjdG9yeSB3aGVuIGl0IGlzIGluc2lkZSBpdCwgZWxzZSBhYnNvbHV0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzaG93blBhdGgocDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgYWJzID0gcGF0aC5yZXNvbHZlKHApO1xuICBjb25zdCByZWwgPSBwYXRoLnJlbGF0aXZlKHByb2Nlc3MuY3dkKCksIGFicyk7XG4gIHJldHVybiByZWwgPT09ICcnID8gJy4nIDogcmVsLnN0YXJ0c1dpdGgoJy4uJykgfHwgcGF0aC5pc0Fic29sdXRlKHJlbCkgPyBhYnMgOiByZWw7XG59XG5cbi8qKiBXaGV0aGVyIHR3byBwYXRocyBuYW1lIHRoZSBzYW1lIGV4aXN0aW5nIGZpbGUgb3IgZm9sZGVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNhbWVQYXRoKGE6IHN0cmluZywgYjogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIGZzLnJlYWxwYXRoU3luYyhhKSA9PT0gZnMucmVhbHBhdGhTeW5jKGIpO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gcGF0aC5yZXNvbHZlKGEpID09PSBwYXRoLnJlc29sdmUoYik7XG4gIH1cbn1cblxuLyoqIFdoZXRoZXIgYGZpbGVgIGlzIGluc2lkZSBgZm9sZGVyYCAob3IgaXMgaXQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzSW5zaWRlKGZpbGU6IHN0cmluZywgZm9sZGVyOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgY29uc3QgcmVsID0gcGF0aC5yZWxhdGl2ZShyZWFsKGZvbGRlciksIHJlYWwoZmlsZSkpO1xuICByZXR1cm4gcmVsID09PSAnJyB8fCAoIXJlbC5zdGFydHNXaXRoKCcuLicpICYmICFwYXRoLmlzQWJzb2x1dGUocmVsKSk7XG59XG5cbmZ1bmN0aW9uIHJlYWwocDogc3RyaW5nKTogc3RyaW5nIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gZnMucmVhbHBhdGhTeW5jKHApO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gcGF0aC5yZXNvbHZlKHApO1xuICB9XG59XG5cbi8qKiBUaGUgdGVtcGxhdGUgZm9sZGVycyBhIGNvbW1hbmQgd29ya3Mgb24uICovXG5leHBvcnQgaW50ZXJmYWNlIFRlbXBsYXRlRm9sZGVycyB7XG4gIC8qKiBGb2xkZXJzIG5hbWVkIHdpdGggLS1kaXIgKG9yIHBvc2l0aW9uYWxseSksIG9yIC4vdGVtcGxhdGVzIHdoZW4gcHJlc2VudC4gKi9cbiAgcmVhZG9ubHkgZm9sZGVyczogc3RyaW5nW107XG4gIC8qKiBXaGV0aGVyIGZvbGRlcnMgd2VyZSBuYW1lZCBvbiB0aGUgY29tbWFuZCBsaW5lLiAqL1xuICByZWFkb25seSBleHBsaWNpdDogYm9vbGVhbjtcbiAgLyoqIFdoZXRoZXIgdGhlIGJ1bmRsZWQgY2F0YWxvZyBpcyBsb2FkZWQgdG9vLiAqL1xuICByZWFkb25seSBidW5kbGVkOiBib29sZWFuO1xufVxuXG4vKiogRm9sZGVycyBmcm9tIGBbZGlyLi4uXWAgcG9zaXRpb25hbHMgYW5kIGAtLWRpcmAgb3B0aW9ucywgZWxzZSAuL3RlbXBsYXRlcyB3aGVuIHByZXNlbnQuICovXG5leHBvcnQgZnVuY3Rpb24gdGVtcGxhdGVGb2xkZXJzKGN0eDogQ29udGV4dCwgaW5wdXQ6IElucHV0LCBwb3NpdGlvbmFsOiBzdHJpbmdbXSA9IFtdKTogVGVtcGxhdGVGb2xkZXJzIHtcbiAgY29uc3QgbmFtZWQgPSBbLi4ucG9zaXRpb25hbCwgLi4uaW5wdXQubGlzdCgnZGlyJyldLm1hcCgoZCkgPT4gdXNlclBhdGgoY3R4LCBkKSk7XG4gIGNvbnN0IGJ1bmRsZWQgPSBpbnB1dC5mbGFnKCdidW5kbGVkJykgIT09IGZhbHNlO1xuICBpZiAobmFtZWQubGVuZ3RoID4gMCkgcmV0dXJuIHsgZm9sZGVyczogbmFtZWQsIGV4cGxpY2l0OiB0cnVlLCBidW5kbGVkIH07XG4gIGNvbnN0IGxvY2FsID0gcGF0aC5yZXNvbHZlKGN0eC5jd2QsICd0ZW1wbGF0ZXMnKTtcbiAgY29uc3QgZm9sZGVycyA9IGZzLmV4aXN0c1N5bmMobG9jYWwpICYmIGZzLnN0YXRTeW5jKGxvY2FsKS5pc0RpcmVjdG9yeSgpID8gW3VzZXJQYXRoKGN0eCwgJ3RlbXBsYXRlcycpXSA6IFtdO1xuICByZXR1cm4geyBmb2xkZXJzLCBleHBsaWNpdDogZmFsc2UsIGJ1bmRsZWQgfTtcbn1cblxuLyoqXG4gKiBBIGNhdGFsb2cgb2YgdGhlIGJ1bmRsZWQgdGVtcGxhdGVzICh1bmxlc3MgbGVmdCBvdXQpIGFuZCB0aGUgZm9sZGVycywgbG9hZGVkIGxlbmllbnRseTpcbiAqIGZpbGVzIHRoYXQgZmFpbCBhcmUgaW4gYGNhdGFsb2cucmVqZWN0ZWRgLCBzbyBvbmUgYnJva2VuIGZpbGUgZG9lcyBub3QgaGlkZSB0aGUgb3RoZXJzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbG9hZENhdGFsb2coZjogVGVtcGxhdGVGb2xkZXJzKTogVGVtcGxhdGVDYXRhbG9nIHtcbiAgY29uc3QgY2F0YWxvZyA9IG5ldyBUZW1wbGF0ZUNhdGFsb2coKTtcbiAgY29uc3QgYnVuZGxlZERpciA9IFRlbXBsYXRlQ2F0YWxvZy5idW5kbGVkRGlyZWN0b3J5KCk7XG4gIGlmIChmLmJ1bmRsZWQpIGNhdGFsb2cubG9hZERpcmVjdG9yeShidW5kbGVkRGlyLCB7IHN0cmljdDogZmFsc2UgfSk7XG4gIGZvciAoY29uc3QgZGlyIG9mIGYuZm9sZGVycykge1xuICAgIGlmIChmLmJ1bmRsZWQgJiYgc2FtZVBhdGgoZGlyLCBidW5kbGVkRGlyKSkgY29udGludWU7IC8vIGUuZy4gLi90ZW1wbGF0ZXMgaW5zaWRlIHRoaXMgcmVwb3NpdG9yeVxuICAgIGNhdGFsb2cubG9hZERpcmVjdG9yeShkaXIsIHsgc3RyaWN0OiBmYWxzZSB9KTtcbiAgfVxuICByZXR1cm4gY2F0YWxvZztcbn1cblxuLyoqIEV2ZXJ5IGZvbGRlciBhIGNvbW1hbmQgcmVhZHMsIGJ1bmRsZWQgZmlyc3QsIHdpdGhvdXQgcmVwZWF0cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbGxGb2xkZXJzKGY6IFRlbXBsYXRlRm9sZGVycyk6IHN0cmluZ1tdIHtcbiAgY29uc3QgYnVuZGxlZERpciA9IFRlbXBsYXRlQ2F0YWxvZy5idW5kbGVkRGlyZWN0b3J5KCk7XG4gIGNvbnN0IG91dCA9IGYuYnVuZGxlZCA/IFtidW5kbGVkRGlyXSA6IFtdO1xuICBmb3IgKGNvbnN0IGQgb2YgZi5mb2xkZXJzKSBpZiAoIW91dC5zb21lKChvKSA9PiBzYW1lUGF0aChvLCBkKSkpIG91dC5wdXNoKGQpO1xuICByZXR1cm4gb3V0O1xufVxuXG4vKipcbiAqIGAueW1sYC9gLnlhbWxgIGZpbGVzIG9mIGEgZm9sZGVyIGFuZCBpdHMgc3ViLWZvbGRlcnMgKGhpZGRlbiBmb2xkZXJzLCBzeW1saW5rcyBhbmQgbW91bnRcbiAqIHBvaW50cyBza2lwcGVkKSwgc29ydGVkOyBib3VuZGVkIGxpa2UgdGhlIGNhdGFsb2cncyB3YWxrIChyZWZ1c2VzIGAvYCwgL3Byb2MsIC9zeXMsIC9kZXYpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbGlzdFlhbWxGaWxlcyhkaXI6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIGxpc3RZYW1sQm91bmRlZChkaXIsIHRydWUpO1xufVxuXG4vKiogUGFyc2VzIGBrZXk9dmFsdWVgIHBhaXJzIChmb3IgLS1wYXJhbSBhbmQgLS10YWcpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGtleVZhbHVlcyhpdGVtczogc3RyaW5nW10sIG9wdGlvbjogc3RyaW5nLCBvbkVycm9yOiAobXNnOiBzdHJpbmcpID0+IEVycm9yKTogeyBba2V5OiBzdHJpbmddOiBzdHJpbmcgfSB7XG4gIGNvbnN0IG91dDogeyBba2V5OiBzdHJpbmddOiBzdHJpbmcgfSA9IHt9O1xuICBmb3IgKGNvbnN0IGl0ZW0gb2YgaXRlbXMpIHtcbiAgICBjb25zdCBlcSA9IGl0ZW0uaW5kZXhPZignPScpO1xuICAgIGlmIChlcSA8PSAwKSB0aHJvdyBvbkVycm9yKGAtLSR7b3B0aW9ufSB0YWtlcyBrZXk9dmFsdWUgKGdvdCBcIiR7aXRlbX1cIilgKTtcbiAgICBvdXRbaXRlbS5zbGljZSgwLCBlcSkudHJpbSgpXSA9IGl0ZW0uc2xpY2UoZXEgKyAxKTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuIl19