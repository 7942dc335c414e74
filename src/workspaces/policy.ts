import { EgressMode } from './egress';
import { DiagnosticSeverity, SourceLocation, formatLocation } from './errors';
import { PriceTable } from './pricing';
import { clean } from './private/clean';
import { problem, WorkspaceInputError } from './private/error';
import { FieldReader } from './private/fields';
import { keysAt, lazy } from './private/schemas/json-schema';
import { policySchema } from './private/schemas/model';
import { checkShape } from './private/schemas/shape';
import { neutralTagName, neutralTags } from './private/tags';
import { YamlPath, YamlSource } from './private/yaml-source';
import { Architecture, Sizes, WorkspaceSize } from './sizes';
import { NotebookRequest, Notebooks } from './studio';
import { ConnectionType } from './template';

export { EgressMode } from './egress';

/** Files policies were read from, for messages that point at the rule's line. */
const SOURCES = new WeakMap<WorkspacePolicy, YamlSource>();

const EGRESS_RANK: Record<EgressMode, number> = { [EgressMode.NONE]: 0, [EgressMode.PROXIED]: 1, [EgressMode.OPEN]: 2 };

/**
 * What a lab may launch. Every field is optional; an absent field allows anything.
 */
export interface WorkspacePolicyProps {
  /**
   * Policy name, used in messages.
   * @default "policy"
   */
  readonly name?: string;
  /**
   * Where the policy came from (a file path or construct path), used in messages.
   * @default - the name
   */
  readonly source?: string;
  /**
   * Template slugs that may be used. `*` at the end matches a prefix (`python-*`).
   * @default - every template
   */
  readonly allowedTemplates?: string[];
  /**
   * Template slugs that may not be used (wins over `allowedTemplates`).
   * @default - none
   */
  readonly deniedTemplates?: string[];
  /**
   * Sizes that may be used.
   * @default - every size
   */
  readonly allowedSizes?: WorkspaceSize[];
  /**
   * Instance families that may be used (`t3`, `m7g`, `g5`).
   * @default - every family
   */
  readonly allowedInstanceFamilies?: string[];
  /**
   * Instance families that may not be used (wins over the allowed list).
   * @default - none
   */
  readonly deniedInstanceFamilies?: string[];
  /**
   * Highest estimated on-demand cost per workspace, USD per hour.
   * @default - no limit
   */
  readonly maxHourlyCost?: number;
  /**
   * Regions workspaces may run in.
   * @default - every region
   */
  readonly allowedRegions?: string[];
  /**
   * Tag keys every workspace must carry. The same on every backend: `project` and `owner` are
   * the workspace's project and owner (on AWS the tags `research:project` and
   * `research:owner`, which may also be written here), any other key one of the workspace's
   * own tags (Kubernetes: labels).
   * @default - none
   */
  readonly requiredTags?: string[];
  /**
   * Most workspaces one user may own.
   * @default - no limit
   */
  readonly maxWorkspacesPerUser?: number;
  /**
   * Connection types that may be used.
   * @default - every type
   */
  readonly allowedConnectionTypes?: ConnectionType[];
  /**
   * The most internet access a workspace may have.
   * @default EgressMode.OPEN
   */
  readonly egress?: EgressMode;
  /**
   * Domains the egress proxy allows when egress is `proxied`.
   * @default - PyPI, CRAN and conda-forge
   */
  readonly egressAllowedDomains?: string[];
  /**
   * Monthly budget for the lab in USD, used for budget alerts.
   * @default - no budget
   */
  readonly monthlyBudget?: number;
  /**
   * Privileged groups (`sudo`, `wheel`, `docker`, `disk`, ...) that template accounts (`users:`)
   * may join, by name (YAML `allowed_privileged_groups`). A template account in any other
   * privileged group is refused at synth and by `rws templates lint`.
   * @default - none
   */
  readonly allowedPrivilegedGroups?: string[];
  /**
   * Privileged paths templates may write or give set-id modes (YAML `allowed_privileged_paths`):
   * absolute paths, `dir/*` for the files of a folder, `dir/**` for a whole tree, e.g.
   * `/etc/sudoers.d/lab-admins` or `/etc/cron.d/*`. Writes elsewhere under `/etc/sudoers*`,
   * `/root`, cron, systemd, `/etc/ssh`, PAM, the account files, `/etc/ld.so.preload` and
   * `/etc/profile.d` are refused at synth and by `rws templates lint`.
   * @default - none
   */
  readonly allowedPrivilegedPaths?: string[];
  /**
   * The broadest IPv4 network (shortest prefix) a list of CIDRs may name, e.g. SSH or access
   * CIDRs: no entry may be broader, and the list together may admit no more public addresses
   * than one such network. A list never covers every address, whatever this says.
   * @default 8
   */
  readonly cidrMaxBreadthIpv4?: number;
  /**
   * The same for IPv6.
   * @default 32
   */
  readonly cidrMaxBreadthIpv6?: number;
  /**
   * Whether the lab may run notebooks (SageMaker Studio on AWS; YAML `allow_studio`). Their
   * instance types are held to the same family, size, cost and region rules as workspaces.
   * @default true
   */
  readonly allowStudio?: boolean;
}

