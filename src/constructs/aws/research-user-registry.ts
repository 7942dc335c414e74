import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Arn, ArnFormat, Aws, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { UserRegistry } from '../../workspaces/users';
import { badProp } from '../private/props';
import { chunk, PAYLOAD_DIR, PROVISION_STATUS, PublishedRegistry, publishedRegistry, syncUsersScript } from './private/userdata-adapter';
import { checkKnownProps } from '../../private/known-props';
import { LAB_TAG } from '../../workspaces/private/tags';

/**
 * Where the registry is published.
 */
export enum RegistryStorage {
  /**
   * Standard-tier parameters when the registry fits in four of them, advanced-tier when it
   * fits in eight, else S3.
   */
  AUTO = 'auto',
  /** SSM parameters of the standard tier (4 KB each, free). */
  STANDARD_PARAMETERS = 'standard-parameters',
  /** SSM parameters of the advanced tier (8 KB each, billed per parameter and month). */
  ADVANCED_PARAMETERS = 'advanced-parameters',
  /**
   * An S3 object: the CDK file asset (the bootstrap bucket, encrypted at rest), for
   * registries too large for a few parameters.
   */
  S3 = 's3',
}

/**
 * Properties of a ResearchUserRegistry.
 */
export interface ResearchUserRegistryProps {
  /** The users and groups (names, ids, groups, public SSH keys; never secrets). */
  readonly registry: UserRegistry;

  /** Lab name: parameter names, the association's target tag value and descriptions. */
  readonly labName: string;

  /**
   * Prefix of the parameter names: the pieces are `<prefix>/0`, `<prefix>/1`, ... and
   * `<prefix>/manifest` describes them.
   * @default "/research-workspaces/<labName>/registry"
   */
  readonly parameterPrefix?: string;

  /**
   * Where the registry is published.
   * @default RegistryStorage.AUTO
   */
  readonly storage?: RegistryStorage;

  /**
   * Tag key the State Manager association targets.
   * @default "research:lab"
   */
  readonly targetTagKey?: string;

  /**
   * Tag value the association targets.
   * @default - the lab name
   */
  readonly targetTagValue?: string;

  /**
   * Home base the sync uses on machines whose provisioning recorded no sync settings of its own.
   * @default "/home"
   */
  readonly defaultHomeBase?: string;

  /**
   * Also re-apply the registry on this schedule (a State Manager cron or rate expression),
   * repairing drift on the machines.
   * @default - only when the registry changes and when a workspace joins
   */
  readonly syncSchedule?: string;

  /**
   * At most this many (or this percentage of) workspaces sync at the same time.
   * @default "50%"
   */
  readonly maxConcurrency?: string;
}

/** The format name written into the manifest parameter. */
const FORMAT = 'research-workspace registry v1 (gzip, base64)';
const STANDARD_LENGTH = 4096;
const ADVANCED_LENGTH = 8192;

/**
 * The lab's research user registry published to AWS, and kept applied on every running
 * workspace without a reboot.
 *
 * - The registry file (users, uids, gids, groups, public SSH keys: nothing secret) is
 *   gzipped, base64-encoded and split into SSM parameters `<prefix>/0..n-1` (standard tier
 *   up to 4 KB each, advanced tier up to 8 KB) or, when large, published as an S3 object;
 *   `<prefix>/manifest` names the pieces and the SHA-256 of the file.
 * - An SSM Command document fetches the pieces (Parameter Store references resolved by
 *   Systems Manager, or `aws:downloadContent` from S3), checks the SHA-256, and runs the
 *   user-data generator's idempotent `rws-sync-users` script with the arguments the machine's
 *   provisioning recorded in `/etc/research-workspace/sync-users.args` (home base, groups,
 *   shells, and the workspace's selection of users); a machine whose provisioning failed
 *   before recording them gets nothing, one without our provisioning `-H <defaultHomeBase>`.
 * - A State Manager association runs the document on every instance tagged with the lab:
 *   when a workspace joins, and again whenever the registry changes (the registry's
 *   SHA-256 is an association parameter, so CloudFormation updates the association).
 *
 * @example
 * const users = new ResearchUserRegistry(this, 'Users', { registry: UserRegistry.fromFile('users.yaml'), labName: 'genomics' });
 * users.grantRead(workspace.role);
 */
