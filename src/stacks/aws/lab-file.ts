/**
 * Reads a lab definition file (`lab.yaml`) with the model's YAML errors: every problem with
 * file, line and column, field, value and fix, all at once. Paths in the file are relative
 * to the file's folder.
 */
import { awsLabSchema } from './lab-schema';
import type { LabClusterDefinition, LabDefinition, LabScratchDefinition, LabStudioDefinition, LabWorkspaceDefinition } from './lab-stack';
import type { ClusterQueueDefinition } from '../../constructs/aws/research-cluster';
import type { StudioSpaceDefinition } from '../../constructs/aws/research-studio';
import { RegistryStorage } from '../../constructs/aws/research-user-registry';
import type { LustreDeployment } from '../../constructs/aws/shared-lustre';
import { dropUndefined as clean, LabFileReader, oneOf } from '../../workspaces/lab';
import { EgressMode } from '../../workspaces/policy';
import { CidrLimits, reportCidrs } from '../../workspaces/private/cidr';
import { FieldReader } from '../../workspaces/private/fields';
import { keysAt, lazy } from '../../workspaces/private/schemas/json-schema';
import { YamlPath } from '../../workspaces/private/yaml-source';
import { Architecture, Sizes } from '../../workspaces/sizes';

// The key lists are the lab schema's (schemas/lab.schema.json): the reader and the schema know the same keys.
const TOP = lazy(() => keysAt(awsLabSchema()));
const VPC = lazy(() => keysAt(awsLabSchema(), ['vpc']));
const STORAGE = lazy(() => keysAt(awsLabSchema(), ['storage']));
const WEB = lazy(() => keysAt(awsLabSchema(), ['web']));
const OIDC = lazy(() => keysAt(awsLabSchema(), ['web', 'oidc']));
const WS = lazy(() => keysAt(awsLabSchema(), ['workspaces', '*']));
const STUDIO = lazy(() => keysAt(awsLabSchema(), ['studio']));
const SCRATCH = lazy(() => keysAt(awsLabSchema(), ['scratch']));
const SPACE = lazy(() => keysAt(awsLabSchema(), ['studio', 'spaces', '*']));
const MONITORING = lazy(() => keysAt(awsLabSchema(), ['monitoring']));
const IMAGES = lazy(() => keysAt(awsLabSchema(), ['images']));
const CLUSTER = lazy(() => keysAt(awsLabSchema(), ['slurm']));
const QUEUE = lazy(() => keysAt(awsLabSchema(), ['slurm', 'queues', '*']));