/**
 * A workspace someone wants to launch, as the policy sees it.
 */
export interface WorkspaceRequest {
  /** Workspace name (or construct path). */
  readonly name: string;
  /** Template slug. */
  readonly template: string;
  /**
   * Requested size.
   * @default - derived from `instanceType`
   */
  readonly size?: WorkspaceSize;
  /**
   * CPU architecture.
   * @default Architecture.X86_64
   */
  readonly architecture?: Architecture;
  /**
   * Instance type.
   * @default - the size's type on the architecture
   */
  readonly instanceType?: string;
  /**
   * Region.
   * @default - not checked
   */
  readonly region?: string;
  /**
   * Tags the workspace will carry.
   * @default {}
   */
  readonly tags?: { [key: string]: string };
  /**
   * Owner (a research user name).
   * @default - no owner
   */
  readonly owner?: string;
  /**
   * Connection type.
   * @default - not checked
   */
  readonly connectionType?: ConnectionType;
  /**
   * Internet access the workspace asks for.
   * @default - not checked
   */
  readonly egress?: EgressMode;
  /**
   * Estimated cost per hour when known (otherwise the price table is used).
   * @default - from the price table
   */
  readonly hourlyCost?: number;
}

/**
 * One broken rule.
 */
export interface PolicyViolation {
  /** Rule id, e.g. `template-not-allowed`. */
  readonly rule: string;
  /** The workspace. */
  readonly workspace: string;
  /** What was asked. */
  readonly requested: string;
  /** What the policy allows. */
  readonly allowed: string;
  /** Full sentence: what, the policy and where it came from, and the fix. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

/** Default proxy allowlist: the package repositories research environments need. */
export const DEFAULT_EGRESS_DOMAINS: string[] = [
  'pypi.org', 'files.pythonhosted.org', 'cran.r-project.org', 'cloud.r-project.org', 'conda.anaconda.org', 'repo.anaconda.com',
];

// The key lists are the policy schema's (schemas/policy.schema.json).
const KEYS = lazy(() => keysAt(policySchema()));
const BREADTH_KEYS = lazy(() => keysAt(policySchema(), ['cidr_max_breadth']));

/** An AWS region name (`us-east-1`, `us-gov-west-1`, `ap-southeast-4`). */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
/** An EC2 instance family (`t3`, `m7i-flex`, `u-6tb1`, `g4dn`). */
const INSTANCE_FAMILY = /^[a-z][a-z0-9-]{0,30}$/;

/**
 * An allow-list of exact names. Patterns are refused rather than matched: `*` in
 * `allowed_regions` used to load and then deny every region. Leaving the key out allows all.
 */
function exactNames(r: FieldReader, d: any, key: string, shape: RegExp, what: string, example: string): string[] | undefined {
  const list = r.strList(d, key, []);
  return list?.filter((v, i) => {
    if (/[*?[\]]/.test(v)) {
      r.error([key, i], 'wildcard-not-supported', `${key} lists exact ${what} names; "${v}" is a pattern and would match nothing`, v,
        `leave ${key} out to allow every ${what}, or list the names, e.g. [${example}]`);
      return false;
    }
    if (!shape.test(v)) {
      r.error([key, i], 'invalid-value', `not an ${what} name`, v, `write names like ${example}`);
      return false;
    }
    return true;
  });
}

/** `cidr_max_breadth: { ipv4: 8, ipv6: 32 }`: the broadest network a CIDR list may name. */
function cidrBreadth(r: FieldReader, d: any): { cidrMaxBreadthIpv4?: number; cidrMaxBreadthIpv6?: number } {
  const m = r.mapping(d, 'cidr_max_breadth', []);
  if (!m) return {};
  r.unknownKeys(m, BREADTH_KEYS(), ['cidr_max_breadth']);
  for (const w of r.warnings.splice(0)) r.errors.push({ ...w, severity: DiagnosticSeverity.ERROR });
  return clean({
    cidrMaxBreadthIpv4: r.int(m, 'ipv4', ['cidr_max_breadth'], { min: 1, max: 32 }),
    cidrMaxBreadthIpv6: r.int(m, 'ipv6', ['cidr_max_breadth'], { min: 1, max: 128 }),
  });
}

/**
 * What a lab may launch, and the check that tells a proposed workspace what it breaks.
 */
export class WorkspacePolicy {
  /** Reads a policy from a YAML file (snake_case keys, e.g. `max_hourly_cost`). */
  public static fromFile(file: string): WorkspacePolicy {
    return WorkspacePolicy.fromSource(YamlSource.fromFile(file, 'policy'));
  }

