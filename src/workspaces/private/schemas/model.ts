/**
 * JSON Schemas of the model's files: templates, the users registry, the policy and the permit.
 * Built from the model's enums on first use (see json-schema.ts). The loaders take their key
 * lists from these schemas; `scripts/generate-schemas.ts` writes them to `schemas/`.
 */
import {
  bool, explained, fileSchema, int, intList, JsonSchema, lazy, list, num, obj, oneOf, str, text, textList, textMap,
} from './json-schema';
import { EgressMode } from '../../egress';
import { ReleaseDestinationKind } from '../../release-destination';
import { RemovedUserData } from '../../removed-user-data';
import { Sizes } from '../../sizes';
import { ConnectionType, OperatingSystem, PackageManager, ParameterType } from '../../template';
import { FIRST_RESEARCH_ID, MAX_RESEARCH_ID, RESERVED_IDS, researchIdProblem } from '../posix';
import { s3BucketProblem, s3UrlProblem } from '../s3-names';

/** A research uid or gid: the lab range, never nobody/nogroup (the loaders' researchIdProblem). */
function researchId(word: 'uid' | 'gid', description: string, fix: string): JsonSchema {
  const reserved = [...RESERVED_IDS].filter((id) => id >= FIRST_RESEARCH_ID && id <= MAX_RESEARCH_ID);
  return explained(int(description, FIRST_RESEARCH_ID, MAX_RESEARCH_ID, { not: { enum: reserved } }), {
    code: 'invalid-id',
    problem: (v) => {
      const p = typeof v === 'number' ? researchIdProblem(v) : 'must be a whole number';
      return p === undefined ? undefined : `${word} ${p}`;
    },
    fix,
  });
}

/** A workspace size (`M`, `GPU-S`; the loaders read `m`, `gpu_s` too). */
export function sizeSchema(description: string): JsonSchema {
  const names = Sizes.all() as string[];
  const letters = (s: string) => s.replace(/[A-Z]/g, (c) => `[${c}${c.toLowerCase()}]`).replace('-', '[-_]');
  return {
    type: 'string',
    pattern: `^\\s*(?:${names.map(letters).join('|')})\\s*$`,
    examples: names,
    description: `${description} One of: ${names.join(', ')}.`,
  };
}

/** Anything: Prism metadata the loader keeps out of the model. */
const PRISM_METADATA = (what: string): JsonSchema => ({ description: `${what} (Prism catalog metadata: read and not used).` });

const SERVICE = lazy(() => obj('A long-running service, run as a systemd unit (or just its name).', {
  name: text('Service name: jupyter, rstudio-server, code-server, streamlit, mlflow, or your own (a systemd unit name).'),
  port: int('TCP port the service listens on.', 1, 65535),
  config: textList('Configuration lines for the service (for Jupyter: c.ServerApp... lines); one text block is split into lines.'),
  enable: bool('Whether the service starts at boot (default: true when a port is set).'),
  bind_address: text('Address the service binds to (default 127.0.0.1).'),
  command: text('Command line of a service that is not one of the known kinds.'),
}, ['name'], { type: ['object', 'string'] }));

const PARAMETER = lazy(() => obj('A value chosen at launch; {{.name}} in the template is replaced by it.', {
  name: text('Parameter name (letters, digits, underscores), as used in {{.name}}; defaults to its key.'),
  type: oneOf('Kind of value (default string).', Object.values(ParameterType)),
  default: text('Default value.'),
  choices: textList('Allowed values of a choice parameter.'),
  min: num('Lowest allowed value of an int parameter.'),
  max: num('Highest allowed value of an int parameter.'),
  pattern: text('Regular expression a string value must match.'),
  required: bool('Whether a value must be given.'),
  description: text('Human description.'),
  display_name: text('Label for forms.'),
  group: PRISM_METADATA('Form group'),
  order: PRISM_METADATA('Form order'),
  impact: PRISM_METADATA('What the choice changes'),
  allow_leading_dash: bool('Accept values that start with "-" (a command would read them as options): only for parameters meant to carry options.'),
}));