export class ResearchUserRegistry extends Construct {
  /** The registry. */
  public readonly registry: UserRegistry;
  /** Lab name. */
  public readonly labName: string;
  /** Storage chosen (never AUTO). */
  public readonly storage: RegistryStorage;
  /** SHA-256 of the registry file, hex. */
  public readonly sha256: string;
  /** Size of the registry file in bytes. */
  public readonly sizeBytes: number;
  /** Parameter name prefix. */
  public readonly parameterPrefix: string;
  /** Names of the parameters holding the pieces (empty with S3). */
  public readonly parameterNames: string[];
  /** The manifest parameter. */
  public readonly manifest: ssm.StringParameter;
  /** The sync document. */
  public readonly document: ssm.CfnDocument;
  /** The State Manager association. */
  public readonly association: ssm.CfnAssociation;
  /** Tag key of the machines the association targets. */
  public readonly targetTagKey: string;
  /** Tag value of the machines the association targets. */
  public readonly targetTagValue: string;
  /**
   * The S3 object, with S3 storage.
   * @default - none
   */
  public readonly asset?: s3assets.Asset;

  private readonly published: PublishedRegistry;
  private readonly parameters: ssm.StringParameter[] = [];

  constructor(scope: Construct, id: string, props: ResearchUserRegistryProps) {
    super(scope, id);
    checkKnownProps(this, 'ResearchUserRegistryProps', props);
    this.registry = props.registry;
    this.labName = props.labName;
    if (!/^[A-Za-z0-9_.-]{1,100}$/.test(props.labName)) {
      badProp(this, 'labName', props.labName, 'a lab name may hold only letters, digits, ".", "_" and "-" (it becomes part of parameter names and a tag value)', 'use e.g. "genomics-lab"');
    }
    this.parameterPrefix = props.parameterPrefix ?? `/research-workspaces/${props.labName}/registry`;
    if (!/^(\/[A-Za-z0-9_.-]+)+$/.test(this.parameterPrefix) || this.parameterPrefix.toLowerCase().startsWith('/aws') || this.parameterPrefix.toLowerCase().startsWith('/ssm')) {
      badProp(this, 'parameterPrefix', this.parameterPrefix, 'not a usable parameter path (absolute, letters, digits, "_", "." and "-", not below /aws or /ssm)',
        'write e.g. "/research-workspaces/genomics/registry"');
    }
    const homeBase = props.defaultHomeBase ?? '/home';
    if (!/^\/[A-Za-z0-9._/-]*$/.test(homeBase)) {
      badProp(this, 'defaultHomeBase', homeBase, 'not an absolute path of safe characters', 'write e.g. "/home"');
    }
    const tagKey = props.targetTagKey ?? LAB_TAG;
    const tagValue = props.targetTagValue ?? props.labName;
    this.targetTagKey = tagKey;
    this.targetTagValue = tagValue;

    this.published = publishedRegistry(props.registry);
    this.sha256 = this.published.sha256;
    this.sizeBytes = Buffer.byteLength(this.published.content, 'utf8');
    const b64 = this.published.gzipBase64;
    let storage = props.storage ?? RegistryStorage.AUTO;
    if (storage === RegistryStorage.AUTO) {
      storage = b64.length <= 4 * STANDARD_LENGTH ? RegistryStorage.STANDARD_PARAMETERS
        : b64.length <= 8 * ADVANCED_LENGTH ? RegistryStorage.ADVANCED_PARAMETERS : RegistryStorage.S3;
    }
    this.storage = storage;

    const description = (what: string) => `Research user registry of lab ${props.labName}: ${what}`;
    let location: string;
    if (storage === RegistryStorage.S3) {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rws-registry-')), `registry-${this.sha256.slice(0, 16)}.gz`);
      fs.writeFileSync(file, this.published.gzip);
      this.asset = new s3assets.Asset(this, 'Object', { path: file, displayName: `registry of lab ${props.labName}` });
      location = `s3://${this.asset.s3BucketName}/${this.asset.s3ObjectKey}`;
      this.parameterNames = [];
    } else {
      const max = storage === RegistryStorage.ADVANCED_PARAMETERS ? ADVANCED_LENGTH : STANDARD_LENGTH;
      const pieces = chunk(b64, max);
      if (pieces.length > 40) {
        badProp(this, 'storage', storage, `the registry needs ${pieces.length} parameters of ${max} characters (${this.published.userCount} users); a sync document cannot carry that many`,
          'use RegistryStorage.S3 or RegistryStorage.AUTO');
      }
      this.parameterNames = pieces.map((_, i) => `${this.parameterPrefix}/${i}`);
      pieces.forEach((value, i) => {
        this.parameters.push(new ssm.StringParameter(this, `Piece${i}`, {
          parameterName: this.parameterNames[i],
          stringValue: value,
          tier: storage === RegistryStorage.ADVANCED_PARAMETERS ? ssm.ParameterTier.ADVANCED : ssm.ParameterTier.STANDARD,
          description: description(`piece ${i + 1} of ${pieces.length} (base64 of the gzip file)`),
        }));
      });
      location = this.parameterPrefix;
    }
    this.manifest = new ssm.StringParameter(this, 'Manifest', {
      parameterName: `${this.parameterPrefix}/manifest`,
      stringValue: Stack.of(this).toJsonString({
        format: FORMAT,
        sha256: this.sha256,
        storage,
        location,
        pieces: this.parameterNames.length,
        users: this.published.userCount,
        groups: props.registry.groups.length,
      }),
      description: description('where the registry is and its SHA-256'),
    });

    this.document = new ssm.CfnDocument(this, 'SyncDocument', {
      documentType: 'Command',
      documentFormat: 'JSON',
      targetType: '/AWS::EC2::Instance',
      content: this.documentContent(storage, homeBase),
      tags: [{ key: LAB_TAG, value: props.labName }],
    });

    const parameters: { [name: string]: string[] } = { registrySha256: [this.sha256] };
    if (storage === RegistryStorage.S3) {
      parameters.registryUrl = [`https://s3.${Aws.REGION}.${Aws.URL_SUFFIX}/${this.asset!.s3BucketName}/${this.asset!.s3ObjectKey}`];
      parameters.registryFileName = [path.posix.basename(this.asset!.s3ObjectKey)];
    } else {
      this.parameterNames.forEach((n, i) => { parameters[`piece${i}`] = [`{{ssm:${n}}}`]; });
    }
    this.association = new ssm.CfnAssociation(this, 'SyncAssociation', {
      name: this.document.ref,
      associationName: `rws-${props.labName}-sync-users`,
      targets: [{ key: `tag:${tagKey}`, values: [tagValue] }],
      parameters,
      maxConcurrency: props.maxConcurrency ?? '50%',
      maxErrors: '100%',
      complianceSeverity: 'MEDIUM',
      scheduleExpression: props.syncSchedule,
    });
    // CloudFormation's published schema (and cfn-lint) has no Tags on associations yet.
    this.association.addPropertyDeletionOverride('Tags');
    // The pieces must exist before the association first resolves them.
    this.parameters.forEach((p) => this.association.node.addDependency(p));
  }

