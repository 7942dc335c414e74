/**
 * Reads a lab definition file (`lab.yaml`) with the model's YAML errors: every problem with
 * file, line and column, field, value and fix, all at once. Paths in the file are relative
 * to the file's folder.
 */
import { awsLabSchema } from './lab-schema';
import type { LabClusterDefinition, LabDefinition, LabHomesDefinition, LabHomesKind, LabScratchDefinition, LabStudioDefinition, LabWorkspaceDefinition } from './lab-stack';
import type { ClusterQueueDefinition } from '../../constructs/aws/research-cluster';
import type { StudioSpaceDefinition } from '../../constructs/aws/research-studio';
import { RegistryStorage } from '../../constructs/aws/research-user-registry';
import type { LustreDeployment } from '../../constructs/aws/shared-lustre';
import type { LustreQuotas } from '../../workspaces/cluster';
import { LabFileReader, oneOf } from '../../workspaces/lab';
import { EgressMode } from '../../workspaces/policy';
import { CidrLimits, reportCidrs } from '../../workspaces/private/cidr';
import { clean } from '../../workspaces/private/clean';
import { FieldReader } from '../../workspaces/private/fields';
import { parentImagesProblems, spackMirrorProblem } from '../../workspaces/private/lab-images';
import { keysAt, lazy } from '../../workspaces/private/schemas/json-schema';
import { MAX_QUOTA_GIB } from '../../workspaces/private/storage-quotas';
import { YamlPath } from '../../workspaces/private/yaml-source';
import { Architecture, Sizes } from '../../workspaces/sizes';

// The key lists are the lab schema's (schemas/lab.schema.json): the reader and the schema know the same keys.
const TOP = lazy(() => keysAt(awsLabSchema()));
const AWS = lazy(() => keysAt(awsLabSchema(), ['aws']));
const VPC = lazy(() => keysAt(awsLabSchema(), ['vpc']));
const STORAGE = lazy(() => keysAt(awsLabSchema(), ['storage']));
const WEB = lazy(() => keysAt(awsLabSchema(), ['web']));
const OIDC = lazy(() => keysAt(awsLabSchema(), ['web', 'oidc']));
const WS = lazy(() => keysAt(awsLabSchema(), ['workspaces', '*']));
const STUDIO = lazy(() => keysAt(awsLabSchema(), ['studio']));
const SCRATCH = lazy(() => keysAt(awsLabSchema(), ['scratch']));
const HOMES = lazy(() => keysAt(awsLabSchema(), ['homes']));
const SPACE = lazy(() => keysAt(awsLabSchema(), ['studio', 'spaces', '*']));
const MONITORING = lazy(() => keysAt(awsLabSchema(), ['monitoring']));
const IMAGES = lazy(() => keysAt(awsLabSchema(), ['images']));
const CLUSTER = lazy(() => keysAt(awsLabSchema(), ['slurm']));
const QUEUE = lazy(() => keysAt(awsLabSchema(), ['slurm', 'queues', '*']));

/** Whose quotas a section takes: users and groups, and on the Lustre scratch groups' project folders too. */
type QuotaKinds = readonly ('user' | 'group' | 'project')[];

/** The quota fields of a section (`user_quota_gib`, `user_quotas_gib`, ...), in the registry's names. */
function quotaFieldsAt(r: FieldReader, m: any, at: YamlPath, kinds: QuotaKinds): LustreQuotas {
  const one = (k: string) => r.int(m, `${k}_quota_gib`, at, { min: 0, max: MAX_QUOTA_GIB });
  const byName = (k: string) => quotaMapAt(r, m, `${k}_quotas_gib`, at);
  return {
    userQuotaGiB: one('user'),
    userQuotasGiB: byName('user'),
    groupQuotaGiB: one('group'),
    groupQuotasGiB: byName('group'),
    ...(kinds.includes('project') ? { projectQuotaGiB: one('project'), projectQuotasGiB: byName('project') } : {}),
  };
}

/** Quota fields given in a lab without a registry: one error each (the quotas are set by its uids and gids). */
function quotasWithoutRegistry(r: FieldReader, m: any, at: YamlPath, section: string, kinds: QuotaKinds): void {
  for (const key of kinds.flatMap((k) => [`${k}_quota_gib`, `${k}_quotas_gib`])) {
    if (m[key] !== undefined && m[key] !== null) {
      r.error([...at, key], 'missing-registry', `${section} quotas are set by the registry's uids and gids, and the lab has no registry`, m[key],
        'add registry: ./users.yaml to the lab, or remove the quota');
    }
  }
}

