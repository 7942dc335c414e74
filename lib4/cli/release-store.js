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
exports.ReleaseStore = void 0;
exports.listFiles = listFiles;
exports.sha256File = sha256File;
exports.snapshotFiles = snapshotFiles;
exports.sealSnapshot = sealSnapshot;
exports.removeSnapshot = removeSnapshot;
const crypto = __importStar(require("crypto"));
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const permit_1 = require("../workspaces/permit");
const error_1 = require("../workspaces/private/error");
const release_1 = require("../workspaces/release");
/**
 * The file store of one permit's output release requests (`rws permit release --store DIR`):
 *
 * | path | what | written by |
 * | --- | --- | --- |
 * | `requests/<id>/files/...` | the snapshot (root- or store-owned, read-only) | `rws-release process` in the workspace, or `rws permit release request` |
 * | `requests/<id>/request.json` | requester, justification, files with size and SHA-256 | the same |
 * | `requests/<id>/SHA256SUMS` | the same hashes for `sha256sum -c` | the same |
 * | `state/<id>.json` | the request as recorded (state, approvals, reason) | this store only |
 * | `audit.jsonl` | one hash-chained line per move: who, when, what, why | this store only, append-only |
 * | `.lock` | a folder that exists while one command changes the store | this store |
 *
 * Every change runs under the lock, re-reads the state and the audit (verifying the chain), asks
 * the model (ReleaseLifecycle) whether the move is legal, and appends the audit line before it
 * writes the state: a state change is never without its audit line.
 */
class ReleaseStore {
    root;
    permitId;
    participants;
    requestsDir;
    stateDir;
    auditFile;
    lockDir;
    constructor(root, permitId, participants) {
        this.root = root;
        this.permitId = permitId;
        this.participants = participants;
        this.requestsDir = path.join(root, 'requests');
        this.stateDir = path.join(root, 'state');
        this.auditFile = path.join(root, 'audit.jsonl');
        this.lockDir = path.join(root, '.lock');
    }
    /** The audit log, verified (throws at the first broken line). */
    audit() {
        if (!fs.existsSync(this.auditFile))
            return [];
        const lines = fs.readFileSync(this.auditFile, 'utf8').split('\n').filter((l) => l.length > 0);
        const entries = lines.map((l, i) => {
            try {
                return JSON.parse(l);
            }
            catch {
                throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                        code: 'audit-broken',
                        message: 'not a JSON line',
                        location: { file: this.auditFile, line: i + 1 },
                        fix: 'the release audit log was changed after it was written: restore it from the backup and investigate',
                    })]);
            }
        });
        release_1.ReleaseLifecycle.verifyAudit(entries, this.auditFile);
        return entries;
    }
    /** Every recorded request, oldest first. */
    list() {
        if (!fs.existsSync(this.stateDir))
            return [];
        return fs.readdirSync(this.stateDir).filter((f) => f.endsWith('.json')).map((f) => this.read(f.slice(0, -5)))
            .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
    }
    /** One request; a clear error when it does not exist. */
    get(id) {
        if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(id) || !fs.existsSync(path.join(this.stateDir, `${id}.json`))) {
            throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                    code: 'unknown-request',
                    message: `no release request ${id} in ${this.root}`,
                    field: 'request',
                    value: id,
                    fix: 'see the ids with "rws permit release list"',
                })]);
        }
        return this.read(id);
    }
    /** The snapshot folder of a request (what reviewers look at). */
    filesOf(id) {
        return path.join(this.requestsDir, id, 'files');
    }
    /**
     * Records a new request whose snapshot is already in `requests/<id>/` (create, and submit
     * unless `draft`).
     */
    async create(props, draft = false) {
        return this.locked(() => {
            this.checkSnapshot(props.id, props.files);
            if (fs.existsSync(path.join(this.stateDir, `${props.id}.json`))) {
                throw new error_1.WorkspaceInputError([(0, error_1.problem)({ code: 'duplicate-request', message: `request ${props.id} is recorded already`, value: props.id, fix: 'use a new id' })]);
            }
            const audit = this.audit();
            let step = release_1.ReleaseLifecycle.create(props, this.participants, lastHash(audit), audit.length + 1);
            this.commit(step);
            if (!draft) {
                const submit = { action: release_1.ReleaseAction.SUBMIT, actor: props.requester, at: props.at };
                step = release_1.ReleaseLifecycle.apply(step.request, submit, this.participants, step.audit.hash, step.audit.seq + 1);
                this.commit(step);
            }
            return step.request;
        });
    }
    /**
     * Applies a move under the lock. For `release`, `deliver` runs after the model has allowed
     * the move and before it is recorded, still under the lock (so no revoke can slip in between);
     * what it returns is recorded as the destination. When it throws, nothing is recorded.
     */
    async move(id, move, deliver) {
        return this.locked(async () => {
            const request = this.get(id);
            const audit = this.audit();
            // Ask the model first: an illegal move is refused before anything leaves.
            let step = release_1.ReleaseLifecycle.apply(request, move, this.participants, lastHash(audit), audit.length + 1);
            if (move.action === release_1.ReleaseAction.RELEASE) {
                if (!deliver)
                    throw new Error('release needs a delivery');
                this.checkSnapshot(id, request.files);
                const where = await deliver(request, this.filesOf(id));
                step = release_1.ReleaseLifecycle.apply(request, { ...move, detail: where }, this.participants, lastHash(audit), audit.length + 1);
            }
            this.commit(step);
            return step.request;
        });
    }
    /**
     * Records the requests the workspace's `rws-release` wrote (a `request.json` without a
     * state): each file is hashed again and must match; they enter as DRAFT and are submitted by
     * their requester. Returns the ids adopted and the problems of those that were not.
     */
    async adopt() {
        if (!fs.existsSync(this.requestsDir))
            return { adopted: [], refused: [] };
        const pending = fs.readdirSync(this.requestsDir).filter((id) => /^[a-z0-9][a-z0-9-]{0,62}$/.test(id)
            && fs.existsSync(path.join(this.requestsDir, id, 'request.json')) && !fs.existsSync(path.join(this.stateDir, `${id}.json`)));
        const adopted = [];
        const refused = [];
        for (const id of pending.sort()) {
            try {
                const r = JSON.parse(fs.readFileSync(path.join(this.requestsDir, id, 'request.json'), 'utf8'));
                if (r.id !== id || r.permitId !== this.permitId)
                    throw new Error(`request.json names request ${r.id} of permit ${r.permitId}`);
                // The workspace exists only while the analysis is active: that is where it was made.
                await this.create({
                    id,
                    permitId: this.permitId,
                    permitStatus: permit_1.PermitStatus.ANALYSIS_ACTIVE,
                    requester: String(r.requester),
                    files: (r.files ?? []).map((f) => ({ path: String(f.path), size: Number(f.size), sha256: String(f.sha256) })),
                    justification: String(r.justification ?? ''),
                    at: typeof r.createdAt === 'string' ? r.createdAt : undefined,
                });
                adopted.push(id);
            }
            catch (e) {
                refused.push(`${id}: ${e.message}`);
            }
        }
        return { adopted, refused };
    }
    /** The snapshot on disk must be exactly the recorded files, with their sizes and hashes. */
    checkSnapshot(id, files) {
        const dir = this.filesOf(id);
        const onDisk = listFiles(dir);
        const want = files.map((f) => f.path).sort();
        const problems = [];
        if (JSON.stringify(onDisk) !== JSON.stringify(want))
            problems.push(`the snapshot holds ${JSON.stringify(onDisk)}, the request lists ${JSON.stringify(want)}`);
        for (const f of files) {
            const p = path.join(dir, f.path);
            const st = fs.lstatSync(p, { throwIfNoEntry: false });
            if (!st || !st.isFile())
                continue;
            if (st.size !== f.size || sha256File(p) !== f.sha256)
                problems.push(`${f.path} differs from its recorded size or SHA-256`);
        }
        if (problems.length) {
            throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                    code: 'snapshot-changed',
                    message: `the snapshot of request ${id} is not what was requested: ${problems.join('; ')}`,
                    location: { file: dir },
                    fix: 'nothing may leave from a changed snapshot: investigate, and have the researcher make a new request',
                })]);
        }
    }
    read(id) {
        return JSON.parse(fs.readFileSync(path.join(this.stateDir, `${id}.json`), 'utf8'));
    }
    /** Appends the audit line (fsynced), then writes the state (atomically). */
    commit(step) {
        fs.mkdirSync(this.stateDir, { recursive: true, mode: 0o750 });
        const fd = fs.openSync(this.auditFile, 'a', 0o640);
        try {
            fs.writeSync(fd, `${JSON.stringify(step.audit)}\n`);
            fs.fsyncSync(fd);
        }
        finally {
            fs.closeSync(fd);
        }
        const file = path.join(this.stateDir, `${step.request.id}.json`);
        const tmp = `${file}.tmp-${process.pid}`;
        fs.writeFileSync(tmp, `${JSON.stringify(step.request, undefined, 2)}\n`, { mode: 0o640 });
        fs.renameSync(tmp, file);
    }
    /** Runs `fn` holding the store's lock (a folder; a holder that died is detected by its pid). */
    async locked(fn) {
        fs.mkdirSync(this.root, { recursive: true });
        const deadline = Date.now() + 60_000;
        for (;;) {
            try {
                fs.mkdirSync(this.lockDir);
                fs.writeFileSync(path.join(this.lockDir, 'pid'), String(process.pid));
                break;
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw e;
                const holder = Number(readOr(path.join(this.lockDir, 'pid'), '0'));
                if (holder > 0 && !alive(holder)) {
                    fs.rmSync(this.lockDir, { recursive: true, force: true });
                    continue;
                }
                if (Date.now() > deadline)
                    throw new Error(`the release store ${this.root} is locked by process ${holder}; try again when it has finished`);
                await new Promise((r) => setTimeout(r, 50));
            }
        }
        try {
            return await fn();
        }
        finally {
            fs.rmSync(this.lockDir, { recursive: true, force: true });
        }
    }
}
exports.ReleaseStore = ReleaseStore;
function lastHash(audit) {
    return audit.length ? audit[audit.length - 1].hash : release_1.ReleaseLifecycle.GENESIS_HASH;
}
function readOr(file, fallback) {
    try {
        return fs.readFileSync(file, 'utf8');
    }
    catch {
        return fallback;
    }
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/** Regular files below a folder, relative, sorted (links and other kinds listed too, so they are noticed). */
function listFiles(dir) {
    const out = [];
    const walk = (d, rel) => {
        if (!fs.existsSync(d))
            return;
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory())
                walk(path.join(d, e.name), r);
            else
                out.push(r);
        }
    };
    walk(dir, '');
    return out.sort();
}
/** SHA-256 of a file, read without following a last link. */
function sha256File(file) {
    // eslint-disable-next-line no-bitwise
    const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
    try {
        const h = crypto.createHash('sha256');
        // eslint-disable-next-line no-bitwise
        const buf = Buffer.alloc(1 << 20);
        for (;;) {
            const n = fs.readSync(fd, buf, 0, buf.length, null);
            if (n === 0)
                break;
            h.update(buf.subarray(0, n));
        }
        return h.digest('hex');
    }
    finally {
        fs.closeSync(fd);
    }
}
/**
 * Copies files from an outputs folder into a snapshot folder, as `rws-release process` does:
 * plain relative paths only, no symbolic link anywhere in a path, regular files only, opened
 * with O_NOFOLLOW; the copies are made read-only. Returns the files with size and SHA-256.
 */