  /** Number of users published. */
  public get userCount(): number {
    return this.published.userCount;
  }

  /**
   * Lets a principal (a workspace role) read the registry: the manifest and the pieces,
   * or the S3 object.
   */
  public grantRead(grantee: iam.IGrantable): iam.Grant {
    const stack = Stack.of(this);
    const paramArn = (name: string) => stack.formatArn({ service: 'ssm', resource: 'parameter', resourceName: name.slice(1), arnFormat: ArnFormat.SLASH_RESOURCE_NAME });
    const grant = iam.Grant.addToPrincipal({
      grantee,
      actions: ['ssm:GetParameter', 'ssm:GetParameters'],
      // Literal names: `this.manifest.parameterName` is a token, and slicing a token's text
      // would produce a policy for a parameter called "{Token[...]}".
      resourceArns: [paramArn(`${this.parameterPrefix}/manifest`), ...this.parameterNames.map(paramArn)],
    });
    if (this.asset) {
      iam.Grant.addToPrincipal({
        grantee,
        actions: ['s3:GetObject'],
        resourceArns: [Arn.format({ partition: Aws.PARTITION, service: 's3', region: '', account: '', resource: this.asset.s3BucketName, resourceName: this.asset.s3ObjectKey }, stack)],
      });
    }
    return grant;
  }

