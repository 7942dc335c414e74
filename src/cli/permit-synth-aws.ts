import * as fs from 'fs';
import * as path from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as logs from 'aws-cdk-lib/aws-logs';
import { ConfigField, configSchema, finishConfig, readConfig } from './config-file';
import { PermitSynthRequest, PermitSynthResult, stackMessages } from './permit-synth';
import { shownPath } from './sources';
import {
  AirlockDataHolderKeys, AirlockEgressControl, AirlockMalwareScanner, AirlockSftpExposure, AirlockWorkspace, AirlockWorkspaceOptions,
} from '../constructs/aws/airlock-workspace';
import { PermitStack } from '../stacks/aws/permit-stack';
import { CachedCloudFormationValidation } from '../stacks/aws/private/validation-cache';
import { ResolvedTemplate, TemplateCatalog } from '../workspaces/catalog';
import { WorkspaceInputError } from '../workspaces/private/error';
import { FieldReader } from '../workspaces/private/fields';
import { confinePath, readInputText } from '../workspaces/private/input-files';
import { JsonSchema, keysAt, lazy, obj, text, textMap } from '../workspaces/private/schemas/json-schema';
import { sizeSchema } from '../workspaces/private/schemas/model';
import { sizeAt } from '../workspaces/private/size-field';
import { YamlPath } from '../workspaces/private/yaml-source';

/** Scalar settings of `--config` for `--backend aws` (AirlockWorkspaceOptions and PermitStackProps in snake_case). */
const AWS_FIELDS: ConfigField[] = [
  { key: 'region', prop: 'region', kind: 'str' },
  { key: 'account', prop: 'account', kind: 'str' },
  { key: 'cidr', prop: 'cidr', kind: 'str' },
  { key: 'max_azs', prop: 'maxAzs', kind: 'int', min: 1, max: 6 },
  { key: 'availability_zones', prop: 'availabilityZones', kind: 'strList' },
  { key: 'vpc_endpoints', prop: 'vpcEndpoints', kind: 'bool' },
  { key: 'dns_firewall', prop: 'dnsFirewall', kind: 'bool' },
  { key: 'egress_control', prop: 'egressControl', kind: 'str', values: Object.values(AirlockEgressControl) },
  { key: 'proxy_instance_type', prop: 'proxyInstanceType', kind: 'str' },
  { key: 'sftp_exposure', prop: 'sftpExposure', kind: 'str', values: Object.values(AirlockSftpExposure) },
  { key: 's3_prefix_list_id', prop: 's3PrefixListId', kind: 'str' },
  { key: 'stopped_state_schedule', prop: 'stoppedStateSchedule', kind: 'str' },
  { key: 'data_event_trail', prop: 'dataEventTrail', kind: 'bool' },
  { key: 'dashboard', prop: 'dashboard', kind: 'bool' },
  { key: 'malware_scanner', prop: 'malwareScanner', kind: 'str', values: Object.values(AirlockMalwareScanner) },
  { key: 'clamav_image', prop: 'clamavImage', kind: 'str' },
  { key: 'signature_mirror_url', prop: 'signatureMirrorUrl', kind: 'str' },
  { key: 'signature_mirror_cidrs', prop: 'signatureMirrorCidrs', kind: 'strList' },
];
const RETENTION_DAYS = Object.values(logs.RetentionDays).filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
/** The settings the reader below reads itself: the rest of the schema. */
const EXTRA = lazy((): { [key: string]: JsonSchema } => ({
  data_holder_keys: {
    type: 'object',
    description: 'SFTP public keys by data holder id: a list of keys, or a file of keys (relative to this file).',
    additionalProperties: { type: ['string', 'array'], items: { type: 'string' } },
  },
  template: text('Template of the analysis desktop (slug or name).'),
  templates: text('Folder of your own templates (relative to this file).'),
  workspace_size: sizeSchema('Size of the analysis desktop.'),
  machine_image: obj('The desktop image: exactly one of ssm_parameter or amis.', {
    ssm_parameter: text('SSM parameter holding the image id (resolved at deploy time).'),
    amis: textMap('Image ids by region.'),
  }, [], { minProperties: 1, maxProperties: 1 }),
  log_retention_days: { type: 'integer', enum: RETENTION_DAYS, description: 'Days CloudWatch Logs keeps the logs (one of CloudWatch\'s periods).' },
  trail_log_retention_days: { type: 'integer', enum: RETENTION_DAYS, description: 'Days CloudWatch Logs keeps the data event trail.' },
}));

