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
exports.CloudFormationDeployer = exports.CloudFormationError = void 0;
exports.stackPolicy = stackPolicy;
exports.changeSetDataLoss = changeSetDataLoss;
exports.summarizeChangeSet = summarizeChangeSet;
exports.zipDirectory = zipDirectory;
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const zlib = __importStar(require("zlib"));
const terraform_1 = require("./terraform");
/** A CloudFormation call or stack operation that failed: `transient` when worth retrying. */
class CloudFormationError extends terraform_1.TerraformError {
    constructor(message, transient) {
        super(message, transient);
        this.name = 'CloudFormationError';
    }
}
exports.CloudFormationError = CloudFormationError;
/** The change sets the worker makes are named `rws-...`. */
const CHANGE_SET_PREFIX = 'rws-';
/**
 * The stack policy: updates allowed, except replacing a protected resource (`Update:Replace`) and
 * removing one that holds data (`Update:Delete` of a bucket, key, file system or volume). A
 * protected resource of another type (a log group with DeletionPolicy Retain, e.g. the SFTP
 * airlock's logs when the airlock goes) may leave the template: CloudFormation keeps it.
 * `types` gives each protected id's resource type (from the template).
 */
function stackPolicy(protectedIds, types) {
    const statements = [{ Effect: 'Allow', Action: 'Update:*', Principal: '*', Resource: '*' }];
    const ids = [...new Set(protectedIds)].sort();
    const data = ids.filter((id) => terraform_1.DATA_VOLUME_TYPES.includes(types[id]));
    const other = ids.filter((id) => !terraform_1.DATA_VOLUME_TYPES.includes(types[id]));
    if (data.length)
        statements.push({ Effect: 'Deny', Action: ['Update:Replace', 'Update:Delete'], Principal: '*', Resource: data.map((id) => `LogicalResourceId/${id}`) });
    if (other.length)
        statements.push({ Effect: 'Deny', Action: ['Update:Replace'], Principal: '*', Resource: other.map((id) => `LogicalResourceId/${id}`) });
    return JSON.stringify({ Statement: statements });
}
/**
 * The data-loss rule on a change set, before permit.deleted: a replacement (Replacement True or
 * Conditional) of a protected resource or of a data type, and a removal of a data type (a bucket,
 * key, file system or volume: removed, it is deleted, or kept outside the permit where
 * permit.deleted no longer deletes it). A protected resource of another type may be removed: its
 * DeletionPolicy Retain keeps it (the lifecycle removes the SFTP airlock's log group so).
 */
function changeSetDataLoss(summary, protectedIds, deleting) {
    if (deleting)
        return [];
    const prot = new Set(protectedIds);
    return summary.changes.filter((c) => {
        const data = terraform_1.DATA_VOLUME_TYPES.includes(c.type);
        const replace = c.actions.includes('delete') && c.actions.includes('create');
        const remove = c.actions.includes('delete') && !c.actions.includes('create');
        return (replace && (data || prot.has(c.address))) || (remove && data);
    });
}
/**
 * DescribeChangeSet's changes as the worker's plan summary: Add = create, Modify = update (or
 * replace when Replacement is True or Conditional: CloudFormation may have to replace it),
 * Remove = delete. Actions use Terraform's words, so the worker's data-loss rule reads both.
 */
function summarizeChangeSet(changes) {
    const s = { create: 0, update: 0, delete: 0, replace: 0, noop: 0, changes: [] };
    for (const c of changes) {
        const rc = c.ResourceChange;
        if (!rc?.LogicalResourceId)
            continue;
        let actions;
        if (rc.Action === 'Add') {
            actions = ['create'];
            s.create++;
        }
        else if (rc.Action === 'Remove') {
            actions = ['delete'];
            s.delete++;
        }
        else if (rc.Action === 'Modify' && (rc.Replacement === 'True' || rc.Replacement === 'Conditional')) {
            actions = ['delete', 'create'];
            s.replace++;
        }
        else if (rc.Action === 'Modify' || rc.Action === 'Dynamic') {
            actions = ['update'];
            s.update++;
        }
        else {
            // Import: the resource exists already; nothing is created or destroyed.
            s.noop++;
            continue;
        }
        s.changes.push({
            address: rc.LogicalResourceId,
            type: rc.ResourceType ?? 'unknown',
            actions,
            ...(rc.Replacement && rc.Action === 'Modify' ? { replacement: rc.Replacement } : {}),
        });
    }
    return s;
}
const TRANSIENT_CODES = new Set([
    'Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'TooManyRequestsException', 'RequestTimeout', 'RequestTimeoutException',
    'ServiceUnavailable', 'InternalFailure', 'InternalError', 'SlowDown', 'TimeoutError', 'NetworkingError',
]);
/** An SDK error as a CloudFormationError (transient for throttling, 5xx, the network). */
function sdkError(what, e) {
    if (e instanceof CloudFormationError)
        return e;
    const code = e?.name ?? e?.Code ?? 'Error';
    const status = e?.$metadata?.httpStatusCode;
    const network = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENOTFOUND|socket hang up/.test(String(e?.message) + String(e?.code));
    const credentials = code === 'CredentialsProviderError' || /Could not load credentials|Region is missing/.test(String(e?.message));
    const transient = !credentials && (TRANSIENT_CODES.has(code) || (status !== undefined && status >= 500) || network);
    const fix = credentials ? '; give the worker AWS credentials (environment, profile or instance role) and a region (cloudformation.region or AWS_REGION)' : '';
    return new CloudFormationError(`${what}: ${code}: ${String(e?.message ?? e).split('\n').join(' ').slice(0, 1000)}${fix}`, transient);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** "No changes" as CloudFormation words it (a FAILED change set, or a refused UPDATE). */
const NO_CHANGES = /didn't contain changes|No updates are to be performed/i;
/** The permit worker's CloudFormation client. */
class CloudFormationDeployer {
    settings;
    cfn;
    s3sdk;
    /**
     * Loads the SDK (here, on first use: a require inside the function, so neither the CLI nor the
     * other backends load it) and makes the clients.
     */
    static async create(settings) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const cfn = require('@aws-sdk/client-cloudformation');
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const s3 = require('@aws-sdk/client-s3');
        return new CloudFormationDeployer(settings, cfn, s3);
    }
    cf;
    s3;
    constructor(settings, cfn, s3sdk) {
        this.settings = settings;
        this.cfn = cfn;
        this.s3sdk = s3sdk;
        const region = settings.region ? { region: settings.region } : {};
        this.cf = new cfn.CloudFormationClient({ ...region, maxAttempts: 5 });
        // Path-style: works for every bucket name and for local emulators.
        this.s3 = new s3sdk.S3Client({ ...region, forcePathStyle: true, maxAttempts: 5 });
    }
    async call(what, fn) {
        try {
            return await fn();
        }
        catch (e) {
            throw sdkError(what, e);
        }
    }
    /** The stack's status, or undefined when there is none. */
    async stackStatus(stackName) {
        try {
            const r = await this.cf.send(new this.cfn.DescribeStacksCommand({ StackName: stackName }));
            const st = r.Stacks?.[0];
            return st && st.StackStatus !== 'DELETE_COMPLETE' ? st : undefined;
        }
        catch (e) {
            if (/does not exist/.test(String(e?.message)))
                return undefined;
            throw sdkError(`DescribeStacks ${stackName}`, e);
        }
    }
    /** Waits while the stack is in an *_IN_PROGRESS state (e.g. left by a worker killed mid-apply). */
    async settled(stackName, deadline) {
        for (;;) {
            const st = await this.stackStatus(stackName);
            const status = st?.StackStatus ?? '';
            if (!status.endsWith('_IN_PROGRESS') || status === 'REVIEW_IN_PROGRESS')
                return st;
            if (Date.now() > deadline) {
                throw new CloudFormationError(`stack ${stackName} is still ${status} after ${this.settings.timeoutSeconds} s; it is retried later`, true);
            }
            await sleep(this.settings.pollMs);
        }
    }
    /**
     * Uploads the template and the assets of the cloud assembly in `assemblyDir`, makes a change
     * set for `stackName` and describes it. Nothing is executed.
     */
    async plan(stackName, assemblyDir, eventId) {
        const deadline = Date.now() + this.settings.timeoutSeconds * 1000;
        const templateFile = path.join(assemblyDir, `${stackName}.template.json`);
        const templateText = fs.readFileSync(templateFile, 'utf8');
        const template = JSON.parse(templateText);
        const parameters = this.parameters(template, stackName);
        const types = Object.fromEntries(Object.entries(template.Resources ?? {}).map(([k, r]) => [k, String(r?.Type)]));
        const bucket = this.settings.bucket;
        const key = `${this.settings.prefix}${stackName}/${(0, crypto_1.createHash)('sha256').update(templateText).digest('hex')}.json`;
        await this.call(`uploading the template of ${stackName} to s3://${bucket}/${key}`, () => this.s3.send(new this.s3sdk.PutObjectCommand({
            Bucket: bucket, Key: key, Body: templateText, ContentType: 'application/json',
        })));
        let st = await this.settled(stackName, deadline);
        if (st?.StackStatus === 'ROLLBACK_COMPLETE' || st?.StackStatus === 'ROLLBACK_FAILED' || st?.StackStatus === 'REVIEW_IN_PROGRESS') {
            // A create that failed and rolled back leaves a stack that can only be deleted (retained
            // resources stay); a stack in review (a CREATE change set never executed: plan mode, or a
            // worker stopped before executing) has no resources. Deleted, then created again.
            await this.call(`DeleteStack ${stackName} (${st.StackStatus})`, () => this.cf.send(new this.cfn.DeleteStackCommand({ StackName: stackName, RoleARN: this.settings.roleArn })));
            await this.waitStack(stackName, deadline, 'delete');
            st = undefined;
        }
        const type = st ? 'UPDATE' : 'CREATE';
        if (st)
            await this.discardOld(stackName);
        const name = `${CHANGE_SET_PREFIX}${eventId.replace(/[^A-Za-z0-9-]/g, '-')}-${Date.now().toString(36)}`.slice(0, 128);
        const region = await this.cf.config.region();
        const templateUrl = `https://s3.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}/${bucket}/${key}`;
        let created;
        try {
            created = await this.cf.send(new this.cfn.CreateChangeSetCommand({
                StackName: stackName,
                ChangeSetName: name,
                ChangeSetType: type,
                TemplateURL: templateUrl,
                Parameters: parameters,
                Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'],
                RoleARN: this.settings.roleArn,
                Description: `rws permit worker: event ${eventId}`.slice(0, 1024),
                Tags: [{ Key: 'permit:stack', Value: stackName }],
            }));
        }
        catch (e) {
            if (NO_CHANGES.test(String(e?.message)))
                return { stackName, type, summary: (0, terraform_1.emptySummary)(), templateKey: key, types };
            throw sdkError(`CreateChangeSet ${stackName}`, e);
        }
        const id = created.Id;
        const described = await this.describeAll(id, deadline);
        if (described.status === 'FAILED') {
            if (NO_CHANGES.test(described.reason)) {
                await this.discard(id);
                return { stackName, type, summary: (0, terraform_1.emptySummary)(), templateKey: key, types };
            }
            await this.discard(id);
            throw new CloudFormationError(`change set of ${stackName} failed: ${described.reason}`, false);
        }
        await this.publishAssets(stackName, assemblyDir, created.StackId ?? id);
        return { stackName, type, stackId: created.StackId, changeSetId: id, summary: summarizeChangeSet(described.changes), templateKey: key, types };
    }
    /** Template parameters: configured values; parameters with a default keep it; a missing one is an error. */
    parameters(template, stackName) {
        const out = [];
        for (const [k, p] of Object.entries(template.Parameters ?? {})) {
            const v = this.settings.parameters[k];
            if (v !== undefined) {
                out.push({ ParameterKey: k, ParameterValue: v });
            }
            else if (p?.Default === undefined) {
                throw new CloudFormationError(`the template of ${stackName} has parameter ${k} without a default; give it in the worker config: cloudformation: { parameters: { ${k}: ... } }`, false);
            }
        }
        return out;
    }
    /** Deletes the worker's earlier change sets of the stack (plan mode leaves the last one for review). */
    async discardOld(stackName) {
        let token;
        const old = [];
        do {
            const r = await this.call(`ListChangeSets ${stackName}`, () => this.cf.send(new this.cfn.ListChangeSetsCommand({ StackName: stackName, NextToken: token })));
            for (const c of r.Summaries ?? []) {
                // (moto lists every stack's change sets: the stack name is checked too)
                if (c.ChangeSetName?.startsWith(CHANGE_SET_PREFIX) && c.ChangeSetId && c.StackName === stackName && c.ExecutionStatus === 'AVAILABLE')
                    old.push(c.ChangeSetId);
            }
            token = r.NextToken;
        } while (token);
        for (const id of old)
            await this.discard(id);
    }
    /** Waits for the change set, then reads every page of its changes. */
    async describeAll(id, deadline) {
        for (;;) {
            const first = await this.call('DescribeChangeSet', () => this.cf.send(new this.cfn.DescribeChangeSetCommand({ ChangeSetName: id })));
            const status = first.Status ?? '';
            if (status === 'FAILED')
                return { status, reason: first.StatusReason ?? '', changes: [] };
            if (status === 'CREATE_COMPLETE') {
                const changes = [...(first.Changes ?? [])];
                let token = first.NextToken;
                while (token) {
                    const next = await this.call('DescribeChangeSet', () => this.cf.send(new this.cfn.DescribeChangeSetCommand({ ChangeSetName: id, NextToken: token })));
                    changes.push(...(next.Changes ?? []));
                    token = next.NextToken;
                }
                return { status, reason: '', changes };
            }
            if (Date.now() > deadline)
                throw new CloudFormationError(`change set ${id} is still ${status} after ${this.settings.timeoutSeconds} s`, true);
            await sleep(this.settings.pollMs);
        }
    }
    /** Deletes a change set (a refused plan; nothing executed). */
    async discard(changeSetId) {
        try {
            await this.cf.send(new this.cfn.DeleteChangeSetCommand({ ChangeSetName: changeSetId }));
        }
        catch (e) {
            if (!/does not exist|not found/i.test(String(e?.message)))
                throw sdkError(`DeleteChangeSet ${changeSetId}`, e);
        }
    }
    /**
     * Publishes the assembly's file assets (`<stack>.assets.json`) to their destinations, with
     * ${AWS::AccountId}, ${AWS::Region} and ${AWS::Partition} of the stack's ARN. A directory is
     * zipped (stored files in a fixed order, fixed times); docker image assets are refused. An
     * object that is there already is not uploaded again (the key is the content hash).
     */
    async publishAssets(stackName, assemblyDir, stackArn) {
        const manifestFile = path.join(assemblyDir, `${stackName}.assets.json`);
        if (!fs.existsSync(manifestFile))
            return;
        const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
        const images = Object.keys(manifest.dockerImages ?? {});
        if (images.length) {
            throw new CloudFormationError(`the stack ${stackName} has ${images.length} container image asset(s) (${images.join(', ')}), which the worker does not build or push; `
                + 'use image references (e.g. an ECR image) in the backend config, or deploy this stack with cdk deploy', false);
        }
        const [, partition, , region, account] = stackArn.split(':');
        const sub = (s) => s.replace(/\$\{AWS::AccountId\}/g, account).replace(/\$\{AWS::Region\}/g, region).replace(/\$\{AWS::Partition\}/g, partition);
        for (const [hash, asset] of Object.entries(manifest.files ?? {})) {
            // The stack's template: uploaded to the configured bucket already.
            if (asset.source?.packaging === 'file' && /\.template\.json$/.test(asset.source.path ?? ''))
                continue;
            const src = path.join(assemblyDir, asset.source?.path ?? '');
            if (!asset.source?.path || asset.source.executable) {
                throw new CloudFormationError(`asset ${hash} of ${stackName} is built by a command, which the worker does not run; deploy this stack with cdk deploy`, false);
            }
            for (const d of Object.values(asset.destinations ?? {})) {
                const bucket = sub(d.bucketName);
                const key = sub(d.objectKey);
                const exists = await this.s3.send(new this.s3sdk.HeadObjectCommand({ Bucket: bucket, Key: key })).then(() => true, (e) => {
                    if (e?.$metadata?.httpStatusCode === 404 || e?.name === 'NotFound')
                        return false;
                    throw sdkError(`HeadObject s3://${bucket}/${key} (asset ${asset.displayName ?? hash})`, e);
                });
                if (exists)
                    continue;
                const body = asset.source.packaging === 'zip' || fs.statSync(src).isDirectory() ? zipDirectory(src) : fs.readFileSync(src);
                await this.call(`publishing asset ${asset.displayName ?? hash} to s3://${bucket}/${key}`, () => this.s3.send(new this.s3sdk.PutObjectCommand({
                    Bucket: bucket, Key: key, Body: body,
                })));
            }
        }
    }
    /** Sets the stack policy (`stackPolicy`; an empty list lifts it). */
    async setStackPolicy(stackName, protectedIds, types) {
        const body = stackPolicy(protectedIds, types);
        await this.call(`SetStackPolicy ${stackName}`, () => this.cf.send(new this.cfn.SetStackPolicyCommand({ StackName: stackName, StackPolicyBody: body })));
    }
    /**
     * Executes the change set and waits for the stack; returns its outputs. For an UPDATE the
     * stack policy is set first (protected ids of the last applied and the new template; `[]`
     * lifts it, for DELETED); for a CREATE right after.
     */
    async apply(plan, protectedIds) {
        const deadline = Date.now() + this.settings.timeoutSeconds * 1000;
        if (plan.changeSetId) {
            if (plan.type === 'UPDATE')
                await this.setStackPolicy(plan.stackName, protectedIds, plan.types);
            await this.call(`ExecuteChangeSet ${plan.stackName}`, () => this.cf.send(new this.cfn.ExecuteChangeSetCommand({ ChangeSetName: plan.changeSetId })));
            await this.waitStack(plan.stackId ?? plan.stackName, deadline, plan.type === 'CREATE' ? 'create' : 'update');
            if (plan.type === 'CREATE')
                await this.setStackPolicy(plan.stackName, protectedIds, plan.types);
        }
        else {
            // No changes: keep the policy up to date all the same.
            if (await this.stackStatus(plan.stackName))
                await this.setStackPolicy(plan.stackName, protectedIds, plan.types);
        }
        return this.outputs(plan.stackName);
    }
    /** Deletes the stack and waits until it is gone. */
    async deleteStack(stackName) {
        const deadline = Date.now() + this.settings.timeoutSeconds * 1000;
        if (!await this.settled(stackName, deadline))
            return;
        await this.call(`DeleteStack ${stackName}`, () => this.cf.send(new this.cfn.DeleteStackCommand({ StackName: stackName, RoleARN: this.settings.roleArn })));
        await this.waitStack(stackName, deadline, 'delete');
    }
    /** The stack's outputs, by key (the worker leaves out names that look like secrets). */
    async outputs(stackName) {
        const st = await this.stackStatus(stackName);
        return Object.fromEntries((st?.Outputs ?? []).filter((o) => o.OutputKey).map((o) => [o.OutputKey, o.OutputValue ?? '']));
    }
    /** Waits for a stack operation; a failure or rollback is an error with the first failed resource's reason. */
    async waitStack(stackName, deadline, op) {
        for (;;) {
            const st = await this.stackStatus(stackName);
            const status = st?.StackStatus ?? 'DELETE_COMPLETE';
            if (op === 'delete' && status === 'DELETE_COMPLETE')
                return;
            if ((op === 'create' && status === 'CREATE_COMPLETE') || (op === 'update' && status === 'UPDATE_COMPLETE'))
                return;
            if (!status.endsWith('_IN_PROGRESS')) {
                const why = await this.failureReason(stackName, st?.StackId);
                throw new CloudFormationError(`${op} of stack ${stackName} ended ${status}${st?.StackStatusReason ? ` (${st.StackStatusReason})` : ''}${why ? `: ${why}` : ''}`, false);
            }
            if (Date.now() > deadline)
                throw new CloudFormationError(`${op} of stack ${stackName} is still ${status} after ${this.settings.timeoutSeconds} s`, true);
            await sleep(this.settings.pollMs);
        }
    }
    /** The reasons of the latest failed resource events (first page). */
    async failureReason(stackName, stackId) {
        try {
            const r = await this.cf.send(new this.cfn.DescribeStackEventsCommand({ StackName: stackId ?? stackName }));
            return (r.StackEvents ?? []).filter((e) => /FAILED$/.test(e.ResourceStatus ?? '') && e.ResourceStatusReason)
                .slice(0, 3).map((e) => `${e.LogicalResourceId} ${e.ResourceStatus}: ${e.ResourceStatusReason}`).join('; ');
        }
        catch {
            return '';
        }
    }
}
exports.CloudFormationDeployer = CloudFormationDeployer;
/**
 * A zip of a folder's files (deflated; sorted paths, fixed times and modes, so the same folder
 * gives the same bytes). Enough for a Lambda function's code.
 */