  /** Reads a policy from YAML text. */
  public static fromYaml(yaml: string, sourceName: string): WorkspacePolicy {
    return WorkspacePolicy.fromSource(new YamlSource(yaml, sourceName));
  }

  /** A policy that allows everything. */
  public static permissive(): WorkspacePolicy {
    return new WorkspacePolicy({ name: 'permissive' });
  }

  private static fromSource(src: YamlSource): WorkspacePolicy {
    const r = new FieldReader(src, src.file);
    const d: any = src.data ?? {};
    if (typeof d !== 'object' || Array.isArray(d)) {
      r.expect([], d, 'a mapping of policy rules');
      r.throwIfErrors('');
    }
    // A misspelled rule would silently not apply: in a policy, unknown keys are errors.
    r.unknownKeys(d, KEYS(), []);
    for (const w of r.warnings.splice(0)) r.errors.push({ ...w, severity: DiagnosticSeverity.ERROR, message: `${w.message}; a misspelled rule would silently not be enforced` });
    const enumList = <T extends string>(key: string, values: T[], parse?: (v: string) => T): T[] | undefined => {
      const list = r.strList(d, key, []);
      return list?.map((v, i) => {
        try {
          const out = parse ? parse(v) : (values.includes(v as T) ? v as T : undefined);
          if (out === undefined) throw new Error();
          return out;
        } catch {
          r.error([key, i], 'invalid-value', `unknown value in ${key}`, v, `use one of ${values.join(', ')}`);
          return undefined as unknown as T;
        }
      }).filter((x) => x !== undefined);
    };
    const egressText = r.str(d, 'egress', []);
    let egress: EgressMode | undefined;
    if (egressText !== undefined) {
      if (Object.values(EgressMode).includes(egressText as EgressMode)) egress = egressText as EgressMode;
      else r.error(['egress'], 'invalid-value', 'unknown egress mode', egressText, `use one of ${Object.values(EgressMode).join(', ')}`);
    }
    const props: WorkspacePolicyProps = clean({
      name: r.str(d, 'name', []),
      source: src.file,
      allowedTemplates: r.strList(d, 'allowed_templates', []),
      deniedTemplates: r.strList(d, 'denied_templates', []),
      allowedSizes: enumList('allowed_sizes', Sizes.all(), (v) => Sizes.parse(v)),
      allowedInstanceFamilies: exactNames(r, d, 'allowed_instance_families', INSTANCE_FAMILY, 'instance family', 'g5'),
      deniedInstanceFamilies: r.strList(d, 'denied_instance_families', []),
      maxHourlyCost: r.num(d, 'max_hourly_cost', [], { min: 0 }),
      allowedRegions: exactNames(r, d, 'allowed_regions', REGION, 'region', 'eu-west-1'),
      requiredTags: r.strList(d, 'required_tags', []),
      maxWorkspacesPerUser: r.int(d, 'max_workspaces_per_user', [], { min: 0 }),
      allowedConnectionTypes: enumList('allowed_connection_types', Object.values(ConnectionType)),
      egress,
      egressAllowedDomains: r.strList(d, 'egress_allowed_domains', []),
      monthlyBudget: r.num(d, 'monthly_budget', [], { min: 0 }),
      allowedPrivilegedGroups: r.strList(d, 'allowed_privileged_groups', []),
      allowedPrivilegedPaths: r.strList(d, 'allowed_privileged_paths', []),
      allowStudio: r.bool(d, 'allow_studio', []),
      ...cidrBreadth(r, d),
    });
    (props.allowedPrivilegedGroups ?? []).forEach((g, i) => {
      if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(g)) r.error(['allowed_privileged_groups', i], 'invalid-group', 'not a group name', g, 'write a group name such as docker');
    });
    (props.allowedPrivilegedPaths ?? []).forEach((pth, i) => {
      if (!/^\/[^\0\n*]*(\/\*\*?)?$/.test(pth) || pth.split('/').includes('..')) {
        r.error(['allowed_privileged_paths', i], 'invalid-path', 'not an absolute path (optionally ending in /* or /**)', pth, 'write e.g. /etc/cron.d/* or /etc/sudoers.d/lab-admins');
      }
    });
    (props.egressAllowedDomains ?? []).forEach((dom, i) => {
      if (!isDomain(dom)) r.error(['egress_allowed_domains', i], 'invalid-domain', 'not a domain name', dom, 'write a host name such as pypi.org or *.example.org (no scheme or path)');
    });
    // The schema's shape check, for what the reading above does not judge itself.
    checkShape(r, policySchema(), d);
    r.throwIfErrors(`${src.file}: ${r.errors.length} problems in the policy`);
    const policy = new WorkspacePolicy(props);
    SOURCES.set(policy, src);
    return policy;
  }

