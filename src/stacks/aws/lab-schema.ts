/**
 * JSON Schema of the AWS lab file as `readLabFile` (lab-file.ts) takes it. The reader takes its
 * key lists from here (`keysAt`); `scripts/generate-schemas.ts` writes it to `schemas/lab.schema.json`.
 */
import { RegistryStorage } from '../../constructs/aws/research-user-registry';
import { EGRESS, labFields, labWorkspaceFields } from '../../workspaces/lab';
import { PARENT_IMAGE_OPERATING_SYSTEMS } from '../../workspaces/private/lab-images';
import {
  bool, explained, fileSchema, int, JsonSchema, lazy, list, num, obj, oneOf, text, textList, textMap,
} from '../../workspaces/private/schemas/json-schema';
import { sizeSchema } from '../../workspaces/private/schemas/model';
import { MAX_QUOTA_GIB } from '../../workspaces/private/storage-quotas';
import { Architecture } from '../../workspaces/sizes';

/** Quota fields in GiB (see MAX_QUOTA_GIB). */
const quota = (description: string): JsonSchema => int(description, 0, MAX_QUOTA_GIB);
const quotaMap = (description: string): JsonSchema => ({ type: 'object', additionalProperties: { type: 'integer', minimum: 0, maximum: MAX_QUOTA_GIB }, description });

/**
 * The settings only an AWS lab has. A lab file gives them under `aws:` (the one lab model: the
 * shared fields at the top, each backend's own in its section) or, as lab files written before
 * the sections did, at the top level; not both.
 */
