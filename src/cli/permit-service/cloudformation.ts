import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type * as CFN from '@aws-sdk/client-cloudformation';
import type * as S3 from '@aws-sdk/client-s3';
import { DATA_VOLUME_TYPES, emptySummary, PlannedResourceChange, PlanSummary, TerraformError } from './terraform';

/**
 * CloudFormation for the permit worker's `--backend aws` plan and apply modes: the synthesized
 * cloud assembly's template uploaded to the configured bucket, its file assets published to their
 * destinations, a change set (CREATE or UPDATE) read into the worker's plan summary, the data-loss
 * check on the change set itself, a stack policy that makes CloudFormation refuse the same
 * changes, then ExecuteChangeSet and the stack outputs. DELETED deploys the DELETED template (the
 * buckets switch to Delete), lifts the stack policy and deletes the stack.
 *
 * The AWS SDK is loaded on first use only (CloudFormationDeployer.create): the other backends and the CLI do not
 * pay for it. Credentials and endpoint come from the SDK's standard chain (environment, profile,
 * instance or task role; AWS_ENDPOINT_URL).
 */

/** How the worker deploys with CloudFormation (config file `cloudformation:`; env RWS_CFN_*). */
export interface CloudFormationSettings {
  /** The bucket the templates are uploaded to (TemplateURL): e.g. the CDK bootstrap assets bucket. */
  readonly bucket?: string;
  /** Key prefix of the uploaded templates. */
  readonly prefix: string;
  /** The region (else the SDK's: AWS_REGION, the profile). */
  readonly region?: string;
  /** CloudFormation service role (RoleARN of the change sets and the stack deletion). */
  readonly roleArn?: string;
  /** Values of template parameters without a default. Parameters with a default keep it. */
  readonly parameters: Record<string, string>;
  /** Seconds to wait for a change set, a stack operation or a stack another worker left in progress. */
  readonly timeoutSeconds: number;
  /** Milliseconds between two polls. */
  readonly pollMs: number;
}

/** A CloudFormation call or stack operation that failed: `transient` when worth retrying. */
export class CloudFormationError extends TerraformError {
  constructor(message: string, transient: boolean) {
    super(message, transient);
    this.name = 'CloudFormationError';
  }
}

/** The change sets the worker makes are named `rws-...`. */
const CHANGE_SET_PREFIX = 'rws-';

/** What `plan` made: a change set to execute or discard, or nothing to do. */
export interface CfnPlan {
  readonly stackName: string;
  /** CREATE for a stack that does not exist (a stack in review or rolled back is deleted first), UPDATE otherwise. */
  readonly type: 'CREATE' | 'UPDATE';
  /** The stack's ARN (undefined: no change set). */
  readonly stackId?: string;
  /** The change set's ARN; undefined when CloudFormation found no changes. */
  readonly changeSetId?: string;
  readonly summary: PlanSummary;
  /** The template's key in the bucket. */
  readonly templateKey: string;
  /** The resource type of each logical id of the template (for the stack policy). */
  readonly types: Record<string, string>;
}

/**
 * The stack policy: updates allowed, except replacing a protected resource (`Update:Replace`) and
 * removing one that holds data (`Update:Delete` of a bucket, key, file system or volume). A
 * protected resource of another type (a log group with DeletionPolicy Retain, e.g. the SFTP
 * airlock's logs when the airlock goes) may leave the template: CloudFormation keeps it.
 * `types` gives each protected id's resource type (from the template).
 */
export function stackPolicy(protectedIds: readonly string[], types: Record<string, string>): string {
  const statements: any[] = [{ Effect: 'Allow', Action: 'Update:*', Principal: '*', Resource: '*' }];
  const ids = [...new Set(protectedIds)].sort();
  const data = ids.filter((id) => DATA_VOLUME_TYPES.includes(types[id]));
  const other = ids.filter((id) => !DATA_VOLUME_TYPES.includes(types[id]));
  if (data.length) statements.push({ Effect: 'Deny', Action: ['Update:Replace', 'Update:Delete'], Principal: '*', Resource: data.map((id) => `LogicalResourceId/${id}`) });
  if (other.length) statements.push({ Effect: 'Deny', Action: ['Update:Replace'], Principal: '*', Resource: other.map((id) => `LogicalResourceId/${id}`) });
  return JSON.stringify({ Statement: statements });
}