/** A Prism-compatible template (`templates/*.yml`). */
export const templateSchema = lazy((): JsonSchema => fileSchema('cdk-research-workspaces template (Prism-compatible)', obj(
  'A workstation template. Unknown keys are flagged here; the loader only warns about them (Prism compatibility).', {
    name: text('Display name, unique within a catalog.'),
    slug: text('Short identifier (lower-case letters, digits and dashes); generated from the name when absent.', { pattern: '^[a-z0-9][a-z0-9-]*$' }),
    description: text('One-line description.'),
    long_description: text('Longer description.'),
    base: oneOf('Base operating system (required unless the template inherits one).', Object.values(OperatingSystem)),
    inherits: textList('Parent templates, by slug or name, merged left to right before this template.'),
    connection_type: oneOf('How users connect (default auto; "both" is read as all).', [...Object.values(ConnectionType), 'both']),
    package_manager: oneOf('Primary package manager (default: inherited, or the base system\'s).', Object.values(PackageManager)),
    packages: obj('Packages by manager, installed in order.', {
      system: textList('Operating system packages (apt or dnf, whichever the base uses).'),
      conda: textList('conda packages: name, name=version or channel::name.'),
      pip: textList('pip packages.'),
      spack: textList('Spack specs.'),
    }),
    services: list('Services the workspace offers.', SERVICE()),
    users: list('Local accounts the template asks for (the lab\'s research users come from the registry).', obj('A template account (or just its name).', {
      name: text('Login name (not a system account such as root or ubuntu).'),
      groups: textList('Supplementary groups.'),
      shell: text('Login shell (default /bin/bash).'),
      password: PRISM_METADATA('Password (never used: accounts get keys)'),
    }, ['name'], { type: ['object', 'string'] })),
    post_install: text('Shell script run as root after packages are installed.'),
    files: list('Files placed on the workspace at boot.', obj('A file: destination plus content or a source.', {
      destination: text('Absolute path on the workspace.'),
      destination_path: text('Prism\'s name for destination.'),
      content: text('Inline content.'),
      source: explained(text('Where to fetch the file from: s3://bucket/key or an https:// URL.', {
        pattern: '^(?:https://.+|s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/[^\\u0000-\\u001f\\u007f\'"`$\\\\;|&<>]+)$',
      }), {
        code: (v) => (String(v).startsWith('s3://') ? 'invalid-source' : 'insecure-source'),
        problem: (v) => (String(v).startsWith('s3://') ? `not an S3 URL: ${s3UrlProblem(String(v)) ?? 'not an s3://bucket/key URL'}` : 'file source must be s3:// or https://'),
        fix: 'write source: s3://bucket/key or an https:// URL',
      }),
      s3_bucket: explained(text('S3 bucket of the source (with s3_key).', { pattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$' }), {
        code: 'invalid-bucket',
        problem: (v) => `not an S3 bucket name: ${s3BucketProblem(String(v)) ?? 'a bucket name has 3 to 63 lower-case letters, digits, "." and "-"'}`,
        fix: 'write the bucket name, e.g. s3_bucket: lab-data-123',
      }),
      s3_key: text('S3 object key of the source (with s3_bucket).'),
      owner: text('Owner user (default root).'),
      group: text('Owner group.'),
      permissions: text('Octal mode, quoted, e.g. "0644".', { pattern: '^0?[0-7]{3,4}$' }),
      required: bool('Fail the boot when the file cannot be fetched (default true).'),
      description: text('Human description.'),
      checksum: PRISM_METADATA('Checksum'),
      only_if: PRISM_METADATA('Condition'),
      auto_cleanup: PRISM_METADATA('Cleanup'),
    })),
    user_data: text('Raw user-data script appended to the generated provisioning.'),
    idle_detection: obj('When an idle workspace stops itself.', {
      enabled: bool('Whether the idle agent runs (default true).'),
      idle_threshold_minutes: int('Minutes without activity before the workspace stops (default 30).', 1, 10080),
      hibernate_threshold_minutes: int('Minutes without activity before it hibernates instead.', 1, 10080),
      check_interval_minutes: int('Minutes between checks (default 5).', 1, 1440),
      cpu_threshold_percent: num('CPU use (percent) below which the machine counts as idle (default 10).', 0),
    }),
    instance_defaults: obj('Instance settings the template suggests.', {
      type: text('Instance type, e.g. t3.large.', { pattern: '^[a-z][a-z0-9-]*\\.[a-z0-9]+$' }),
      ports: intList('Ports the template expects to be reachable.', 1, 65535),
      root_volume_gb: int('Root volume size in GiB (default 30).', 8, 16384),
      estimated_cost_per_hour: obj('The author\'s cost estimate in US dollars per hour.', {
        x86_64: num('On x86_64.', 0),
        arm64: num('On arm64.', 0),
      }),
      instance_type_preference: textList('Instance types the author prefers, in order.'),
    }),
    minimum_size: sizeSchema('Smallest workspace size the template works on.'),
    parameters: {
      type: ['object', 'array'],
      description: 'Parameters, as a mapping of names to definitions (or a list with name:).',
      additionalProperties: PARAMETER(),
      items: PARAMETER(),
    },
    variables: textMap('Fixed variables usable as {{.NAME}}.'),
    research_user: obj('How the lab\'s research users are provisioned on this template.', {
      auto_create: bool('Create the lab\'s research users at boot (default true).'),
      require_efs: bool('Refuse to start without shared storage (default false).'),
      efs_mount_point: text('Mount point of the shared file system (default /shared).'),
      efs_home_subdirectory: text('Sub-directory of the shared file system that holds homes (default home).'),
      install_ssh_keys: bool('Install each user\'s SSH public keys (default true).'),
      default_shell: text('Shell for users that have none (default /bin/bash).'),
      default_groups: textList('Groups every research user joins on this workspace.'),
      default_environment: textMap('Environment variables of research users\' sessions.'),
      user_integration: PRISM_METADATA('User integration'),
    }),
    ami_config: obj('Machine image settings of an ami-based template.', {
      amis: {
        type: 'object',
        description: 'Image ids by region, then by architecture (x86_64, arm64); or one id per region.',
        additionalProperties: { type: ['string', 'object'], additionalProperties: { type: 'string', pattern: '^ami-[0-9a-f]{8,17}$' }, pattern: '^ami-[0-9a-f]{8,17}$' },
      },
      ami_mappings: textMap('Prism\'s image ids by region.'),
      ssh_user: text('Login user of the image.'),
      user_data_script: text('Shell script run at first boot.'),
      instance_types: textMap('Instance types by architecture.'),
      strategy: PRISM_METADATA('Strategy'),
      ami_search: PRISM_METADATA('Image search'),
      fallback_strategy: PRISM_METADATA('Fallback strategy'),
      fallback_timeout: PRISM_METADATA('Fallback timeout'),
      preferred_architecture: PRISM_METADATA('Preferred architecture'),
      instance_family_preference: PRISM_METADATA('Instance family preference'),
    }),
    version: text('Template version.'),
    tags: textMap('Free-form tags.'),
    maintainer: text('Maintainer.'),
    icon: text('Icon (an emoji or URL).'),
    color: text('Display colour.'),
    category: text('Category, e.g. Machine Learning.'),
    domain: text('Research domain, e.g. ml.'),
    complexity: text('Complexity: simple, moderate or advanced.', { examples: ['simple', 'moderate', 'advanced'] }),
    popular: bool('Shown among popular templates.'),
    featured: bool('Shown among featured templates.'),
    last_updated: PRISM_METADATA('Last update'),
    validation_status: PRISM_METADATA('Validation status'),
    estimated_launch_time: PRISM_METADATA('Launch time'),
    prerequisites: PRISM_METADATA('Prerequisites'),
    learning_resources: PRISM_METADATA('Learning resources'),
    ports: intList('Ports the template expects to be reachable (Prism\'s place for instance_defaults.ports).', 1, 65535),
  }, ['name', 'description'])));

const ID_RANGE = (what: string): JsonSchema => {
  const bound = (description: string) => explained(int(description, FIRST_RESEARCH_ID, MAX_RESEARCH_ID), {
    code: 'invalid-id-range',
    problem: () => `the ${what} id range must be whole numbers with ${FIRST_RESEARCH_ID} <= min <= max <= ${MAX_RESEARCH_ID} (ids below ${FIRST_RESEARCH_ID} belong to the system and the image's default account)`,
    fix: `write e.g. { min: ${what === 'user' ? 5000 : 6000}, max: ${what === 'user' ? 5999 : 6999} }`,
  });
  return obj(`Range of ${what} ids the lock file gives out (${FIRST_RESEARCH_ID} to ${MAX_RESEARCH_ID}).`, {
    min: bound('Lowest id.'),
    max: bound('Highest id.'),
  }, ['min', 'max']);
};

/** The research users registry (`users.yaml`). */
export const registrySchema = lazy((): JsonSchema => fileSchema('cdk-research-workspaces users registry', obj(
  'The lab\'s research users and groups. Ids are kept in the lock file beside it (users.lock.json).', {
    version: text('Format version.'),
    id_ranges: obj('Ranges of user and group ids (defaults 5000-5999 and 6000-6999).', {
      users: ID_RANGE('user'),
      groups: ID_RANGE('group'),
    }),
    users: list('Research users.', obj('A research user.', {
      name: text('Login name (POSIX: lower-case letters, digits, "_" and "-").'),
      uid: researchId('uid', 'User id (default: the next free id of the range, kept in the lock file).',
        'choose an unused id of the lab range, or remove the field to have one assigned'),
      primary_group: text('Primary group (default: a group of the user\'s name).'),
      groups: textList('Supplementary groups (of this registry).'),
      shell: text('Login shell (default /bin/bash).'),
      ssh_keys: textList('SSH public keys (ssh-ed25519, ecdsa or RSA of 3072 bits or more).'),
      email: text('Email address.'),
      full_name: text('Full name.'),
      orcid: str('ORCID iD, quoted, e.g. "0000-0002-1825-0097".'),
      globus_id: text('Globus identity.'),
      external_id: text('Id in the institution\'s directory.'),
      sudo: bool('Administrator rights on workspaces (default false).'),
      created: text('When the user was added.'),
    }, ['name'])),
    groups: list('Research groups.', obj('A research group.', {
      name: text('Group name.'),
      gid: researchId('gid', 'Group id (default: the next free id of the range).',
        'choose an unused id of the lab range, or remove the field to have one assigned'),
      description: text('Human description.'),
      members: textList('Members (user names).'),
    }, ['name'])),
    removed: list('Users removed with `rws users remove`: their ids are never given again.', obj('A removed user.', {
      name: text('Login name it had.'),
      uid: int('User id it had (see the lock file\'s retired.users).'),
      data: oneOf('What happens to the home directory (default preserve).', Object.values(RemovedUserData)),
      removed_on: text('When it was removed.'),
    }, ['name', 'uid'])),
  })));

/** An exact name of an allow-list (the policy's exactNames: a pattern would match nothing). */
function exactName(key: string, what: string, pattern: string, example: string): JsonSchema {
  const wildcard = (v: unknown) => /[*?[\]]/.test(String(v));
  return explained({ type: 'string', pattern, description: `An exact ${what} name, e.g. ${example}.` }, {
    code: (v) => (wildcard(v) ? 'wildcard-not-supported' : 'invalid-value'),
    problem: (v) => (wildcard(v) ? `${key} lists exact ${what} names; "${String(v)}" is a pattern and would match nothing` : `not an ${what} name`),
    fix: (v) => (wildcard(v) ? `leave ${key} out to allow every ${what}, or list the names, e.g. [${example}]` : `write names like ${example}`),
  });
}

/** The workspace policy (`policy.yaml`). */
export const policySchema = lazy((): JsonSchema => fileSchema('cdk-research-workspaces policy', obj(
  'What a lab may launch. Unknown keys are errors: a misspelled rule would silently not be enforced.', {
    name: text('Policy name.'),
    allowed_templates: textList('Templates that may be launched (slug or name); leave out to allow all.'),
    denied_templates: textList('Templates that may not be launched.'),
    allowed_sizes: { ...textList('Workspace sizes that may be launched.'), items: sizeSchema('A size.') },
    allowed_instance_families: textList('Exact EC2 instance families (no patterns), e.g. [t3, m7i, g5].',
      exactName('allowed_instance_families', 'instance family', '^[a-z][a-z0-9-]{0,30}$', 'g5')),
    denied_instance_families: textList('EC2 instance families that may not be used.'),
    max_hourly_cost: num('Highest on-demand cost of one workspace, US dollars per hour.', 0),
    allowed_regions: textList('Exact AWS region names (no patterns), e.g. [eu-west-1].',
      exactName('allowed_regions', 'region', '^[a-z]{2}(-[a-z]+)+-\\d{1,2}$', 'eu-west-1')),
    required_tags: textList('Tags every workspace must carry (the workspace tags, the same on every backend).'),
    max_workspaces_per_user: int('Most workspaces one user may own.', 0),
    allowed_connection_types: { ...textList('How users may connect.'), items: oneOf('A connection type.', Object.values(ConnectionType)) },
    egress: oneOf('Internet access of workspaces: none (default), proxied (allowed domains through a proxy) or open.', Object.values(EgressMode)),
    egress_allowed_domains: textList('Domains the egress proxy allows.'),
    monthly_budget: num('Monthly budget in US dollars (a budget alarm).', 0),
    cidr_max_breadth: obj('The broadest network a CIDR list (SSH, web, data holders) may name.', {
      ipv4: int('Shortest IPv4 prefix length allowed.', 1, 32),
      ipv6: int('Shortest IPv6 prefix length allowed.', 1, 128),
    }),
    allowed_privileged_groups: textList('Privileged groups (docker, sudo, ...) templates may give.', { type: ['string', 'number', 'boolean'], pattern: '^[a-z_][a-z0-9_-]{0,31}$' }),
    allowed_privileged_paths: textList('System paths templates may write (absolute; /** for a tree).'),
    allow_studio: bool('Whether the lab may run SageMaker Studio notebooks (default true); their instance types follow the rules above.'),
  })));

const MEMBER = (what: string): JsonSchema => obj(`${what}: a login name, or a mapping with name: and uid:.`, {
  name: text('Login name.'),
  uid: researchId('uid', 'User id (default: from the registry, or the next free id).', `choose an id from ${FIRST_RESEARCH_ID} to ${MAX_RESEARCH_ID} (the lab range), or leave it out`),
}, ['name'], { type: ['object', 'string'] });

/** A data permit (`rws permit plan|synth --permit permit.yaml`). */
export const permitSchema = lazy((): JsonSchema => fileSchema('cdk-research-workspaces permit', obj(
  'A data permit: who brings data, who works on it and who reviews what leaves.', {
    id: text('Permit id (lower-case letters, digits and dashes).'),
    data_holders: list('Organisations that upload data.', obj('A data holder.', {
      id: text('Data holder id.'),
      allowed_cidrs: textList('Networks the holder uploads from.'),
      display_name: text('Human name.'),
      uid: researchId('uid', 'User id of the holder\'s upload account.', `choose an id from ${FIRST_RESEARCH_ID} to ${MAX_RESEARCH_ID}, or leave it out`),
    }, ['id'])),
    researchers: list('Researchers who work on the data.', MEMBER('A researcher')),
    hdab_preprocessor: MEMBER('The health data access body\'s preprocessor'),
    hdab_reviewer: MEMBER('The reviewer of outputs'),
    setup_reviewer: MEMBER('The reviewer of the set-up'),
    egress_allowed_domains: textList('Domains the permit\'s proxy allows.'),
    release: obj('Output release: who checks results before they leave, and where released files go (docs/airlock-transfers.md).', {
      reviewers: textList('Output checkers: at least two different people, none a researcher of the permit.'),
      destination: obj('Where released files are delivered, and nowhere else.', {
        kind: oneOf('Kind of destination.', Object.values(ReleaseDestinationKind)),
        path: text('Folder (kind folder: absolute; kind sftp: the remote folder).'),
        bucket: text('S3 bucket (kind bucket).'),
        prefix: text('Key prefix inside the bucket (kind bucket).'),
        region: text('Region of the bucket.'),
        host: text('SFTP host (kind sftp).'),
        port: int('SFTP port.', 1, 65535),
        user: text('SFTP login (kind sftp).'),
      }, ['kind']),
    }, ['reviewers', 'destination']),
  }, ['id', 'hdab_preprocessor'])));