function snapshotFiles(outputs, rels, dest) {
    const refuse = (rel, why) => {
        throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                code: 'refused-file',
                message: why,
                field: 'files',
                value: rel,
                location: { file: outputs },
                fix: 'name regular files inside outputs by their relative path; links are never followed',
            })]);
    };
    const realOutputs = fs.realpathSync(outputs);
    const files = [];
    fs.mkdirSync(dest, { recursive: true, mode: 0o700 });
    for (const given of rels) {
        const rel = given.startsWith(`${realOutputs}/`) ? given.slice(realOutputs.length + 1) : given.startsWith(`${outputs}/`) ? given.slice(outputs.length + 1) : given;
        // eslint-disable-next-line no-control-regex
        if (rel.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(rel) || rel.split('/').some((c) => c === '' || c === '.' || c === '..'))
            refuse(given, 'not a plain path inside outputs');
        if (files.some((f) => f.path === rel))
            refuse(given, 'listed twice');
        let p = realOutputs;
        for (const c of rel.split('/')) {
            p = path.join(p, c);
            const st = fs.lstatSync(p, { throwIfNoEntry: false });
            if (!st)
                refuse(given, `${p} does not exist`);
            if (st.isSymbolicLink())
                refuse(given, `${p} is a symbolic link (links are never followed out of outputs)`);
        }
        // eslint-disable-next-line no-bitwise
        const fd = fs.openSync(p, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
        const target = path.join(dest, rel);
        try {
            if (!fs.fstatSync(fd).isFile())
                refuse(given, 'not a regular file');
            fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
            // eslint-disable-next-line no-bitwise
            const out = fs.openSync(target, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW, 0o600);
            const h = crypto.createHash('sha256');
            let size = 0;
            try {
                // eslint-disable-next-line no-bitwise
                const buf = Buffer.alloc(1 << 20);
                for (;;) {
                    const n = fs.readSync(fd, buf, 0, buf.length, null);
                    if (n === 0)
                        break;
                    fs.writeSync(out, buf, 0, n);
                    h.update(buf.subarray(0, n));
                    size += n;
                }
            }
            finally {
                fs.closeSync(out);
            }
            files.push({ path: rel, size, sha256: h.digest('hex') });
        }
        finally {
            fs.closeSync(fd);
        }
    }
    return files;
}
/** Makes a snapshot folder read-only: files 0444, folders 0555. */
function sealSnapshot(dir) {
    const walk = (d) => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
            const p = path.join(d, e.name);
            if (e.isDirectory())
                walk(p);
            else if (e.isFile())
                fs.chmodSync(p, 0o444);
        }
        fs.chmodSync(d, 0o555);
    };
    walk(dir);
}
/** Removes a snapshot, sealed or half-made (its sealed folders are made writable first). */
function removeSnapshot(dir) {
    const open = (d) => {
        if (!fs.existsSync(d) || fs.lstatSync(d).isSymbolicLink())
            return;
        fs.chmodSync(d, 0o700);
        for (const e of fs.readdirSync(d, { withFileTypes: true }))
            if (e.isDirectory())
                open(path.join(d, e.name));
    };
    open(dir);
    fs.rmSync(dir, { recursive: true, force: true });
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVsZWFzZS1zdG9yZS5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uL3NyYy9jbGkvcmVsZWFzZS1zdG9yZS50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUE4UEEsOEJBWUM7QUFHRCxnQ0FnQkM7QUFPRCxzQ0F1REM7QUFHRCxvQ0FVQztBQUdELHdDQVFDO0FBblhELCtDQUFpQztBQUNqQyx1Q0FBeUI7QUFDekIsMkNBQTZCO0FBQzdCLGlEQUFvRDtBQUNwRCx1REFBMkU7QUFDM0UsbURBRStCO0FBRS9COzs7Ozs7Ozs7Ozs7Ozs7R0FlRztBQUNILE1BQWEsWUFBWTtJQU1LO0lBQThCO0lBQWtDO0lBTDVFLFdBQVcsQ0FBUztJQUNwQixRQUFRLENBQVM7SUFDakIsU0FBUyxDQUFTO0lBQ2pCLE9BQU8sQ0FBUztJQUVqQyxZQUE0QixJQUFZLEVBQWtCLFFBQWdCLEVBQWtCLFlBQWlDO1FBQWpHLFNBQUksR0FBSixJQUFJLENBQVE7UUFBa0IsYUFBUSxHQUFSLFFBQVEsQ0FBUTtRQUFrQixpQkFBWSxHQUFaLFlBQVksQ0FBcUI7UUFDM0gsSUFBSSxDQUFDLFdBQVcsR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxVQUFVLENBQUMsQ0FBQztRQUMvQyxJQUFJLENBQUMsUUFBUSxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxFQUFFLE9BQU8sQ0FBQyxDQUFDO1FBQ3pDLElBQUksQ0FBQyxTQUFTLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLEVBQUUsYUFBYSxDQUFDLENBQUM7UUFDaEQsSUFBSSxDQUFDLE9BQU8sR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxPQUFPLENBQUMsQ0FBQztJQUMxQyxDQUFDO0lBRUQsaUVBQWlFO0lBQzFELEtBQUs7UUFDVixJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDO1lBQUUsT0FBTyxFQUFFLENBQUM7UUFDOUMsTUFBTSxLQUFLLEdBQUcsRUFBRSxDQUFDLFlBQVksQ0FBQyxJQUFJLENBQUMsU0FBUyxFQUFFLE1BQU0sQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUM7UUFDOUYsTUFBTSxPQUFPLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRTtZQUNqQyxJQUFJLENBQUM7Z0JBQ0gsT0FBTyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBc0IsQ0FBQztZQUM1QyxDQUFDO1lBQUMsTUFBTSxDQUFDO2dCQUNQLE1BQU0sSUFBSSwyQkFBbUIsQ0FBQyxDQUFDLElBQUEsZUFBTyxFQUFDO3dCQUNyQyxJQUFJLEVBQUUsY0FBYzt3QkFDcEIsT0FBTyxFQUFFLGlCQUFpQjt3QkFDMUIsUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFLElBQUksQ0FBQyxTQUFTLEVBQUUsSUFBSSxFQUFFLENBQUMsR0FBRyxDQUFDLEVBQUU7d0JBQy9DLEdBQUcsRUFBRSxvR0FBb0c7cUJBQzFHLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDUCxDQUFDO1FBQ0gsQ0FBQyxDQUFDLENBQUM7UUFDSCwwQkFBZ0IsQ0FBQyxXQUFXLENBQUMsT0FBTyxFQUFFLElBQUksQ0FBQyxTQUFTLENBQUMsQ0FBQztRQUN0RCxPQUFPLE9BQU8sQ0FBQztJQUNqQixDQUFDO0lBRUQsNENBQTRDO0lBQ3JDLElBQUk7UUFDVCxJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDO1lBQUUsT0FBTyxFQUFFLENBQUM7UUFDN0MsT0FBTyxFQUFFLENBQUMsV0FBVyxDQUFDLElBQUksQ0FBQyxRQUFRLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO2FBQzFHLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsR0FBRyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsR0FBRyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDN0csQ0FBQztJQUVELHlEQUF5RDtJQUNsRCxHQUFHLENBQUMsRUFBVTtRQUNuQixJQUFJLENBQUMsMkJBQTJCLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxRQUFRLEVBQUUsR0FBRyxFQUFFLE9BQU8sQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUNwRyxNQUFNLElBQUksMkJBQW1CLENBQUMsQ0FBQyxJQUFBLGVBQU8sRUFBQztvQkFDckMsSUFBSSxFQUFFLGlCQUFpQjtvQkFDdkIsT0FBTyxFQUFFLHNCQUFzQixFQUFFLE9BQU8sSUFBSSxDQUFDLElBQUksRUFBRTtvQkFDbkQsS0FBSyxFQUFFLFNBQVM7b0JBQ2hCLEtBQUssRUFBRSxFQUFFO29CQUNULEdBQUcsRUFBRSw0Q0FBNEM7aUJBQ2xELENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDUCxDQUFDO1FBQ0QsT0FBTyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ3ZCLENBQUM7SUFFRCxpRUFBaUU7SUFDMUQsT0FBTyxDQUFDLEVBQVU7UUFDdkIsT0FBTyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxXQUFXLEVBQUUsRUFBRSxFQUFFLE9BQU8sQ0FBQyxDQUFDO0lBQ2xELENBQUM7SUFFRDs7O09BR0c7SUFDSSxLQUFLLENBQUMsTUFBTSxDQUFDLEtBQXlCLEVBQUUsUUFBaUIsS0FBSztRQUNuRSxPQUFPLElBQUksQ0FBQyxNQUFNLENBQUMsR0FBRyxFQUFFO1lBQ3RCLElBQUksQ0FBQyxhQUFhLENBQUMsS0FBSyxDQUFDLEVBQUUsRUFBRSxLQUFLLENBQUMsS0FBSyxDQUFDLENBQUM7WUFDMUMsSUFBSSxFQUFFLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFFBQVEsRUFBRSxHQUFHLEtBQUssQ0FBQyxFQUFFLE9BQU8sQ0FBQyxDQUFDLEVBQUUsQ0FBQztnQkFDaEUsTUFBTSxJQUFJLDJCQUFtQixDQUFDLENBQUMsSUFBQSxlQUFPLEVBQUMsRUFBRSxJQUFJLEVBQUUsbUJBQW1CLEVBQUUsT0FBTyxFQUFFLFdBQVcsS0FBSyxDQUFDLEVBQUUsc0JBQXNCLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxFQUFFLEVBQUUsR0FBRyxFQUFFLGNBQWMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ3BLLENBQUM7WUFDRCxNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsS0FBSyxFQUFFLENBQUM7WUFDM0IsSUFBSSxJQUFJLEdBQUcsMEJBQWdCLENBQUMsTUFBTSxDQUFDLEtBQUssRUFBRSxJQUFJLENBQUMsWUFBWSxFQUFFLFFBQVEsQ0FBQyxLQUFLLENBQUMsRUFBRSxLQUFLLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQyxDQUFDO1lBQ2hHLElBQUksQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUM7WUFDbEIsSUFBSSxDQUFDLEtBQUssRUFBRSxDQUFDO2dCQUNYLE1BQU0sTUFBTSxHQUFHLEVBQUUsTUFBTSxFQUFFLHVCQUFhLENBQUMsTUFBTSxFQUFFLEtBQUssRUFBRSxLQUFLLENBQUMsU0FBUyxFQUFFLEVBQUUsRUFBRSxLQUFLLENBQUMsRUFBRSxFQUFFLENBQUM7Z0JBQ3RGLElBQUksR0FBRywwQkFBZ0IsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLE9BQU8sRUFBRSxNQUFNLEVBQUUsSUFBSSxDQUFDLFlBQVksRUFBRSxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsS0FBSyxDQUFDLEdBQUcsR0FBRyxDQUFDLENBQUMsQ0FBQztnQkFDNUcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQztZQUNwQixDQUFDO1lBQ0QsT0FBTyxJQUFJLENBQUMsT0FBTyxDQUFDO1FBQ3RCLENBQUMsQ0FBQyxDQUFDO0lBQ0wsQ0FBQztJQUVEOzs7O09BSUc7SUFDSSxLQUFLLENBQUMsSUFBSSxDQUFDLEVBQVUsRUFBRSxJQUFpQixFQUFFLE9BQXFFO1FBQ3BILE9BQU8sSUFBSSxDQUFDLE1BQU0sQ0FBQyxLQUFLLElBQUksRUFBRTtZQUM1QixNQUFNLE9BQU8sR0FBRyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1lBQzdCLE1BQU0sS0FBSyxHQUFHLElBQUksQ0FBQyxLQUFLLEVBQUUsQ0FBQztZQUMzQiwwRUFBMEU7WUFDMUUsSUFBSSxJQUFJLEdBQUcsMEJBQWdCLENBQUMsS0FBSyxDQUFDLE9BQU8sRUFBRSxJQUFJLEVBQUUsSUFBSSxDQUFDLFlBQVksRUFBRSxRQUFRLENBQUMsS0FBSyxDQUFDLEVBQUUsS0FBSyxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQztZQUN2RyxJQUFJLElBQUksQ0FBQyxNQUFNLEtBQUssdUJBQWEsQ0FBQyxPQUFPLEVBQUUsQ0FBQztnQkFDMUMsSUFBSSxDQUFDLE9BQU87b0JBQUUsTUFBTSxJQUFJLEtBQUssQ0FBQywwQkFBMEIsQ0FBQyxDQUFDO2dCQUMxRCxJQUFJLENBQUMsYUFBYSxDQUFDLEVBQUUsRUFBRSxPQUFPLENBQUMsS0FBSyxDQUFDLENBQUM7Z0JBQ3RDLE1BQU0sS0FBSyxHQUFHLE1BQU0sT0FBTyxDQUFDLE9BQU8sRUFBRSxJQUFJLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7Z0JBQ3ZELElBQUksR0FBRywwQkFBZ0IsQ0FBQyxLQUFLLENBQUMsT0FBTyxFQUFFLEVBQUUsR0FBRyxJQUFJLEVBQUUsTUFBTSxFQUFFLEtBQUssRUFBRSxFQUFFLElBQUksQ0FBQyxZQUFZLEVBQUUsUUFBUSxDQUFDLEtBQUssQ0FBQyxFQUFFLEtBQUssQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUM7WUFDM0gsQ0FBQztZQUNELElBQUksQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUM7WUFDbEIsT0FBTyxJQUFJLENBQUMsT0FBTyxDQUFDO1FBQ3RCLENBQUMsQ0FBQyxDQUFDO0lBQ0wsQ0FBQztJQUVEOzs7O09BSUc7SUFDSSxLQUFLLENBQUMsS0FBSztRQUNoQixJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsV0FBVyxDQUFDO1lBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxFQUFFLEVBQUUsT0FBTyxFQUFFLEVBQUUsRUFBRSxDQUFDO1FBQzFFLE1BQU0sT0FBTyxHQUFHLEVBQUUsQ0FBQyxXQUFXLENBQUMsSUFBSSxDQUFDLFdBQVcsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLEVBQUUsRUFBRSxFQUFFLENBQUMsMkJBQTJCLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztlQUMvRixFQUFFLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFdBQVcsRUFBRSxFQUFFLEVBQUUsY0FBYyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsUUFBUSxFQUFFLEdBQUcsRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDL0gsTUFBTSxPQUFPLEdBQWEsRUFBRSxDQUFDO1FBQzdCLE1BQU0sT0FBTyxHQUFhLEVBQUUsQ0FBQztRQUM3QixLQUFLLE1BQU0sRUFBRSxJQUFJLE9BQU8sQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDO1lBQ2hDLElBQUksQ0FBQztnQkFDSCxNQUFNLENBQUMsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQyxZQUFZLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsV0FBVyxFQUFFLEVBQUUsRUFBRSxjQUFjLENBQUMsRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDO2dCQUMvRixJQUFJLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxJQUFJLENBQUMsQ0FBQyxRQUFRLEtBQUssSUFBSSxDQUFDLFFBQVE7b0JBQUUsTUFBTSxJQUFJLEtBQUssQ0FBQyw4QkFBOEIsQ0FBQyxDQUFDLEVBQUUsY0FBYyxDQUFDLENBQUMsUUFBUSxFQUFFLENBQUMsQ0FBQztnQkFDL0gscUZBQXFGO2dCQUNyRixNQUFNLElBQUksQ0FBQyxNQUFNLENBQUM7b0JBQ2hCLEVBQUU7b0JBQ0YsUUFBUSxFQUFFLElBQUksQ0FBQyxRQUFRO29CQUN2QixZQUFZLEVBQUUscUJBQVksQ0FBQyxlQUFlO29CQUMxQyxTQUFTLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7b0JBQzlCLEtBQUssRUFBRSxDQUFDLENBQUMsQ0FBQyxLQUFLLElBQUksRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBTSxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQyxDQUFDO29CQUNsSCxhQUFhLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxhQUFhLElBQUksRUFBRSxDQUFDO29CQUM1QyxFQUFFLEVBQUUsT0FBTyxDQUFDLENBQUMsU0FBUyxLQUFLLFFBQVEsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsU0FBUztpQkFDOUQsQ0FBQyxDQUFDO2dCQUNILE9BQU8sQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7WUFDbkIsQ0FBQztZQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7Z0JBQ1gsT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsS0FBTSxDQUFXLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQztZQUNqRCxDQUFDO1FBQ0gsQ0FBQztRQUNELE9BQU8sRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLENBQUM7SUFDOUIsQ0FBQztJQUVELDRGQUE0RjtJQUNwRixhQUFhLENBQUMsRUFBVSxFQUFFLEtBQW9CO1FBQ3BELE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDN0IsTUFBTSxNQUFNLEdBQUcsU0FBUyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQzlCLE1BQU0sSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQztRQUM3QyxNQUFNLFFBQVEsR0FBYSxFQUFFLENBQUM7UUFDOUIsSUFBSSxJQUFJLENBQUMsU0FBUyxDQUFDLE1BQU0sQ0FBQyxLQUFLLElBQUksQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDO1lBQUUsUUFBUSxDQUFDLElBQUksQ0FBQyxzQkFBc0IsSUFBSSxDQUFDLFNBQVMsQ0FBQyxNQUFNLENBQUMsdUJBQXVCLElBQUksQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQzlKLEtBQUssTUFBTSxDQUFDLElBQUksS0FBSyxFQUFFLENBQUM7WUFDdEIsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO1lBQ2pDLE1BQU0sRUFBRSxHQUFHLEVBQUUsQ0FBQyxTQUFTLENBQUMsQ0FBQyxFQUFFLEVBQUUsY0FBYyxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUM7WUFDdEQsSUFBSSxDQUFDLEVBQUUsSUFBSSxDQUFDLEVBQUUsQ0FBQyxNQUFNLEVBQUU7Z0JBQUUsU0FBUztZQUNsQyxJQUFJLEVBQUUsQ0FBQyxJQUFJLEtBQUssQ0FBQyxDQUFDLElBQUksSUFBSSxVQUFVLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLE1BQU07Z0JBQUUsUUFBUSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLDRDQUE0QyxDQUFDLENBQUM7UUFDN0gsQ0FBQztRQUNELElBQUksUUFBUSxDQUFDLE1BQU0sRUFBRSxDQUFDO1lBQ3BCLE1BQU0sSUFBSSwyQkFBbUIsQ0FBQyxDQUFDLElBQUEsZUFBTyxFQUFDO29CQUNyQyxJQUFJLEVBQUUsa0JBQWtCO29CQUN4QixPQUFPLEVBQUUsMkJBQTJCLEVBQUUsK0JBQStCLFFBQVEsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUU7b0JBQzFGLFFBQVEsRUFBRSxFQUFFLElBQUksRUFBRSxHQUFHLEVBQUU7b0JBQ3ZCLEdBQUcsRUFBRSxvR0FBb0c7aUJBQzFHLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDUCxDQUFDO0lBQ0gsQ0FBQztJQUVPLElBQUksQ0FBQyxFQUFVO1FBQ3JCLE9BQU8sSUFBSSxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUMsWUFBWSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFFBQVEsRUFBRSxHQUFHLEVBQUUsT0FBTyxDQUFDLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQztJQUNyRixDQUFDO0lBRUQsNEVBQTRFO0lBQ3BFLE1BQU0sQ0FBQyxJQUFpQjtRQUM5QixFQUFFLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxRQUFRLEVBQUUsRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDO1FBQzlELE1BQU0sRUFBRSxHQUFHLEVBQUUsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLFNBQVMsRUFBRSxHQUFHLEVBQUUsS0FBSyxDQUFDLENBQUM7UUFDbkQsSUFBSSxDQUFDO1lBQ0gsRUFBRSxDQUFDLFNBQVMsQ0FBQyxFQUFFLEVBQUUsR0FBRyxJQUFJLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUM7WUFDcEQsRUFBRSxDQUFDLFNBQVMsQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUNuQixDQUFDO2dCQUFTLENBQUM7WUFDVCxFQUFFLENBQUMsU0FBUyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ25CLENBQUM7UUFDRCxNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxRQUFRLEVBQUUsR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLEVBQUUsT0FBTyxDQUFDLENBQUM7UUFDakUsTUFBTSxHQUFHLEdBQUcsR0FBRyxJQUFJLFFBQVEsT0FBTyxDQUFDLEdBQUcsRUFBRSxDQUFDO1FBQ3pDLEVBQUUsQ0FBQyxhQUFhLENBQUMsR0FBRyxFQUFFLEdBQUcsSUFBSSxDQUFDLFNBQVMsQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUM7UUFDMUYsRUFBRSxDQUFDLFVBQVUsQ0FBQyxHQUFHLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDM0IsQ0FBQztJQUVELGdHQUFnRztJQUN4RixLQUFLLENBQUMsTUFBTSxDQUFJLEVBQXdCO1FBQzlDLEVBQUUsQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDO1FBQzdDLE1BQU0sUUFBUSxHQUFHLElBQUksQ0FBQyxHQUFHLEVBQUUsR0FBRyxNQUFNLENBQUM7UUFDckMsU0FBUyxDQUFDO1lBQ1IsSUFBSSxDQUFDO2dCQUNILEVBQUUsQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDO2dCQUMzQixFQUFFLENBQUMsYUFBYSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLE9BQU8sRUFBRSxLQUFLLENBQUMsRUFBRSxNQUFNLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7Z0JBQ3RFLE1BQU07WUFDUixDQUFDO1lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztnQkFDWCxJQUFLLENBQTJCLENBQUMsSUFBSSxLQUFLLFFBQVE7b0JBQUUsTUFBTSxDQUFDLENBQUM7Z0JBQzVELE1BQU0sTUFBTSxHQUFHLE1BQU0sQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLEtBQUssQ0FBQyxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUM7Z0JBQ25FLElBQUksTUFBTSxHQUFHLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDO29CQUNqQyxFQUFFLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUUsRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDO29CQUMxRCxTQUFTO2dCQUNYLENBQUM7Z0JBQ0QsSUFBSSxJQUFJLENBQUMsR0FBRyxFQUFFLEdBQUcsUUFBUTtvQkFBRSxNQUFNLElBQUksS0FBSyxDQUFDLHFCQUFxQixJQUFJLENBQUMsSUFBSSx5QkFBeUIsTUFBTSxrQ0FBa0MsQ0FBQyxDQUFDO2dCQUM1SSxNQUFNLElBQUksT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxVQUFVLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUM7WUFDOUMsQ0FBQztRQUNILENBQUM7UUFDRCxJQUFJLENBQUM7WUFDSCxPQUFPLE1BQU0sRUFBRSxFQUFFLENBQUM7UUFDcEIsQ0FBQztnQkFBUyxDQUFDO1lBQ1QsRUFBRSxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztRQUM1RCxDQUFDO0lBQ0gsQ0FBQztDQUNGO0FBN01ELG9DQTZNQztBQUVELFNBQVMsUUFBUSxDQUFDLEtBQTBCO0lBQzFDLE9BQU8sS0FBSyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQywwQkFBZ0IsQ0FBQyxZQUFZLENBQUM7QUFDckYsQ0FBQztBQUVELFNBQVMsTUFBTSxDQUFDLElBQVksRUFBRSxRQUFnQjtJQUM1QyxJQUFJLENBQUM7UUFDSCxPQUFPLEVBQUUsQ0FBQyxZQUFZLENBQUMsSUFBSSxFQUFFLE1BQU0sQ0FBQyxDQUFDO0lBQ3ZDLENBQUM7SUFBQyxNQUFNLENBQUM7UUFDUCxPQUFPLFFBQVEsQ0FBQztJQUNsQixDQUFDO0FBQ0gsQ0FBQztBQUVELFNBQVMsS0FBSyxDQUFDLEdBQVc7SUFDeEIsSUFBSSxDQUFDO1FBQ0gsT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDckIsT0FBTyxJQUFJLENBQUM7SUFDZCxDQUFDO0lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztRQUNYLE9BQVEsQ0FBMkIsQ0FBQyxJQUFJLEtBQUssT0FBTyxDQUFDO0lBQ3ZELENBQUM7QUFDSCxDQUFDO0FBRUQsOEdBQThHO0FBQzlHLFNBQWdCLFNBQVMsQ0FBQyxHQUFXO0lBQ25DLE1BQU0sR0FBRyxHQUFhLEVBQUUsQ0FBQztJQUN6QixNQUFNLElBQUksR0FBRyxDQUFDLENBQVMsRUFBRSxHQUFXLEVBQUUsRUFBRTtRQUN0QyxJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUM7WUFBRSxPQUFPO1FBQzlCLEtBQUssTUFBTSxDQUFDLElBQUksRUFBRSxDQUFDLFdBQVcsQ0FBQyxDQUFDLEVBQUUsRUFBRSxhQUFhLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxDQUFDO1lBQzNELE1BQU0sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxDQUFDLENBQUMsR0FBRyxHQUFHLElBQUksQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDO1lBQzVDLElBQUksQ0FBQyxDQUFDLFdBQVcsRUFBRTtnQkFBRSxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDOztnQkFDOUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNuQixDQUFDO0lBQ0gsQ0FBQyxDQUFDO0lBQ0YsSUFBSSxDQUFDLEdBQUcsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUNkLE9BQU8sR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO0FBQ3BCLENBQUM7QUFFRCw2REFBNkQ7QUFDN0QsU0FBZ0IsVUFBVSxDQUFDLElBQVk7SUFDckMsc0NBQXNDO0lBQ3RDLE1BQU0sRUFBRSxHQUFHLEVBQUUsQ0FBQyxRQUFRLENBQUMsSUFBSSxFQUFFLEVBQUUsQ0FBQyxTQUFTLENBQUMsUUFBUSxHQUFHLEVBQUUsQ0FBQyxTQUFTLENBQUMsVUFBVSxDQUFDLENBQUM7SUFDOUUsSUFBSSxDQUFDO1FBQ0gsTUFBTSxDQUFDLEdBQUcsTUFBTSxDQUFDLFVBQVUsQ0FBQyxRQUFRLENBQUMsQ0FBQztRQUN0QyxzQ0FBc0M7UUFDdEMsTUFBTSxHQUFHLEdBQUcsTUFBTSxDQUFDLEtBQUssQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUM7UUFDbEMsU0FBUyxDQUFDO1lBQ1IsTUFBTSxDQUFDLEdBQUcsRUFBRSxDQUFDLFFBQVEsQ0FBQyxFQUFFLEVBQUUsR0FBRyxFQUFFLENBQUMsRUFBRSxHQUFHLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDO1lBQ3BELElBQUksQ0FBQyxLQUFLLENBQUM7Z0JBQUUsTUFBTTtZQUNuQixDQUFDLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxRQUFRLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDL0IsQ0FBQztRQUNELE9BQU8sQ0FBQyxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUN6QixDQUFDO1lBQVMsQ0FBQztRQUNULEVBQUUsQ0FBQyxTQUFTLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDbkIsQ0FBQztBQUNILENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsU0FBZ0IsYUFBYSxDQUFDLE9BQWUsRUFBRSxJQUFjLEVBQUUsSUFBWTtJQUN6RSxNQUFNLE1BQU0sR0FBRyxDQUFDLEdBQVcsRUFBRSxHQUFXLEVBQVMsRUFBRTtRQUNqRCxNQUFNLElBQUksMkJBQW1CLENBQUMsQ0FBQyxJQUFBLGVBQU8sRUFBQztnQkFDckMsSUFBSSxFQUFFLGNBQWM7Z0JBQ3BCLE9BQU8sRUFBRSxHQUFHO2dCQUNaLEtBQUssRUFBRSxPQUFPO2dCQUNkLEtBQUssRUFBRSxHQUFHO2dCQUNWLFFBQVEsRUFBRSxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUU7Z0JBQzNCLEdBQUcsRUFBRSxvRkFBb0Y7YUFDMUYsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUNQLENBQUMsQ0FBQztJQUNGLE1BQU0sV0FBVyxHQUFHLEVBQUUsQ0FBQyxZQUFZLENBQUMsT0FBTyxDQUFDLENBQUM7SUFDN0MsTUFBTSxLQUFLLEdBQWtCLEVBQUUsQ0FBQztJQUNoQyxFQUFFLENBQUMsU0FBUyxDQUFDLElBQUksRUFBRSxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUM7SUFDckQsS0FBSyxNQUFNLEtBQUssSUFBSSxJQUFJLEVBQUUsQ0FBQztRQUN6QixNQUFNLEdBQUcsR0FBRyxLQUFLLENBQUMsVUFBVSxDQUFDLEdBQUcsV0FBVyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxXQUFXLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsVUFBVSxDQUFDLEdBQUcsT0FBTyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUM7UUFDbEssNENBQTRDO1FBQzVDLElBQUksR0FBRyxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsSUFBSSx5QkFBeUIsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLElBQUksR0FBRyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsS0FBSyxFQUFFLElBQUksQ0FBQyxLQUFLLEdBQUcsSUFBSSxDQUFDLEtBQUssSUFBSSxDQUFDO1lBQUUsTUFBTSxDQUFDLEtBQUssRUFBRSxpQ0FBaUMsQ0FBQyxDQUFDO1FBQ3BMLElBQUksS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxHQUFHLENBQUM7WUFBRSxNQUFNLENBQUMsS0FBSyxFQUFFLGNBQWMsQ0FBQyxDQUFDO1FBQ3JFLElBQUksQ0FBQyxHQUFHLFdBQVcsQ0FBQztRQUNwQixLQUFLLE1BQU0sQ0FBQyxJQUFJLEdBQUcsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQztZQUMvQixDQUFDLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7WUFDcEIsTUFBTSxFQUFFLEdBQUcsRUFBRSxDQUFDLFNBQVMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxjQUFjLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQztZQUN0RCxJQUFJLENBQUMsRUFBRTtnQkFBRSxNQUFNLENBQUMsS0FBSyxFQUFFLEdBQUcsQ0FBQyxpQkFBaUIsQ0FBQyxDQUFDO1lBQzlDLElBQUksRUFBRyxDQUFDLGNBQWMsRUFBRTtnQkFBRSxNQUFNLENBQUMsS0FBSyxFQUFFLEdBQUcsQ0FBQywrREFBK0QsQ0FBQyxDQUFDO1FBQy9HLENBQUM7UUFDRCxzQ0FBc0M7UUFDdEMsTUFBTSxFQUFFLEdBQUcsRUFBRSxDQUFDLFFBQVEsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLFNBQVMsQ0FBQyxRQUFRLEdBQUcsRUFBRSxDQUFDLFNBQVMsQ0FBQyxVQUFVLEdBQUcsRUFBRSxDQUFDLFNBQVMsQ0FBQyxVQUFVLENBQUMsQ0FBQztRQUNyRyxNQUFNLE1BQU0sR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxHQUFHLENBQUMsQ0FBQztRQUNwQyxJQUFJLENBQUM7WUFDSCxJQUFJLENBQUMsRUFBRSxDQUFDLFNBQVMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUU7Z0JBQUUsTUFBTSxDQUFDLEtBQUssRUFBRSxvQkFBb0IsQ0FBQyxDQUFDO1lBQ3BFLEVBQUUsQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUM7WUFDckUsc0NBQXNDO1lBQ3RDLE1BQU0sR0FBRyxHQUFHLEVBQUUsQ0FBQyxRQUFRLENBQUMsTUFBTSxFQUFFLEVBQUUsQ0FBQyxTQUFTLENBQUMsUUFBUSxHQUFHLEVBQUUsQ0FBQyxTQUFTLENBQUMsT0FBTyxHQUFHLEVBQUUsQ0FBQyxTQUFTLENBQUMsTUFBTSxHQUFHLEVBQUUsQ0FBQyxTQUFTLENBQUMsVUFBVSxFQUFFLEtBQUssQ0FBQyxDQUFDO1lBQ3JJLE1BQU0sQ0FBQyxHQUFHLE1BQU0sQ0FBQyxVQUFVLENBQUMsUUFBUSxDQUFDLENBQUM7WUFDdEMsSUFBSSxJQUFJLEdBQUcsQ0FBQyxDQUFDO1lBQ2IsSUFBSSxDQUFDO2dCQUNILHNDQUFzQztnQkFDdEMsTUFBTSxHQUFHLEdBQUcsTUFBTSxDQUFDLEtBQUssQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUM7Z0JBQ2xDLFNBQVMsQ0FBQztvQkFDUixNQUFNLENBQUMsR0FBRyxFQUFFLENBQUMsUUFBUSxDQUFDLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUM7b0JBQ3BELElBQUksQ0FBQyxLQUFLLENBQUM7d0JBQUUsTUFBTTtvQkFDbkIsRUFBRSxDQUFDLFNBQVMsQ0FBQyxHQUFHLEVBQUUsR0FBRyxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztvQkFDN0IsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsUUFBUSxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDO29CQUM3QixJQUFJLElBQUksQ0FBQyxDQUFDO2dCQUNaLENBQUM7WUFDSCxDQUFDO29CQUFTLENBQUM7Z0JBQ1QsRUFBRSxDQUFDLFNBQVMsQ0FBQyxHQUFHLENBQUMsQ0FBQztZQUNwQixDQUFDO1lBQ0QsS0FBSyxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxHQUFHLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUMzRCxDQUFDO2dCQUFTLENBQUM7WUFDVCxFQUFFLENBQUMsU0FBUyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ25CLENBQUM7SUFDSCxDQUFDO0lBQ0QsT0FBTyxLQUFLLENBQUM7QUFDZixDQUFDO0FBRUQsbUVBQW1FO0FBQ25FLFNBQWdCLFlBQVksQ0FBQyxHQUFXO0lBQ3RDLE1BQU0sSUFBSSxHQUFHLENBQUMsQ0FBUyxFQUFFLEVBQUU7UUFDekIsS0FBSyxNQUFNLENBQUMsSUFBSSxFQUFFLENBQUMsV0FBVyxDQUFDLENBQUMsRUFBRSxFQUFFLGFBQWEsRUFBRSxJQUFJLEVBQUUsQ0FBQyxFQUFFLENBQUM7WUFDM0QsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO1lBQy9CLElBQUksQ0FBQyxDQUFDLFdBQVcsRUFBRTtnQkFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7aUJBQ3hCLElBQUksQ0FBQyxDQUFDLE1BQU0sRUFBRTtnQkFBRSxFQUFFLENBQUMsU0FBUyxDQUFDLENBQUMsRUFBRSxLQUFLLENBQUMsQ0FBQztRQUM5QyxDQUFDO1FBQ0QsRUFBRSxDQUFDLFNBQVMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxDQUFDLENBQUM7SUFDekIsQ0FBQyxDQUFDO0lBQ0YsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0FBQ1osQ0FBQztBQUVELDRGQUE0RjtBQUM1RixTQUFnQixjQUFjLENBQUMsR0FBVztJQUN4QyxNQUFNLElBQUksR0FBRyxDQUFDLENBQVMsRUFBRSxFQUFFO1FBQ3pCLElBQUksQ0FBQyxFQUFFLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsY0FBYyxFQUFFO1lBQUUsT0FBTztRQUNsRSxFQUFFLENBQUMsU0FBUyxDQUFDLENBQUMsRUFBRSxLQUFLLENBQUMsQ0FBQztRQUN2QixLQUFLLE1BQU0sQ0FBQyxJQUFJLEVBQUUsQ0FBQyxXQUFXLENBQUMsQ0FBQyxFQUFFLEVBQUUsYUFBYSxFQUFFLElBQUksRUFBRSxDQUFDO1lBQUUsSUFBSSxDQUFDLENBQUMsV0FBVyxFQUFFO2dCQUFFLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQztJQUM5RyxDQUFDLENBQUM7SUFDRixJQUFJLENBQUMsR0FBRyxDQUFDLENBQUM7SUFDVixFQUFFLENBQUMsTUFBTSxDQUFDLEdBQUcsRUFBRSxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7QUFDbkQsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCAqIGFzIGNyeXB0byBmcm9tICdjcnlwdG8nO1xuaW1wb3J0ICogYXMgZnMgZnJvbSAnZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdwYXRoJztcbmltcG9ydCB7IFBlcm1pdFN0YXR1cyB9IGZyb20gJy4uL3dvcmtzcGFjZXMvcGVybWl0JztcbmltcG9ydCB7IHByb2JsZW0sIFdvcmtzcGFjZUlucHV0RXJyb3IgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3ByaXZhdGUvZXJyb3InO1xuaW1wb3J0IHtcbiAgUmVsZWFzZUFjdGlvbiwgUmVsZWFzZUF1ZGl0RW50cnksIFJlbGVhc2VDcmVhdGVQcm9wcywgUmVsZWFzZUZpbGUsIFJlbGVhc2VMaWZlY3ljbGUsIFJlbGVhc2VNb3ZlLCBSZWxlYXNlUGFydGljaXBhbnRzLCBSZWxlYXNlUmVxdWVzdCwgUmVsZWFzZVN0ZXAsXG59IGZyb20gJy4uL3dvcmtzcGFjZXMvcmVsZWFzZSc7XG5cbi8qKlxuICogVGhlIGZpbGUgc3RvcmUgb2Ygb25lIHBlcm1pdCdzIG91dHB1dCByZWxlYXNlIHJlcXVlc3RzIChgcndzIHBlcm1pdCByZWxlYXNlIC0tc3RvcmUgRElSYCk6XG4gKlxuICogfCBwYXRoIHwgd2hhdCB8IHdyaXR0ZW4gYnkgfFxuICogfCAtLS0gfCAtLS0gfCAtLS0gfFxuICogfCBgcmVxdWVzdHMvPGlkPi9maWxlcy8uLi5gIHwgdGhlIHNuYXBzaG90IChyb290LSBvciBzdG9yZS1vd25lZCwgcmVhZC1vbmx5KSB8IGByd3MtcmVsZWFzZSBwcm9jZXNzYCBpbiB0aGUgd29ya3NwYWNlLCBvciBgcndzIHBlcm1pdCByZWxlYXNlIHJlcXVlc3RgIHxcbiAqIHwgYHJlcXVlc3RzLzxpZD4vcmVxdWVzdC5qc29uYCB8IHJlcXVlc3RlciwganVzdGlmaWNhdGlvbiwgZmlsZXMgd2l0aCBzaXplIGFuZCBTSEEtMjU2IHwgdGhlIHNhbWUgfFxuICogfCBgcmVxdWVzdHMvPGlkPi9TSEEyNTZTVU1TYCB8IHRoZSBzYW1lIGhhc2hlcyBmb3IgYHNoYTI1NnN1bSAtY2AgfCB0aGUgc2FtZSB8XG4gKiB8IGBzdGF0ZS88aWQ+Lmpzb25gIHwgdGhlIHJlcXVlc3QgYXMgcmVjb3JkZWQgKHN0YXRlLCBhcHByb3ZhbHMsIHJlYXNvbikgfCB0aGlzIHN0b3JlIG9ubHkgfFxuICogfCBgYXVkaXQuanNvbmxgIHwgb25lIGhhc2gtY2hhaW5lZCBsaW5lIHBlciBtb3ZlOiB3aG8sIHdoZW4sIHdoYXQsIHdoeSB8IHRoaXMgc3RvcmUgb25seSwgYXBwZW5kLW9ubHkgfFxuICogfCBgLmxvY2tgIHwgYSBmb2xkZXIgdGhhdCBleGlzdHMgd2hpbGUgb25lIGNvbW1hbmQgY2hhbmdlcyB0aGUgc3RvcmUgfCB0aGlzIHN0b3JlIHxcbiAqXG4gKiBFdmVyeSBjaGFuZ2UgcnVucyB1bmRlciB0aGUgbG9jaywgcmUtcmVhZHMgdGhlIHN0YXRlIGFuZCB0aGUgYXVkaXQgKHZlcmlmeWluZyB0aGUgY2hhaW4pLCBhc2tzXG4gKiB0aGUgbW9kZWwgKFJlbGVhc2VMaWZlY3ljbGUpIHdoZXRoZXIgdGhlIG1vdmUgaXMgbGVnYWwsIGFuZCBhcHBlbmRzIHRoZSBhdWRpdCBsaW5lIGJlZm9yZSBpdFxuICogd3JpdGVzIHRoZSBzdGF0ZTogYSBzdGF0ZSBjaGFuZ2UgaXMgbmV2ZXIgd2l0aG91dCBpdHMgYXVkaXQgbGluZS5cbiAqL1xuZXhwb3J0IGNsYXNzIFJlbGVhc2VTdG9yZSB7XG4gIHB1YmxpYyByZWFkb25seSByZXF1ZXN0c0Rpcjogc3RyaW5nO1xuICBwdWJsaWMgcmVhZG9ubHkgc3RhdGVEaXI6IHN0cmluZztcbiAgcHVibGljIHJlYWRvbmx5IGF1ZGl0RmlsZTogc3RyaW5nO1xuICBwcml2YXRlIHJlYWRvbmx5IGxvY2tEaXI6IHN0cmluZztcblxuICBjb25zdHJ1Y3RvcihwdWJsaWMgcmVhZG9ubHkgcm9vdDogc3RyaW5nLCBwdWJsaWMgcmVhZG9ubHkgcGVybWl0SWQ6IHN0cmluZywgcHVibGljIHJlYWRvbmx5IHBhcnRpY2lwYW50czogUmVsZWFzZVBhcnRpY2lwYW50cykge1xuICAgIHRoaXMucmVxdWVzdHNEaXIgPSBwYXRoLmpvaW4ocm9vdCwgJ3JlcXVlc3RzJyk7XG4gICAgdGhpcy5zdGF0ZURpciA9IHBhdGguam9pbihyb290LCAnc3RhdGUnKTtcbiAgICB0aGlzLmF1ZGl0RmlsZSA9IHBhdGguam9pbihyb290LCAnYXVkaXQuanNvbmwnKTtcbiAgICB0aGlzLmxvY2tEaXIgPSBwYXRoLmpvaW4ocm9vdCwgJy5sb2NrJyk7XG4gIH1cblxuICAvKiogVGhlIGF1ZGl0IGxvZywgdmVyaWZpZWQgKHRocm93cyBhdCB0aGUgZmlyc3QgYnJva2VuIGxpbmUpLiAqL1xuICBwdWJsaWMgYXVkaXQoKTogUmVsZWFzZUF1ZGl0RW50cnlbXSB7XG4gICAgaWYgKCFmcy5leGlzdHNTeW5jKHRoaXMuYXVkaXRGaWxlKSkgcmV0dXJuIFtdO1xuICAgIGNvbnN0IGxpbmVzID0gZnMucmVhZEZpbGVTeW5jKHRoaXMuYXVkaXRGaWxlLCAndXRmOCcpLnNwbGl0KCdcXG4nKS5maWx0ZXIoKGwpID0+IGwubGVuZ3RoID4gMCk7XG4gICAgY29uc3QgZW50cmllcyA9IGxpbmVzLm1hcCgobCwgaSkgPT4ge1xuICAgICAgdHJ5IHtcbiAgICAgICAgcmV0dXJuIEpTT04ucGFyc2UobCkgYXMgUmVsZWFzZUF1ZGl0RW50cnk7XG4gICAgICB9IGNhdGNoIHtcbiAgICAgICAgdGhyb3cgbmV3IFdvcmtzcGFjZUlucHV0RXJyb3IoW3Byb2JsZW0oe1xuICAgICAgICAgIGNvZGU6ICdhdWRpdC1icm9rZW4nLFxuICAgICAgICAgIG1lc3NhZ2U6ICdub3QgYSBKU09OIGxpbmUnLFxuICAgICAgICAgIGxvY2F0aW9uOiB7IGZpbGU6IHRoaXMuYXVkaXRGaWxlLCBsaW5lOiBpICsgMSB9LFxuICAgICAgICAgIGZpeDogJ3RoZSByZWxlYXNlIGF1ZGl0IGxvZyB3YXMgY2hhbmdlZCBhZnRlciBpdCB3YXMgd3JpdHRlbjogcmVzdG9yZSBpdCBmcm9tIHRoZSBiYWNrdXAgYW5kIGludmVzdGlnYXRlJyxcbiAgICAgICAgfSldKTtcbiAgICAgIH1cbiAgICB9KTtcbiAgICBSZWxlYXNlTGlmZWN5Y2xlLnZlcmlmeUF1ZGl0KGVudHJpZXMsIHRoaXMuYXVkaXRGaWxlKTtcbiAgICByZXR1cm4gZW50cmllcztcbiAgfVxuXG4gIC8qKiBFdmVyeSByZWNvcmRlZCByZXF1ZXN0LCBvbGRlc3QgZmlyc3QuICovXG4gIHB1YmxpYyBsaXN0KCk6IFJlbGVhc2VSZXF1ZXN0W10ge1xuICAgIGlmICghZnMuZXhpc3RzU3luYyh0aGlzLnN0YXRlRGlyKSkgcmV0dXJuIFtdO1xuICAgIHJldHVybiBmcy5yZWFkZGlyU3luYyh0aGlzLnN0YXRlRGlyKS5maWx0ZXIoKGYpID0+IGYuZW5kc1dpdGgoJy5qc29uJykpLm1hcCgoZikgPT4gdGhpcy5yZWFkKGYuc2xpY2UoMCwgLTUpKSlcbiAgICAgIC5zb3J0KChhLCBiKSA9PiAoYS5jcmVhdGVkQXQgPCBiLmNyZWF0ZWRBdCA/IC0xIDogYS5jcmVhdGVkQXQgPiBiLmNyZWF0ZWRBdCA/IDEgOiBhLmlkIDwgYi5pZCA/IC0xIDogMSkpO1xuICB9XG5cbiAgLyoqIE9uZSByZXF1ZXN0OyBhIGNsZWFyIGVycm9yIHdoZW4gaXQgZG9lcyBub3QgZXhpc3QuICovXG4gIHB1YmxpYyBnZXQoaWQ6IHN0cmluZyk6IFJlbGVhc2VSZXF1ZXN0IHtcbiAgICBpZiAoIS9eW2EtejAtOV1bYS16MC05LV17MCw2Mn0kLy50ZXN0KGlkKSB8fCAhZnMuZXhpc3RzU3luYyhwYXRoLmpvaW4odGhpcy5zdGF0ZURpciwgYCR7aWR9Lmpzb25gKSkpIHtcbiAgICAgIHRocm93IG5ldyBXb3Jrc3BhY2VJbnB1dEVycm9yKFtwcm9ibGVtKHtcbiAgICAgICAgY29kZTogJ3Vua25vd24tcmVxdWVzdCcsXG4gICAgICAgIG1lc3NhZ2U6IGBubyByZWxlYXNlIHJlcXVlc3QgJHtpZH0gaW4gJHt0aGlzLnJvb3R9YCxcbiAgICAgICAgZmllbGQ6ICdyZXF1ZXN0JyxcbiAgICAgICAgdmFsdWU6IGlkLFxuICAgICAgICBmaXg6ICdzZWUgdGhlIGlkcyB3aXRoIFwicndzIHBlcm1pdCByZWxlYXNlIGxpc3RcIicsXG4gICAgICB9KV0pO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy5yZWFkKGlkKTtcbiAgfVxuXG4gIC8qKiBUaGUgc25hcHNob3QgZm9sZGVyIG9mIGEgcmVxdWVzdCAod2hhdCByZXZpZXdlcnMgbG9vayBhdCkuICovXG4gIHB1YmxpYyBmaWxlc09mKGlkOiBzdHJpbmcpOiBzdHJpbmcge1xuICAgIHJldHVybiBwYXRoLmpvaW4odGhpcy5yZXF1ZXN0c0RpciwgaWQsICdmaWxlcycpO1xuICB9XG5cbiAgLyoqXG4gICAqIFJlY29yZHMgYSBuZXcgcmVxdWVzdCB3aG9zZSBzbmFwc2hvdCBpcyBhbHJlYWR5IGluIGByZXF1ZXN0cy88aWQ+L2AgKGNyZWF0ZSwgYW5kIHN1Ym1pdFxuICAgKiB1bmxlc3MgYGRyYWZ0YCkuXG4gICAqL1xuICBwdWJsaWMgYXN5bmMgY3JlYXRlKHByb3BzOiBSZWxlYXNlQ3JlYXRlUHJvcHMsIGRyYWZ0OiBib29sZWFuID0gZmFsc2UpOiBQcm9taXNlPFJlbGVhc2VSZXF1ZXN0PiB7XG4gICAgcmV0dXJuIHRoaXMubG9ja2VkKCgpID0+IHtcbiAgICAgIHRoaXMuY2hlY2tTbmFwc2hvdChwcm9wcy5pZCwgcHJvcHMuZmlsZXMpO1xuICAgICAgaWYgKGZzLmV4aXN0c1N5bmMocGF0aC5qb2luKHRoaXMuc3RhdGVEaXIsIGAke3Byb3BzLmlkfS5qc29uYCkpKSB7XG4gICAgICAgIHRocm93IG5ldyBXb3Jrc3BhY2VJbnB1dEVycm9yKFtwcm9ibGVtKHsgY29kZTogJ2R1cGxpY2F0ZS1yZXF1ZXN0JywgbWVzc2FnZTogYHJlcXVlc3QgJHtwcm9wcy5pZH0gaXMgcmVjb3JkZWQgYWxyZWFkeWAsIHZhbHVlOiBwcm9wcy5pZCwgZml4OiAndXNlIGEgbmV3IGlkJyB9KV0pO1xuICAgICAgfVxuICAgICAgY29uc3QgYXVkaXQgPSB0aGlzLmF1ZGl0KCk7XG4gICAgICBsZXQgc3RlcCA9IFJlbGVhc2VMaWZlY3ljbGUuY3JlYXRlKHByb3BzLCB0aGlzLnBhcnRpY2lwYW50cywgbGFzdEhhc2goYXVkaXQpLCBhdWRpdC5sZW5ndGggKyAxKTtcbiAgICAgIHRoaXMuY29tbWl0KHN0ZXApO1xuICAgICAgaWYgKCFkcmFmdCkge1xuICAgICAgICBjb25zdCBzdWJtaXQgPSB7IGFjdGlvbjogUmVsZWFzZUFjdGlvbi5TVUJNSVQsIGFjdG9yOiBwcm9wcy5yZXF1ZXN0ZXIsIGF0OiBwcm9wcy5hdCB9O1xuICAgICAgICBzdGVwID0gUmVsZWFzZUxpZmVjeWNsZS5hcHBseShzdGVwLnJlcXVlc3QsIHN1Ym1pdCwgdGhpcy5wYXJ0aWNpcGFudHMsIHN0ZXAuYXVkaXQuaGFzaCwgc3RlcC5hdWRpdC5zZXEgKyAxKTtcbiAgICAgICAgdGhpcy5jb21taXQoc3RlcCk7XG4gICAgICB9XG4gICAgICByZXR1cm4gc3RlcC5yZXF1ZXN0O1xuICAgIH0pO1xuICB9XG5cbiAgLyoqXG4gICAqIEFwcGxpZXMgYSBtb3ZlIHVuZGVyIHRoZSBsb2NrLiBGb3IgYHJlbGVhc2VgLCBgZGVsaXZlcmAgcnVucyBhZnRlciB0aGUgbW9kZWwgaGFzIGFsbG93ZWRcbiAgICogdGhlIG1vdmUgYW5kIGJlZm9yZSBpdCBpcyByZWNvcmRlZCwgc3RpbGwgdW5kZXIgdGhlIGxvY2sgKHNvIG5vIHJldm9rZSBjYW4gc2xpcCBpbiBiZXR3ZWVuKTtcbiAgICogd2hhdCBpdCByZXR1cm5zIGlzIHJlY29yZGVkIGFzIHRoZSBkZXN0aW5hdGlvbi4gV2hlbiBpdCB0aHJvd3MsIG5vdGhpbmcgaXMgcmVjb3JkZWQuXG4gICAqL1xuICBwdWJsaWMgYXN5bmMgbW92ZShpZDogc3RyaW5nLCBtb3ZlOiBSZWxlYXNlTW92ZSwgZGVsaXZlcj86IChyZXF1ZXN0OiBSZWxlYXNlUmVxdWVzdCwgZmlsZXM6IHN0cmluZykgPT4gUHJvbWlzZTxzdHJpbmc+KTogUHJvbWlzZTxSZWxlYXNlUmVxdWVzdD4ge1xuICAgIHJldHVybiB0aGlzLmxvY2tlZChhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCByZXF1ZXN0ID0gdGhpcy5nZXQoaWQpO1xuICAgICAgY29uc3QgYXVkaXQgPSB0aGlzLmF1ZGl0KCk7XG4gICAgICAvLyBBc2sgdGhlIG1vZGVsIGZpcnN0OiBhbiBpbGxlZ2FsIG1vdmUgaXMgcmVmdXNlZCBiZWZvcmUgYW55dGhpbmcgbGVhdmVzLlxuICAgICAgbGV0IHN0ZXAgPSBSZWxlYXNlTGlmZWN5Y2xlLmFwcGx5KHJlcXVlc3QsIG1vdmUsIHRoaXMucGFydGljaXBhbnRzLCBsYXN0SGFzaChhdWRpdCksIGF1ZGl0Lmxlbmd0aCArIDEpO1xuICAgICAgaWYgKG1vdmUuYWN0aW9uID09PSBSZWxlYXNlQWN0aW9uLlJFTEVBU0UpIHtcbiAgICAgICAgaWYgKCFkZWxpdmVyKSB0aHJvdyBuZXcgRXJyb3IoJ3JlbGVhc2UgbmVlZHMgYSBkZWxpdmVyeScpO1xuICAgICAgICB0aGlzLmNoZWNrU25hcHNob3QoaWQsIHJlcXVlc3QuZmlsZXMpO1xuICAgICAgICBjb25zdCB3aGVyZSA9IGF3YWl0IGRlbGl2ZXIocmVxdWVzdCwgdGhpcy5maWxlc09mKGlkKSk7XG4gICAgICAgIHN0ZXAgPSBSZWxlYXNlTGlmZWN5Y2xlLmFwcGx5KHJlcXVlc3QsIHsgLi4ubW92ZSwgZGV0YWlsOiB3aGVyZSB9LCB0aGlzLnBhcnRpY2lwYW50cywgbGFzdEhhc2goYXVkaXQpLCBhdWRpdC5sZW5ndGggKyAxKTtcbiAgICAgIH1cbiAgICAgIHRoaXMuY29tbWl0KHN0ZXApO1xuICAgICAgcmV0dXJuIHN0ZXAucmVxdWVzdDtcbiAgICB9KTtcbiAgfVxuXG4gIC8qKlxuICAgKiBSZWNvcmRzIHRoZSByZXF1ZXN0cyB0aGUgd29ya3NwYWNlJ3MgYHJ3cy1yZWxlYXNlYCB3cm90ZSAoYSBgcmVxdWVzdC5qc29uYCB3aXRob3V0IGFcbiAgICogc3RhdGUpOiBlYWNoIGZpbGUgaXMgaGFzaGVkIGFnYWluIGFuZCBtdXN0IG1hdGNoOyB0aGV5IGVudGVyIGFzIERSQUZUIGFuZCBhcmUgc3VibWl0dGVkIGJ5XG4gICAqIHRoZWlyIHJlcXVlc3Rlci4gUmV0dXJucyB0aGUgaWRzIGFkb3B0ZWQgYW5kIHRoZSBwcm9ibGVtcyBvZiB0aG9zZSB0aGF0IHdlcmUgbm90LlxuICAgKi9cbiAgcHVibGljIGFzeW5jIGFkb3B0KCk6IFByb21pc2U8eyBhZG9wdGVkOiBzdHJpbmdbXTsgcmVmdXNlZDogc3RyaW5nW10gfT4ge1xuICAgIGlmICghZnMuZXhpc3RzU3luYyh0aGlzLnJlcXVlc3RzRGlyKSkgcmV0dXJuIHsgYWRvcHRlZDogW10sIHJlZnVzZWQ6IFtdIH07XG4gICAgY29uc3QgcGVuZGluZyA9IGZzLnJlYWRkaXJTeW5jKHRoaXMucmVxdWVzdHNEaXIpLmZpbHRlcigoaWQpID0+IC9eW2EtejAtOV1bYS16MC05LV17MCw2Mn0kLy50ZXN0KGlkKVxuICAgICAgJiYgZnMuZXhpc3RzU3luYyhwYXRoLmpvaW4odGhpcy5yZXF1ZXN0c0RpciwgaWQsICdyZXF1ZXN0Lmpzb24nKSkgJiYgIWZzLmV4aXN0c1N5bmMocGF0aC5qb2luKHRoaXMuc3RhdGVEaXIsIGAke2lkfS5qc29uYCkpKTtcbiAgICBjb25zdCBhZG9wdGVkOiBzdHJpbmdbXSA9IFtdO1xuICAgIGNvbnN0IHJlZnVzZWQ6IHN0cmluZ1tdID0gW107XG4gICAgZm9yIChjb25zdCBpZCBvZiBwZW5kaW5nLnNvcnQoKSkge1xuICAgICAgdHJ5IHtcbiAgICAgICAgY29uc3QgciA9IEpTT04ucGFyc2UoZnMucmVhZEZpbGVTeW5jKHBhdGguam9pbih0aGlzLnJlcXVlc3RzRGlyLCBpZCwgJ3JlcXVlc3QuanNvbicpLCAndXRmOCcpKTtcbiAgICAgICAgaWYgKHIuaWQgIT09IGlkIHx8IHIucGVybWl0SWQgIT09IHRoaXMucGVybWl0SWQpIHRocm93IG5ldyBFcnJvcihgcmVxdWVzdC5qc29uIG5hbWVzIHJlcXVlc3QgJHtyLmlkfSBvZiBwZXJtaXQgJHtyLnBlcm1pdElkfWApO1xuICAgICAgICAvLyBUaGUgd29ya3NwYWNlIGV4aXN0cyBvbmx5IHdoaWxlIHRoZSBhbmFseXNpcyBpcyBhY3RpdmU6IHRoYXQgaXMgd2hlcmUgaXQgd2FzIG1hZGUuXG4gICAgICAgIGF3YWl0IHRoaXMuY3JlYXRlKHtcbiAgICAgICAgICBpZCxcbiAgICAgICAgICBwZXJtaXRJZDogdGhpcy5wZXJtaXRJZCxcbiAgICAgICAgICBwZXJtaXRTdGF0dXM6IFBlcm1pdFN0YXR1cy5BTkFMWVNJU19BQ1RJVkUsXG4gICAgICAgICAgcmVxdWVzdGVyOiBTdHJpbmcoci5yZXF1ZXN0ZXIpLFxuICAgICAgICAgIGZpbGVzOiAoci5maWxlcyA/PyBbXSkubWFwKChmOiBhbnkpID0+ICh7IHBhdGg6IFN0cmluZyhmLnBhdGgpLCBzaXplOiBOdW1iZXIoZi5zaXplKSwgc2hhMjU2OiBTdHJpbmcoZi5zaGEyNTYpIH0pKSxcbiAgICAgICAgICBqdXN0aWZpY2F0aW9uOiBTdHJpbmcoci5qdXN0aWZpY2F0aW9uID8/ICcnKSxcbiAgICAgICAgICBhdDogdHlwZW9mIHIuY3JlYXRlZEF0ID09PSAnc3RyaW5nJyA/IHIuY3JlYXRlZEF0IDogdW5kZWZpbmVkLFxuICAgICAgICB9KTtcbiAgICAgICAgYWRvcHRlZC5wdXNoKGlkKTtcbiAgICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgICAgcmVmdXNlZC5wdXNoKGAke2lkfTogJHsoZSBhcyBFcnJvcikubWVzc2FnZX1gKTtcbiAgICAgIH1cbiAgICB9XG4gICAgcmV0dXJuIHsgYWRvcHRlZCwgcmVmdXNlZCB9O1xuICB9XG5cbiAgLyoqIFRoZSBzbmFwc2hvdCBvbiBkaXNrIG11c3QgYmUgZXhhY3RseSB0aGUgcmVjb3JkZWQgZmlsZXMsIHdpdGggdGhlaXIgc2l6ZXMgYW5kIGhhc2hlcy4gKi9cbiAgcHJpdmF0ZSBjaGVja1NuYXBzaG90KGlkOiBzdHJpbmcsIGZpbGVzOiBSZWxlYXNlRmlsZVtdKTogdm9pZCB7XG4gICAgY29uc3QgZGlyID0gdGhpcy5maWxlc09mKGlkKTtcbiAgICBjb25zdCBvbkRpc2sgPSBsaXN0RmlsZXMoZGlyKTtcbiAgICBjb25zdCB3YW50ID0gZmlsZXMubWFwKChmKSA9PiBmLnBhdGgpLnNvcnQoKTtcbiAgICBjb25zdCBwcm9ibGVtczogc3RyaW5nW10gPSBbXTtcbiAgICBpZiAoSlNPTi5zdHJpbmdpZnkob25EaXNrKSAhPT0gSlNPTi5zdHJpbmdpZnkod2FudCkpIHByb2JsZW1zLnB1c2goYHRoZSBzbmFwc2hvdCBob2xkcyAke0pTT04uc3RyaW5naWZ5KG9uRGlzayl9LCB0aGUgcmVxdWVzdCBsaXN0cyAke0pTT04uc3RyaW5naWZ5KHdhbnQpfWApO1xuICAgIGZvciAoY29uc3QgZiBvZiBmaWxlcykge1xuICAgICAgY29uc3QgcCA9IHBhdGguam9pbihkaXIsIGYucGF0aCk7XG4gICAgICBjb25zdCBzdCA9IGZzLmxzdGF0U3luYyhwLCB7IHRocm93SWZOb0VudHJ5OiBmYWxzZSB9KTtcbiAgICAgIGlmICghc3QgfHwgIXN0LmlzRmlsZSgpKSBjb250aW51ZTtcbiAgICAgIGlmIChzdC5zaXplICE9PSBmLnNpemUgfHwgc2hhMjU2RmlsZShwKSAhPT0gZi5zaGEyNTYpIHByb2JsZW1zLnB1c2goYCR7Zi5wYXRofSBkaWZmZXJzIGZyb20gaXRzIHJlY29yZGVkIHNpemUgb3IgU0hBLTI1NmApO1xuICAgIH1cbiAgICBpZiAocHJvYmxlbXMubGVuZ3RoKSB7XG4gICAgICB0aHJvdyBuZXcgV29ya3NwYWNlSW5wdXRFcnJvcihbcHJvYmxlbSh7XG4gICAgICAgIGNvZGU6ICdzbmFwc2hvdC1jaGFuZ2VkJyxcbiAgICAgICAgbWVzc2FnZTogYHRoZSBzbmFwc2hvdCBvZiByZXF1ZXN0ICR7aWR9IGlzIG5vdCB3aGF0IHdhcyByZXF1ZXN0ZWQ6ICR7cHJvYmxlbXMuam9pbignOyAnKX1gLFxuICAgICAgICBsb2NhdGlvbjogeyBmaWxlOiBkaXIgfSxcbiAgICAgICAgZml4OiAnbm90aGluZyBtYXkgbGVhdmUgZnJvbSBhIGNoYW5nZWQgc25hcHNob3Q6IGludmVzdGlnYXRlLCBhbmQgaGF2ZSB0aGUgcmVzZWFyY2hlciBtYWtlIGEgbmV3IHJlcXVlc3QnLFxuICAgICAgfSldKTtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIHJlYWQoaWQ6IHN0cmluZyk6IFJlbGVhc2VSZXF1ZXN0IHtcbiAgICByZXR1cm4gSlNPTi5wYXJzZShmcy5yZWFkRmlsZVN5bmMocGF0aC5qb2luKHRoaXMuc3RhdGVEaXIsIGAke2lkfS5qc29uYCksICd1dGY4JykpO1xuICB9XG5cbiAgLyoqIEFwcGVuZHMgdGhlIGF1ZGl0IGxpbmUgKGZzeW5jZWQpLCB0aGVuIHdyaXRlcyB0aGUgc3RhdGUgKGF0b21pY2FsbHkpLiAqL1xuICBwcml2YXRlIGNvbW1pdChzdGVwOiBSZWxlYXNlU3RlcCk6IHZvaWQge1xuICAgIGZzLm1rZGlyU3luYyh0aGlzLnN0YXRlRGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgbW9kZTogMG83NTAgfSk7XG4gICAgY29uc3QgZmQgPSBmcy5vcGVuU3luYyh0aGlzLmF1ZGl0RmlsZSwgJ2EnLCAwbzY0MCk7XG4gICAgdHJ5IHtcbiAgICAgIGZzLndyaXRlU3luYyhmZCwgYCR7SlNPTi5zdHJpbmdpZnkoc3RlcC5hdWRpdCl9XFxuYCk7XG4gICAgICBmcy5mc3luY1N5bmMoZmQpO1xuICAgIH0gZmluYWxseSB7XG4gICAgICBmcy5jbG9zZVN5bmMoZmQpO1xuICAgIH1cbiAgICBjb25zdCBmaWxlID0gcGF0aC5qb2luKHRoaXMuc3RhdGVEaXIsIGAke3N0ZXAucmVxdWVzdC5pZH0uanNvbmApO1xuICAgIGNvbnN0IHRtcCA9IGAke2ZpbGV9LnRtcC0ke3Byb2Nlc3MucGlkfWA7XG4gICAgZnMud3JpdGVGaWxlU3luYyh0bXAsIGAke0pTT04uc3RyaW5naWZ5KHN0ZXAucmVxdWVzdCwgdW5kZWZpbmVkLCAyKX1cXG5gLCB7IG1vZGU6IDBvNjQwIH0pO1xuICAgIGZzLnJlbmFtZVN5bmModG1wLCBmaWxlKTtcbiAgfVxuXG4gIC8qKiBSdW5zIGBmbmAgaG9sZGluZyB0aGUgc3RvcmUncyBsb2NrIChhIGZvbGRlcjsgYSBob2xkZXIgdGhhdCBkaWVkIGlzIGRldGVjdGVkIGJ5IGl0cyBwaWQpLiAqL1xuICBwcml2YXRlIGFzeW5jIGxvY2tlZDxUPihmbjogKCkgPT4gVCB8IFByb21pc2U8VD4pOiBQcm9taXNlPFQ+IHtcbiAgICBmcy5ta2RpclN5bmModGhpcy5yb290LCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgICBjb25zdCBkZWFkbGluZSA9IERhdGUubm93KCkgKyA2MF8wMDA7XG4gICAgZm9yICg7Oykge1xuICAgICAgdHJ5IHtcbiAgICAgICAgZnMubWtkaXJTeW5jKHRoaXMubG9ja0Rpcik7XG4gICAgICAgIGZzLndyaXRlRmlsZVN5bmMocGF0aC5qb2luKHRoaXMubG9ja0RpciwgJ3BpZCcpLCBTdHJpbmcocHJvY2Vzcy5waWQpKTtcbiAgICAgICAgYnJlYWs7XG4gICAgICB9IGNhdGNoIChlKSB7XG4gICAgICAgIGlmICgoZSBhcyBOb2RlSlMuRXJybm9FeGNlcHRpb24pLmNvZGUgIT09ICdFRVhJU1QnKSB0aHJvdyBlO1xuICAgICAgICBjb25zdCBob2xkZXIgPSBOdW1iZXIocmVhZE9yKHBhdGguam9pbih0aGlzLmxvY2tEaXIsICdwaWQnKSwgJzAnKSk7XG4gICAgICAgIGlmIChob2xkZXIgPiAwICYmICFhbGl2ZShob2xkZXIpKSB7XG4gICAgICAgICAgZnMucm1TeW5jKHRoaXMubG9ja0RpciwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pO1xuICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICB9XG4gICAgICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpIHRocm93IG5ldyBFcnJvcihgdGhlIHJlbGVhc2Ugc3RvcmUgJHt0aGlzLnJvb3R9IGlzIGxvY2tlZCBieSBwcm9jZXNzICR7aG9sZGVyfTsgdHJ5IGFnYWluIHdoZW4gaXQgaGFzIGZpbmlzaGVkYCk7XG4gICAgICAgIGF3YWl0IG5ldyBQcm9taXNlKChyKSA9PiBzZXRUaW1lb3V0KHIsIDUwKSk7XG4gICAgICB9XG4gICAgfVxuICAgIHRyeSB7XG4gICAgICByZXR1cm4gYXdhaXQgZm4oKTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgZnMucm1TeW5jKHRoaXMubG9ja0RpciwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pO1xuICAgIH1cbiAgfVxufVxuXG5mdW5jdGlvbiBsYXN0SGFzaChhdWRpdDogUmVsZWFzZUF1ZGl0RW50cnlbXSk6IHN0cmluZyB7XG4gIHJldHVybiBhdWRpdC5sZW5ndGggPyBhdWRpdFthdWRpdC5sZW5ndGggLSAxXS5oYXNoIDogUmVsZWFzZUxpZmVjeWNsZS5HRU5FU0lTX0hBU0g7XG59XG5cbmZ1bmN0aW9uIHJlYWRPcihmaWxlOiBzdHJpbmcsIGZhbGxiYWNrOiBzdHJpbmcpOiBzdHJpbmcge1xuICB0cnkge1xuICAgIHJldHVybiBmcy5yZWFkRmlsZVN5bmMoZmlsZSwgJ3V0ZjgnKTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIGZhbGxiYWNrO1xuICB9XG59XG5cbmZ1bmN0aW9uIGFsaXZlKHBpZDogbnVtYmVyKTogYm9vbGVhbiB7XG4gIHRyeSB7XG4gICAgcHJvY2Vzcy5raWxsKHBpZCwgMCk7XG4gICAgcmV0dXJuIHRydWU7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICByZXR1cm4gKGUgYXMgTm9kZUpTLkVycm5vRXhjZXB0aW9uKS5jb2RlID09PSAnRVBFUk0nO1xuICB9XG59XG5cbi8qKiBSZWd1bGFyIGZpbGVzIGJlbG93IGEgZm9sZGVyLCByZWxhdGl2ZSwgc29ydGVkIChsaW5rcyBhbmQgb3RoZXIga2luZHMgbGlzdGVkIHRvbywgc28gdGhleSBhcmUgbm90aWNlZCkuICovXG5leHBvcnQgZnVuY3Rpb24gbGlzdEZpbGVzKGRpcjogc3RyaW5nKTogc3RyaW5nW10ge1xuICBjb25zdCBvdXQ6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IHdhbGsgPSAoZDogc3RyaW5nLCByZWw6IHN0cmluZykgPT4ge1xuICAgIGlmICghZnMuZXhpc3RzU3luYyhkKSkgcmV0dXJuO1xuICAgIGZvciAoY29uc3QgZSBvZiBmcy5yZWFkZGlyU3luYyhkLCB7IHdpdGhGaWxlVHlwZXM6IHRydWUgfSkpIHtcbiAgICAgIGNvbnN0IHIgPSByZWwgPyBgJHtyZWx9LyR7ZS5uYW1lfWAgOiBlLm5hbWU7XG4gICAgICBpZiAoZS5pc0RpcmVjdG9yeSgpKSB3YWxrKHBhdGguam9pbihkLCBlLm5hbWUpLCByKTtcbiAgICAgIGVsc2Ugb3V0LnB1c2gocik7XG4gICAgfVxuICB9O1xuICB3YWxrKGRpciwgJycpO1xuICByZXR1cm4gb3V0LnNvcnQoKTtcbn1cblxuLyoqIFNIQS0yNTYgb2YgYSBmaWxlLCByZWFkIHdpdGhvdXQgZm9sbG93aW5nIGEgbGFzdCBsaW5rLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNoYTI1NkZpbGUoZmlsZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgLy8gZXNsaW50LWRpc2FibGUtbmV4dC1saW5lIG5vLWJpdHdpc2VcbiAgY29uc3QgZmQgPSBmcy5vcGVuU3luYyhmaWxlLCBmcy5jb25zdGFudHMuT19SRE9OTFkgfCBmcy5jb25zdGFudHMuT19OT0ZPTExPVyk7XG4gIHRyeSB7XG4gICAgY29uc3QgaCA9IGNyeXB0by5jcmVhdGVIYXNoKCdzaGEyNTYnKTtcbiAgICAvLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgbm8tYml0d2lzZVxuICAgIGNvbnN0IGJ1ZiA9IEJ1ZmZlci5hbGxvYygxIDw8IDIwKTtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCBuID0gZnMucmVhZFN5bmMoZmQsIGJ1ZiwgMCwgYnVmLmxlbmd0aCwgbnVsbCk7XG4gICAgICBpZiAobiA9PT0gMCkgYnJlYWs7XG4gICAgICBoLnVwZGF0ZShidWYuc3ViYXJyYXkoMCwgbikpO1xuICAgIH1cbiAgICByZXR1cm4gaC5kaWdlc3QoJ2hleCcpO1xuICB9IGZpbmFsbHkge1xuICAgIGZzLmNsb3NlU3luYyhmZCk7XG4gIH1cbn1cblxuLyoqXG4gKiBDb3BpZXMgZmlsZXMgZnJvbSBhbiBvdXRwdXRzIGZvbGRlciBpbnRvIGEgc25hcHNob3QgZm9sZGVyLCBhcyBgcndzLXJlbGVhc2UgcHJvY2Vzc2AgZG9lczpcbiAqIHBsYWluIHJlbGF0aXZlIHBhdGhzIG9ubHksIG5vIHN5bWJvbGljIGxpbmsgYW55d2hlcmUgaW4gYSBwYXRoLCByZWd1bGFyIGZpbGVzIG9ubHksIG9wZW5lZFxuICogd2l0aCBPX05PRk9MTE9XOyB0aGUgY29waWVzIGFyZSBtYWRlIHJlYWQtb25seS4gUmV0dXJucyB0aGUgZmlsZXMgd2l0aCBzaXplIGFuZCBTSEEtMjU2LlxuICovXG5leHBvcnQgZnVuY3Rpb24gc25hcHNob3RGaWxlcyhvdXRwdXRzOiBzdHJpbmcsIHJlbHM6IHN0cmluZ1tdLCBkZXN0OiBzdHJpbmcpOiBSZWxlYXNlRmlsZVtdIHtcbiAgY29uc3QgcmVmdXNlID0gKHJlbDogc3RyaW5nLCB3aHk6IHN0cmluZyk6IG5ldmVyID0+IHtcbiAgICB0aHJvdyBuZXcgV29ya3NwYWNlSW5wdXRFcnJvcihbcHJvYmxlbSh7XG4gICAgICBjb2RlOiAncmVmdXNlZC1maWxlJyxcbiAgICAgIG1lc3NhZ2U6IHdoeSxcbiAgICAgIGZpZWxkOiAnZmlsZXMnLFxuICAgICAgdmFsdWU6IHJlbCxcbiAgICAgIGxvY2F0aW9uOiB7IGZpbGU6IG91dHB1dHMgfSxcbiAgICAgIGZpeDogJ25hbWUgcmVndWxhciBmaWxlcyBpbnNpZGUgb3V0cHV0cyBieSB0aGVpciByZWxhdGl2ZSBwYXRoOyBsaW5rcyBhcmUgbmV2ZXIgZm9sbG93ZWQnLFxuICAgIH0pXSk7XG4gIH07XG4gIGNvbnN0IHJlYWxPdXRwdXRzID0gZnMucmVhbHBhdGhTeW5jKG91dHB1dHMpO1xuICBjb25zdCBmaWxlczogUmVsZWFzZUZpbGVbXSA9IFtdO1xuICBmcy5ta2RpclN5bmMoZGVzdCwgeyByZWN1cnNpdmU6IHRydWUsIG1vZGU6IDBvNzAwIH0pO1xuICBmb3IgKGNvbnN0IGdpdmVuIG9mIHJlbHMpIHtcbiAgICBjb25zdCByZWwgPSBnaXZlbi5zdGFydHNXaXRoKGAke3JlYWxPdXRwdXRzfS9gKSA/IGdpdmVuLnNsaWNlKHJlYWxPdXRwdXRzLmxlbmd0aCArIDEpIDogZ2l2ZW4uc3RhcnRzV2l0aChgJHtvdXRwdXRzfS9gKSA/IGdpdmVuLnNsaWNlKG91dHB1dHMubGVuZ3RoICsgMSkgOiBnaXZlbjtcbiAgICAvLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgbm8tY29udHJvbC1yZWdleFxuICAgIGlmIChyZWwuc3RhcnRzV2l0aCgnLycpIHx8IC9bXFx1MDAwMC1cXHUwMDFmXFx1MDA3ZlxcXFxdLy50ZXN0KHJlbCkgfHwgcmVsLnNwbGl0KCcvJykuc29tZSgoYykgPT4gYyA9PT0gJycgfHwgYyA9PT0gJy4nIHx8IGMgPT09ICcuLicpKSByZWZ1c2UoZ2l2ZW4sICdub3QgYSBwbGFpbiBwYXRoIGluc2lkZSBvdXRwdXRzJyk7XG4gICAgaWYgKGZpbGVzLnNvbWUoKGYpID0+IGYucGF0aCA9PT0gcmVsKSkgcmVmdXNlKGdpdmVuLCAnbGlzdGVkIHR3aWNlJyk7XG4gICAgbGV0IHAgPSByZWFsT3V0cHV0cztcbiAgICBmb3IgKGNvbnN0IGMgb2YgcmVsLnNwbGl0KCcvJykpIHtcbiAgICAgIHAgPSBwYXRoLmpvaW4ocCwgYyk7XG4gICAgICBjb25zdCBzdCA9IGZzLmxzdGF0U3luYyhwLCB7IHRocm93SWZOb0VudHJ5OiBmYWxzZSB9KTtcbiAgICAgIGlmICghc3QpIHJlZnVzZShnaXZlbiwgYCR7cH0gZG9lcyBub3QgZXhpc3RgKTtcbiAgICAgIGlmIChzdCEuaXNTeW1ib2xpY0xpbmsoKSkgcmVmdXNlKGdpdmVuLCBgJHtwfSBpcyBhIHN5bWJvbGljIGxpbmsgKGxpbmtzIGFyZSBuZXZlciBmb2xsb3dlZCBvdXQgb2Ygb3V0cHV0cylgKTtcbiAgICB9XG4gICAgLy8gZXNsaW50LWRpc2FibGUtbmV4dC1saW5lIG5vLWJpdHdpc2VcbiAgICBjb25zdCBmZCA9IGZzLm9wZW5TeW5jKHAsIGZzLmNvbnN0YW50cy5PX1JET05MWSB8IGZzLmNvbnN0YW50cy5PX05PRk9MTE9XIHwgZnMuY29uc3RhbnRzLk9fTk9OQkxPQ0spO1xuICAgIGNvbnN0IHRhcmdldCA9IHBhdGguam9pbihkZXN0LCByZWwpO1xuICAgIHRyeSB7XG4gICAgICBpZiAoIWZzLmZzdGF0U3luYyhmZCkuaXNGaWxlKCkpIHJlZnVzZShnaXZlbiwgJ25vdCBhIHJlZ3VsYXIgZmlsZScpO1xuICAgICAgZnMubWtkaXJTeW5jKHBhdGguZGlybmFtZSh0YXJnZXQpLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgbW9kZTogMG83MDAgfSk7XG4gICAgICAvLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgbm8tYml0d2lzZVxuICAgICAgY29uc3Qgb3V0ID0gZnMub3BlblN5bmModGFyZ2V0LCBmcy5jb25zdGFudHMuT19XUk9OTFkgfCBmcy5jb25zdGFudHMuT19DUkVBVCB8IGZzLmNvbnN0YW50cy5PX0VYQ0wgfCBmcy5jb25zdGFudHMuT19OT0ZPTExPVywgMG82MDApO1xuICAgICAgY29uc3QgaCA9IGNyeXB0by5jcmVhdGVIYXNoKCdzaGEyNTYnKTtcbiAgICAgIGxldCBzaXplID0gMDtcbiAgICAgIHRyeSB7XG4gICAgICAgIC8vIGVzbGludC1kaXNhYmxlLW5leHQtbGluZSBuby1iaXR3aXNlXG4gICAgICAgIGNvbnN0IGJ1ZiA9IEJ1ZmZlci5hbGxvYygxIDw8IDIwKTtcbiAgICAgICAgZm9yICg7Oykge1xuICAgICAgICAgIGNvbnN0IG4gPSBmcy5yZWFkU3luYyhmZCwgYnVmLCAwLCBidWYubGVuZ3RoLCBudWxsKTtcbiAgICAgICAgICBpZiAobiA9PT0gMCkgYnJlYWs7XG4gICAgICAgICAgZnMud3JpdGVTeW5jKG91dCwgYnVmLCAwLCBuKTtcbiAgICAgICAgICBoLnVwZGF0ZShidWYuc3ViYXJyYXkoMCwgbikpO1xuICAgICAgICAgIHNpemUgKz0gbjtcbiAgICAgICAgfVxuICAgICAgfSBmaW5hbGx5IHtcbiAgICAgICAgZnMuY2xvc2VTeW5jKG91dCk7XG4gICAgICB9XG4gICAgICBmaWxlcy5wdXNoKHsgcGF0aDogcmVsLCBzaXplLCBzaGEyNTY6IGguZGlnZXN0KCdoZXgnKSB9KTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgZnMuY2xvc2VTeW5jKGZkKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGZpbGVzO1xufVxuXG4vKiogTWFrZXMgYSBzbmFwc2hvdCBmb2xkZXIgcmVhZC1vbmx5OiBmaWxlcyAwNDQ0LCBmb2xkZXJzIDA1NTUuICovXG5leHBvcnQgZnVuY3Rpb24gc2VhbFNuYXBzaG90KGRpcjogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHdhbGsgPSAoZDogc3RyaW5nKSA9PiB7XG4gICAgZm9yIChjb25zdCBlIG9mIGZzLnJlYWRkaXJTeW5jKGQsIHsgd2l0aEZpbGVUeXBlczogdHJ1ZSB9KSkge1xuICAgICAgY29uc3QgcCA9IHBhdGguam9pbihkLCBlLm5hbWUpO1xuICAgICAgaWYgKGUuaXNEaXJlY3RvcnkoKSkgd2FsayhwKTtcbiAgICAgIGVsc2UgaWYgKGUuaXNGaWxlKCkpIGZzLmNobW9kU3luYyhwLCAwbzQ0NCk7XG4gICAgfVxuICAgIGZzLmNobW9kU3luYyhkLCAwbzU1NSk7XG4gIH07XG4gIHdhbGsoZGlyKTtcbn1cblxuLyoqIFJlbW92ZXMgYSBzbmFwc2hvdCwgc2VhbGVkIG9yIGhhbGYtbWFkZSAoaXRzIHNlYWxlZCBmb2xkZXJzIGFyZSBtYWRlIHdyaXRhYmxlIGZpcnN0KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZW1vdmVTbmFwc2hvdChkaXI6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCBvcGVuID0gKGQ6IHN0cmluZykgPT4ge1xuICAgIGlmICghZnMuZXhpc3RzU3luYyhkKSB8fCBmcy5sc3RhdFN5bmMoZCkuaXNTeW1ib2xpY0xpbmsoKSkgcmV0dXJuO1xuICAgIGZzLmNobW9kU3luYyhkLCAwbzcwMCk7XG4gICAgZm9yIChjb25zdCBlIG9mIGZzLnJlYWRkaXJTeW5jKGQsIHsgd2l0aEZpbGVUeXBlczogdHJ1ZSB9KSkgaWYgKGUuaXNEaXJlY3RvcnkoKSkgb3BlbihwYXRoLmpvaW4oZCwgZS5uYW1lKSk7XG4gIH07XG4gIG9wZW4oZGlyKTtcbiAgZnMucm1TeW5jKGRpciwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pO1xufVxuIl19