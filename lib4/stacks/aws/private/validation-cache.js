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
exports.CachedCloudFormationValidation = void 0;
const crypto = __importStar(require("crypto"));
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const aws_cdk_lib_1 = require("aws-cdk-lib");
/**
 * aws-cdk-lib's built-in CloudFormation validation, run only for templates it has not already
 * found clean (issue 18). The engine (a WebAssembly build of CloudFormation Validate) costs about
 * 5 s of CPU and 330 MB in every process that starts it; a pipeline that synthesizes one permit per
 * event would pay that for every event although consecutive templates differ only in the permit's
 * id, event id and status.
 *
 * The key of a template is the SHA-256 of its text, normalized, together with aws-cdk-lib's
 * version (which ships the engine and its rules). Normalized means: each of the `volatile` strings
 * (the permit id, event id, statuses, timestamp), wherever it stands as a whole token, replaced by
 * a placeholder that keeps its length and character classes; the logical ids the template declares
 * and hex digests (12 digits or more) renamed in order of first appearance, keeping their shape
 * (they carry hashes of the stack name, so every permit has its own); gzip payloads in base64
 * replaced by their shape, and as `UserData` by a placeholder (the engine checks no length there). Two templates with one key are then one template up to a
 * consistent renaming that keeps every value's length and alphabet, and a template is valid or not
 * regardless of such names, so a hit means the engine would say the same again. Permits of one
 * status therefore share their keys (apart from structural differences such as the subnet a
 * workspace lands in). Only clean results (no violation at all) are
 * recorded; a template with any finding is validated, and reported, every time. When every
 * template of the synthesis hits, the engine is not started.
 *
 * The cache is a folder of empty files named by key. Whoever can write it can make the validation
 * skip a template, which then loses only CloudFormation Validate's warnings (the validation never
 * fails a synthesis): keep it private to the pipeline's user (it is created 0700).
 */