/**
 * The data-loss rule on a change set, before permit.deleted: a replacement (Replacement True or
 * Conditional) of a protected resource or of a data type, and a removal of a data type (a bucket,
 * key, file system or volume: removed, it is deleted, or kept outside the permit where
 * permit.deleted no longer deletes it). A protected resource of another type may be removed: its
 * DeletionPolicy Retain keeps it (the lifecycle removes the SFTP airlock's log group so).
 */
export function changeSetDataLoss(summary: PlanSummary, protectedIds: readonly string[], deleting: boolean): PlannedResourceChange[] {
  if (deleting) return [];
  const prot = new Set(protectedIds);
  return summary.changes.filter((c) => {
    const data = DATA_VOLUME_TYPES.includes(c.type);
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
export function summarizeChangeSet(changes: readonly CFN.Change[]): PlanSummary {
  const s = { create: 0, update: 0, delete: 0, replace: 0, noop: 0, changes: [] as PlannedResourceChange[] };
  for (const c of changes) {
    const rc = c.ResourceChange;
    if (!rc?.LogicalResourceId) continue;
    let actions: string[];
    if (rc.Action === 'Add') {
      actions = ['create'];
      s.create++;
    } else if (rc.Action === 'Remove') {
      actions = ['delete'];
      s.delete++;
    } else if (rc.Action === 'Modify' && (rc.Replacement === 'True' || rc.Replacement === 'Conditional')) {
      actions = ['delete', 'create'];
      s.replace++;
    } else if (rc.Action === 'Modify' || rc.Action === 'Dynamic') {
      actions = ['update'];
      s.update++;
    } else {
      // Import: the resource exists already; nothing is created or destroyed.
      s.noop++;
      continue;
    }
    s.changes.push({
      address: rc.LogicalResourceId,
      type: rc.ResourceType ?? 'unknown',
      actions,
      ...(rc.Replacement && rc.Action === 'Modify' ? { replacement: rc.Replacement } : {}),
    } as PlannedResourceChange);
  }
  return s;
}

const TRANSIENT_CODES = new Set([
  'Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'TooManyRequestsException', 'RequestTimeout', 'RequestTimeoutException',
  'ServiceUnavailable', 'InternalFailure', 'InternalError', 'SlowDown', 'TimeoutError', 'NetworkingError',
]);

/** An SDK error as a CloudFormationError (transient for throttling, 5xx, the network). */
function sdkError(what: string, e: any): CloudFormationError {
  if (e instanceof CloudFormationError) return e;
  const code: string = e?.name ?? e?.Code ?? 'Error';
  const status: number | undefined = e?.$metadata?.httpStatusCode;
  const network = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENOTFOUND|socket hang up/.test(String(e?.message) + String(e?.code));
  const credentials = code === 'CredentialsProviderError' || /Could not load credentials|Region is missing/.test(String(e?.message));
  const transient = !credentials && (TRANSIENT_CODES.has(code) || (status !== undefined && status >= 500) || network);
  const fix = credentials ? '; give the worker AWS credentials (environment, profile or instance role) and a region (cloudformation.region or AWS_REGION)' : '';
  return new CloudFormationError(`${what}: ${code}: ${String(e?.message ?? e).split('\n').join(' ').slice(0, 1000)}${fix}`, transient);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** "No changes" as CloudFormation words it (a FAILED change set, or a refused UPDATE). */
const NO_CHANGES = /didn't contain changes|No updates are to be performed/i;

/** The permit worker's CloudFormation client. */
export class CloudFormationDeployer {
  /**
   * Loads the SDK (here, on first use: a require inside the function, so neither the CLI nor the
   * other backends load it) and makes the clients.
   */
  public static async create(settings: CloudFormationSettings): Promise<CloudFormationDeployer> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cfn = require('@aws-sdk/client-cloudformation') as typeof CFN;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const s3 = require('@aws-sdk/client-s3') as typeof S3;
    return new CloudFormationDeployer(settings, cfn, s3);
  }

  private readonly cf: CFN.CloudFormationClient;
  private readonly s3: S3.S3Client;

  private constructor(public readonly settings: CloudFormationSettings, private readonly cfn: typeof CFN, private readonly s3sdk: typeof S3) {
    const region = settings.region ? { region: settings.region } : {};
    this.cf = new cfn.CloudFormationClient({ ...region, maxAttempts: 5 });
    // Path-style: works for every bucket name and for local emulators.
    this.s3 = new s3sdk.S3Client({ ...region, forcePathStyle: true, maxAttempts: 5 });
  }

  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw sdkError(what, e);
    }
  }

  /** The stack's status, or undefined when there is none. */
  public async stackStatus(stackName: string): Promise<CFN.Stack | undefined> {
    try {
      const r = await this.cf.send(new this.cfn.DescribeStacksCommand({ StackName: stackName }));
      const st = r.Stacks?.[0];
      return st && st.StackStatus !== 'DELETE_COMPLETE' ? st : undefined;
    } catch (e: any) {
      if (/does not exist/.test(String(e?.message))) return undefined;
      throw sdkError(`DescribeStacks ${stackName}`, e);
    }
  }

  /** Waits while the stack is in an *_IN_PROGRESS state (e.g. left by a worker killed mid-apply). */
  private async settled(stackName: string, deadline: number): Promise<CFN.Stack | undefined> {
    for (;;) {
      const st = await this.stackStatus(stackName);
      const status = st?.StackStatus ?? '';
      if (!status.endsWith('_IN_PROGRESS') || status === 'REVIEW_IN_PROGRESS') return st;
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
  public async plan(stackName: string, assemblyDir: string, eventId: string): Promise<CfnPlan> {
    const deadline = Date.now() + this.settings.timeoutSeconds * 1000;
    const templateFile = path.join(assemblyDir, `${stackName}.template.json`);
    const templateText = fs.readFileSync(templateFile, 'utf8');
    const template = JSON.parse(templateText);
    const parameters = this.parameters(template, stackName);
    const types: Record<string, string> = Object.fromEntries(Object.entries<any>(template.Resources ?? {}).map(([k, r]) => [k, String(r?.Type)]));
    const bucket = this.settings.bucket!;
    const key = `${this.settings.prefix}${stackName}/${createHash('sha256').update(templateText).digest('hex')}.json`;
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
    const type: 'CREATE' | 'UPDATE' = st ? 'UPDATE' : 'CREATE';
    if (st) await this.discardOld(stackName);
    const name = `${CHANGE_SET_PREFIX}${eventId.replace(/[^A-Za-z0-9-]/g, '-')}-${Date.now().toString(36)}`.slice(0, 128);
    const region = await this.cf.config.region();
    const templateUrl = `https://s3.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}/${bucket}/${key}`;
    let created: CFN.CreateChangeSetCommandOutput;
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
    } catch (e: any) {
      if (NO_CHANGES.test(String(e?.message))) return { stackName, type, summary: emptySummary(), templateKey: key, types };
      throw sdkError(`CreateChangeSet ${stackName}`, e);
    }
    const id = created.Id!;
    const described = await this.describeAll(id, deadline);
    if (described.status === 'FAILED') {
      if (NO_CHANGES.test(described.reason)) {
        await this.discard(id);
        return { stackName, type, summary: emptySummary(), templateKey: key, types };
      }
      await this.discard(id);
      throw new CloudFormationError(`change set of ${stackName} failed: ${described.reason}`, false);
    }
    await this.publishAssets(stackName, assemblyDir, created.StackId ?? id);
    return { stackName, type, stackId: created.StackId, changeSetId: id, summary: summarizeChangeSet(described.changes), templateKey: key, types };
  }

  /** Template parameters: configured values; parameters with a default keep it; a missing one is an error. */
  private parameters(template: any, stackName: string): CFN.Parameter[] {
    const out: CFN.Parameter[] = [];
    for (const [k, p] of Object.entries<any>(template.Parameters ?? {})) {
      const v = this.settings.parameters[k];
      if (v !== undefined) {out.push({ ParameterKey: k, ParameterValue: v });} else if (p?.Default === undefined) {
        throw new CloudFormationError(`the template of ${stackName} has parameter ${k} without a default; give it in the worker config: cloudformation: { parameters: { ${k}: ... } }`, false);
      }
    }
    return out;
  }

  /** Deletes the worker's earlier change sets of the stack (plan mode leaves the last one for review). */
  private async discardOld(stackName: string): Promise<void> {
    let token: string | undefined;
    const old: string[] = [];
    do {
      const r = await this.call(`ListChangeSets ${stackName}`, () => this.cf.send(new this.cfn.ListChangeSetsCommand({ StackName: stackName, NextToken: token })));
      for (const c of r.Summaries ?? []) {
        // (moto lists every stack's change sets: the stack name is checked too)
        if (c.ChangeSetName?.startsWith(CHANGE_SET_PREFIX) && c.ChangeSetId && c.StackName === stackName && c.ExecutionStatus === 'AVAILABLE') old.push(c.ChangeSetId);
      }
      token = r.NextToken;
    } while (token);
    for (const id of old) await this.discard(id);
  }

  /** Waits for the change set, then reads every page of its changes. */
  private async describeAll(id: string, deadline: number): Promise<{ status: string; reason: string; changes: CFN.Change[] }> {
    for (;;) {
      const first = await this.call('DescribeChangeSet', () => this.cf.send(new this.cfn.DescribeChangeSetCommand({ ChangeSetName: id })));
      const status = first.Status ?? '';
      if (status === 'FAILED') return { status, reason: first.StatusReason ?? '', changes: [] };
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
      if (Date.now() > deadline) throw new CloudFormationError(`change set ${id} is still ${status} after ${this.settings.timeoutSeconds} s`, true);
      await sleep(this.settings.pollMs);
    }
  }

  /** Deletes a change set (a refused plan; nothing executed). */
  public async discard(changeSetId: string): Promise<void> {
    try {
      await this.cf.send(new this.cfn.DeleteChangeSetCommand({ ChangeSetName: changeSetId }));
    } catch (e: any) {
      if (!/does not exist|not found/i.test(String(e?.message))) throw sdkError(`DeleteChangeSet ${changeSetId}`, e);
    }
  }

  /**
   * Publishes the assembly's file assets (`<stack>.assets.json`) to their destinations, with
   * ${AWS::AccountId}, ${AWS::Region} and ${AWS::Partition} of the stack's ARN. A directory is
   * zipped (stored files in a fixed order, fixed times); docker image assets are refused. An
   * object that is there already is not uploaded again (the key is the content hash).
   */
  private async publishAssets(stackName: string, assemblyDir: string, stackArn: string): Promise<void> {
    const manifestFile = path.join(assemblyDir, `${stackName}.assets.json`);
    if (!fs.existsSync(manifestFile)) return;
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    const images = Object.keys(manifest.dockerImages ?? {});
    if (images.length) {
      throw new CloudFormationError(`the stack ${stackName} has ${images.length} container image asset(s) (${images.join(', ')}), which the worker does not build or push; `
        + 'use image references (e.g. an ECR image) in the backend config, or deploy this stack with cdk deploy', false);
    }
    const [, partition, , region, account] = stackArn.split(':');
    const sub = (s: string) => s.replace(/\$\{AWS::AccountId\}/g, account).replace(/\$\{AWS::Region\}/g, region).replace(/\$\{AWS::Partition\}/g, partition);
    for (const [hash, asset] of Object.entries<any>(manifest.files ?? {})) {
      // The stack's template: uploaded to the configured bucket already.
      if (asset.source?.packaging === 'file' && /\.template\.json$/.test(asset.source.path ?? '')) continue;
      const src = path.join(assemblyDir, asset.source?.path ?? '');
      if (!asset.source?.path || asset.source.executable) {
        throw new CloudFormationError(`asset ${hash} of ${stackName} is built by a command, which the worker does not run; deploy this stack with cdk deploy`, false);
      }
      for (const d of Object.values<any>(asset.destinations ?? {})) {
        const bucket = sub(d.bucketName);
        const key = sub(d.objectKey);
        const exists = await this.s3.send(new this.s3sdk.HeadObjectCommand({ Bucket: bucket, Key: key })).then(() => true, (e: any) => {
          if (e?.$metadata?.httpStatusCode === 404 || e?.name === 'NotFound') return false;
          throw sdkError(`HeadObject s3://${bucket}/${key} (asset ${asset.displayName ?? hash})`, e);
        });
        if (exists) continue;
        const body = asset.source.packaging === 'zip' || fs.statSync(src).isDirectory() ? zipDirectory(src) : fs.readFileSync(src);
        await this.call(`publishing asset ${asset.displayName ?? hash} to s3://${bucket}/${key}`, () => this.s3.send(new this.s3sdk.PutObjectCommand({
          Bucket: bucket, Key: key, Body: body,
        })));
      }
    }
  }

  /** Sets the stack policy (`stackPolicy`; an empty list lifts it). */
  public async setStackPolicy(stackName: string, protectedIds: readonly string[], types: Record<string, string>): Promise<void> {
    const body = stackPolicy(protectedIds, types);
    await this.call(`SetStackPolicy ${stackName}`, () => this.cf.send(new this.cfn.SetStackPolicyCommand({ StackName: stackName, StackPolicyBody: body })));
  }

  /**
   * Executes the change set and waits for the stack; returns its outputs. For an UPDATE the
   * stack policy is set first (protected ids of the last applied and the new template; `[]`
   * lifts it, for DELETED); for a CREATE right after.
   */
  public async apply(plan: CfnPlan, protectedIds: readonly string[]): Promise<Record<string, string>> {
    const deadline = Date.now() + this.settings.timeoutSeconds * 1000;
    if (plan.changeSetId) {
      if (plan.type === 'UPDATE') await this.setStackPolicy(plan.stackName, protectedIds, plan.types);
      await this.call(`ExecuteChangeSet ${plan.stackName}`, () => this.cf.send(new this.cfn.ExecuteChangeSetCommand({ ChangeSetName: plan.changeSetId })));
      await this.waitStack(plan.stackId ?? plan.stackName, deadline, plan.type === 'CREATE' ? 'create' : 'update');
      if (plan.type === 'CREATE') await this.setStackPolicy(plan.stackName, protectedIds, plan.types);
    } else {
      // No changes: keep the policy up to date all the same.
      if (await this.stackStatus(plan.stackName)) await this.setStackPolicy(plan.stackName, protectedIds, plan.types);
    }
    return this.outputs(plan.stackName);
  }

  /** Deletes the stack and waits until it is gone. */
  public async deleteStack(stackName: string): Promise<void> {
    const deadline = Date.now() + this.settings.timeoutSeconds * 1000;
    if (!await this.settled(stackName, deadline)) return;
    await this.call(`DeleteStack ${stackName}`, () => this.cf.send(new this.cfn.DeleteStackCommand({ StackName: stackName, RoleARN: this.settings.roleArn })));
    await this.waitStack(stackName, deadline, 'delete');
  }

  /** The stack's outputs, by key (the worker leaves out names that look like secrets). */
  public async outputs(stackName: string): Promise<Record<string, string>> {
    const st = await this.stackStatus(stackName);
    return Object.fromEntries((st?.Outputs ?? []).filter((o) => o.OutputKey).map((o) => [o.OutputKey!, o.OutputValue ?? '']));
  }

  /** Waits for a stack operation; a failure or rollback is an error with the first failed resource's reason. */
  private async waitStack(stackName: string, deadline: number, op: 'create' | 'update' | 'delete'): Promise<void> {
    for (;;) {
      const st = await this.stackStatus(stackName);
      const status = st?.StackStatus ?? 'DELETE_COMPLETE';
      if (op === 'delete' && status === 'DELETE_COMPLETE') return;
      if ((op === 'create' && status === 'CREATE_COMPLETE') || (op === 'update' && status === 'UPDATE_COMPLETE')) return;
      if (!status.endsWith('_IN_PROGRESS')) {
        const why = await this.failureReason(stackName, st?.StackId);
        throw new CloudFormationError(`${op} of stack ${stackName} ended ${status}${st?.StackStatusReason ? ` (${st.StackStatusReason})` : ''}${why ? `: ${why}` : ''}`, false);
      }
      if (Date.now() > deadline) throw new CloudFormationError(`${op} of stack ${stackName} is still ${status} after ${this.settings.timeoutSeconds} s`, true);
      await sleep(this.settings.pollMs);
    }
  }

  /** The reasons of the latest failed resource events (first page). */
  private async failureReason(stackName: string, stackId?: string): Promise<string> {
    try {
      const r = await this.cf.send(new this.cfn.DescribeStackEventsCommand({ StackName: stackId ?? stackName }));
      return (r.StackEvents ?? []).filter((e) => /FAILED$/.test(e.ResourceStatus ?? '') && e.ResourceStatusReason)
        .slice(0, 3).map((e) => `${e.LogicalResourceId} ${e.ResourceStatus}: ${e.ResourceStatusReason}`).join('; ');
    } catch {
      return '';
    }
  }
}


/**
 * A zip of a folder's files (deflated; sorted paths, fixed times and modes, so the same folder
 * gives the same bytes). Enough for a Lambda function's code.
 */
export function zipDirectory(dir: string): Buffer {
  const files: string[] = [];
  const walk = (rel: string) => {
    for (const name of fs.readdirSync(path.join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      const st = fs.statSync(path.join(dir, r));
      if (st.isDirectory()) walk(r);
      else files.push(r);
    }
  };
  walk('');
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
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