export const awsSettingsFields = (): Record<string, JsonSchema> => ({
  region: text('AWS region, e.g. eu-west-1.', { pattern: '^[a-z]{2}(-[a-z]+)+-\\d{1,2}$' }),
  account: explained(text('AWS account id: 12 digits, quoted.', { pattern: '^\\d{12}$', minimum: 100000000000, maximum: 999999999999 }), {
    code: 'invalid-account',
    problem: () => 'an AWS account id is exactly 12 digits',
    fix: 'write the 12-digit account id in quotes, e.g. account: "123456789012"',
  }),
  vpc: obj('The lab\'s network: a new VPC (cidr, max_azs, nat_gateways) or an existing one (id, subnet_ids, ...).', {
    cidr: text('CIDR of a new VPC.'),
    max_azs: int('Availability zones of a new VPC.', 1, 6),
    availability_zones: textList('Availability zones by name.'),
    nat_gateways: int('NAT gateways (proxied or open egress).', 1, 6),
    id: text('Id of an existing VPC.'),
    subnet_ids: textList('Private subnets of the existing VPC.'),
    route_table_ids: textList('Route tables of those subnets.'),
    cidr_block: text('CIDR block of the existing VPC.'),
    proxy_subnet_ids: textList('Subnets for the egress proxy.'),
    s3_prefix_list_id: text('Prefix list of the S3 gateway endpoint.'),
  }),
  storage: obj('Shared storage (EFS).', {
    backup: bool('AWS Backup of the file system (default true).'),
    delete_with_lab: bool('Delete the file system with the stack (default false: retained).'),
  }),
  homes: obj('Where the homes, project folders and shared scratch live: the lab\'s EFS (default) or FSx for OpenZFS with per-user quotas from the registry (not with studio or slurm).', {
    kind: oneOf('efs (default) or openzfs.', ['efs', 'openzfs']),
    capacity_gib: int('OpenZFS storage capacity in GiB (default 64).', 64, 524288),
    throughput_mbps: int('OpenZFS throughput in MB/s: 64 (default), 128, 256, 512, 1024, 2048, 3072 or 4096.', 64, 4096),
    user_quota_gib: quota('Quota of every registry user in GiB (OpenZFS user quota, by uid).'),
    user_quotas_gib: quotaMap('Quotas of named registry users in GiB (0: none), over user_quota_gib.'),
    group_quota_gib: quota('Quota of every registry group in GiB (by gid).'),
    group_quotas_gib: quotaMap('Quotas of named registry groups in GiB (0: none), over group_quota_gib.'),
  }, ['kind']),
  registry_storage: oneOf('Where the registry is published for workspaces.', Object.values(RegistryStorage)),
  workspace_stacks: int('Nested stacks the workspaces are spread over.', 0, 200),
  budget_emails: textList('Who gets the budget alarms.'),
  monitoring: obj('Alarms (status checks, disk nearly full through the CloudWatch agent, storage, published services and their availability, budget) to a topic, and a dashboard.', {
    emails: textList('Who gets the alarms (subscribed to the lab\'s alarm topic).'),
    availability_target: num('Availability target of published services in percent (default 99.5).', 0),
    disk_full_percent: num('Root volume use in percent at which a workspace\'s disk alarm fires (default 90).', 0),
  }),
  images: obj('Machine images baked from the lab\'s templates (EC2 Image Builder): workspaces of these templates boot them and install nothing at boot, also without internet.', {
    templates: textList('Templates to bake (slugs); default: every template a workspace of the lab uses.'),
    schedule: text('When the pipelines rebuild with security updates (Image Builder cron, UTC); default Sundays 04:00.'),
    build_on_deploy: bool('Build the first image during the deployment (default true).'),
    build_cidr: text('CIDR of the build network (an offline lab builds in a network of its own, with proxied egress); default 10.250.0.0/16.'),
    parent_images: obj('The images the bakes start from, by operating system (a template\'s base) and architecture: an AMI id, ssm:<parameter> (Image Builder reads it at each build) or an Image Builder image ARN. Required for rocky-9 (no public image parameter); for the others it replaces the public image.',
      Object.fromEntries(PARENT_IMAGE_OPERATING_SYSTEMS.map((os) => [os, obj(`Parent images of ${os} templates by architecture.`,
        Object.fromEntries(Object.values(Architecture).map((a) => [a, text(`The ${a} parent image: ami-..., ssm:/parameter/name or arn:aws:imagebuilder:...:image/...`)])))]))),
    spack_mirror: text('The institution\'s spack mirror (sources or a build cache) the bakes of spack templates try first: https://..., s3://bucket/prefix (the build role reads that prefix only) or file:///path.'),
  }),
  web: obj('A web gateway (load balancer with OIDC sign-in) for browser services.', {
    domain: text('Domain name of the gateway.'),
    certificate_arn: text('ACM certificate of the domain.'),
    allowed_cidrs: textList('Networks that may reach the gateway.'),
    oidc: obj('The identity provider.', {
      issuer: text('Issuer URL.'),
      authorization_endpoint: text('Authorization endpoint.'),
      token_endpoint: text('Token endpoint.'),
      user_info_endpoint: text('User info endpoint.'),
      client_id: text('Client id.'),
      client_secret_name: text('Secrets Manager secret holding the client secret.'),
      scope: text('Scopes (default openid).'),
    }, ['issuer', 'authorization_endpoint', 'token_endpoint', 'user_info_endpoint', 'client_id', 'client_secret_name']),
  }, ['domain', 'certificate_arn', 'oidc']),
  scratch: obj('Fast scratch on FSx for Lustre, optionally linked to an S3 bucket of the lab (mounted in Studio).', {
    deployment: oneOf('scratch_2 (default) or persistent_2.', ['scratch_2', 'persistent_2']),
    capacity_gib: int('Storage capacity in GiB (1200, 2400, then steps of 2400).', 1200, 2400000),
    data_bucket: text('Name of an S3 bucket of the lab, linked under /data.'),
    data_prefix: text('Prefix in the bucket.'),
    user_quota_gib: quota('Block quota of every registry user in GiB (by uid; set by the Slurm cluster\'s login node).'),
    user_quotas_gib: quotaMap('Quotas of named registry users in GiB (0: none), over user_quota_gib.'),
    group_quota_gib: quota('Block quota of every registry group in GiB (by gid).'),
    group_quotas_gib: quotaMap('Quotas of named registry groups in GiB (0: none), over group_quota_gib.'),
    project_quota_gib: quota('Block quota of every registry group\'s project folder /scratch/projects/<group> in GiB (project id: the group\'s gid).'),
    project_quotas_gib: quotaMap('Project quotas of named registry groups in GiB (0: none), over project_quota_gib.'),
  }),
  studio: obj('SageMaker Studio on the lab\'s identities: a user profile per registry user (their uid and gid), the lab\'s storage mounted.', {
    instance_type: text('Default instance type of the apps (default ml.t3.medium).', { pattern: '^ml\\.[a-z][a-z0-9-]*\\.[a-z0-9]+$' }),
    instance_types: textList('Instance types users may choose (checked against the policy).'),
    idle_minutes: int('Idle minutes before an app is shut down (default 60, the least SageMaker allows).', 60, 525600),
    users: textList('Registry users with a user profile (default: every user).'),
    space_user: text('Registry user the shared spaces run as (their primary group is the spaces\' project).'),
    spaces: list('Shared spaces for project notebooks.', obj('A shared space.', {
      name: text('Space name (letters, digits, "-").'),
      project: text('Registry group: the project folder the space works in.'),
      owner: text('Registry user who owns the space.'),
      instance_type: text('Instance type (default: the studio\'s).'),
    }, ['name', 'project', 'owner'])),
  }),
  slurm: obj('A Slurm cluster on AWS PCS on the lab\'s identities and storage (compute scales to zero); `cluster:` is the Proxmox lab\'s.', {
    ami: text('AMI of the nodes (an image AWS PCS supports).', { pattern: '^ami-[0-9a-f]{8,17}$' }),
    controller_size: oneOf('AWS PCS controller size (default small).', ['small', 'medium', 'large']),
    slurm_version: text('Slurm version (default 24.11).'),
    idle_minutes: int('Idle minutes before a node is terminated (default 10).', 1, 1440),
    login_node: bool('A login node group with one node always running (default false).'),
    users: textList('Registry users with an account on the nodes (default: every user).'),
    queues: list('Queues (default: one queue "compute" of size M, at most 4 nodes).', obj('A queue: one node group scaled from zero.', {
      name: text('Queue name (lowercase letters, digits, "-").'),
      size: sizeSchema('Node size.'),
      architecture: oneOf('CPU architecture.', Object.values(Architecture)),
      instance_type: text('Instance type (default: from the size).'),
      max_instances: int('Most nodes at once (default 4).', 1, 2048),
      spot: bool('Spot capacity.'),
    }, ['name'])),
  }, ['ami']),
});