/** The JSON Schema of the AWS permit settings (`rws permit synth --backend aws --config <file>`). */
export const awsPermitSettingsSchema = lazy(() => configSchema('cdk-research-workspaces permit settings (AWS)',
  'Settings of a permit\'s secure environment on AWS (rws permit synth --backend aws --config). Unknown keys are errors.', AWS_FIELDS, EXTRA()));

interface AwsSettings extends AirlockWorkspaceOptions {
  readonly region?: string;
  readonly account?: string;
  readonly dataEventTrail?: boolean;
  readonly dashboard?: boolean;
  readonly trailLogRetention?: logs.RetentionDays;
}

function retention(r: FieldReader, d: any, key: string): logs.RetentionDays | undefined {
  const days = r.int(d, key, [], { min: 1 });
  if (days === undefined) return undefined;
  if (!RETENTION_DAYS.includes(days)) {
    r.error([key], 'invalid-value', 'CloudWatch Logs keeps logs for one of a fixed set of periods', days,
      `use one of ${RETENTION_DAYS.join(', ')} (days; 2192 is six years)`);
    return undefined;
  }
  return days as logs.RetentionDays;
}

/** Reads `--config` for AWS (every setting optional). Key files are relative to the config file. */
export function readAwsPermitConfig(file: string): AwsSettings {
  const c = readConfig(file, 'AWS permit', AWS_FIELDS, Object.keys(EXTRA()));
  const r = c.reader;
  const d = c.data;
  const dir = path.dirname(path.resolve(file));

  let dataHolderKeys: AirlockDataHolderKeys[] | undefined;
  const keys = r.mapping(d, 'data_holder_keys', []);
  if (keys) {
    dataHolderKeys = [];
    for (const [holder, v] of Object.entries<any>(keys)) {
      const at: YamlPath = ['data_holder_keys', holder];
      if (typeof v === 'string' && !/\s/.test(v.trim())) {
        // Inside the permit file's folder (or RWS_ALLOWED_ROOTS), symlinks resolved, and no
        // larger than a key file: a permit from another system cannot read /etc/shadow.
        const confined = confinePath(v.trim(), dir);
        if (!confined.ok) {
          r.error(at, 'path-outside-lab', confined.problem, v, confined.fix);
          continue;
        }
        const keyFile = confined.abs;
        if (!fs.existsSync(keyFile)) {
          r.error(at, 'no-such-file', 'the public key file does not exist', v, `check the path (relative to ${c.source.file}), or list the keys: ${holder}: ["ssh-ed25519 AAAA... ${holder}"]`);
          continue;
        }
        let keyText: string;
        try {
          keyText = readInputText(keyFile, 'key');
        } catch (e) {
          if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
          r.error(at, e.diagnostics[0].code, e.diagnostics[0].message, v, e.diagnostics[0].fix ?? 'name a public key file (.pub)');
          continue;
        }
        const lines = keyText.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
        dataHolderKeys.push({ dataHolderId: holder, publicKeys: lines });
      } else {
        const list = r.strList(keys, holder, ['data_holder_keys']);
        if (list) dataHolderKeys.push({ dataHolderId: holder, publicKeys: list });
      }
    }
  }

  let machineImage: ec2.IMachineImage | undefined;
  const img = r.mapping(d, 'machine_image', []);
  if (img) {
    r.unknownKeys(img, keysAt(awsPermitSettingsSchema(), ['machine_image']), ['machine_image']);
    const ssm = r.str(img, 'ssm_parameter', ['machine_image']);
    const amis = r.stringMap(img, 'amis', ['machine_image']);
    if ((ssm === undefined) === (amis === undefined)) {
      r.error(['machine_image'], 'invalid-value', 'give the desktop image as exactly one of ssm_parameter (a parameter name, resolved at deploy time) or amis (region: ami-id)', undefined,
        'write machine_image: { ssm_parameter: /images/secure-analysis-desktop } or machine_image: { amis: { eu-west-1: ami-0123456789abcdef0 } }');
    } else if (ssm !== undefined) {
      machineImage = ec2.MachineImage.fromSsmParameter(ssm);
    } else {
      machineImage = ec2.MachineImage.genericLinux(amis!);
    }
  }

  const templatesText = r.str(d, 'templates', []);
  const templateSlug = r.str(d, 'template', []);
  let template: ResolvedTemplate | undefined;
  if (templatesText !== undefined && !fs.existsSync(path.resolve(dir, templatesText))) {
    r.error(['templates'], 'no-such-file', 'the template folder does not exist', templatesText, `check the path (relative to ${c.source.file})`);
  }
  const workspaceSize = sizeAt(r, d, 'workspace_size', []);
  const logRetention = retention(r, d, 'log_retention_days');
  const trailLogRetention = retention(r, d, 'trail_log_retention_days');
  finishConfig(c, 'AWS permit', awsPermitSettingsSchema());
  if (templateSlug !== undefined) {
    const catalog = TemplateCatalog.bundled();
    if (templatesText !== undefined) catalog.loadDirectory(path.resolve(dir, templatesText));
    template = catalog.resolve(templateSlug);
  }
  const out: Record<string, unknown> = { ...c.props, dataHolderKeys, machineImage, template, workspaceSize, logRetention, trailLogRetention };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as AwsSettings;
}