  /** Name of the policy. */
  public readonly name: string;
  /** The rules. */
  public readonly props: WorkspacePolicyProps;
  /** Egress mode (open when not set). */
  public readonly egress: EgressMode;
  /** Domains the proxy allows. */
  public readonly egressAllowedDomains: string[];

  private readonly prices: PriceTable;

  constructor(props: WorkspacePolicyProps) {
    this.props = props;
    this.name = props.name ?? 'policy';
    this.egress = props.egress ?? EgressMode.OPEN;
    this.egressAllowedDomains = props.egressAllowedDomains ?? DEFAULT_EGRESS_DOMAINS;
    this.prices = PriceTable.bundled();
    this.egressAllowedDomains.forEach((d, i) => {
      if (!isDomain(d)) {
        throw new WorkspaceInputError([problem({
          code: 'invalid-domain',
          message: `policy "${this.name}": not a domain name`,
          field: `egressAllowedDomains[${i}]`,
          value: d,
          fix: 'write a host name such as pypi.org or *.example.org (no scheme or path)',
          location: { file: props.source ?? this.name },
        })]);
      }
    });
    // The same checks as the YAML reader, for policies built in code.
    const bad: Array<[string, unknown, string, string]> = [];
    for (const [field, list, example] of [['allowedRegions', props.allowedRegions, 'eu-west-1'], ['allowedInstanceFamilies', props.allowedInstanceFamilies, 'g5']] as const) {
      (list ?? []).forEach((v, i) => {
        if (/[*?[\]]/.test(v)) bad.push([`${field}[${i}]`, v, `${field} lists exact names; "${v}" is a pattern and would match nothing`, `leave ${field} out to allow all, or list names such as ${example}`]);
      });
    }
    for (const [field, v, max] of [['cidrMaxBreadthIpv4', props.cidrMaxBreadthIpv4, 32], ['cidrMaxBreadthIpv6', props.cidrMaxBreadthIpv6, 128]] as const) {
      if (v !== undefined && (!Number.isInteger(v) || v < 1 || v > max)) bad.push([field, v, `must be a prefix length from 1 to ${max}`, `use e.g. ${max === 32 ? 8 : 32}`]);
    }
    if (bad.length) {
      throw new WorkspaceInputError(bad.map(([field, value, message, fix]) => problem({
        code: message.includes('pattern') ? 'wildcard-not-supported' : 'invalid-value',
        message: `policy "${this.name}": ${message}`,
        field,
        value,
        fix,
        location: { file: props.source ?? this.name },
      })));
    }
  }