  /** The sync document: fetch, verify, apply. POSIX sh (the agent runs it with /bin/sh). */
  private documentContent(storage: RegistryStorage, homeBase: string): any {
    const script = syncUsersScript();
    const delim = heredoc(script);
    const parameters: any = {
      registrySha256: { type: 'String', description: 'SHA-256 of the registry file (hex)', allowedPattern: '^[0-9a-f]{64}$' },
    };
    const steps: any[] = [];
    const dir = '/var/lib/research-workspace/registry-sync';
    let fetch: string[];
    if (storage === RegistryStorage.S3) {
      parameters.registryUrl = { type: 'String', description: 'https URL of the registry object (gzip)', allowedPattern: '^https://[A-Za-z0-9.-]+/[A-Za-z0-9._/-]+$' };
      parameters.registryFileName = { type: 'String', description: 'File name of the downloaded object', allowedPattern: '^[A-Za-z0-9._-]+$' };
      steps.push({
        action: 'aws:downloadContent',
        name: 'downloadRegistry',
        inputs: { sourceType: 'S3', sourceInfo: '{"path":"{{ registryUrl }}"}', destinationPath: `${dir}/incoming` },
      });
      fetch = [`gzip -dc "${dir}/incoming/{{ registryFileName }}" > "$tmp"`, `rm -f "${dir}/incoming/{{ registryFileName }}"`];
    } else {
      const names = this.parameterNames.map((_, i) => `piece${i}`);
      for (const n of names) {
        parameters[n] = { type: 'String', description: 'A piece of the registry (base64 of gzip), from Parameter Store', allowedPattern: '^[A-Za-z0-9+/=]*$' };
      }
      fetch = [`printf '%s' ${names.map((n) => `'{{ ${n} }}'`).join(' ')} | base64 -d | gzip -dc > "$tmp"`];
    }
    const lines = [
      'set -eu',
      'umask 077',
      `d=${dir}`,
      'install -d -m 0700 "$d" "$d/incoming"',
      // A workspace joining the lab: let its boot provisioning finish first (it creates the
      // owner and mounts the shared homes), then apply the whole registry.
      `if [ -d ${PAYLOAD_DIR} ]; then`,
      '  n=0',
      `  while [ ! -f ${PROVISION_STATUS} ] && [ "$n" -lt 360 ]; do sleep 10; n=$((n + 1)); done`,
      'fi',
      'tmp=$(mktemp "$d/registry.XXXXXX")',
      ...fetch,
      'if ! printf \'%s  %s\\n\' \'{{ registrySha256 }}\' "$tmp" | sha256sum -c --quiet - >/dev/null 2>&1; then',
      '  echo "rws-sync: the registry does not have SHA-256 {{ registrySha256 }}; nothing changed. Fix: deploy the lab stack again (the pieces and the association are updated together)" >&2',
      '  rm -f "$tmp"; exit 1',
      'fi',
      'mv -f "$tmp" "$d/registry.tsv"',
      `cat > "$d/rws-sync-users" <<'${delim}'`,
      script.replace(/\n$/, ''),
      delim,
      'chmod 0700 "$d/rws-sync-users"',
      // The machine's provisioning records its sync arguments (home base, extra groups, shell
      // overrides, -K, and -u when the workspace has only some of the lab's users), one a line,
      // root-owned. A machine whose provisioning failed before recording them gets nothing
      // (the lab default could give it every user); one without our provisioning gets the
      // lab default.
      'args=/etc/research-workspace/sync-users.args',
      'if [ -f "$args" ]; then',
      '  if [ "$(stat -c %u "$args")" != 0 ] || [ -n "$(find "$args" -perm /022)" ]; then',
      '    echo "rws-sync: $args is not root-owned or is writable by others; nothing changed. Fix: chown root:root $args && chmod 0644 $args" >&2; exit 1',
      '  fi',
      '  set --',
      '  while IFS= read -r a || [ -n "$a" ]; do case $a in \'\' | \'#\'*) ;; *) set -- "$@" "$a" ;; esac; done < "$args"',
      `elif [ -d ${PAYLOAD_DIR} ] && [ "$(head -n 1 ${PROVISION_STATUS} 2>/dev/null)" = failed ]; then`,
      `  echo "rws-sync: the boot provisioning failed before it recorded this machine's sync arguments ($(grep -E \'^(step|reason)=\' ${PROVISION_STATUS} | tr \'\\n\' \' \')); nothing changed. Fix: see /var/log/research-workspace/provision.log, run the provisioning again (${PAYLOAD_DIR}/bin/rws-provision), then re-run this association" >&2; exit 1`,
      'else',
      `  set -- -H ${homeBase}`,
      'fi',
      'exec bash "$d/rws-sync-users" "$@" "$d/registry.tsv"',
    ];
    steps.push({
      action: 'aws:runShellScript',
      name: 'syncResearchUsers',
      precondition: { StringEquals: ['platformType', 'Linux'] },
      inputs: { timeoutSeconds: '4500', runCommand: [lines.join('\n')] },
    });
    return {
      schemaVersion: '2.2',
      description: `Applies the research user registry of lab ${this.labName} to this workspace (idempotent; users who left are locked, never deleted)`,
      parameters,
      mainSteps: steps,
    };
  }
}

function heredoc(content: string): string {
  const lines = new Set(content.split('\n'));
  let d = 'RWS_SYNC_USERS_EOF';
  for (let i = 1; lines.has(d); i++) d = `RWS_SYNC_USERS_EOF_${i}`;
  return d;
}