/** A mapping of registry names to whole GiB (`user_quotas_gib: { carol: 500 }`). */
function quotaMapAt(r: FieldReader, obj: any, key: string, at: YamlPath): { [name: string]: number } | undefined {
  const m = r.mapping(obj, key, at);
  if (!m) return undefined;
  const out: { [name: string]: number } = {};
  for (const name of Object.keys(m)) {
    const v = r.int(m, name, [...at, key], { min: 0, max: MAX_QUOTA_GIB });
    if (v !== undefined) out[name] = v;
    else if (m[name] === null || m[name] === undefined) r.error([...at, key, name], 'wrong-type', 'expected a whole number of GiB, found nothing', m[name], `write ${name}: 100 (0: no quota)`);
  }
  return out;
}

/** Reads and checks a lab file. */
export function readLabFile(file: string): LabDefinition {
  const lab = LabFileReader.open(file, 'a mapping with name:, workspaces: and the lab settings');
  const { r, data: d } = lab;
  r.unknownKeys(d, TOP(), []);
  // CIDR lists are judged with the policy's cidr_max_breadth (LabStack reports a broken policy itself).
  const { templatesDir, registryFile, policyFile, cidrLimits: limits } = lab.files();
  const name = lab.name();
  const egress = oneOf(r, d, 'egress', [], Object.values(EgressMode), 'egress mode');
  // The AWS settings: under aws: (the one lab model) or at the top level (lab files written before it).
  const { data: s, at: base } = lab.section('aws', AWS());
  const registryStorage = oneOf(r, s, 'registry_storage', base, Object.values(RegistryStorage), 'registry storage');
  const vpcMap = r.mapping(s, 'vpc', base);
  if (vpcMap) {
    r.unknownKeys(vpcMap, VPC(), [...base, 'vpc']);
  }
  const monitoringMap = r.mapping(s, 'monitoring', base);
  if (monitoringMap) r.unknownKeys(monitoringMap, MONITORING(), [...base, 'monitoring']);
  const storageMap = r.mapping(s, 'storage', base);
  if (storageMap) r.unknownKeys(storageMap, STORAGE(), [...base, 'storage']);
  const imagesMap = r.mapping(s, 'images', base);
  if (imagesMap) r.unknownKeys(imagesMap, IMAGES(), [...base, 'images']);
  const webMap = r.mapping(s, 'web', base);
  let web: LabDefinition['web'];
  if (webMap) {
    r.unknownKeys(webMap, WEB(), [...base, 'web']);
    const oidc = r.mapping(webMap, 'oidc', [...base, 'web']);
    if (!oidc) r.error([...base, 'web'], 'missing-field', 'required field "oidc" is missing', undefined, 'add oidc: { issuer, authorization_endpoint, token_endpoint, user_info_endpoint, client_id, client_secret_name }');
    else r.unknownKeys(oidc, OIDC(), [...base, 'web', 'oidc']);
    web = {
      domainName: r.str(webMap, 'domain', [...base, 'web'], { required: true }) ?? '',
      certificateArn: r.str(webMap, 'certificate_arn', [...base, 'web'], { required: true }) ?? '',
      allowedCidrs: cidrsAt(r, webMap, 'allowed_cidrs', [...base, 'web'], 'the web gateway', limits),
      oidc: {
        issuer: r.str(oidc, 'issuer', [...base, 'web', 'oidc'], { required: !!oidc }) ?? '',
        authorizationEndpoint: r.str(oidc, 'authorization_endpoint', [...base, 'web', 'oidc'], { required: !!oidc }) ?? '',
        tokenEndpoint: r.str(oidc, 'token_endpoint', [...base, 'web', 'oidc'], { required: !!oidc }) ?? '',
        userInfoEndpoint: r.str(oidc, 'user_info_endpoint', [...base, 'web', 'oidc'], { required: !!oidc }) ?? '',
        clientId: r.str(oidc, 'client_id', [...base, 'web', 'oidc'], { required: !!oidc }) ?? '',
        clientSecretName: r.str(oidc, 'client_secret_name', [...base, 'web', 'oidc'], { required: !!oidc }) ?? '',
        scope: r.str(oidc, 'scope', [...base, 'web', 'oidc']),
      },
    };
  }
  const studio = studioAt(r, s, base);
  const cluster = clusterAt(r, s, base);
  const scratchMap = r.mapping(s, 'scratch', base);
  if (scratchMap) r.unknownKeys(scratchMap, SCRATCH(), [...base, 'scratch']);
  const deploymentText = scratchMap ? r.str(scratchMap, 'deployment', [...base, 'scratch']) : undefined;
  const scratchAt = [...base, 'scratch'];
  const scratch: LabScratchDefinition | undefined = scratchMap ? clean({
    deployment: deploymentText === undefined ? undefined : deploymentText.toUpperCase() as LustreDeployment,
    storageCapacityGiB: r.int(scratchMap, 'capacity_gib', scratchAt, { min: 1200, max: 2400000 }),
    dataBucket: r.str(scratchMap, 'data_bucket', scratchAt),
    dataPrefix: r.str(scratchMap, 'data_prefix', scratchAt),
    ...quotaFieldsAt(r, scratchMap, scratchAt, ['user', 'group', 'project']),
  }) : undefined;
  if (scratchMap && !registryFile) quotasWithoutRegistry(r, scratchMap, scratchAt, 'scratch', ['user', 'group', 'project']);
  const homes = homesAt(r, s, base, !!registryFile);
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
    region: regionAt(r, s, base),
    account: accountAt(r, s, base),
    egress,
    vpc: vpcMap ? clean({
      cidr: r.str(vpcMap, 'cidr', [...base, 'vpc']),
      maxAzs: r.int(vpcMap, 'max_azs', [...base, 'vpc'], { min: 1, max: 6 }),
      availabilityZones: r.strList(vpcMap, 'availability_zones', [...base, 'vpc']),
      natGateways: r.int(vpcMap, 'nat_gateways', [...base, 'vpc'], { min: 1, max: 6 }),
      vpcId: r.str(vpcMap, 'id', [...base, 'vpc']),
      subnetIds: r.strList(vpcMap, 'subnet_ids', [...base, 'vpc']),
      routeTableIds: r.strList(vpcMap, 'route_table_ids', [...base, 'vpc']),
      vpcCidrBlock: r.str(vpcMap, 'cidr_block', [...base, 'vpc']),
      proxySubnetIds: r.strList(vpcMap, 'proxy_subnet_ids', [...base, 'vpc']),
      s3PrefixListId: r.str(vpcMap, 's3_prefix_list_id', [...base, 'vpc']),
    }) : undefined,
    templatesDir,
    registryFile,
    policyFile,
    storage: storageMap ? clean({ backup: r.bool(storageMap, 'backup', [...base, 'storage']), deleteWithLab: r.bool(storageMap, 'delete_with_lab', [...base, 'storage']) }) : undefined,
    homes,
    registryStorage,
    workspaceStackCount: r.int(s, 'workspace_stacks', base, { min: 0, max: 200 }),
    budgetEmails: r.strList(s, 'budget_emails', base),
    monitoring: monitoringMap ? clean({
      emails: r.strList(monitoringMap, 'emails', [...base, 'monitoring']),
      availabilityTarget: r.num(monitoringMap, 'availability_target', [...base, 'monitoring'], { min: 0 }),
      diskFullPercent: r.num(monitoringMap, 'disk_full_percent', [...base, 'monitoring'], { min: 0 }),
    }) : undefined,
    web,
    scratch,
    studio,
    images: imagesMap ? clean({
      templates: r.strList(imagesMap, 'templates', [...base, 'images']),
      schedule: r.str(imagesMap, 'schedule', [...base, 'images']),
      buildOnDeploy: r.bool(imagesMap, 'build_on_deploy', [...base, 'images']),
      buildCidr: r.str(imagesMap, 'build_cidr', [...base, 'images']),
      parentImages: parentImagesAt(r, imagesMap, [...base, 'images']),
      spackMirror: spackMirrorAt(r, imagesMap, [...base, 'images']),
    }) : undefined,
    cluster,
    workspaces,
    sourceFile: lab.source.file,
  });
  lab.finish(awsLabSchema(), 'lab file');
  return def;
}