  /**
   * Checks one workspace. Returns every violation (empty when it passes).
   * @param request the proposed workspace
   * @param prices price table for the cost rule
   */
  public evaluate(request: WorkspaceRequest, prices?: PriceTable): PolicyViolation[] {
    const p = this.props;
    const out: PolicyViolation[] = [];
    const add = this.collector(out, 'workspace', request.name);
    const arch = request.architecture ?? (request.instanceType ? Sizes.architectureOf(request.instanceType) : Architecture.X86_64);
    const instanceType = request.instanceType ?? (request.size ? Sizes.ec2InstanceType(request.size, arch) : undefined);
    const size = request.size ?? (instanceType ? Sizes.sizeOfInstanceType(instanceType) : undefined);

    if (p.deniedTemplates && matchesAny(request.template, p.deniedTemplates)) {
      add('template-denied', 'denied_templates', request.template, `anything but ${p.deniedTemplates.join(', ')}`, `template "${request.template}" is denied`,
        'choose another template');
    } else if (p.allowedTemplates && !matchesAny(request.template, p.allowedTemplates)) {
      add('template-not-allowed', 'allowed_templates', request.template, p.allowedTemplates.join(', ') || 'no templates', `template "${request.template}" is not allowed`,
        `choose one of ${p.allowedTemplates.join(', ')}, or add "${request.template}" to allowed_templates`);
    }
    if (p.allowedSizes && size && !p.allowedSizes.includes(size)) {
      add('size-not-allowed', 'allowed_sizes', size, p.allowedSizes.join(', '), `size ${size} is not allowed`,
        `use ${p.allowedSizes.join(' or ')}`);
    } else if (p.allowedSizes && !size) {
      add('size-unknown', 'allowed_sizes', instanceType ?? 'no size', p.allowedSizes.join(', '),
        `instance type ${instanceType ?? '(none)'} is not the type of any size, so it cannot be checked against the allowed sizes`,
        `ask for a size (${p.allowedSizes.join(', ')}) instead of an instance type`);
    }
    const family = instanceType?.split('.')[0];
    if (family && p.deniedInstanceFamilies && p.deniedInstanceFamilies.includes(family)) {
      add('instance-family-denied', 'denied_instance_families', instanceType!, `anything but ${p.deniedInstanceFamilies.join(', ')}`,
        `instance family ${family} is denied`, 'choose a size or type from another family');
    } else if (family && p.allowedInstanceFamilies && !p.allowedInstanceFamilies.includes(family)) {
      add('instance-family-not-allowed', 'allowed_instance_families', instanceType!, p.allowedInstanceFamilies.join(', '),
        `instance family ${family} is not allowed`, `choose a type from ${p.allowedInstanceFamilies.join(', ')}`);
    }
    if (p.maxHourlyCost !== undefined) {
      const cost = request.hourlyCost ?? (instanceType ? (prices ?? this.prices).hourly(instanceType) : undefined);
      if (cost === undefined) {
        add('cost-unknown', 'max_hourly_cost', instanceType ?? 'no instance type', `at most $${p.maxHourlyCost.toFixed(4)}/h`,
          `the hourly cost of ${instanceType ?? 'this workspace'} is unknown, so the cost limit cannot be checked`,
          'use an instance type in the price table, or give the workspace an hourly cost estimate');
      } else if (cost > p.maxHourlyCost + 1e-9) {
        add('cost-too-high', 'max_hourly_cost', `$${cost.toFixed(4)}/h (${instanceType ?? 'estimate'})`, `at most $${p.maxHourlyCost.toFixed(4)}/h`,
          'the estimated hourly cost is above the limit', 'choose a smaller size, or raise max_hourly_cost');
      }
    }
    if (p.allowedRegions && request.region && !p.allowedRegions.includes(request.region)) {
      add('region-not-allowed', 'allowed_regions', request.region, p.allowedRegions.join(', '), `region ${request.region} is not allowed`,
        `deploy to ${p.allowedRegions.join(' or ')}`);
    }
    // One meaning on every backend: `project` and `research:project` are the same tag (src/workspaces/private/tags.ts).
    const present = neutralTags(request.tags);
    const missingTags = (p.requiredTags ?? []).filter((t) => !present.has(neutralTagName(t)));
    if (missingTags.length) {
      add('missing-tags', 'required_tags', `tags ${Object.keys(request.tags ?? {}).join(', ') || '(none)'}`, `workspaces tagged ${p.requiredTags!.join(', ')}`,
        `required tag${missingTags.length > 1 ? 's' : ''} ${missingTags.join(', ')} missing`, `add ${missingTags.map((t) => `${t}=<value>`).join(', ')} to the workspace's tags`);
    }
    if (p.allowedConnectionTypes && request.connectionType && request.connectionType !== ConnectionType.AUTO) {
      const wanted = request.connectionType === ConnectionType.ALL
        ? [ConnectionType.SSH, ConnectionType.WEB, ConnectionType.DCV]
        : [request.connectionType];
      const bad = wanted.filter((c) => !p.allowedConnectionTypes!.includes(c) && !p.allowedConnectionTypes!.includes(ConnectionType.ALL));
      if (bad.length) {
        add('connection-not-allowed', 'allowed_connection_types', request.connectionType, p.allowedConnectionTypes.join(', '),
          `connection type ${bad.join(', ')} is not allowed`, `use a template whose connection type is ${p.allowedConnectionTypes.join(' or ')}`);
      }
    }
    if (request.egress && EGRESS_RANK[request.egress] > EGRESS_RANK[this.egress]) {
      add('egress-not-allowed', 'egress', `egress ${request.egress}`, `egress ${this.egress} at most`, `internet access "${request.egress}" is more than the policy allows`,
        this.egress === EgressMode.NONE ? 'remove internet access from the workspace' : 'use the proxied egress mode with the package allowlist');
    }
    // A type already rejected by its family needs no second, vaguer reason.
    if (out.some((v) => v.rule.startsWith('instance-family'))) return out.filter((v) => v.rule !== 'size-unknown');
    return out;
  }

