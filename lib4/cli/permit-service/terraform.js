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
exports.ProtectedDestroyError = exports.SynthesisError = exports.TerraformError = exports.DATA_VOLUME_TYPES = void 0;
exports.emptySummary = emptySummary;
exports.summarizePlan = summarizePlan;
exports.dataLossChanges = dataLossChanges;
exports.preventDestroyAddresses = preventDestroyAddresses;
exports.runTerraform = runTerraform;
exports.cleanTerraformMessage = cleanTerraformMessage;
exports.planStack = planStack;
exports.applyPlan = applyPlan;
const child_process_1 = require("child_process");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
/** Resource types that hold a permit's data: deleting or replacing one destroys data. */
exports.DATA_VOLUME_TYPES = [
    'kubernetes_persistent_volume_claim', 'kubernetes_persistent_volume_claim_v1',
    'kubernetes_persistent_volume', 'kubernetes_persistent_volume_v1',
    // Deleting the namespace deletes every claim in it.
    'kubernetes_namespace', 'kubernetes_namespace_v1',
    // AWS (CloudFormation types, read from change sets): buckets, keys, file systems, volumes.
    'AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::EFS::FileSystem', 'AWS::FSx::FileSystem', 'AWS::EC2::Volume',
    // Proxmox: the storage server VM owns the data disks; it is protected (prevent_destroy),
    // so it is caught by the protected addresses of the last applied configuration instead.
];
/** A plan that changes nothing. */
function emptySummary() {
    return { create: 0, update: 0, delete: 0, replace: 0, noop: 0, changes: [] };
}
/** Reads `terraform show -json <plan>` output into a summary. */
function summarizePlan(planJson) {
    const s = { create: 0, update: 0, delete: 0, replace: 0, noop: 0, changes: [] };
    for (const c of planJson.resource_changes ?? []) {
        const a = c.change?.actions ?? [];
        if (a.includes('delete') && a.includes('create')) {
            s.replace++;
        }
        else if (a.includes('delete')) {
            s.delete++;
        }
        else if (a.includes('create')) {
            s.create++;
        }
        else if (a.includes('update')) {
            s.update++;
        }
        else {
            s.noop++;
            continue;
        }
        s.changes.push({ address: c.address, type: c.type, actions: a });
    }
    return s;
}
/**
 * The changes that would destroy data: a delete or replacement of a data-volume type, or of a
 * resource the last applied configuration protected (prevent_destroy). Empty when the permit
 * is being deleted (permit.deleted destroys everything by design).
 */
function dataLossChanges(summary, protectedAddresses, deleting) {
    if (deleting)
        return [];
    const prot = new Set(protectedAddresses);
    return summary.changes.filter((c) => c.actions.includes('delete') && (exports.DATA_VOLUME_TYPES.includes(c.type) || prot.has(c.address)));
}
/** A Terraform command that failed: `transient` when worth retrying (timeout, lock, network). */
class TerraformError extends Error {
    transient;
    constructor(message, transient) {
        super(message);
        this.transient = transient;
        this.name = 'TerraformError';
    }
}
exports.TerraformError = TerraformError;
/**
 * The permit's stack could not be synthesized (its data or the backend settings: e.g. a backend
 * config file edited into an invalid one). Permanent: the permit is marked `synthesis-failed`.
 */
class SynthesisError extends TerraformError {
    constructor(message) {
        super(message, false);
        this.name = 'SynthesisError';
    }
}
exports.SynthesisError = SynthesisError;
/**
 * Terraform refused the plan itself: it would destroy resources protected with
 * `lifecycle.prevent_destroy` (a replacement counts: the old resource is destroyed). The worker
 * reports it as a refused plan, like its own data-loss check.
 */