/** `images.parent_images`: operating system, architecture, reference (one error each, located). */
function parentImagesAt(r: FieldReader, images: any, at: YamlPath): { [os: string]: { [arch: string]: string } } | undefined {
  const m = images.parent_images;
  if (m === undefined || m === null) return undefined;
  const problems = parentImagesProblems(m);
  for (const p of problems) r.error([...at, 'parent_images', ...p.at], p.code, p.message, p.value, p.fix);
  if (problems.length) return undefined;
  const out: { [os: string]: { [arch: string]: string } } = {};
  for (const [os, perArch] of Object.entries<{ [arch: string]: string }>(m)) out[os] = { ...perArch };
  return out;
}

/** `images.spack_mirror`: an https://, s3:// or file:/// URL. */
function spackMirrorAt(r: FieldReader, images: any, at: YamlPath): string | undefined {
  const v = r.str(images, 'spack_mirror', at);
  if (v === undefined) return undefined;
  const problem = spackMirrorProblem(v);
  if (problem) {
    r.error([...at, 'spack_mirror'], 'invalid-spack-mirror', problem, v, 'write e.g. s3://my-lab-spack-mirror/spack (a bucket of the lab\'s account and region) or https://spack-mirror.example.edu/mirror');
    return undefined;
  }
  return v;
}

/** The values of LabHomesKind (lab-stack.ts is imported for its types only). */
const HOMES_KINDS = ['efs', 'openzfs'];