/** Synthesizes `PermitStack` into the cloud assembly `<out>`. */
export function synthAwsPermit(req: PermitSynthRequest): PermitSynthResult {
  const { region, account, ...settings } = req.configFile ? readAwsPermitConfig(req.configFile) : ({} as AwsSettings);
  fs.mkdirSync(req.outdir, { recursive: true });
  // aws-cdk-lib's CloudFormation validation, skipped for templates it already found clean
  // (stacks/aws/private/validation-cache.ts); CDK_VALIDATION=false still turns it off.
  const p = req.permit;
  const cache = req.validationCache && process.env.CDK_VALIDATION !== 'false'
    ? CachedCloudFormationValidation.forCache(req.validationCache, [
      p.id, p.status, p.previousStatus ?? '', p.eventId ?? '', p.eventId ? AirlockWorkspace.tagValue(p.eventId) : '', req.timestamp ?? '',
    ]) : undefined;
  const app = new App({ outdir: req.outdir });
  if (cache) Validations.of(app).addPlugins(cache);
  const stackName = PermitStack.stackNameOf(req.permit.id);
  const stack = new PermitStack(app, stackName, {
    ...settings,
    ...(region || account ? { env: { region, account } } : {}),
    permit: req.permit,
    registry: req.registry,
    ...(req.timestamp ? { auditTimestamp: req.timestamp } : {}),
  });
  const assembly = app.synth();
  const artifact = assembly.getStackArtifact(stack.artifactId);
  const { warnings, errors } = stackMessages(artifact);
  if (errors.length) throw new Error(`synthesis of ${stackName} reported ${errors.length} error${errors.length > 1 ? 's' : ''} (cdk deploy would refuse it):\n  ${errors.join('\n  ')}`);
  const auditFile = path.join(req.outdir, `${stack.artifactId}.audit.json`);
  const audit = JSON.parse(fs.readFileSync(auditFile, 'utf8'));
  const resources: string[] = audit.resources ?? [];
  const outRel = shownPath(req.outdir);
  return {
    stack: Stack.of(stack).stackName,
    files: [path.join(req.outdir, artifact.templateFile), auditFile],
    resources,
    protectedResources: audit.protectedResources ?? [],
    resourceTypes: resources.map((r) => r.split(' ')[1] ?? r),
    warnings,
    next: `npx cdk deploy --app ${outRel} ${stackName}  (with the pipeline's credentials)`,
  };
}
