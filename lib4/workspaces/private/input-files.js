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
exports.TEMPLATE_WALK_LIMITS = exports.INPUT_LIMITS = void 0;
exports.fsErrorText = fsErrorText;
exports.readInputText = readInputText;
exports.systemFolderProblem = systemFolderProblem;
exports.allowedRoots = allowedRoots;
exports.projectRoot = projectRoot;
exports.confinePath = confinePath;
exports.listYamlBounded = listYamlBounded;
/**
 * Reading input files as untrusted: every read has a size limit and refuses anything that is
 * not a regular file (a FIFO or /dev/zero would hang or never end), folder walks are bounded
 * and refuse the system's pseudo filesystems, and a path a lab file names must stay inside the
 * lab file's folder or the git repository holding it (or a root allowed explicitly with
 * RWS_ALLOWED_ROOTS), symlinks resolved.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const error_1 = require("./error");
/** Largest accepted file of each kind, in bytes. */
exports.INPUT_LIMITS = {
    template: 1024 * 1024,
    policy: 1024 * 1024,
    permit: 1024 * 1024,
    config: 1024 * 1024,
    key: 64 * 1024,
    lab: 4 * 1024 * 1024,
    // 100,000 users with two keys each is about 40 MB of YAML.
    registry: 128 * 1024 * 1024,
    lock: 64 * 1024 * 1024,
    // Any other YAML file read through YamlSource.fromFile without a kind.
    input: 128 * 1024 * 1024,
};
function mib(n) {
    const text = n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
    return text.replace(/\.0+ /, ' ');
}
/** One line for a Node filesystem error code. */
function fsErrorText(code) {
    switch (code) {
        case 'ENOENT': return 'does not exist';
        case 'EACCES':
        case 'EPERM': return 'is not readable (permission denied)';
        case 'EISDIR': return 'is a folder, not a file';
        case 'ENOTDIR': return 'is not reachable: a part of the path is a file, not a folder';
        case 'ELOOP': return 'is a symbolic link loop';
        case 'ENAMETOOLONG': return 'has a name that is too long';
        default: return `cannot be read (${code ?? 'unknown error'})`;
    }
}
/**
 * Reads a whole input file as UTF-8 text. Refuses non-regular files and files over the kind's
 * limit before reading, and never reads more than the limit (a file growing meanwhile).
 * Errors name the file as given, never its contents.
 */