function zipDirectory(dir) {
    const files = [];
    const walk = (rel) => {
        for (const name of fs.readdirSync(path.join(dir, rel)).sort()) {
            const r = rel ? `${rel}/${name}` : name;
            const st = fs.statSync(path.join(dir, r));
            if (st.isDirectory())
                walk(r);
            else
                files.push(r);
        }
    };
    walk('');
    const locals = [];
    const centrals = [];
    let offset = 0;
    const DOS_TIME = 0; // 00:00:00
    const DOS_DATE = 0x21; // 1980-01-01: (year - 1980) * 512 + month * 32 + day
    for (const f of files) {
        const data = fs.readFileSync(path.join(dir, f));
        const packed = zlib.deflateRawSync(data);
        const crc = zlib.crc32(data);
        const name = Buffer.from(f, 'utf8');
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(20, 4);
        local.writeUInt16LE(0x0800, 6); // UTF-8 names
        local.writeUInt16LE(8, 8); // deflate
        local.writeUInt16LE(DOS_TIME, 10);
        local.writeUInt16LE(DOS_DATE, 12);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(packed.length, 18);
        local.writeUInt32LE(data.length, 22);
        local.writeUInt16LE(name.length, 26);
        local.writeUInt16LE(0, 28);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(0x02014b50, 0);
        central.writeUInt16LE(0x0314, 4); // made by Unix, 2.0
        central.writeUInt16LE(20, 6);
        central.writeUInt16LE(0x0800, 8);
        central.writeUInt16LE(8, 10);
        central.writeUInt16LE(DOS_TIME, 12);
        central.writeUInt16LE(DOS_DATE, 14);
        central.writeUInt32LE(crc, 16);
        central.writeUInt32LE(packed.length, 20);
        central.writeUInt32LE(data.length, 24);
        central.writeUInt16LE(name.length, 28);
        central.writeUInt32LE(0o100644 * 0x10000, 38); // regular file, rw-r--r-- (Unix mode in the high 16 bits)
        central.writeUInt32LE(offset, 42);
        locals.push(local, name, packed);
        centrals.push(central, name);
        offset += local.length + name.length + packed.length;
    }
    const cd = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(files.length, 8);
    end.writeUInt16LE(files.length, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, cd, end]);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiY2xvdWRmb3JtYXRpb24uanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvY2xpL3Blcm1pdC1zZXJ2aWNlL2Nsb3VkZm9ybWF0aW9uLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQXlFQSxrQ0FRQztBQVNELDhDQVNDO0FBT0QsZ0RBK0JDO0FBdVRELG9DQTJEQztBQTNmRCxtQ0FBb0M7QUFDcEMsdUNBQXlCO0FBQ3pCLDJDQUE2QjtBQUM3QiwyQ0FBNkI7QUFHN0IsMkNBQWtIO0FBaUNsSCw2RkFBNkY7QUFDN0YsTUFBYSxtQkFBb0IsU0FBUSwwQkFBYztJQUNyRCxZQUFZLE9BQWUsRUFBRSxTQUFrQjtRQUM3QyxLQUFLLENBQUMsT0FBTyxFQUFFLFNBQVMsQ0FBQyxDQUFDO1FBQzFCLElBQUksQ0FBQyxJQUFJLEdBQUcscUJBQXFCLENBQUM7SUFDcEMsQ0FBQztDQUNGO0FBTEQsa0RBS0M7QUFFRCw0REFBNEQ7QUFDNUQsTUFBTSxpQkFBaUIsR0FBRyxNQUFNLENBQUM7QUFrQmpDOzs7Ozs7R0FNRztBQUNILFNBQWdCLFdBQVcsQ0FBQyxZQUErQixFQUFFLEtBQTZCO0lBQ3hGLE1BQU0sVUFBVSxHQUFVLENBQUMsRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxVQUFVLEVBQUUsU0FBUyxFQUFFLEdBQUcsRUFBRSxRQUFRLEVBQUUsR0FBRyxFQUFFLENBQUMsQ0FBQztJQUNuRyxNQUFNLEdBQUcsR0FBRyxDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQztJQUM5QyxNQUFNLElBQUksR0FBRyxHQUFHLENBQUMsTUFBTSxDQUFDLENBQUMsRUFBRSxFQUFFLEVBQUUsQ0FBQyw2QkFBaUIsQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUN2RSxNQUFNLEtBQUssR0FBRyxHQUFHLENBQUMsTUFBTSxDQUFDLENBQUMsRUFBRSxFQUFFLEVBQUUsQ0FBQyxDQUFDLDZCQUFpQixDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ3pFLElBQUksSUFBSSxDQUFDLE1BQU07UUFBRSxVQUFVLENBQUMsSUFBSSxDQUFDLEVBQUUsTUFBTSxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsQ0FBQyxnQkFBZ0IsRUFBRSxlQUFlLENBQUMsRUFBRSxTQUFTLEVBQUUsR0FBRyxFQUFFLFFBQVEsRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxFQUFFLEVBQUUsQ0FBQyxxQkFBcUIsRUFBRSxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDekssSUFBSSxLQUFLLENBQUMsTUFBTTtRQUFFLFVBQVUsQ0FBQyxJQUFJLENBQUMsRUFBRSxNQUFNLEVBQUUsTUFBTSxFQUFFLE1BQU0sRUFBRSxDQUFDLGdCQUFnQixDQUFDLEVBQUUsU0FBUyxFQUFFLEdBQUcsRUFBRSxRQUFRLEVBQUUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsRUFBRSxFQUFFLENBQUMscUJBQXFCLEVBQUUsRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQzFKLE9BQU8sSUFBSSxDQUFDLFNBQVMsQ0FBQyxFQUFFLFNBQVMsRUFBRSxVQUFVLEVBQUUsQ0FBQyxDQUFDO0FBQ25ELENBQUM7QUFFRDs7Ozs7O0dBTUc7QUFDSCxTQUFnQixpQkFBaUIsQ0FBQyxPQUFvQixFQUFFLFlBQStCLEVBQUUsUUFBaUI7SUFDeEcsSUFBSSxRQUFRO1FBQUUsT0FBTyxFQUFFLENBQUM7SUFDeEIsTUFBTSxJQUFJLEdBQUcsSUFBSSxHQUFHLENBQUMsWUFBWSxDQUFDLENBQUM7SUFDbkMsT0FBTyxPQUFPLENBQUMsT0FBTyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFO1FBQ2xDLE1BQU0sSUFBSSxHQUFHLDZCQUFpQixDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDaEQsTUFBTSxPQUFPLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxDQUFDLE9BQU8sQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLENBQUM7UUFDN0UsTUFBTSxNQUFNLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLFFBQVEsQ0FBQyxRQUFRLENBQUMsQ0FBQztRQUM3RSxPQUFPLENBQUMsT0FBTyxJQUFJLENBQUMsSUFBSSxJQUFJLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLE1BQU0sSUFBSSxJQUFJLENBQUMsQ0FBQztJQUN4RSxDQUFDLENBQUMsQ0FBQztBQUNMLENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsU0FBZ0Isa0JBQWtCLENBQUMsT0FBOEI7SUFDL0QsTUFBTSxDQUFDLEdBQUcsRUFBRSxNQUFNLEVBQUUsQ0FBQyxFQUFFLE1BQU0sRUFBRSxDQUFDLEVBQUUsTUFBTSxFQUFFLENBQUMsRUFBRSxPQUFPLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUUsT0FBTyxFQUFFLEVBQTZCLEVBQUUsQ0FBQztJQUMzRyxLQUFLLE1BQU0sQ0FBQyxJQUFJLE9BQU8sRUFBRSxDQUFDO1FBQ3hCLE1BQU0sRUFBRSxHQUFHLENBQUMsQ0FBQyxjQUFjLENBQUM7UUFDNUIsSUFBSSxDQUFDLEVBQUUsRUFBRSxpQkFBaUI7WUFBRSxTQUFTO1FBQ3JDLElBQUksT0FBaUIsQ0FBQztRQUN0QixJQUFJLEVBQUUsQ0FBQyxNQUFNLEtBQUssS0FBSyxFQUFFLENBQUM7WUFDeEIsT0FBTyxHQUFHLENBQUMsUUFBUSxDQUFDLENBQUM7WUFDckIsQ0FBQyxDQUFDLE1BQU0sRUFBRSxDQUFDO1FBQ2IsQ0FBQzthQUFNLElBQUksRUFBRSxDQUFDLE1BQU0sS0FBSyxRQUFRLEVBQUUsQ0FBQztZQUNsQyxPQUFPLEdBQUcsQ0FBQyxRQUFRLENBQUMsQ0FBQztZQUNyQixDQUFDLENBQUMsTUFBTSxFQUFFLENBQUM7UUFDYixDQUFDO2FBQU0sSUFBSSxFQUFFLENBQUMsTUFBTSxLQUFLLFFBQVEsSUFBSSxDQUFDLEVBQUUsQ0FBQyxXQUFXLEtBQUssTUFBTSxJQUFJLEVBQUUsQ0FBQyxXQUFXLEtBQUssYUFBYSxDQUFDLEVBQUUsQ0FBQztZQUNyRyxPQUFPLEdBQUcsQ0FBQyxRQUFRLEVBQUUsUUFBUSxDQUFDLENBQUM7WUFDL0IsQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDO1FBQ2QsQ0FBQzthQUFNLElBQUksRUFBRSxDQUFDLE1BQU0sS0FBSyxRQUFRLElBQUksRUFBRSxDQUFDLE1BQU0sS0FBSyxTQUFTLEVBQUUsQ0FBQztZQUM3RCxPQUFPLEdBQUcsQ0FBQyxRQUFRLENBQUMsQ0FBQztZQUNyQixDQUFDLENBQUMsTUFBTSxFQUFFLENBQUM7UUFDYixDQUFDO2FBQU0sQ0FBQztZQUNOLHdFQUF3RTtZQUN4RSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUM7WUFDVCxTQUFTO1FBQ1gsQ0FBQztRQUNELENBQUMsQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDO1lBQ2IsT0FBTyxFQUFFLEVBQUUsQ0FBQyxpQkFBaUI7WUFDN0IsSUFBSSxFQUFFLEVBQUUsQ0FBQyxZQUFZLElBQUksU0FBUztZQUNsQyxPQUFPO1lBQ1AsR0FBRyxDQUFDLEVBQUUsQ0FBQyxXQUFXLElBQUksRUFBRSxDQUFDLE1BQU0sS0FBSyxRQUFRLENBQUMsQ0FBQyxDQUFDLEVBQUUsV0FBVyxFQUFFLEVBQUUsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1NBQzVELENBQUMsQ0FBQztJQUM5QixDQUFDO0lBQ0QsT0FBTyxDQUFDLENBQUM7QUFDWCxDQUFDO0FBRUQsTUFBTSxlQUFlLEdBQUcsSUFBSSxHQUFHLENBQUM7SUFDOUIsWUFBWSxFQUFFLHFCQUFxQixFQUFFLHNCQUFzQixFQUFFLDBCQUEwQixFQUFFLGdCQUFnQixFQUFFLHlCQUF5QjtJQUNwSSxvQkFBb0IsRUFBRSxpQkFBaUIsRUFBRSxlQUFlLEVBQUUsVUFBVSxFQUFFLGNBQWMsRUFBRSxpQkFBaUI7Q0FDeEcsQ0FBQyxDQUFDO0FBRUgsMEZBQTBGO0FBQzFGLFNBQVMsUUFBUSxDQUFDLElBQVksRUFBRSxDQUFNO0lBQ3BDLElBQUksQ0FBQyxZQUFZLG1CQUFtQjtRQUFFLE9BQU8sQ0FBQyxDQUFDO0lBQy9DLE1BQU0sSUFBSSxHQUFXLENBQUMsRUFBRSxJQUFJLElBQUksQ0FBQyxFQUFFLElBQUksSUFBSSxPQUFPLENBQUM7SUFDbkQsTUFBTSxNQUFNLEdBQXVCLENBQUMsRUFBRSxTQUFTLEVBQUUsY0FBYyxDQUFDO0lBQ2hFLE1BQU0sT0FBTyxHQUFHLHNFQUFzRSxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxHQUFHLE1BQU0sQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQztJQUNsSSxNQUFNLFdBQVcsR0FBRyxJQUFJLEtBQUssMEJBQTBCLElBQUksOENBQThDLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLEVBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQztJQUNuSSxNQUFNLFNBQVMsR0FBRyxDQUFDLFdBQVcsSUFBSSxDQUFDLGVBQWUsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxNQUFNLEtBQUssU0FBUyxJQUFJLE1BQU0sSUFBSSxHQUFHLENBQUMsSUFBSSxPQUFPLENBQUMsQ0FBQztJQUNwSCxNQUFNLEdBQUcsR0FBRyxXQUFXLENBQUMsQ0FBQyxDQUFDLDhIQUE4SCxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7SUFDOUosT0FBTyxJQUFJLG1CQUFtQixDQUFDLEdBQUcsSUFBSSxLQUFLLElBQUksS0FBSyxNQUFNLENBQUMsQ0FBQyxFQUFFLE9BQU8sSUFBSSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLEdBQUcsR0FBRyxFQUFFLEVBQUUsU0FBUyxDQUFDLENBQUM7QUFDdkksQ0FBQztBQUVELE1BQU0sS0FBSyxHQUFHLENBQUMsRUFBVSxFQUFFLEVBQUUsQ0FBQyxJQUFJLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsVUFBVSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDO0FBRXBFLDBGQUEwRjtBQUMxRixNQUFNLFVBQVUsR0FBRyx3REFBd0QsQ0FBQztBQUU1RSxpREFBaUQ7QUFDakQsTUFBYSxzQkFBc0I7SUFnQkc7SUFBbUQ7SUFBa0M7SUFmekg7OztPQUdHO0lBQ0ksTUFBTSxDQUFDLEtBQUssQ0FBQyxNQUFNLENBQUMsUUFBZ0M7UUFDekQsaUVBQWlFO1FBQ2pFLE1BQU0sR0FBRyxHQUFHLE9BQU8sQ0FBQyxnQ0FBZ0MsQ0FBZSxDQUFDO1FBQ3BFLGlFQUFpRTtRQUNqRSxNQUFNLEVBQUUsR0FBRyxPQUFPLENBQUMsb0JBQW9CLENBQWMsQ0FBQztRQUN0RCxPQUFPLElBQUksc0JBQXNCLENBQUMsUUFBUSxFQUFFLEdBQUcsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUN2RCxDQUFDO0lBRWdCLEVBQUUsQ0FBMkI7SUFDN0IsRUFBRSxDQUFjO0lBRWpDLFlBQW9DLFFBQWdDLEVBQW1CLEdBQWUsRUFBbUIsS0FBZ0I7UUFBckcsYUFBUSxHQUFSLFFBQVEsQ0FBd0I7UUFBbUIsUUFBRyxHQUFILEdBQUcsQ0FBWTtRQUFtQixVQUFLLEdBQUwsS0FBSyxDQUFXO1FBQ3ZJLE1BQU0sTUFBTSxHQUFHLFFBQVEsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ2xFLElBQUksQ0FBQyxFQUFFLEdBQUcsSUFBSSxHQUFHLENBQUMsb0JBQW9CLENBQUMsRUFBRSxHQUFHLE1BQU0sRUFBRSxXQUFXLEVBQUUsQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUN0RSxtRUFBbUU7UUFDbkUsSUFBSSxDQUFDLEVBQUUsR0FBRyxJQUFJLEtBQUssQ0FBQyxRQUFRLENBQUMsRUFBRSxHQUFHLE1BQU0sRUFBRSxjQUFjLEVBQUUsSUFBSSxFQUFFLFdBQVcsRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ3BGLENBQUM7SUFFTyxLQUFLLENBQUMsSUFBSSxDQUFJLElBQVksRUFBRSxFQUFvQjtRQUN0RCxJQUFJLENBQUM7WUFDSCxPQUFPLE1BQU0sRUFBRSxFQUFFLENBQUM7UUFDcEIsQ0FBQztRQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7WUFDWCxNQUFNLFFBQVEsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDMUIsQ0FBQztJQUNILENBQUM7SUFFRCwyREFBMkQ7SUFDcEQsS0FBSyxDQUFDLFdBQVcsQ0FBQyxTQUFpQjtRQUN4QyxJQUFJLENBQUM7WUFDSCxNQUFNLENBQUMsR0FBRyxNQUFNLElBQUksQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLElBQUksSUFBSSxDQUFDLEdBQUcsQ0FBQyxxQkFBcUIsQ0FBQyxFQUFFLFNBQVMsRUFBRSxTQUFTLEVBQUUsQ0FBQyxDQUFDLENBQUM7WUFDM0YsTUFBTSxFQUFFLEdBQUcsQ0FBQyxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ3pCLE9BQU8sRUFBRSxJQUFJLEVBQUUsQ0FBQyxXQUFXLEtBQUssaUJBQWlCLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO1FBQ3JFLENBQUM7UUFBQyxPQUFPLENBQU0sRUFBRSxDQUFDO1lBQ2hCLElBQUksZ0JBQWdCLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLEVBQUUsT0FBTyxDQUFDLENBQUM7Z0JBQUUsT0FBTyxTQUFTLENBQUM7WUFDaEUsTUFBTSxRQUFRLENBQUMsa0JBQWtCLFNBQVMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQ25ELENBQUM7SUFDSCxDQUFDO0lBRUQsbUdBQW1HO0lBQzNGLEtBQUssQ0FBQyxPQUFPLENBQUMsU0FBaUIsRUFBRSxRQUFnQjtRQUN2RCxTQUFTLENBQUM7WUFDUixNQUFNLEVBQUUsR0FBRyxNQUFNLElBQUksQ0FBQyxXQUFXLENBQUMsU0FBUyxDQUFDLENBQUM7WUFDN0MsTUFBTSxNQUFNLEdBQUcsRUFBRSxFQUFFLFdBQVcsSUFBSSxFQUFFLENBQUM7WUFDckMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxRQUFRLENBQUMsY0FBYyxDQUFDLElBQUksTUFBTSxLQUFLLG9CQUFvQjtnQkFBRSxPQUFPLEVBQUUsQ0FBQztZQUNuRixJQUFJLElBQUksQ0FBQyxHQUFHLEVBQUUsR0FBRyxRQUFRLEVBQUUsQ0FBQztnQkFDMUIsTUFBTSxJQUFJLG1CQUFtQixDQUFDLFNBQVMsU0FBUyxhQUFhLE1BQU0sVUFBVSxJQUFJLENBQUMsUUFBUSxDQUFDLGNBQWMseUJBQXlCLEVBQUUsSUFBSSxDQUFDLENBQUM7WUFDNUksQ0FBQztZQUNELE1BQU0sS0FBSyxDQUFDLElBQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUM7UUFDcEMsQ0FBQztJQUNILENBQUM7SUFFRDs7O09BR0c7SUFDSSxLQUFLLENBQUMsSUFBSSxDQUFDLFNBQWlCLEVBQUUsV0FBbUIsRUFBRSxPQUFlO1FBQ3ZFLE1BQU0sUUFBUSxHQUFHLElBQUksQ0FBQyxHQUFHLEVBQUUsR0FBRyxJQUFJLENBQUMsUUFBUSxDQUFDLGNBQWMsR0FBRyxJQUFJLENBQUM7UUFDbEUsTUFBTSxZQUFZLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxXQUFXLEVBQUUsR0FBRyxTQUFTLGdCQUFnQixDQUFDLENBQUM7UUFDMUUsTUFBTSxZQUFZLEdBQUcsRUFBRSxDQUFDLFlBQVksQ0FBQyxZQUFZLEVBQUUsTUFBTSxDQUFDLENBQUM7UUFDM0QsTUFBTSxRQUFRLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQyxZQUFZLENBQUMsQ0FBQztRQUMxQyxNQUFNLFVBQVUsR0FBRyxJQUFJLENBQUMsVUFBVSxDQUFDLFFBQVEsRUFBRSxTQUFTLENBQUMsQ0FBQztRQUN4RCxNQUFNLEtBQUssR0FBMkIsTUFBTSxDQUFDLFdBQVcsQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFNLFFBQVEsQ0FBQyxTQUFTLElBQUksRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDOUksTUFBTSxNQUFNLEdBQUcsSUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFPLENBQUM7UUFDckMsTUFBTSxHQUFHLEdBQUcsR0FBRyxJQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sR0FBRyxTQUFTLElBQUksSUFBQSxtQkFBVSxFQUFDLFFBQVEsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxZQUFZLENBQUMsQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQztRQUNsSCxNQUFNLElBQUksQ0FBQyxJQUFJLENBQUMsNkJBQTZCLFNBQVMsWUFBWSxNQUFNLElBQUksR0FBRyxFQUFFLEVBQUUsR0FBRyxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsSUFBSSxJQUFJLENBQUMsS0FBSyxDQUFDLGdCQUFnQixDQUFDO1lBQ3BJLE1BQU0sRUFBRSxNQUFNLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxJQUFJLEVBQUUsWUFBWSxFQUFFLFdBQVcsRUFBRSxrQkFBa0I7U0FDOUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNMLElBQUksRUFBRSxHQUFHLE1BQU0sSUFBSSxDQUFDLE9BQU8sQ0FBQyxTQUFTLEVBQUUsUUFBUSxDQUFDLENBQUM7UUFDakQsSUFBSSxFQUFFLEVBQUUsV0FBVyxLQUFLLG1CQUFtQixJQUFJLEVBQUUsRUFBRSxXQUFXLEtBQUssaUJBQWlCLElBQUksRUFBRSxFQUFFLFdBQVcsS0FBSyxvQkFBb0IsRUFBRSxDQUFDO1lBQ2pJLHlGQUF5RjtZQUN6RiwwRkFBMEY7WUFDMUYsa0ZBQWtGO1lBQ2xGLE1BQU0sSUFBSSxDQUFDLElBQUksQ0FBQyxlQUFlLFNBQVMsS0FBSyxFQUFFLENBQUMsV0FBVyxHQUFHLEVBQUUsR0FBRyxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLGtCQUFrQixDQUFDLEVBQUUsU0FBUyxFQUFFLFNBQVMsRUFBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLFFBQVEsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztZQUMvSyxNQUFNLElBQUksQ0FBQyxTQUFTLENBQUMsU0FBUyxFQUFFLFFBQVEsRUFBRSxRQUFRLENBQUMsQ0FBQztZQUNwRCxFQUFFLEdBQUcsU0FBUyxDQUFDO1FBQ2pCLENBQUM7UUFDRCxNQUFNLElBQUksR0FBd0IsRUFBRSxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQztRQUMzRCxJQUFJLEVBQUU7WUFBRSxNQUFNLElBQUksQ0FBQyxVQUFVLENBQUMsU0FBUyxDQUFDLENBQUM7UUFDekMsTUFBTSxJQUFJLEdBQUcsR0FBRyxpQkFBaUIsR0FBRyxPQUFPLENBQUMsT0FBTyxDQUFDLGdCQUFnQixFQUFFLEdBQUcsQ0FBQyxJQUFJLElBQUksQ0FBQyxHQUFHLEVBQUUsQ0FBQyxRQUFRLENBQUMsRUFBRSxDQUFDLEVBQUUsQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxDQUFDO1FBQ3RILE1BQU0sTUFBTSxHQUFHLE1BQU0sSUFBSSxDQUFDLEVBQUUsQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLENBQUM7UUFDN0MsTUFBTSxXQUFXLEdBQUcsY0FBYyxNQUFNLGlCQUFpQixNQUFNLENBQUMsVUFBVSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxNQUFNLElBQUksR0FBRyxFQUFFLENBQUM7UUFDbEgsSUFBSSxPQUF5QyxDQUFDO1FBQzlDLElBQUksQ0FBQztZQUNILE9BQU8sR0FBRyxNQUFNLElBQUksQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLElBQUksSUFBSSxDQUFDLEdBQUcsQ0FBQyxzQkFBc0IsQ0FBQztnQkFDL0QsU0FBUyxFQUFFLFNBQVM7Z0JBQ3BCLGFBQWEsRUFBRSxJQUFJO2dCQUNuQixhQUFhLEVBQUUsSUFBSTtnQkFDbkIsV0FBVyxFQUFFLFdBQVc7Z0JBQ3hCLFVBQVUsRUFBRSxVQUFVO2dCQUN0QixZQUFZLEVBQUUsQ0FBQyxnQkFBZ0IsRUFBRSxzQkFBc0IsRUFBRSx3QkFBd0IsQ0FBQztnQkFDbEYsT0FBTyxFQUFFLElBQUksQ0FBQyxRQUFRLENBQUMsT0FBTztnQkFDOUIsV0FBVyxFQUFFLDRCQUE0QixPQUFPLEVBQUUsQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQztnQkFDakUsSUFBSSxFQUFFLENBQUMsRUFBRSxHQUFHLEVBQUUsY0FBYyxFQUFFLEtBQUssRUFBRSxTQUFTLEVBQUUsQ0FBQzthQUNsRCxDQUFDLENBQUMsQ0FBQztRQUNOLENBQUM7UUFBQyxPQUFPLENBQU0sRUFBRSxDQUFDO1lBQ2hCLElBQUksVUFBVSxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxDQUFDO2dCQUFFLE9BQU8sRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxJQUFBLHdCQUFZLEdBQUUsRUFBRSxXQUFXLEVBQUUsR0FBRyxFQUFFLEtBQUssRUFBRSxDQUFDO1lBQ3RILE1BQU0sUUFBUSxDQUFDLG1CQUFtQixTQUFTLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUNwRCxDQUFDO1FBQ0QsTUFBTSxFQUFFLEdBQUcsT0FBTyxDQUFDLEVBQUcsQ0FBQztRQUN2QixNQUFNLFNBQVMsR0FBRyxNQUFNLElBQUksQ0FBQyxXQUFXLENBQUMsRUFBRSxFQUFFLFFBQVEsQ0FBQyxDQUFDO1FBQ3ZELElBQUksU0FBUyxDQUFDLE1BQU0sS0FBSyxRQUFRLEVBQUUsQ0FBQztZQUNsQyxJQUFJLFVBQVUsQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUM7Z0JBQ3RDLE1BQU0sSUFBSSxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUMsQ0FBQztnQkFDdkIsT0FBTyxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLElBQUEsd0JBQVksR0FBRSxFQUFFLFdBQVcsRUFBRSxHQUFHLEVBQUUsS0FBSyxFQUFFLENBQUM7WUFDL0UsQ0FBQztZQUNELE1BQU0sSUFBSSxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUMsQ0FBQztZQUN2QixNQUFNLElBQUksbUJBQW1CLENBQUMsaUJBQWlCLFNBQVMsWUFBWSxTQUFTLENBQUMsTUFBTSxFQUFFLEVBQUUsS0FBSyxDQUFDLENBQUM7UUFDakcsQ0FBQztRQUNELE1BQU0sSUFBSSxDQUFDLGFBQWEsQ0FBQyxTQUFTLEVBQUUsV0FBVyxFQUFFLE9BQU8sQ0FBQyxPQUFPLElBQUksRUFBRSxDQUFDLENBQUM7UUFDeEUsT0FBTyxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLE9BQU8sQ0FBQyxPQUFPLEVBQUUsV0FBVyxFQUFFLEVBQUUsRUFBRSxPQUFPLEVBQUUsa0JBQWtCLENBQUMsU0FBUyxDQUFDLE9BQU8sQ0FBQyxFQUFFLFdBQVcsRUFBRSxHQUFHLEVBQUUsS0FBSyxFQUFFLENBQUM7SUFDakosQ0FBQztJQUVELDRHQUE0RztJQUNwRyxVQUFVLENBQUMsUUFBYSxFQUFFLFNBQWlCO1FBQ2pELE1BQU0sR0FBRyxHQUFvQixFQUFFLENBQUM7UUFDaEMsS0FBSyxNQUFNLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxPQUFPLENBQU0sUUFBUSxDQUFDLFVBQVUsSUFBSSxFQUFFLENBQUMsRUFBRSxDQUFDO1lBQ3BFLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxRQUFRLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ3RDLElBQUksQ0FBQyxLQUFLLFNBQVMsRUFBRSxDQUFDO2dCQUFBLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxZQUFZLEVBQUUsQ0FBQyxFQUFFLGNBQWMsRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1lBQUEsQ0FBQztpQkFBTSxJQUFJLENBQUMsRUFBRSxPQUFPLEtBQUssU0FBUyxFQUFFLENBQUM7Z0JBQzNHLE1BQU0sSUFBSSxtQkFBbUIsQ0FBQyxtQkFBbUIsU0FBUyxrQkFBa0IsQ0FBQyxxRkFBcUYsQ0FBQyxXQUFXLEVBQUUsS0FBSyxDQUFDLENBQUM7WUFDekwsQ0FBQztRQUNILENBQUM7UUFDRCxPQUFPLEdBQUcsQ0FBQztJQUNiLENBQUM7SUFFRCx3R0FBd0c7SUFDaEcsS0FBSyxDQUFDLFVBQVUsQ0FBQyxTQUFpQjtRQUN4QyxJQUFJLEtBQXlCLENBQUM7UUFDOUIsTUFBTSxHQUFHLEdBQWEsRUFBRSxDQUFDO1FBQ3pCLEdBQUcsQ0FBQztZQUNGLE1BQU0sQ0FBQyxHQUFHLE1BQU0sSUFBSSxDQUFDLElBQUksQ0FBQyxrQkFBa0IsU0FBUyxFQUFFLEVBQUUsR0FBRyxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLHFCQUFxQixDQUFDLEVBQUUsU0FBUyxFQUFFLFNBQVMsRUFBRSxTQUFTLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDN0osS0FBSyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsU0FBUyxJQUFJLEVBQUUsRUFBRSxDQUFDO2dCQUNsQyx3RUFBd0U7Z0JBQ3hFLElBQUksQ0FBQyxDQUFDLGFBQWEsRUFBRSxVQUFVLENBQUMsaUJBQWlCLENBQUMsSUFBSSxDQUFDLENBQUMsV0FBVyxJQUFJLENBQUMsQ0FBQyxTQUFTLEtBQUssU0FBUyxJQUFJLENBQUMsQ0FBQyxlQUFlLEtBQUssV0FBVztvQkFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQztZQUNqSyxDQUFDO1lBQ0QsS0FBSyxHQUFHLENBQUMsQ0FBQyxTQUFTLENBQUM7UUFDdEIsQ0FBQyxRQUFRLEtBQUssRUFBRTtRQUNoQixLQUFLLE1BQU0sRUFBRSxJQUFJLEdBQUc7WUFBRSxNQUFNLElBQUksQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDL0MsQ0FBQztJQUVELHNFQUFzRTtJQUM5RCxLQUFLLENBQUMsV0FBVyxDQUFDLEVBQVUsRUFBRSxRQUFnQjtRQUNwRCxTQUFTLENBQUM7WUFDUixNQUFNLEtBQUssR0FBRyxNQUFNLElBQUksQ0FBQyxJQUFJLENBQUMsbUJBQW1CLEVBQUUsR0FBRyxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLHdCQUF3QixDQUFDLEVBQUUsYUFBYSxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ3JJLE1BQU0sTUFBTSxHQUFHLEtBQUssQ0FBQyxNQUFNLElBQUksRUFBRSxDQUFDO1lBQ2xDLElBQUksTUFBTSxLQUFLLFFBQVE7Z0JBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsS0FBSyxDQUFDLFlBQVksSUFBSSxFQUFFLEVBQUUsT0FBTyxFQUFFLEVBQUUsRUFBRSxDQUFDO1lBQzFGLElBQUksTUFBTSxLQUFLLGlCQUFpQixFQUFFLENBQUM7Z0JBQ2pDLE1BQU0sT0FBTyxHQUFHLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxPQUFPLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQztnQkFDM0MsSUFBSSxLQUFLLEdBQUcsS0FBSyxDQUFDLFNBQVMsQ0FBQztnQkFDNUIsT0FBTyxLQUFLLEVBQUUsQ0FBQztvQkFDYixNQUFNLElBQUksR0FBRyxNQUFNLElBQUksQ0FBQyxJQUFJLENBQUMsbUJBQW1CLEVBQUUsR0FBRyxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLHdCQUF3QixDQUFDLEVBQUUsYUFBYSxFQUFFLEVBQUUsRUFBRSxTQUFTLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUM7b0JBQ3RKLE9BQU8sQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxPQUFPLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQztvQkFDdEMsS0FBSyxHQUFHLElBQUksQ0FBQyxTQUFTLENBQUM7Z0JBQ3pCLENBQUM7Z0JBQ0QsT0FBTyxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsRUFBRSxFQUFFLE9BQU8sRUFBRSxDQUFDO1lBQ3pDLENBQUM7WUFDRCxJQUFJLElBQUksQ0FBQyxHQUFHLEVBQUUsR0FBRyxRQUFRO2dCQUFFLE1BQU0sSUFBSSxtQkFBbUIsQ0FBQyxjQUFjLEVBQUUsYUFBYSxNQUFNLFVBQVUsSUFBSSxDQUFDLFFBQVEsQ0FBQyxjQUFjLElBQUksRUFBRSxJQUFJLENBQUMsQ0FBQztZQUM5SSxNQUFNLEtBQUssQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxDQUFDO1FBQ3BDLENBQUM7SUFDSCxDQUFDO0lBRUQsK0RBQStEO0lBQ3hELEtBQUssQ0FBQyxPQUFPLENBQUMsV0FBbUI7UUFDdEMsSUFBSSxDQUFDO1lBQ0gsTUFBTSxJQUFJLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyxJQUFJLElBQUksQ0FBQyxHQUFHLENBQUMsc0JBQXNCLENBQUMsRUFBRSxhQUFhLEVBQUUsV0FBVyxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQzFGLENBQUM7UUFBQyxPQUFPLENBQU0sRUFBRSxDQUFDO1lBQ2hCLElBQUksQ0FBQywyQkFBMkIsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUMsRUFBRSxPQUFPLENBQUMsQ0FBQztnQkFBRSxNQUFNLFFBQVEsQ0FBQyxtQkFBbUIsV0FBVyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDakgsQ0FBQztJQUNILENBQUM7SUFFRDs7Ozs7T0FLRztJQUNLLEtBQUssQ0FBQyxhQUFhLENBQUMsU0FBaUIsRUFBRSxXQUFtQixFQUFFLFFBQWdCO1FBQ2xGLE1BQU0sWUFBWSxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsV0FBVyxFQUFFLEdBQUcsU0FBUyxjQUFjLENBQUMsQ0FBQztRQUN4RSxJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxZQUFZLENBQUM7WUFBRSxPQUFPO1FBQ3pDLE1BQU0sUUFBUSxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDLFlBQVksQ0FBQyxZQUFZLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQztRQUNuRSxNQUFNLE1BQU0sR0FBRyxNQUFNLENBQUMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxZQUFZLElBQUksRUFBRSxDQUFDLENBQUM7UUFDeEQsSUFBSSxNQUFNLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDbEIsTUFBTSxJQUFJLG1CQUFtQixDQUFDLGFBQWEsU0FBUyxRQUFRLE1BQU0sQ0FBQyxNQUFNLDhCQUE4QixNQUFNLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyw4Q0FBOEM7a0JBQ2xLLHNHQUFzRyxFQUFFLEtBQUssQ0FBQyxDQUFDO1FBQ3JILENBQUM7UUFDRCxNQUFNLENBQUMsRUFBRSxTQUFTLEVBQUUsQUFBRCxFQUFHLE1BQU0sRUFBRSxPQUFPLENBQUMsR0FBRyxRQUFRLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQzdELE1BQU0sR0FBRyxHQUFHLENBQUMsQ0FBUyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLHVCQUF1QixFQUFFLE9BQU8sQ0FBQyxDQUFDLE9BQU8sQ0FBQyxvQkFBb0IsRUFBRSxNQUFNLENBQUMsQ0FBQyxPQUFPLENBQUMsdUJBQXVCLEVBQUUsU0FBUyxDQUFDLENBQUM7UUFDekosS0FBSyxNQUFNLENBQUMsSUFBSSxFQUFFLEtBQUssQ0FBQyxJQUFJLE1BQU0sQ0FBQyxPQUFPLENBQU0sUUFBUSxDQUFDLEtBQUssSUFBSSxFQUFFLENBQUMsRUFBRSxDQUFDO1lBQ3RFLG1FQUFtRTtZQUNuRSxJQUFJLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxLQUFLLE1BQU0sSUFBSSxtQkFBbUIsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sQ0FBQyxJQUFJLElBQUksRUFBRSxDQUFDO2dCQUFFLFNBQVM7WUFDdEcsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxXQUFXLEVBQUUsS0FBSyxDQUFDLE1BQU0sRUFBRSxJQUFJLElBQUksRUFBRSxDQUFDLENBQUM7WUFDN0QsSUFBSSxDQUFDLEtBQUssQ0FBQyxNQUFNLEVBQUUsSUFBSSxJQUFJLEtBQUssQ0FBQyxNQUFNLENBQUMsVUFBVSxFQUFFLENBQUM7Z0JBQ25ELE1BQU0sSUFBSSxtQkFBbUIsQ0FBQyxTQUFTLElBQUksT0FBTyxTQUFTLDBGQUEwRixFQUFFLEtBQUssQ0FBQyxDQUFDO1lBQ2hLLENBQUM7WUFDRCxLQUFLLE1BQU0sQ0FBQyxJQUFJLE1BQU0sQ0FBQyxNQUFNLENBQU0sS0FBSyxDQUFDLFlBQVksSUFBSSxFQUFFLENBQUMsRUFBRSxDQUFDO2dCQUM3RCxNQUFNLE1BQU0sR0FBRyxHQUFHLENBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxDQUFDO2dCQUNqQyxNQUFNLEdBQUcsR0FBRyxHQUFHLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDO2dCQUM3QixNQUFNLE1BQU0sR0FBRyxNQUFNLElBQUksQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLElBQUksSUFBSSxDQUFDLEtBQUssQ0FBQyxpQkFBaUIsQ0FBQyxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsR0FBRyxFQUFFLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBTSxFQUFFLEVBQUU7b0JBQzVILElBQUksQ0FBQyxFQUFFLFNBQVMsRUFBRSxjQUFjLEtBQUssR0FBRyxJQUFJLENBQUMsRUFBRSxJQUFJLEtBQUssVUFBVTt3QkFBRSxPQUFPLEtBQUssQ0FBQztvQkFDakYsTUFBTSxRQUFRLENBQUMsbUJBQW1CLE1BQU0sSUFBSSxHQUFHLFdBQVcsS0FBSyxDQUFDLFdBQVcsSUFBSSxJQUFJLEdBQUcsRUFBRSxDQUFDLENBQUMsQ0FBQztnQkFDN0YsQ0FBQyxDQUFDLENBQUM7Z0JBQ0gsSUFBSSxNQUFNO29CQUFFLFNBQVM7Z0JBQ3JCLE1BQU0sSUFBSSxHQUFHLEtBQUssQ0FBQyxNQUFNLENBQUMsU0FBUyxLQUFLLEtBQUssSUFBSSxFQUFFLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQyxDQUFDLFdBQVcsRUFBRSxDQUFDLENBQUMsQ0FBQyxZQUFZLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxZQUFZLENBQUMsR0FBRyxDQUFDLENBQUM7Z0JBQzNILE1BQU0sSUFBSSxDQUFDLElBQUksQ0FBQyxvQkFBb0IsS0FBSyxDQUFDLFdBQVcsSUFBSSxJQUFJLFlBQVksTUFBTSxJQUFJLEdBQUcsRUFBRSxFQUFFLEdBQUcsRUFBRSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLElBQUksSUFBSSxDQUFDLEtBQUssQ0FBQyxnQkFBZ0IsQ0FBQztvQkFDM0ksTUFBTSxFQUFFLE1BQU0sRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLElBQUksRUFBRSxJQUFJO2lCQUNyQyxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ1AsQ0FBQztRQUNILENBQUM7SUFDSCxDQUFDO0lBRUQscUVBQXFFO0lBQzlELEtBQUssQ0FBQyxjQUFjLENBQUMsU0FBaUIsRUFBRSxZQUErQixFQUFFLEtBQTZCO1FBQzNHLE1BQU0sSUFBSSxHQUFHLFdBQVcsQ0FBQyxZQUFZLEVBQUUsS0FBSyxDQUFDLENBQUM7UUFDOUMsTUFBTSxJQUFJLENBQUMsSUFBSSxDQUFDLGtCQUFrQixTQUFTLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyxJQUFJLElBQUksQ0FBQyxHQUFHLENBQUMscUJBQXFCLENBQUMsRUFBRSxTQUFTLEVBQUUsU0FBUyxFQUFFLGVBQWUsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUMxSixDQUFDO0lBRUQ7Ozs7T0FJRztJQUNJLEtBQUssQ0FBQyxLQUFLLENBQUMsSUFBYSxFQUFFLFlBQStCO1FBQy9ELE1BQU0sUUFBUSxHQUFHLElBQUksQ0FBQyxHQUFHLEVBQUUsR0FBRyxJQUFJLENBQUMsUUFBUSxDQUFDLGNBQWMsR0FBRyxJQUFJLENBQUM7UUFDbEUsSUFBSSxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUM7WUFDckIsSUFBSSxJQUFJLENBQUMsSUFBSSxLQUFLLFFBQVE7Z0JBQUUsTUFBTSxJQUFJLENBQUMsY0FBYyxDQUFDLElBQUksQ0FBQyxTQUFTLEVBQUUsWUFBWSxFQUFFLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQztZQUNoRyxNQUFNLElBQUksQ0FBQyxJQUFJLENBQUMsb0JBQW9CLElBQUksQ0FBQyxTQUFTLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyxJQUFJLElBQUksQ0FBQyxHQUFHLENBQUMsdUJBQXVCLENBQUMsRUFBRSxhQUFhLEVBQUUsSUFBSSxDQUFDLFdBQVcsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ3JKLE1BQU0sSUFBSSxDQUFDLFNBQVMsQ0FBQyxJQUFJLENBQUMsT0FBTyxJQUFJLElBQUksQ0FBQyxTQUFTLEVBQUUsUUFBUSxFQUFFLElBQUksQ0FBQyxJQUFJLEtBQUssUUFBUSxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxDQUFDO1lBQzdHLElBQUksSUFBSSxDQUFDLElBQUksS0FBSyxRQUFRO2dCQUFFLE1BQU0sSUFBSSxDQUFDLGNBQWMsQ0FBQyxJQUFJLENBQUMsU0FBUyxFQUFFLFlBQVksRUFBRSxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUM7UUFDbEcsQ0FBQzthQUFNLENBQUM7WUFDTix1REFBdUQ7WUFDdkQsSUFBSSxNQUFNLElBQUksQ0FBQyxXQUFXLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQztnQkFBRSxNQUFNLElBQUksQ0FBQyxjQUFjLENBQUMsSUFBSSxDQUFDLFNBQVMsRUFBRSxZQUFZLEVBQUUsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDO1FBQ2xILENBQUM7UUFDRCxPQUFPLElBQUksQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxDQUFDO0lBQ3RDLENBQUM7SUFFRCxvREFBb0Q7SUFDN0MsS0FBSyxDQUFDLFdBQVcsQ0FBQyxTQUFpQjtRQUN4QyxNQUFNLFFBQVEsR0FBRyxJQUFJLENBQUMsR0FBRyxFQUFFLEdBQUcsSUFBSSxDQUFDLFFBQVEsQ0FBQyxjQUFjLEdBQUcsSUFBSSxDQUFDO1FBQ2xFLElBQUksQ0FBQyxNQUFNLElBQUksQ0FBQyxPQUFPLENBQUMsU0FBUyxFQUFFLFFBQVEsQ0FBQztZQUFFLE9BQU87UUFDckQsTUFBTSxJQUFJLENBQUMsSUFBSSxDQUFDLGVBQWUsU0FBUyxFQUFFLEVBQUUsR0FBRyxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLGtCQUFrQixDQUFDLEVBQUUsU0FBUyxFQUFFLFNBQVMsRUFBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLFFBQVEsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUMzSixNQUFNLElBQUksQ0FBQyxTQUFTLENBQUMsU0FBUyxFQUFFLFFBQVEsRUFBRSxRQUFRLENBQUMsQ0FBQztJQUN0RCxDQUFDO0lBRUQsd0ZBQXdGO0lBQ2pGLEtBQUssQ0FBQyxPQUFPLENBQUMsU0FBaUI7UUFDcEMsTUFBTSxFQUFFLEdBQUcsTUFBTSxJQUFJLENBQUMsV0FBVyxDQUFDLFNBQVMsQ0FBQyxDQUFDO1FBQzdDLE9BQU8sTUFBTSxDQUFDLFdBQVcsQ0FBQyxDQUFDLEVBQUUsRUFBRSxPQUFPLElBQUksRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFVLEVBQUUsQ0FBQyxDQUFDLFdBQVcsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDNUgsQ0FBQztJQUVELDhHQUE4RztJQUN0RyxLQUFLLENBQUMsU0FBUyxDQUFDLFNBQWlCLEVBQUUsUUFBZ0IsRUFBRSxFQUFrQztRQUM3RixTQUFTLENBQUM7WUFDUixNQUFNLEVBQUUsR0FBRyxNQUFNLElBQUksQ0FBQyxXQUFXLENBQUMsU0FBUyxDQUFDLENBQUM7WUFDN0MsTUFBTSxNQUFNLEdBQUcsRUFBRSxFQUFFLFdBQVcsSUFBSSxpQkFBaUIsQ0FBQztZQUNwRCxJQUFJLEVBQUUsS0FBSyxRQUFRLElBQUksTUFBTSxLQUFLLGlCQUFpQjtnQkFBRSxPQUFPO1lBQzVELElBQUksQ0FBQyxFQUFFLEtBQUssUUFBUSxJQUFJLE1BQU0sS0FBSyxpQkFBaUIsQ0FBQyxJQUFJLENBQUMsRUFBRSxLQUFLLFFBQVEsSUFBSSxNQUFNLEtBQUssaUJBQWlCLENBQUM7Z0JBQUUsT0FBTztZQUNuSCxJQUFJLENBQUMsTUFBTSxDQUFDLFFBQVEsQ0FBQyxjQUFjLENBQUMsRUFBRSxDQUFDO2dCQUNyQyxNQUFNLEdBQUcsR0FBRyxNQUFNLElBQUksQ0FBQyxhQUFhLENBQUMsU0FBUyxFQUFFLEVBQUUsRUFBRSxPQUFPLENBQUMsQ0FBQztnQkFDN0QsTUFBTSxJQUFJLG1CQUFtQixDQUFDLEdBQUcsRUFBRSxhQUFhLFNBQVMsVUFBVSxNQUFNLEdBQUcsRUFBRSxFQUFFLGlCQUFpQixDQUFDLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxpQkFBaUIsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEdBQUcsR0FBRyxDQUFDLENBQUMsQ0FBQyxLQUFLLEdBQUcsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsRUFBRSxLQUFLLENBQUMsQ0FBQztZQUMxSyxDQUFDO1lBQ0QsSUFBSSxJQUFJLENBQUMsR0FBRyxFQUFFLEdBQUcsUUFBUTtnQkFBRSxNQUFNLElBQUksbUJBQW1CLENBQUMsR0FBRyxFQUFFLGFBQWEsU0FBUyxhQUFhLE1BQU0sVUFBVSxJQUFJLENBQUMsUUFBUSxDQUFDLGNBQWMsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDO1lBQ3pKLE1BQU0sS0FBSyxDQUFDLElBQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUM7UUFDcEMsQ0FBQztJQUNILENBQUM7SUFFRCxxRUFBcUU7SUFDN0QsS0FBSyxDQUFDLGFBQWEsQ0FBQyxTQUFpQixFQUFFLE9BQWdCO1FBQzdELElBQUksQ0FBQztZQUNILE1BQU0sQ0FBQyxHQUFHLE1BQU0sSUFBSSxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLDBCQUEwQixDQUFDLEVBQUUsU0FBUyxFQUFFLE9BQU8sSUFBSSxTQUFTLEVBQUUsQ0FBQyxDQUFDLENBQUM7WUFDM0csT0FBTyxDQUFDLENBQUMsQ0FBQyxXQUFXLElBQUksRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxjQUFjLElBQUksRUFBRSxDQUFDLElBQUksQ0FBQyxDQUFDLG9CQUFvQixDQUFDO2lCQUN6RyxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsaUJBQWlCLElBQUksQ0FBQyxDQUFDLGNBQWMsS0FBSyxDQUFDLENBQUMsb0JBQW9CLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUNoSCxDQUFDO1FBQUMsTUFBTSxDQUFDO1lBQ1AsT0FBTyxFQUFFLENBQUM7UUFDWixDQUFDO0lBQ0gsQ0FBQztDQUNGO0FBdlJELHdEQXVSQztBQUdEOzs7R0FHRztBQUNILFNBQWdCLFlBQVksQ0FBQyxHQUFXO0lBQ3RDLE1BQU0sS0FBSyxHQUFhLEVBQUUsQ0FBQztJQUMzQixNQUFNLElBQUksR0FBRyxDQUFDLEdBQVcsRUFBRSxFQUFFO1FBQzNCLEtBQUssTUFBTSxJQUFJLElBQUksRUFBRSxDQUFDLFdBQVcsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLENBQUM7WUFDOUQsTUFBTSxDQUFDLEdBQUcsR0FBRyxDQUFDLENBQUMsQ0FBQyxHQUFHLEdBQUcsSUFBSSxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDO1lBQ3hDLE1BQU0sRUFBRSxHQUFHLEVBQUUsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztZQUMxQyxJQUFJLEVBQUUsQ0FBQyxXQUFXLEVBQUU7Z0JBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDOztnQkFDekIsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNyQixDQUFDO0lBQ0gsQ0FBQyxDQUFDO0lBQ0YsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ1QsTUFBTSxNQUFNLEdBQWEsRUFBRSxDQUFDO0lBQzVCLE1BQU0sUUFBUSxHQUFhLEVBQUUsQ0FBQztJQUM5QixJQUFJLE1BQU0sR0FBRyxDQUFDLENBQUM7SUFDZixNQUFNLFFBQVEsR0FBRyxDQUFDLENBQUMsQ0FBQyxXQUFXO0lBQy9CLE1BQU0sUUFBUSxHQUFHLElBQUksQ0FBQyxDQUFDLHFEQUFxRDtJQUM1RSxLQUFLLE1BQU0sQ0FBQyxJQUFJLEtBQUssRUFBRSxDQUFDO1FBQ3RCLE1BQU0sSUFBSSxHQUFHLEVBQUUsQ0FBQyxZQUFZLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNoRCxNQUFNLE1BQU0sR0FBRyxJQUFJLENBQUMsY0FBYyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ3pDLE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDN0IsTUFBTSxJQUFJLEdBQUcsTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLEVBQUUsTUFBTSxDQUFDLENBQUM7UUFDcEMsTUFBTSxLQUFLLEdBQUcsTUFBTSxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUMvQixLQUFLLENBQUMsYUFBYSxDQUFDLFVBQVUsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUNuQyxLQUFLLENBQUMsYUFBYSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUMzQixLQUFLLENBQUMsYUFBYSxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLGNBQWM7UUFDOUMsS0FBSyxDQUFDLGFBQWEsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxVQUFVO1FBQ3JDLEtBQUssQ0FBQyxhQUFhLENBQUMsUUFBUSxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQ2xDLEtBQUssQ0FBQyxhQUFhLENBQUMsUUFBUSxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQ2xDLEtBQUssQ0FBQyxhQUFhLENBQUMsR0FBRyxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQzdCLEtBQUssQ0FBQyxhQUFhLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxFQUFFLENBQUMsQ0FBQztRQUN2QyxLQUFLLENBQUMsYUFBYSxDQUFDLElBQUksQ0FBQyxNQUFNLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDckMsS0FBSyxDQUFDLGFBQWEsQ0FBQyxJQUFJLENBQUMsTUFBTSxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQ3JDLEtBQUssQ0FBQyxhQUFhLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQzNCLE1BQU0sT0FBTyxHQUFHLE1BQU0sQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDakMsT0FBTyxDQUFDLGFBQWEsQ0FBQyxVQUFVLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDckMsT0FBTyxDQUFDLGFBQWEsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxvQkFBb0I7UUFDdEQsT0FBTyxDQUFDLGFBQWEsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDN0IsT0FBTyxDQUFDLGFBQWEsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDakMsT0FBTyxDQUFDLGFBQWEsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDN0IsT0FBTyxDQUFDLGFBQWEsQ0FBQyxRQUFRLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDcEMsT0FBTyxDQUFDLGFBQWEsQ0FBQyxRQUFRLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDcEMsT0FBTyxDQUFDLGFBQWEsQ0FBQyxHQUFHLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDL0IsT0FBTyxDQUFDLGFBQWEsQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQ3pDLE9BQU8sQ0FBQyxhQUFhLENBQUMsSUFBSSxDQUFDLE1BQU0sRUFBRSxFQUFFLENBQUMsQ0FBQztRQUN2QyxPQUFPLENBQUMsYUFBYSxDQUFDLElBQUksQ0FBQyxNQUFNLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDdkMsT0FBTyxDQUFDLGFBQWEsQ0FBQyxRQUFRLEdBQUcsT0FBTyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsMERBQTBEO1FBQ3pHLE9BQU8sQ0FBQyxhQUFhLENBQUMsTUFBTSxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQ2xDLE1BQU0sQ0FBQyxJQUFJLENBQUMsS0FBSyxFQUFFLElBQUksRUFBRSxNQUFNLENBQUMsQ0FBQztRQUNqQyxRQUFRLENBQUMsSUFBSSxDQUFDLE9BQU8sRUFBRSxJQUFJLENBQUMsQ0FBQztRQUM3QixNQUFNLElBQUksS0FBSyxDQUFDLE1BQU0sR0FBRyxJQUFJLENBQUMsTUFBTSxHQUFHLE1BQU0sQ0FBQyxNQUFNLENBQUM7SUFDdkQsQ0FBQztJQUNELE1BQU0sRUFBRSxHQUFHLE1BQU0sQ0FBQyxNQUFNLENBQUMsUUFBUSxDQUFDLENBQUM7SUFDbkMsTUFBTSxHQUFHLEdBQUcsTUFBTSxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUM3QixHQUFHLENBQUMsYUFBYSxDQUFDLFVBQVUsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUNqQyxHQUFHLENBQUMsYUFBYSxDQUFDLEtBQUssQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDbkMsR0FBRyxDQUFDLGFBQWEsQ0FBQyxLQUFLLENBQUMsTUFBTSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ3BDLEdBQUcsQ0FBQyxhQUFhLENBQUMsRUFBRSxDQUFDLE1BQU0sRUFBRSxFQUFFLENBQUMsQ0FBQztJQUNqQyxHQUFHLENBQUMsYUFBYSxDQUFDLE1BQU0sRUFBRSxFQUFFLENBQUMsQ0FBQztJQUM5QixPQUFPLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQyxHQUFHLE1BQU0sRUFBRSxFQUFFLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUM3QyxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgY3JlYXRlSGFzaCB9IGZyb20gJ2NyeXB0byc7XG5pbXBvcnQgKiBhcyBmcyBmcm9tICdmcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ3BhdGgnO1xuaW1wb3J0ICogYXMgemxpYiBmcm9tICd6bGliJztcbmltcG9ydCB0eXBlICogYXMgQ0ZOIGZyb20gJ0Bhd3Mtc2RrL2NsaWVudC1jbG91ZGZvcm1hdGlvbic7XG5pbXBvcnQgdHlwZSAqIGFzIFMzIGZyb20gJ0Bhd3Mtc2RrL2NsaWVudC1zMyc7XG5pbXBvcnQgeyBEQVRBX1ZPTFVNRV9UWVBFUywgZW1wdHlTdW1tYXJ5LCBQbGFubmVkUmVzb3VyY2VDaGFuZ2UsIFBsYW5TdW1tYXJ5LCBUZXJyYWZvcm1FcnJvciB9IGZyb20gJy4vdGVycmFmb3JtJztcblxuLyoqXG4gKiBDbG91ZEZvcm1hdGlvbiBmb3IgdGhlIHBlcm1pdCB3b3JrZXIncyBgLS1iYWNrZW5kIGF3c2AgcGxhbiBhbmQgYXBwbHkgbW9kZXM6IHRoZSBzeW50aGVzaXplZFxuICogY2xvdWQgYXNzZW1ibHkncyB0ZW1wbGF0ZSB1cGxvYWRlZCB0byB0aGUgY29uZmlndXJlZCBidWNrZXQsIGl0cyBmaWxlIGFzc2V0cyBwdWJsaXNoZWQgdG8gdGhlaXJcbiAqIGRlc3RpbmF0aW9ucywgYSBjaGFuZ2Ugc2V0IChDUkVBVEUgb3IgVVBEQVRFKSByZWFkIGludG8gdGhlIHdvcmtlcidzIHBsYW4gc3VtbWFyeSwgdGhlIGRhdGEtbG9zc1xuICogY2hlY2sgb24gdGhlIGNoYW5nZSBzZXQgaXRzZWxmLCBhIHN0YWNrIHBvbGljeSB0aGF0IG1ha2VzIENsb3VkRm9ybWF0aW9uIHJlZnVzZSB0aGUgc2FtZVxuICogY2hhbmdlcywgdGhlbiBFeGVjdXRlQ2hhbmdlU2V0IGFuZCB0aGUgc3RhY2sgb3V0cHV0cy4gREVMRVRFRCBkZXBsb3lzIHRoZSBERUxFVEVEIHRlbXBsYXRlICh0aGVcbiAqIGJ1Y2tldHMgc3dpdGNoIHRvIERlbGV0ZSksIGxpZnRzIHRoZSBzdGFjayBwb2xpY3kgYW5kIGRlbGV0ZXMgdGhlIHN0YWNrLlxuICpcbiAqIFRoZSBBV1MgU0RLIGlzIGxvYWRlZCBvbiBmaXJzdCB1c2Ugb25seSAoQ2xvdWRGb3JtYXRpb25EZXBsb3llci5jcmVhdGUpOiB0aGUgb3RoZXIgYmFja2VuZHMgYW5kIHRoZSBDTEkgZG8gbm90XG4gKiBwYXkgZm9yIGl0LiBDcmVkZW50aWFscyBhbmQgZW5kcG9pbnQgY29tZSBmcm9tIHRoZSBTREsncyBzdGFuZGFyZCBjaGFpbiAoZW52aXJvbm1lbnQsIHByb2ZpbGUsXG4gKiBpbnN0YW5jZSBvciB0YXNrIHJvbGU7IEFXU19FTkRQT0lOVF9VUkwpLlxuICovXG5cbi8qKiBIb3cgdGhlIHdvcmtlciBkZXBsb3lzIHdpdGggQ2xvdWRGb3JtYXRpb24gKGNvbmZpZyBmaWxlIGBjbG91ZGZvcm1hdGlvbjpgOyBlbnYgUldTX0NGTl8qKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ2xvdWRGb3JtYXRpb25TZXR0aW5ncyB7XG4gIC8qKiBUaGUgYnVja2V0IHRoZSB0ZW1wbGF0ZXMgYXJlIHVwbG9hZGVkIHRvIChUZW1wbGF0ZVVSTCk6IGUuZy4gdGhlIENESyBib290c3RyYXAgYXNzZXRzIGJ1Y2tldC4gKi9cbiAgcmVhZG9ubHkgYnVja2V0Pzogc3RyaW5nO1xuICAvKiogS2V5IHByZWZpeCBvZiB0aGUgdXBsb2FkZWQgdGVtcGxhdGVzLiAqL1xuICByZWFkb25seSBwcmVmaXg6IHN0cmluZztcbiAgLyoqIFRoZSByZWdpb24gKGVsc2UgdGhlIFNESydzOiBBV1NfUkVHSU9OLCB0aGUgcHJvZmlsZSkuICovXG4gIHJlYWRvbmx5IHJlZ2lvbj86IHN0cmluZztcbiAgLyoqIENsb3VkRm9ybWF0aW9uIHNlcnZpY2Ugcm9sZSAoUm9sZUFSTiBvZiB0aGUgY2hhbmdlIHNldHMgYW5kIHRoZSBzdGFjayBkZWxldGlvbikuICovXG4gIHJlYWRvbmx5IHJvbGVBcm4/OiBzdHJpbmc7XG4gIC8qKiBWYWx1ZXMgb2YgdGVtcGxhdGUgcGFyYW1ldGVycyB3aXRob3V0IGEgZGVmYXVsdC4gUGFyYW1ldGVycyB3aXRoIGEgZGVmYXVsdCBrZWVwIGl0LiAqL1xuICByZWFkb25seSBwYXJhbWV0ZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICAvKiogU2Vjb25kcyB0byB3YWl0IGZvciBhIGNoYW5nZSBzZXQsIGEgc3RhY2sgb3BlcmF0aW9uIG9yIGEgc3RhY2sgYW5vdGhlciB3b3JrZXIgbGVmdCBpbiBwcm9ncmVzcy4gKi9cbiAgcmVhZG9ubHkgdGltZW91dFNlY29uZHM6IG51bWJlcjtcbiAgLyoqIE1pbGxpc2Vjb25kcyBiZXR3ZWVuIHR3byBwb2xscy4gKi9cbiAgcmVhZG9ubHkgcG9sbE1zOiBudW1iZXI7XG59XG5cbi8qKiBBIENsb3VkRm9ybWF0aW9uIGNhbGwgb3Igc3RhY2sgb3BlcmF0aW9uIHRoYXQgZmFpbGVkOiBgdHJhbnNpZW50YCB3aGVuIHdvcnRoIHJldHJ5aW5nLiAqL1xuZXhwb3J0IGNsYXNzIENsb3VkRm9ybWF0aW9uRXJyb3IgZXh0ZW5kcyBUZXJyYWZvcm1FcnJvciB7XG4gIGNvbnN0cnVjdG9yKG1lc3NhZ2U6IHN0cmluZywgdHJhbnNpZW50OiBib29sZWFuKSB7XG4gICAgc3VwZXIobWVzc2FnZSwgdHJhbnNpZW50KTtcbiAgICB0aGlzLm5hbWUgPSAnQ2xvdWRGb3JtYXRpb25FcnJvcic7XG4gIH1cbn1cblxuLyoqIFRoZSBjaGFuZ2Ugc2V0cyB0aGUgd29ya2VyIG1ha2VzIGFyZSBuYW1lZCBgcndzLS4uLmAuICovXG5jb25zdCBDSEFOR0VfU0VUX1BSRUZJWCA9ICdyd3MtJztcblxuLyoqIFdoYXQgYHBsYW5gIG1hZGU6IGEgY2hhbmdlIHNldCB0byBleGVjdXRlIG9yIGRpc2NhcmQsIG9yIG5vdGhpbmcgdG8gZG8uICovXG5leHBvcnQgaW50ZXJmYWNlIENmblBsYW4ge1xuICByZWFkb25seSBzdGFja05hbWU6IHN0cmluZztcbiAgLyoqIENSRUFURSBmb3IgYSBzdGFjayB0aGF0IGRvZXMgbm90IGV4aXN0IChhIHN0YWNrIGluIHJldmlldyBvciByb2xsZWQgYmFjayBpcyBkZWxldGVkIGZpcnN0KSwgVVBEQVRFIG90aGVyd2lzZS4gKi9cbiAgcmVhZG9ubHkgdHlwZTogJ0NSRUFURScgfCAnVVBEQVRFJztcbiAgLyoqIFRoZSBzdGFjaydzIEFSTiAodW5kZWZpbmVkOiBubyBjaGFuZ2Ugc2V0KS4gKi9cbiAgcmVhZG9ubHkgc3RhY2tJZD86IHN0cmluZztcbiAgLyoqIFRoZSBjaGFuZ2Ugc2V0J3MgQVJOOyB1bmRlZmluZWQgd2hlbiBDbG91ZEZvcm1hdGlvbiBmb3VuZCBubyBjaGFuZ2VzLiAqL1xuICByZWFkb25seSBjaGFuZ2VTZXRJZD86IHN0cmluZztcbiAgcmVhZG9ubHkgc3VtbWFyeTogUGxhblN1bW1hcnk7XG4gIC8qKiBUaGUgdGVtcGxhdGUncyBrZXkgaW4gdGhlIGJ1Y2tldC4gKi9cbiAgcmVhZG9ubHkgdGVtcGxhdGVLZXk6IHN0cmluZztcbiAgLyoqIFRoZSByZXNvdXJjZSB0eXBlIG9mIGVhY2ggbG9naWNhbCBpZCBvZiB0aGUgdGVtcGxhdGUgKGZvciB0aGUgc3RhY2sgcG9saWN5KS4gKi9cbiAgcmVhZG9ubHkgdHlwZXM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG59XG5cbi8qKlxuICogVGhlIHN0YWNrIHBvbGljeTogdXBkYXRlcyBhbGxvd2VkLCBleGNlcHQgcmVwbGFjaW5nIGEgcHJvdGVjdGVkIHJlc291cmNlIChgVXBkYXRlOlJlcGxhY2VgKSBhbmRcbiAqIHJlbW92aW5nIG9uZSB0aGF0IGhvbGRzIGRhdGEgKGBVcGRhdGU6RGVsZXRlYCBvZiBhIGJ1Y2tldCwga2V5LCBmaWxlIHN5c3RlbSBvciB2b2x1bWUpLiBBXG4gKiBwcm90ZWN0ZWQgcmVzb3VyY2Ugb2YgYW5vdGhlciB0eXBlIChhIGxvZyBncm91cCB3aXRoIERlbGV0aW9uUG9saWN5IFJldGFpbiwgZS5nLiB0aGUgU0ZUUFxuICogYWlybG9jaydzIGxvZ3Mgd2hlbiB0aGUgYWlybG9jayBnb2VzKSBtYXkgbGVhdmUgdGhlIHRlbXBsYXRlOiBDbG91ZEZvcm1hdGlvbiBrZWVwcyBpdC5cbiAqIGB0eXBlc2AgZ2l2ZXMgZWFjaCBwcm90ZWN0ZWQgaWQncyByZXNvdXJjZSB0eXBlIChmcm9tIHRoZSB0ZW1wbGF0ZSkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGFja1BvbGljeShwcm90ZWN0ZWRJZHM6IHJlYWRvbmx5IHN0cmluZ1tdLCB0eXBlczogUmVjb3JkPHN0cmluZywgc3RyaW5nPik6IHN0cmluZyB7XG4gIGNvbnN0IHN0YXRlbWVudHM6IGFueVtdID0gW3sgRWZmZWN0OiAnQWxsb3cnLCBBY3Rpb246ICdVcGRhdGU6KicsIFByaW5jaXBhbDogJyonLCBSZXNvdXJjZTogJyonIH1dO1xuICBjb25zdCBpZHMgPSBbLi4ubmV3IFNldChwcm90ZWN0ZWRJZHMpXS5zb3J0KCk7XG4gIGNvbnN0IGRhdGEgPSBpZHMuZmlsdGVyKChpZCkgPT4gREFUQV9WT0xVTUVfVFlQRVMuaW5jbHVkZXModHlwZXNbaWRdKSk7XG4gIGNvbnN0IG90aGVyID0gaWRzLmZpbHRlcigoaWQpID0+ICFEQVRBX1ZPTFVNRV9UWVBFUy5pbmNsdWRlcyh0eXBlc1tpZF0pKTtcbiAgaWYgKGRhdGEubGVuZ3RoKSBzdGF0ZW1lbnRzLnB1c2goeyBFZmZlY3Q6ICdEZW55JywgQWN0aW9uOiBbJ1VwZGF0ZTpSZXBsYWNlJywgJ1VwZGF0ZTpEZWxldGUnXSwgUHJpbmNpcGFsOiAnKicsIFJlc291cmNlOiBkYXRhLm1hcCgoaWQpID0+IGBMb2dpY2FsUmVzb3VyY2VJZC8ke2lkfWApIH0pO1xuICBpZiAob3RoZXIubGVuZ3RoKSBzdGF0ZW1lbnRzLnB1c2goeyBFZmZlY3Q6ICdEZW55JywgQWN0aW9uOiBbJ1VwZGF0ZTpSZXBsYWNlJ10sIFByaW5jaXBhbDogJyonLCBSZXNvdXJjZTogb3RoZXIubWFwKChpZCkgPT4gYExvZ2ljYWxSZXNvdXJjZUlkLyR7aWR9YCkgfSk7XG4gIHJldHVybiBKU09OLnN0cmluZ2lmeSh7IFN0YXRlbWVudDogc3RhdGVtZW50cyB9KTtcbn1cblxuLyoqXG4gKiBUaGUgZGF0YS1sb3NzIHJ1bGUgb24gYSBjaGFuZ2Ugc2V0LCBiZWZvcmUgcGVybWl0LmRlbGV0ZWQ6IGEgcmVwbGFjZW1lbnQgKFJlcGxhY2VtZW50IFRydWUgb3JcbiAqIENvbmRpdGlvbmFsKSBvZiBhIHByb3RlY3RlZCByZXNvdXJjZSBvciBvZiBhIGRhdGEgdHlwZSwgYW5kIGEgcmVtb3ZhbCBvZiBhIGRhdGEgdHlwZSAoYSBidWNrZXQsXG4gKiBrZXksIGZpbGUgc3lzdGVtIG9yIHZvbHVtZTogcmVtb3ZlZCwgaXQgaXMgZGVsZXRlZCwgb3Iga2VwdCBvdXRzaWRlIHRoZSBwZXJtaXQgd2hlcmVcbiAqIHBlcm1pdC5kZWxldGVkIG5vIGxvbmdlciBkZWxldGVzIGl0KS4gQSBwcm90ZWN0ZWQgcmVzb3VyY2Ugb2YgYW5vdGhlciB0eXBlIG1heSBiZSByZW1vdmVkOiBpdHNcbiAqIERlbGV0aW9uUG9saWN5IFJldGFpbiBrZWVwcyBpdCAodGhlIGxpZmVjeWNsZSByZW1vdmVzIHRoZSBTRlRQIGFpcmxvY2sncyBsb2cgZ3JvdXAgc28pLlxuICovXG5leHBvcnQgZnVuY3Rpb24gY2hhbmdlU2V0RGF0YUxvc3Moc3VtbWFyeTogUGxhblN1bW1hcnksIHByb3RlY3RlZElkczogcmVhZG9ubHkgc3RyaW5nW10sIGRlbGV0aW5nOiBib29sZWFuKTogUGxhbm5lZFJlc291cmNlQ2hhbmdlW10ge1xuICBpZiAoZGVsZXRpbmcpIHJldHVybiBbXTtcbiAgY29uc3QgcHJvdCA9IG5ldyBTZXQocHJvdGVjdGVkSWRzKTtcbiAgcmV0dXJuIHN1bW1hcnkuY2hhbmdlcy5maWx0ZXIoKGMpID0+IHtcbiAgICBjb25zdCBkYXRhID0gREFUQV9WT0xVTUVfVFlQRVMuaW5jbHVkZXMoYy50eXBlKTtcbiAgICBjb25zdCByZXBsYWNlID0gYy5hY3Rpb25zLmluY2x1ZGVzKCdkZWxldGUnKSAmJiBjLmFjdGlvbnMuaW5jbHVkZXMoJ2NyZWF0ZScpO1xuICAgIGNvbnN0IHJlbW92ZSA9IGMuYWN0aW9ucy5pbmNsdWRlcygnZGVsZXRlJykgJiYgIWMuYWN0aW9ucy5pbmNsdWRlcygnY3JlYXRlJyk7XG4gICAgcmV0dXJuIChyZXBsYWNlICYmIChkYXRhIHx8IHByb3QuaGFzKGMuYWRkcmVzcykpKSB8fCAocmVtb3ZlICYmIGRhdGEpO1xuICB9KTtcbn1cblxuLyoqXG4gKiBEZXNjcmliZUNoYW5nZVNldCdzIGNoYW5nZXMgYXMgdGhlIHdvcmtlcidzIHBsYW4gc3VtbWFyeTogQWRkID0gY3JlYXRlLCBNb2RpZnkgPSB1cGRhdGUgKG9yXG4gKiByZXBsYWNlIHdoZW4gUmVwbGFjZW1lbnQgaXMgVHJ1ZSBvciBDb25kaXRpb25hbDogQ2xvdWRGb3JtYXRpb24gbWF5IGhhdmUgdG8gcmVwbGFjZSBpdCksXG4gKiBSZW1vdmUgPSBkZWxldGUuIEFjdGlvbnMgdXNlIFRlcnJhZm9ybSdzIHdvcmRzLCBzbyB0aGUgd29ya2VyJ3MgZGF0YS1sb3NzIHJ1bGUgcmVhZHMgYm90aC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN1bW1hcml6ZUNoYW5nZVNldChjaGFuZ2VzOiByZWFkb25seSBDRk4uQ2hhbmdlW10pOiBQbGFuU3VtbWFyeSB7XG4gIGNvbnN0IHMgPSB7IGNyZWF0ZTogMCwgdXBkYXRlOiAwLCBkZWxldGU6IDAsIHJlcGxhY2U6IDAsIG5vb3A6IDAsIGNoYW5nZXM6IFtdIGFzIFBsYW5uZWRSZXNvdXJjZUNoYW5nZVtdIH07XG4gIGZvciAoY29uc3QgYyBvZiBjaGFuZ2VzKSB7XG4gICAgY29uc3QgcmMgPSBjLlJlc291cmNlQ2hhbmdlO1xuICAgIGlmICghcmM/LkxvZ2ljYWxSZXNvdXJjZUlkKSBjb250aW51ZTtcbiAgICBsZXQgYWN0aW9uczogc3RyaW5nW107XG4gICAgaWYgKHJjLkFjdGlvbiA9PT0gJ0FkZCcpIHtcbiAgICAgIGFjdGlvbnMgPSBbJ2NyZWF0ZSddO1xuICAgICAgcy5jcmVhdGUrKztcbiAgICB9IGVsc2UgaWYgKHJjLkFjdGlvbiA9PT0gJ1JlbW92ZScpIHtcbiAgICAgIGFjdGlvbnMgPSBbJ2RlbGV0ZSddO1xuICAgICAgcy5kZWxldGUrKztcbiAgICB9IGVsc2UgaWYgKHJjLkFjdGlvbiA9PT0gJ01vZGlmeScgJiYgKHJjLlJlcGxhY2VtZW50ID09PSAnVHJ1ZScgfHwgcmMuUmVwbGFjZW1lbnQgPT09ICdDb25kaXRpb25hbCcpKSB7XG4gICAgICBhY3Rpb25zID0gWydkZWxldGUnLCAnY3JlYXRlJ107XG4gICAgICBzLnJlcGxhY2UrKztcbiAgICB9IGVsc2UgaWYgKHJjLkFjdGlvbiA9PT0gJ01vZGlmeScgfHwgcmMuQWN0aW9uID09PSAnRHluYW1pYycpIHtcbiAgICAgIGFjdGlvbnMgPSBbJ3VwZGF0ZSddO1xuICAgICAgcy51cGRhdGUrKztcbiAgICB9IGVsc2Uge1xuICAgICAgLy8gSW1wb3J0OiB0aGUgcmVzb3VyY2UgZXhpc3RzIGFscmVhZHk7IG5vdGhpbmcgaXMgY3JlYXRlZCBvciBkZXN0cm95ZWQuXG4gICAgICBzLm5vb3ArKztcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBzLmNoYW5nZXMucHVzaCh7XG4gICAgICBhZGRyZXNzOiByYy5Mb2dpY2FsUmVzb3VyY2VJZCxcbiAgICAgIHR5cGU6IHJjLlJlc291cmNlVHlwZSA/PyAndW5rbm93bicsXG4gICAgICBhY3Rpb25zLFxuICAgICAgLi4uKHJjLlJlcGxhY2VtZW50ICYmIHJjLkFjdGlvbiA9PT0gJ01vZGlmeScgPyB7IHJlcGxhY2VtZW50OiByYy5SZXBsYWNlbWVudCB9IDoge30pLFxuICAgIH0gYXMgUGxhbm5lZFJlc291cmNlQ2hhbmdlKTtcbiAgfVxuICByZXR1cm4gcztcbn1cblxuY29uc3QgVFJBTlNJRU5UX0NPREVTID0gbmV3IFNldChbXG4gICdUaHJvdHRsaW5nJywgJ1Rocm90dGxpbmdFeGNlcHRpb24nLCAnUmVxdWVzdExpbWl0RXhjZWVkZWQnLCAnVG9vTWFueVJlcXVlc3RzRXhjZXB0aW9uJywgJ1JlcXVlc3RUaW1lb3V0JywgJ1JlcXVlc3RUaW1lb3V0RXhjZXB0aW9uJyxcbiAgJ1NlcnZpY2VVbmF2YWlsYWJsZScsICdJbnRlcm5hbEZhaWx1cmUnLCAnSW50ZXJuYWxFcnJvcicsICdTbG93RG93bicsICdUaW1lb3V0RXJyb3InLCAnTmV0d29ya2luZ0Vycm9yJyxcbl0pO1xuXG4vKiogQW4gU0RLIGVycm9yIGFzIGEgQ2xvdWRGb3JtYXRpb25FcnJvciAodHJhbnNpZW50IGZvciB0aHJvdHRsaW5nLCA1eHgsIHRoZSBuZXR3b3JrKS4gKi9cbmZ1bmN0aW9uIHNka0Vycm9yKHdoYXQ6IHN0cmluZywgZTogYW55KTogQ2xvdWRGb3JtYXRpb25FcnJvciB7XG4gIGlmIChlIGluc3RhbmNlb2YgQ2xvdWRGb3JtYXRpb25FcnJvcikgcmV0dXJuIGU7XG4gIGNvbnN0IGNvZGU6IHN0cmluZyA9IGU/Lm5hbWUgPz8gZT8uQ29kZSA/PyAnRXJyb3InO1xuICBjb25zdCBzdGF0dXM6IG51bWJlciB8IHVuZGVmaW5lZCA9IGU/LiRtZXRhZGF0YT8uaHR0cFN0YXR1c0NvZGU7XG4gIGNvbnN0IG5ldHdvcmsgPSAvRUNPTk5SRUZVU0VEfEVDT05OUkVTRVR8RVRJTUVET1VUfEVBSV9BR0FJTnxFTk9URk9VTkR8c29ja2V0IGhhbmcgdXAvLnRlc3QoU3RyaW5nKGU/Lm1lc3NhZ2UpICsgU3RyaW5nKGU/LmNvZGUpKTtcbiAgY29uc3QgY3JlZGVudGlhbHMgPSBjb2RlID09PSAnQ3JlZGVudGlhbHNQcm92aWRlckVycm9yJyB8fCAvQ291bGQgbm90IGxvYWQgY3JlZGVudGlhbHN8UmVnaW9uIGlzIG1pc3NpbmcvLnRlc3QoU3RyaW5nKGU/Lm1lc3NhZ2UpKTtcbiAgY29uc3QgdHJhbnNpZW50ID0gIWNyZWRlbnRpYWxzICYmIChUUkFOU0lFTlRfQ09ERVMuaGFzKGNvZGUpIHx8IChzdGF0dXMgIT09IHVuZGVmaW5lZCAmJiBzdGF0dXMgPj0gNTAwKSB8fCBuZXR3b3JrKTtcbiAgY29uc3QgZml4ID0gY3JlZGVudGlhbHMgPyAnOyBnaXZlIHRoZSB3b3JrZXIgQVdTIGNyZWRlbnRpYWxzIChlbnZpcm9ubWVudCwgcHJvZmlsZSBvciBpbnN0YW5jZSByb2xlKSBhbmQgYSByZWdpb24gKGNsb3VkZm9ybWF0aW9uLnJlZ2lvbiBvciBBV1NfUkVHSU9OKScgOiAnJztcbiAgcmV0dXJuIG5ldyBDbG91ZEZvcm1hdGlvbkVycm9yKGAke3doYXR9OiAke2NvZGV9OiAke1N0cmluZyhlPy5tZXNzYWdlID8/IGUpLnNwbGl0KCdcXG4nKS5qb2luKCcgJykuc2xpY2UoMCwgMTAwMCl9JHtmaXh9YCwgdHJhbnNpZW50KTtcbn1cblxuY29uc3Qgc2xlZXAgPSAobXM6IG51bWJlcikgPT4gbmV3IFByb21pc2UoKHIpID0+IHNldFRpbWVvdXQociwgbXMpKTtcblxuLyoqIFwiTm8gY2hhbmdlc1wiIGFzIENsb3VkRm9ybWF0aW9uIHdvcmRzIGl0IChhIEZBSUxFRCBjaGFuZ2Ugc2V0LCBvciBhIHJlZnVzZWQgVVBEQVRFKS4gKi9cbmNvbnN0IE5PX0NIQU5HRVMgPSAvZGlkbid0IGNvbnRhaW4gY2hhbmdlc3xObyB1cGRhdGVzIGFyZSB0byBiZSBwZXJmb3JtZWQvaTtcblxuLyoqIFRoZSBwZXJtaXQgd29ya2VyJ3MgQ2xvdWRGb3JtYXRpb24gY2xpZW50LiAqL1xuZXhwb3J0IGNsYXNzIENsb3VkRm9ybWF0aW9uRGVwbG95ZXIge1xuICAvKipcbiAgICogTG9hZHMgdGhlIFNESyAoaGVyZSwgb24gZmlyc3QgdXNlOiBhIHJlcXVpcmUgaW5zaWRlIHRoZSBmdW5jdGlvbiwgc28gbmVpdGhlciB0aGUgQ0xJIG5vciB0aGVcbiAgICogb3RoZXIgYmFja2VuZHMgbG9hZCBpdCkgYW5kIG1ha2VzIHRoZSBjbGllbnRzLlxuICAgKi9cbiAgcHVibGljIHN0YXRpYyBhc3luYyBjcmVhdGUoc2V0dGluZ3M6IENsb3VkRm9ybWF0aW9uU2V0dGluZ3MpOiBQcm9taXNlPENsb3VkRm9ybWF0aW9uRGVwbG95ZXI+IHtcbiAgICAvLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgQHR5cGVzY3JpcHQtZXNsaW50L25vLXJlcXVpcmUtaW1wb3J0c1xuICAgIGNvbnN0IGNmbiA9IHJlcXVpcmUoJ0Bhd3Mtc2RrL2NsaWVudC1jbG91ZGZvcm1hdGlvbicpIGFzIHR5cGVvZiBDRk47XG4gICAgLy8gZXNsaW50LWRpc2FibGUtbmV4dC1saW5lIEB0eXBlc2NyaXB0LWVzbGludC9uby1yZXF1aXJlLWltcG9ydHNcbiAgICBjb25zdCBzMyA9IHJlcXVpcmUoJ0Bhd3Mtc2RrL2NsaWVudC1zMycpIGFzIHR5cGVvZiBTMztcbiAgICByZXR1cm4gbmV3IENsb3VkRm9ybWF0aW9uRGVwbG95ZXIoc2V0dGluZ3MsIGNmbiwgczMpO1xuICB9XG5cbiAgcHJpdmF0ZSByZWFkb25seSBjZjogQ0ZOLkNsb3VkRm9ybWF0aW9uQ2xpZW50O1xuICBwcml2YXRlIHJlYWRvbmx5IHMzOiBTMy5TM0NsaWVudDtcblxuICBwcml2YXRlIGNvbnN0cnVjdG9yKHB1YmxpYyByZWFkb25seSBzZXR0aW5nczogQ2xvdWRGb3JtYXRpb25TZXR0aW5ncywgcHJpdmF0ZSByZWFkb25seSBjZm46IHR5cGVvZiBDRk4sIHByaXZhdGUgcmVhZG9ubHkgczNzZGs6IHR5cGVvZiBTMykge1xuICAgIGNvbnN0IHJlZ2lvbiA9IHNldHRpbmdzLnJlZ2lvbiA/IHsgcmVnaW9uOiBzZXR0aW5ncy5yZWdpb24gfSA6IHt9O1xuICAgIHRoaXMuY2YgPSBuZXcgY2ZuLkNsb3VkRm9ybWF0aW9uQ2xpZW50KHsgLi4ucmVnaW9uLCBtYXhBdHRlbXB0czogNSB9KTtcbiAgICAvLyBQYXRoLXN0eWxlOiB3b3JrcyBmb3IgZXZlcnkgYnVja2V0IG5hbWUgYW5kIGZvciBsb2NhbCBlbXVsYXRvcnMuXG4gICAgdGhpcy5zMyA9IG5ldyBzM3Nkay5TM0NsaWVudCh7IC4uLnJlZ2lvbiwgZm9yY2VQYXRoU3R5bGU6IHRydWUsIG1heEF0dGVtcHRzOiA1IH0pO1xuICB9XG5cbiAgcHJpdmF0ZSBhc3luYyBjYWxsPFQ+KHdoYXQ6IHN0cmluZywgZm46ICgpID0+IFByb21pc2U8VD4pOiBQcm9taXNlPFQ+IHtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIGF3YWl0IGZuKCk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgdGhyb3cgc2RrRXJyb3Iod2hhdCwgZSk7XG4gICAgfVxuICB9XG5cbiAgLyoqIFRoZSBzdGFjaydzIHN0YXR1cywgb3IgdW5kZWZpbmVkIHdoZW4gdGhlcmUgaXMgbm9uZS4gKi9cbiAgcHVibGljIGFzeW5jIHN0YWNrU3RhdHVzKHN0YWNrTmFtZTogc3RyaW5nKTogUHJvbWlzZTxDRk4uU3RhY2sgfCB1bmRlZmluZWQ+IHtcbiAgICB0cnkge1xuICAgICAgY29uc3QgciA9IGF3YWl0IHRoaXMuY2Yuc2VuZChuZXcgdGhpcy5jZm4uRGVzY3JpYmVTdGFja3NDb21tYW5kKHsgU3RhY2tOYW1lOiBzdGFja05hbWUgfSkpO1xuICAgICAgY29uc3Qgc3QgPSByLlN0YWNrcz8uWzBdO1xuICAgICAgcmV0dXJuIHN0ICYmIHN0LlN0YWNrU3RhdHVzICE9PSAnREVMRVRFX0NPTVBMRVRFJyA/IHN0IDogdW5kZWZpbmVkO1xuICAgIH0gY2F0Y2ggKGU6IGFueSkge1xuICAgICAgaWYgKC9kb2VzIG5vdCBleGlzdC8udGVzdChTdHJpbmcoZT8ubWVzc2FnZSkpKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgdGhyb3cgc2RrRXJyb3IoYERlc2NyaWJlU3RhY2tzICR7c3RhY2tOYW1lfWAsIGUpO1xuICAgIH1cbiAgfVxuXG4gIC8qKiBXYWl0cyB3aGlsZSB0aGUgc3RhY2sgaXMgaW4gYW4gKl9JTl9QUk9HUkVTUyBzdGF0ZSAoZS5nLiBsZWZ0IGJ5IGEgd29ya2VyIGtpbGxlZCBtaWQtYXBwbHkpLiAqL1xuICBwcml2YXRlIGFzeW5jIHNldHRsZWQoc3RhY2tOYW1lOiBzdHJpbmcsIGRlYWRsaW5lOiBudW1iZXIpOiBQcm9taXNlPENGTi5TdGFjayB8IHVuZGVmaW5lZD4ge1xuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IHN0ID0gYXdhaXQgdGhpcy5zdGFja1N0YXR1cyhzdGFja05hbWUpO1xuICAgICAgY29uc3Qgc3RhdHVzID0gc3Q/LlN0YWNrU3RhdHVzID8/ICcnO1xuICAgICAgaWYgKCFzdGF0dXMuZW5kc1dpdGgoJ19JTl9QUk9HUkVTUycpIHx8IHN0YXR1cyA9PT0gJ1JFVklFV19JTl9QUk9HUkVTUycpIHJldHVybiBzdDtcbiAgICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpIHtcbiAgICAgICAgdGhyb3cgbmV3IENsb3VkRm9ybWF0aW9uRXJyb3IoYHN0YWNrICR7c3RhY2tOYW1lfSBpcyBzdGlsbCAke3N0YXR1c30gYWZ0ZXIgJHt0aGlzLnNldHRpbmdzLnRpbWVvdXRTZWNvbmRzfSBzOyBpdCBpcyByZXRyaWVkIGxhdGVyYCwgdHJ1ZSk7XG4gICAgICB9XG4gICAgICBhd2FpdCBzbGVlcCh0aGlzLnNldHRpbmdzLnBvbGxNcyk7XG4gICAgfVxuICB9XG5cbiAgLyoqXG4gICAqIFVwbG9hZHMgdGhlIHRlbXBsYXRlIGFuZCB0aGUgYXNzZXRzIG9mIHRoZSBjbG91ZCBhc3NlbWJseSBpbiBgYXNzZW1ibHlEaXJgLCBtYWtlcyBhIGNoYW5nZVxuICAgKiBzZXQgZm9yIGBzdGFja05hbWVgIGFuZCBkZXNjcmliZXMgaXQuIE5vdGhpbmcgaXMgZXhlY3V0ZWQuXG4gICAqL1xuICBwdWJsaWMgYXN5bmMgcGxhbihzdGFja05hbWU6IHN0cmluZywgYXNzZW1ibHlEaXI6IHN0cmluZywgZXZlbnRJZDogc3RyaW5nKTogUHJvbWlzZTxDZm5QbGFuPiB7XG4gICAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgdGhpcy5zZXR0aW5ncy50aW1lb3V0U2Vjb25kcyAqIDEwMDA7XG4gICAgY29uc3QgdGVtcGxhdGVGaWxlID0gcGF0aC5qb2luKGFzc2VtYmx5RGlyLCBgJHtzdGFja05hbWV9LnRlbXBsYXRlLmpzb25gKTtcbiAgICBjb25zdCB0ZW1wbGF0ZVRleHQgPSBmcy5yZWFkRmlsZVN5bmModGVtcGxhdGVGaWxlLCAndXRmOCcpO1xuICAgIGNvbnN0IHRlbXBsYXRlID0gSlNPTi5wYXJzZSh0ZW1wbGF0ZVRleHQpO1xuICAgIGNvbnN0IHBhcmFtZXRlcnMgPSB0aGlzLnBhcmFtZXRlcnModGVtcGxhdGUsIHN0YWNrTmFtZSk7XG4gICAgY29uc3QgdHlwZXM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXM8YW55Pih0ZW1wbGF0ZS5SZXNvdXJjZXMgPz8ge30pLm1hcCgoW2ssIHJdKSA9PiBbaywgU3RyaW5nKHI/LlR5cGUpXSkpO1xuICAgIGNvbnN0IGJ1Y2tldCA9IHRoaXMuc2V0dGluZ3MuYnVja2V0ITtcbiAgICBjb25zdCBrZXkgPSBgJHt0aGlzLnNldHRpbmdzLnByZWZpeH0ke3N0YWNrTmFtZX0vJHtjcmVhdGVIYXNoKCdzaGEyNTYnKS51cGRhdGUodGVtcGxhdGVUZXh0KS5kaWdlc3QoJ2hleCcpfS5qc29uYDtcbiAgICBhd2FpdCB0aGlzLmNhbGwoYHVwbG9hZGluZyB0aGUgdGVtcGxhdGUgb2YgJHtzdGFja05hbWV9IHRvIHMzOi8vJHtidWNrZXR9LyR7a2V5fWAsICgpID0+IHRoaXMuczMuc2VuZChuZXcgdGhpcy5zM3Nkay5QdXRPYmplY3RDb21tYW5kKHtcbiAgICAgIEJ1Y2tldDogYnVja2V0LCBLZXk6IGtleSwgQm9keTogdGVtcGxhdGVUZXh0LCBDb250ZW50VHlwZTogJ2FwcGxpY2F0aW9uL2pzb24nLFxuICAgIH0pKSk7XG4gICAgbGV0IHN0ID0gYXdhaXQgdGhpcy5zZXR0bGVkKHN0YWNrTmFtZSwgZGVhZGxpbmUpO1xuICAgIGlmIChzdD8uU3RhY2tTdGF0dXMgPT09ICdST0xMQkFDS19DT01QTEVURScgfHwgc3Q/LlN0YWNrU3RhdHVzID09PSAnUk9MTEJBQ0tfRkFJTEVEJyB8fCBzdD8uU3RhY2tTdGF0dXMgPT09ICdSRVZJRVdfSU5fUFJPR1JFU1MnKSB7XG4gICAgICAvLyBBIGNyZWF0ZSB0aGF0IGZhaWxlZCBhbmQgcm9sbGVkIGJhY2sgbGVhdmVzIGEgc3RhY2sgdGhhdCBjYW4gb25seSBiZSBkZWxldGVkIChyZXRhaW5lZFxuICAgICAgLy8gcmVzb3VyY2VzIHN0YXkpOyBhIHN0YWNrIGluIHJldmlldyAoYSBDUkVBVEUgY2hhbmdlIHNldCBuZXZlciBleGVjdXRlZDogcGxhbiBtb2RlLCBvciBhXG4gICAgICAvLyB3b3JrZXIgc3RvcHBlZCBiZWZvcmUgZXhlY3V0aW5nKSBoYXMgbm8gcmVzb3VyY2VzLiBEZWxldGVkLCB0aGVuIGNyZWF0ZWQgYWdhaW4uXG4gICAgICBhd2FpdCB0aGlzLmNhbGwoYERlbGV0ZVN0YWNrICR7c3RhY2tOYW1lfSAoJHtzdC5TdGFja1N0YXR1c30pYCwgKCkgPT4gdGhpcy5jZi5zZW5kKG5ldyB0aGlzLmNmbi5EZWxldGVTdGFja0NvbW1hbmQoeyBTdGFja05hbWU6IHN0YWNrTmFtZSwgUm9sZUFSTjogdGhpcy5zZXR0aW5ncy5yb2xlQXJuIH0pKSk7XG4gICAgICBhd2FpdCB0aGlzLndhaXRTdGFjayhzdGFja05hbWUsIGRlYWRsaW5lLCAnZGVsZXRlJyk7XG4gICAgICBzdCA9IHVuZGVmaW5lZDtcbiAgICB9XG4gICAgY29uc3QgdHlwZTogJ0NSRUFURScgfCAnVVBEQVRFJyA9IHN0ID8gJ1VQREFURScgOiAnQ1JFQVRFJztcbiAgICBpZiAoc3QpIGF3YWl0IHRoaXMuZGlzY2FyZE9sZChzdGFja05hbWUpO1xuICAgIGNvbnN0IG5hbWUgPSBgJHtDSEFOR0VfU0VUX1BSRUZJWH0ke2V2ZW50SWQucmVwbGFjZSgvW15BLVphLXowLTktXS9nLCAnLScpfS0ke0RhdGUubm93KCkudG9TdHJpbmcoMzYpfWAuc2xpY2UoMCwgMTI4KTtcbiAgICBjb25zdCByZWdpb24gPSBhd2FpdCB0aGlzLmNmLmNvbmZpZy5yZWdpb24oKTtcbiAgICBjb25zdCB0ZW1wbGF0ZVVybCA9IGBodHRwczovL3MzLiR7cmVnaW9ufS5hbWF6b25hd3MuY29tJHtyZWdpb24uc3RhcnRzV2l0aCgnY24tJykgPyAnLmNuJyA6ICcnfS8ke2J1Y2tldH0vJHtrZXl9YDtcbiAgICBsZXQgY3JlYXRlZDogQ0ZOLkNyZWF0ZUNoYW5nZVNldENvbW1hbmRPdXRwdXQ7XG4gICAgdHJ5IHtcbiAgICAgIGNyZWF0ZWQgPSBhd2FpdCB0aGlzLmNmLnNlbmQobmV3IHRoaXMuY2ZuLkNyZWF0ZUNoYW5nZVNldENvbW1hbmQoe1xuICAgICAgICBTdGFja05hbWU6IHN0YWNrTmFtZSxcbiAgICAgICAgQ2hhbmdlU2V0TmFtZTogbmFtZSxcbiAgICAgICAgQ2hhbmdlU2V0VHlwZTogdHlwZSxcbiAgICAgICAgVGVtcGxhdGVVUkw6IHRlbXBsYXRlVXJsLFxuICAgICAgICBQYXJhbWV0ZXJzOiBwYXJhbWV0ZXJzLFxuICAgICAgICBDYXBhYmlsaXRpZXM6IFsnQ0FQQUJJTElUWV9JQU0nLCAnQ0FQQUJJTElUWV9OQU1FRF9JQU0nLCAnQ0FQQUJJTElUWV9BVVRPX0VYUEFORCddLFxuICAgICAgICBSb2xlQVJOOiB0aGlzLnNldHRpbmdzLnJvbGVBcm4sXG4gICAgICAgIERlc2NyaXB0aW9uOiBgcndzIHBlcm1pdCB3b3JrZXI6IGV2ZW50ICR7ZXZlbnRJZH1gLnNsaWNlKDAsIDEwMjQpLFxuICAgICAgICBUYWdzOiBbeyBLZXk6ICdwZXJtaXQ6c3RhY2snLCBWYWx1ZTogc3RhY2tOYW1lIH1dLFxuICAgICAgfSkpO1xuICAgIH0gY2F0Y2ggKGU6IGFueSkge1xuICAgICAgaWYgKE5PX0NIQU5HRVMudGVzdChTdHJpbmcoZT8ubWVzc2FnZSkpKSByZXR1cm4geyBzdGFja05hbWUsIHR5cGUsIHN1bW1hcnk6IGVtcHR5U3VtbWFyeSgpLCB0ZW1wbGF0ZUtleToga2V5LCB0eXBlcyB9O1xuICAgICAgdGhyb3cgc2RrRXJyb3IoYENyZWF0ZUNoYW5nZVNldCAke3N0YWNrTmFtZX1gLCBlKTtcbiAgICB9XG4gICAgY29uc3QgaWQgPSBjcmVhdGVkLklkITtcbiAgICBjb25zdCBkZXNjcmliZWQgPSBhd2FpdCB0aGlzLmRlc2NyaWJlQWxsKGlkLCBkZWFkbGluZSk7XG4gICAgaWYgKGRlc2NyaWJlZC5zdGF0dXMgPT09ICdGQUlMRUQnKSB7XG4gICAgICBpZiAoTk9fQ0hBTkdFUy50ZXN0KGRlc2NyaWJlZC5yZWFzb24pKSB7XG4gICAgICAgIGF3YWl0IHRoaXMuZGlzY2FyZChpZCk7XG4gICAgICAgIHJldHVybiB7IHN0YWNrTmFtZSwgdHlwZSwgc3VtbWFyeTogZW1wdHlTdW1tYXJ5KCksIHRlbXBsYXRlS2V5OiBrZXksIHR5cGVzIH07XG4gICAgICB9XG4gICAgICBhd2FpdCB0aGlzLmRpc2NhcmQoaWQpO1xuICAgICAgdGhyb3cgbmV3IENsb3VkRm9ybWF0aW9uRXJyb3IoYGNoYW5nZSBzZXQgb2YgJHtzdGFja05hbWV9IGZhaWxlZDogJHtkZXNjcmliZWQucmVhc29ufWAsIGZhbHNlKTtcbiAgICB9XG4gICAgYXdhaXQgdGhpcy5wdWJsaXNoQXNzZXRzKHN0YWNrTmFtZSwgYXNzZW1ibHlEaXIsIGNyZWF0ZWQuU3RhY2tJZCA/PyBpZCk7XG4gICAgcmV0dXJuIHsgc3RhY2tOYW1lLCB0eXBlLCBzdGFja0lkOiBjcmVhdGVkLlN0YWNrSWQsIGNoYW5nZVNldElkOiBpZCwgc3VtbWFyeTogc3VtbWFyaXplQ2hhbmdlU2V0KGRlc2NyaWJlZC5jaGFuZ2VzKSwgdGVtcGxhdGVLZXk6IGtleSwgdHlwZXMgfTtcbiAgfVxuXG4gIC8qKiBUZW1wbGF0ZSBwYXJhbWV0ZXJzOiBjb25maWd1cmVkIHZhbHVlczsgcGFyYW1ldGVycyB3aXRoIGEgZGVmYXVsdCBrZWVwIGl0OyBhIG1pc3Npbmcgb25lIGlzIGFuIGVycm9yLiAqL1xuICBwcml2YXRlIHBhcmFtZXRlcnModGVtcGxhdGU6IGFueSwgc3RhY2tOYW1lOiBzdHJpbmcpOiBDRk4uUGFyYW1ldGVyW10ge1xuICAgIGNvbnN0IG91dDogQ0ZOLlBhcmFtZXRlcltdID0gW107XG4gICAgZm9yIChjb25zdCBbaywgcF0gb2YgT2JqZWN0LmVudHJpZXM8YW55Pih0ZW1wbGF0ZS5QYXJhbWV0ZXJzID8/IHt9KSkge1xuICAgICAgY29uc3QgdiA9IHRoaXMuc2V0dGluZ3MucGFyYW1ldGVyc1trXTtcbiAgICAgIGlmICh2ICE9PSB1bmRlZmluZWQpIHtvdXQucHVzaCh7IFBhcmFtZXRlcktleTogaywgUGFyYW1ldGVyVmFsdWU6IHYgfSk7fSBlbHNlIGlmIChwPy5EZWZhdWx0ID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgdGhyb3cgbmV3IENsb3VkRm9ybWF0aW9uRXJyb3IoYHRoZSB0ZW1wbGF0ZSBvZiAke3N0YWNrTmFtZX0gaGFzIHBhcmFtZXRlciAke2t9IHdpdGhvdXQgYSBkZWZhdWx0OyBnaXZlIGl0IGluIHRoZSB3b3JrZXIgY29uZmlnOiBjbG91ZGZvcm1hdGlvbjogeyBwYXJhbWV0ZXJzOiB7ICR7a306IC4uLiB9IH1gLCBmYWxzZSk7XG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiBvdXQ7XG4gIH1cblxuICAvKiogRGVsZXRlcyB0aGUgd29ya2VyJ3MgZWFybGllciBjaGFuZ2Ugc2V0cyBvZiB0aGUgc3RhY2sgKHBsYW4gbW9kZSBsZWF2ZXMgdGhlIGxhc3Qgb25lIGZvciByZXZpZXcpLiAqL1xuICBwcml2YXRlIGFzeW5jIGRpc2NhcmRPbGQoc3RhY2tOYW1lOiBzdHJpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBsZXQgdG9rZW46IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgICBjb25zdCBvbGQ6IHN0cmluZ1tdID0gW107XG4gICAgZG8ge1xuICAgICAgY29uc3QgciA9IGF3YWl0IHRoaXMuY2FsbChgTGlzdENoYW5nZVNldHMgJHtzdGFja05hbWV9YCwgKCkgPT4gdGhpcy5jZi5zZW5kKG5ldyB0aGlzLmNmbi5MaXN0Q2hhbmdlU2V0c0NvbW1hbmQoeyBTdGFja05hbWU6IHN0YWNrTmFtZSwgTmV4dFRva2VuOiB0b2tlbiB9KSkpO1xuICAgICAgZm9yIChjb25zdCBjIG9mIHIuU3VtbWFyaWVzID8/IFtdKSB7XG4gICAgICAgIC8vIChtb3RvIGxpc3RzIGV2ZXJ5IHN0YWNrJ3MgY2hhbmdlIHNldHM6IHRoZSBzdGFjayBuYW1lIGlzIGNoZWNrZWQgdG9vKVxuICAgICAgICBpZiAoYy5DaGFuZ2VTZXROYW1lPy5zdGFydHNXaXRoKENIQU5HRV9TRVRfUFJFRklYKSAmJiBjLkNoYW5nZVNldElkICYmIGMuU3RhY2tOYW1lID09PSBzdGFja05hbWUgJiYgYy5FeGVjdXRpb25TdGF0dXMgPT09ICdBVkFJTEFCTEUnKSBvbGQucHVzaChjLkNoYW5nZVNldElkKTtcbiAgICAgIH1cbiAgICAgIHRva2VuID0gci5OZXh0VG9rZW47XG4gICAgfSB3aGlsZSAodG9rZW4pO1xuICAgIGZvciAoY29uc3QgaWQgb2Ygb2xkKSBhd2FpdCB0aGlzLmRpc2NhcmQoaWQpO1xuICB9XG5cbiAgLyoqIFdhaXRzIGZvciB0aGUgY2hhbmdlIHNldCwgdGhlbiByZWFkcyBldmVyeSBwYWdlIG9mIGl0cyBjaGFuZ2VzLiAqL1xuICBwcml2YXRlIGFzeW5jIGRlc2NyaWJlQWxsKGlkOiBzdHJpbmcsIGRlYWRsaW5lOiBudW1iZXIpOiBQcm9taXNlPHsgc3RhdHVzOiBzdHJpbmc7IHJlYXNvbjogc3RyaW5nOyBjaGFuZ2VzOiBDRk4uQ2hhbmdlW10gfT4ge1xuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IGZpcnN0ID0gYXdhaXQgdGhpcy5jYWxsKCdEZXNjcmliZUNoYW5nZVNldCcsICgpID0+IHRoaXMuY2Yuc2VuZChuZXcgdGhpcy5jZm4uRGVzY3JpYmVDaGFuZ2VTZXRDb21tYW5kKHsgQ2hhbmdlU2V0TmFtZTogaWQgfSkpKTtcbiAgICAgIGNvbnN0IHN0YXR1cyA9IGZpcnN0LlN0YXR1cyA/PyAnJztcbiAgICAgIGlmIChzdGF0dXMgPT09ICdGQUlMRUQnKSByZXR1cm4geyBzdGF0dXMsIHJlYXNvbjogZmlyc3QuU3RhdHVzUmVhc29uID8/ICcnLCBjaGFuZ2VzOiBbXSB9O1xuICAgICAgaWYgKHN0YXR1cyA9PT0gJ0NSRUFURV9DT01QTEVURScpIHtcbiAgICAgICAgY29uc3QgY2hhbmdlcyA9IFsuLi4oZmlyc3QuQ2hhbmdlcyA/PyBbXSldO1xuICAgICAgICBsZXQgdG9rZW4gPSBmaXJzdC5OZXh0VG9rZW47XG4gICAgICAgIHdoaWxlICh0b2tlbikge1xuICAgICAgICAgIGNvbnN0IG5leHQgPSBhd2FpdCB0aGlzLmNhbGwoJ0Rlc2NyaWJlQ2hhbmdlU2V0JywgKCkgPT4gdGhpcy5jZi5zZW5kKG5ldyB0aGlzLmNmbi5EZXNjcmliZUNoYW5nZVNldENvbW1hbmQoeyBDaGFuZ2VTZXROYW1lOiBpZCwgTmV4dFRva2VuOiB0b2tlbiB9KSkpO1xuICAgICAgICAgIGNoYW5nZXMucHVzaCguLi4obmV4dC5DaGFuZ2VzID8/IFtdKSk7XG4gICAgICAgICAgdG9rZW4gPSBuZXh0Lk5leHRUb2tlbjtcbiAgICAgICAgfVxuICAgICAgICByZXR1cm4geyBzdGF0dXMsIHJlYXNvbjogJycsIGNoYW5nZXMgfTtcbiAgICAgIH1cbiAgICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpIHRocm93IG5ldyBDbG91ZEZvcm1hdGlvbkVycm9yKGBjaGFuZ2Ugc2V0ICR7aWR9IGlzIHN0aWxsICR7c3RhdHVzfSBhZnRlciAke3RoaXMuc2V0dGluZ3MudGltZW91dFNlY29uZHN9IHNgLCB0cnVlKTtcbiAgICAgIGF3YWl0IHNsZWVwKHRoaXMuc2V0dGluZ3MucG9sbE1zKTtcbiAgICB9XG4gIH1cblxuICAvKiogRGVsZXRlcyBhIGNoYW5nZSBzZXQgKGEgcmVmdXNlZCBwbGFuOyBub3RoaW5nIGV4ZWN1dGVkKS4gKi9cbiAgcHVibGljIGFzeW5jIGRpc2NhcmQoY2hhbmdlU2V0SWQ6IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICAgIHRyeSB7XG4gICAgICBhd2FpdCB0aGlzLmNmLnNlbmQobmV3IHRoaXMuY2ZuLkRlbGV0ZUNoYW5nZVNldENvbW1hbmQoeyBDaGFuZ2VTZXROYW1lOiBjaGFuZ2VTZXRJZCB9KSk7XG4gICAgfSBjYXRjaCAoZTogYW55KSB7XG4gICAgICBpZiAoIS9kb2VzIG5vdCBleGlzdHxub3QgZm91bmQvaS50ZXN0KFN0cmluZyhlPy5tZXNzYWdlKSkpIHRocm93IHNka0Vycm9yKGBEZWxldGVDaGFuZ2VTZXQgJHtjaGFuZ2VTZXRJZH1gLCBlKTtcbiAgICB9XG4gIH1cblxuICAvKipcbiAgICogUHVibGlzaGVzIHRoZSBhc3NlbWJseSdzIGZpbGUgYXNzZXRzIChgPHN0YWNrPi5hc3NldHMuanNvbmApIHRvIHRoZWlyIGRlc3RpbmF0aW9ucywgd2l0aFxuICAgKiAke0FXUzo6QWNjb3VudElkfSwgJHtBV1M6OlJlZ2lvbn0gYW5kICR7QVdTOjpQYXJ0aXRpb259IG9mIHRoZSBzdGFjaydzIEFSTi4gQSBkaXJlY3RvcnkgaXNcbiAgICogemlwcGVkIChzdG9yZWQgZmlsZXMgaW4gYSBmaXhlZCBvcmRlciwgZml4ZWQgdGltZXMpOyBkb2NrZXIgaW1hZ2UgYXNzZXRzIGFyZSByZWZ1c2VkLiBBblxuICAgKiBvYmplY3QgdGhhdCBpcyB0aGVyZSBhbHJlYWR5IGlzIG5vdCB1cGxvYWRlZCBhZ2FpbiAodGhlIGtleSBpcyB0aGUgY29udGVudCBoYXNoKS5cbiAgICovXG4gIHByaXZhdGUgYXN5bmMgcHVibGlzaEFzc2V0cyhzdGFja05hbWU6IHN0cmluZywgYXNzZW1ibHlEaXI6IHN0cmluZywgc3RhY2tBcm46IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICAgIGNvbnN0IG1hbmlmZXN0RmlsZSA9IHBhdGguam9pbihhc3NlbWJseURpciwgYCR7c3RhY2tOYW1lfS5hc3NldHMuanNvbmApO1xuICAgIGlmICghZnMuZXhpc3RzU3luYyhtYW5pZmVzdEZpbGUpKSByZXR1cm47XG4gICAgY29uc3QgbWFuaWZlc3QgPSBKU09OLnBhcnNlKGZzLnJlYWRGaWxlU3luYyhtYW5pZmVzdEZpbGUsICd1dGY4JykpO1xuICAgIGNvbnN0IGltYWdlcyA9IE9iamVjdC5rZXlzKG1hbmlmZXN0LmRvY2tlckltYWdlcyA/PyB7fSk7XG4gICAgaWYgKGltYWdlcy5sZW5ndGgpIHtcbiAgICAgIHRocm93IG5ldyBDbG91ZEZvcm1hdGlvbkVycm9yKGB0aGUgc3RhY2sgJHtzdGFja05hbWV9IGhhcyAke2ltYWdlcy5sZW5ndGh9IGNvbnRhaW5lciBpbWFnZSBhc3NldChzKSAoJHtpbWFnZXMuam9pbignLCAnKX0pLCB3aGljaCB0aGUgd29ya2VyIGRvZXMgbm90IGJ1aWxkIG9yIHB1c2g7IGBcbiAgICAgICAgKyAndXNlIGltYWdlIHJlZmVyZW5jZXMgKGUuZy4gYW4gRUNSIGltYWdlKSBpbiB0aGUgYmFja2VuZCBjb25maWcsIG9yIGRlcGxveSB0aGlzIHN0YWNrIHdpdGggY2RrIGRlcGxveScsIGZhbHNlKTtcbiAgICB9XG4gICAgY29uc3QgWywgcGFydGl0aW9uLCAsIHJlZ2lvbiwgYWNjb3VudF0gPSBzdGFja0Fybi5zcGxpdCgnOicpO1xuICAgIGNvbnN0IHN1YiA9IChzOiBzdHJpbmcpID0+IHMucmVwbGFjZSgvXFwkXFx7QVdTOjpBY2NvdW50SWRcXH0vZywgYWNjb3VudCkucmVwbGFjZSgvXFwkXFx7QVdTOjpSZWdpb25cXH0vZywgcmVnaW9uKS5yZXBsYWNlKC9cXCRcXHtBV1M6OlBhcnRpdGlvblxcfS9nLCBwYXJ0aXRpb24pO1xuICAgIGZvciAoY29uc3QgW2hhc2gsIGFzc2V0XSBvZiBPYmplY3QuZW50cmllczxhbnk+KG1hbmlmZXN0LmZpbGVzID8/IHt9KSkge1xuICAgICAgLy8gVGhlIHN0YWNrJ3MgdGVtcGxhdGU6IHVwbG9hZGVkIHRvIHRoZSBjb25maWd1cmVkIGJ1Y2tldCBhbHJlYWR5LlxuICAgICAgaWYgKGFzc2V0LnNvdXJjZT8ucGFja2FnaW5nID09PSAnZmlsZScgJiYgL1xcLnRlbXBsYXRlXFwuanNvbiQvLnRlc3QoYXNzZXQuc291cmNlLnBhdGggPz8gJycpKSBjb250aW51ZTtcbiAgICAgIGNvbnN0IHNyYyA9IHBhdGguam9pbihhc3NlbWJseURpciwgYXNzZXQuc291cmNlPy5wYXRoID8/ICcnKTtcbiAgICAgIGlmICghYXNzZXQuc291cmNlPy5wYXRoIHx8IGFzc2V0LnNvdXJjZS5leGVjdXRhYmxlKSB7XG4gICAgICAgIHRocm93IG5ldyBDbG91ZEZvcm1hdGlvbkVycm9yKGBhc3NldCAke2hhc2h9IG9mICR7c3RhY2tOYW1lfSBpcyBidWlsdCBieSBhIGNvbW1hbmQsIHdoaWNoIHRoZSB3b3JrZXIgZG9lcyBub3QgcnVuOyBkZXBsb3kgdGhpcyBzdGFjayB3aXRoIGNkayBkZXBsb3lgLCBmYWxzZSk7XG4gICAgICB9XG4gICAgICBmb3IgKGNvbnN0IGQgb2YgT2JqZWN0LnZhbHVlczxhbnk+KGFzc2V0LmRlc3RpbmF0aW9ucyA/PyB7fSkpIHtcbiAgICAgICAgY29uc3QgYnVja2V0ID0gc3ViKGQuYnVja2V0TmFtZSk7XG4gICAgICAgIGNvbnN0IGtleSA9IHN1YihkLm9iamVjdEtleSk7XG4gICAgICAgIGNvbnN0IGV4aXN0cyA9IGF3YWl0IHRoaXMuczMuc2VuZChuZXcgdGhpcy5zM3Nkay5IZWFkT2JqZWN0Q29tbWFuZCh7IEJ1Y2tldDogYnVja2V0LCBLZXk6IGtleSB9KSkudGhlbigoKSA9PiB0cnVlLCAoZTogYW55KSA9PiB7XG4gICAgICAgICAgaWYgKGU/LiRtZXRhZGF0YT8uaHR0cFN0YXR1c0NvZGUgPT09IDQwNCB8fCBlPy5uYW1lID09PSAnTm90Rm91bmQnKSByZXR1cm4gZmFsc2U7XG4gICAgICAgICAgdGhyb3cgc2RrRXJyb3IoYEhlYWRPYmplY3QgczM6Ly8ke2J1Y2tldH0vJHtrZXl9IChhc3NldCAke2Fzc2V0LmRpc3BsYXlOYW1lID8/IGhhc2h9KWAsIGUpO1xuICAgICAgICB9KTtcbiAgICAgICAgaWYgKGV4aXN0cykgY29udGludWU7XG4gICAgICAgIGNvbnN0IGJvZHkgPSBhc3NldC5zb3VyY2UucGFja2FnaW5nID09PSAnemlwJyB8fCBmcy5zdGF0U3luYyhzcmMpLmlzRGlyZWN0b3J5KCkgPyB6aXBEaXJlY3Rvcnkoc3JjKSA6IGZzLnJlYWRGaWxlU3luYyhzcmMpO1xuICAgICAgICBhd2FpdCB0aGlzLmNhbGwoYHB1Ymxpc2hpbmcgYXNzZXQgJHthc3NldC5kaXNwbGF5TmFtZSA/PyBoYXNofSB0byBzMzovLyR7YnVja2V0fS8ke2tleX1gLCAoKSA9PiB0aGlzLnMzLnNlbmQobmV3IHRoaXMuczNzZGsuUHV0T2JqZWN0Q29tbWFuZCh7XG4gICAgICAgICAgQnVja2V0OiBidWNrZXQsIEtleToga2V5LCBCb2R5OiBib2R5LFxuICAgICAgICB9KSkpO1xuICAgICAgfVxuICAgIH1cbiAgfVxuXG4gIC8qKiBTZXRzIHRoZSBzdGFjayBwb2xpY3kgKGBzdGFja1BvbGljeWA7IGFuIGVtcHR5IGxpc3QgbGlmdHMgaXQpLiAqL1xuICBwdWJsaWMgYXN5bmMgc2V0U3RhY2tQb2xpY3koc3RhY2tOYW1lOiBzdHJpbmcsIHByb3RlY3RlZElkczogcmVhZG9ubHkgc3RyaW5nW10sIHR5cGVzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+KTogUHJvbWlzZTx2b2lkPiB7XG4gICAgY29uc3QgYm9keSA9IHN0YWNrUG9saWN5KHByb3RlY3RlZElkcywgdHlwZXMpO1xuICAgIGF3YWl0IHRoaXMuY2FsbChgU2V0U3RhY2tQb2xpY3kgJHtzdGFja05hbWV9YCwgKCkgPT4gdGhpcy5jZi5zZW5kKG5ldyB0aGlzLmNmbi5TZXRTdGFja1BvbGljeUNvbW1hbmQoeyBTdGFja05hbWU6IHN0YWNrTmFtZSwgU3RhY2tQb2xpY3lCb2R5OiBib2R5IH0pKSk7XG4gIH1cblxuICAvKipcbiAgICogRXhlY3V0ZXMgdGhlIGNoYW5nZSBzZXQgYW5kIHdhaXRzIGZvciB0aGUgc3RhY2s7IHJldHVybnMgaXRzIG91dHB1dHMuIEZvciBhbiBVUERBVEUgdGhlXG4gICAqIHN0YWNrIHBvbGljeSBpcyBzZXQgZmlyc3QgKHByb3RlY3RlZCBpZHMgb2YgdGhlIGxhc3QgYXBwbGllZCBhbmQgdGhlIG5ldyB0ZW1wbGF0ZTsgYFtdYFxuICAgKiBsaWZ0cyBpdCwgZm9yIERFTEVURUQpOyBmb3IgYSBDUkVBVEUgcmlnaHQgYWZ0ZXIuXG4gICAqL1xuICBwdWJsaWMgYXN5bmMgYXBwbHkocGxhbjogQ2ZuUGxhbiwgcHJvdGVjdGVkSWRzOiByZWFkb25seSBzdHJpbmdbXSk6IFByb21pc2U8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4ge1xuICAgIGNvbnN0IGRlYWRsaW5lID0gRGF0ZS5ub3coKSArIHRoaXMuc2V0dGluZ3MudGltZW91dFNlY29uZHMgKiAxMDAwO1xuICAgIGlmIChwbGFuLmNoYW5nZVNldElkKSB7XG4gICAgICBpZiAocGxhbi50eXBlID09PSAnVVBEQVRFJykgYXdhaXQgdGhpcy5zZXRTdGFja1BvbGljeShwbGFuLnN0YWNrTmFtZSwgcHJvdGVjdGVkSWRzLCBwbGFuLnR5cGVzKTtcbiAgICAgIGF3YWl0IHRoaXMuY2FsbChgRXhlY3V0ZUNoYW5nZVNldCAke3BsYW4uc3RhY2tOYW1lfWAsICgpID0+IHRoaXMuY2Yuc2VuZChuZXcgdGhpcy5jZm4uRXhlY3V0ZUNoYW5nZVNldENvbW1hbmQoeyBDaGFuZ2VTZXROYW1lOiBwbGFuLmNoYW5nZVNldElkIH0pKSk7XG4gICAgICBhd2FpdCB0aGlzLndhaXRTdGFjayhwbGFuLnN0YWNrSWQgPz8gcGxhbi5zdGFja05hbWUsIGRlYWRsaW5lLCBwbGFuLnR5cGUgPT09ICdDUkVBVEUnID8gJ2NyZWF0ZScgOiAndXBkYXRlJyk7XG4gICAgICBpZiAocGxhbi50eXBlID09PSAnQ1JFQVRFJykgYXdhaXQgdGhpcy5zZXRTdGFja1BvbGljeShwbGFuLnN0YWNrTmFtZSwgcHJvdGVjdGVkSWRzLCBwbGFuLnR5cGVzKTtcbiAgICB9IGVsc2Uge1xuICAgICAgLy8gTm8gY2hhbmdlczoga2VlcCB0aGUgcG9saWN5IHVwIHRvIGRhdGUgYWxsIHRoZSBzYW1lLlxuICAgICAgaWYgKGF3YWl0IHRoaXMuc3RhY2tTdGF0dXMocGxhbi5zdGFja05hbWUpKSBhd2FpdCB0aGlzLnNldFN0YWNrUG9saWN5KHBsYW4uc3RhY2tOYW1lLCBwcm90ZWN0ZWRJZHMsIHBsYW4udHlwZXMpO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy5vdXRwdXRzKHBsYW4uc3RhY2tOYW1lKTtcbiAgfVxuXG4gIC8qKiBEZWxldGVzIHRoZSBzdGFjayBhbmQgd2FpdHMgdW50aWwgaXQgaXMgZ29uZS4gKi9cbiAgcHVibGljIGFzeW5jIGRlbGV0ZVN0YWNrKHN0YWNrTmFtZTogc3RyaW5nKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgdGhpcy5zZXR0aW5ncy50aW1lb3V0U2Vjb25kcyAqIDEwMDA7XG4gICAgaWYgKCFhd2FpdCB0aGlzLnNldHRsZWQoc3RhY2tOYW1lLCBkZWFkbGluZSkpIHJldHVybjtcbiAgICBhd2FpdCB0aGlzLmNhbGwoYERlbGV0ZVN0YWNrICR7c3RhY2tOYW1lfWAsICgpID0+IHRoaXMuY2Yuc2VuZChuZXcgdGhpcy5jZm4uRGVsZXRlU3RhY2tDb21tYW5kKHsgU3RhY2tOYW1lOiBzdGFja05hbWUsIFJvbGVBUk46IHRoaXMuc2V0dGluZ3Mucm9sZUFybiB9KSkpO1xuICAgIGF3YWl0IHRoaXMud2FpdFN0YWNrKHN0YWNrTmFtZSwgZGVhZGxpbmUsICdkZWxldGUnKTtcbiAgfVxuXG4gIC8qKiBUaGUgc3RhY2sncyBvdXRwdXRzLCBieSBrZXkgKHRoZSB3b3JrZXIgbGVhdmVzIG91dCBuYW1lcyB0aGF0IGxvb2sgbGlrZSBzZWNyZXRzKS4gKi9cbiAgcHVibGljIGFzeW5jIG91dHB1dHMoc3RhY2tOYW1lOiBzdHJpbmcpOiBQcm9taXNlPFJlY29yZDxzdHJpbmcsIHN0cmluZz4+IHtcbiAgICBjb25zdCBzdCA9IGF3YWl0IHRoaXMuc3RhY2tTdGF0dXMoc3RhY2tOYW1lKTtcbiAgICByZXR1cm4gT2JqZWN0LmZyb21FbnRyaWVzKChzdD8uT3V0cHV0cyA/PyBbXSkuZmlsdGVyKChvKSA9PiBvLk91dHB1dEtleSkubWFwKChvKSA9PiBbby5PdXRwdXRLZXkhLCBvLk91dHB1dFZhbHVlID8/ICcnXSkpO1xuICB9XG5cbiAgLyoqIFdhaXRzIGZvciBhIHN0YWNrIG9wZXJhdGlvbjsgYSBmYWlsdXJlIG9yIHJvbGxiYWNrIGlzIGFuIGVycm9yIHdpdGggdGhlIGZpcnN0IGZhaWxlZCByZXNvdXJjZSdzIHJlYXNvbi4gKi9cbiAgcHJpdmF0ZSBhc3luYyB3YWl0U3RhY2soc3RhY2tOYW1lOiBzdHJpbmcsIGRlYWRsaW5lOiBudW1iZXIsIG9wOiAnY3JlYXRlJyB8ICd1cGRhdGUnIHwgJ2RlbGV0ZScpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCBzdCA9IGF3YWl0IHRoaXMuc3RhY2tTdGF0dXMoc3RhY2tOYW1lKTtcbiAgICAgIGNvbnN0IHN0YXR1cyA9IHN0Py5TdGFja1N0YXR1cyA/PyAnREVMRVRFX0NPTVBMRVRFJztcbiAgICAgIGlmIChvcCA9PT0gJ2RlbGV0ZScgJiYgc3RhdHVzID09PSAnREVMRVRFX0NPTVBMRVRFJykgcmV0dXJuO1xuICAgICAgaWYgKChvcCA9PT0gJ2NyZWF0ZScgJiYgc3RhdHVzID09PSAnQ1JFQVRFX0NPTVBMRVRFJykgfHwgKG9wID09PSAndXBkYXRlJyAmJiBzdGF0dXMgPT09ICdVUERBVEVfQ09NUExFVEUnKSkgcmV0dXJuO1xuICAgICAgaWYgKCFzdGF0dXMuZW5kc1dpdGgoJ19JTl9QUk9HUkVTUycpKSB7XG4gICAgICAgIGNvbnN0IHdoeSA9IGF3YWl0IHRoaXMuZmFpbHVyZVJlYXNvbihzdGFja05hbWUsIHN0Py5TdGFja0lkKTtcbiAgICAgICAgdGhyb3cgbmV3IENsb3VkRm9ybWF0aW9uRXJyb3IoYCR7b3B9IG9mIHN0YWNrICR7c3RhY2tOYW1lfSBlbmRlZCAke3N0YXR1c30ke3N0Py5TdGFja1N0YXR1c1JlYXNvbiA/IGAgKCR7c3QuU3RhY2tTdGF0dXNSZWFzb259KWAgOiAnJ30ke3doeSA/IGA6ICR7d2h5fWAgOiAnJ31gLCBmYWxzZSk7XG4gICAgICB9XG4gICAgICBpZiAoRGF0ZS5ub3coKSA+IGRlYWRsaW5lKSB0aHJvdyBuZXcgQ2xvdWRGb3JtYXRpb25FcnJvcihgJHtvcH0gb2Ygc3RhY2sgJHtzdGFja05hbWV9IGlzIHN0aWxsICR7c3RhdHVzfSBhZnRlciAke3RoaXMuc2V0dGluZ3MudGltZW91dFNlY29uZHN9IHNgLCB0cnVlKTtcbiAgICAgIGF3YWl0IHNsZWVwKHRoaXMuc2V0dGluZ3MucG9sbE1zKTtcbiAgICB9XG4gIH1cblxuICAvKiogVGhlIHJlYXNvbnMgb2YgdGhlIGxhdGVzdCBmYWlsZWQgcmVzb3VyY2UgZXZlbnRzIChmaXJzdCBwYWdlKS4gKi9cbiAgcHJpdmF0ZSBhc3luYyBmYWlsdXJlUmVhc29uKHN0YWNrTmFtZTogc3RyaW5nLCBzdGFja0lkPzogc3RyaW5nKTogUHJvbWlzZTxzdHJpbmc+IHtcbiAgICB0cnkge1xuICAgICAgY29uc3QgciA9IGF3YWl0IHRoaXMuY2Yuc2VuZChuZXcgdGhpcy5jZm4uRGVzY3JpYmVTdGFja0V2ZW50c0NvbW1hbmQoeyBTdGFja05hbWU6IHN0YWNrSWQgPz8gc3RhY2tOYW1lIH0pKTtcbiAgICAgIHJldHVybiAoci5TdGFja0V2ZW50cyA/PyBbXSkuZmlsdGVyKChlKSA9PiAvRkFJTEVEJC8udGVzdChlLlJlc291cmNlU3RhdHVzID8/ICcnKSAmJiBlLlJlc291cmNlU3RhdHVzUmVhc29uKVxuICAgICAgICAuc2xpY2UoMCwgMykubWFwKChlKSA9PiBgJHtlLkxvZ2ljYWxSZXNvdXJjZUlkfSAke2UuUmVzb3VyY2VTdGF0dXN9OiAke2UuUmVzb3VyY2VTdGF0dXNSZWFzb259YCkuam9pbignOyAnKTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIHJldHVybiAnJztcbiAgICB9XG4gIH1cbn1cblxuXG4vKipcbiAqIEEgemlwIG9mIGEgZm9sZGVyJ3MgZmlsZXMgKGRlZmxhdGVkOyBzb3J0ZWQgcGF0aHMsIGZpeGVkIHRpbWVzIGFuZCBtb2Rlcywgc28gdGhlIHNhbWUgZm9sZGVyXG4gKiBnaXZlcyB0aGUgc2FtZSBieXRlcykuIEVub3VnaCBmb3IgYSBMYW1iZGEgZnVuY3Rpb24ncyBjb2RlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gemlwRGlyZWN0b3J5KGRpcjogc3RyaW5nKTogQnVmZmVyIHtcbiAgY29uc3QgZmlsZXM6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IHdhbGsgPSAocmVsOiBzdHJpbmcpID0+IHtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgZnMucmVhZGRpclN5bmMocGF0aC5qb2luKGRpciwgcmVsKSkuc29ydCgpKSB7XG4gICAgICBjb25zdCByID0gcmVsID8gYCR7cmVsfS8ke25hbWV9YCA6IG5hbWU7XG4gICAgICBjb25zdCBzdCA9IGZzLnN0YXRTeW5jKHBhdGguam9pbihkaXIsIHIpKTtcbiAgICAgIGlmIChzdC5pc0RpcmVjdG9yeSgpKSB3YWxrKHIpO1xuICAgICAgZWxzZSBmaWxlcy5wdXNoKHIpO1xuICAgIH1cbiAgfTtcbiAgd2FsaygnJyk7XG4gIGNvbnN0IGxvY2FsczogQnVmZmVyW10gPSBbXTtcbiAgY29uc3QgY2VudHJhbHM6IEJ1ZmZlcltdID0gW107XG4gIGxldCBvZmZzZXQgPSAwO1xuICBjb25zdCBET1NfVElNRSA9IDA7IC8vIDAwOjAwOjAwXG4gIGNvbnN0IERPU19EQVRFID0gMHgyMTsgLy8gMTk4MC0wMS0wMTogKHllYXIgLSAxOTgwKSAqIDUxMiArIG1vbnRoICogMzIgKyBkYXlcbiAgZm9yIChjb25zdCBmIG9mIGZpbGVzKSB7XG4gICAgY29uc3QgZGF0YSA9IGZzLnJlYWRGaWxlU3luYyhwYXRoLmpvaW4oZGlyLCBmKSk7XG4gICAgY29uc3QgcGFja2VkID0gemxpYi5kZWZsYXRlUmF3U3luYyhkYXRhKTtcbiAgICBjb25zdCBjcmMgPSB6bGliLmNyYzMyKGRhdGEpO1xuICAgIGNvbnN0IG5hbWUgPSBCdWZmZXIuZnJvbShmLCAndXRmOCcpO1xuICAgIGNvbnN0IGxvY2FsID0gQnVmZmVyLmFsbG9jKDMwKTtcbiAgICBsb2NhbC53cml0ZVVJbnQzMkxFKDB4MDQwMzRiNTAsIDApO1xuICAgIGxvY2FsLndyaXRlVUludDE2TEUoMjAsIDQpO1xuICAgIGxvY2FsLndyaXRlVUludDE2TEUoMHgwODAwLCA2KTsgLy8gVVRGLTggbmFtZXNcbiAgICBsb2NhbC53cml0ZVVJbnQxNkxFKDgsIDgpOyAvLyBkZWZsYXRlXG4gICAgbG9jYWwud3JpdGVVSW50MTZMRShET1NfVElNRSwgMTApO1xuICAgIGxvY2FsLndyaXRlVUludDE2TEUoRE9TX0RBVEUsIDEyKTtcbiAgICBsb2NhbC53cml0ZVVJbnQzMkxFKGNyYywgMTQpO1xuICAgIGxvY2FsLndyaXRlVUludDMyTEUocGFja2VkLmxlbmd0aCwgMTgpO1xuICAgIGxvY2FsLndyaXRlVUludDMyTEUoZGF0YS5sZW5ndGgsIDIyKTtcbiAgICBsb2NhbC53cml0ZVVJbnQxNkxFKG5hbWUubGVuZ3RoLCAyNik7XG4gICAgbG9jYWwud3JpdGVVSW50MTZMRSgwLCAyOCk7XG4gICAgY29uc3QgY2VudHJhbCA9IEJ1ZmZlci5hbGxvYyg0Nik7XG4gICAgY2VudHJhbC53cml0ZVVJbnQzMkxFKDB4MDIwMTRiNTAsIDApO1xuICAgIGNlbnRyYWwud3JpdGVVSW50MTZMRSgweDAzMTQsIDQpOyAvLyBtYWRlIGJ5IFVuaXgsIDIuMFxuICAgIGNlbnRyYWwud3JpdGVVSW50MTZMRSgyMCwgNik7XG4gICAgY2VudHJhbC53cml0ZVVJbnQxNkxFKDB4MDgwMCwgOCk7XG4gICAgY2VudHJhbC53cml0ZVVJbnQxNkxFKDgsIDEwKTtcbiAgICBjZW50cmFsLndyaXRlVUludDE2TEUoRE9TX1RJTUUsIDEyKTtcbiAgICBjZW50cmFsLndyaXRlVUludDE2TEUoRE9TX0RBVEUsIDE0KTtcbiAgICBjZW50cmFsLndyaXRlVUludDMyTEUoY3JjLCAxNik7XG4gICAgY2VudHJhbC53cml0ZVVJbnQzMkxFKHBhY2tlZC5sZW5ndGgsIDIwKTtcbiAgICBjZW50cmFsLndyaXRlVUludDMyTEUoZGF0YS5sZW5ndGgsIDI0KTtcbiAgICBjZW50cmFsLndyaXRlVUludDE2TEUobmFtZS5sZW5ndGgsIDI4KTtcbiAgICBjZW50cmFsLndyaXRlVUludDMyTEUoMG8xMDA2NDQgKiAweDEwMDAwLCAzOCk7IC8vIHJlZ3VsYXIgZmlsZSwgcnctci0tci0tIChVbml4IG1vZGUgaW4gdGhlIGhpZ2ggMTYgYml0cylcbiAgICBjZW50cmFsLndyaXRlVUludDMyTEUob2Zmc2V0LCA0Mik7XG4gICAgbG9jYWxzLnB1c2gobG9jYWwsIG5hbWUsIHBhY2tlZCk7XG4gICAgY2VudHJhbHMucHVzaChjZW50cmFsLCBuYW1lKTtcbiAgICBvZmZzZXQgKz0gbG9jYWwubGVuZ3RoICsgbmFtZS5sZW5ndGggKyBwYWNrZWQubGVuZ3RoO1xuICB9XG4gIGNvbnN0IGNkID0gQnVmZmVyLmNvbmNhdChjZW50cmFscyk7XG4gIGNvbnN0IGVuZCA9IEJ1ZmZlci5hbGxvYygyMik7XG4gIGVuZC53cml0ZVVJbnQzMkxFKDB4MDYwNTRiNTAsIDApO1xuICBlbmQud3JpdGVVSW50MTZMRShmaWxlcy5sZW5ndGgsIDgpO1xuICBlbmQud3JpdGVVSW50MTZMRShmaWxlcy5sZW5ndGgsIDEwKTtcbiAgZW5kLndyaXRlVUludDMyTEUoY2QubGVuZ3RoLCAxMik7XG4gIGVuZC53cml0ZVVJbnQzMkxFKG9mZnNldCwgMTYpO1xuICByZXR1cm4gQnVmZmVyLmNvbmNhdChbLi4ubG9jYWxzLCBjZCwgZW5kXSk7XG59XG4iXX0=