class ProtectedDestroyError extends TerraformError {
    addresses;
    constructor(message, addresses) {
        super(message, false);
        this.addresses = addresses;
        this.name = 'ProtectedDestroyError';
    }
}
exports.ProtectedDestroyError = ProtectedDestroyError;
/** The addresses Terraform names in "Resource <address> has lifecycle.prevent_destroy set" errors. */
function preventDestroyAddresses(message) {
    const found = new Set();
    for (const m of message.matchAll(/Resource (\S+) has lifecycle\.prevent_destroy set/g))
        found.add(m[1]);
    return [...found];
}
// Worth another try: a held state lock, the network, an overloaded API, a provider that crashed
// or could not start (after max_attempts the permit is marked failed all the same).
const TRANSIENT = new RegExp([
    'Error acquiring the state lock', 'timeout', 'connection refused', 'connection reset', 'TLS handshake', 'temporar',
    '\\b(429|502|503|504)\\b', 'unexpected EOF', 'plugin exited', 'failed to instantiate provider', 'Unrecognized remote plugin message',
].join('|'), 'i');
/** Runs terraform with the settings' environment in `dir`; resolves stdout, rejects TerraformError. */
function runTerraform(t, dir, args, dataDir) {
    const env = { ...process.env, ...t.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0', CHECKPOINT_DISABLE: '1', TF_DATA_DIR: dataDir };
    if (t.cliConfig)
        env.TF_CLI_CONFIG_FILE = t.cliConfig;
    return new Promise((resolve, reject) => {
        const child = (0, child_process_1.spawn)(t.bin, [`-chdir=${dir}`, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (err += d));
        const timer = setTimeout(() => child.kill('SIGTERM'), t.timeoutSeconds * 1000);
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(new TerraformError(`cannot run ${t.bin}: ${e.message}; set terraform.bin in the worker config or RWS_TERRAFORM_BIN`, false));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (code === 0)
                return resolve(out);
            const text = cleanTerraformMessage(err || out);
            if (signal)
                return reject(new TerraformError(`terraform ${args[0]} was stopped by ${signal} after ${t.timeoutSeconds} s: ${text}`, true));
            reject(new TerraformError(`terraform ${args[0]} failed: ${text}`, TRANSIENT.test(text)));
        });
    });
}
/** The useful lines of a Terraform error (box drawing and dev_overrides warnings removed), on one line. */
function cleanTerraformMessage(s) {
    return s.split('\n')
        .filter((l) => !/development overrides|dev_overrides|provider development|^\s*- .* in \/|The behavior may therefore|applying changes may cause|unexpected behavior/.test(l))
        .map((l) => l.replace(/^[│╷╵]\s?/, '').trim())
        .filter(Boolean)
        .join(' ')
        .slice(0, 2000);
}
/** init (once per folder, when configured) and plan into `<dir>/plan.bin`; returns its summary. */
async function planStack(t, dir) {
    const dataDir = path.join(dir, '.terraform-data');
    if (t.init && !fs.existsSync(path.join(dataDir, 'initialized'))) {
        await runTerraform(t, dir, ['init', '-input=false', '-no-color', ...(t.pluginDir ? [`-plugin-dir=${t.pluginDir}`] : [])], dataDir);
        fs.mkdirSync(dataDir, { recursive: true });
        fs.writeFileSync(path.join(dataDir, 'initialized'), new Date().toISOString());
    }
    const planFile = path.join(dir, 'plan.bin');
    fs.rmSync(planFile, { force: true });
    try {
        await runTerraform(t, dir, ['plan', '-input=false', '-no-color', `-lock-timeout=${t.lockTimeoutSeconds}s`, `-out=${planFile}`], dataDir);
    }
    catch (e) {
        const protectedOnes = e instanceof TerraformError ? preventDestroyAddresses(e.message) : [];
        if (protectedOnes.length)
            throw new ProtectedDestroyError(e instanceof Error ? e.message : String(e), protectedOnes);
        throw e;
    }
    const shown = await runTerraform(t, dir, ['show', '-json', planFile], dataDir);
    return { summary: summarizePlan(JSON.parse(shown)), planFile };
}
/** Applies exactly the saved plan and returns the stack's outputs, sensitive ones left out. */
async function applyPlan(t, dir, planFile) {
    const dataDir = path.join(dir, '.terraform-data');
    await runTerraform(t, dir, ['apply', '-input=false', '-no-color', `-lock-timeout=${t.lockTimeoutSeconds}s`, planFile], dataDir);
    const out = JSON.parse(await runTerraform(t, dir, ['output', '-json'], dataDir) || '{}');
    return Object.fromEntries(Object.entries(out).filter(([, v]) => !v.sensitive).map(([k, v]) => [k, v.value]));
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidGVycmFmb3JtLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vc3JjL2NsaS9wZXJtaXQtc2VydmljZS90ZXJyYWZvcm0udHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBMERBLG9DQUVDO0FBR0Qsc0NBV0M7QUFPRCwwQ0FJQztBQWtDRCwwREFJQztBQVVELG9DQXNCQztBQUdELHNEQU9DO0FBU0QsOEJBa0JDO0FBR0QsOEJBS0M7QUF4TUQsaURBQXNDO0FBQ3RDLHVDQUF5QjtBQUN6QiwyQ0FBNkI7QUEwQjdCLHlGQUF5RjtBQUM1RSxRQUFBLGlCQUFpQixHQUFzQjtJQUNsRCxvQ0FBb0MsRUFBRSx1Q0FBdUM7SUFDN0UsOEJBQThCLEVBQUUsaUNBQWlDO0lBQ2pFLG9EQUFvRDtJQUNwRCxzQkFBc0IsRUFBRSx5QkFBeUI7SUFDakQsMkZBQTJGO0lBQzNGLGlCQUFpQixFQUFFLGVBQWUsRUFBRSxzQkFBc0IsRUFBRSxzQkFBc0IsRUFBRSxrQkFBa0I7SUFDdEcseUZBQXlGO0lBQ3pGLHdGQUF3RjtDQUN6RixDQUFDO0FBbUJGLG1DQUFtQztBQUNuQyxTQUFnQixZQUFZO0lBQzFCLE9BQU8sRUFBRSxNQUFNLEVBQUUsQ0FBQyxFQUFFLE1BQU0sRUFBRSxDQUFDLEVBQUUsTUFBTSxFQUFFLENBQUMsRUFBRSxPQUFPLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUUsT0FBTyxFQUFFLEVBQUUsRUFBRSxDQUFDO0FBQy9FLENBQUM7QUFFRCxpRUFBaUU7QUFDakUsU0FBZ0IsYUFBYSxDQUFDLFFBQWE7SUFDekMsTUFBTSxDQUFDLEdBQUcsRUFBRSxNQUFNLEVBQUUsQ0FBQyxFQUFFLE1BQU0sRUFBRSxDQUFDLEVBQUUsTUFBTSxFQUFFLENBQUMsRUFBRSxPQUFPLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUUsT0FBTyxFQUFFLEVBQTZCLEVBQUUsQ0FBQztJQUMzRyxLQUFLLE1BQU0sQ0FBQyxJQUFJLFFBQVEsQ0FBQyxnQkFBZ0IsSUFBSSxFQUFFLEVBQUUsQ0FBQztRQUNoRCxNQUFNLENBQUMsR0FBYSxDQUFDLENBQUMsTUFBTSxFQUFFLE9BQU8sSUFBSSxFQUFFLENBQUM7UUFDNUMsSUFBSSxDQUFDLENBQUMsUUFBUSxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQztZQUFBLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQztRQUFBLENBQUM7YUFBTSxJQUFJLENBQUMsQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQztZQUFBLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQztRQUFBLENBQUM7YUFBTSxJQUFJLENBQUMsQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQztZQUFBLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQztRQUFBLENBQUM7YUFBTSxJQUFJLENBQUMsQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQztZQUFBLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQztRQUFBLENBQUM7YUFBTSxDQUFDO1lBQzVNLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUNULFNBQVM7UUFDWCxDQUFDO1FBQ0QsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDLE9BQU8sRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxPQUFPLEVBQUUsQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUNuRSxDQUFDO0lBQ0QsT0FBTyxDQUFDLENBQUM7QUFDWCxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILFNBQWdCLGVBQWUsQ0FBQyxPQUFvQixFQUFFLGtCQUFxQyxFQUFFLFFBQWlCO0lBQzVHLElBQUksUUFBUTtRQUFFLE9BQU8sRUFBRSxDQUFDO0lBQ3hCLE1BQU0sSUFBSSxHQUFHLElBQUksR0FBRyxDQUFDLGtCQUFrQixDQUFDLENBQUM7SUFDekMsT0FBTyxPQUFPLENBQUMsT0FBTyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyx5QkFBaUIsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUNwSSxDQUFDO0FBRUQsaUdBQWlHO0FBQ2pHLE1BQWEsY0FBZSxTQUFRLEtBQUs7SUFDTTtJQUE3QyxZQUFZLE9BQWUsRUFBa0IsU0FBa0I7UUFDN0QsS0FBSyxDQUFDLE9BQU8sQ0FBQyxDQUFDO1FBRDRCLGNBQVMsR0FBVCxTQUFTLENBQVM7UUFFN0QsSUFBSSxDQUFDLElBQUksR0FBRyxnQkFBZ0IsQ0FBQztJQUMvQixDQUFDO0NBQ0Y7QUFMRCx3Q0FLQztBQUVEOzs7R0FHRztBQUNILE1BQWEsY0FBZSxTQUFRLGNBQWM7SUFDaEQsWUFBWSxPQUFlO1FBQ3pCLEtBQUssQ0FBQyxPQUFPLEVBQUUsS0FBSyxDQUFDLENBQUM7UUFDdEIsSUFBSSxDQUFDLElBQUksR0FBRyxnQkFBZ0IsQ0FBQztJQUMvQixDQUFDO0NBQ0Y7QUFMRCx3Q0FLQztBQUVEOzs7O0dBSUc7QUFDSCxNQUFhLHFCQUFzQixTQUFRLGNBQWM7SUFDVjtJQUE3QyxZQUFZLE9BQWUsRUFBa0IsU0FBbUI7UUFDOUQsS0FBSyxDQUFDLE9BQU8sRUFBRSxLQUFLLENBQUMsQ0FBQztRQURxQixjQUFTLEdBQVQsU0FBUyxDQUFVO1FBRTlELElBQUksQ0FBQyxJQUFJLEdBQUcsdUJBQXVCLENBQUM7SUFDdEMsQ0FBQztDQUNGO0FBTEQsc0RBS0M7QUFFRCxzR0FBc0c7QUFDdEcsU0FBZ0IsdUJBQXVCLENBQUMsT0FBZTtJQUNyRCxNQUFNLEtBQUssR0FBRyxJQUFJLEdBQUcsRUFBVSxDQUFDO0lBQ2hDLEtBQUssTUFBTSxDQUFDLElBQUksT0FBTyxDQUFDLFFBQVEsQ0FBQyxvREFBb0QsQ0FBQztRQUFFLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDeEcsT0FBTyxDQUFDLEdBQUcsS0FBSyxDQUFDLENBQUM7QUFDcEIsQ0FBQztBQUVELGdHQUFnRztBQUNoRyxvRkFBb0Y7QUFDcEYsTUFBTSxTQUFTLEdBQUcsSUFBSSxNQUFNLENBQUM7SUFDM0IsZ0NBQWdDLEVBQUUsU0FBUyxFQUFFLG9CQUFvQixFQUFFLGtCQUFrQixFQUFFLGVBQWUsRUFBRSxVQUFVO0lBQ2xILHlCQUF5QixFQUFFLGdCQUFnQixFQUFFLGVBQWUsRUFBRSxnQ0FBZ0MsRUFBRSxvQ0FBb0M7Q0FDckksQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsR0FBRyxDQUFDLENBQUM7QUFFbEIsdUdBQXVHO0FBQ3ZHLFNBQWdCLFlBQVksQ0FBQyxDQUFvQixFQUFFLEdBQVcsRUFBRSxJQUFjLEVBQUUsT0FBZTtJQUM3RixNQUFNLEdBQUcsR0FBc0IsRUFBRSxHQUFHLE9BQU8sQ0FBQyxHQUFHLEVBQUUsR0FBRyxDQUFDLENBQUMsR0FBRyxFQUFFLGdCQUFnQixFQUFFLEdBQUcsRUFBRSxRQUFRLEVBQUUsR0FBRyxFQUFFLGtCQUFrQixFQUFFLEdBQUcsRUFBRSxXQUFXLEVBQUUsT0FBTyxFQUFFLENBQUM7SUFDakosSUFBSSxDQUFDLENBQUMsU0FBUztRQUFFLEdBQUcsQ0FBQyxrQkFBa0IsR0FBRyxDQUFDLENBQUMsU0FBUyxDQUFDO0lBQ3RELE9BQU8sSUFBSSxPQUFPLENBQUMsQ0FBQyxPQUFPLEVBQUUsTUFBTSxFQUFFLEVBQUU7UUFDckMsTUFBTSxLQUFLLEdBQUcsSUFBQSxxQkFBSyxFQUFDLENBQUMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxVQUFVLEdBQUcsRUFBRSxFQUFFLEdBQUcsSUFBSSxDQUFDLEVBQUUsRUFBRSxHQUFHLEVBQUUsS0FBSyxFQUFFLENBQUMsUUFBUSxFQUFFLE1BQU0sRUFBRSxNQUFNLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDbkcsSUFBSSxHQUFHLEdBQUcsRUFBRSxDQUFDO1FBQ2IsSUFBSSxHQUFHLEdBQUcsRUFBRSxDQUFDO1FBQ2IsS0FBSyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEdBQUcsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQzNDLEtBQUssQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxHQUFHLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUMzQyxNQUFNLEtBQUssR0FBRyxVQUFVLENBQUMsR0FBRyxFQUFFLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsRUFBRSxDQUFDLENBQUMsY0FBYyxHQUFHLElBQUksQ0FBQyxDQUFDO1FBQy9FLEtBQUssQ0FBQyxFQUFFLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUU7WUFDdEIsWUFBWSxDQUFDLEtBQUssQ0FBQyxDQUFDO1lBQ3BCLE1BQU0sQ0FBQyxJQUFJLGNBQWMsQ0FBQyxjQUFjLENBQUMsQ0FBQyxHQUFHLEtBQUssQ0FBQyxDQUFDLE9BQU8sK0RBQStELEVBQUUsS0FBSyxDQUFDLENBQUMsQ0FBQztRQUN0SSxDQUFDLENBQUMsQ0FBQztRQUNILEtBQUssQ0FBQyxFQUFFLENBQUMsT0FBTyxFQUFFLENBQUMsSUFBSSxFQUFFLE1BQU0sRUFBRSxFQUFFO1lBQ2pDLFlBQVksQ0FBQyxLQUFLLENBQUMsQ0FBQztZQUNwQixJQUFJLElBQUksS0FBSyxDQUFDO2dCQUFFLE9BQU8sT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1lBQ3BDLE1BQU0sSUFBSSxHQUFHLHFCQUFxQixDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUMsQ0FBQztZQUMvQyxJQUFJLE1BQU07Z0JBQUUsT0FBTyxNQUFNLENBQUMsSUFBSSxjQUFjLENBQUMsYUFBYSxJQUFJLENBQUMsQ0FBQyxDQUFDLG1CQUFtQixNQUFNLFVBQVUsQ0FBQyxDQUFDLGNBQWMsT0FBTyxJQUFJLEVBQUUsRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDO1lBQzFJLE1BQU0sQ0FBQyxJQUFJLGNBQWMsQ0FBQyxhQUFhLElBQUksQ0FBQyxDQUFDLENBQUMsWUFBWSxJQUFJLEVBQUUsRUFBRSxTQUFTLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUMzRixDQUFDLENBQUMsQ0FBQztJQUNMLENBQUMsQ0FBQyxDQUFDO0FBQ0wsQ0FBQztBQUVELDJHQUEyRztBQUMzRyxTQUFnQixxQkFBcUIsQ0FBQyxDQUFTO0lBQzdDLE9BQU8sQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUM7U0FDakIsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLG1KQUFtSixDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztTQUMzSyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsV0FBVyxFQUFFLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDO1NBQzdDLE1BQU0sQ0FBQyxPQUFPLENBQUM7U0FDZixJQUFJLENBQUMsR0FBRyxDQUFDO1NBQ1QsS0FBSyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQztBQUNwQixDQUFDO0FBUUQsbUdBQW1HO0FBQzVGLEtBQUssVUFBVSxTQUFTLENBQUMsQ0FBb0IsRUFBRSxHQUFXO0lBQy9ELE1BQU0sT0FBTyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxFQUFFLGlCQUFpQixDQUFDLENBQUM7SUFDbEQsSUFBSSxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLE9BQU8sRUFBRSxhQUFhLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDaEUsTUFBTSxZQUFZLENBQUMsQ0FBQyxFQUFFLEdBQUcsRUFBRSxDQUFDLE1BQU0sRUFBRSxjQUFjLEVBQUUsV0FBVyxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLGVBQWUsQ0FBQyxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUUsT0FBTyxDQUFDLENBQUM7UUFDbkksRUFBRSxDQUFDLFNBQVMsQ0FBQyxPQUFPLEVBQUUsRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztRQUMzQyxFQUFFLENBQUMsYUFBYSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLGFBQWEsQ0FBQyxFQUFFLElBQUksSUFBSSxFQUFFLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQztJQUNoRixDQUFDO0lBQ0QsTUFBTSxRQUFRLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsVUFBVSxDQUFDLENBQUM7SUFDNUMsRUFBRSxDQUFDLE1BQU0sQ0FBQyxRQUFRLEVBQUUsRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztJQUNyQyxJQUFJLENBQUM7UUFDSCxNQUFNLFlBQVksQ0FBQyxDQUFDLEVBQUUsR0FBRyxFQUFFLENBQUMsTUFBTSxFQUFFLGNBQWMsRUFBRSxXQUFXLEVBQUUsaUJBQWlCLENBQUMsQ0FBQyxrQkFBa0IsR0FBRyxFQUFFLFFBQVEsUUFBUSxFQUFFLENBQUMsRUFBRSxPQUFPLENBQUMsQ0FBQztJQUMzSSxDQUFDO0lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztRQUNYLE1BQU0sYUFBYSxHQUFHLENBQUMsWUFBWSxjQUFjLENBQUMsQ0FBQyxDQUFDLHVCQUF1QixDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQzVGLElBQUksYUFBYSxDQUFDLE1BQU07WUFBRSxNQUFNLElBQUkscUJBQXFCLENBQUMsQ0FBQyxZQUFZLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLGFBQWEsQ0FBQyxDQUFDO1FBQ3JILE1BQU0sQ0FBQyxDQUFDO0lBQ1YsQ0FBQztJQUNELE1BQU0sS0FBSyxHQUFHLE1BQU0sWUFBWSxDQUFDLENBQUMsRUFBRSxHQUFHLEVBQUUsQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFLFFBQVEsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxDQUFDO0lBQy9FLE9BQU8sRUFBRSxPQUFPLEVBQUUsYUFBYSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxRQUFRLEVBQUUsQ0FBQztBQUNqRSxDQUFDO0FBRUQsK0ZBQStGO0FBQ3hGLEtBQUssVUFBVSxTQUFTLENBQUMsQ0FBb0IsRUFBRSxHQUFXLEVBQUUsUUFBZ0I7SUFDakYsTUFBTSxPQUFPLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsaUJBQWlCLENBQUMsQ0FBQztJQUNsRCxNQUFNLFlBQVksQ0FBQyxDQUFDLEVBQUUsR0FBRyxFQUFFLENBQUMsT0FBTyxFQUFFLGNBQWMsRUFBRSxXQUFXLEVBQUUsaUJBQWlCLENBQUMsQ0FBQyxrQkFBa0IsR0FBRyxFQUFFLFFBQVEsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxDQUFDO0lBQ2hJLE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsTUFBTSxZQUFZLENBQUMsQ0FBQyxFQUFFLEdBQUcsRUFBRSxDQUFDLFFBQVEsRUFBRSxPQUFPLENBQUMsRUFBRSxPQUFPLENBQUMsSUFBSSxJQUFJLENBQUMsQ0FBQztJQUN6RixPQUFPLE1BQU0sQ0FBQyxXQUFXLENBQUMsTUFBTSxDQUFDLE9BQU8sQ0FBTSxHQUFHLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ3BILENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgeyBzcGF3biB9IGZyb20gJ2NoaWxkX3Byb2Nlc3MnO1xuaW1wb3J0ICogYXMgZnMgZnJvbSAnZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdwYXRoJztcblxuLyoqXG4gKiBUZXJyYWZvcm0gZm9yIHRoZSBwZXJtaXQgd29ya2VyOiBpbml0LCBwbGFuIHdpdGggYSBzYXZlZCBwbGFuIGZpbGUsIHRoZSBkYXRhLXZvbHVtZSBzYWZldHlcbiAqIGNoZWNrIG9uIGB0ZXJyYWZvcm0gc2hvdyAtanNvbmAsIGFwcGx5IG9mIGV4YWN0bHkgdGhhdCBwbGFuLCBhbmQgdGhlIG91dHB1dHMuIFJlYWwgcHJvdmlkZXJzXG4gKiBpbiBwcm9kdWN0aW9uIChhIHBsdWdpbiBkaXJlY3Rvcnkgb3IgQ0xJIGNvbmZpZ3VyYXRpb24gZ2l2ZW4gdG8gaXQpLCBzaW11bGF0ZWQgb25lcyBpbiB0ZXN0cy5cbiAqL1xuXG4vKiogSG93IHRoZSB3b3JrZXIgcnVucyBUZXJyYWZvcm0gKGNvbmZpZyBmaWxlIGB0ZXJyYWZvcm06YDsgZW52IFJXU19URVJSQUZPUk1fKikuICovXG5leHBvcnQgaW50ZXJmYWNlIFRlcnJhZm9ybVNldHRpbmdzIHtcbiAgLyoqIFRoZSBiaW5hcnkuICovXG4gIHJlYWRvbmx5IGJpbjogc3RyaW5nO1xuICAvKiogVEZfQ0xJX0NPTkZJR19GSUxFOiBwcm92aWRlcl9pbnN0YWxsYXRpb24gKGZpbGVzeXN0ZW1fbWlycm9yLCBkZXZfb3ZlcnJpZGVzKSwgY3JlZGVudGlhbHMuICovXG4gIHJlYWRvbmx5IGNsaUNvbmZpZz86IHN0cmluZztcbiAgLyoqIGB0ZXJyYWZvcm0gaW5pdCAtcGx1Z2luLWRpcj08ZGlyPmA6IHByb3ZpZGVycyBmcm9tIGEgbG9jYWwgZm9sZGVyLCBubyByZWdpc3RyeS4gKi9cbiAgcmVhZG9ubHkgcGx1Z2luRGlyPzogc3RyaW5nO1xuICAvKiogUnVuIGB0ZXJyYWZvcm0gaW5pdGAgYmVmb3JlIHRoZSBmaXJzdCBwbGFuIG9mIGEgc3RhY2sgZm9sZGVyLiAqL1xuICByZWFkb25seSBpbml0OiBib29sZWFuO1xuICAvKiogRXh0cmEgZW52aXJvbm1lbnQgZm9yIFRlcnJhZm9ybSBhbmQgaXRzIHByb3ZpZGVycy4gKi9cbiAgcmVhZG9ubHkgZW52OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICAvKiogU2Vjb25kcyBUZXJyYWZvcm0gd2FpdHMgZm9yIHRoZSBzdGF0ZSBsb2NrLiAqL1xuICByZWFkb25seSBsb2NrVGltZW91dFNlY29uZHM6IG51bWJlcjtcbiAgLyoqIFNlY29uZHMgYWZ0ZXIgd2hpY2ggb25lIFRlcnJhZm9ybSBjb21tYW5kIGlzIGtpbGxlZCAoYSB0cmFuc2llbnQgZmFpbHVyZSkuICovXG4gIHJlYWRvbmx5IHRpbWVvdXRTZWNvbmRzOiBudW1iZXI7XG59XG5cbi8qKiBSZXNvdXJjZSB0eXBlcyB0aGF0IGhvbGQgYSBwZXJtaXQncyBkYXRhOiBkZWxldGluZyBvciByZXBsYWNpbmcgb25lIGRlc3Ryb3lzIGRhdGEuICovXG5leHBvcnQgY29uc3QgREFUQV9WT0xVTUVfVFlQRVM6IHJlYWRvbmx5IHN0cmluZ1tdID0gW1xuICAna3ViZXJuZXRlc19wZXJzaXN0ZW50X3ZvbHVtZV9jbGFpbScsICdrdWJlcm5ldGVzX3BlcnNpc3RlbnRfdm9sdW1lX2NsYWltX3YxJyxcbiAgJ2t1YmVybmV0ZXNfcGVyc2lzdGVudF92b2x1bWUnLCAna3ViZXJuZXRlc19wZXJzaXN0ZW50X3ZvbHVtZV92MScsXG4gIC8vIERlbGV0aW5nIHRoZSBuYW1lc3BhY2UgZGVsZXRlcyBldmVyeSBjbGFpbSBpbiBpdC5cbiAgJ2t1YmVybmV0ZXNfbmFtZXNwYWNlJywgJ2t1YmVybmV0ZXNfbmFtZXNwYWNlX3YxJyxcbiAgLy8gQVdTIChDbG91ZEZvcm1hdGlvbiB0eXBlcywgcmVhZCBmcm9tIGNoYW5nZSBzZXRzKTogYnVja2V0cywga2V5cywgZmlsZSBzeXN0ZW1zLCB2b2x1bWVzLlxuICAnQVdTOjpTMzo6QnVja2V0JywgJ0FXUzo6S01TOjpLZXknLCAnQVdTOjpFRlM6OkZpbGVTeXN0ZW0nLCAnQVdTOjpGU3g6OkZpbGVTeXN0ZW0nLCAnQVdTOjpFQzI6OlZvbHVtZScsXG4gIC8vIFByb3htb3g6IHRoZSBzdG9yYWdlIHNlcnZlciBWTSBvd25zIHRoZSBkYXRhIGRpc2tzOyBpdCBpcyBwcm90ZWN0ZWQgKHByZXZlbnRfZGVzdHJveSksXG4gIC8vIHNvIGl0IGlzIGNhdWdodCBieSB0aGUgcHJvdGVjdGVkIGFkZHJlc3NlcyBvZiB0aGUgbGFzdCBhcHBsaWVkIGNvbmZpZ3VyYXRpb24gaW5zdGVhZC5cbl07XG5cbi8qKiBPbmUgcGxhbm5lZCBjaGFuZ2Ugb2YgYSByZXNvdXJjZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUGxhbm5lZFJlc291cmNlQ2hhbmdlIHtcbiAgcmVhZG9ubHkgYWRkcmVzczogc3RyaW5nO1xuICByZWFkb25seSB0eXBlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGFjdGlvbnM6IHN0cmluZ1tdO1xufVxuXG4vKiogV2hhdCBhIHBsYW4gZG9lcywgZm9yIHRoZSBzdGF0ZSwgdGhlIGF1ZGl0IHN0cmVhbSBhbmQgdGhlIEFQSS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUGxhblN1bW1hcnkge1xuICByZWFkb25seSBjcmVhdGU6IG51bWJlcjtcbiAgcmVhZG9ubHkgdXBkYXRlOiBudW1iZXI7XG4gIHJlYWRvbmx5IGRlbGV0ZTogbnVtYmVyO1xuICByZWFkb25seSByZXBsYWNlOiBudW1iZXI7XG4gIHJlYWRvbmx5IG5vb3A6IG51bWJlcjtcbiAgcmVhZG9ubHkgY2hhbmdlczogUGxhbm5lZFJlc291cmNlQ2hhbmdlW107XG59XG5cbi8qKiBBIHBsYW4gdGhhdCBjaGFuZ2VzIG5vdGhpbmcuICovXG5leHBvcnQgZnVuY3Rpb24gZW1wdHlTdW1tYXJ5KCk6IFBsYW5TdW1tYXJ5IHtcbiAgcmV0dXJuIHsgY3JlYXRlOiAwLCB1cGRhdGU6IDAsIGRlbGV0ZTogMCwgcmVwbGFjZTogMCwgbm9vcDogMCwgY2hhbmdlczogW10gfTtcbn1cblxuLyoqIFJlYWRzIGB0ZXJyYWZvcm0gc2hvdyAtanNvbiA8cGxhbj5gIG91dHB1dCBpbnRvIGEgc3VtbWFyeS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdW1tYXJpemVQbGFuKHBsYW5Kc29uOiBhbnkpOiBQbGFuU3VtbWFyeSB7XG4gIGNvbnN0IHMgPSB7IGNyZWF0ZTogMCwgdXBkYXRlOiAwLCBkZWxldGU6IDAsIHJlcGxhY2U6IDAsIG5vb3A6IDAsIGNoYW5nZXM6IFtdIGFzIFBsYW5uZWRSZXNvdXJjZUNoYW5nZVtdIH07XG4gIGZvciAoY29uc3QgYyBvZiBwbGFuSnNvbi5yZXNvdXJjZV9jaGFuZ2VzID8/IFtdKSB7XG4gICAgY29uc3QgYTogc3RyaW5nW10gPSBjLmNoYW5nZT8uYWN0aW9ucyA/PyBbXTtcbiAgICBpZiAoYS5pbmNsdWRlcygnZGVsZXRlJykgJiYgYS5pbmNsdWRlcygnY3JlYXRlJykpIHtzLnJlcGxhY2UrKzt9IGVsc2UgaWYgKGEuaW5jbHVkZXMoJ2RlbGV0ZScpKSB7cy5kZWxldGUrKzt9IGVsc2UgaWYgKGEuaW5jbHVkZXMoJ2NyZWF0ZScpKSB7cy5jcmVhdGUrKzt9IGVsc2UgaWYgKGEuaW5jbHVkZXMoJ3VwZGF0ZScpKSB7cy51cGRhdGUrKzt9IGVsc2Uge1xuICAgICAgcy5ub29wKys7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgcy5jaGFuZ2VzLnB1c2goeyBhZGRyZXNzOiBjLmFkZHJlc3MsIHR5cGU6IGMudHlwZSwgYWN0aW9uczogYSB9KTtcbiAgfVxuICByZXR1cm4gcztcbn1cblxuLyoqXG4gKiBUaGUgY2hhbmdlcyB0aGF0IHdvdWxkIGRlc3Ryb3kgZGF0YTogYSBkZWxldGUgb3IgcmVwbGFjZW1lbnQgb2YgYSBkYXRhLXZvbHVtZSB0eXBlLCBvciBvZiBhXG4gKiByZXNvdXJjZSB0aGUgbGFzdCBhcHBsaWVkIGNvbmZpZ3VyYXRpb24gcHJvdGVjdGVkIChwcmV2ZW50X2Rlc3Ryb3kpLiBFbXB0eSB3aGVuIHRoZSBwZXJtaXRcbiAqIGlzIGJlaW5nIGRlbGV0ZWQgKHBlcm1pdC5kZWxldGVkIGRlc3Ryb3lzIGV2ZXJ5dGhpbmcgYnkgZGVzaWduKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRhdGFMb3NzQ2hhbmdlcyhzdW1tYXJ5OiBQbGFuU3VtbWFyeSwgcHJvdGVjdGVkQWRkcmVzc2VzOiByZWFkb25seSBzdHJpbmdbXSwgZGVsZXRpbmc6IGJvb2xlYW4pOiBQbGFubmVkUmVzb3VyY2VDaGFuZ2VbXSB7XG4gIGlmIChkZWxldGluZykgcmV0dXJuIFtdO1xuICBjb25zdCBwcm90ID0gbmV3IFNldChwcm90ZWN0ZWRBZGRyZXNzZXMpO1xuICByZXR1cm4gc3VtbWFyeS5jaGFuZ2VzLmZpbHRlcigoYykgPT4gYy5hY3Rpb25zLmluY2x1ZGVzKCdkZWxldGUnKSAmJiAoREFUQV9WT0xVTUVfVFlQRVMuaW5jbHVkZXMoYy50eXBlKSB8fCBwcm90LmhhcyhjLmFkZHJlc3MpKSk7XG59XG5cbi8qKiBBIFRlcnJhZm9ybSBjb21tYW5kIHRoYXQgZmFpbGVkOiBgdHJhbnNpZW50YCB3aGVuIHdvcnRoIHJldHJ5aW5nICh0aW1lb3V0LCBsb2NrLCBuZXR3b3JrKS4gKi9cbmV4cG9ydCBjbGFzcyBUZXJyYWZvcm1FcnJvciBleHRlbmRzIEVycm9yIHtcbiAgY29uc3RydWN0b3IobWVzc2FnZTogc3RyaW5nLCBwdWJsaWMgcmVhZG9ubHkgdHJhbnNpZW50OiBib29sZWFuKSB7XG4gICAgc3VwZXIobWVzc2FnZSk7XG4gICAgdGhpcy5uYW1lID0gJ1RlcnJhZm9ybUVycm9yJztcbiAgfVxufVxuXG4vKipcbiAqIFRoZSBwZXJtaXQncyBzdGFjayBjb3VsZCBub3QgYmUgc3ludGhlc2l6ZWQgKGl0cyBkYXRhIG9yIHRoZSBiYWNrZW5kIHNldHRpbmdzOiBlLmcuIGEgYmFja2VuZFxuICogY29uZmlnIGZpbGUgZWRpdGVkIGludG8gYW4gaW52YWxpZCBvbmUpLiBQZXJtYW5lbnQ6IHRoZSBwZXJtaXQgaXMgbWFya2VkIGBzeW50aGVzaXMtZmFpbGVkYC5cbiAqL1xuZXhwb3J0IGNsYXNzIFN5bnRoZXNpc0Vycm9yIGV4dGVuZHMgVGVycmFmb3JtRXJyb3Ige1xuICBjb25zdHJ1Y3RvcihtZXNzYWdlOiBzdHJpbmcpIHtcbiAgICBzdXBlcihtZXNzYWdlLCBmYWxzZSk7XG4gICAgdGhpcy5uYW1lID0gJ1N5bnRoZXNpc0Vycm9yJztcbiAgfVxufVxuXG4vKipcbiAqIFRlcnJhZm9ybSByZWZ1c2VkIHRoZSBwbGFuIGl0c2VsZjogaXQgd291bGQgZGVzdHJveSByZXNvdXJjZXMgcHJvdGVjdGVkIHdpdGhcbiAqIGBsaWZlY3ljbGUucHJldmVudF9kZXN0cm95YCAoYSByZXBsYWNlbWVudCBjb3VudHM6IHRoZSBvbGQgcmVzb3VyY2UgaXMgZGVzdHJveWVkKS4gVGhlIHdvcmtlclxuICogcmVwb3J0cyBpdCBhcyBhIHJlZnVzZWQgcGxhbiwgbGlrZSBpdHMgb3duIGRhdGEtbG9zcyBjaGVjay5cbiAqL1xuZXhwb3J0IGNsYXNzIFByb3RlY3RlZERlc3Ryb3lFcnJvciBleHRlbmRzIFRlcnJhZm9ybUVycm9yIHtcbiAgY29uc3RydWN0b3IobWVzc2FnZTogc3RyaW5nLCBwdWJsaWMgcmVhZG9ubHkgYWRkcmVzc2VzOiBzdHJpbmdbXSkge1xuICAgIHN1cGVyKG1lc3NhZ2UsIGZhbHNlKTtcbiAgICB0aGlzLm5hbWUgPSAnUHJvdGVjdGVkRGVzdHJveUVycm9yJztcbiAgfVxufVxuXG4vKiogVGhlIGFkZHJlc3NlcyBUZXJyYWZvcm0gbmFtZXMgaW4gXCJSZXNvdXJjZSA8YWRkcmVzcz4gaGFzIGxpZmVjeWNsZS5wcmV2ZW50X2Rlc3Ryb3kgc2V0XCIgZXJyb3JzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHByZXZlbnREZXN0cm95QWRkcmVzc2VzKG1lc3NhZ2U6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgY29uc3QgZm91bmQgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgZm9yIChjb25zdCBtIG9mIG1lc3NhZ2UubWF0Y2hBbGwoL1Jlc291cmNlIChcXFMrKSBoYXMgbGlmZWN5Y2xlXFwucHJldmVudF9kZXN0cm95IHNldC9nKSkgZm91bmQuYWRkKG1bMV0pO1xuICByZXR1cm4gWy4uLmZvdW5kXTtcbn1cblxuLy8gV29ydGggYW5vdGhlciB0cnk6IGEgaGVsZCBzdGF0ZSBsb2NrLCB0aGUgbmV0d29yaywgYW4gb3ZlcmxvYWRlZCBBUEksIGEgcHJvdmlkZXIgdGhhdCBjcmFzaGVkXG4vLyBvciBjb3VsZCBub3Qgc3RhcnQgKGFmdGVyIG1heF9hdHRlbXB0cyB0aGUgcGVybWl0IGlzIG1hcmtlZCBmYWlsZWQgYWxsIHRoZSBzYW1lKS5cbmNvbnN0IFRSQU5TSUVOVCA9IG5ldyBSZWdFeHAoW1xuICAnRXJyb3IgYWNxdWlyaW5nIHRoZSBzdGF0ZSBsb2NrJywgJ3RpbWVvdXQnLCAnY29ubmVjdGlvbiByZWZ1c2VkJywgJ2Nvbm5lY3Rpb24gcmVzZXQnLCAnVExTIGhhbmRzaGFrZScsICd0ZW1wb3JhcicsXG4gICdcXFxcYig0Mjl8NTAyfDUwM3w1MDQpXFxcXGInLCAndW5leHBlY3RlZCBFT0YnLCAncGx1Z2luIGV4aXRlZCcsICdmYWlsZWQgdG8gaW5zdGFudGlhdGUgcHJvdmlkZXInLCAnVW5yZWNvZ25pemVkIHJlbW90ZSBwbHVnaW4gbWVzc2FnZScsXG5dLmpvaW4oJ3wnKSwgJ2knKTtcblxuLyoqIFJ1bnMgdGVycmFmb3JtIHdpdGggdGhlIHNldHRpbmdzJyBlbnZpcm9ubWVudCBpbiBgZGlyYDsgcmVzb2x2ZXMgc3Rkb3V0LCByZWplY3RzIFRlcnJhZm9ybUVycm9yLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJ1blRlcnJhZm9ybSh0OiBUZXJyYWZvcm1TZXR0aW5ncywgZGlyOiBzdHJpbmcsIGFyZ3M6IHN0cmluZ1tdLCBkYXRhRGlyOiBzdHJpbmcpOiBQcm9taXNlPHN0cmluZz4ge1xuICBjb25zdCBlbnY6IE5vZGVKUy5Qcm9jZXNzRW52ID0geyAuLi5wcm9jZXNzLmVudiwgLi4udC5lbnYsIFRGX0lOX0FVVE9NQVRJT046ICcxJywgVEZfSU5QVVQ6ICcwJywgQ0hFQ0tQT0lOVF9ESVNBQkxFOiAnMScsIFRGX0RBVEFfRElSOiBkYXRhRGlyIH07XG4gIGlmICh0LmNsaUNvbmZpZykgZW52LlRGX0NMSV9DT05GSUdfRklMRSA9IHQuY2xpQ29uZmlnO1xuICByZXR1cm4gbmV3IFByb21pc2UoKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgIGNvbnN0IGNoaWxkID0gc3Bhd24odC5iaW4sIFtgLWNoZGlyPSR7ZGlyfWAsIC4uLmFyZ3NdLCB7IGVudiwgc3RkaW86IFsnaWdub3JlJywgJ3BpcGUnLCAncGlwZSddIH0pO1xuICAgIGxldCBvdXQgPSAnJztcbiAgICBsZXQgZXJyID0gJyc7XG4gICAgY2hpbGQuc3Rkb3V0Lm9uKCdkYXRhJywgKGQpID0+IChvdXQgKz0gZCkpO1xuICAgIGNoaWxkLnN0ZGVyci5vbignZGF0YScsIChkKSA9PiAoZXJyICs9IGQpKTtcbiAgICBjb25zdCB0aW1lciA9IHNldFRpbWVvdXQoKCkgPT4gY2hpbGQua2lsbCgnU0lHVEVSTScpLCB0LnRpbWVvdXRTZWNvbmRzICogMTAwMCk7XG4gICAgY2hpbGQub24oJ2Vycm9yJywgKGUpID0+IHtcbiAgICAgIGNsZWFyVGltZW91dCh0aW1lcik7XG4gICAgICByZWplY3QobmV3IFRlcnJhZm9ybUVycm9yKGBjYW5ub3QgcnVuICR7dC5iaW59OiAke2UubWVzc2FnZX07IHNldCB0ZXJyYWZvcm0uYmluIGluIHRoZSB3b3JrZXIgY29uZmlnIG9yIFJXU19URVJSQUZPUk1fQklOYCwgZmFsc2UpKTtcbiAgICB9KTtcbiAgICBjaGlsZC5vbignY2xvc2UnLCAoY29kZSwgc2lnbmFsKSA9PiB7XG4gICAgICBjbGVhclRpbWVvdXQodGltZXIpO1xuICAgICAgaWYgKGNvZGUgPT09IDApIHJldHVybiByZXNvbHZlKG91dCk7XG4gICAgICBjb25zdCB0ZXh0ID0gY2xlYW5UZXJyYWZvcm1NZXNzYWdlKGVyciB8fCBvdXQpO1xuICAgICAgaWYgKHNpZ25hbCkgcmV0dXJuIHJlamVjdChuZXcgVGVycmFmb3JtRXJyb3IoYHRlcnJhZm9ybSAke2FyZ3NbMF19IHdhcyBzdG9wcGVkIGJ5ICR7c2lnbmFsfSBhZnRlciAke3QudGltZW91dFNlY29uZHN9IHM6ICR7dGV4dH1gLCB0cnVlKSk7XG4gICAgICByZWplY3QobmV3IFRlcnJhZm9ybUVycm9yKGB0ZXJyYWZvcm0gJHthcmdzWzBdfSBmYWlsZWQ6ICR7dGV4dH1gLCBUUkFOU0lFTlQudGVzdCh0ZXh0KSkpO1xuICAgIH0pO1xuICB9KTtcbn1cblxuLyoqIFRoZSB1c2VmdWwgbGluZXMgb2YgYSBUZXJyYWZvcm0gZXJyb3IgKGJveCBkcmF3aW5nIGFuZCBkZXZfb3ZlcnJpZGVzIHdhcm5pbmdzIHJlbW92ZWQpLCBvbiBvbmUgbGluZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjbGVhblRlcnJhZm9ybU1lc3NhZ2Uoczogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHMuc3BsaXQoJ1xcbicpXG4gICAgLmZpbHRlcigobCkgPT4gIS9kZXZlbG9wbWVudCBvdmVycmlkZXN8ZGV2X292ZXJyaWRlc3xwcm92aWRlciBkZXZlbG9wbWVudHxeXFxzKi0gLiogaW4gXFwvfFRoZSBiZWhhdmlvciBtYXkgdGhlcmVmb3JlfGFwcGx5aW5nIGNoYW5nZXMgbWF5IGNhdXNlfHVuZXhwZWN0ZWQgYmVoYXZpb3IvLnRlc3QobCkpXG4gICAgLm1hcCgobCkgPT4gbC5yZXBsYWNlKC9eW+KUguKVt+KVtV1cXHM/LywgJycpLnRyaW0oKSlcbiAgICAuZmlsdGVyKEJvb2xlYW4pXG4gICAgLmpvaW4oJyAnKVxuICAgIC5zbGljZSgwLCAyMDAwKTtcbn1cblxuLyoqIFdoYXQgYHBsYW5TdGFja2AgZm91bmQuICovXG5leHBvcnQgaW50ZXJmYWNlIFBsYW5SZXN1bHQge1xuICByZWFkb25seSBzdW1tYXJ5OiBQbGFuU3VtbWFyeTtcbiAgcmVhZG9ubHkgcGxhbkZpbGU6IHN0cmluZztcbn1cblxuLyoqIGluaXQgKG9uY2UgcGVyIGZvbGRlciwgd2hlbiBjb25maWd1cmVkKSBhbmQgcGxhbiBpbnRvIGA8ZGlyPi9wbGFuLmJpbmA7IHJldHVybnMgaXRzIHN1bW1hcnkuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcGxhblN0YWNrKHQ6IFRlcnJhZm9ybVNldHRpbmdzLCBkaXI6IHN0cmluZyk6IFByb21pc2U8UGxhblJlc3VsdD4ge1xuICBjb25zdCBkYXRhRGlyID0gcGF0aC5qb2luKGRpciwgJy50ZXJyYWZvcm0tZGF0YScpO1xuICBpZiAodC5pbml0ICYmICFmcy5leGlzdHNTeW5jKHBhdGguam9pbihkYXRhRGlyLCAnaW5pdGlhbGl6ZWQnKSkpIHtcbiAgICBhd2FpdCBydW5UZXJyYWZvcm0odCwgZGlyLCBbJ2luaXQnLCAnLWlucHV0PWZhbHNlJywgJy1uby1jb2xvcicsIC4uLih0LnBsdWdpbkRpciA/IFtgLXBsdWdpbi1kaXI9JHt0LnBsdWdpbkRpcn1gXSA6IFtdKV0sIGRhdGFEaXIpO1xuICAgIGZzLm1rZGlyU3luYyhkYXRhRGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgICBmcy53cml0ZUZpbGVTeW5jKHBhdGguam9pbihkYXRhRGlyLCAnaW5pdGlhbGl6ZWQnKSwgbmV3IERhdGUoKS50b0lTT1N0cmluZygpKTtcbiAgfVxuICBjb25zdCBwbGFuRmlsZSA9IHBhdGguam9pbihkaXIsICdwbGFuLmJpbicpO1xuICBmcy5ybVN5bmMocGxhbkZpbGUsIHsgZm9yY2U6IHRydWUgfSk7XG4gIHRyeSB7XG4gICAgYXdhaXQgcnVuVGVycmFmb3JtKHQsIGRpciwgWydwbGFuJywgJy1pbnB1dD1mYWxzZScsICctbm8tY29sb3InLCBgLWxvY2stdGltZW91dD0ke3QubG9ja1RpbWVvdXRTZWNvbmRzfXNgLCBgLW91dD0ke3BsYW5GaWxlfWBdLCBkYXRhRGlyKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGNvbnN0IHByb3RlY3RlZE9uZXMgPSBlIGluc3RhbmNlb2YgVGVycmFmb3JtRXJyb3IgPyBwcmV2ZW50RGVzdHJveUFkZHJlc3NlcyhlLm1lc3NhZ2UpIDogW107XG4gICAgaWYgKHByb3RlY3RlZE9uZXMubGVuZ3RoKSB0aHJvdyBuZXcgUHJvdGVjdGVkRGVzdHJveUVycm9yKGUgaW5zdGFuY2VvZiBFcnJvciA/IGUubWVzc2FnZSA6IFN0cmluZyhlKSwgcHJvdGVjdGVkT25lcyk7XG4gICAgdGhyb3cgZTtcbiAgfVxuICBjb25zdCBzaG93biA9IGF3YWl0IHJ1blRlcnJhZm9ybSh0LCBkaXIsIFsnc2hvdycsICctanNvbicsIHBsYW5GaWxlXSwgZGF0YURpcik7XG4gIHJldHVybiB7IHN1bW1hcnk6IHN1bW1hcml6ZVBsYW4oSlNPTi5wYXJzZShzaG93bikpLCBwbGFuRmlsZSB9O1xufVxuXG4vKiogQXBwbGllcyBleGFjdGx5IHRoZSBzYXZlZCBwbGFuIGFuZCByZXR1cm5zIHRoZSBzdGFjaydzIG91dHB1dHMsIHNlbnNpdGl2ZSBvbmVzIGxlZnQgb3V0LiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGFwcGx5UGxhbih0OiBUZXJyYWZvcm1TZXR0aW5ncywgZGlyOiBzdHJpbmcsIHBsYW5GaWxlOiBzdHJpbmcpOiBQcm9taXNlPFJlY29yZDxzdHJpbmcsIHVua25vd24+PiB7XG4gIGNvbnN0IGRhdGFEaXIgPSBwYXRoLmpvaW4oZGlyLCAnLnRlcnJhZm9ybS1kYXRhJyk7XG4gIGF3YWl0IHJ1blRlcnJhZm9ybSh0LCBkaXIsIFsnYXBwbHknLCAnLWlucHV0PWZhbHNlJywgJy1uby1jb2xvcicsIGAtbG9jay10aW1lb3V0PSR7dC5sb2NrVGltZW91dFNlY29uZHN9c2AsIHBsYW5GaWxlXSwgZGF0YURpcik7XG4gIGNvbnN0IG91dCA9IEpTT04ucGFyc2UoYXdhaXQgcnVuVGVycmFmb3JtKHQsIGRpciwgWydvdXRwdXQnLCAnLWpzb24nXSwgZGF0YURpcikgfHwgJ3t9Jyk7XG4gIHJldHVybiBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXM8YW55PihvdXQpLmZpbHRlcigoWywgdl0pID0+ICF2LnNlbnNpdGl2ZSkubWFwKChbaywgdl0pID0+IFtrLCB2LnZhbHVlXSkpO1xufVxuIl19