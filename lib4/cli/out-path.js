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
exports.outputFailure = outputFailure;
exports.prepareOutputFolder = prepareOutputFolder;
exports.prepareOutputFile = prepareOutputFile;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const command_1 = require("./command");
const input_files_1 = require("../workspaces/private/input-files");
/**
 * Output destinations (`--out`): checked before anything is written, so a bad destination is
 * one line with the path as the user typed it and a fix, never a raw Node error with an
 * absolute path, and never a hang (Node's recursive mkdir loops forever under /proc).
 */
/** The nearest existing ancestor of a path (the path itself when it exists). */
function nearestExisting(abs) {
    let p = abs;
    while (!fs.existsSync(p)) {
        const up = path.dirname(p);
        if (up === p)
            break;
        p = up;
    }
    return p;
}
function real(p) {
    try {
        return fs.realpathSync(p);
    }
    catch {
        return p;
    }
}
function writable(p) {
    try {
        fs.accessSync(p, fs.constants.W_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** One line for a filesystem error while writing `given`, or undefined when `e` is not one. */
function outputFailure(e, given, option = '--out', abs) {
    const code = e?.code;
    if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code))
        return undefined;
    // Only errors about the destination: a template that cannot be read is not an --out problem.
    const at = e?.path;
    if (abs !== undefined && typeof at === 'string') {
        const rel = path.relative(abs, path.resolve(at));
        if (rel.startsWith('..') || path.isAbsolute(rel))
            return undefined;
    }
    const fix = {
        EEXIST: `a file is in the way: remove it, or choose another ${option}`,
        ENOTDIR: `a part of the path is a file, not a folder: choose another ${option}`,
        EISDIR: `it is a folder: name a file, or choose another ${option}`,
        EPERM: `you may not write there: choose a folder you own, e.g. ${option} ./out`,
        EACCES: `you may not write there: choose a folder you own, e.g. ${option} ./out`,
        EROFS: `the filesystem is read-only: choose another ${option}`,
        ENOSPC: 'the disk is full: free some space, or choose another disk',
        EDQUOT: 'your disk quota is used up: free some space, or choose another disk',
        ENAMETOOLONG: `the path is too long: choose a shorter ${option}`,
    };
    const what = {
        EEXIST: 'already exists as a file',
        ENOTDIR: 'cannot be created',
        EISDIR: 'is a folder',
        EPERM: 'is not writable (permission denied)',
        EACCES: 'is not writable (permission denied)',
        EROFS: 'is on a read-only filesystem',
        ENOSPC: 'could not be written: no space left on the device',
        EDQUOT: 'could not be written: disk quota exceeded',
        ENAMETOOLONG: 'is too long',
    };
    return new command_1.CliInputError(`${given}: the ${option} destination ${what[code] ?? `could not be written (${code})`}. Fix: ${fix[code] ?? `check the path, or choose another ${option}`}`);
}
/**
 * Checks an output folder and creates it: not under /proc, /sys or /dev (checked before any
 * mkdir), not an existing file, every existing part a folder, and writable.
 */
function prepareOutputFolder(abs, given, option = '--out') {
    checkDestination(abs, given, option, 'folder');
    try {
        fs.mkdirSync(abs, { recursive: true });
    }
    catch (e) {
        throw outputFailure(e, given, option) ?? e;
    }
}
/** Checks an output file's destination and creates its folder. */
function prepareOutputFile(abs, given, option = '--out') {
    checkDestination(abs, given, option, 'file');
    try {
        fs.mkdirSync(path.dirname(abs), { recursive: true });
    }
    catch (e) {
        throw outputFailure(e, given, option) ?? e;
    }
}
function checkDestination(abs, given, option, kind) {
    const fail = (what, fix) => new command_1.CliInputError(`${given}: the ${option} destination ${what}. Fix: ${fix}`);
    const existing = nearestExisting(abs);
    const realTarget = path.join(real(existing), path.relative(existing, abs));
    const sys = (0, input_files_1.systemFolderProblem)(realTarget) ?? (0, input_files_1.systemFolderProblem)(abs);
    if (sys && !(kind === 'file' && realTarget === '/dev/null')) {
        throw fail(sys, `choose a folder of your project, e.g. ${option} ./out`);
    }
    if (existing === abs) {
        const st = fs.statSync(abs);
        if (kind === 'folder' && !st.isDirectory())
            throw fail('already exists and is not a folder', `remove it, or choose another ${option}`);
        if (kind === 'file' && st.isDirectory())
            throw fail('is a folder', `name a file, e.g. ${option} ${path.join(given, 'out')}`);
        if (!writable(abs))
            throw fail('is not writable (permission denied)', `choose a folder you own, e.g. ${option} ./out`);
        return;
    }
    const part = givenPart(given, abs, existing);
    if (!fs.statSync(existing).isDirectory()) {
        throw fail(`cannot be created: ${part} is a file, not a folder`, `remove that file, or choose another ${option}`);
    }
    if (!writable(existing))
        throw fail(`cannot be created: ${part} is not writable (permission denied)`, `choose a folder you own, e.g. ${option} ./out`);
}
/** The part of the path as the user typed it that names `existing` (an ancestor of `abs`). */
function givenPart(given, abs, existing) {
    const extra = path.relative(existing, abs).split(path.sep).filter(Boolean).length;
    const parts = given.replace(/\/+$/, '').split('/');
    if (extra === 0)
        return given;
    if (extra < parts.length)
        return parts.slice(0, parts.length - extra).join('/') || '/';
    return existing;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoib3V0LXBhdGguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi9zcmMvY2xpL291dC1wYXRoLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBd0NBLHNDQWdDQztBQU1ELGtEQU9DO0FBR0QsOENBT0M7QUEvRkQsdUNBQXlCO0FBQ3pCLDJDQUE2QjtBQUM3Qix1Q0FBMEM7QUFDMUMsbUVBQXdFO0FBRXhFOzs7O0dBSUc7QUFFSCxnRkFBZ0Y7QUFDaEYsU0FBUyxlQUFlLENBQUMsR0FBVztJQUNsQyxJQUFJLENBQUMsR0FBRyxHQUFHLENBQUM7SUFDWixPQUFPLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ3pCLE1BQU0sRUFBRSxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDM0IsSUFBSSxFQUFFLEtBQUssQ0FBQztZQUFFLE1BQU07UUFDcEIsQ0FBQyxHQUFHLEVBQUUsQ0FBQztJQUNULENBQUM7SUFDRCxPQUFPLENBQUMsQ0FBQztBQUNYLENBQUM7QUFFRCxTQUFTLElBQUksQ0FBQyxDQUFTO0lBQ3JCLElBQUksQ0FBQztRQUNILE9BQU8sRUFBRSxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUM1QixDQUFDO0lBQUMsTUFBTSxDQUFDO1FBQ1AsT0FBTyxDQUFDLENBQUM7SUFDWCxDQUFDO0FBQ0gsQ0FBQztBQUVELFNBQVMsUUFBUSxDQUFDLENBQVM7SUFDekIsSUFBSSxDQUFDO1FBQ0gsRUFBRSxDQUFDLFVBQVUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLFNBQVMsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUNwQyxPQUFPLElBQUksQ0FBQztJQUNkLENBQUM7SUFBQyxNQUFNLENBQUM7UUFDUCxPQUFPLEtBQUssQ0FBQztJQUNmLENBQUM7QUFDSCxDQUFDO0FBRUQsK0ZBQStGO0FBQy9GLFNBQWdCLGFBQWEsQ0FBQyxDQUFVLEVBQUUsS0FBYSxFQUFFLFNBQWlCLE9BQU8sRUFBRSxHQUFZO0lBQzdGLE1BQU0sSUFBSSxHQUFJLENBQVMsRUFBRSxJQUFJLENBQUM7SUFDOUIsSUFBSSxPQUFPLElBQUksS0FBSyxRQUFRLElBQUksQ0FBQyxXQUFXLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQztRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQzFFLDZGQUE2RjtJQUM3RixNQUFNLEVBQUUsR0FBSSxDQUFTLEVBQUUsSUFBSSxDQUFDO0lBQzVCLElBQUksR0FBRyxLQUFLLFNBQVMsSUFBSSxPQUFPLEVBQUUsS0FBSyxRQUFRLEVBQUUsQ0FBQztRQUNoRCxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsUUFBUSxDQUFDLEdBQUcsRUFBRSxJQUFJLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDakQsSUFBSSxHQUFHLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLElBQUksQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDO1lBQUUsT0FBTyxTQUFTLENBQUM7SUFDckUsQ0FBQztJQUNELE1BQU0sR0FBRyxHQUEyQjtRQUNsQyxNQUFNLEVBQUUsc0RBQXNELE1BQU0sRUFBRTtRQUN0RSxPQUFPLEVBQUUsOERBQThELE1BQU0sRUFBRTtRQUMvRSxNQUFNLEVBQUUsa0RBQWtELE1BQU0sRUFBRTtRQUNsRSxLQUFLLEVBQUUsMERBQTBELE1BQU0sUUFBUTtRQUMvRSxNQUFNLEVBQUUsMERBQTBELE1BQU0sUUFBUTtRQUNoRixLQUFLLEVBQUUsK0NBQStDLE1BQU0sRUFBRTtRQUM5RCxNQUFNLEVBQUUsMkRBQTJEO1FBQ25FLE1BQU0sRUFBRSxxRUFBcUU7UUFDN0UsWUFBWSxFQUFFLDBDQUEwQyxNQUFNLEVBQUU7S0FDakUsQ0FBQztJQUNGLE1BQU0sSUFBSSxHQUEyQjtRQUNuQyxNQUFNLEVBQUUsMEJBQTBCO1FBQ2xDLE9BQU8sRUFBRSxtQkFBbUI7UUFDNUIsTUFBTSxFQUFFLGFBQWE7UUFDckIsS0FBSyxFQUFFLHFDQUFxQztRQUM1QyxNQUFNLEVBQUUscUNBQXFDO1FBQzdDLEtBQUssRUFBRSw4QkFBOEI7UUFDckMsTUFBTSxFQUFFLG1EQUFtRDtRQUMzRCxNQUFNLEVBQUUsMkNBQTJDO1FBQ25ELFlBQVksRUFBRSxhQUFhO0tBQzVCLENBQUM7SUFDRixPQUFPLElBQUksdUJBQWEsQ0FBQyxHQUFHLEtBQUssU0FBUyxNQUFNLGdCQUFnQixJQUFJLENBQUMsSUFBSSxDQUFDLElBQUkseUJBQXlCLElBQUksR0FBRyxVQUFVLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxxQ0FBcUMsTUFBTSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0FBQ3hMLENBQUM7QUFFRDs7O0dBR0c7QUFDSCxTQUFnQixtQkFBbUIsQ0FBQyxHQUFXLEVBQUUsS0FBYSxFQUFFLFNBQWlCLE9BQU87SUFDdEYsZ0JBQWdCLENBQUMsR0FBRyxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsUUFBUSxDQUFDLENBQUM7SUFDL0MsSUFBSSxDQUFDO1FBQ0gsRUFBRSxDQUFDLFNBQVMsQ0FBQyxHQUFHLEVBQUUsRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztJQUN6QyxDQUFDO0lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztRQUNYLE1BQU0sYUFBYSxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQzdDLENBQUM7QUFDSCxDQUFDO0FBRUQsa0VBQWtFO0FBQ2xFLFNBQWdCLGlCQUFpQixDQUFDLEdBQVcsRUFBRSxLQUFhLEVBQUUsU0FBaUIsT0FBTztJQUNwRixnQkFBZ0IsQ0FBQyxHQUFHLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxNQUFNLENBQUMsQ0FBQztJQUM3QyxJQUFJLENBQUM7UUFDSCxFQUFFLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLEVBQUUsRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztJQUN2RCxDQUFDO0lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztRQUNYLE1BQU0sYUFBYSxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQzdDLENBQUM7QUFDSCxDQUFDO0FBRUQsU0FBUyxnQkFBZ0IsQ0FBQyxHQUFXLEVBQUUsS0FBYSxFQUFFLE1BQWMsRUFBRSxJQUF1QjtJQUMzRixNQUFNLElBQUksR0FBRyxDQUFDLElBQVksRUFBRSxHQUFXLEVBQUUsRUFBRSxDQUFDLElBQUksdUJBQWEsQ0FBQyxHQUFHLEtBQUssU0FBUyxNQUFNLGdCQUFnQixJQUFJLFVBQVUsR0FBRyxFQUFFLENBQUMsQ0FBQztJQUMxSCxNQUFNLFFBQVEsR0FBRyxlQUFlLENBQUMsR0FBRyxDQUFDLENBQUM7SUFDdEMsTUFBTSxVQUFVLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLEVBQUUsSUFBSSxDQUFDLFFBQVEsQ0FBQyxRQUFRLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQztJQUMzRSxNQUFNLEdBQUcsR0FBRyxJQUFBLGlDQUFtQixFQUFDLFVBQVUsQ0FBQyxJQUFJLElBQUEsaUNBQW1CLEVBQUMsR0FBRyxDQUFDLENBQUM7SUFDeEUsSUFBSSxHQUFHLElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyxNQUFNLElBQUksVUFBVSxLQUFLLFdBQVcsQ0FBQyxFQUFFLENBQUM7UUFDNUQsTUFBTSxJQUFJLENBQUMsR0FBRyxFQUFFLHlDQUF5QyxNQUFNLFFBQVEsQ0FBQyxDQUFDO0lBQzNFLENBQUM7SUFDRCxJQUFJLFFBQVEsS0FBSyxHQUFHLEVBQUUsQ0FBQztRQUNyQixNQUFNLEVBQUUsR0FBRyxFQUFFLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQzVCLElBQUksSUFBSSxLQUFLLFFBQVEsSUFBSSxDQUFDLEVBQUUsQ0FBQyxXQUFXLEVBQUU7WUFBRSxNQUFNLElBQUksQ0FBQyxvQ0FBb0MsRUFBRSxnQ0FBZ0MsTUFBTSxFQUFFLENBQUMsQ0FBQztRQUN2SSxJQUFJLElBQUksS0FBSyxNQUFNLElBQUksRUFBRSxDQUFDLFdBQVcsRUFBRTtZQUFFLE1BQU0sSUFBSSxDQUFDLGFBQWEsRUFBRSxxQkFBcUIsTUFBTSxJQUFJLElBQUksQ0FBQyxJQUFJLENBQUMsS0FBSyxFQUFFLEtBQUssQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUM3SCxJQUFJLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQztZQUFFLE1BQU0sSUFBSSxDQUFDLHFDQUFxQyxFQUFFLGlDQUFpQyxNQUFNLFFBQVEsQ0FBQyxDQUFDO1FBQ3ZILE9BQU87SUFDVCxDQUFDO0lBQ0QsTUFBTSxJQUFJLEdBQUcsU0FBUyxDQUFDLEtBQUssRUFBRSxHQUFHLEVBQUUsUUFBUSxDQUFDLENBQUM7SUFDN0MsSUFBSSxDQUFDLEVBQUUsQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLENBQUMsV0FBVyxFQUFFLEVBQUUsQ0FBQztRQUN6QyxNQUFNLElBQUksQ0FBQyxzQkFBc0IsSUFBSSwwQkFBMEIsRUFBRSx1Q0FBdUMsTUFBTSxFQUFFLENBQUMsQ0FBQztJQUNwSCxDQUFDO0lBQ0QsSUFBSSxDQUFDLFFBQVEsQ0FBQyxRQUFRLENBQUM7UUFBRSxNQUFNLElBQUksQ0FBQyxzQkFBc0IsSUFBSSxzQ0FBc0MsRUFBRSxpQ0FBaUMsTUFBTSxRQUFRLENBQUMsQ0FBQztBQUN6SixDQUFDO0FBRUQsOEZBQThGO0FBQzlGLFNBQVMsU0FBUyxDQUFDLEtBQWEsRUFBRSxHQUFXLEVBQUUsUUFBZ0I7SUFDN0QsTUFBTSxLQUFLLEdBQUcsSUFBSSxDQUFDLFFBQVEsQ0FBQyxRQUFRLEVBQUUsR0FBRyxDQUFDLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFDLENBQUMsTUFBTSxDQUFDO0lBQ2xGLE1BQU0sS0FBSyxHQUFHLEtBQUssQ0FBQyxPQUFPLENBQUMsTUFBTSxFQUFFLEVBQUUsQ0FBQyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQztJQUNuRCxJQUFJLEtBQUssS0FBSyxDQUFDO1FBQUUsT0FBTyxLQUFLLENBQUM7SUFDOUIsSUFBSSxLQUFLLEdBQUcsS0FBSyxDQUFDLE1BQU07UUFBRSxPQUFPLEtBQUssQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEtBQUssQ0FBQyxNQUFNLEdBQUcsS0FBSyxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxJQUFJLEdBQUcsQ0FBQztJQUN2RixPQUFPLFFBQVEsQ0FBQztBQUNsQixDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0ICogYXMgZnMgZnJvbSAnZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdwYXRoJztcbmltcG9ydCB7IENsaUlucHV0RXJyb3IgfSBmcm9tICcuL2NvbW1hbmQnO1xuaW1wb3J0IHsgc3lzdGVtRm9sZGVyUHJvYmxlbSB9IGZyb20gJy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9pbnB1dC1maWxlcyc7XG5cbi8qKlxuICogT3V0cHV0IGRlc3RpbmF0aW9ucyAoYC0tb3V0YCk6IGNoZWNrZWQgYmVmb3JlIGFueXRoaW5nIGlzIHdyaXR0ZW4sIHNvIGEgYmFkIGRlc3RpbmF0aW9uIGlzXG4gKiBvbmUgbGluZSB3aXRoIHRoZSBwYXRoIGFzIHRoZSB1c2VyIHR5cGVkIGl0IGFuZCBhIGZpeCwgbmV2ZXIgYSByYXcgTm9kZSBlcnJvciB3aXRoIGFuXG4gKiBhYnNvbHV0ZSBwYXRoLCBhbmQgbmV2ZXIgYSBoYW5nIChOb2RlJ3MgcmVjdXJzaXZlIG1rZGlyIGxvb3BzIGZvcmV2ZXIgdW5kZXIgL3Byb2MpLlxuICovXG5cbi8qKiBUaGUgbmVhcmVzdCBleGlzdGluZyBhbmNlc3RvciBvZiBhIHBhdGggKHRoZSBwYXRoIGl0c2VsZiB3aGVuIGl0IGV4aXN0cykuICovXG5mdW5jdGlvbiBuZWFyZXN0RXhpc3RpbmcoYWJzOiBzdHJpbmcpOiBzdHJpbmcge1xuICBsZXQgcCA9IGFicztcbiAgd2hpbGUgKCFmcy5leGlzdHNTeW5jKHApKSB7XG4gICAgY29uc3QgdXAgPSBwYXRoLmRpcm5hbWUocCk7XG4gICAgaWYgKHVwID09PSBwKSBicmVhaztcbiAgICBwID0gdXA7XG4gIH1cbiAgcmV0dXJuIHA7XG59XG5cbmZ1bmN0aW9uIHJlYWwocDogc3RyaW5nKTogc3RyaW5nIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gZnMucmVhbHBhdGhTeW5jKHApO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gcDtcbiAgfVxufVxuXG5mdW5jdGlvbiB3cml0YWJsZShwOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgdHJ5IHtcbiAgICBmcy5hY2Nlc3NTeW5jKHAsIGZzLmNvbnN0YW50cy5XX09LKTtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIGZhbHNlO1xuICB9XG59XG5cbi8qKiBPbmUgbGluZSBmb3IgYSBmaWxlc3lzdGVtIGVycm9yIHdoaWxlIHdyaXRpbmcgYGdpdmVuYCwgb3IgdW5kZWZpbmVkIHdoZW4gYGVgIGlzIG5vdCBvbmUuICovXG5leHBvcnQgZnVuY3Rpb24gb3V0cHV0RmFpbHVyZShlOiB1bmtub3duLCBnaXZlbjogc3RyaW5nLCBvcHRpb246IHN0cmluZyA9ICctLW91dCcsIGFicz86IHN0cmluZyk6IENsaUlucHV0RXJyb3IgfCB1bmRlZmluZWQge1xuICBjb25zdCBjb2RlID0gKGUgYXMgYW55KT8uY29kZTtcbiAgaWYgKHR5cGVvZiBjb2RlICE9PSAnc3RyaW5nJyB8fCAhL15FW0EtWl0rJC8udGVzdChjb2RlKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgLy8gT25seSBlcnJvcnMgYWJvdXQgdGhlIGRlc3RpbmF0aW9uOiBhIHRlbXBsYXRlIHRoYXQgY2Fubm90IGJlIHJlYWQgaXMgbm90IGFuIC0tb3V0IHByb2JsZW0uXG4gIGNvbnN0IGF0ID0gKGUgYXMgYW55KT8ucGF0aDtcbiAgaWYgKGFicyAhPT0gdW5kZWZpbmVkICYmIHR5cGVvZiBhdCA9PT0gJ3N0cmluZycpIHtcbiAgICBjb25zdCByZWwgPSBwYXRoLnJlbGF0aXZlKGFicywgcGF0aC5yZXNvbHZlKGF0KSk7XG4gICAgaWYgKHJlbC5zdGFydHNXaXRoKCcuLicpIHx8IHBhdGguaXNBYnNvbHV0ZShyZWwpKSByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG4gIGNvbnN0IGZpeDogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHtcbiAgICBFRVhJU1Q6IGBhIGZpbGUgaXMgaW4gdGhlIHdheTogcmVtb3ZlIGl0LCBvciBjaG9vc2UgYW5vdGhlciAke29wdGlvbn1gLFxuICAgIEVOT1RESVI6IGBhIHBhcnQgb2YgdGhlIHBhdGggaXMgYSBmaWxlLCBub3QgYSBmb2xkZXI6IGNob29zZSBhbm90aGVyICR7b3B0aW9ufWAsXG4gICAgRUlTRElSOiBgaXQgaXMgYSBmb2xkZXI6IG5hbWUgYSBmaWxlLCBvciBjaG9vc2UgYW5vdGhlciAke29wdGlvbn1gLFxuICAgIEVQRVJNOiBgeW91IG1heSBub3Qgd3JpdGUgdGhlcmU6IGNob29zZSBhIGZvbGRlciB5b3Ugb3duLCBlLmcuICR7b3B0aW9ufSAuL291dGAsXG4gICAgRUFDQ0VTOiBgeW91IG1heSBub3Qgd3JpdGUgdGhlcmU6IGNob29zZSBhIGZvbGRlciB5b3Ugb3duLCBlLmcuICR7b3B0aW9ufSAuL291dGAsXG4gICAgRVJPRlM6IGB0aGUgZmlsZXN5c3RlbSBpcyByZWFkLW9ubHk6IGNob29zZSBhbm90aGVyICR7b3B0aW9ufWAsXG4gICAgRU5PU1BDOiAndGhlIGRpc2sgaXMgZnVsbDogZnJlZSBzb21lIHNwYWNlLCBvciBjaG9vc2UgYW5vdGhlciBkaXNrJyxcbiAgICBFRFFVT1Q6ICd5b3VyIGRpc2sgcXVvdGEgaXMgdXNlZCB1cDogZnJlZSBzb21lIHNwYWNlLCBvciBjaG9vc2UgYW5vdGhlciBkaXNrJyxcbiAgICBFTkFNRVRPT0xPTkc6IGB0aGUgcGF0aCBpcyB0b28gbG9uZzogY2hvb3NlIGEgc2hvcnRlciAke29wdGlvbn1gLFxuICB9O1xuICBjb25zdCB3aGF0OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge1xuICAgIEVFWElTVDogJ2FscmVhZHkgZXhpc3RzIGFzIGEgZmlsZScsXG4gICAgRU5PVERJUjogJ2Nhbm5vdCBiZSBjcmVhdGVkJyxcbiAgICBFSVNESVI6ICdpcyBhIGZvbGRlcicsXG4gICAgRVBFUk06ICdpcyBub3Qgd3JpdGFibGUgKHBlcm1pc3Npb24gZGVuaWVkKScsXG4gICAgRUFDQ0VTOiAnaXMgbm90IHdyaXRhYmxlIChwZXJtaXNzaW9uIGRlbmllZCknLFxuICAgIEVST0ZTOiAnaXMgb24gYSByZWFkLW9ubHkgZmlsZXN5c3RlbScsXG4gICAgRU5PU1BDOiAnY291bGQgbm90IGJlIHdyaXR0ZW46IG5vIHNwYWNlIGxlZnQgb24gdGhlIGRldmljZScsXG4gICAgRURRVU9UOiAnY291bGQgbm90IGJlIHdyaXR0ZW46IGRpc2sgcXVvdGEgZXhjZWVkZWQnLFxuICAgIEVOQU1FVE9PTE9ORzogJ2lzIHRvbyBsb25nJyxcbiAgfTtcbiAgcmV0dXJuIG5ldyBDbGlJbnB1dEVycm9yKGAke2dpdmVufTogdGhlICR7b3B0aW9ufSBkZXN0aW5hdGlvbiAke3doYXRbY29kZV0gPz8gYGNvdWxkIG5vdCBiZSB3cml0dGVuICgke2NvZGV9KWB9LiBGaXg6ICR7Zml4W2NvZGVdID8/IGBjaGVjayB0aGUgcGF0aCwgb3IgY2hvb3NlIGFub3RoZXIgJHtvcHRpb259YH1gKTtcbn1cblxuLyoqXG4gKiBDaGVja3MgYW4gb3V0cHV0IGZvbGRlciBhbmQgY3JlYXRlcyBpdDogbm90IHVuZGVyIC9wcm9jLCAvc3lzIG9yIC9kZXYgKGNoZWNrZWQgYmVmb3JlIGFueVxuICogbWtkaXIpLCBub3QgYW4gZXhpc3RpbmcgZmlsZSwgZXZlcnkgZXhpc3RpbmcgcGFydCBhIGZvbGRlciwgYW5kIHdyaXRhYmxlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcHJlcGFyZU91dHB1dEZvbGRlcihhYnM6IHN0cmluZywgZ2l2ZW46IHN0cmluZywgb3B0aW9uOiBzdHJpbmcgPSAnLS1vdXQnKTogdm9pZCB7XG4gIGNoZWNrRGVzdGluYXRpb24oYWJzLCBnaXZlbiwgb3B0aW9uLCAnZm9sZGVyJyk7XG4gIHRyeSB7XG4gICAgZnMubWtkaXJTeW5jKGFicywgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICB0aHJvdyBvdXRwdXRGYWlsdXJlKGUsIGdpdmVuLCBvcHRpb24pID8/IGU7XG4gIH1cbn1cblxuLyoqIENoZWNrcyBhbiBvdXRwdXQgZmlsZSdzIGRlc3RpbmF0aW9uIGFuZCBjcmVhdGVzIGl0cyBmb2xkZXIuICovXG5leHBvcnQgZnVuY3Rpb24gcHJlcGFyZU91dHB1dEZpbGUoYWJzOiBzdHJpbmcsIGdpdmVuOiBzdHJpbmcsIG9wdGlvbjogc3RyaW5nID0gJy0tb3V0Jyk6IHZvaWQge1xuICBjaGVja0Rlc3RpbmF0aW9uKGFicywgZ2l2ZW4sIG9wdGlvbiwgJ2ZpbGUnKTtcbiAgdHJ5IHtcbiAgICBmcy5ta2RpclN5bmMocGF0aC5kaXJuYW1lKGFicyksIHsgcmVjdXJzaXZlOiB0cnVlIH0pO1xuICB9IGNhdGNoIChlKSB7XG4gICAgdGhyb3cgb3V0cHV0RmFpbHVyZShlLCBnaXZlbiwgb3B0aW9uKSA/PyBlO1xuICB9XG59XG5cbmZ1bmN0aW9uIGNoZWNrRGVzdGluYXRpb24oYWJzOiBzdHJpbmcsIGdpdmVuOiBzdHJpbmcsIG9wdGlvbjogc3RyaW5nLCBraW5kOiAnZm9sZGVyJyB8ICdmaWxlJyk6IHZvaWQge1xuICBjb25zdCBmYWlsID0gKHdoYXQ6IHN0cmluZywgZml4OiBzdHJpbmcpID0+IG5ldyBDbGlJbnB1dEVycm9yKGAke2dpdmVufTogdGhlICR7b3B0aW9ufSBkZXN0aW5hdGlvbiAke3doYXR9LiBGaXg6ICR7Zml4fWApO1xuICBjb25zdCBleGlzdGluZyA9IG5lYXJlc3RFeGlzdGluZyhhYnMpO1xuICBjb25zdCByZWFsVGFyZ2V0ID0gcGF0aC5qb2luKHJlYWwoZXhpc3RpbmcpLCBwYXRoLnJlbGF0aXZlKGV4aXN0aW5nLCBhYnMpKTtcbiAgY29uc3Qgc3lzID0gc3lzdGVtRm9sZGVyUHJvYmxlbShyZWFsVGFyZ2V0KSA/PyBzeXN0ZW1Gb2xkZXJQcm9ibGVtKGFicyk7XG4gIGlmIChzeXMgJiYgIShraW5kID09PSAnZmlsZScgJiYgcmVhbFRhcmdldCA9PT0gJy9kZXYvbnVsbCcpKSB7XG4gICAgdGhyb3cgZmFpbChzeXMsIGBjaG9vc2UgYSBmb2xkZXIgb2YgeW91ciBwcm9qZWN0LCBlLmcuICR7b3B0aW9ufSAuL291dGApO1xuICB9XG4gIGlmIChleGlzdGluZyA9PT0gYWJzKSB7XG4gICAgY29uc3Qgc3QgPSBmcy5zdGF0U3luYyhhYnMpO1xuICAgIGlmIChraW5kID09PSAnZm9sZGVyJyAmJiAhc3QuaXNEaXJlY3RvcnkoKSkgdGhyb3cgZmFpbCgnYWxyZWFkeSBleGlzdHMgYW5kIGlzIG5vdCBhIGZvbGRlcicsIGByZW1vdmUgaXQsIG9yIGNob29zZSBhbm90aGVyICR7b3B0aW9ufWApO1xuICAgIGlmIChraW5kID09PSAnZmlsZScgJiYgc3QuaXNEaXJlY3RvcnkoKSkgdGhyb3cgZmFpbCgnaXMgYSBmb2xkZXInLCBgbmFtZSBhIGZpbGUsIGUuZy4gJHtvcHRpb259ICR7cGF0aC5qb2luKGdpdmVuLCAnb3V0Jyl9YCk7XG4gICAgaWYgKCF3cml0YWJsZShhYnMpKSB0aHJvdyBmYWlsKCdpcyBub3Qgd3JpdGFibGUgKHBlcm1pc3Npb24gZGVuaWVkKScsIGBjaG9vc2UgYSBmb2xkZXIgeW91IG93biwgZS5nLiAke29wdGlvbn0gLi9vdXRgKTtcbiAgICByZXR1cm47XG4gIH1cbiAgY29uc3QgcGFydCA9IGdpdmVuUGFydChnaXZlbiwgYWJzLCBleGlzdGluZyk7XG4gIGlmICghZnMuc3RhdFN5bmMoZXhpc3RpbmcpLmlzRGlyZWN0b3J5KCkpIHtcbiAgICB0aHJvdyBmYWlsKGBjYW5ub3QgYmUgY3JlYXRlZDogJHtwYXJ0fSBpcyBhIGZpbGUsIG5vdCBhIGZvbGRlcmAsIGByZW1vdmUgdGhhdCBmaWxlLCBvciBjaG9vc2UgYW5vdGhlciAke29wdGlvbn1gKTtcbiAgfVxuICBpZiAoIXdyaXRhYmxlKGV4aXN0aW5nKSkgdGhyb3cgZmFpbChgY2Fubm90IGJlIGNyZWF0ZWQ6ICR7cGFydH0gaXMgbm90IHdyaXRhYmxlIChwZXJtaXNzaW9uIGRlbmllZClgLCBgY2hvb3NlIGEgZm9sZGVyIHlvdSBvd24sIGUuZy4gJHtvcHRpb259IC4vb3V0YCk7XG59XG5cbi8qKiBUaGUgcGFydCBvZiB0aGUgcGF0aCBhcyB0aGUgdXNlciB0eXBlZCBpdCB0aGF0IG5hbWVzIGBleGlzdGluZ2AgKGFuIGFuY2VzdG9yIG9mIGBhYnNgKS4gKi9cbmZ1bmN0aW9uIGdpdmVuUGFydChnaXZlbjogc3RyaW5nLCBhYnM6IHN0cmluZywgZXhpc3Rpbmc6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IGV4dHJhID0gcGF0aC5yZWxhdGl2ZShleGlzdGluZywgYWJzKS5zcGxpdChwYXRoLnNlcCkuZmlsdGVyKEJvb2xlYW4pLmxlbmd0aDtcbiAgY29uc3QgcGFydHMgPSBnaXZlbi5yZXBsYWNlKC9cXC8rJC8sICcnKS5zcGxpdCgnLycpO1xuICBpZiAoZXh0cmEgPT09IDApIHJldHVybiBnaXZlbjtcbiAgaWYgKGV4dHJhIDwgcGFydHMubGVuZ3RoKSByZXR1cm4gcGFydHMuc2xpY2UoMCwgcGFydHMubGVuZ3RoIC0gZXh0cmEpLmpvaW4oJy8nKSB8fCAnLyc7XG4gIHJldHVybiBleGlzdGluZztcbn1cbiJdfQ==