/** Reads and checks a lab file. */
export function readLabFile(file: string): LabDefinition {
  const lab = LabFileReader.open(file, 'a mapping with name:, workspaces: and the lab settings');
  const { r, data: d } = lab;
  r.unknownKeys(d, TOP(), []);
  // CIDR lists are judged with the policy's cidr_max_breadth (LabStack reports a broken policy itself).
  const { templatesDir, registryFile, policyFile, cidrLimits: limits } = lab.files();
  const name = lab.name();
  const egress = oneOf(r, d, 'egress', [], Object.values(EgressMode), 'egress mode');
  const registryStorage = oneOf(r, d, 'registry_storage', [], Object.values(RegistryStorage), 'registry storage');
  const vpcMap = r.mapping(d, 'vpc', []);
  if (vpcMap) {
    r.unknownKeys(vpcMap, VPC(), ['vpc']);
  }
  const monitoringMap = r.mapping(d, 'monitoring', []);
  if (monitoringMap) r.unknownKeys(monitoringMap, MONITORING(), ['monitoring']);
  const storageMap = r.mapping(d, 'storage', []);
  if (storageMap) r.unknownKeys(storageMap, STORAGE(), ['storage']);
  const imagesMap = r.mapping(d, 'images', []);
  if (imagesMap) r.unknownKeys(imagesMap, IMAGES(), ['images']);
  const webMap = r.mapping(d, 'web', []);
  let web: LabDefinition['web'];
  if (webMap) {
    r.unknownKeys(webMap, WEB(), ['web']);
    const oidc = r.mapping(webMap, 'oidc', ['web']);
    if (!oidc) r.error(['web'], 'missing-field', 'required field "oidc" is missing', undefined, 'add oidc: { issuer, authorization_endpoint, token_endpoint, user_info_endpoint, client_id, client_secret_name }');
    else r.unknownKeys(oidc, OIDC(), ['web', 'oidc']);
    web = {
      domainName: r.str(webMap, 'domain', ['web'], { required: true }) ?? '',
      certificateArn: r.str(webMap, 'certificate_arn', ['web'], { required: true }) ?? '',
      allowedCidrs: cidrsAt(r, webMap, 'allowed_cidrs', ['web'], 'the web gateway', limits),
      oidc: {
        issuer: r.str(oidc, 'issuer', ['web', 'oidc'], { required: !!oidc }) ?? '',
        authorizationEndpoint: r.str(oidc, 'authorization_endpoint', ['web', 'oidc'], { required: !!oidc }) ?? '',
        tokenEndpoint: r.str(oidc, 'token_endpoint', ['web', 'oidc'], { required: !!oidc }) ?? '',
        userInfoEndpoint: r.str(oidc, 'user_info_endpoint', ['web', 'oidc'], { required: !!oidc }) ?? '',
        clientId: r.str(oidc, 'client_id', ['web', 'oidc'], { required: !!oidc }) ?? '',
        clientSecretName: r.str(oidc, 'client_secret_name', ['web', 'oidc'], { required: !!oidc }) ?? '',
        scope: r.str(oidc, 'scope', ['web', 'oidc']),
      },
    };
  }
  const studio = studioAt(r, d);
  const cluster = clusterAt(r, d);
  const scratchMap = r.mapping(d, 'scratch', []);
  if (scratchMap) r.unknownKeys(scratchMap, SCRATCH(), ['scratch']);
  const deploymentText = scratchMap ? r.str(scratchMap, 'deployment', ['scratch']) : undefined;
  const scratch: LabScratchDefinition | undefined = scratchMap ? clean({
    deployment: deploymentText === undefined ? undefined : deploymentText.toUpperCase() as LustreDeployment,
    storageCapacityGiB: r.int(scratchMap, 'capacity_gib', ['scratch'], { min: 1200, max: 2400000 }),
    dataBucket: r.str(scratchMap, 'data_bucket', ['scratch']),
    dataPrefix: r.str(scratchMap, 'data_prefix', ['scratch']),
  }) : undefined;
  const workspaces = lab.workspaces((w, p, common): LabWorkspaceDefinition => {
    r.unknownKeys(w, WS(), p);
    return clean({
      ...common,
      architecture: oneOf(r, w, 'architecture', p, Object.values(Architecture), 'architecture'),
      instanceType: r.str(w, 'instance_type', p),
      tags: r.stringMap(w, 'tags', p),
      spot: r.bool(w, 'spot', p),
      hibernation: r.bool(w, 'hibernation', p),
      sshCidrs: cidrsAt(r, w, 'ssh_cidrs', p, 'SSH', limits),
      web: r.bool(w, 'web', p),
      rootVolumeGiB: r.int(w, 'root_volume_gib', p, { min: 8, max: 16384 }),
      amis: r.stringMap(w, 'amis', p),
    });
  });
  const def: LabDefinition = clean({
    name: name ?? '',
    region: regionAt(r, d),
    account: accountAt(r, d),
    egress,
    vpc: vpcMap ? clean({
      cidr: r.str(vpcMap, 'cidr', ['vpc']),
      maxAzs: r.int(vpcMap, 'max_azs', ['vpc'], { min: 1, max: 6 }),
      availabilityZones: r.strList(vpcMap, 'availability_zones', ['vpc']),
      natGateways: r.int(vpcMap, 'nat_gateways', ['vpc'], { min: 1, max: 6 }),
      vpcId: r.str(vpcMap, 'id', ['vpc']),
      subnetIds: r.strList(vpcMap, 'subnet_ids', ['vpc']),
      routeTableIds: r.strList(vpcMap, 'route_table_ids', ['vpc']),
      vpcCidrBlock: r.str(vpcMap, 'cidr_block', ['vpc']),
      proxySubnetIds: r.strList(vpcMap, 'proxy_subnet_ids', ['vpc']),
      s3PrefixListId: r.str(vpcMap, 's3_prefix_list_id', ['vpc']),
    }) : undefined,
    templatesDir,
    registryFile,
    policyFile,
    storage: storageMap ? clean({ backup: r.bool(storageMap, 'backup', ['storage']), deleteWithLab: r.bool(storageMap, 'delete_with_lab', ['storage']) }) : undefined,
    registryStorage,
    workspaceStackCount: r.int(d, 'workspace_stacks', [], { min: 0, max: 200 }),
    budgetEmails: r.strList(d, 'budget_emails', []),
    monitoring: monitoringMap ? clean({
      emails: r.strList(monitoringMap, 'emails', ['monitoring']),
      availabilityTarget: r.num(monitoringMap, 'availability_target', ['monitoring'], { min: 0 }),
      diskFullPercent: r.num(monitoringMap, 'disk_full_percent', ['monitoring'], { min: 0 }),
    }) : undefined,
    web,
    scratch,
    studio,
    images: imagesMap ? clean({
      templates: r.strList(imagesMap, 'templates', ['images']),
      schedule: r.str(imagesMap, 'schedule', ['images']),
      buildOnDeploy: r.bool(imagesMap, 'build_on_deploy', ['images']),
      buildCidr: r.str(imagesMap, 'build_cidr', ['images']),
    }) : undefined,
    cluster,
    workspaces,
    sourceFile: lab.source.file,
  });
  lab.finish(awsLabSchema(), 'lab file');
  return def;
}