function readInputText(file, kind, limit = exports.INPUT_LIMITS[kind]) {
    let st;
    try {
        st = fs.statSync(file);
    }
    catch (e) {
        (0, error_1.fail)({ code: 'file-unreadable', message: `the ${kind} file ${fsErrorText(e.code)}`, location: { file }, fix: 'check the path and its permissions' });
    }
    if (st.isDirectory())
        (0, error_1.fail)({ code: 'file-unreadable', message: `the ${kind} file is a folder`, location: { file }, fix: `name a ${kind} file, not a folder` });
    if (!st.isFile()) {
        (0, error_1.fail)({
            code: 'not-a-regular-file',
            message: `the ${kind} file is not a regular file (a device, pipe or socket)`,
            location: { file },
            fix: `name a regular ${kind} file`,
        });
    }
    if (st.size > limit) {
        (0, error_1.fail)({
            code: 'file-too-large',
            message: `the ${kind} file is ${mib(st.size)}, more than the limit of ${mib(limit)}`,
            location: { file },
            fix: `check that this is the right file (a ${kind} file is much smaller), or split it`,
        });
    }
    let fd;
    try {
        fd = fs.openSync(file, 'r');
        const buf = Buffer.alloc(Math.min(limit + 1, Math.max(st.size + 1, 1)));
        let n = 0;
        for (;;) {
            const got = fs.readSync(fd, buf, n, buf.length - n, null);
            if (got === 0)
                break;
            n += got;
            if (n >= buf.length)
                break;
        }
        if (n > limit) {
            (0, error_1.fail)({ code: 'file-too-large', message: `the ${kind} file is larger than the limit of ${mib(limit)}`, location: { file }, fix: 'check that this is the right file' });
        }
        return buf.subarray(0, n).toString('utf8');
    }
    catch (e) {
        if (e?.name === 'WorkspaceInputError')
            throw e;
        return (0, error_1.fail)({ code: 'file-unreadable', message: `the ${kind} file ${fsErrorText(e.code)}`, location: { file }, fix: 'check the path and its permissions' });
    }
    finally {
        if (fd !== undefined)
            fs.closeSync(fd);
    }
}
/** Folders that are never input: the root and the kernel's pseudo filesystems. */
const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev'];
/** Why a folder must not be read or written as a whole, or undefined. */
function systemFolderProblem(p) {
    const abs = path.resolve(p);
    if (abs === path.parse(abs).root)
        return 'is the root of the filesystem';
    for (const s of SYSTEM_FOLDERS) {
        if (abs === s || abs.startsWith(`${s}/`))
            return `is under ${s}, a system pseudo filesystem`;
    }
    return undefined;
}
/** The real path; for a path that does not exist, its nearest existing ancestor's real path plus the rest (a symlinked folder is followed even then). */
function realOrResolved(p) {
    const abs = path.resolve(p);
    let base = abs;
    const rest = [];
    for (;;) {
        try {
            return path.join(fs.realpathSync(base), ...rest);
        }
        catch {
            const up = path.dirname(base);
            if (up === base)
                return abs;
            rest.unshift(path.basename(base));
            base = up;
        }
    }
}
function within(child, folder) {
    const rel = path.relative(folder, child);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
/**
 * Roots besides a lab file's own folder that files it names may come from: RWS_ALLOWED_ROOTS,
 * a list separated by ":" (e.g. a shared template folder). Empty by default.
 */
function allowedRoots() {
    return (process.env.RWS_ALLOWED_ROOTS ?? '').split(path.delimiter).filter((s) => s.trim() !== '').map((s) => realOrResolved(s));
}
/**
 * The git work tree that holds a folder (the nearest ancestor with a `.git`), or undefined:
 * a lab file may name files elsewhere in its own repository (e.g. a shared `../users.yaml`),
 * which the same review covers. Never the filesystem root.
 */
function projectRoot(dir) {
    for (let p = dir;; p = path.dirname(p)) {
        if (p === path.parse(p).root)
            return undefined;
        if (fs.existsSync(path.join(p, '.git')))
            return p;
        if (path.dirname(p) === p)
            return undefined;
    }
}
/**
 * Resolves `text` relative to `dir` and checks that its real path (symlinks resolved) is
 * inside `dir` or an allowed root. The file need not exist (the caller checks that).
 */
function confinePath(text, dir) {
    const abs = path.resolve(dir, text);
    const real = realOrResolved(abs);
    const labDir = realOrResolved(dir);
    const project = projectRoot(labDir);
    const roots = [labDir, ...(project ? [project] : []), ...allowedRoots()];
    if (text.includes('\0'))
        return { ok: false, problem: 'the path contains a NUL character', fix: 'write a plain relative path' };
    const sys = systemFolderProblem(real);
    if (sys)
        return { ok: false, problem: `the path ${sys}`, fix: 'name a file or folder beside the lab file' };
    if (!roots.some((r) => within(real, r))) {
        const how = real !== abs ? ` (a symbolic link to ${real})` : '';
        return {
            ok: false,
            problem: `the path leads outside the lab file's ${project ? 'repository' : 'folder'}${how}`,
            fix: `keep the lab's files in its ${project ? 'repository' : 'folder'}, or allow that folder explicitly with RWS_ALLOWED_ROOTS=<folder>`,
        };
    }
    return { ok: true, abs };
}
/** Defaults for template folders: a catalog of hundreds of templates fits easily. */
exports.TEMPLATE_WALK_LIMITS = { maxDepth: 8, maxFiles: 5000, maxFolders: 2000 };
/**
 * `.yml`/`.yaml` regular files of a folder and (when `recursive`) its sub-folders, sorted by
 * name at each level. Refuses the filesystem root and pseudo filesystems, skips hidden
 * folders, symbolic links and other filesystems (mount points), and stops with an error past
 * the limits instead of walking a whole disk.
 */
function listYamlBounded(dir, recursive, limits = exports.TEMPLATE_WALK_LIMITS, compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0)) {
    const sys = systemFolderProblem(realOrResolved(dir));
    if (sys) {
        (0, error_1.fail)({
            code: 'unsafe-folder',
            message: `the template folder ${sys}; reading it would walk the whole system`,
            value: dir,
            location: { file: dir },
            fix: 'name the folder that holds the template files, e.g. ./templates',
        });
    }
    const rootDev = fs.statSync(dir).dev;
    const out = [];
    let folders = 0;
    const walk = (d, depth) => {
        if (++folders > limits.maxFolders) {
            (0, error_1.fail)({
                code: 'folder-too-large',
                message: `the template folder has more than ${limits.maxFolders} sub-folders`,
                value: dir,
                location: { file: dir },
                fix: 'name the folder that holds the template files, not a parent of it',
            });
        }
        let entries;
        try {
            entries = fs.readdirSync(d, { withFileTypes: true });
        }
        catch (e) {
            (0, error_1.fail)({ code: 'file-unreadable', message: `a template folder ${fsErrorText(e.code)}`, location: { file: d }, fix: 'check the folder and its permissions' });
        }
        for (const ent of entries.sort((a, b) => compare(a.name, b.name))) {
            const p = path.join(d, ent.name);
            if (ent.isDirectory()) {
                if (!recursive || ent.name.startsWith('.') || depth >= limits.maxDepth)
                    continue;
                let dev;
                try {
                    dev = fs.statSync(p).dev;
                }
                catch {
                    continue;
                }
                if (dev !== rootDev)
                    continue; // another filesystem mounted inside
                walk(p, depth + 1);
            }
            else if (ent.isFile() && /\.ya?ml$/i.test(ent.name)) {
                out.push(p);
                if (out.length > limits.maxFiles) {
                    (0, error_1.fail)({
                        code: 'folder-too-large',
                        message: `the template folder has more than ${limits.maxFiles} YAML files`,
                        value: dir,
                        location: { file: dir },
                        fix: 'name the folder that holds the template files, not a parent of it',
                    });
                }
            }
        }
    };
    walk(dir, 0);
    return out;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5wdXQtZmlsZXMuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvd29ya3NwYWNlcy9wcml2YXRlL2lucHV0LWZpbGVzLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQW1DQSxrQ0FVQztBQU9ELHNDQTZDQztBQU1ELGtEQU9DO0FBNEJELG9DQUVDO0FBT0Qsa0NBTUM7QUFTRCxrQ0FrQkM7QUFxQkQsMENBMkRDO0FBcFFEOzs7Ozs7R0FNRztBQUNILHVDQUF5QjtBQUN6QiwyQ0FBNkI7QUFDN0IsbUNBQStCO0FBSy9CLG9EQUFvRDtBQUN2QyxRQUFBLFlBQVksR0FBd0M7SUFDL0QsUUFBUSxFQUFFLElBQUksR0FBRyxJQUFJO0lBQ3JCLE1BQU0sRUFBRSxJQUFJLEdBQUcsSUFBSTtJQUNuQixNQUFNLEVBQUUsSUFBSSxHQUFHLElBQUk7SUFDbkIsTUFBTSxFQUFFLElBQUksR0FBRyxJQUFJO0lBQ25CLEdBQUcsRUFBRSxFQUFFLEdBQUcsSUFBSTtJQUNkLEdBQUcsRUFBRSxDQUFDLEdBQUcsSUFBSSxHQUFHLElBQUk7SUFDcEIsMkRBQTJEO0lBQzNELFFBQVEsRUFBRSxHQUFHLEdBQUcsSUFBSSxHQUFHLElBQUk7SUFDM0IsSUFBSSxFQUFFLEVBQUUsR0FBRyxJQUFJLEdBQUcsSUFBSTtJQUN0Qix1RUFBdUU7SUFDdkUsS0FBSyxFQUFFLEdBQUcsR0FBRyxJQUFJLEdBQUcsSUFBSTtDQUN6QixDQUFDO0FBRUYsU0FBUyxHQUFHLENBQUMsQ0FBUztJQUNwQixNQUFNLElBQUksR0FBRyxDQUFDLElBQUksSUFBSSxHQUFHLElBQUksQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxJQUFJLEdBQUcsSUFBSSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEdBQUcsSUFBSSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUM7SUFDdkcsT0FBTyxJQUFJLENBQUMsT0FBTyxDQUFDLE9BQU8sRUFBRSxHQUFHLENBQUMsQ0FBQztBQUNwQyxDQUFDO0FBRUQsaURBQWlEO0FBQ2pELFNBQWdCLFdBQVcsQ0FBQyxJQUF3QjtJQUNsRCxRQUFRLElBQUksRUFBRSxDQUFDO1FBQ2IsS0FBSyxRQUFRLENBQUMsQ0FBQyxPQUFPLGdCQUFnQixDQUFDO1FBQ3ZDLEtBQUssUUFBUSxDQUFDO1FBQUMsS0FBSyxPQUFPLENBQUMsQ0FBQyxPQUFPLHFDQUFxQyxDQUFDO1FBQzFFLEtBQUssUUFBUSxDQUFDLENBQUMsT0FBTyx5QkFBeUIsQ0FBQztRQUNoRCxLQUFLLFNBQVMsQ0FBQyxDQUFDLE9BQU8sOERBQThELENBQUM7UUFDdEYsS0FBSyxPQUFPLENBQUMsQ0FBQyxPQUFPLHlCQUF5QixDQUFDO1FBQy9DLEtBQUssY0FBYyxDQUFDLENBQUMsT0FBTyw2QkFBNkIsQ0FBQztRQUMxRCxPQUFPLENBQUMsQ0FBQyxPQUFPLG1CQUFtQixJQUFJLElBQUksZUFBZSxHQUFHLENBQUM7SUFDaEUsQ0FBQztBQUNILENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsU0FBZ0IsYUFBYSxDQUFDLElBQVksRUFBRSxJQUFlLEVBQUUsUUFBZ0Isb0JBQVksQ0FBQyxJQUFJLENBQUM7SUFDN0YsSUFBSSxFQUFZLENBQUM7SUFDakIsSUFBSSxDQUFDO1FBQ0gsRUFBRSxHQUFHLEVBQUUsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDekIsQ0FBQztJQUFDLE9BQU8sQ0FBTSxFQUFFLENBQUM7UUFDaEIsSUFBQSxZQUFJLEVBQUMsRUFBRSxJQUFJLEVBQUUsaUJBQWlCLEVBQUUsT0FBTyxFQUFFLE9BQU8sSUFBSSxTQUFTLFdBQVcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsRUFBRSxRQUFRLEVBQUUsRUFBRSxJQUFJLEVBQUUsRUFBRSxHQUFHLEVBQUUsb0NBQW9DLEVBQUUsQ0FBQyxDQUFDO0lBQ3ZKLENBQUM7SUFDRCxJQUFJLEVBQUUsQ0FBQyxXQUFXLEVBQUU7UUFBRSxJQUFBLFlBQUksRUFBQyxFQUFFLElBQUksRUFBRSxpQkFBaUIsRUFBRSxPQUFPLEVBQUUsT0FBTyxJQUFJLG1CQUFtQixFQUFFLFFBQVEsRUFBRSxFQUFFLElBQUksRUFBRSxFQUFFLEdBQUcsRUFBRSxVQUFVLElBQUkscUJBQXFCLEVBQUUsQ0FBQyxDQUFDO0lBQy9KLElBQUksQ0FBQyxFQUFFLENBQUMsTUFBTSxFQUFFLEVBQUUsQ0FBQztRQUNqQixJQUFBLFlBQUksRUFBQztZQUNILElBQUksRUFBRSxvQkFBb0I7WUFDMUIsT0FBTyxFQUFFLE9BQU8sSUFBSSx3REFBd0Q7WUFDNUUsUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFO1lBQ2xCLEdBQUcsRUFBRSxrQkFBa0IsSUFBSSxPQUFPO1NBQ25DLENBQUMsQ0FBQztJQUNMLENBQUM7SUFDRCxJQUFJLEVBQUUsQ0FBQyxJQUFJLEdBQUcsS0FBSyxFQUFFLENBQUM7UUFDcEIsSUFBQSxZQUFJLEVBQUM7WUFDSCxJQUFJLEVBQUUsZ0JBQWdCO1lBQ3RCLE9BQU8sRUFBRSxPQUFPLElBQUksWUFBWSxHQUFHLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyw0QkFBNEIsR0FBRyxDQUFDLEtBQUssQ0FBQyxFQUFFO1lBQ3BGLFFBQVEsRUFBRSxFQUFFLElBQUksRUFBRTtZQUNsQixHQUFHLEVBQUUsd0NBQXdDLElBQUkscUNBQXFDO1NBQ3ZGLENBQUMsQ0FBQztJQUNMLENBQUM7SUFDRCxJQUFJLEVBQXNCLENBQUM7SUFDM0IsSUFBSSxDQUFDO1FBQ0gsRUFBRSxHQUFHLEVBQUUsQ0FBQyxRQUFRLENBQUMsSUFBSSxFQUFFLEdBQUcsQ0FBQyxDQUFDO1FBQzVCLE1BQU0sR0FBRyxHQUFHLE1BQU0sQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxLQUFLLEdBQUcsQ0FBQyxFQUFFLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDLElBQUksR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3hFLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQztRQUNWLFNBQVMsQ0FBQztZQUNSLE1BQU0sR0FBRyxHQUFHLEVBQUUsQ0FBQyxRQUFRLENBQUMsRUFBRSxFQUFFLEdBQUcsRUFBRSxDQUFDLEVBQUUsR0FBRyxDQUFDLE1BQU0sR0FBRyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUM7WUFDMUQsSUFBSSxHQUFHLEtBQUssQ0FBQztnQkFBRSxNQUFNO1lBQ3JCLENBQUMsSUFBSSxHQUFHLENBQUM7WUFDVCxJQUFJLENBQUMsSUFBSSxHQUFHLENBQUMsTUFBTTtnQkFBRSxNQUFNO1FBQzdCLENBQUM7UUFDRCxJQUFJLENBQUMsR0FBRyxLQUFLLEVBQUUsQ0FBQztZQUNkLElBQUEsWUFBSSxFQUFDLEVBQUUsSUFBSSxFQUFFLGdCQUFnQixFQUFFLE9BQU8sRUFBRSxPQUFPLElBQUkscUNBQXFDLEdBQUcsQ0FBQyxLQUFLLENBQUMsRUFBRSxFQUFFLFFBQVEsRUFBRSxFQUFFLElBQUksRUFBRSxFQUFFLEdBQUcsRUFBRSxtQ0FBbUMsRUFBRSxDQUFDLENBQUM7UUFDeEssQ0FBQztRQUNELE9BQU8sR0FBRyxDQUFDLFFBQVEsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxDQUFDO0lBQzdDLENBQUM7SUFBQyxPQUFPLENBQU0sRUFBRSxDQUFDO1FBQ2hCLElBQUksQ0FBQyxFQUFFLElBQUksS0FBSyxxQkFBcUI7WUFBRSxNQUFNLENBQUMsQ0FBQztRQUMvQyxPQUFPLElBQUEsWUFBSSxFQUFDLEVBQUUsSUFBSSxFQUFFLGlCQUFpQixFQUFFLE9BQU8sRUFBRSxPQUFPLElBQUksU0FBUyxXQUFXLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLEVBQUUsUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFLEVBQUUsR0FBRyxFQUFFLG9DQUFvQyxFQUFFLENBQUMsQ0FBQztJQUM5SixDQUFDO1lBQVMsQ0FBQztRQUNULElBQUksRUFBRSxLQUFLLFNBQVM7WUFBRSxFQUFFLENBQUMsU0FBUyxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ3pDLENBQUM7QUFDSCxDQUFDO0FBRUQsa0ZBQWtGO0FBQ2xGLE1BQU0sY0FBYyxHQUFHLENBQUMsT0FBTyxFQUFFLE1BQU0sRUFBRSxNQUFNLENBQUMsQ0FBQztBQUVqRCx5RUFBeUU7QUFDekUsU0FBZ0IsbUJBQW1CLENBQUMsQ0FBUztJQUMzQyxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQzVCLElBQUksR0FBRyxLQUFLLElBQUksQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSTtRQUFFLE9BQU8sK0JBQStCLENBQUM7SUFDekUsS0FBSyxNQUFNLENBQUMsSUFBSSxjQUFjLEVBQUUsQ0FBQztRQUMvQixJQUFJLEdBQUcsS0FBSyxDQUFDLElBQUksR0FBRyxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDO1lBQUUsT0FBTyxZQUFZLENBQUMsOEJBQThCLENBQUM7SUFDL0YsQ0FBQztJQUNELE9BQU8sU0FBUyxDQUFDO0FBQ25CLENBQUM7QUFFRCx5SkFBeUo7QUFDekosU0FBUyxjQUFjLENBQUMsQ0FBUztJQUMvQixNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQzVCLElBQUksSUFBSSxHQUFHLEdBQUcsQ0FBQztJQUNmLE1BQU0sSUFBSSxHQUFhLEVBQUUsQ0FBQztJQUMxQixTQUFTLENBQUM7UUFDUixJQUFJLENBQUM7WUFDSCxPQUFPLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLFlBQVksQ0FBQyxJQUFJLENBQUMsRUFBRSxHQUFHLElBQUksQ0FBQyxDQUFDO1FBQ25ELENBQUM7UUFBQyxNQUFNLENBQUM7WUFDUCxNQUFNLEVBQUUsR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxDQUFDO1lBQzlCLElBQUksRUFBRSxLQUFLLElBQUk7Z0JBQUUsT0FBTyxHQUFHLENBQUM7WUFDNUIsSUFBSSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7WUFDbEMsSUFBSSxHQUFHLEVBQUUsQ0FBQztRQUNaLENBQUM7SUFDSCxDQUFDO0FBQ0gsQ0FBQztBQUVELFNBQVMsTUFBTSxDQUFDLEtBQWEsRUFBRSxNQUFjO0lBQzNDLE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxDQUFDO0lBQ3pDLE9BQU8sR0FBRyxLQUFLLEVBQUUsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUN4RSxDQUFDO0FBRUQ7OztHQUdHO0FBQ0gsU0FBZ0IsWUFBWTtJQUMxQixPQUFPLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxpQkFBaUIsSUFBSSxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsY0FBYyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDbEksQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxTQUFnQixXQUFXLENBQUMsR0FBVztJQUNyQyxLQUFLLElBQUksQ0FBQyxHQUFHLEdBQUcsR0FBSSxDQUFDLEdBQUcsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ3hDLElBQUksQ0FBQyxLQUFLLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSTtZQUFFLE9BQU8sU0FBUyxDQUFDO1FBQy9DLElBQUksRUFBRSxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsRUFBRSxNQUFNLENBQUMsQ0FBQztZQUFFLE9BQU8sQ0FBQyxDQUFDO1FBQ2xELElBQUksSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDO1lBQUUsT0FBTyxTQUFTLENBQUM7SUFDOUMsQ0FBQztBQUNILENBQUM7QUFLRDs7O0dBR0c7QUFDSCxTQUFnQixXQUFXLENBQUMsSUFBWSxFQUFFLEdBQVc7SUFDbkQsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLE9BQU8sQ0FBQyxHQUFHLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDcEMsTUFBTSxJQUFJLEdBQUcsY0FBYyxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ2pDLE1BQU0sTUFBTSxHQUFHLGNBQWMsQ0FBQyxHQUFHLENBQUMsQ0FBQztJQUNuQyxNQUFNLE9BQU8sR0FBRyxXQUFXLENBQUMsTUFBTSxDQUFDLENBQUM7SUFDcEMsTUFBTSxLQUFLLEdBQUcsQ0FBQyxNQUFNLEVBQUUsR0FBRyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsR0FBRyxZQUFZLEVBQUUsQ0FBQyxDQUFDO0lBQ3pFLElBQUksSUFBSSxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUM7UUFBRSxPQUFPLEVBQUUsRUFBRSxFQUFFLEtBQUssRUFBRSxPQUFPLEVBQUUsbUNBQW1DLEVBQUUsR0FBRyxFQUFFLDZCQUE2QixFQUFFLENBQUM7SUFDaEksTUFBTSxHQUFHLEdBQUcsbUJBQW1CLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDdEMsSUFBSSxHQUFHO1FBQUUsT0FBTyxFQUFFLEVBQUUsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLFlBQVksR0FBRyxFQUFFLEVBQUUsR0FBRyxFQUFFLDJDQUEyQyxFQUFFLENBQUM7SUFDNUcsSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLE1BQU0sQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ3hDLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxHQUFHLENBQUMsQ0FBQyxDQUFDLHdCQUF3QixJQUFJLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ2hFLE9BQU87WUFDTCxFQUFFLEVBQUUsS0FBSztZQUNULE9BQU8sRUFBRSx5Q0FBeUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLFFBQVEsR0FBRyxHQUFHLEVBQUU7WUFDM0YsR0FBRyxFQUFFLCtCQUErQixPQUFPLENBQUMsQ0FBQyxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsUUFBUSxtRUFBbUU7U0FDekksQ0FBQztJQUNKLENBQUM7SUFDRCxPQUFPLEVBQUUsRUFBRSxFQUFFLElBQUksRUFBRSxHQUFHLEVBQUUsQ0FBQztBQUMzQixDQUFDO0FBWUQscUZBQXFGO0FBQ3hFLFFBQUEsb0JBQW9CLEdBQWUsRUFBRSxRQUFRLEVBQUUsQ0FBQyxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLElBQUksRUFBRSxDQUFDO0FBRWxHOzs7OztHQUtHO0FBQ0gsU0FBZ0IsZUFBZSxDQUFDLEdBQVcsRUFBRSxTQUFrQixFQUFFLFNBQXFCLDRCQUFvQixFQUN4RyxVQUE0QyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ2xGLE1BQU0sR0FBRyxHQUFHLG1CQUFtQixDQUFDLGNBQWMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0lBQ3JELElBQUksR0FBRyxFQUFFLENBQUM7UUFDUixJQUFBLFlBQUksRUFBQztZQUNILElBQUksRUFBRSxlQUFlO1lBQ3JCLE9BQU8sRUFBRSx1QkFBdUIsR0FBRywwQ0FBMEM7WUFDN0UsS0FBSyxFQUFFLEdBQUc7WUFDVixRQUFRLEVBQUUsRUFBRSxJQUFJLEVBQUUsR0FBRyxFQUFFO1lBQ3ZCLEdBQUcsRUFBRSxpRUFBaUU7U0FDdkUsQ0FBQyxDQUFDO0lBQ0wsQ0FBQztJQUNELE1BQU0sT0FBTyxHQUFHLEVBQUUsQ0FBQyxRQUFRLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDO0lBQ3JDLE1BQU0sR0FBRyxHQUFhLEVBQUUsQ0FBQztJQUN6QixJQUFJLE9BQU8sR0FBRyxDQUFDLENBQUM7SUFDaEIsTUFBTSxJQUFJLEdBQUcsQ0FBQyxDQUFTLEVBQUUsS0FBYSxFQUFRLEVBQUU7UUFDOUMsSUFBSSxFQUFFLE9BQU8sR0FBRyxNQUFNLENBQUMsVUFBVSxFQUFFLENBQUM7WUFDbEMsSUFBQSxZQUFJLEVBQUM7Z0JBQ0gsSUFBSSxFQUFFLGtCQUFrQjtnQkFDeEIsT0FBTyxFQUFFLHFDQUFxQyxNQUFNLENBQUMsVUFBVSxjQUFjO2dCQUM3RSxLQUFLLEVBQUUsR0FBRztnQkFDVixRQUFRLEVBQUUsRUFBRSxJQUFJLEVBQUUsR0FBRyxFQUFFO2dCQUN2QixHQUFHLEVBQUUsbUVBQW1FO2FBQ3pFLENBQUMsQ0FBQztRQUNMLENBQUM7UUFDRCxJQUFJLE9BQW9CLENBQUM7UUFDekIsSUFBSSxDQUFDO1lBQ0gsT0FBTyxHQUFHLEVBQUUsQ0FBQyxXQUFXLENBQUMsQ0FBQyxFQUFFLEVBQUUsYUFBYSxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7UUFDdkQsQ0FBQztRQUFDLE9BQU8sQ0FBTSxFQUFFLENBQUM7WUFDaEIsSUFBQSxZQUFJLEVBQUMsRUFBRSxJQUFJLEVBQUUsaUJBQWlCLEVBQUUsT0FBTyxFQUFFLHFCQUFxQixXQUFXLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLEVBQUUsUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxFQUFFLEdBQUcsRUFBRSxzQ0FBc0MsRUFBRSxDQUFDLENBQUM7UUFDN0osQ0FBQztRQUNELEtBQUssTUFBTSxHQUFHLElBQUksT0FBTyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDbEUsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDO1lBQ2pDLElBQUksR0FBRyxDQUFDLFdBQVcsRUFBRSxFQUFFLENBQUM7Z0JBQ3RCLElBQUksQ0FBQyxTQUFTLElBQUksR0FBRyxDQUFDLElBQUksQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLElBQUksS0FBSyxJQUFJLE1BQU0sQ0FBQyxRQUFRO29CQUFFLFNBQVM7Z0JBQ2pGLElBQUksR0FBVyxDQUFDO2dCQUNoQixJQUFJLENBQUM7b0JBQ0gsR0FBRyxHQUFHLEVBQUUsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDO2dCQUMzQixDQUFDO2dCQUFDLE1BQU0sQ0FBQztvQkFDUCxTQUFTO2dCQUNYLENBQUM7Z0JBQ0QsSUFBSSxHQUFHLEtBQUssT0FBTztvQkFBRSxTQUFTLENBQUMsb0NBQW9DO2dCQUNuRSxJQUFJLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDLENBQUMsQ0FBQztZQUNyQixDQUFDO2lCQUFNLElBQUksR0FBRyxDQUFDLE1BQU0sRUFBRSxJQUFJLFdBQVcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7Z0JBQ3RELEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7Z0JBQ1osSUFBSSxHQUFHLENBQUMsTUFBTSxHQUFHLE1BQU0sQ0FBQyxRQUFRLEVBQUUsQ0FBQztvQkFDakMsSUFBQSxZQUFJLEVBQUM7d0JBQ0gsSUFBSSxFQUFFLGtCQUFrQjt3QkFDeEIsT0FBTyxFQUFFLHFDQUFxQyxNQUFNLENBQUMsUUFBUSxhQUFhO3dCQUMxRSxLQUFLLEVBQUUsR0FBRzt3QkFDVixRQUFRLEVBQUUsRUFBRSxJQUFJLEVBQUUsR0FBRyxFQUFFO3dCQUN2QixHQUFHLEVBQUUsbUVBQW1FO3FCQUN6RSxDQUFDLENBQUM7Z0JBQ0wsQ0FBQztZQUNILENBQUM7UUFDSCxDQUFDO0lBQ0gsQ0FBQyxDQUFDO0lBQ0YsSUFBSSxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUNiLE9BQU8sR0FBRyxDQUFDO0FBQ2IsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogUmVhZGluZyBpbnB1dCBmaWxlcyBhcyB1bnRydXN0ZWQ6IGV2ZXJ5IHJlYWQgaGFzIGEgc2l6ZSBsaW1pdCBhbmQgcmVmdXNlcyBhbnl0aGluZyB0aGF0IGlzXG4gKiBub3QgYSByZWd1bGFyIGZpbGUgKGEgRklGTyBvciAvZGV2L3plcm8gd291bGQgaGFuZyBvciBuZXZlciBlbmQpLCBmb2xkZXIgd2Fsa3MgYXJlIGJvdW5kZWRcbiAqIGFuZCByZWZ1c2UgdGhlIHN5c3RlbSdzIHBzZXVkbyBmaWxlc3lzdGVtcywgYW5kIGEgcGF0aCBhIGxhYiBmaWxlIG5hbWVzIG11c3Qgc3RheSBpbnNpZGUgdGhlXG4gKiBsYWIgZmlsZSdzIGZvbGRlciBvciB0aGUgZ2l0IHJlcG9zaXRvcnkgaG9sZGluZyBpdCAob3IgYSByb290IGFsbG93ZWQgZXhwbGljaXRseSB3aXRoXG4gKiBSV1NfQUxMT1dFRF9ST09UUyksIHN5bWxpbmtzIHJlc29sdmVkLlxuICovXG5pbXBvcnQgKiBhcyBmcyBmcm9tICdmcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ3BhdGgnO1xuaW1wb3J0IHsgZmFpbCB9IGZyb20gJy4vZXJyb3InO1xuXG4vKiogV2hhdCBhIGZpbGUgaXMgcmVhZCBhczsgZWFjaCBraW5kIGhhcyBpdHMgb3duIHNpemUgbGltaXQuICovXG5leHBvcnQgdHlwZSBJbnB1dEtpbmQgPSAndGVtcGxhdGUnIHwgJ3JlZ2lzdHJ5JyB8ICdsb2NrJyB8ICdwb2xpY3knIHwgJ2xhYicgfCAncGVybWl0JyB8ICdjb25maWcnIHwgJ2tleScgfCAnaW5wdXQnO1xuXG4vKiogTGFyZ2VzdCBhY2NlcHRlZCBmaWxlIG9mIGVhY2gga2luZCwgaW4gYnl0ZXMuICovXG5leHBvcnQgY29uc3QgSU5QVVRfTElNSVRTOiBSZWFkb25seTxSZWNvcmQ8SW5wdXRLaW5kLCBudW1iZXI+PiA9IHtcbiAgdGVtcGxhdGU6IDEwMjQgKiAxMDI0LFxuICBwb2xpY3k6IDEwMjQgKiAxMDI0LFxuICBwZXJtaXQ6IDEwMjQgKiAxMDI0LFxuICBjb25maWc6IDEwMjQgKiAxMDI0LFxuICBrZXk6IDY0ICogMTAyNCxcbiAgbGFiOiA0ICogMTAyNCAqIDEwMjQsXG4gIC8vIDEwMCwwMDAgdXNlcnMgd2l0aCB0d28ga2V5cyBlYWNoIGlzIGFib3V0IDQwIE1CIG9mIFlBTUwuXG4gIHJlZ2lzdHJ5OiAxMjggKiAxMDI0ICogMTAyNCxcbiAgbG9jazogNjQgKiAxMDI0ICogMTAyNCxcbiAgLy8gQW55IG90aGVyIFlBTUwgZmlsZSByZWFkIHRocm91Z2ggWWFtbFNvdXJjZS5mcm9tRmlsZSB3aXRob3V0IGEga2luZC5cbiAgaW5wdXQ6IDEyOCAqIDEwMjQgKiAxMDI0LFxufTtcblxuZnVuY3Rpb24gbWliKG46IG51bWJlcik6IHN0cmluZyB7XG4gIGNvbnN0IHRleHQgPSBuID49IDEwMjQgKiAxMDI0ID8gYCR7KG4gLyAxMDI0IC8gMTAyNCkudG9GaXhlZCgyKX0gTWlCYCA6IGAkeyhuIC8gMTAyNCkudG9GaXhlZCgxKX0gS2lCYDtcbiAgcmV0dXJuIHRleHQucmVwbGFjZSgvXFwuMCsgLywgJyAnKTtcbn1cblxuLyoqIE9uZSBsaW5lIGZvciBhIE5vZGUgZmlsZXN5c3RlbSBlcnJvciBjb2RlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZzRXJyb3JUZXh0KGNvZGU6IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB7XG4gIHN3aXRjaCAoY29kZSkge1xuICAgIGNhc2UgJ0VOT0VOVCc6IHJldHVybiAnZG9lcyBub3QgZXhpc3QnO1xuICAgIGNhc2UgJ0VBQ0NFUyc6IGNhc2UgJ0VQRVJNJzogcmV0dXJuICdpcyBub3QgcmVhZGFibGUgKHBlcm1pc3Npb24gZGVuaWVkKSc7XG4gICAgY2FzZSAnRUlTRElSJzogcmV0dXJuICdpcyBhIGZvbGRlciwgbm90IGEgZmlsZSc7XG4gICAgY2FzZSAnRU5PVERJUic6IHJldHVybiAnaXMgbm90IHJlYWNoYWJsZTogYSBwYXJ0IG9mIHRoZSBwYXRoIGlzIGEgZmlsZSwgbm90IGEgZm9sZGVyJztcbiAgICBjYXNlICdFTE9PUCc6IHJldHVybiAnaXMgYSBzeW1ib2xpYyBsaW5rIGxvb3AnO1xuICAgIGNhc2UgJ0VOQU1FVE9PTE9ORyc6IHJldHVybiAnaGFzIGEgbmFtZSB0aGF0IGlzIHRvbyBsb25nJztcbiAgICBkZWZhdWx0OiByZXR1cm4gYGNhbm5vdCBiZSByZWFkICgke2NvZGUgPz8gJ3Vua25vd24gZXJyb3InfSlgO1xuICB9XG59XG5cbi8qKlxuICogUmVhZHMgYSB3aG9sZSBpbnB1dCBmaWxlIGFzIFVURi04IHRleHQuIFJlZnVzZXMgbm9uLXJlZ3VsYXIgZmlsZXMgYW5kIGZpbGVzIG92ZXIgdGhlIGtpbmQnc1xuICogbGltaXQgYmVmb3JlIHJlYWRpbmcsIGFuZCBuZXZlciByZWFkcyBtb3JlIHRoYW4gdGhlIGxpbWl0IChhIGZpbGUgZ3Jvd2luZyBtZWFud2hpbGUpLlxuICogRXJyb3JzIG5hbWUgdGhlIGZpbGUgYXMgZ2l2ZW4sIG5ldmVyIGl0cyBjb250ZW50cy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlYWRJbnB1dFRleHQoZmlsZTogc3RyaW5nLCBraW5kOiBJbnB1dEtpbmQsIGxpbWl0OiBudW1iZXIgPSBJTlBVVF9MSU1JVFNba2luZF0pOiBzdHJpbmcge1xuICBsZXQgc3Q6IGZzLlN0YXRzO1xuICB0cnkge1xuICAgIHN0ID0gZnMuc3RhdFN5bmMoZmlsZSk7XG4gIH0gY2F0Y2ggKGU6IGFueSkge1xuICAgIGZhaWwoeyBjb2RlOiAnZmlsZS11bnJlYWRhYmxlJywgbWVzc2FnZTogYHRoZSAke2tpbmR9IGZpbGUgJHtmc0Vycm9yVGV4dChlLmNvZGUpfWAsIGxvY2F0aW9uOiB7IGZpbGUgfSwgZml4OiAnY2hlY2sgdGhlIHBhdGggYW5kIGl0cyBwZXJtaXNzaW9ucycgfSk7XG4gIH1cbiAgaWYgKHN0LmlzRGlyZWN0b3J5KCkpIGZhaWwoeyBjb2RlOiAnZmlsZS11bnJlYWRhYmxlJywgbWVzc2FnZTogYHRoZSAke2tpbmR9IGZpbGUgaXMgYSBmb2xkZXJgLCBsb2NhdGlvbjogeyBmaWxlIH0sIGZpeDogYG5hbWUgYSAke2tpbmR9IGZpbGUsIG5vdCBhIGZvbGRlcmAgfSk7XG4gIGlmICghc3QuaXNGaWxlKCkpIHtcbiAgICBmYWlsKHtcbiAgICAgIGNvZGU6ICdub3QtYS1yZWd1bGFyLWZpbGUnLFxuICAgICAgbWVzc2FnZTogYHRoZSAke2tpbmR9IGZpbGUgaXMgbm90IGEgcmVndWxhciBmaWxlIChhIGRldmljZSwgcGlwZSBvciBzb2NrZXQpYCxcbiAgICAgIGxvY2F0aW9uOiB7IGZpbGUgfSxcbiAgICAgIGZpeDogYG5hbWUgYSByZWd1bGFyICR7a2luZH0gZmlsZWAsXG4gICAgfSk7XG4gIH1cbiAgaWYgKHN0LnNpemUgPiBsaW1pdCkge1xuICAgIGZhaWwoe1xuICAgICAgY29kZTogJ2ZpbGUtdG9vLWxhcmdlJyxcbiAgICAgIG1lc3NhZ2U6IGB0aGUgJHtraW5kfSBmaWxlIGlzICR7bWliKHN0LnNpemUpfSwgbW9yZSB0aGFuIHRoZSBsaW1pdCBvZiAke21pYihsaW1pdCl9YCxcbiAgICAgIGxvY2F0aW9uOiB7IGZpbGUgfSxcbiAgICAgIGZpeDogYGNoZWNrIHRoYXQgdGhpcyBpcyB0aGUgcmlnaHQgZmlsZSAoYSAke2tpbmR9IGZpbGUgaXMgbXVjaCBzbWFsbGVyKSwgb3Igc3BsaXQgaXRgLFxuICAgIH0pO1xuICB9XG4gIGxldCBmZDogbnVtYmVyIHwgdW5kZWZpbmVkO1xuICB0cnkge1xuICAgIGZkID0gZnMub3BlblN5bmMoZmlsZSwgJ3InKTtcbiAgICBjb25zdCBidWYgPSBCdWZmZXIuYWxsb2MoTWF0aC5taW4obGltaXQgKyAxLCBNYXRoLm1heChzdC5zaXplICsgMSwgMSkpKTtcbiAgICBsZXQgbiA9IDA7XG4gICAgZm9yICg7Oykge1xuICAgICAgY29uc3QgZ290ID0gZnMucmVhZFN5bmMoZmQsIGJ1ZiwgbiwgYnVmLmxlbmd0aCAtIG4sIG51bGwpO1xuICAgICAgaWYgKGdvdCA9PT0gMCkgYnJlYWs7XG4gICAgICBuICs9IGdvdDtcbiAgICAgIGlmIChuID49IGJ1Zi5sZW5ndGgpIGJyZWFrO1xuICAgIH1cbiAgICBpZiAobiA+IGxpbWl0KSB7XG4gICAgICBmYWlsKHsgY29kZTogJ2ZpbGUtdG9vLWxhcmdlJywgbWVzc2FnZTogYHRoZSAke2tpbmR9IGZpbGUgaXMgbGFyZ2VyIHRoYW4gdGhlIGxpbWl0IG9mICR7bWliKGxpbWl0KX1gLCBsb2NhdGlvbjogeyBmaWxlIH0sIGZpeDogJ2NoZWNrIHRoYXQgdGhpcyBpcyB0aGUgcmlnaHQgZmlsZScgfSk7XG4gICAgfVxuICAgIHJldHVybiBidWYuc3ViYXJyYXkoMCwgbikudG9TdHJpbmcoJ3V0ZjgnKTtcbiAgfSBjYXRjaCAoZTogYW55KSB7XG4gICAgaWYgKGU/Lm5hbWUgPT09ICdXb3Jrc3BhY2VJbnB1dEVycm9yJykgdGhyb3cgZTtcbiAgICByZXR1cm4gZmFpbCh7IGNvZGU6ICdmaWxlLXVucmVhZGFibGUnLCBtZXNzYWdlOiBgdGhlICR7a2luZH0gZmlsZSAke2ZzRXJyb3JUZXh0KGUuY29kZSl9YCwgbG9jYXRpb246IHsgZmlsZSB9LCBmaXg6ICdjaGVjayB0aGUgcGF0aCBhbmQgaXRzIHBlcm1pc3Npb25zJyB9KTtcbiAgfSBmaW5hbGx5IHtcbiAgICBpZiAoZmQgIT09IHVuZGVmaW5lZCkgZnMuY2xvc2VTeW5jKGZkKTtcbiAgfVxufVxuXG4vKiogRm9sZGVycyB0aGF0IGFyZSBuZXZlciBpbnB1dDogdGhlIHJvb3QgYW5kIHRoZSBrZXJuZWwncyBwc2V1ZG8gZmlsZXN5c3RlbXMuICovXG5jb25zdCBTWVNURU1fRk9MREVSUyA9IFsnL3Byb2MnLCAnL3N5cycsICcvZGV2J107XG5cbi8qKiBXaHkgYSBmb2xkZXIgbXVzdCBub3QgYmUgcmVhZCBvciB3cml0dGVuIGFzIGEgd2hvbGUsIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzeXN0ZW1Gb2xkZXJQcm9ibGVtKHA6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGFicyA9IHBhdGgucmVzb2x2ZShwKTtcbiAgaWYgKGFicyA9PT0gcGF0aC5wYXJzZShhYnMpLnJvb3QpIHJldHVybiAnaXMgdGhlIHJvb3Qgb2YgdGhlIGZpbGVzeXN0ZW0nO1xuICBmb3IgKGNvbnN0IHMgb2YgU1lTVEVNX0ZPTERFUlMpIHtcbiAgICBpZiAoYWJzID09PSBzIHx8IGFicy5zdGFydHNXaXRoKGAke3N9L2ApKSByZXR1cm4gYGlzIHVuZGVyICR7c30sIGEgc3lzdGVtIHBzZXVkbyBmaWxlc3lzdGVtYDtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKiogVGhlIHJlYWwgcGF0aDsgZm9yIGEgcGF0aCB0aGF0IGRvZXMgbm90IGV4aXN0LCBpdHMgbmVhcmVzdCBleGlzdGluZyBhbmNlc3RvcidzIHJlYWwgcGF0aCBwbHVzIHRoZSByZXN0IChhIHN5bWxpbmtlZCBmb2xkZXIgaXMgZm9sbG93ZWQgZXZlbiB0aGVuKS4gKi9cbmZ1bmN0aW9uIHJlYWxPclJlc29sdmVkKHA6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IGFicyA9IHBhdGgucmVzb2x2ZShwKTtcbiAgbGV0IGJhc2UgPSBhYnM7XG4gIGNvbnN0IHJlc3Q6IHN0cmluZ1tdID0gW107XG4gIGZvciAoOzspIHtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIHBhdGguam9pbihmcy5yZWFscGF0aFN5bmMoYmFzZSksIC4uLnJlc3QpO1xuICAgIH0gY2F0Y2gge1xuICAgICAgY29uc3QgdXAgPSBwYXRoLmRpcm5hbWUoYmFzZSk7XG4gICAgICBpZiAodXAgPT09IGJhc2UpIHJldHVybiBhYnM7XG4gICAgICByZXN0LnVuc2hpZnQocGF0aC5iYXNlbmFtZShiYXNlKSk7XG4gICAgICBiYXNlID0gdXA7XG4gICAgfVxuICB9XG59XG5cbmZ1bmN0aW9uIHdpdGhpbihjaGlsZDogc3RyaW5nLCBmb2xkZXI6IHN0cmluZyk6IGJvb2xlYW4ge1xuICBjb25zdCByZWwgPSBwYXRoLnJlbGF0aXZlKGZvbGRlciwgY2hpbGQpO1xuICByZXR1cm4gcmVsID09PSAnJyB8fCAoIXJlbC5zdGFydHNXaXRoKCcuLicpICYmICFwYXRoLmlzQWJzb2x1dGUocmVsKSk7XG59XG5cbi8qKlxuICogUm9vdHMgYmVzaWRlcyBhIGxhYiBmaWxlJ3Mgb3duIGZvbGRlciB0aGF0IGZpbGVzIGl0IG5hbWVzIG1heSBjb21lIGZyb206IFJXU19BTExPV0VEX1JPT1RTLFxuICogYSBsaXN0IHNlcGFyYXRlZCBieSBcIjpcIiAoZS5nLiBhIHNoYXJlZCB0ZW1wbGF0ZSBmb2xkZXIpLiBFbXB0eSBieSBkZWZhdWx0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gYWxsb3dlZFJvb3RzKCk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIChwcm9jZXNzLmVudi5SV1NfQUxMT1dFRF9ST09UUyA/PyAnJykuc3BsaXQocGF0aC5kZWxpbWl0ZXIpLmZpbHRlcigocykgPT4gcy50cmltKCkgIT09ICcnKS5tYXAoKHMpID0+IHJlYWxPclJlc29sdmVkKHMpKTtcbn1cblxuLyoqXG4gKiBUaGUgZ2l0IHdvcmsgdHJlZSB0aGF0IGhvbGRzIGEgZm9sZGVyICh0aGUgbmVhcmVzdCBhbmNlc3RvciB3aXRoIGEgYC5naXRgKSwgb3IgdW5kZWZpbmVkOlxuICogYSBsYWIgZmlsZSBtYXkgbmFtZSBmaWxlcyBlbHNld2hlcmUgaW4gaXRzIG93biByZXBvc2l0b3J5IChlLmcuIGEgc2hhcmVkIGAuLi91c2Vycy55YW1sYCksXG4gKiB3aGljaCB0aGUgc2FtZSByZXZpZXcgY292ZXJzLiBOZXZlciB0aGUgZmlsZXN5c3RlbSByb290LlxuICovXG5leHBvcnQgZnVuY3Rpb24gcHJvamVjdFJvb3QoZGlyOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBmb3IgKGxldCBwID0gZGlyOyA7IHAgPSBwYXRoLmRpcm5hbWUocCkpIHtcbiAgICBpZiAocCA9PT0gcGF0aC5wYXJzZShwKS5yb290KSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGlmIChmcy5leGlzdHNTeW5jKHBhdGguam9pbihwLCAnLmdpdCcpKSkgcmV0dXJuIHA7XG4gICAgaWYgKHBhdGguZGlybmFtZShwKSA9PT0gcCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKiogV2hlcmUgYSBwYXRoIGEgbGFiIGZpbGUgbmFtZXMgcG9pbnRzLCBvciB3aHkgaXQgbWF5IG5vdCBiZSB1c2VkLiAqL1xuZXhwb3J0IHR5cGUgQ29uZmluZWRQYXRoID0geyBvazogdHJ1ZTsgYWJzOiBzdHJpbmcgfSB8IHsgb2s6IGZhbHNlOyBwcm9ibGVtOiBzdHJpbmc7IGZpeDogc3RyaW5nIH07XG5cbi8qKlxuICogUmVzb2x2ZXMgYHRleHRgIHJlbGF0aXZlIHRvIGBkaXJgIGFuZCBjaGVja3MgdGhhdCBpdHMgcmVhbCBwYXRoIChzeW1saW5rcyByZXNvbHZlZCkgaXNcbiAqIGluc2lkZSBgZGlyYCBvciBhbiBhbGxvd2VkIHJvb3QuIFRoZSBmaWxlIG5lZWQgbm90IGV4aXN0ICh0aGUgY2FsbGVyIGNoZWNrcyB0aGF0KS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbmZpbmVQYXRoKHRleHQ6IHN0cmluZywgZGlyOiBzdHJpbmcpOiBDb25maW5lZFBhdGgge1xuICBjb25zdCBhYnMgPSBwYXRoLnJlc29sdmUoZGlyLCB0ZXh0KTtcbiAgY29uc3QgcmVhbCA9IHJlYWxPclJlc29sdmVkKGFicyk7XG4gIGNvbnN0IGxhYkRpciA9IHJlYWxPclJlc29sdmVkKGRpcik7XG4gIGNvbnN0IHByb2plY3QgPSBwcm9qZWN0Um9vdChsYWJEaXIpO1xuICBjb25zdCByb290cyA9IFtsYWJEaXIsIC4uLihwcm9qZWN0ID8gW3Byb2plY3RdIDogW10pLCAuLi5hbGxvd2VkUm9vdHMoKV07XG4gIGlmICh0ZXh0LmluY2x1ZGVzKCdcXDAnKSkgcmV0dXJuIHsgb2s6IGZhbHNlLCBwcm9ibGVtOiAndGhlIHBhdGggY29udGFpbnMgYSBOVUwgY2hhcmFjdGVyJywgZml4OiAnd3JpdGUgYSBwbGFpbiByZWxhdGl2ZSBwYXRoJyB9O1xuICBjb25zdCBzeXMgPSBzeXN0ZW1Gb2xkZXJQcm9ibGVtKHJlYWwpO1xuICBpZiAoc3lzKSByZXR1cm4geyBvazogZmFsc2UsIHByb2JsZW06IGB0aGUgcGF0aCAke3N5c31gLCBmaXg6ICduYW1lIGEgZmlsZSBvciBmb2xkZXIgYmVzaWRlIHRoZSBsYWIgZmlsZScgfTtcbiAgaWYgKCFyb290cy5zb21lKChyKSA9PiB3aXRoaW4ocmVhbCwgcikpKSB7XG4gICAgY29uc3QgaG93ID0gcmVhbCAhPT0gYWJzID8gYCAoYSBzeW1ib2xpYyBsaW5rIHRvICR7cmVhbH0pYCA6ICcnO1xuICAgIHJldHVybiB7XG4gICAgICBvazogZmFsc2UsXG4gICAgICBwcm9ibGVtOiBgdGhlIHBhdGggbGVhZHMgb3V0c2lkZSB0aGUgbGFiIGZpbGUncyAke3Byb2plY3QgPyAncmVwb3NpdG9yeScgOiAnZm9sZGVyJ30ke2hvd31gLFxuICAgICAgZml4OiBga2VlcCB0aGUgbGFiJ3MgZmlsZXMgaW4gaXRzICR7cHJvamVjdCA/ICdyZXBvc2l0b3J5JyA6ICdmb2xkZXInfSwgb3IgYWxsb3cgdGhhdCBmb2xkZXIgZXhwbGljaXRseSB3aXRoIFJXU19BTExPV0VEX1JPT1RTPTxmb2xkZXI+YCxcbiAgICB9O1xuICB9XG4gIHJldHVybiB7IG9rOiB0cnVlLCBhYnMgfTtcbn1cblxuLyoqIExpbWl0cyBvZiBhIGZvbGRlciB3YWxrLiAqL1xuZXhwb3J0IGludGVyZmFjZSBXYWxrTGltaXRzIHtcbiAgLyoqIERlZXBlc3Qgc3ViLWZvbGRlciBsZXZlbCAoMCBpcyB0aGUgZm9sZGVyIGl0c2VsZikuICovXG4gIHJlYWRvbmx5IG1heERlcHRoOiBudW1iZXI7XG4gIC8qKiBNb3N0IGZpbGVzIHJldHVybmVkLiAqL1xuICByZWFkb25seSBtYXhGaWxlczogbnVtYmVyO1xuICAvKiogTW9zdCBmb2xkZXJzIHZpc2l0ZWQuICovXG4gIHJlYWRvbmx5IG1heEZvbGRlcnM6IG51bWJlcjtcbn1cblxuLyoqIERlZmF1bHRzIGZvciB0ZW1wbGF0ZSBmb2xkZXJzOiBhIGNhdGFsb2cgb2YgaHVuZHJlZHMgb2YgdGVtcGxhdGVzIGZpdHMgZWFzaWx5LiAqL1xuZXhwb3J0IGNvbnN0IFRFTVBMQVRFX1dBTEtfTElNSVRTOiBXYWxrTGltaXRzID0geyBtYXhEZXB0aDogOCwgbWF4RmlsZXM6IDUwMDAsIG1heEZvbGRlcnM6IDIwMDAgfTtcblxuLyoqXG4gKiBgLnltbGAvYC55YW1sYCByZWd1bGFyIGZpbGVzIG9mIGEgZm9sZGVyIGFuZCAod2hlbiBgcmVjdXJzaXZlYCkgaXRzIHN1Yi1mb2xkZXJzLCBzb3J0ZWQgYnlcbiAqIG5hbWUgYXQgZWFjaCBsZXZlbC4gUmVmdXNlcyB0aGUgZmlsZXN5c3RlbSByb290IGFuZCBwc2V1ZG8gZmlsZXN5c3RlbXMsIHNraXBzIGhpZGRlblxuICogZm9sZGVycywgc3ltYm9saWMgbGlua3MgYW5kIG90aGVyIGZpbGVzeXN0ZW1zIChtb3VudCBwb2ludHMpLCBhbmQgc3RvcHMgd2l0aCBhbiBlcnJvciBwYXN0XG4gKiB0aGUgbGltaXRzIGluc3RlYWQgb2Ygd2Fsa2luZyBhIHdob2xlIGRpc2suXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsaXN0WWFtbEJvdW5kZWQoZGlyOiBzdHJpbmcsIHJlY3Vyc2l2ZTogYm9vbGVhbiwgbGltaXRzOiBXYWxrTGltaXRzID0gVEVNUExBVEVfV0FMS19MSU1JVFMsXG4gIGNvbXBhcmU6IChhOiBzdHJpbmcsIGI6IHN0cmluZykgPT4gbnVtYmVyID0gKGEsIGIpID0+IChhIDwgYiA/IC0xIDogYSA+IGIgPyAxIDogMCkpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IHN5cyA9IHN5c3RlbUZvbGRlclByb2JsZW0ocmVhbE9yUmVzb2x2ZWQoZGlyKSk7XG4gIGlmIChzeXMpIHtcbiAgICBmYWlsKHtcbiAgICAgIGNvZGU6ICd1bnNhZmUtZm9sZGVyJyxcbiAgICAgIG1lc3NhZ2U6IGB0aGUgdGVtcGxhdGUgZm9sZGVyICR7c3lzfTsgcmVhZGluZyBpdCB3b3VsZCB3YWxrIHRoZSB3aG9sZSBzeXN0ZW1gLFxuICAgICAgdmFsdWU6IGRpcixcbiAgICAgIGxvY2F0aW9uOiB7IGZpbGU6IGRpciB9LFxuICAgICAgZml4OiAnbmFtZSB0aGUgZm9sZGVyIHRoYXQgaG9sZHMgdGhlIHRlbXBsYXRlIGZpbGVzLCBlLmcuIC4vdGVtcGxhdGVzJyxcbiAgICB9KTtcbiAgfVxuICBjb25zdCByb290RGV2ID0gZnMuc3RhdFN5bmMoZGlyKS5kZXY7XG4gIGNvbnN0IG91dDogc3RyaW5nW10gPSBbXTtcbiAgbGV0IGZvbGRlcnMgPSAwO1xuICBjb25zdCB3YWxrID0gKGQ6IHN0cmluZywgZGVwdGg6IG51bWJlcik6IHZvaWQgPT4ge1xuICAgIGlmICgrK2ZvbGRlcnMgPiBsaW1pdHMubWF4Rm9sZGVycykge1xuICAgICAgZmFpbCh7XG4gICAgICAgIGNvZGU6ICdmb2xkZXItdG9vLWxhcmdlJyxcbiAgICAgICAgbWVzc2FnZTogYHRoZSB0ZW1wbGF0ZSBmb2xkZXIgaGFzIG1vcmUgdGhhbiAke2xpbWl0cy5tYXhGb2xkZXJzfSBzdWItZm9sZGVyc2AsXG4gICAgICAgIHZhbHVlOiBkaXIsXG4gICAgICAgIGxvY2F0aW9uOiB7IGZpbGU6IGRpciB9LFxuICAgICAgICBmaXg6ICduYW1lIHRoZSBmb2xkZXIgdGhhdCBob2xkcyB0aGUgdGVtcGxhdGUgZmlsZXMsIG5vdCBhIHBhcmVudCBvZiBpdCcsXG4gICAgICB9KTtcbiAgICB9XG4gICAgbGV0IGVudHJpZXM6IGZzLkRpcmVudFtdO1xuICAgIHRyeSB7XG4gICAgICBlbnRyaWVzID0gZnMucmVhZGRpclN5bmMoZCwgeyB3aXRoRmlsZVR5cGVzOiB0cnVlIH0pO1xuICAgIH0gY2F0Y2ggKGU6IGFueSkge1xuICAgICAgZmFpbCh7IGNvZGU6ICdmaWxlLXVucmVhZGFibGUnLCBtZXNzYWdlOiBgYSB0ZW1wbGF0ZSBmb2xkZXIgJHtmc0Vycm9yVGV4dChlLmNvZGUpfWAsIGxvY2F0aW9uOiB7IGZpbGU6IGQgfSwgZml4OiAnY2hlY2sgdGhlIGZvbGRlciBhbmQgaXRzIHBlcm1pc3Npb25zJyB9KTtcbiAgICB9XG4gICAgZm9yIChjb25zdCBlbnQgb2YgZW50cmllcy5zb3J0KChhLCBiKSA9PiBjb21wYXJlKGEubmFtZSwgYi5uYW1lKSkpIHtcbiAgICAgIGNvbnN0IHAgPSBwYXRoLmpvaW4oZCwgZW50Lm5hbWUpO1xuICAgICAgaWYgKGVudC5pc0RpcmVjdG9yeSgpKSB7XG4gICAgICAgIGlmICghcmVjdXJzaXZlIHx8IGVudC5uYW1lLnN0YXJ0c1dpdGgoJy4nKSB8fCBkZXB0aCA+PSBsaW1pdHMubWF4RGVwdGgpIGNvbnRpbnVlO1xuICAgICAgICBsZXQgZGV2OiBudW1iZXI7XG4gICAgICAgIHRyeSB7XG4gICAgICAgICAgZGV2ID0gZnMuc3RhdFN5bmMocCkuZGV2O1xuICAgICAgICB9IGNhdGNoIHtcbiAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgfVxuICAgICAgICBpZiAoZGV2ICE9PSByb290RGV2KSBjb250aW51ZTsgLy8gYW5vdGhlciBmaWxlc3lzdGVtIG1vdW50ZWQgaW5zaWRlXG4gICAgICAgIHdhbGsocCwgZGVwdGggKyAxKTtcbiAgICAgIH0gZWxzZSBpZiAoZW50LmlzRmlsZSgpICYmIC9cXC55YT9tbCQvaS50ZXN0KGVudC5uYW1lKSkge1xuICAgICAgICBvdXQucHVzaChwKTtcbiAgICAgICAgaWYgKG91dC5sZW5ndGggPiBsaW1pdHMubWF4RmlsZXMpIHtcbiAgICAgICAgICBmYWlsKHtcbiAgICAgICAgICAgIGNvZGU6ICdmb2xkZXItdG9vLWxhcmdlJyxcbiAgICAgICAgICAgIG1lc3NhZ2U6IGB0aGUgdGVtcGxhdGUgZm9sZGVyIGhhcyBtb3JlIHRoYW4gJHtsaW1pdHMubWF4RmlsZXN9IFlBTUwgZmlsZXNgLFxuICAgICAgICAgICAgdmFsdWU6IGRpcixcbiAgICAgICAgICAgIGxvY2F0aW9uOiB7IGZpbGU6IGRpciB9LFxuICAgICAgICAgICAgZml4OiAnbmFtZSB0aGUgZm9sZGVyIHRoYXQgaG9sZHMgdGhlIHRlbXBsYXRlIGZpbGVzLCBub3QgYSBwYXJlbnQgb2YgaXQnLFxuICAgICAgICAgIH0pO1xuICAgICAgICB9XG4gICAgICB9XG4gICAgfVxuICB9O1xuICB3YWxrKGRpciwgMCk7XG4gIHJldHVybiBvdXQ7XG59XG4iXX0=