  /**
   * Checks a notebook service (one of its instance types): whether the lab may run notebooks
   * at all (`allow_studio`), and the instance type against the same family, size, cost and
   * region rules as a workspace (`ml.t3.medium` is read as `t3.medium`; its price is the
   * notebook price). Returns every violation (empty when it passes).
   */
  public evaluateNotebook(request: NotebookRequest): PolicyViolation[] {
    const p = this.props;
    const out: PolicyViolation[] = [];
    const add = this.collector(out, 'notebooks', request.name);
    if (p.allowStudio === false) {
      add('studio-not-allowed', 'allow_studio', 'SageMaker Studio notebooks', 'no notebooks', 'notebooks are not allowed in this lab',
        'remove studio: from the lab, or set allow_studio: true in the policy');
      return out;
    }
    const type = request.instanceType;
    const ec2Type = Notebooks.ec2InstanceType(type);
    const family = ec2Type.split('.')[0];
    if (p.deniedInstanceFamilies && p.deniedInstanceFamilies.includes(family)) {
      add('instance-family-denied', 'denied_instance_families', type, `anything but ${p.deniedInstanceFamilies.join(', ')}`,
        `instance family ${family} is denied`, 'choose a notebook type of another family');
    } else if (p.allowedInstanceFamilies && !p.allowedInstanceFamilies.includes(family)) {
      add('instance-family-not-allowed', 'allowed_instance_families', type, p.allowedInstanceFamilies.join(', '),
        `instance family ${family} is not allowed`, `choose a notebook type of ${p.allowedInstanceFamilies.map((f) => `ml.${f}`).join(', ')}`);
    }
    if (p.allowedSizes && !out.length) {
      const size = Notebooks.sizeOf(type);
      if (!size) {
        add('size-unknown', 'allowed_sizes', type, p.allowedSizes.join(', '),
          `notebook type ${type} is not the type of any size, so it cannot be checked against the allowed sizes`,
          `use the notebook type of an allowed size (${p.allowedSizes.map((s) => `ml.${Sizes.ec2InstanceType(s)}`).join(', ')})`);
      } else if (!p.allowedSizes.includes(size)) {
        add('size-not-allowed', 'allowed_sizes', `${type} (size ${size})`, p.allowedSizes.join(', '), `size ${size} is not allowed`,
          `use ${p.allowedSizes.map((s) => `ml.${Sizes.ec2InstanceType(s)}`).join(' or ')}`);
      }
    }
    if (p.maxHourlyCost !== undefined) {
      const cost = request.hourlyCost ?? Notebooks.hourlyPrice(type);
      if (cost === undefined) {
        add('cost-unknown', 'max_hourly_cost', type, `at most $${p.maxHourlyCost.toFixed(4)}/h`,
          `the hourly cost of notebook type ${type} is unknown, so the cost limit cannot be checked`,
          `use a notebook type with a bundled price (${Notebooks.pricedInstanceTypes().slice(0, 4).join(', ')}, ...)`);
      } else if (cost > p.maxHourlyCost + 1e-9) {
        add('cost-too-high', 'max_hourly_cost', `$${cost.toFixed(4)}/h (${type})`, `at most $${p.maxHourlyCost.toFixed(4)}/h`,
          'the estimated hourly cost is above the limit', 'choose a smaller notebook type, or raise max_hourly_cost');
      }
    }
    if (p.allowedRegions && request.region && !p.allowedRegions.includes(request.region)) {
      add('region-not-allowed', 'allowed_regions', request.region, p.allowedRegions.join(', '), `region ${request.region} is not allowed`,
        `deploy to ${p.allowedRegions.join(' or ')}`);
    }
    if (request.egress && EGRESS_RANK[request.egress] > EGRESS_RANK[this.egress]) {
      add('egress-not-allowed', 'egress', `egress ${request.egress}`, `egress ${this.egress} at most`, `internet access "${request.egress}" is more than the policy allows`,
        'give the lab the egress the policy allows');
    }
    return out;
  }