/** `homes:` where the homes live (the lab's EFS or FSx for OpenZFS with quotas). */
function homesAt(r: FieldReader, s: any, base: YamlPath, hasRegistry: boolean): LabHomesDefinition | undefined {
  const m = r.mapping(s, 'homes', base);
  if (!m) return undefined;
  const at: YamlPath = [...base, 'homes'];
  r.unknownKeys(m, HOMES(), at);
  const kind = r.str(m, 'kind', at, { required: true });
  if (kind !== undefined && !HOMES_KINDS.includes(kind)) {
    r.error([...at, 'kind'], 'invalid-value', 'not a kind of homes storage', kind, `write ${HOMES_KINDS.join(' or ')}`);
  }
  if (!hasRegistry) quotasWithoutRegistry(r, m, at, 'homes', ['user', 'group']);
  return clean({
    kind: (kind ?? '') as LabHomesKind,
    storageCapacityGiB: r.int(m, 'capacity_gib', at, { min: 64, max: 524288 }),
    throughputMBps: r.int(m, 'throughput_mbps', at, { min: 64, max: 4096 }),
    ...quotaFieldsAt(r, m, at, ['user', 'group']),
  });
}

/** `studio:` SageMaker Studio (ResearchStudio). */
function studioAt(r: FieldReader, s: any, base: YamlPath): LabStudioDefinition | undefined {
  const m = r.mapping(s, 'studio', base);
  if (!m) return undefined;
  r.unknownKeys(m, STUDIO(), [...base, 'studio']);
  const spaces: StudioSpaceDefinition[] = [];
  (r.list(m, 'spaces', [...base, 'studio']) ?? []).forEach((space: any, i: number) => {
    const p: YamlPath = [...base, 'studio', 'spaces', i];
    if (!space || typeof space !== 'object' || Array.isArray(space)) {
      r.expect(p, space, 'a space (name, project, owner)');
      return;
    }
    r.unknownKeys(space, SPACE(), p);
    spaces.push(clean({
      name: r.str(space, 'name', p, { required: true }) ?? '',
      project: r.str(space, 'project', p, { required: true }) ?? '',
      owner: r.str(space, 'owner', p, { required: true }) ?? '',
      instanceType: r.str(space, 'instance_type', p),
    }));
  });
  return clean({
    instanceType: r.str(m, 'instance_type', [...base, 'studio']),
    instanceTypes: r.strList(m, 'instance_types', [...base, 'studio']),
    idleMinutes: r.int(m, 'idle_minutes', [...base, 'studio'], { min: 60, max: 525600 }),
    users: r.strList(m, 'users', [...base, 'studio']),
    spaceUser: r.str(m, 'space_user', [...base, 'studio']),
    spaces: spaces.length ? spaces : undefined,
  });
}

/** `slurm:` a Slurm cluster on AWS PCS (ResearchCluster; `cluster:` is the Proxmox lab's key). */
function clusterAt(r: FieldReader, s: any, base: YamlPath): LabClusterDefinition | undefined {
  const m = r.mapping(s, 'slurm', base);
  if (!m) return undefined;
  r.unknownKeys(m, CLUSTER(), [...base, 'slurm']);
  const queues: ClusterQueueDefinition[] = [];
  (r.list(m, 'queues', [...base, 'slurm']) ?? []).forEach((q: any, i: number) => {
    const p: YamlPath = [...base, 'slurm', 'queues', i];
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
  const controller = r.str(m, 'controller_size', [...base, 'slurm']);
  return clean({
    amiId: r.str(m, 'ami', [...base, 'slurm'], { required: true }) ?? '',
    controllerSize: controller?.toUpperCase(),
    slurmVersion: r.str(m, 'slurm_version', [...base, 'slurm']),
    idleMinutes: r.int(m, 'idle_minutes', [...base, 'slurm'], { min: 1, max: 1440 }),
    loginNode: r.bool(m, 'login_node', [...base, 'slurm']),
    users: r.strList(m, 'users', [...base, 'slurm']),
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
function accountAt(r: FieldReader, s: any, base: YamlPath): string | undefined {
  const v = r.str(s, 'account', base, { allowNumber: true });
  if (v !== undefined && !/^\d{12}$/.test(v)) {
    r.error([...base, 'account'], 'invalid-account', 'an AWS account id is exactly 12 digits', v, 'write the 12-digit account id in quotes, e.g. account: "123456789012"');
    return undefined;
  }
  return v;
}

/** `region:` an AWS region name. */
function regionAt(r: FieldReader, s: any, base: YamlPath): string | undefined {
  const v = r.str(s, 'region', base);
  if (v !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(v)) {
    r.error([...base, 'region'], 'invalid-region', 'not an AWS region name', v, 'write e.g. region: eu-west-1');
    return undefined;
  }
  return v;
}