/** `studio:` SageMaker Studio (ResearchStudio). */
function studioAt(r: FieldReader, d: any): LabStudioDefinition | undefined {
  const m = r.mapping(d, 'studio', []);
  if (!m) return undefined;
  r.unknownKeys(m, STUDIO(), ['studio']);
  const spaces: StudioSpaceDefinition[] = [];
  (r.list(m, 'spaces', ['studio']) ?? []).forEach((s: any, i: number) => {
    const p: YamlPath = ['studio', 'spaces', i];
    if (!s || typeof s !== 'object' || Array.isArray(s)) {
      r.expect(p, s, 'a space (name, project, owner)');
      return;
    }
    r.unknownKeys(s, SPACE(), p);
    spaces.push(clean({
      name: r.str(s, 'name', p, { required: true }) ?? '',
      project: r.str(s, 'project', p, { required: true }) ?? '',
      owner: r.str(s, 'owner', p, { required: true }) ?? '',
      instanceType: r.str(s, 'instance_type', p),
    }));
  });
  return clean({
    instanceType: r.str(m, 'instance_type', ['studio']),
    instanceTypes: r.strList(m, 'instance_types', ['studio']),
    idleMinutes: r.int(m, 'idle_minutes', ['studio'], { min: 60, max: 525600 }),
    users: r.strList(m, 'users', ['studio']),
    spaceUser: r.str(m, 'space_user', ['studio']),
    spaces: spaces.length ? spaces : undefined,
  });
}

/** `slurm:` a Slurm cluster on AWS PCS (ResearchCluster; `cluster:` is the Proxmox lab's key). */
function clusterAt(r: FieldReader, d: any): LabClusterDefinition | undefined {
  const m = r.mapping(d, 'slurm', []);
  if (!m) return undefined;
  r.unknownKeys(m, CLUSTER(), ['slurm']);
  const queues: ClusterQueueDefinition[] = [];
  (r.list(m, 'queues', ['slurm']) ?? []).forEach((q: any, i: number) => {
    const p: YamlPath = ['slurm', 'queues', i];
    if (!q || typeof q !== 'object' || Array.isArray(q)) {
      r.expect(p, q, 'a queue (name, size, max_instances)');
      return;
    }
    r.unknownKeys(q, QUEUE(), p);
    const sizeText = r.str(q, 'size', p);
    const archText = r.str(q, 'architecture', p);
    queues.push(clean({
      name: r.str(q, 'name', p, { required: true }) ?? '',
      size: sizeText === undefined ? undefined : Sizes.all().find((x) => x === sizeText.toUpperCase()),
      architecture: archText === undefined ? undefined : Object.values(Architecture).find((x) => x === archText),
      instanceType: r.str(q, 'instance_type', p),
      maxInstances: r.int(q, 'max_instances', p, { min: 1, max: 2048 }),
      spot: r.bool(q, 'spot', p),
    }));
  });
  const controller = r.str(m, 'controller_size', ['slurm']);
  return clean({
    amiId: r.str(m, 'ami', ['slurm'], { required: true }) ?? '',
    controllerSize: controller?.toUpperCase(),
    slurmVersion: r.str(m, 'slurm_version', ['slurm']),
    idleMinutes: r.int(m, 'idle_minutes', ['slurm'], { min: 1, max: 1440 }),
    loginNode: r.bool(m, 'login_node', ['slurm']),
    users: r.strList(m, 'users', ['slurm']),
    queues: queues.length ? queues : undefined,
  });
}

/** A CIDR list, judged as a whole (see cidr.ts). */
function cidrsAt(r: FieldReader, obj: any, key: string, p: YamlPath, what: string, limits: CidrLimits): string[] | undefined {
  const list = r.strList(obj, key, p);
  reportCidrs(r, list, [...p, key], what, limits);
  return list;
}

/** `account:` twelve digits (quoted, so YAML keeps leading zeros). */
function accountAt(r: FieldReader, d: any): string | undefined {
  const v = r.str(d, 'account', [], { allowNumber: true });
  if (v !== undefined && !/^\d{12}$/.test(v)) {
    r.error(['account'], 'invalid-account', 'an AWS account id is exactly 12 digits', v, 'write the 12-digit account id in quotes, e.g. account: "123456789012"');
    return undefined;
  }
  return v;
}

/** `region:` an AWS region name. */
function regionAt(r: FieldReader, d: any): string | undefined {
  const v = r.str(d, 'region', []);
  if (v !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(v)) {
    r.error(['region'], 'invalid-region', 'not an AWS region name', v, 'write e.g. region: eu-west-1');
    return undefined;
  }
  return v;
}