  /** Adds a violation of `name` (a workspace, or a lab's notebooks) to `out`, with the policy's place for `field`. */
  private collector(out: PolicyViolation[], kind: 'workspace' | 'notebooks', name: string) {
    return (rule: string, field: string, requested: string, allowed: string, what: string, fix: string) => {
      out.push({
        rule,
        workspace: name,
        requested,
        allowed,
        fix,
        message: `${kind} "${name}": ${what} (requested ${requested}); policy "${this.name}" (${this.origin(field)}) allows ${allowed}. Fix: ${fix}`,
      });
    };
  }

  /**
   * Checks a set of workspaces: each one, plus the per-user limit over all of them.
   */
  public evaluateAll(requests: WorkspaceRequest[], prices?: PriceTable): PolicyViolation[] {
    const out = requests.flatMap((r) => this.evaluate(r, prices));
    const max = this.props.maxWorkspacesPerUser;
    if (max !== undefined) {
      const byOwner = new Map<string, WorkspaceRequest[]>();
      for (const r of requests) if (r.owner) byOwner.set(r.owner, [...(byOwner.get(r.owner) ?? []), r]);
      for (const [owner, list] of byOwner) {
        if (list.length > max) {
          const names = list.map((r) => r.name).join(', ');
          out.push({
            rule: 'too-many-workspaces',
            workspace: list[max].name,
            requested: `${list.length} workspaces for ${owner} (${names})`,
            allowed: `at most ${max} per user`,
            fix: `remove ${list.length - max} of ${owner}'s workspaces, or raise max_workspaces_per_user`,
            message: `user "${owner}" would own ${list.length} workspaces (${names}); policy "${this.name}" (${this.origin('max_workspaces_per_user')}) allows at most ${max} per user. Fix: remove ${list.length - max} of them, or raise max_workspaces_per_user`,
          });
        }
      }
    }
    return out;
  }

  /** Where a rule of this policy was written: `file:line:col` or the policy's source. */
  private origin(field: string): string {
    const source = SOURCES.get(this);
    if (source) {
      const loc: SourceLocation = source.locate([field] as YamlPath, true);
      return formatLocation(loc) ?? source.file;
    }
    return this.props.source ?? this.name;
  }
}

function isDomain(d: string): boolean {
  return /^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i.test(d);
}

function matchesAny(slug: string, patterns: string[]): boolean {
  return patterns.some((p) => (p.endsWith('*') ? slug.startsWith(p.slice(0, -1)) : p === slug));
}