class CachedCloudFormationValidation extends aws_cdk_lib_1.CloudFormationValidatePlugin {
    cacheDir;
    /**
     * The instance for a cache folder, one per process: its engine, once started, serves every
     * later synthesis of a long-running process (the permit worker) as aws-cdk-lib's own singleton does.
     */
    static forCache(cacheDir, volatile) {
        const dir = path.resolve(cacheDir);
        let p = CachedCloudFormationValidation.instances.get(dir);
        if (!p) {
            p = new CachedCloudFormationValidation(dir);
            CachedCloudFormationValidation.instances.set(dir, p);
        }
        p.volatile = volatile;
        return p;
    }
    static instances = new Map();
    /** The values that vary between templates of one shape (set per synthesis). */
    volatile = [];
    constructor(cacheDir) {
        super();
        this.cacheDir = cacheDir;
    }
    /**
     * The engine's version, which aws-cdk-lib asks every plugin for at each synthesis (for the
     * report), and which loading the engine costs (about a sixth of a synthesis whose templates are
     * all in the cache). It is recorded in the cache folder beside the keys, named by aws-cdk-lib's
     * version (which ships the engine), and read from there afterwards.
     */
    get version() {
        return this.engineVersion();
    }
    /** The rule ids aws-cdk-lib's plugin reports: the engine's version (as the base class does). */
    get ruleIds() {
        const v = this.engineVersion();
        return v === undefined ? undefined : [v];
    }
    validate(context) {
        const keys = context.templatePaths.map((p) => this.keyOf(fs.readFileSync(p, 'utf8')));
        if (keys.length > 0 && keys.every((k) => fs.existsSync(path.join(this.cacheDir, k))))
            return { success: true, violations: [] };
        const report = super.validate(context);
        if (report.success && report.violations.length === 0) {
            fs.mkdirSync(this.cacheDir, { recursive: true, mode: 0o700 });
            for (const k of keys)
                fs.writeFileSync(path.join(this.cacheDir, k), '');
        }
        return report;
    }
    engineVersion() {
        const file = path.join(this.cacheDir, `engine-version-${CDK_VERSION}`);
        try {
            const recorded = fs.readFileSync(file, 'utf8');
            if (/^[\x20-\x7e]{1,64}$/.test(recorded))
                return recorded;
        }
        catch {
            // not recorded yet
        }
        const v = super.version;
        if (v !== undefined) {
            try {
                fs.mkdirSync(this.cacheDir, { recursive: true, mode: 0o700 });
                fs.writeFileSync(file, v);
            }
            catch {
                // a cache that cannot be written costs time, nothing else
            }
        }
        return v;
    }
    /** The cache key of a template's text. */
    keyOf(text) {
        return crypto.createHash('sha256')
            .update(`${CACHE_FORMAT}\naws-cdk-lib ${CDK_VERSION}\n`)
            .update(this.normalize(text))
            .digest('hex');
    }
    /** A template's text with its names and volatile values replaced by their shapes (what the key hashes). */
    normalize(text) {
        // 1. Compressed payloads: opaque to the engine, which sees a string of this length and alphabet;
        // as user data, not even the length (checked on the engine: test/aws/validation-cache.test.ts).
        let normal = text
            .replace(GZIP_USER_DATA, (_m, head) => `${head}"\u0000user-data\u0000"`)
            .replace(GZIP_BASE64, (m) => `"\u0000gzip:${shapeOf(m)}\u0000"`);
        // 2. The volatile values. Longest first, so that a value containing another is replaced whole.
        const values = [...new Set(this.volatile.filter((v) => v.length > 0))].sort((a, b) => b.length - a.length);
        values.forEach((v, i) => {
            // Whole tokens only (not inside a longer name or a hash): "p-001" in "permit-p-001-raw",
            // never "e1" in "4e1f".
            const token = new RegExp(`(?<![A-Za-z0-9])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, 'g');
            normal = normal.replace(token, () => `\u0000${i}:${shapeOf(v)}\u0000`);
        });
        // 3. Names: the template's logical ids and hex digests, renamed in order of first appearance.
        // They carry hashes of construct paths (so of the stack name, so of the permit id); a
        // consistent renaming that keeps each name's shape changes nothing the engine checks.
        const ids = logicalIds(text);
        const renamed = new Map();
        return normal.replace(/[A-Za-z0-9]+/g, (tok) => {
            if (!ids.has(tok) && !HEX_DIGEST.test(tok))
                return tok;
            let r = renamed.get(tok);
            if (r === undefined) {
                r = `\u0000n${renamed.size}:${shapeOf(tok)}\u0000`;
                renamed.set(tok, r);
            }
            return r;
        });
    }
}
exports.CachedCloudFormationValidation = CachedCloudFormationValidation;
/** A JSON string holding base64 of gzip data (tools and user data as the kit compresses them). */
const GZIP_BASE64 = /"H4sI[A-Za-z0-9+/]*={0,2}"/g;
/** The same as an instance's or launch template's `UserData` (directly or under `Fn::Base64`). */
const GZIP_USER_DATA = /("UserData"\s*:\s*(?:\{\s*"Fn::Base64"\s*:\s*)?)"H4sI[A-Za-z0-9+/]*={0,2}"/g;
/** A hex digest as the kit and aws-cdk-lib write them into names (at least 12 digits). */
const HEX_DIGEST = /^[0-9a-f]{12,}$/;
/** The names a template declares: its resources', parameters', outputs', conditions', mappings' and rules' logical ids. */
function logicalIds(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return new Set();
    }
    const ids = new Set();
    for (const section of ['Resources', 'Parameters', 'Outputs', 'Conditions', 'Mappings', 'Rules']) {
        const s = doc?.[section];
        if (s && typeof s === 'object')
            for (const id of Object.keys(s))
                if (/^[A-Za-z0-9]+$/.test(id))
                    ids.add(id);
    }
    return ids;
}
/** Bumped when the key's meaning changes. */
const CACHE_FORMAT = 'rws-cfn-validate-cache 2';
/** The engine and its rules ship inside aws-cdk-lib: its version names them (asking the engine costs a load). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CDK_VERSION = require('aws-cdk-lib/package.json').version;
/** A value's length and character classes (what a validator's patterns and limits can see). */
function shapeOf(v) {
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].map((re) => (re.test(v) ? '1' : '0')).join('');
    const others = [...new Set(v.replace(/[A-Za-z0-9]/g, ''))].sort().join('');
    return `${v.length}:${classes}:${others}`;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidmFsaWRhdGlvbi1jYWNoZS5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uLy4uL3NyYy9zdGFja3MvYXdzL3ByaXZhdGUvdmFsaWRhdGlvbi1jYWNoZS50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSwrQ0FBaUM7QUFDakMsdUNBQXlCO0FBQ3pCLDJDQUE2QjtBQUM3Qiw2Q0FBbUg7QUFFbkg7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztHQXdCRztBQUNILE1BQWEsOEJBQStCLFNBQVEsMENBQTRCO0lBcUJ6QztJQXBCckM7OztPQUdHO0lBQ0ksTUFBTSxDQUFDLFFBQVEsQ0FBQyxRQUFnQixFQUFFLFFBQWtCO1FBQ3pELE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsUUFBUSxDQUFDLENBQUM7UUFDbkMsSUFBSSxDQUFDLEdBQUcsOEJBQThCLENBQUMsU0FBUyxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQztRQUMxRCxJQUFJLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDUCxDQUFDLEdBQUcsSUFBSSw4QkFBOEIsQ0FBQyxHQUFHLENBQUMsQ0FBQztZQUM1Qyw4QkFBOEIsQ0FBQyxTQUFTLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUN2RCxDQUFDO1FBQ0QsQ0FBQyxDQUFDLFFBQVEsR0FBRyxRQUFRLENBQUM7UUFDdEIsT0FBTyxDQUFDLENBQUM7SUFDWCxDQUFDO0lBRU8sTUFBTSxDQUFVLFNBQVMsR0FBRyxJQUFJLEdBQUcsRUFBMEMsQ0FBQztJQUV0RiwrRUFBK0U7SUFDeEUsUUFBUSxHQUFhLEVBQUUsQ0FBQztJQUUvQixZQUFxQyxRQUFnQjtRQUNuRCxLQUFLLEVBQUUsQ0FBQztRQUQyQixhQUFRLEdBQVIsUUFBUSxDQUFRO0lBRXJELENBQUM7SUFFRDs7Ozs7T0FLRztJQUNILElBQVcsT0FBTztRQUNoQixPQUFPLElBQUksQ0FBQyxhQUFhLEVBQUUsQ0FBQztJQUM5QixDQUFDO0lBRUQsZ0dBQWdHO0lBQ2hHLElBQVcsT0FBTztRQUNoQixNQUFNLENBQUMsR0FBRyxJQUFJLENBQUMsYUFBYSxFQUFFLENBQUM7UUFDL0IsT0FBTyxDQUFDLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDM0MsQ0FBQztJQUVNLFFBQVEsQ0FBQyxPQUFpQztRQUMvQyxNQUFNLElBQUksR0FBRyxPQUFPLENBQUMsYUFBYSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUMsWUFBWSxDQUFDLENBQUMsRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDdEYsSUFBSSxJQUFJLENBQUMsTUFBTSxHQUFHLENBQUMsSUFBSSxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxFQUFFLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFFBQVEsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLEVBQUUsRUFBRSxDQUFDO1FBQy9ILE1BQU0sTUFBTSxHQUFHLEtBQUssQ0FBQyxRQUFRLENBQUMsT0FBTyxDQUFDLENBQUM7UUFDdkMsSUFBSSxNQUFNLENBQUMsT0FBTyxJQUFJLE1BQU0sQ0FBQyxVQUFVLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxDQUFDO1lBQ3JELEVBQUUsQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLFFBQVEsRUFBRSxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUM7WUFDOUQsS0FBSyxNQUFNLENBQUMsSUFBSSxJQUFJO2dCQUFFLEVBQUUsQ0FBQyxhQUFhLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsUUFBUSxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQzFFLENBQUM7UUFDRCxPQUFPLE1BQU0sQ0FBQztJQUNoQixDQUFDO0lBRU8sYUFBYTtRQUNuQixNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxRQUFRLEVBQUUsa0JBQWtCLFdBQVcsRUFBRSxDQUFDLENBQUM7UUFDdkUsSUFBSSxDQUFDO1lBQ0gsTUFBTSxRQUFRLEdBQUcsRUFBRSxDQUFDLFlBQVksQ0FBQyxJQUFJLEVBQUUsTUFBTSxDQUFDLENBQUM7WUFDL0MsSUFBSSxxQkFBcUIsQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDO2dCQUFFLE9BQU8sUUFBUSxDQUFDO1FBQzVELENBQUM7UUFBQyxNQUFNLENBQUM7WUFDUCxtQkFBbUI7UUFDckIsQ0FBQztRQUNELE1BQU0sQ0FBQyxHQUFHLEtBQUssQ0FBQyxPQUFPLENBQUM7UUFDeEIsSUFBSSxDQUFDLEtBQUssU0FBUyxFQUFFLENBQUM7WUFDcEIsSUFBSSxDQUFDO2dCQUNILEVBQUUsQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLFFBQVEsRUFBRSxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUM7Z0JBQzlELEVBQUUsQ0FBQyxhQUFhLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDO1lBQzVCLENBQUM7WUFBQyxNQUFNLENBQUM7Z0JBQ1AsMERBQTBEO1lBQzVELENBQUM7UUFDSCxDQUFDO1FBQ0QsT0FBTyxDQUFDLENBQUM7SUFDWCxDQUFDO0lBRUQsMENBQTBDO0lBQ25DLEtBQUssQ0FBQyxJQUFZO1FBQ3ZCLE9BQU8sTUFBTSxDQUFDLFVBQVUsQ0FBQyxRQUFRLENBQUM7YUFDL0IsTUFBTSxDQUFDLEdBQUcsWUFBWSxpQkFBaUIsV0FBVyxJQUFJLENBQUM7YUFDdkQsTUFBTSxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUM7YUFDNUIsTUFBTSxDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQ25CLENBQUM7SUFFRCwyR0FBMkc7SUFDcEcsU0FBUyxDQUFDLElBQVk7UUFDM0IsaUdBQWlHO1FBQ2pHLGdHQUFnRztRQUNoRyxJQUFJLE1BQU0sR0FBRyxJQUFJO2FBQ2QsT0FBTyxDQUFDLGNBQWMsRUFBRSxDQUFDLEVBQUUsRUFBRSxJQUFZLEVBQUUsRUFBRSxDQUFDLEdBQUcsSUFBSSx5QkFBeUIsQ0FBQzthQUMvRSxPQUFPLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxlQUFlLE9BQU8sQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUM7UUFDbkUsK0ZBQStGO1FBQy9GLE1BQU0sTUFBTSxHQUFHLENBQUMsR0FBRyxJQUFJLEdBQUcsQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUM7UUFDM0csTUFBTSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRTtZQUN0Qix5RkFBeUY7WUFDekYsd0JBQXdCO1lBQ3hCLE1BQU0sS0FBSyxHQUFHLElBQUksTUFBTSxDQUFDLG1CQUFtQixDQUFDLENBQUMsT0FBTyxDQUFDLHFCQUFxQixFQUFFLE1BQU0sQ0FBQyxpQkFBaUIsRUFBRSxHQUFHLENBQUMsQ0FBQztZQUM1RyxNQUFNLEdBQUcsTUFBTSxDQUFDLE9BQU8sQ0FBQyxLQUFLLEVBQUUsR0FBRyxFQUFFLENBQUMsU0FBUyxDQUFDLElBQUksT0FBTyxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQztRQUN6RSxDQUFDLENBQUMsQ0FBQztRQUNILDhGQUE4RjtRQUM5RixzRkFBc0Y7UUFDdEYsc0ZBQXNGO1FBQ3RGLE1BQU0sR0FBRyxHQUFHLFVBQVUsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUM3QixNQUFNLE9BQU8sR0FBRyxJQUFJLEdBQUcsRUFBa0IsQ0FBQztRQUMxQyxPQUFPLE1BQU0sQ0FBQyxPQUFPLENBQUMsZUFBZSxFQUFFLENBQUMsR0FBRyxFQUFFLEVBQUU7WUFDN0MsSUFBSSxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQztnQkFBRSxPQUFPLEdBQUcsQ0FBQztZQUN2RCxJQUFJLENBQUMsR0FBRyxPQUFPLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1lBQ3pCLElBQUksQ0FBQyxLQUFLLFNBQVMsRUFBRSxDQUFDO2dCQUNwQixDQUFDLEdBQUcsVUFBVSxPQUFPLENBQUMsSUFBSSxJQUFJLE9BQU8sQ0FBQyxHQUFHLENBQUMsUUFBUSxDQUFDO2dCQUNuRCxPQUFPLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQUMsQ0FBQztZQUN0QixDQUFDO1lBQ0QsT0FBTyxDQUFDLENBQUM7UUFDWCxDQUFDLENBQUMsQ0FBQztJQUNMLENBQUM7O0FBN0dILHdFQThHQztBQUVELGtHQUFrRztBQUNsRyxNQUFNLFdBQVcsR0FBRyw2QkFBNkIsQ0FBQztBQUNsRCxrR0FBa0c7QUFDbEcsTUFBTSxjQUFjLEdBQUcsNkVBQTZFLENBQUM7QUFDckcsMEZBQTBGO0FBQzFGLE1BQU0sVUFBVSxHQUFHLGlCQUFpQixDQUFDO0FBRXJDLDJIQUEySDtBQUMzSCxTQUFTLFVBQVUsQ0FBQyxJQUFZO0lBQzlCLElBQUksR0FBUSxDQUFDO0lBQ2IsSUFBSSxDQUFDO1FBQ0gsR0FBRyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDekIsQ0FBQztJQUFDLE1BQU0sQ0FBQztRQUNQLE9BQU8sSUFBSSxHQUFHLEVBQUUsQ0FBQztJQUNuQixDQUFDO0lBQ0QsTUFBTSxHQUFHLEdBQUcsSUFBSSxHQUFHLEVBQVUsQ0FBQztJQUM5QixLQUFLLE1BQU0sT0FBTyxJQUFJLENBQUMsV0FBVyxFQUFFLFlBQVksRUFBRSxTQUFTLEVBQUUsWUFBWSxFQUFFLFVBQVUsRUFBRSxPQUFPLENBQUMsRUFBRSxDQUFDO1FBQ2hHLE1BQU0sQ0FBQyxHQUFHLEdBQUcsRUFBRSxDQUFDLE9BQU8sQ0FBQyxDQUFDO1FBQ3pCLElBQUksQ0FBQyxJQUFJLE9BQU8sQ0FBQyxLQUFLLFFBQVE7WUFBRSxLQUFLLE1BQU0sRUFBRSxJQUFJLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO2dCQUFFLElBQUksZ0JBQWdCLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztvQkFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQzlHLENBQUM7SUFDRCxPQUFPLEdBQUcsQ0FBQztBQUNiLENBQUM7QUFFRCw2Q0FBNkM7QUFDN0MsTUFBTSxZQUFZLEdBQUcsMEJBQTBCLENBQUM7QUFDaEQsaUhBQWlIO0FBQ2pILGlFQUFpRTtBQUNqRSxNQUFNLFdBQVcsR0FBVyxPQUFPLENBQUMsMEJBQTBCLENBQUMsQ0FBQyxPQUFPLENBQUM7QUFFeEUsK0ZBQStGO0FBQy9GLFNBQVMsT0FBTyxDQUFDLENBQVM7SUFDeEIsTUFBTSxPQUFPLEdBQUcsQ0FBQyxPQUFPLEVBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxjQUFjLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUMzRyxNQUFNLE1BQU0sR0FBRyxDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxjQUFjLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUMzRSxPQUFPLEdBQUcsQ0FBQyxDQUFDLE1BQU0sSUFBSSxPQUFPLElBQUksTUFBTSxFQUFFLENBQUM7QUFDNUMsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCAqIGFzIGNyeXB0byBmcm9tICdjcnlwdG8nO1xuaW1wb3J0ICogYXMgZnMgZnJvbSAnZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdwYXRoJztcbmltcG9ydCB7IENsb3VkRm9ybWF0aW9uVmFsaWRhdGVQbHVnaW4sIElQb2xpY3lWYWxpZGF0aW9uQ29udGV4dCwgUG9saWN5VmFsaWRhdGlvblBsdWdpblJlcG9ydCB9IGZyb20gJ2F3cy1jZGstbGliJztcblxuLyoqXG4gKiBhd3MtY2RrLWxpYidzIGJ1aWx0LWluIENsb3VkRm9ybWF0aW9uIHZhbGlkYXRpb24sIHJ1biBvbmx5IGZvciB0ZW1wbGF0ZXMgaXQgaGFzIG5vdCBhbHJlYWR5XG4gKiBmb3VuZCBjbGVhbiAoaXNzdWUgMTgpLiBUaGUgZW5naW5lIChhIFdlYkFzc2VtYmx5IGJ1aWxkIG9mIENsb3VkRm9ybWF0aW9uIFZhbGlkYXRlKSBjb3N0cyBhYm91dFxuICogNSBzIG9mIENQVSBhbmQgMzMwIE1CIGluIGV2ZXJ5IHByb2Nlc3MgdGhhdCBzdGFydHMgaXQ7IGEgcGlwZWxpbmUgdGhhdCBzeW50aGVzaXplcyBvbmUgcGVybWl0IHBlclxuICogZXZlbnQgd291bGQgcGF5IHRoYXQgZm9yIGV2ZXJ5IGV2ZW50IGFsdGhvdWdoIGNvbnNlY3V0aXZlIHRlbXBsYXRlcyBkaWZmZXIgb25seSBpbiB0aGUgcGVybWl0J3NcbiAqIGlkLCBldmVudCBpZCBhbmQgc3RhdHVzLlxuICpcbiAqIFRoZSBrZXkgb2YgYSB0ZW1wbGF0ZSBpcyB0aGUgU0hBLTI1NiBvZiBpdHMgdGV4dCwgbm9ybWFsaXplZCwgdG9nZXRoZXIgd2l0aCBhd3MtY2RrLWxpYidzXG4gKiB2ZXJzaW9uICh3aGljaCBzaGlwcyB0aGUgZW5naW5lIGFuZCBpdHMgcnVsZXMpLiBOb3JtYWxpemVkIG1lYW5zOiBlYWNoIG9mIHRoZSBgdm9sYXRpbGVgIHN0cmluZ3NcbiAqICh0aGUgcGVybWl0IGlkLCBldmVudCBpZCwgc3RhdHVzZXMsIHRpbWVzdGFtcCksIHdoZXJldmVyIGl0IHN0YW5kcyBhcyBhIHdob2xlIHRva2VuLCByZXBsYWNlZCBieVxuICogYSBwbGFjZWhvbGRlciB0aGF0IGtlZXBzIGl0cyBsZW5ndGggYW5kIGNoYXJhY3RlciBjbGFzc2VzOyB0aGUgbG9naWNhbCBpZHMgdGhlIHRlbXBsYXRlIGRlY2xhcmVzXG4gKiBhbmQgaGV4IGRpZ2VzdHMgKDEyIGRpZ2l0cyBvciBtb3JlKSByZW5hbWVkIGluIG9yZGVyIG9mIGZpcnN0IGFwcGVhcmFuY2UsIGtlZXBpbmcgdGhlaXIgc2hhcGVcbiAqICh0aGV5IGNhcnJ5IGhhc2hlcyBvZiB0aGUgc3RhY2sgbmFtZSwgc28gZXZlcnkgcGVybWl0IGhhcyBpdHMgb3duKTsgZ3ppcCBwYXlsb2FkcyBpbiBiYXNlNjRcbiAqIHJlcGxhY2VkIGJ5IHRoZWlyIHNoYXBlLCBhbmQgYXMgYFVzZXJEYXRhYCBieSBhIHBsYWNlaG9sZGVyICh0aGUgZW5naW5lIGNoZWNrcyBubyBsZW5ndGggdGhlcmUpLiBUd28gdGVtcGxhdGVzIHdpdGggb25lIGtleSBhcmUgdGhlbiBvbmUgdGVtcGxhdGUgdXAgdG8gYVxuICogY29uc2lzdGVudCByZW5hbWluZyB0aGF0IGtlZXBzIGV2ZXJ5IHZhbHVlJ3MgbGVuZ3RoIGFuZCBhbHBoYWJldCwgYW5kIGEgdGVtcGxhdGUgaXMgdmFsaWQgb3Igbm90XG4gKiByZWdhcmRsZXNzIG9mIHN1Y2ggbmFtZXMsIHNvIGEgaGl0IG1lYW5zIHRoZSBlbmdpbmUgd291bGQgc2F5IHRoZSBzYW1lIGFnYWluLiBQZXJtaXRzIG9mIG9uZVxuICogc3RhdHVzIHRoZXJlZm9yZSBzaGFyZSB0aGVpciBrZXlzIChhcGFydCBmcm9tIHN0cnVjdHVyYWwgZGlmZmVyZW5jZXMgc3VjaCBhcyB0aGUgc3VibmV0IGFcbiAqIHdvcmtzcGFjZSBsYW5kcyBpbikuIE9ubHkgY2xlYW4gcmVzdWx0cyAobm8gdmlvbGF0aW9uIGF0IGFsbCkgYXJlXG4gKiByZWNvcmRlZDsgYSB0ZW1wbGF0ZSB3aXRoIGFueSBmaW5kaW5nIGlzIHZhbGlkYXRlZCwgYW5kIHJlcG9ydGVkLCBldmVyeSB0aW1lLiBXaGVuIGV2ZXJ5XG4gKiB0ZW1wbGF0ZSBvZiB0aGUgc3ludGhlc2lzIGhpdHMsIHRoZSBlbmdpbmUgaXMgbm90IHN0YXJ0ZWQuXG4gKlxuICogVGhlIGNhY2hlIGlzIGEgZm9sZGVyIG9mIGVtcHR5IGZpbGVzIG5hbWVkIGJ5IGtleS4gV2hvZXZlciBjYW4gd3JpdGUgaXQgY2FuIG1ha2UgdGhlIHZhbGlkYXRpb25cbiAqIHNraXAgYSB0ZW1wbGF0ZSwgd2hpY2ggdGhlbiBsb3NlcyBvbmx5IENsb3VkRm9ybWF0aW9uIFZhbGlkYXRlJ3Mgd2FybmluZ3MgKHRoZSB2YWxpZGF0aW9uIG5ldmVyXG4gKiBmYWlscyBhIHN5bnRoZXNpcyk6IGtlZXAgaXQgcHJpdmF0ZSB0byB0aGUgcGlwZWxpbmUncyB1c2VyIChpdCBpcyBjcmVhdGVkIDA3MDApLlxuICovXG5leHBvcnQgY2xhc3MgQ2FjaGVkQ2xvdWRGb3JtYXRpb25WYWxpZGF0aW9uIGV4dGVuZHMgQ2xvdWRGb3JtYXRpb25WYWxpZGF0ZVBsdWdpbiB7XG4gIC8qKlxuICAgKiBUaGUgaW5zdGFuY2UgZm9yIGEgY2FjaGUgZm9sZGVyLCBvbmUgcGVyIHByb2Nlc3M6IGl0cyBlbmdpbmUsIG9uY2Ugc3RhcnRlZCwgc2VydmVzIGV2ZXJ5XG4gICAqIGxhdGVyIHN5bnRoZXNpcyBvZiBhIGxvbmctcnVubmluZyBwcm9jZXNzICh0aGUgcGVybWl0IHdvcmtlcikgYXMgYXdzLWNkay1saWIncyBvd24gc2luZ2xldG9uIGRvZXMuXG4gICAqL1xuICBwdWJsaWMgc3RhdGljIGZvckNhY2hlKGNhY2hlRGlyOiBzdHJpbmcsIHZvbGF0aWxlOiBzdHJpbmdbXSk6IENhY2hlZENsb3VkRm9ybWF0aW9uVmFsaWRhdGlvbiB7XG4gICAgY29uc3QgZGlyID0gcGF0aC5yZXNvbHZlKGNhY2hlRGlyKTtcbiAgICBsZXQgcCA9IENhY2hlZENsb3VkRm9ybWF0aW9uVmFsaWRhdGlvbi5pbnN0YW5jZXMuZ2V0KGRpcik7XG4gICAgaWYgKCFwKSB7XG4gICAgICBwID0gbmV3IENhY2hlZENsb3VkRm9ybWF0aW9uVmFsaWRhdGlvbihkaXIpO1xuICAgICAgQ2FjaGVkQ2xvdWRGb3JtYXRpb25WYWxpZGF0aW9uLmluc3RhbmNlcy5zZXQoZGlyLCBwKTtcbiAgICB9XG4gICAgcC52b2xhdGlsZSA9IHZvbGF0aWxlO1xuICAgIHJldHVybiBwO1xuICB9XG5cbiAgcHJpdmF0ZSBzdGF0aWMgcmVhZG9ubHkgaW5zdGFuY2VzID0gbmV3IE1hcDxzdHJpbmcsIENhY2hlZENsb3VkRm9ybWF0aW9uVmFsaWRhdGlvbj4oKTtcblxuICAvKiogVGhlIHZhbHVlcyB0aGF0IHZhcnkgYmV0d2VlbiB0ZW1wbGF0ZXMgb2Ygb25lIHNoYXBlIChzZXQgcGVyIHN5bnRoZXNpcykuICovXG4gIHB1YmxpYyB2b2xhdGlsZTogc3RyaW5nW10gPSBbXTtcblxuICBwcml2YXRlIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgY2FjaGVEaXI6IHN0cmluZykge1xuICAgIHN1cGVyKCk7XG4gIH1cblxuICAvKipcbiAgICogVGhlIGVuZ2luZSdzIHZlcnNpb24sIHdoaWNoIGF3cy1jZGstbGliIGFza3MgZXZlcnkgcGx1Z2luIGZvciBhdCBlYWNoIHN5bnRoZXNpcyAoZm9yIHRoZVxuICAgKiByZXBvcnQpLCBhbmQgd2hpY2ggbG9hZGluZyB0aGUgZW5naW5lIGNvc3RzIChhYm91dCBhIHNpeHRoIG9mIGEgc3ludGhlc2lzIHdob3NlIHRlbXBsYXRlcyBhcmVcbiAgICogYWxsIGluIHRoZSBjYWNoZSkuIEl0IGlzIHJlY29yZGVkIGluIHRoZSBjYWNoZSBmb2xkZXIgYmVzaWRlIHRoZSBrZXlzLCBuYW1lZCBieSBhd3MtY2RrLWxpYidzXG4gICAqIHZlcnNpb24gKHdoaWNoIHNoaXBzIHRoZSBlbmdpbmUpLCBhbmQgcmVhZCBmcm9tIHRoZXJlIGFmdGVyd2FyZHMuXG4gICAqL1xuICBwdWJsaWMgZ2V0IHZlcnNpb24oKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5lbmdpbmVWZXJzaW9uKCk7XG4gIH1cblxuICAvKiogVGhlIHJ1bGUgaWRzIGF3cy1jZGstbGliJ3MgcGx1Z2luIHJlcG9ydHM6IHRoZSBlbmdpbmUncyB2ZXJzaW9uIChhcyB0aGUgYmFzZSBjbGFzcyBkb2VzKS4gKi9cbiAgcHVibGljIGdldCBydWxlSWRzKCk6IHN0cmluZ1tdIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCB2ID0gdGhpcy5lbmdpbmVWZXJzaW9uKCk7XG4gICAgcmV0dXJuIHYgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IFt2XTtcbiAgfVxuXG4gIHB1YmxpYyB2YWxpZGF0ZShjb250ZXh0OiBJUG9saWN5VmFsaWRhdGlvbkNvbnRleHQpOiBQb2xpY3lWYWxpZGF0aW9uUGx1Z2luUmVwb3J0IHtcbiAgICBjb25zdCBrZXlzID0gY29udGV4dC50ZW1wbGF0ZVBhdGhzLm1hcCgocCkgPT4gdGhpcy5rZXlPZihmcy5yZWFkRmlsZVN5bmMocCwgJ3V0ZjgnKSkpO1xuICAgIGlmIChrZXlzLmxlbmd0aCA+IDAgJiYga2V5cy5ldmVyeSgoaykgPT4gZnMuZXhpc3RzU3luYyhwYXRoLmpvaW4odGhpcy5jYWNoZURpciwgaykpKSkgcmV0dXJuIHsgc3VjY2VzczogdHJ1ZSwgdmlvbGF0aW9uczogW10gfTtcbiAgICBjb25zdCByZXBvcnQgPSBzdXBlci52YWxpZGF0ZShjb250ZXh0KTtcbiAgICBpZiAocmVwb3J0LnN1Y2Nlc3MgJiYgcmVwb3J0LnZpb2xhdGlvbnMubGVuZ3RoID09PSAwKSB7XG4gICAgICBmcy5ta2RpclN5bmModGhpcy5jYWNoZURpciwgeyByZWN1cnNpdmU6IHRydWUsIG1vZGU6IDBvNzAwIH0pO1xuICAgICAgZm9yIChjb25zdCBrIG9mIGtleXMpIGZzLndyaXRlRmlsZVN5bmMocGF0aC5qb2luKHRoaXMuY2FjaGVEaXIsIGspLCAnJyk7XG4gICAgfVxuICAgIHJldHVybiByZXBvcnQ7XG4gIH1cblxuICBwcml2YXRlIGVuZ2luZVZlcnNpb24oKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCBmaWxlID0gcGF0aC5qb2luKHRoaXMuY2FjaGVEaXIsIGBlbmdpbmUtdmVyc2lvbi0ke0NES19WRVJTSU9OfWApO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCByZWNvcmRlZCA9IGZzLnJlYWRGaWxlU3luYyhmaWxlLCAndXRmOCcpO1xuICAgICAgaWYgKC9eW1xceDIwLVxceDdlXXsxLDY0fSQvLnRlc3QocmVjb3JkZWQpKSByZXR1cm4gcmVjb3JkZWQ7XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBub3QgcmVjb3JkZWQgeWV0XG4gICAgfVxuICAgIGNvbnN0IHYgPSBzdXBlci52ZXJzaW9uO1xuICAgIGlmICh2ICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIHRyeSB7XG4gICAgICAgIGZzLm1rZGlyU3luYyh0aGlzLmNhY2hlRGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgbW9kZTogMG83MDAgfSk7XG4gICAgICAgIGZzLndyaXRlRmlsZVN5bmMoZmlsZSwgdik7XG4gICAgICB9IGNhdGNoIHtcbiAgICAgICAgLy8gYSBjYWNoZSB0aGF0IGNhbm5vdCBiZSB3cml0dGVuIGNvc3RzIHRpbWUsIG5vdGhpbmcgZWxzZVxuICAgICAgfVxuICAgIH1cbiAgICByZXR1cm4gdjtcbiAgfVxuXG4gIC8qKiBUaGUgY2FjaGUga2V5IG9mIGEgdGVtcGxhdGUncyB0ZXh0LiAqL1xuICBwdWJsaWMga2V5T2YodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgICByZXR1cm4gY3J5cHRvLmNyZWF0ZUhhc2goJ3NoYTI1NicpXG4gICAgICAudXBkYXRlKGAke0NBQ0hFX0ZPUk1BVH1cXG5hd3MtY2RrLWxpYiAke0NES19WRVJTSU9OfVxcbmApXG4gICAgICAudXBkYXRlKHRoaXMubm9ybWFsaXplKHRleHQpKVxuICAgICAgLmRpZ2VzdCgnaGV4Jyk7XG4gIH1cblxuICAvKiogQSB0ZW1wbGF0ZSdzIHRleHQgd2l0aCBpdHMgbmFtZXMgYW5kIHZvbGF0aWxlIHZhbHVlcyByZXBsYWNlZCBieSB0aGVpciBzaGFwZXMgKHdoYXQgdGhlIGtleSBoYXNoZXMpLiAqL1xuICBwdWJsaWMgbm9ybWFsaXplKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gICAgLy8gMS4gQ29tcHJlc3NlZCBwYXlsb2Fkczogb3BhcXVlIHRvIHRoZSBlbmdpbmUsIHdoaWNoIHNlZXMgYSBzdHJpbmcgb2YgdGhpcyBsZW5ndGggYW5kIGFscGhhYmV0O1xuICAgIC8vIGFzIHVzZXIgZGF0YSwgbm90IGV2ZW4gdGhlIGxlbmd0aCAoY2hlY2tlZCBvbiB0aGUgZW5naW5lOiB0ZXN0L2F3cy92YWxpZGF0aW9uLWNhY2hlLnRlc3QudHMpLlxuICAgIGxldCBub3JtYWwgPSB0ZXh0XG4gICAgICAucmVwbGFjZShHWklQX1VTRVJfREFUQSwgKF9tLCBoZWFkOiBzdHJpbmcpID0+IGAke2hlYWR9XCJcXHUwMDAwdXNlci1kYXRhXFx1MDAwMFwiYClcbiAgICAgIC5yZXBsYWNlKEdaSVBfQkFTRTY0LCAobSkgPT4gYFwiXFx1MDAwMGd6aXA6JHtzaGFwZU9mKG0pfVxcdTAwMDBcImApO1xuICAgIC8vIDIuIFRoZSB2b2xhdGlsZSB2YWx1ZXMuIExvbmdlc3QgZmlyc3QsIHNvIHRoYXQgYSB2YWx1ZSBjb250YWluaW5nIGFub3RoZXIgaXMgcmVwbGFjZWQgd2hvbGUuXG4gICAgY29uc3QgdmFsdWVzID0gWy4uLm5ldyBTZXQodGhpcy52b2xhdGlsZS5maWx0ZXIoKHYpID0+IHYubGVuZ3RoID4gMCkpXS5zb3J0KChhLCBiKSA9PiBiLmxlbmd0aCAtIGEubGVuZ3RoKTtcbiAgICB2YWx1ZXMuZm9yRWFjaCgodiwgaSkgPT4ge1xuICAgICAgLy8gV2hvbGUgdG9rZW5zIG9ubHkgKG5vdCBpbnNpZGUgYSBsb25nZXIgbmFtZSBvciBhIGhhc2gpOiBcInAtMDAxXCIgaW4gXCJwZXJtaXQtcC0wMDEtcmF3XCIsXG4gICAgICAvLyBuZXZlciBcImUxXCIgaW4gXCI0ZTFmXCIuXG4gICAgICBjb25zdCB0b2tlbiA9IG5ldyBSZWdFeHAoYCg/PCFbQS1aYS16MC05XSkke3YucmVwbGFjZSgvWy4qKz9eJHt9KCl8W1xcXVxcXFxdL2csICdcXFxcJCYnKX0oPyFbQS1aYS16MC05XSlgLCAnZycpO1xuICAgICAgbm9ybWFsID0gbm9ybWFsLnJlcGxhY2UodG9rZW4sICgpID0+IGBcXHUwMDAwJHtpfToke3NoYXBlT2Yodil9XFx1MDAwMGApO1xuICAgIH0pO1xuICAgIC8vIDMuIE5hbWVzOiB0aGUgdGVtcGxhdGUncyBsb2dpY2FsIGlkcyBhbmQgaGV4IGRpZ2VzdHMsIHJlbmFtZWQgaW4gb3JkZXIgb2YgZmlyc3QgYXBwZWFyYW5jZS5cbiAgICAvLyBUaGV5IGNhcnJ5IGhhc2hlcyBvZiBjb25zdHJ1Y3QgcGF0aHMgKHNvIG9mIHRoZSBzdGFjayBuYW1lLCBzbyBvZiB0aGUgcGVybWl0IGlkKTsgYVxuICAgIC8vIGNvbnNpc3RlbnQgcmVuYW1pbmcgdGhhdCBrZWVwcyBlYWNoIG5hbWUncyBzaGFwZSBjaGFuZ2VzIG5vdGhpbmcgdGhlIGVuZ2luZSBjaGVja3MuXG4gICAgY29uc3QgaWRzID0gbG9naWNhbElkcyh0ZXh0KTtcbiAgICBjb25zdCByZW5hbWVkID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZz4oKTtcbiAgICByZXR1cm4gbm9ybWFsLnJlcGxhY2UoL1tBLVphLXowLTldKy9nLCAodG9rKSA9PiB7XG4gICAgICBpZiAoIWlkcy5oYXModG9rKSAmJiAhSEVYX0RJR0VTVC50ZXN0KHRvaykpIHJldHVybiB0b2s7XG4gICAgICBsZXQgciA9IHJlbmFtZWQuZ2V0KHRvayk7XG4gICAgICBpZiAociA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIHIgPSBgXFx1MDAwMG4ke3JlbmFtZWQuc2l6ZX06JHtzaGFwZU9mKHRvayl9XFx1MDAwMGA7XG4gICAgICAgIHJlbmFtZWQuc2V0KHRvaywgcik7XG4gICAgICB9XG4gICAgICByZXR1cm4gcjtcbiAgICB9KTtcbiAgfVxufVxuXG4vKiogQSBKU09OIHN0cmluZyBob2xkaW5nIGJhc2U2NCBvZiBnemlwIGRhdGEgKHRvb2xzIGFuZCB1c2VyIGRhdGEgYXMgdGhlIGtpdCBjb21wcmVzc2VzIHRoZW0pLiAqL1xuY29uc3QgR1pJUF9CQVNFNjQgPSAvXCJINHNJW0EtWmEtejAtOSsvXSo9ezAsMn1cIi9nO1xuLyoqIFRoZSBzYW1lIGFzIGFuIGluc3RhbmNlJ3Mgb3IgbGF1bmNoIHRlbXBsYXRlJ3MgYFVzZXJEYXRhYCAoZGlyZWN0bHkgb3IgdW5kZXIgYEZuOjpCYXNlNjRgKS4gKi9cbmNvbnN0IEdaSVBfVVNFUl9EQVRBID0gLyhcIlVzZXJEYXRhXCJcXHMqOlxccyooPzpcXHtcXHMqXCJGbjo6QmFzZTY0XCJcXHMqOlxccyopPylcIkg0c0lbQS1aYS16MC05Ky9dKj17MCwyfVwiL2c7XG4vKiogQSBoZXggZGlnZXN0IGFzIHRoZSBraXQgYW5kIGF3cy1jZGstbGliIHdyaXRlIHRoZW0gaW50byBuYW1lcyAoYXQgbGVhc3QgMTIgZGlnaXRzKS4gKi9cbmNvbnN0IEhFWF9ESUdFU1QgPSAvXlswLTlhLWZdezEyLH0kLztcblxuLyoqIFRoZSBuYW1lcyBhIHRlbXBsYXRlIGRlY2xhcmVzOiBpdHMgcmVzb3VyY2VzJywgcGFyYW1ldGVycycsIG91dHB1dHMnLCBjb25kaXRpb25zJywgbWFwcGluZ3MnIGFuZCBydWxlcycgbG9naWNhbCBpZHMuICovXG5mdW5jdGlvbiBsb2dpY2FsSWRzKHRleHQ6IHN0cmluZyk6IFNldDxzdHJpbmc+IHtcbiAgbGV0IGRvYzogYW55O1xuICB0cnkge1xuICAgIGRvYyA9IEpTT04ucGFyc2UodGV4dCk7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiBuZXcgU2V0KCk7XG4gIH1cbiAgY29uc3QgaWRzID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGZvciAoY29uc3Qgc2VjdGlvbiBvZiBbJ1Jlc291cmNlcycsICdQYXJhbWV0ZXJzJywgJ091dHB1dHMnLCAnQ29uZGl0aW9ucycsICdNYXBwaW5ncycsICdSdWxlcyddKSB7XG4gICAgY29uc3QgcyA9IGRvYz8uW3NlY3Rpb25dO1xuICAgIGlmIChzICYmIHR5cGVvZiBzID09PSAnb2JqZWN0JykgZm9yIChjb25zdCBpZCBvZiBPYmplY3Qua2V5cyhzKSkgaWYgKC9eW0EtWmEtejAtOV0rJC8udGVzdChpZCkpIGlkcy5hZGQoaWQpO1xuICB9XG4gIHJldHVybiBpZHM7XG59XG5cbi8qKiBCdW1wZWQgd2hlbiB0aGUga2V5J3MgbWVhbmluZyBjaGFuZ2VzLiAqL1xuY29uc3QgQ0FDSEVfRk9STUFUID0gJ3J3cy1jZm4tdmFsaWRhdGUtY2FjaGUgMic7XG4vKiogVGhlIGVuZ2luZSBhbmQgaXRzIHJ1bGVzIHNoaXAgaW5zaWRlIGF3cy1jZGstbGliOiBpdHMgdmVyc2lvbiBuYW1lcyB0aGVtIChhc2tpbmcgdGhlIGVuZ2luZSBjb3N0cyBhIGxvYWQpLiAqL1xuLy8gZXNsaW50LWRpc2FibGUtbmV4dC1saW5lIEB0eXBlc2NyaXB0LWVzbGludC9uby1yZXF1aXJlLWltcG9ydHNcbmNvbnN0IENES19WRVJTSU9OOiBzdHJpbmcgPSByZXF1aXJlKCdhd3MtY2RrLWxpYi9wYWNrYWdlLmpzb24nKS52ZXJzaW9uO1xuXG4vKiogQSB2YWx1ZSdzIGxlbmd0aCBhbmQgY2hhcmFjdGVyIGNsYXNzZXMgKHdoYXQgYSB2YWxpZGF0b3IncyBwYXR0ZXJucyBhbmQgbGltaXRzIGNhbiBzZWUpLiAqL1xuZnVuY3Rpb24gc2hhcGVPZih2OiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBjbGFzc2VzID0gWy9bYS16XS8sIC9bQS1aXS8sIC9bMC05XS8sIC9bXkEtWmEtejAtOV0vXS5tYXAoKHJlKSA9PiAocmUudGVzdCh2KSA/ICcxJyA6ICcwJykpLmpvaW4oJycpO1xuICBjb25zdCBvdGhlcnMgPSBbLi4ubmV3IFNldCh2LnJlcGxhY2UoL1tBLVphLXowLTldL2csICcnKSldLnNvcnQoKS5qb2luKCcnKTtcbiAgcmV0dXJuIGAke3YubGVuZ3RofToke2NsYXNzZXN9OiR7b3RoZXJzfWA7XG59XG4iXX0=