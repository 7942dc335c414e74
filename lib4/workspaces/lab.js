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
exports.LabFileReader = exports.PATH = exports.EGRESS = void 0;
exports.labFields = labFields;
exports.labWorkspaceFields = labWorkspaceFields;
exports.nfsStorageSchema = nfsStorageSchema;
exports.readNfsStorage = readNfsStorage;
exports.oneOf = oneOf;
exports.unknownKeysAreErrors = unknownKeysAreErrors;
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
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const catalog_1 = require("./catalog");
const errors_1 = require("./errors");
const policy_1 = require("./policy");
const cidr_1 = require("./private/cidr");
const clean_1 = require("./private/clean");
const error_1 = require("./private/error");
const fields_1 = require("./private/fields");
const input_files_1 = require("./private/input-files");
const json_schema_1 = require("./private/schemas/json-schema");
const model_1 = require("./private/schemas/model");
const shape_1 = require("./private/schemas/shape");
const size_field_1 = require("./private/size-field");
const yaml_source_1 = require("./private/yaml-source");
const users_1 = require("./users");
/** Schema of an egress field (`none`, `proxied`, `open`). */
const EGRESS = (what) => (0, json_schema_1.oneOf)(`Internet access ${what}: none, proxied (allowed domains through a proxy) or open.`, Object.values(policy_1.EgressMode));
exports.EGRESS = EGRESS;
/** Schema of a path field of a lab file. */
const PATH = (what) => (0, json_schema_1.text)(`${what}, relative to the lab file's folder (and inside it).`);
exports.PATH = PATH;
/** The top-level fields every backend's lab file has, with one meaning (`nameHelp` says what the name becomes there). */
function labFields(nameHelp) {
    return {
        name: (0, json_schema_1.text)(nameHelp),
        description: (0, json_schema_1.text)('Human description.'),
        templates: (0, exports.PATH)('Folder of the lab\'s own templates'),
        registry: (0, exports.PATH)('Users registry file'),
        policy: (0, exports.PATH)('Policy file'),
    };
}
/** The fields every backend's workspace entry has, with one meaning. */
function labWorkspaceFields() {
    return {
        name: (0, json_schema_1.text)('Workspace name.'),
        template: (0, json_schema_1.text)('Template slug or name.'),
        parameters: (0, json_schema_1.textMap)('Template parameter values.'),
        size: (0, model_1.sizeSchema)('Workspace size.'),
        owner: (0, json_schema_1.text)('Owner (a registry user).'),
        users: (0, json_schema_1.textList)('Research users with an account (default: the owner).'),
        project: (0, json_schema_1.text)('Project.'),
    };
}
/** `storage:` of the Terraform backends' labs: the lab's existing NFS share. */
function nfsStorageSchema() {
    return (0, json_schema_1.obj)('The lab\'s NFS share.', {
        server: (0, json_schema_1.text)('NFS server address.'),
        export_path: (0, json_schema_1.text)('Exported path.'),
        mount_options: (0, json_schema_1.text)('Mount options.'),
    }, ['server', 'export_path']);
}
const NFS_KEYS = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)(nfsStorageSchema()));
/** Reads `storage:` as an NFS share (Kubernetes and Proxmox labs). */
function readNfsStorage(r, d) {
    const s = r.mapping(d, 'storage', []);
    if (!s)
        return undefined;
    r.unknownKeys(s, NFS_KEYS(), ['storage']);
    const server = r.str(s, 'server', ['storage'], { required: true });
    const exportPath = r.str(s, 'export_path', ['storage'], { required: true });
    if (server === undefined || exportPath === undefined)
        return undefined;
    return (0, clean_1.clean)({ server, exportPath, mountOptions: r.str(s, 'mount_options', ['storage']) });
}
/**
 * One lab file being read: its parsed text, the reader that collects every problem with its
 * line, and the shared fields. A backend reader opens it, reads its own fields with `r`, and
 * calls `finish` once.
 */