/** An AWS lab file (`LabStack.fromFile`, `rws lab synth`). */
export const awsLabSchema = lazy((): JsonSchema => fileSchema('cdk-research-workspaces lab (AWS)', obj(
  'A lab on AWS. Unknown keys are errors: a misspelled setting would silently not apply.', {
    ...labFields('Lab name.'),
    egress: EGRESS('of workspaces (default: the policy\'s, else none)'),
    aws: obj('The settings only an AWS lab has (region, account, vpc, storage, web, images, studio, slurm, ...); they may also stand at the top level, as in lab files written before the sections.', awsSettingsFields()),
    ...awsSettingsFields(),
    workspaces: list('The lab\'s workstations.', obj('A workstation.', {
      ...labWorkspaceFields(),
      architecture: oneOf('CPU architecture.', Object.values(Architecture)),
      instance_type: text('Instance type (default: from the size).'),
      tags: textMap('Workspace tags (a policy\'s required_tags are checked against these).'),
      spot: bool('Spot instance.'),
      hibernation: bool('Hibernate when idle.'),
      ssh_cidrs: textList('Networks that may reach SSH (besides Session Manager).'),
      web: bool('Publish the template\'s browser services through the lab\'s web gateway.'),
      root_volume_gib: int('Root volume size in GiB.', 8, 16384),
      amis: textMap('Machine images by region.'),
    }, ['name', 'template'])),
  }, ['name', 'workspaces'])));