class LabFileReader {
    source;
    /** Opens `file` (size-limited, parsed once). `expected` says what the whole file should be, for a file that is not a mapping. */
    static open(file, expected) {
        return new LabFileReader(yaml_source_1.YamlSource.fromFile(file, 'lab'), expected);
    }
    /** Collects the problems. */
    r;
    /** The file's folder (absolute): paths in the file are relative to it. */
    dir;
    /** The parsed top-level mapping. */
    data;
    /** The policy file read (or the error reading it gave), so it is read once. */
    policy;
    constructor(source, expected) {
        this.source = source;
        this.dir = path.dirname(path.resolve(source.file));
        this.r = new fields_1.FieldReader(source, source.file);
        const d = source.data ?? {};
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
    loadFiles(files) {
        const catalog = catalog_1.TemplateCatalog.bundled();
        if (files.templatesDir)
            catalog.loadDirectory(files.templatesDir);
        return (0, clean_1.clean)({
            catalog,
            registry: files.registryFile ? users_1.UserRegistry.fromFile(files.registryFile) : undefined,
            policy: files.policyFile ? this.policyOf(files.policyFile) : undefined,
        });
    }
    /** `name:` (required). */
    name() {
        return this.r.str(this.data, 'name', [], { required: true });
    }
    /** `templates:`, `registry:` and `policy:`, confined to the lab's folder and checked to exist. */
    files() {
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
    section(backend, keys) {
        const d = this.data;
        const s = d[backend];
        if (s === undefined || s === null)
            return { data: d, at: [] };
        if (typeof s !== 'object' || Array.isArray(s)) {
            this.r.expect([backend], s, `a mapping of the lab's ${backend} settings`);
            return { data: {}, at: [backend] };
        }
        for (const k of Object.keys(d)) {
            if (keys.has(k)) {
                this.r.error([k], 'setting-outside-section', `"${k}" is a ${backend} setting, and the file has a ${backend}: section`, undefined, `move ${k}: into the ${backend}: section (or keep every ${backend} setting at the top level, without the section)`);
            }
        }
        this.r.unknownKeys(s, keys, [backend]);
        return { data: s, at: [backend] };
    }
    /**
     * Reads `workspaces:` (required, a list of mappings): the shared fields of each entry, then
     * `read` for the backend's own (which reports a backend's own required fields itself).
     */
    workspaces(read) {
        const d = this.data;
        const entry = 'name, template, owner';
        if (d.workspaces === undefined) {
            this.r.error(['workspaces'], 'missing-field', 'required field "workspaces" is missing', undefined, `add workspaces: with one entry per workstation (${entry})`);
        }
        const out = [];
        (this.r.list(d, 'workspaces', []) ?? []).forEach((w, i) => {
            const at = ['workspaces', i];
            if (!w || typeof w !== 'object' || Array.isArray(w)) {
                this.r.expect(at, w, `a workspace (${entry}, ...)`);
                return;
            }
            const common = (0, clean_1.clean)({
                name: this.r.str(w, 'name', at, { required: true }) ?? '',
                template: this.r.str(w, 'template', at, { required: true }) ?? '',
                parameters: this.r.stringMap(w, 'parameters', at),
                size: (0, size_field_1.sizeAt)(this.r, w, 'size', at),
                owner: this.r.str(w, 'owner', at),
                users: this.r.strList(w, 'users', at),
                project: this.r.str(w, 'project', at),
            });
            const x = read(w, at, common);
            if (x !== undefined)
                out.push(x);
        });
        return out;
    }
    /**
     * Ends the reading: unknown keys (reported as warnings by `r.unknownKeys`) become errors, the
     * schema's shape check reports what the reading did not judge, and every problem is thrown
     * at once in one `WorkspaceInputError`.
     */
    finish(schema, what) {
        unknownKeysAreErrors(this.r, what);
        (0, shape_1.checkShape)(this.r, schema, this.data);
        this.r.throwIfErrors(`${this.source.file}: ${this.r.errors.length} problems in the lab definition`);
    }
    /** The policy a lab file names, read once (a file that does not load throws here, every time it is asked for). */
    policyOf(file) {
        if (this.policy?.file !== file) {
            try {
                this.policy = { file, policy: policy_1.WorkspacePolicy.fromFile(file) };
            }
            catch (e) {
                this.policy = { file, error: e };
            }
        }
        if (this.policy.error !== undefined)
            throw this.policy.error;
        return this.policy.policy;
    }
    /** The CIDR limits of the policy a lab file names (the defaults when it has none or it does not load: that is reported later). */
    cidrLimitsOf(policyFile) {
        if (!policyFile)
            return cidr_1.DEFAULT_CIDR_LIMITS;
        try {
            return (0, cidr_1.cidrLimitsOf)(this.policyOf(policyFile));
        }
        catch (e) {
            if (!error_1.WorkspaceInputError.isWorkspaceInputError(e))
                throw e;
            return cidr_1.DEFAULT_CIDR_LIMITS;
        }
    }
    existing(key, kind) {
        const given = this.r.str(this.data, key, []);
        if (given === undefined)
            return undefined;
        // Inside the lab file's folder (or RWS_ALLOWED_ROOTS), symlinks resolved: a lab file from a
        // pull request cannot read /etc/shadow.
        const confined = (0, input_files_1.confinePath)(given, this.dir);
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
exports.LabFileReader = LabFileReader;
/** A value out of a fixed set (an enum's values), with an error naming them. */
function oneOf(r, from, key, p, values, what) {
    const v = r.str(from, key, p);
    if (v === undefined)
        return undefined;
    if (values.includes(v))
        return v;
    r.error([...p, key], 'invalid-value', `unknown ${what}`, v, `use one of ${values.join(', ')}`);
    return undefined;
}
/** Moves the reader's unknown-key warnings to its errors (`what`: the kind of file, for the fix). */
function unknownKeysAreErrors(r, what) {
    for (const w of r.warnings.splice(0)) {
        const fix = w.fix?.startsWith('did you mean') ? w.fix : `remove it, or check the spelling against the ${what} keys (docs/cli.md)`;
        r.errors.push({ ...w, severity: errors_1.DiagnosticSeverity.ERROR, message: `${w.message}; a misspelled setting would silently not apply`, fix });
    }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoibGFiLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vc3JjL3dvcmtzcGFjZXMvbGFiLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQXdDQSw4QkFRQztBQUdELGdEQVVDO0FBR0QsNENBTUM7QUFLRCx3Q0FRQztBQXdORCxzQkFNQztBQUdELG9EQUtDO0FBelREOzs7Ozs7Ozs7OztHQVdHO0FBQ0gsdUNBQXlCO0FBQ3pCLDJDQUE2QjtBQUM3Qix1Q0FBNEM7QUFDNUMscUNBQThDO0FBQzlDLHFDQUF1RDtBQUN2RCx5Q0FBK0U7QUFDL0UsMkNBQXdDO0FBQ3hDLDJDQUFzRDtBQUN0RCw2Q0FBK0M7QUFDL0MsdURBQW9EO0FBQ3BELCtEQUE2SDtBQUM3SCxtREFBcUQ7QUFDckQsbURBQXFEO0FBQ3JELHFEQUE4QztBQUM5Qyx1REFBNkQ7QUFHN0QsbUNBQXVDO0FBS3ZDLDZEQUE2RDtBQUN0RCxNQUFNLE1BQU0sR0FBRyxDQUFDLElBQVksRUFBYyxFQUFFLENBQUMsSUFBQSxtQkFBVyxFQUFDLG1CQUFtQixJQUFJLDREQUE0RCxFQUFFLE1BQU0sQ0FBQyxNQUFNLENBQUMsbUJBQVUsQ0FBQyxDQUFDLENBQUM7QUFBbkssUUFBQSxNQUFNLFVBQTZKO0FBQ2hMLDRDQUE0QztBQUNyQyxNQUFNLElBQUksR0FBRyxDQUFDLElBQVksRUFBYyxFQUFFLENBQUMsSUFBQSxrQkFBSSxFQUFDLEdBQUcsSUFBSSxzREFBc0QsQ0FBQyxDQUFDO0FBQXpHLFFBQUEsSUFBSSxRQUFxRztBQUV0SCx5SEFBeUg7QUFDekgsU0FBZ0IsU0FBUyxDQUFDLFFBQWdCO0lBQ3hDLE9BQU87UUFDTCxJQUFJLEVBQUUsSUFBQSxrQkFBSSxFQUFDLFFBQVEsQ0FBQztRQUNwQixXQUFXLEVBQUUsSUFBQSxrQkFBSSxFQUFDLG9CQUFvQixDQUFDO1FBQ3ZDLFNBQVMsRUFBRSxJQUFBLFlBQUksRUFBQyxvQ0FBb0MsQ0FBQztRQUNyRCxRQUFRLEVBQUUsSUFBQSxZQUFJLEVBQUMscUJBQXFCLENBQUM7UUFDckMsTUFBTSxFQUFFLElBQUEsWUFBSSxFQUFDLGFBQWEsQ0FBQztLQUM1QixDQUFDO0FBQ0osQ0FBQztBQUVELHdFQUF3RTtBQUN4RSxTQUFnQixrQkFBa0I7SUFDaEMsT0FBTztRQUNMLElBQUksRUFBRSxJQUFBLGtCQUFJLEVBQUMsaUJBQWlCLENBQUM7UUFDN0IsUUFBUSxFQUFFLElBQUEsa0JBQUksRUFBQyx3QkFBd0IsQ0FBQztRQUN4QyxVQUFVLEVBQUUsSUFBQSxxQkFBTyxFQUFDLDRCQUE0QixDQUFDO1FBQ2pELElBQUksRUFBRSxJQUFBLGtCQUFVLEVBQUMsaUJBQWlCLENBQUM7UUFDbkMsS0FBSyxFQUFFLElBQUEsa0JBQUksRUFBQywwQkFBMEIsQ0FBQztRQUN2QyxLQUFLLEVBQUUsSUFBQSxzQkFBUSxFQUFDLHNEQUFzRCxDQUFDO1FBQ3ZFLE9BQU8sRUFBRSxJQUFBLGtCQUFJLEVBQUMsVUFBVSxDQUFDO0tBQzFCLENBQUM7QUFDSixDQUFDO0FBRUQsZ0ZBQWdGO0FBQ2hGLFNBQWdCLGdCQUFnQjtJQUM5QixPQUFPLElBQUEsaUJBQUcsRUFBQyx1QkFBdUIsRUFBRTtRQUNsQyxNQUFNLEVBQUUsSUFBQSxrQkFBSSxFQUFDLHFCQUFxQixDQUFDO1FBQ25DLFdBQVcsRUFBRSxJQUFBLGtCQUFJLEVBQUMsZ0JBQWdCLENBQUM7UUFDbkMsYUFBYSxFQUFFLElBQUEsa0JBQUksRUFBQyxnQkFBZ0IsQ0FBQztLQUN0QyxFQUFFLENBQUMsUUFBUSxFQUFFLGFBQWEsQ0FBQyxDQUFDLENBQUM7QUFDaEMsQ0FBQztBQUVELE1BQU0sUUFBUSxHQUFHLElBQUEsa0JBQUksRUFBQyxHQUFHLEVBQUUsQ0FBQyxJQUFBLG9CQUFNLEVBQUMsZ0JBQWdCLEVBQUUsQ0FBQyxDQUFDLENBQUM7QUFFeEQsc0VBQXNFO0FBQ3RFLFNBQWdCLGNBQWMsQ0FBQyxDQUFjLEVBQUUsQ0FBTTtJQUNuRCxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxTQUFTLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDdEMsSUFBSSxDQUFDLENBQUM7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUN6QixDQUFDLENBQUMsV0FBVyxDQUFDLENBQUMsRUFBRSxRQUFRLEVBQUUsRUFBRSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUM7SUFDMUMsTUFBTSxNQUFNLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsUUFBUSxFQUFFLENBQUMsU0FBUyxDQUFDLEVBQUUsRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztJQUNuRSxNQUFNLFVBQVUsR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxhQUFhLEVBQUUsQ0FBQyxTQUFTLENBQUMsRUFBRSxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDO0lBQzVFLElBQUksTUFBTSxLQUFLLFNBQVMsSUFBSSxVQUFVLEtBQUssU0FBUztRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQ3ZFLE9BQU8sSUFBQSxhQUFLLEVBQUMsRUFBRSxNQUFNLEVBQUUsVUFBVSxFQUFFLFlBQVksRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxlQUFlLEVBQUUsQ0FBQyxTQUFTLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQztBQUM3RixDQUFDO0FBMENEOzs7O0dBSUc7QUFDSCxNQUFhLGFBQWE7SUFlWTtJQWRwQyxpSUFBaUk7SUFDMUgsTUFBTSxDQUFDLElBQUksQ0FBQyxJQUFZLEVBQUUsUUFBZ0I7UUFDL0MsT0FBTyxJQUFJLGFBQWEsQ0FBQyx3QkFBVSxDQUFDLFFBQVEsQ0FBQyxJQUFJLEVBQUUsS0FBSyxDQUFDLEVBQUUsUUFBUSxDQUFDLENBQUM7SUFDdkUsQ0FBQztJQUVELDZCQUE2QjtJQUNiLENBQUMsQ0FBYztJQUMvQiwwRUFBMEU7SUFDMUQsR0FBRyxDQUFTO0lBQzVCLG9DQUFvQztJQUNwQixJQUFJLENBQU07SUFDMUIsK0VBQStFO0lBQ3ZFLE1BQU0sQ0FBMEY7SUFFeEcsWUFBb0MsTUFBa0IsRUFBRSxRQUFnQjtRQUFwQyxXQUFNLEdBQU4sTUFBTSxDQUFZO1FBQ3BELElBQUksQ0FBQyxHQUFHLEdBQUcsSUFBSSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO1FBQ25ELElBQUksQ0FBQyxDQUFDLEdBQUcsSUFBSSxvQkFBVyxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDOUMsTUFBTSxDQUFDLEdBQVEsTUFBTSxDQUFDLElBQUksSUFBSSxFQUFFLENBQUM7UUFDakMsSUFBSSxPQUFPLENBQUMsS0FBSyxRQUFRLElBQUksS0FBSyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQzlDLElBQUksQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxDQUFDLEVBQUUsUUFBUSxDQUFDLENBQUM7WUFDL0IsSUFBSSxDQUFDLENBQUMsQ0FBQyxhQUFhLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDM0IsQ0FBQztRQUNELElBQUksQ0FBQyxJQUFJLEdBQUcsQ0FBQyxDQUFDO0lBQ2hCLENBQUM7SUFFRDs7OztPQUlHO0lBQ0ksU0FBUyxDQUFDLEtBQWU7UUFDOUIsTUFBTSxPQUFPLEdBQUcseUJBQWUsQ0FBQyxPQUFPLEVBQUUsQ0FBQztRQUMxQyxJQUFJLEtBQUssQ0FBQyxZQUFZO1lBQUUsT0FBTyxDQUFDLGFBQWEsQ0FBQyxLQUFLLENBQUMsWUFBWSxDQUFDLENBQUM7UUFDbEUsT0FBTyxJQUFBLGFBQUssRUFBQztZQUNYLE9BQU87WUFDUCxRQUFRLEVBQUUsS0FBSyxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsb0JBQVksQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTO1lBQ3BGLE1BQU0sRUFBRSxLQUFLLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUztTQUN2RSxDQUFDLENBQUM7SUFDTCxDQUFDO0lBRUQsMEJBQTBCO0lBQ25CLElBQUk7UUFDVCxPQUFPLElBQUksQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLEVBQUUsTUFBTSxFQUFFLEVBQUUsRUFBRSxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDO0lBQy9ELENBQUM7SUFFRCxrR0FBa0c7SUFDM0YsS0FBSztRQUNWLE1BQU0sVUFBVSxHQUFHLElBQUksQ0FBQyxRQUFRLENBQUMsUUFBUSxFQUFFLE1BQU0sQ0FBQyxDQUFDO1FBQ25ELE9BQU87WUFDTCxZQUFZLEVBQUUsSUFBSSxDQUFDLFFBQVEsQ0FBQyxXQUFXLEVBQUUsUUFBUSxDQUFDO1lBQ2xELFlBQVksRUFBRSxJQUFJLENBQUMsUUFBUSxDQUFDLFVBQVUsRUFBRSxNQUFNLENBQUM7WUFDL0MsVUFBVTtZQUNWLFVBQVUsRUFBRSxJQUFJLENBQUMsWUFBWSxDQUFDLFVBQVUsQ0FBQztTQUMxQyxDQUFDO0lBQ0osQ0FBQztJQUVEOzs7OztPQUtHO0lBQ0ksT0FBTyxDQUFDLE9BQXVCLEVBQUUsSUFBeUI7UUFDL0QsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQztRQUNwQixNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUM7UUFDckIsSUFBSSxDQUFDLEtBQUssU0FBUyxJQUFJLENBQUMsS0FBSyxJQUFJO1lBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUUsRUFBRSxFQUFFLEVBQUUsRUFBRSxDQUFDO1FBQzlELElBQUksT0FBTyxDQUFDLEtBQUssUUFBUSxJQUFJLEtBQUssQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUM5QyxJQUFJLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUMsRUFBRSwwQkFBMEIsT0FBTyxXQUFXLENBQUMsQ0FBQztZQUMxRSxPQUFPLEVBQUUsSUFBSSxFQUFFLEVBQUUsRUFBRSxFQUFFLEVBQUUsQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1FBQ3JDLENBQUM7UUFDRCxLQUFLLE1BQU0sQ0FBQyxJQUFJLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUMvQixJQUFJLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztnQkFDaEIsSUFBSSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSx5QkFBeUIsRUFBRSxJQUFJLENBQUMsVUFBVSxPQUFPLGdDQUFnQyxPQUFPLFdBQVcsRUFBRSxTQUFTLEVBQzlILFFBQVEsQ0FBQyxjQUFjLE9BQU8sNEJBQTRCLE9BQU8saURBQWlELENBQUMsQ0FBQztZQUN4SCxDQUFDO1FBQ0gsQ0FBQztRQUNELElBQUksQ0FBQyxDQUFDLENBQUMsV0FBVyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDO1FBQ3ZDLE9BQU8sRUFBRSxJQUFJLEVBQUUsQ0FBQyxFQUFFLEVBQUUsRUFBRSxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7SUFDcEMsQ0FBQztJQUVEOzs7T0FHRztJQUNJLFVBQVUsQ0FBSSxJQUF5RTtRQUM1RixNQUFNLENBQUMsR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDO1FBQ3BCLE1BQU0sS0FBSyxHQUFHLHVCQUF1QixDQUFDO1FBQ3RDLElBQUksQ0FBQyxDQUFDLFVBQVUsS0FBSyxTQUFTLEVBQUUsQ0FBQztZQUMvQixJQUFJLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLFlBQVksQ0FBQyxFQUFFLGVBQWUsRUFBRSx3Q0FBd0MsRUFBRSxTQUFTLEVBQUUsbURBQW1ELEtBQUssR0FBRyxDQUFDLENBQUM7UUFDbEssQ0FBQztRQUNELE1BQU0sR0FBRyxHQUFRLEVBQUUsQ0FBQztRQUNwQixDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsRUFBRSxZQUFZLEVBQUUsRUFBRSxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBTSxFQUFFLENBQVMsRUFBRSxFQUFFO1lBQ3JFLE1BQU0sRUFBRSxHQUFhLENBQUMsWUFBWSxFQUFFLENBQUMsQ0FBQyxDQUFDO1lBQ3ZDLElBQUksQ0FBQyxDQUFDLElBQUksT0FBTyxDQUFDLEtBQUssUUFBUSxJQUFJLEtBQUssQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztnQkFDcEQsSUFBSSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLENBQUMsRUFBRSxnQkFBZ0IsS0FBSyxRQUFRLENBQUMsQ0FBQztnQkFDcEQsT0FBTztZQUNULENBQUM7WUFDRCxNQUFNLE1BQU0sR0FBdUIsSUFBQSxhQUFLLEVBQUM7Z0JBQ3ZDLElBQUksRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLEVBQUUsRUFBRSxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUsQ0FBQyxJQUFJLEVBQUU7Z0JBQ3pELFFBQVEsRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsVUFBVSxFQUFFLEVBQUUsRUFBRSxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUsQ0FBQyxJQUFJLEVBQUU7Z0JBQ2pFLFVBQVUsRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLEVBQUUsWUFBWSxFQUFFLEVBQUUsQ0FBQztnQkFDakQsSUFBSSxFQUFFLElBQUEsbUJBQU0sRUFBQyxJQUFJLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxNQUFNLEVBQUUsRUFBRSxDQUFDO2dCQUNuQyxLQUFLLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLE9BQU8sRUFBRSxFQUFFLENBQUM7Z0JBQ2pDLEtBQUssRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLEVBQUUsQ0FBQztnQkFDckMsT0FBTyxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxTQUFTLEVBQUUsRUFBRSxDQUFDO2FBQ3RDLENBQUMsQ0FBQztZQUNILE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxDQUFDLEVBQUUsRUFBRSxFQUFFLE1BQU0sQ0FBQyxDQUFDO1lBQzlCLElBQUksQ0FBQyxLQUFLLFNBQVM7Z0JBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNuQyxDQUFDLENBQUMsQ0FBQztRQUNILE9BQU8sR0FBRyxDQUFDO0lBQ2IsQ0FBQztJQUVEOzs7O09BSUc7SUFDSSxNQUFNLENBQUMsTUFBa0IsRUFBRSxJQUFZO1FBQzVDLG9CQUFvQixDQUFDLElBQUksQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUM7UUFDbkMsSUFBQSxrQkFBVSxFQUFDLElBQUksQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUN0QyxJQUFJLENBQUMsQ0FBQyxDQUFDLGFBQWEsQ0FBQyxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsSUFBSSxLQUFLLElBQUksQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLE1BQU0saUNBQWlDLENBQUMsQ0FBQztJQUN0RyxDQUFDO0lBRUQsa0hBQWtIO0lBQzFHLFFBQVEsQ0FBQyxJQUFZO1FBQzNCLElBQUksSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLEtBQUssSUFBSSxFQUFFLENBQUM7WUFDL0IsSUFBSSxDQUFDO2dCQUNILElBQUksQ0FBQyxNQUFNLEdBQUcsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLHdCQUFlLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7WUFDakUsQ0FBQztZQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7Z0JBQ1gsSUFBSSxDQUFDLE1BQU0sR0FBRyxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsQ0FBQyxFQUFFLENBQUM7WUFDbkMsQ0FBQztRQUNILENBQUM7UUFDRCxJQUFJLElBQUksQ0FBQyxNQUFNLENBQUMsS0FBSyxLQUFLLFNBQVM7WUFBRSxNQUFNLElBQUksQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDO1FBQzdELE9BQU8sSUFBSSxDQUFDLE1BQU0sQ0FBQyxNQUFPLENBQUM7SUFDN0IsQ0FBQztJQUVELGtJQUFrSTtJQUMxSCxZQUFZLENBQUMsVUFBOEI7UUFDakQsSUFBSSxDQUFDLFVBQVU7WUFBRSxPQUFPLDBCQUFtQixDQUFDO1FBQzVDLElBQUksQ0FBQztZQUNILE9BQU8sSUFBQSxtQkFBWSxFQUFDLElBQUksQ0FBQyxRQUFRLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQztRQUNqRCxDQUFDO1FBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztZQUNYLElBQUksQ0FBQywyQkFBbUIsQ0FBQyxxQkFBcUIsQ0FBQyxDQUFDLENBQUM7Z0JBQUUsTUFBTSxDQUFDLENBQUM7WUFDM0QsT0FBTywwQkFBbUIsQ0FBQztRQUM3QixDQUFDO0lBQ0gsQ0FBQztJQUVPLFFBQVEsQ0FBQyxHQUFXLEVBQUUsSUFBdUI7UUFDbkQsTUFBTSxLQUFLLEdBQUcsSUFBSSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxHQUFHLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDN0MsSUFBSSxLQUFLLEtBQUssU0FBUztZQUFFLE9BQU8sU0FBUyxDQUFDO1FBQzFDLDRGQUE0RjtRQUM1Rix3Q0FBd0M7UUFDeEMsTUFBTSxRQUFRLEdBQUcsSUFBQSx5QkFBVyxFQUFDLEtBQUssRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUM7UUFDOUMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxFQUFFLEVBQUUsQ0FBQztZQUNqQixJQUFJLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsQ0FBQyxFQUFFLGtCQUFrQixFQUFFLFFBQVEsQ0FBQyxPQUFPLEVBQUUsS0FBSyxFQUFFLFFBQVEsQ0FBQyxHQUFHLENBQUMsQ0FBQztZQUMvRSxPQUFPLFNBQVMsQ0FBQztRQUNuQixDQUFDO1FBQ0QsTUFBTSxHQUFHLEdBQUcsUUFBUSxDQUFDLEdBQUcsQ0FBQztRQUN6QixNQUFNLEVBQUUsR0FBRyxFQUFFLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxLQUFLLFFBQVEsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLFFBQVEsQ0FBQyxHQUFHLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLFFBQVEsQ0FBQyxHQUFHLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDO1FBQ2xILElBQUksQ0FBQyxFQUFFLEVBQUUsQ0FBQztZQUNSLElBQUksQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsR0FBRyxDQUFDLEVBQUUsY0FBYyxFQUFFLE9BQU8sSUFBSSxpQkFBaUIsRUFBRSxLQUFLLEVBQUUsMERBQTBELENBQUMsQ0FBQztZQUNySSxPQUFPLFNBQVMsQ0FBQztRQUNuQixDQUFDO1FBQ0QsT0FBTyxHQUFHLENBQUM7SUFDYixDQUFDO0NBQ0Y7QUF0S0Qsc0NBc0tDO0FBRUQsZ0ZBQWdGO0FBQ2hGLFNBQWdCLEtBQUssQ0FBbUIsQ0FBYyxFQUFFLElBQVMsRUFBRSxHQUFXLEVBQUUsQ0FBVyxFQUFFLE1BQW9CLEVBQUUsSUFBWTtJQUM3SCxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxHQUFHLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDOUIsSUFBSSxDQUFDLEtBQUssU0FBUztRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQ3RDLElBQUssTUFBNEIsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDO1FBQUUsT0FBTyxDQUFNLENBQUM7SUFDN0QsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxFQUFFLGVBQWUsRUFBRSxXQUFXLElBQUksRUFBRSxFQUFFLENBQUMsRUFBRSxjQUFjLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQy9GLE9BQU8sU0FBUyxDQUFDO0FBQ25CLENBQUM7QUFFRCxxR0FBcUc7QUFDckcsU0FBZ0Isb0JBQW9CLENBQUMsQ0FBYyxFQUFFLElBQVk7SUFDL0QsS0FBSyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ3JDLE1BQU0sR0FBRyxHQUFHLENBQUMsQ0FBQyxHQUFHLEVBQUUsVUFBVSxDQUFDLGNBQWMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxnREFBZ0QsSUFBSSxxQkFBcUIsQ0FBQztRQUNsSSxDQUFDLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxFQUFFLEdBQUcsQ0FBQyxFQUFFLFFBQVEsRUFBRSwyQkFBa0IsQ0FBQyxLQUFLLEVBQUUsT0FBTyxFQUFFLEdBQUcsQ0FBQyxDQUFDLE9BQU8saURBQWlELEVBQUUsR0FBRyxFQUFFLENBQUMsQ0FBQztJQUMzSSxDQUFDO0FBQ0gsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogVGhlIGxhYiBmaWxlOiB3aGF0IGV2ZXJ5IGJhY2tlbmQncyBgbGFiLnlhbWxgIGhhcyBpbiBjb21tb24sIHJlYWQgb25jZSB3aXRoIG9uZSBzZXQgb2ZcbiAqIG1lc3NhZ2VzLiBUaGUgQVdTLCBLdWJlcm5ldGVzIGFuZCBQcm94bW94IHJlYWRlcnMgKHNyYy9zdGFja3MvYXdzL2xhYi1maWxlLnRzLFxuICogc3JjL3N0YWNrcy9rdWJlcm5ldGVzL2t1YmVybmV0ZXMtbGFiLWZpbGUudHMsIHNyYy9zdGFja3MvcHJveG1veC9wcm94bW94LWxhYi1maWxlLnRzKSBvcGVuIHRoZSBmaWxlIGhlcmUsIHRha2VcbiAqIHRoZSBzaGFyZWQgZmllbGRzIChuYW1lLCB0ZW1wbGF0ZXMsIHJlZ2lzdHJ5LCBwb2xpY3ksIGFuZCBlYWNoIHdvcmtzcGFjZSdzIG5hbWUsIHRlbXBsYXRlLFxuICogcGFyYW1ldGVycywgc2l6ZSwgb3duZXIsIHVzZXJzLCBwcm9qZWN0KSBmcm9tIGhlcmUgYW5kIHJlYWQgb25seSB3aGF0IHRoZWlyIGJhY2tlbmQgYWRkcy5cbiAqIFRoZWlyIHNjaGVtYXMgYXJlIGJ1aWx0IGZyb20gdGhlIHNhbWUgZmllbGQgdGFibGVzIChgbGFiRmllbGRzYCwgYGxhYldvcmtzcGFjZUZpZWxkc2ApLCBzbyBhXG4gKiBmaWVsZCBtZWFucyB0aGUgc2FtZSB0aGluZywgYW5kIGEgbWlzdGFrZSBpbiBpdCBnZXRzIHRoZSBzYW1lIGVycm9yLCBvbiBldmVyeSBiYWNrZW5kXG4gKiAodGVzdC93b3Jrc3BhY2VzL2xhYi1jb21tb24udGVzdC50cykuXG4gKlxuICogUGxhaW4gZGF0YSBhbmQgdGhlIG1vZGVsJ3Mgb3duIG1vZHVsZXM6IG5vIGF3cy1jZGstbGliIG9yIGNka3RmIGltcG9ydC5cbiAqL1xuaW1wb3J0ICogYXMgZnMgZnJvbSAnZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdwYXRoJztcbmltcG9ydCB7IFRlbXBsYXRlQ2F0YWxvZyB9IGZyb20gJy4vY2F0YWxvZyc7XG5pbXBvcnQgeyBEaWFnbm9zdGljU2V2ZXJpdHkgfSBmcm9tICcuL2Vycm9ycyc7XG5pbXBvcnQgeyBFZ3Jlc3NNb2RlLCBXb3Jrc3BhY2VQb2xpY3kgfSBmcm9tICcuL3BvbGljeSc7XG5pbXBvcnQgeyBDaWRyTGltaXRzLCBjaWRyTGltaXRzT2YsIERFRkFVTFRfQ0lEUl9MSU1JVFMgfSBmcm9tICcuL3ByaXZhdGUvY2lkcic7XG5pbXBvcnQgeyBjbGVhbiB9IGZyb20gJy4vcHJpdmF0ZS9jbGVhbic7XG5pbXBvcnQgeyBXb3Jrc3BhY2VJbnB1dEVycm9yIH0gZnJvbSAnLi9wcml2YXRlL2Vycm9yJztcbmltcG9ydCB7IEZpZWxkUmVhZGVyIH0gZnJvbSAnLi9wcml2YXRlL2ZpZWxkcyc7XG5pbXBvcnQgeyBjb25maW5lUGF0aCB9IGZyb20gJy4vcHJpdmF0ZS9pbnB1dC1maWxlcyc7XG5pbXBvcnQgeyBKc29uU2NoZW1hLCBrZXlzQXQsIGxhenksIG9iaiwgb25lT2YgYXMgb25lT2ZTY2hlbWEsIHRleHQsIHRleHRMaXN0LCB0ZXh0TWFwIH0gZnJvbSAnLi9wcml2YXRlL3NjaGVtYXMvanNvbi1zY2hlbWEnO1xuaW1wb3J0IHsgc2l6ZVNjaGVtYSB9IGZyb20gJy4vcHJpdmF0ZS9zY2hlbWFzL21vZGVsJztcbmltcG9ydCB7IGNoZWNrU2hhcGUgfSBmcm9tICcuL3ByaXZhdGUvc2NoZW1hcy9zaGFwZSc7XG5pbXBvcnQgeyBzaXplQXQgfSBmcm9tICcuL3ByaXZhdGUvc2l6ZS1maWVsZCc7XG5pbXBvcnQgeyBZYW1sUGF0aCwgWWFtbFNvdXJjZSB9IGZyb20gJy4vcHJpdmF0ZS95YW1sLXNvdXJjZSc7XG5pbXBvcnQgeyBXb3Jrc3BhY2VTaXplIH0gZnJvbSAnLi9zaXplcyc7XG5pbXBvcnQgeyBOZnNTdG9yYWdlUHJvcHMgfSBmcm9tICcuL3VzZXJkYXRhJztcbmltcG9ydCB7IFVzZXJSZWdpc3RyeSB9IGZyb20gJy4vdXNlcnMnO1xuXG4vKiogVGhlIGJhY2tlbmRzIGEgbGFiIGZpbGUgY2FuIGRlc2NyaWJlLiAqL1xuZXhwb3J0IHR5cGUgTGFiQmFja2VuZE5hbWUgPSAnYXdzJyB8ICdrdWJlcm5ldGVzJyB8ICdwcm94bW94JztcblxuLyoqIFNjaGVtYSBvZiBhbiBlZ3Jlc3MgZmllbGQgKGBub25lYCwgYHByb3hpZWRgLCBgb3BlbmApLiAqL1xuZXhwb3J0IGNvbnN0IEVHUkVTUyA9ICh3aGF0OiBzdHJpbmcpOiBKc29uU2NoZW1hID0+IG9uZU9mU2NoZW1hKGBJbnRlcm5ldCBhY2Nlc3MgJHt3aGF0fTogbm9uZSwgcHJveGllZCAoYWxsb3dlZCBkb21haW5zIHRocm91Z2ggYSBwcm94eSkgb3Igb3Blbi5gLCBPYmplY3QudmFsdWVzKEVncmVzc01vZGUpKTtcbi8qKiBTY2hlbWEgb2YgYSBwYXRoIGZpZWxkIG9mIGEgbGFiIGZpbGUuICovXG5leHBvcnQgY29uc3QgUEFUSCA9ICh3aGF0OiBzdHJpbmcpOiBKc29uU2NoZW1hID0+IHRleHQoYCR7d2hhdH0sIHJlbGF0aXZlIHRvIHRoZSBsYWIgZmlsZSdzIGZvbGRlciAoYW5kIGluc2lkZSBpdCkuYCk7XG5cbi8qKiBUaGUgdG9wLWxldmVsIGZpZWxkcyBldmVyeSBiYWNrZW5kJ3MgbGFiIGZpbGUgaGFzLCB3aXRoIG9uZSBtZWFuaW5nIChgbmFtZUhlbHBgIHNheXMgd2hhdCB0aGUgbmFtZSBiZWNvbWVzIHRoZXJlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsYWJGaWVsZHMobmFtZUhlbHA6IHN0cmluZyk6IFJlY29yZDxzdHJpbmcsIEpzb25TY2hlbWE+IHtcbiAgcmV0dXJuIHtcbiAgICBuYW1lOiB0ZXh0KG5hbWVIZWxwKSxcbiAgICBkZXNjcmlwdGlvbjogdGV4dCgnSHVtYW4gZGVzY3JpcHRpb24uJyksXG4gICAgdGVtcGxhdGVzOiBQQVRIKCdGb2xkZXIgb2YgdGhlIGxhYlxcJ3Mgb3duIHRlbXBsYXRlcycpLFxuICAgIHJlZ2lzdHJ5OiBQQVRIKCdVc2VycyByZWdpc3RyeSBmaWxlJyksXG4gICAgcG9saWN5OiBQQVRIKCdQb2xpY3kgZmlsZScpLFxuICB9O1xufVxuXG4vKiogVGhlIGZpZWxkcyBldmVyeSBiYWNrZW5kJ3Mgd29ya3NwYWNlIGVudHJ5IGhhcywgd2l0aCBvbmUgbWVhbmluZy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsYWJXb3Jrc3BhY2VGaWVsZHMoKTogUmVjb3JkPHN0cmluZywgSnNvblNjaGVtYT4ge1xuICByZXR1cm4ge1xuICAgIG5hbWU6IHRleHQoJ1dvcmtzcGFjZSBuYW1lLicpLFxuICAgIHRlbXBsYXRlOiB0ZXh0KCdUZW1wbGF0ZSBzbHVnIG9yIG5hbWUuJyksXG4gICAgcGFyYW1ldGVyczogdGV4dE1hcCgnVGVtcGxhdGUgcGFyYW1ldGVyIHZhbHVlcy4nKSxcbiAgICBzaXplOiBzaXplU2NoZW1hKCdXb3Jrc3BhY2Ugc2l6ZS4nKSxcbiAgICBvd25lcjogdGV4dCgnT3duZXIgKGEgcmVnaXN0cnkgdXNlcikuJyksXG4gICAgdXNlcnM6IHRleHRMaXN0KCdSZXNlYXJjaCB1c2VycyB3aXRoIGFuIGFjY291bnQgKGRlZmF1bHQ6IHRoZSBvd25lcikuJyksXG4gICAgcHJvamVjdDogdGV4dCgnUHJvamVjdC4nKSxcbiAgfTtcbn1cblxuLyoqIGBzdG9yYWdlOmAgb2YgdGhlIFRlcnJhZm9ybSBiYWNrZW5kcycgbGFiczogdGhlIGxhYidzIGV4aXN0aW5nIE5GUyBzaGFyZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBuZnNTdG9yYWdlU2NoZW1hKCk6IEpzb25TY2hlbWEge1xuICByZXR1cm4gb2JqKCdUaGUgbGFiXFwncyBORlMgc2hhcmUuJywge1xuICAgIHNlcnZlcjogdGV4dCgnTkZTIHNlcnZlciBhZGRyZXNzLicpLFxuICAgIGV4cG9ydF9wYXRoOiB0ZXh0KCdFeHBvcnRlZCBwYXRoLicpLFxuICAgIG1vdW50X29wdGlvbnM6IHRleHQoJ01vdW50IG9wdGlvbnMuJyksXG4gIH0sIFsnc2VydmVyJywgJ2V4cG9ydF9wYXRoJ10pO1xufVxuXG5jb25zdCBORlNfS0VZUyA9IGxhenkoKCkgPT4ga2V5c0F0KG5mc1N0b3JhZ2VTY2hlbWEoKSkpO1xuXG4vKiogUmVhZHMgYHN0b3JhZ2U6YCBhcyBhbiBORlMgc2hhcmUgKEt1YmVybmV0ZXMgYW5kIFByb3htb3ggbGFicykuICovXG5leHBvcnQgZnVuY3Rpb24gcmVhZE5mc1N0b3JhZ2UocjogRmllbGRSZWFkZXIsIGQ6IGFueSk6IE5mc1N0b3JhZ2VQcm9wcyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHMgPSByLm1hcHBpbmcoZCwgJ3N0b3JhZ2UnLCBbXSk7XG4gIGlmICghcykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgci51bmtub3duS2V5cyhzLCBORlNfS0VZUygpLCBbJ3N0b3JhZ2UnXSk7XG4gIGNvbnN0IHNlcnZlciA9IHIuc3RyKHMsICdzZXJ2ZXInLCBbJ3N0b3JhZ2UnXSwgeyByZXF1aXJlZDogdHJ1ZSB9KTtcbiAgY29uc3QgZXhwb3J0UGF0aCA9IHIuc3RyKHMsICdleHBvcnRfcGF0aCcsIFsnc3RvcmFnZSddLCB7IHJlcXVpcmVkOiB0cnVlIH0pO1xuICBpZiAoc2VydmVyID09PSB1bmRlZmluZWQgfHwgZXhwb3J0UGF0aCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICByZXR1cm4gY2xlYW4oeyBzZXJ2ZXIsIGV4cG9ydFBhdGgsIG1vdW50T3B0aW9uczogci5zdHIocywgJ21vdW50X29wdGlvbnMnLCBbJ3N0b3JhZ2UnXSkgfSk7XG59XG5cbi8qKiBBIHdvcmtzcGFjZSBlbnRyeSdzIHNoYXJlZCBmaWVsZHMsIGFzIHJlYWQuICovXG5leHBvcnQgaW50ZXJmYWNlIExhYldvcmtzcGFjZUNvbW1vbiB7XG4gIC8qKiBXb3Jrc3BhY2UgbmFtZSAoJycgd2hlbiBtaXNzaW5nOiByZXBvcnRlZCkuICovXG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgLyoqIFRlbXBsYXRlIHNsdWcgb3IgbmFtZSAoJycgd2hlbiBtaXNzaW5nOiByZXBvcnRlZCkuICovXG4gIHJlYWRvbmx5IHRlbXBsYXRlOiBzdHJpbmc7XG4gIC8qKiBUZW1wbGF0ZSBwYXJhbWV0ZXIgdmFsdWVzLiAqL1xuICByZWFkb25seSBwYXJhbWV0ZXJzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgLyoqIFNpemUuICovXG4gIHJlYWRvbmx5IHNpemU/OiBXb3Jrc3BhY2VTaXplO1xuICAvKiogT3duZXIuICovXG4gIHJlYWRvbmx5IG93bmVyPzogc3RyaW5nO1xuICAvKiogUmVzZWFyY2ggdXNlcnMgd2l0aCBhbiBhY2NvdW50LiAqL1xuICByZWFkb25seSB1c2Vycz86IHN0cmluZ1tdO1xuICAvKiogUHJvamVjdC4gKi9cbiAgcmVhZG9ubHkgcHJvamVjdD86IHN0cmluZztcbn1cblxuLyoqIFRoZSBmaWxlcyBhIGxhYiBmaWxlIG5hbWVzLCBjb25maW5lZCB0byBpdHMgZm9sZGVyIGFuZCBjaGVja2VkIHRvIGV4aXN0IChhYnNvbHV0ZSBwYXRocykuICovXG5leHBvcnQgaW50ZXJmYWNlIExhYkZpbGVzIHtcbiAgLyoqIFRoZSBsYWIncyB0ZW1wbGF0ZSBmb2xkZXIuICovXG4gIHJlYWRvbmx5IHRlbXBsYXRlc0Rpcj86IHN0cmluZztcbiAgLyoqIFRoZSByZWdpc3RyeSBmaWxlLiAqL1xuICByZWFkb25seSByZWdpc3RyeUZpbGU/OiBzdHJpbmc7XG4gIC8qKiBUaGUgcG9saWN5IGZpbGUuICovXG4gIHJlYWRvbmx5IHBvbGljeUZpbGU/OiBzdHJpbmc7XG4gIC8qKiBIb3cgYnJvYWQgdGhlIGxhYidzIENJRFIgbGlzdHMgbWF5IGJlICh0aGUgcG9saWN5J3MgYGNpZHJfbWF4X2JyZWFkdGhgLCBlbHNlIHRoZSBkZWZhdWx0cykuICovXG4gIHJlYWRvbmx5IGNpZHJMaW1pdHM6IENpZHJMaW1pdHM7XG59XG5cbi8qKiBUaGUgbG9hZGVkIGZpbGVzIG9mIGEgbGFiIChgTGFiRmlsZVJlYWRlci5sb2FkRmlsZXNgKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTGFiTG9hZGVkRmlsZXMge1xuICAvKiogQnVuZGxlZCB0ZW1wbGF0ZXMgcGx1cyB0aGUgbGFiJ3Mgb3duLiAqL1xuICByZWFkb25seSBjYXRhbG9nOiBUZW1wbGF0ZUNhdGFsb2c7XG4gIC8qKiBUaGUgcmVnaXN0cnksIHdoZW4gdGhlIGxhYiBuYW1lcyBvbmUuICovXG4gIHJlYWRvbmx5IHJlZ2lzdHJ5PzogVXNlclJlZ2lzdHJ5O1xuICAvKiogVGhlIHBvbGljeSwgd2hlbiB0aGUgbGFiIG5hbWVzIG9uZS4gKi9cbiAgcmVhZG9ubHkgcG9saWN5PzogV29ya3NwYWNlUG9saWN5O1xufVxuXG4vKipcbiAqIE9uZSBsYWIgZmlsZSBiZWluZyByZWFkOiBpdHMgcGFyc2VkIHRleHQsIHRoZSByZWFkZXIgdGhhdCBjb2xsZWN0cyBldmVyeSBwcm9ibGVtIHdpdGggaXRzXG4gKiBsaW5lLCBhbmQgdGhlIHNoYXJlZCBmaWVsZHMuIEEgYmFja2VuZCByZWFkZXIgb3BlbnMgaXQsIHJlYWRzIGl0cyBvd24gZmllbGRzIHdpdGggYHJgLCBhbmRcbiAqIGNhbGxzIGBmaW5pc2hgIG9uY2UuXG4gKi9cbmV4cG9ydCBjbGFzcyBMYWJGaWxlUmVhZGVyIHtcbiAgLyoqIE9wZW5zIGBmaWxlYCAoc2l6ZS1saW1pdGVkLCBwYXJzZWQgb25jZSkuIGBleHBlY3RlZGAgc2F5cyB3aGF0IHRoZSB3aG9sZSBmaWxlIHNob3VsZCBiZSwgZm9yIGEgZmlsZSB0aGF0IGlzIG5vdCBhIG1hcHBpbmcuICovXG4gIHB1YmxpYyBzdGF0aWMgb3BlbihmaWxlOiBzdHJpbmcsIGV4cGVjdGVkOiBzdHJpbmcpOiBMYWJGaWxlUmVhZGVyIHtcbiAgICByZXR1cm4gbmV3IExhYkZpbGVSZWFkZXIoWWFtbFNvdXJjZS5mcm9tRmlsZShmaWxlLCAnbGFiJyksIGV4cGVjdGVkKTtcbiAgfVxuXG4gIC8qKiBDb2xsZWN0cyB0aGUgcHJvYmxlbXMuICovXG4gIHB1YmxpYyByZWFkb25seSByOiBGaWVsZFJlYWRlcjtcbiAgLyoqIFRoZSBmaWxlJ3MgZm9sZGVyIChhYnNvbHV0ZSk6IHBhdGhzIGluIHRoZSBmaWxlIGFyZSByZWxhdGl2ZSB0byBpdC4gKi9cbiAgcHVibGljIHJlYWRvbmx5IGRpcjogc3RyaW5nO1xuICAvKiogVGhlIHBhcnNlZCB0b3AtbGV2ZWwgbWFwcGluZy4gKi9cbiAgcHVibGljIHJlYWRvbmx5IGRhdGE6IGFueTtcbiAgLyoqIFRoZSBwb2xpY3kgZmlsZSByZWFkIChvciB0aGUgZXJyb3IgcmVhZGluZyBpdCBnYXZlKSwgc28gaXQgaXMgcmVhZCBvbmNlLiAqL1xuICBwcml2YXRlIHBvbGljeT86IHsgcmVhZG9ubHkgZmlsZTogc3RyaW5nOyByZWFkb25seSBwb2xpY3k/OiBXb3Jrc3BhY2VQb2xpY3k7IHJlYWRvbmx5IGVycm9yPzogdW5rbm93biB9O1xuXG4gIHByaXZhdGUgY29uc3RydWN0b3IocHVibGljIHJlYWRvbmx5IHNvdXJjZTogWWFtbFNvdXJjZSwgZXhwZWN0ZWQ6IHN0cmluZykge1xuICAgIHRoaXMuZGlyID0gcGF0aC5kaXJuYW1lKHBhdGgucmVzb2x2ZShzb3VyY2UuZmlsZSkpO1xuICAgIHRoaXMuciA9IG5ldyBGaWVsZFJlYWRlcihzb3VyY2UsIHNvdXJjZS5maWxlKTtcbiAgICBjb25zdCBkOiBhbnkgPSBzb3VyY2UuZGF0YSA/PyB7fTtcbiAgICBpZiAodHlwZW9mIGQgIT09ICdvYmplY3QnIHx8IEFycmF5LmlzQXJyYXkoZCkpIHtcbiAgICAgIHRoaXMuci5leHBlY3QoW10sIGQsIGV4cGVjdGVkKTtcbiAgICAgIHRoaXMuci50aHJvd0lmRXJyb3JzKCcnKTtcbiAgICB9XG4gICAgdGhpcy5kYXRhID0gZDtcbiAgfVxuXG4gIC8qKlxuICAgKiBUaGUgY2F0YWxvZyAoYnVuZGxlZCB0ZW1wbGF0ZXMgcGx1cyB0aGUgbGFiJ3Mgb3duIGZvbGRlciksIHJlZ2lzdHJ5IGFuZCBwb2xpY3kgdGhlIGxhYidzXG4gICAqIGZpbGVzIG5hbWUsIGxvYWRlZCAoZWFjaCBsb2FkZXIgcmVwb3J0cyBpdHMgb3duIGZpbGUncyBwcm9ibGVtcykuIFRoZSBwb2xpY3kgYGZpbGVzKClgIHJlYWRcbiAgICogZm9yIGl0cyBDSURSIGxpbWl0cyBpcyBub3QgcmVhZCBhZ2Fpbi5cbiAgICovXG4gIHB1YmxpYyBsb2FkRmlsZXMoZmlsZXM6IExhYkZpbGVzKTogTGFiTG9hZGVkRmlsZXMge1xuICAgIGNvbnN0IGNhdGFsb2cgPSBUZW1wbGF0ZUNhdGFsb2cuYnVuZGxlZCgpO1xuICAgIGlmIChmaWxlcy50ZW1wbGF0ZXNEaXIpIGNhdGFsb2cubG9hZERpcmVjdG9yeShmaWxlcy50ZW1wbGF0ZXNEaXIpO1xuICAgIHJldHVybiBjbGVhbih7XG4gICAgICBjYXRhbG9nLFxuICAgICAgcmVnaXN0cnk6IGZpbGVzLnJlZ2lzdHJ5RmlsZSA/IFVzZXJSZWdpc3RyeS5mcm9tRmlsZShmaWxlcy5yZWdpc3RyeUZpbGUpIDogdW5kZWZpbmVkLFxuICAgICAgcG9saWN5OiBmaWxlcy5wb2xpY3lGaWxlID8gdGhpcy5wb2xpY3lPZihmaWxlcy5wb2xpY3lGaWxlKSA6IHVuZGVmaW5lZCxcbiAgICB9KTtcbiAgfVxuXG4gIC8qKiBgbmFtZTpgIChyZXF1aXJlZCkuICovXG4gIHB1YmxpYyBuYW1lKCk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMuci5zdHIodGhpcy5kYXRhLCAnbmFtZScsIFtdLCB7IHJlcXVpcmVkOiB0cnVlIH0pO1xuICB9XG5cbiAgLyoqIGB0ZW1wbGF0ZXM6YCwgYHJlZ2lzdHJ5OmAgYW5kIGBwb2xpY3k6YCwgY29uZmluZWQgdG8gdGhlIGxhYidzIGZvbGRlciBhbmQgY2hlY2tlZCB0byBleGlzdC4gKi9cbiAgcHVibGljIGZpbGVzKCk6IExhYkZpbGVzIHtcbiAgICBjb25zdCBwb2xpY3lGaWxlID0gdGhpcy5leGlzdGluZygncG9saWN5JywgJ2ZpbGUnKTtcbiAgICByZXR1cm4ge1xuICAgICAgdGVtcGxhdGVzRGlyOiB0aGlzLmV4aXN0aW5nKCd0ZW1wbGF0ZXMnLCAnZm9sZGVyJyksXG4gICAgICByZWdpc3RyeUZpbGU6IHRoaXMuZXhpc3RpbmcoJ3JlZ2lzdHJ5JywgJ2ZpbGUnKSxcbiAgICAgIHBvbGljeUZpbGUsXG4gICAgICBjaWRyTGltaXRzOiB0aGlzLmNpZHJMaW1pdHNPZihwb2xpY3lGaWxlKSxcbiAgICB9O1xuICB9XG5cbiAgLyoqXG4gICAqIFRoZSBzZXR0aW5ncyBvbmx5IGBiYWNrZW5kYCBoYXM6IGl0cyBzZWN0aW9uIChgYXdzOmAsIGBwcm94bW94OmApIHdoZW4gdGhlIGZpbGUgaGFzIG9uZSwgZWxzZVxuICAgKiB0aGUgdG9wIGxldmVsLCB3aGVyZSBsYWIgZmlsZXMgd3JpdHRlbiBiZWZvcmUgdGhlIHNlY3Rpb25zIGtlZXAgdGhlbS4gYGtleXNgIGFyZSB0aGVcbiAgICogc2VjdGlvbidzIGtleXM6IHdpdGggYSBzZWN0aW9uLCBvbmUgb2YgdGhlbSBhdCB0aGUgdG9wIGxldmVsIGlzIGFuIGVycm9yIChvbmUgcGxhY2UgZm9yIGVhY2hcbiAgICogc2V0dGluZyksIGFuZCBhbiB1bmtub3duIGtleSBpbiB0aGUgc2VjdGlvbiBpcyBvbmUgdG9vLlxuICAgKi9cbiAgcHVibGljIHNlY3Rpb24oYmFja2VuZDogTGFiQmFja2VuZE5hbWUsIGtleXM6IFJlYWRvbmx5U2V0PHN0cmluZz4pOiB7IHJlYWRvbmx5IGRhdGE6IGFueTsgcmVhZG9ubHkgYXQ6IFlhbWxQYXRoIH0ge1xuICAgIGNvbnN0IGQgPSB0aGlzLmRhdGE7XG4gICAgY29uc3QgcyA9IGRbYmFja2VuZF07XG4gICAgaWYgKHMgPT09IHVuZGVmaW5lZCB8fCBzID09PSBudWxsKSByZXR1cm4geyBkYXRhOiBkLCBhdDogW10gfTtcbiAgICBpZiAodHlwZW9mIHMgIT09ICdvYmplY3QnIHx8IEFycmF5LmlzQXJyYXkocykpIHtcbiAgICAgIHRoaXMuci5leHBlY3QoW2JhY2tlbmRdLCBzLCBgYSBtYXBwaW5nIG9mIHRoZSBsYWIncyAke2JhY2tlbmR9IHNldHRpbmdzYCk7XG4gICAgICByZXR1cm4geyBkYXRhOiB7fSwgYXQ6IFtiYWNrZW5kXSB9O1xuICAgIH1cbiAgICBmb3IgKGNvbnN0IGsgb2YgT2JqZWN0LmtleXMoZCkpIHtcbiAgICAgIGlmIChrZXlzLmhhcyhrKSkge1xuICAgICAgICB0aGlzLnIuZXJyb3IoW2tdLCAnc2V0dGluZy1vdXRzaWRlLXNlY3Rpb24nLCBgXCIke2t9XCIgaXMgYSAke2JhY2tlbmR9IHNldHRpbmcsIGFuZCB0aGUgZmlsZSBoYXMgYSAke2JhY2tlbmR9OiBzZWN0aW9uYCwgdW5kZWZpbmVkLFxuICAgICAgICAgIGBtb3ZlICR7a306IGludG8gdGhlICR7YmFja2VuZH06IHNlY3Rpb24gKG9yIGtlZXAgZXZlcnkgJHtiYWNrZW5kfSBzZXR0aW5nIGF0IHRoZSB0b3AgbGV2ZWwsIHdpdGhvdXQgdGhlIHNlY3Rpb24pYCk7XG4gICAgICB9XG4gICAgfVxuICAgIHRoaXMuci51bmtub3duS2V5cyhzLCBrZXlzLCBbYmFja2VuZF0pO1xuICAgIHJldHVybiB7IGRhdGE6IHMsIGF0OiBbYmFja2VuZF0gfTtcbiAgfVxuXG4gIC8qKlxuICAgKiBSZWFkcyBgd29ya3NwYWNlczpgIChyZXF1aXJlZCwgYSBsaXN0IG9mIG1hcHBpbmdzKTogdGhlIHNoYXJlZCBmaWVsZHMgb2YgZWFjaCBlbnRyeSwgdGhlblxuICAgKiBgcmVhZGAgZm9yIHRoZSBiYWNrZW5kJ3Mgb3duICh3aGljaCByZXBvcnRzIGEgYmFja2VuZCdzIG93biByZXF1aXJlZCBmaWVsZHMgaXRzZWxmKS5cbiAgICovXG4gIHB1YmxpYyB3b3Jrc3BhY2VzPFQ+KHJlYWQ6ICh3OiBhbnksIGF0OiBZYW1sUGF0aCwgY29tbW9uOiBMYWJXb3Jrc3BhY2VDb21tb24pID0+IFQgfCB1bmRlZmluZWQpOiBUW10ge1xuICAgIGNvbnN0IGQgPSB0aGlzLmRhdGE7XG4gICAgY29uc3QgZW50cnkgPSAnbmFtZSwgdGVtcGxhdGUsIG93bmVyJztcbiAgICBpZiAoZC53b3Jrc3BhY2VzID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRoaXMuci5lcnJvcihbJ3dvcmtzcGFjZXMnXSwgJ21pc3NpbmctZmllbGQnLCAncmVxdWlyZWQgZmllbGQgXCJ3b3Jrc3BhY2VzXCIgaXMgbWlzc2luZycsIHVuZGVmaW5lZCwgYGFkZCB3b3Jrc3BhY2VzOiB3aXRoIG9uZSBlbnRyeSBwZXIgd29ya3N0YXRpb24gKCR7ZW50cnl9KWApO1xuICAgIH1cbiAgICBjb25zdCBvdXQ6IFRbXSA9IFtdO1xuICAgICh0aGlzLnIubGlzdChkLCAnd29ya3NwYWNlcycsIFtdKSA/PyBbXSkuZm9yRWFjaCgodzogYW55LCBpOiBudW1iZXIpID0+IHtcbiAgICAgIGNvbnN0IGF0OiBZYW1sUGF0aCA9IFsnd29ya3NwYWNlcycsIGldO1xuICAgICAgaWYgKCF3IHx8IHR5cGVvZiB3ICE9PSAnb2JqZWN0JyB8fCBBcnJheS5pc0FycmF5KHcpKSB7XG4gICAgICAgIHRoaXMuci5leHBlY3QoYXQsIHcsIGBhIHdvcmtzcGFjZSAoJHtlbnRyeX0sIC4uLilgKTtcbiAgICAgICAgcmV0dXJuO1xuICAgICAgfVxuICAgICAgY29uc3QgY29tbW9uOiBMYWJXb3Jrc3BhY2VDb21tb24gPSBjbGVhbih7XG4gICAgICAgIG5hbWU6IHRoaXMuci5zdHIodywgJ25hbWUnLCBhdCwgeyByZXF1aXJlZDogdHJ1ZSB9KSA/PyAnJyxcbiAgICAgICAgdGVtcGxhdGU6IHRoaXMuci5zdHIodywgJ3RlbXBsYXRlJywgYXQsIHsgcmVxdWlyZWQ6IHRydWUgfSkgPz8gJycsXG4gICAgICAgIHBhcmFtZXRlcnM6IHRoaXMuci5zdHJpbmdNYXAodywgJ3BhcmFtZXRlcnMnLCBhdCksXG4gICAgICAgIHNpemU6IHNpemVBdCh0aGlzLnIsIHcsICdzaXplJywgYXQpLFxuICAgICAgICBvd25lcjogdGhpcy5yLnN0cih3LCAnb3duZXInLCBhdCksXG4gICAgICAgIHVzZXJzOiB0aGlzLnIuc3RyTGlzdCh3LCAndXNlcnMnLCBhdCksXG4gICAgICAgIHByb2plY3Q6IHRoaXMuci5zdHIodywgJ3Byb2plY3QnLCBhdCksXG4gICAgICB9KTtcbiAgICAgIGNvbnN0IHggPSByZWFkKHcsIGF0LCBjb21tb24pO1xuICAgICAgaWYgKHggIT09IHVuZGVmaW5lZCkgb3V0LnB1c2goeCk7XG4gICAgfSk7XG4gICAgcmV0dXJuIG91dDtcbiAgfVxuXG4gIC8qKlxuICAgKiBFbmRzIHRoZSByZWFkaW5nOiB1bmtub3duIGtleXMgKHJlcG9ydGVkIGFzIHdhcm5pbmdzIGJ5IGByLnVua25vd25LZXlzYCkgYmVjb21lIGVycm9ycywgdGhlXG4gICAqIHNjaGVtYSdzIHNoYXBlIGNoZWNrIHJlcG9ydHMgd2hhdCB0aGUgcmVhZGluZyBkaWQgbm90IGp1ZGdlLCBhbmQgZXZlcnkgcHJvYmxlbSBpcyB0aHJvd25cbiAgICogYXQgb25jZSBpbiBvbmUgYFdvcmtzcGFjZUlucHV0RXJyb3JgLlxuICAgKi9cbiAgcHVibGljIGZpbmlzaChzY2hlbWE6IEpzb25TY2hlbWEsIHdoYXQ6IHN0cmluZyk6IHZvaWQge1xuICAgIHVua25vd25LZXlzQXJlRXJyb3JzKHRoaXMuciwgd2hhdCk7XG4gICAgY2hlY2tTaGFwZSh0aGlzLnIsIHNjaGVtYSwgdGhpcy5kYXRhKTtcbiAgICB0aGlzLnIudGhyb3dJZkVycm9ycyhgJHt0aGlzLnNvdXJjZS5maWxlfTogJHt0aGlzLnIuZXJyb3JzLmxlbmd0aH0gcHJvYmxlbXMgaW4gdGhlIGxhYiBkZWZpbml0aW9uYCk7XG4gIH1cblxuICAvKiogVGhlIHBvbGljeSBhIGxhYiBmaWxlIG5hbWVzLCByZWFkIG9uY2UgKGEgZmlsZSB0aGF0IGRvZXMgbm90IGxvYWQgdGhyb3dzIGhlcmUsIGV2ZXJ5IHRpbWUgaXQgaXMgYXNrZWQgZm9yKS4gKi9cbiAgcHJpdmF0ZSBwb2xpY3lPZihmaWxlOiBzdHJpbmcpOiBXb3Jrc3BhY2VQb2xpY3kge1xuICAgIGlmICh0aGlzLnBvbGljeT8uZmlsZSAhPT0gZmlsZSkge1xuICAgICAgdHJ5IHtcbiAgICAgICAgdGhpcy5wb2xpY3kgPSB7IGZpbGUsIHBvbGljeTogV29ya3NwYWNlUG9saWN5LmZyb21GaWxlKGZpbGUpIH07XG4gICAgICB9IGNhdGNoIChlKSB7XG4gICAgICAgIHRoaXMucG9saWN5ID0geyBmaWxlLCBlcnJvcjogZSB9O1xuICAgICAgfVxuICAgIH1cbiAgICBpZiAodGhpcy5wb2xpY3kuZXJyb3IgIT09IHVuZGVmaW5lZCkgdGhyb3cgdGhpcy5wb2xpY3kuZXJyb3I7XG4gICAgcmV0dXJuIHRoaXMucG9saWN5LnBvbGljeSE7XG4gIH1cblxuICAvKiogVGhlIENJRFIgbGltaXRzIG9mIHRoZSBwb2xpY3kgYSBsYWIgZmlsZSBuYW1lcyAodGhlIGRlZmF1bHRzIHdoZW4gaXQgaGFzIG5vbmUgb3IgaXQgZG9lcyBub3QgbG9hZDogdGhhdCBpcyByZXBvcnRlZCBsYXRlcikuICovXG4gIHByaXZhdGUgY2lkckxpbWl0c09mKHBvbGljeUZpbGU6IHN0cmluZyB8IHVuZGVmaW5lZCk6IENpZHJMaW1pdHMge1xuICAgIGlmICghcG9saWN5RmlsZSkgcmV0dXJuIERFRkFVTFRfQ0lEUl9MSU1JVFM7XG4gICAgdHJ5IHtcbiAgICAgIHJldHVybiBjaWRyTGltaXRzT2YodGhpcy5wb2xpY3lPZihwb2xpY3lGaWxlKSk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgaWYgKCFXb3Jrc3BhY2VJbnB1dEVycm9yLmlzV29ya3NwYWNlSW5wdXRFcnJvcihlKSkgdGhyb3cgZTtcbiAgICAgIHJldHVybiBERUZBVUxUX0NJRFJfTElNSVRTO1xuICAgIH1cbiAgfVxuXG4gIHByaXZhdGUgZXhpc3Rpbmcoa2V5OiBzdHJpbmcsIGtpbmQ6ICdmaWxlJyB8ICdmb2xkZXInKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCBnaXZlbiA9IHRoaXMuci5zdHIodGhpcy5kYXRhLCBrZXksIFtdKTtcbiAgICBpZiAoZ2l2ZW4gPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICAvLyBJbnNpZGUgdGhlIGxhYiBmaWxlJ3MgZm9sZGVyIChvciBSV1NfQUxMT1dFRF9ST09UUyksIHN5bWxpbmtzIHJlc29sdmVkOiBhIGxhYiBmaWxlIGZyb20gYVxuICAgIC8vIHB1bGwgcmVxdWVzdCBjYW5ub3QgcmVhZCAvZXRjL3NoYWRvdy5cbiAgICBjb25zdCBjb25maW5lZCA9IGNvbmZpbmVQYXRoKGdpdmVuLCB0aGlzLmRpcik7XG4gICAgaWYgKCFjb25maW5lZC5vaykge1xuICAgICAgdGhpcy5yLmVycm9yKFtrZXldLCAncGF0aC1vdXRzaWRlLWxhYicsIGNvbmZpbmVkLnByb2JsZW0sIGdpdmVuLCBjb25maW5lZC5maXgpO1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gICAgY29uc3QgYWJzID0gY29uZmluZWQuYWJzO1xuICAgIGNvbnN0IG9rID0gZnMuZXhpc3RzU3luYyhhYnMpICYmIChraW5kID09PSAnZm9sZGVyJyA/IGZzLnN0YXRTeW5jKGFicykuaXNEaXJlY3RvcnkoKSA6IGZzLnN0YXRTeW5jKGFicykuaXNGaWxlKCkpO1xuICAgIGlmICghb2spIHtcbiAgICAgIHRoaXMuci5lcnJvcihba2V5XSwgJ25vLXN1Y2gtZmlsZScsIGB0aGUgJHtraW5kfSBkb2VzIG5vdCBleGlzdGAsIGdpdmVuLCAnY2hlY2sgdGhlIHBhdGg6IGl0IGlzIHJlbGF0aXZlIHRvIHRoZSBsYWIgZmlsZVxcJ3MgZm9sZGVyJyk7XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgIH1cbiAgICByZXR1cm4gYWJzO1xuICB9XG59XG5cbi8qKiBBIHZhbHVlIG91dCBvZiBhIGZpeGVkIHNldCAoYW4gZW51bSdzIHZhbHVlcyksIHdpdGggYW4gZXJyb3IgbmFtaW5nIHRoZW0uICovXG5leHBvcnQgZnVuY3Rpb24gb25lT2Y8VCBleHRlbmRzIHN0cmluZz4ocjogRmllbGRSZWFkZXIsIGZyb206IGFueSwga2V5OiBzdHJpbmcsIHA6IFlhbWxQYXRoLCB2YWx1ZXM6IHJlYWRvbmx5IFRbXSwgd2hhdDogc3RyaW5nKTogVCB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHYgPSByLnN0cihmcm9tLCBrZXksIHApO1xuICBpZiAodiA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICBpZiAoKHZhbHVlcyBhcyByZWFkb25seSBzdHJpbmdbXSkuaW5jbHVkZXModikpIHJldHVybiB2IGFzIFQ7XG4gIHIuZXJyb3IoWy4uLnAsIGtleV0sICdpbnZhbGlkLXZhbHVlJywgYHVua25vd24gJHt3aGF0fWAsIHYsIGB1c2Ugb25lIG9mICR7dmFsdWVzLmpvaW4oJywgJyl9YCk7XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbi8qKiBNb3ZlcyB0aGUgcmVhZGVyJ3MgdW5rbm93bi1rZXkgd2FybmluZ3MgdG8gaXRzIGVycm9ycyAoYHdoYXRgOiB0aGUga2luZCBvZiBmaWxlLCBmb3IgdGhlIGZpeCkuICovXG5leHBvcnQgZnVuY3Rpb24gdW5rbm93bktleXNBcmVFcnJvcnMocjogRmllbGRSZWFkZXIsIHdoYXQ6IHN0cmluZyk6IHZvaWQge1xuICBmb3IgKGNvbnN0IHcgb2Ygci53YXJuaW5ncy5zcGxpY2UoMCkpIHtcbiAgICBjb25zdCBmaXggPSB3LmZpeD8uc3RhcnRzV2l0aCgnZGlkIHlvdSBtZWFuJykgPyB3LmZpeCA6IGByZW1vdmUgaXQsIG9yIGNoZWNrIHRoZSBzcGVsbGluZyBhZ2FpbnN0IHRoZSAke3doYXR9IGtleXMgKGRvY3MvY2xpLm1kKWA7XG4gICAgci5lcnJvcnMucHVzaCh7IC4uLncsIHNldmVyaXR5OiBEaWFnbm9zdGljU2V2ZXJpdHkuRVJST1IsIG1lc3NhZ2U6IGAke3cubWVzc2FnZX07IGEgbWlzc3BlbGxlZCBzZXR0aW5nIHdvdWxkIHNpbGVudGx5IG5vdCBhcHBseWAsIGZpeCB9KTtcbiAgfVxufVxuXG4iXX0=