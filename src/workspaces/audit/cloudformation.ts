/**
 * The egress audit of CloudFormation output (AWS labs and AWS permits): reads the templates of
 * a stack and its nested stacks as plain JSON and computes, for every EC2 instance, what it can
 * reach: routes and their targets (internet gateway, NAT, Network Firewall endpoint),
 * security-group egress, VPC endpoint policies (principal and resource account), the Route 53
 * Resolver DNS firewall of the VPC, and the Network Firewall policy on the path.
 */
import {
  AuditedUnit, AuditedWorkspace, AuditInputError, AuditMode, Control, Destination, modeOfLabEgress, modeOfPermitNetwork,
  Reach, reachesPublic, within,
} from './model';
import { LAB_TAG } from '../private/tags';

/** One template of a stack tree. */
export interface CfnTemplate {
  /** Stack name (root) or nested stack path. */
  readonly name: string;
  /** File it was read from. */
  readonly file: string;
  /** The parsed template. */
  readonly template: any;
  /** The parent template and the AWS::CloudFormation::Stack resource that creates this one. */
  readonly parent?: { readonly template: CfnTemplate; readonly resourceId: string };
}

/** Options of a CloudFormation audit. */
export interface CfnAuditOptions {
  /** The egress of a lab whose templates do not say it (`rws audit --egress`). */
  readonly egress?: AuditMode;
  /** Network of a permit role in a status (from the permit lifecycle). */
  readonly permitNetwork?: (status: string, role: string) => string | undefined;
}

/** Template metadata key under which LabStack records the lab's name and egress. */
export const LAB_METADATA_KEY = 'cdk-research-workspaces:lab';

interface Ref { readonly t: CfnTemplate; readonly id: string; readonly attr?: string }

const PSEUDO = new Set(['AWS::AccountId', 'AWS::Region', 'AWS::Partition', 'AWS::URLSuffix', 'AWS::StackName', 'AWS::StackId', 'AWS::NoValue', 'AWS::NotificationARNs']);

/** Resolves a Ref / GetAtt through nested-stack parameters to the resource it names. */
function resolve(t: CfnTemplate, v: any): Ref | undefined {
  if (v === null || typeof v !== 'object') return undefined;
  if (typeof v.Ref === 'string') {
    if (PSEUDO.has(v.Ref)) return undefined;
    if (t.template.Resources?.[v.Ref]) return { t, id: v.Ref };
    if (t.template.Parameters?.[v.Ref] && t.parent) {
      const passed = t.parent.template.template.Resources?.[t.parent.resourceId]?.Properties?.Parameters?.[v.Ref];
      return resolve(t.parent.template, passed);
    }
    return undefined;
  }
  const ga = v['Fn::GetAtt'];
  if (ga !== undefined) {
    const [id, attr] = Array.isArray(ga) ? ga : String(ga).split('.');
    if (t.template.Resources?.[id]) {
      const r = t.template.Resources[id];
      // An output of a nested stack: follow it into the nested template.
      if (r.Type === 'AWS::CloudFormation::Stack' && typeof attr === 'string' && attr.startsWith('Outputs.')) return undefined;
      return { t, id, attr: typeof attr === 'string' ? attr : undefined };
    }
  }
  return undefined;
}

function same(a: Ref | undefined, b: Ref | undefined): boolean {
  return !!a && !!b && a.t === b.t && a.id === b.id;
}

function res(r: Ref): any {
  return r.t.template.Resources[r.id];
}

function label(r: Ref): string {
  return r.t.parent ? `${r.t.name}/${r.id}` : r.id;
}

function list(v: any): any[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

function tagsOf(props: any): Record<string, string> {
  const out: Record<string, string> = {};
  const tags = props?.Tags;
  if (Array.isArray(tags)) for (const t of tags) if (typeof t?.Key === 'string' && typeof t.Value === 'string') out[t.Key] = t.Value;
  if (tags && !Array.isArray(tags) && typeof tags === 'object') for (const [k, v] of Object.entries(tags)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** Every resource of every template, with the template. */
function allResources(ts: CfnTemplate[]): Array<{ t: CfnTemplate; id: string; r: any }> {
  const out: Array<{ t: CfnTemplate; id: string; r: any }> = [];
  for (const t of ts) for (const [id, r] of Object.entries<any>(t.template.Resources ?? {})) out.push({ t, id, r });
  return out;
}

/** A literal string, or a description of the expression. */
function text(v: any): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** A security-group egress rule. */
interface EgressRule {
  readonly resource: string;
  readonly protocol: string;
  readonly from?: number;
  readonly to?: number;
  readonly cidr?: any;
  readonly cidr6?: any;
  readonly group?: Ref;
  readonly prefixList?: any;
  readonly description?: string;
}

function portsText(r: EgressRule): string {
  const p = String(r.protocol).toLowerCase();
  if (p === '-1' || p === 'all') return 'all traffic';
  if (r.from === undefined || r.from === -1) return `all ${p}`;
  return r.from === r.to ? `${r.from}/${p}` : `${r.from}-${r.to}/${p}`;
}

/** CDK's "disallow all traffic" placeholder rule: matches nothing. */
function isPlaceholder(r: EgressRule): boolean {
  return r.cidr === '255.255.255.255/32' && String(r.protocol) === 'icmp';
}

class CfnAnalyzer {
  private readonly resources: Array<{ t: CfnTemplate; id: string; r: any }>;
  /** The resources of each type, in template order (read once: a lab has thousands). */
  private readonly byType = new Map<string, Array<{ t: CfnTemplate; id: string; r: any }>>();
  /** The instances in each security group (built at the first question). */
  private instancesByGroup?: Map<CfnTemplate, Map<string, Ref[]>>;

  constructor(private readonly root: CfnTemplate, private readonly templates: CfnTemplate[], private readonly options: CfnAuditOptions) {
    this.resources = allResources(templates);
    for (const x of this.resources) {
      const type = String(x.r?.Type);
      const of = this.byType.get(type);
      if (of) of.push(x);
      else this.byType.set(type, [x]);
    }
  }

  private ofType(type: string): Array<{ t: CfnTemplate; id: string; r: any }> {
    return this.byType.get(type) ?? [];
  }

  public unit(): AuditedUnit {
    const instances = this.ofType('AWS::EC2::Instance');
    const meta = this.root.template.Metadata?.[LAB_METADATA_KEY];
    const workspaces: AuditedWorkspace[] = [];
    let kind: 'lab' | 'permit' = 'lab';
    let name = typeof meta?.name === 'string' ? meta.name : this.root.name;
    let status: string | undefined;
    for (const inst of instances) {
      const tags = { ...this.launchTemplateTags(inst), ...tagsOf(inst.r.Properties) };
      const ref: Ref = { t: inst.t, id: inst.id };
      // Workspaces are the instances the stacks tag as such; others (an egress proxy) are only
      // followed as the destinations of workspace paths.
      if (tags['permit:workspace'] === undefined && tags['research:workspace'] === undefined) continue;
      const wsName = tags['permit:workspace'] ?? tags['research:workspace'];
      let mode: AuditMode | undefined;
      let modeSource: string;
      let role: string | undefined;
      if (tags['permit:workspace'] && tags['permit:status']) {
        kind = 'permit';
        name = tags['permit:id'] ?? name;
        status = tags['permit:status'];
        role = tags['permit:workspace'];
        const network = this.options.permitNetwork?.(status, role);
        mode = network === undefined ? undefined : modeOfPermitNetwork(network);
        modeSource = `permit lifecycle: ${role} at ${status} has network ${network}`;
        if (mode === undefined) {
          throw new AuditInputError(`${this.root.file}: ${label(ref)} is permit workspace "${role}" at status ${status}, which the permit lifecycle does not know. Fix: audit output of this version of cdk-research-workspaces`);
        }
      } else {
        const tagged = tags['research:egress'] ?? (typeof meta?.egress === 'string' ? meta.egress : undefined);
        mode = tagged !== undefined ? modeOfLabEgress(tagged) : this.options.egress;
        modeSource = tags['research:egress'] ? 'tag research:egress' : tagged !== undefined ? `template Metadata ${LAB_METADATA_KEY}` : '--egress';
        if (tagged !== undefined && mode === undefined) {
          throw new AuditInputError(`${this.root.file}: ${label(ref)} has egress "${tagged}" (${modeSource}); expected none, proxied or open. Fix: synthesize again with this version`);
        }
        if (mode === undefined) {
          throw new AuditInputError(`${this.root.file}: workspace ${wsName} (${label(ref)}) has no egress mode: no tag research:egress and no template Metadata "${LAB_METADATA_KEY}". Fix: synthesize with this version of LabStack, or pass --egress none|proxied|open`);
        }
        if (name === this.root.name && tags[LAB_TAG]) name = tags[LAB_TAG];
      }
      workspaces.push(this.workspace(ref, wsName, mode, modeSource, role));
    }
    return {
      kind,
      name,
      status,
      backend: 'aws',
      stack: this.root.name,
      files: this.templates.map((t) => t.file),
      workspaces,
      controls: this.unitControls(kind),
    };
  }

  private launchTemplateOf(inst: { t: CfnTemplate; r: any }): Ref | undefined {
    const lt = inst.r.Properties?.LaunchTemplate;
    if (!lt) return undefined;
    const byRef = resolve(inst.t, lt.LaunchTemplateId ?? lt.LaunchTemplateName);
    if (byRef) return byRef;
    // A literal name (aws-cdk-lib's IMDSv2 aspect writes one): the launch template of that name
    // in the same template. Only an exact match counts; anything else is not known here.
    const name = lt.LaunchTemplateName;
    if (typeof name !== 'string') return undefined;
    const found = Object.entries<any>(inst.t.template.Resources ?? {})
      .filter(([, r]) => r?.Type === 'AWS::EC2::LaunchTemplate' && r.Properties?.LaunchTemplateName === name);
    return found.length === 1 ? { t: inst.t, id: found[0][0] } : undefined;
  }

  private launchTemplateTags(inst: { t: CfnTemplate; r: any }): Record<string, string> {
    const lt = this.launchTemplateOf(inst);
    if (!lt) return {};
    const out: Record<string, string> = {};
    for (const spec of list(res(lt).Properties?.LaunchTemplateData?.TagSpecifications)) {
      if (spec?.ResourceType === 'instance') Object.assign(out, tagsOf(spec));
    }
    return out;
  }

  private workspace(inst: Ref, name: string, mode: AuditMode, modeSource: string, role?: string): AuditedWorkspace {
    const p = res(inst).Properties ?? {};
    const lt = this.launchTemplateOf({ t: inst.t, r: res(inst) });
    const ltData = lt ? res(lt).Properties?.LaunchTemplateData ?? {} : {};
    const reach: Reach[] = [];
    const controls: Control[] = [];

    // Security groups and subnet, from the instance and its launch template (the instance wins).
    const groupValues = [...list(p.SecurityGroupIds), ...list(p.SecurityGroups), ...list(p.NetworkInterfaces).flatMap((n: any) => list(n?.GroupSet))];
    const ltGroups = [...list(ltData.SecurityGroupIds), ...list(ltData.SecurityGroups),
      ...list(ltData.NetworkInterfaces).flatMap((n: any) => list(n?.Groups))];
    const groupRefs = (groupValues.length ? [...groupValues.map((g) => resolve(inst.t, g))] : ltGroups.map((g) => resolve(lt!.t, g)));
    const subnetValue = p.SubnetId ?? list(p.NetworkInterfaces).map((n: any) => n?.SubnetId).find((x: any) => x !== undefined);
    const subnet = subnetValue !== undefined ? resolve(inst.t, subnetValue)
      : lt ? list(ltData.NetworkInterfaces).map((n: any) => resolve(lt.t, n?.SubnetId)).find((x) => x) : undefined;
    const instLabel = label(inst);

    if (!subnet) {
      reach.push({
        destination: Destination.INTERNET,
        resource: instLabel,
        path: `${instLabel} names no subnet of this output: it lands in the default VPC, whose subnets route to an internet gateway`,
        fix: 'place the instance in a subnet of the lab VPC (SubnetId)',
      });
      return { name, resource: instLabel, mode, modeSource, role, reach, controls };
    }
    const vpc = resolve(subnet.t, res(subnet).Properties?.VpcId);
    const vpcCidrs = vpc ? this.vpcCidrs(vpc) : [];

    // Security-group egress.
    const rules: EgressRule[] = [];
    const unknownGroups: string[] = [];
    if (groupRefs.length === 0) {
      rules.push({ resource: `${instLabel} (default security group)`, protocol: '-1', cidr: '0.0.0.0/0', description: 'the VPC default security group allows all outbound' });
    }
    for (const g of groupRefs) {
      if (!g) {
        unknownGroups.push('a security group outside this output');
        continue;
      }
      rules.push(...this.egressRules(g));
    }
    const live = rules.filter((r) => !isPlaceholder(r));
    for (const u of unknownGroups) {
      reach.push({ destination: Destination.UNKNOWN, resource: instLabel, path: `${instLabel} uses ${u}: its egress cannot be audited`, fix: 'use security groups defined in the stack' });
    }
    const inside = (cidr: any): boolean | undefined => {
      if (typeof cidr === 'string') {
        if (vpcCidrs.some((v) => within(cidr, v))) return true;
        return !reachesPublic(cidr) ? true : false;
      }
      const r = resolve(subnet.t, cidr) ?? resolve(inst.t, cidr);
      if (r && vpc && same(r, vpc)) return true;
      return undefined;
    };
    const publicRules = live.filter((r) => (r.cidr !== undefined && inside(r.cidr) !== true) || (r.cidr6 !== undefined && (typeof r.cidr6 !== 'string' || reachesPublic(r.cidr6))));

    // Routes of the subnet.
    const routeTables = this.ofType('AWS::EC2::SubnetRouteTableAssociation')
      .filter((a) => same(resolve(a.t, a.r.Properties?.SubnetId), subnet))
      .map((a) => resolve(a.t, a.r.Properties?.RouteTableId))
      .filter((x): x is Ref => !!x);
    const routes = this.ofType('AWS::EC2::Route').filter((x) => routeTables.some((rt) => same(resolve(x.t, x.r.Properties?.RouteTableId), rt)));
    if (routeTables.length === 0) {
      reach.push({
        destination: Destination.UNKNOWN,
        resource: label(subnet),
        path: `${label(subnet)} has no route table association in this output: it uses the VPC's main route table, which the audit cannot see`,
        fix: 'associate the workspace subnet with a route table of the stack',
      });
    }
    for (const route of routes) {
      const rp = route.r.Properties ?? {};
      const dest = rp.DestinationCidrBlock ?? rp.DestinationIpv6CidrBlock ?? (rp.DestinationPrefixListId ? 'prefix list' : undefined);
      const destIsPublic = typeof dest === 'string' ? (dest === 'prefix list' ? false : reachesPublic(dest)) : true;
      if (!destIsPublic) continue;
      const routeLabel = label({ t: route.t, id: route.id });
      const matching = publicRules;
      if (matching.length === 0) continue;
      const sgText = matching.map((r) => `${r.resource} allows ${portsText(r)} to ${text(r.cidr ?? r.cidr6)}`).join('; ');
      const target = this.routeTarget(route.t, rp);
      if (target.kind === 'firewall') {
        const fw = this.firewallVerdict(target.ref);
        reach.push({
          destination: fw.ok ? Destination.ALLOWLISTED_INTERNET : Destination.INTERNET,
          resource: fw.ok ? routeLabel : fw.resource,
          path: `${sgText}; ${routeLabel} sends ${text(dest)} to Network Firewall ${label(target.ref)}: ${fw.detail}`,
          fix: fw.ok ? '' : fw.fix,
        });
      } else {
        reach.push({
          destination: Destination.INTERNET,
          resource: routeLabel,
          path: `${sgText}; ${routeLabel} sends ${text(dest)} to ${target.text}`,
          fix: `remove ${routeLabel} (or send it through a Network Firewall with a domain allowlist and a default drop) and limit the workspace security-group egress`,
        });
      }
    }

    // Security-group egress as a control of its own: it must not depend on the routes alone.
    controls.push(this.sgControl(instLabel, mode, live, publicRules));

    // Proxies reached through security-group references (an EC2 proxy in the VPC).
    for (const r of live.filter((x) => x.group)) {
      for (const other of this.instancesIn(r.group!)) {
        if (same(other, inst)) continue;
        const userData = JSON.stringify(res(other).Properties?.UserData ?? '');
        const allowlisting = /http_access deny all(?![A-Za-z0-9_])/.test(userData) && /\bdstdomain\b/.test(userData) && !/http_access allow all(?![A-Za-z0-9_])/.test(userData);
        reach.push({
          destination: allowlisting ? Destination.ALLOWLISTED_INTERNET : Destination.UNKNOWN,
          resource: label(other),
          path: `${r.resource} allows ${portsText(r)} to security group ${label(r.group!)} of instance ${label(other)}${allowlisting ? ' (a proxy whose configuration allows listed domains and denies the rest)' : ': what it forwards cannot be audited'}`,
          fix: `remove the egress rule to ${label(r.group!)}, or make ${label(other)} a proxy with a domain allowlist`,
        });
      }
    }

    // VPC endpoints of the VPC.
    if (vpc) {
      for (const ep of this.ofType('AWS::EC2::VPCEndpoint').filter((e) => same(resolve(e.t, e.r.Properties?.VpcId), vpc))) {
        const ep2 = ep.r.Properties ?? {};
        const type = ep2.VpcEndpointType ?? 'Gateway';
        if (type === 'Gateway' && !list(ep2.RouteTableIds).some((rt: any) => routeTables.some((x) => same(resolve(ep.t, rt), x)))) continue;
        if (type === 'GatewayLoadBalancer') continue;
        reach.push(this.endpointReach({ t: ep.t, id: ep.id }, ep2));
      }
      reach.push(this.dnsReach(vpc));
    } else {
      reach.push({ destination: Destination.UNKNOWN, resource: label(subnet), path: `${label(subnet)} is in a VPC outside this output`, fix: 'audit the stack that defines the VPC' });
    }
    // Storage (EFS) in the VPC: reported as storage.
    for (const mt of this.ofType('AWS::EFS::MountTarget')) {
      const sub = resolve(mt.t, mt.r.Properties?.SubnetId);
      if (sub && vpc && same(resolve(sub.t, res(sub).Properties?.VpcId), vpc)) {
        reach.push({ destination: Destination.STORAGE, resource: label({ t: mt.t, id: mt.id }), path: `NFS to EFS mount target ${label({ t: mt.t, id: mt.id })}`, fix: '' });
        break;
      }
    }
    return { name, resource: instLabel, mode, modeSource, role, reach, controls };
  }

  private sgControl(instLabel: string, mode: AuditMode, live: EgressRule[], publicRules: EgressRule[]): Control {
    const title = mode === 'none'
      ? 'security-group egress only to the VPC, security groups and prefix lists (no 0.0.0.0/0)'
      : 'security-group egress to the internet only on HTTP/HTTPS (the firewall or proxy path)';
    let bad: EgressRule[];
    if (mode === 'none') bad = publicRules;
    else if (mode === 'proxied') bad = publicRules.filter((r) => ['-1', 'all'].includes(String(r.protocol)) || r.from === undefined || r.from === -1 || r.from !== r.to || ![80, 443].includes(r.from));
    else bad = [];
    return {
      id: 'network.security-group-egress',
      area: 'network',
      title,
      result: bad.length ? 'fail' : 'pass',
      detail: bad.length
        ? bad.map((r) => `${r.resource}: allows ${portsText(r)} to ${text(r.cidr ?? r.cidr6)}`).join('; ')
        : `${instLabel}: ${live.length} egress rule${live.length === 1 ? '' : 's'}${live.length ? ` (${live.map((r) => `${portsText(r)} to ${r.group ? label(r.group) : r.prefixList ? 'a prefix list' : text(r.cidr ?? r.cidr6)}`).join(', ')})` : ''}`,
      fix: bad.length ? `narrow the egress of ${[...new Set(bad.map((r) => r.resource))].join(', ')} to the endpoints' security group, the S3 prefix list${mode === 'proxied' ? ' and 80/443 through the firewall' : ''}` : undefined,
    };
  }

  private vpcCidrs(vpc: Ref): string[] {
    const out: string[] = [];
    const c = res(vpc).Properties?.CidrBlock;
    if (typeof c === 'string') out.push(c);
    for (const b of this.ofType('AWS::EC2::VPCCidrBlock')) {
      if (same(resolve(b.t, b.r.Properties?.VpcId), vpc) && typeof b.r.Properties?.CidrBlock === 'string') out.push(b.r.Properties.CidrBlock);
    }
    return out;
  }

  private egressRules(g: Ref): EgressRule[] {
    const out: EgressRule[] = [];
    const sg = res(g);
    const gl = label(g);
    if (sg.Type !== 'AWS::EC2::SecurityGroup') return out;
    const inline = sg.Properties?.SecurityGroupEgress;
    if (inline === undefined) {
      // CloudFormation creates a security group without SecurityGroupEgress with "allow all outbound".
      out.push({ resource: gl, protocol: '-1', cidr: '0.0.0.0/0', description: 'no SecurityGroupEgress: CloudFormation allows all outbound' });
    }
    for (const e of list(inline)) out.push(this.rule(g.t, gl, e));
    for (const x of this.ofType('AWS::EC2::SecurityGroupEgress')) {
      if (same(resolve(x.t, x.r.Properties?.GroupId), g)) out.push(this.rule(x.t, label({ t: x.t, id: x.id }), x.r.Properties ?? {}));
    }
    return out;
  }

  private rule(t: CfnTemplate, resource: string, e: any): EgressRule {
    return {
      resource,
      protocol: String(e.IpProtocol ?? '-1'),
      from: typeof e.FromPort === 'number' ? e.FromPort : e.FromPort !== undefined ? Number(e.FromPort) : undefined,
      to: typeof e.ToPort === 'number' ? e.ToPort : e.ToPort !== undefined ? Number(e.ToPort) : undefined,
      cidr: e.CidrIp,
      cidr6: e.CidrIpv6,
      group: e.DestinationSecurityGroupId !== undefined ? resolve(t, e.DestinationSecurityGroupId) : undefined,
      prefixList: e.DestinationPrefixListId,
      description: e.Description,
    };
  }

  private instancesIn(g: Ref): Ref[] {
    if (!this.instancesByGroup) {
      const index = new Map<CfnTemplate, Map<string, Ref[]>>();
      for (const i of this.ofType('AWS::EC2::Instance')) {
        const p = i.r.Properties ?? {};
        const groups = [...list(p.SecurityGroupIds), ...list(p.NetworkInterfaces).flatMap((n: any) => list(n?.GroupSet))].map((x) => resolve(i.t, x));
        const lt = this.launchTemplateOf(i);
        const ltGroups = lt ? list(res(lt).Properties?.LaunchTemplateData?.SecurityGroupIds).map((x) => resolve(lt.t, x)) : [];
        // An instance is listed once per group, however many of its settings name the group.
        const listedIn = new Set<Ref[]>();
        for (const group of [...groups, ...ltGroups]) {
          if (!group) continue;
          let inTemplate = index.get(group.t);
          if (!inTemplate) index.set(group.t, inTemplate = new Map());
          let members = inTemplate.get(group.id);
          if (!members) inTemplate.set(group.id, members = []);
          if (listedIn.has(members)) continue;
          listedIn.add(members);
          members.push({ t: i.t, id: i.id });
        }
      }
      this.instancesByGroup = index;
    }
    return this.instancesByGroup.get(g.t)?.get(g.id) ?? [];
  }

  private routeTarget(t: CfnTemplate, rp: any): { kind: 'firewall'; ref: Ref } | { kind: 'other'; text: string } {
    if (rp.VpcEndpointId !== undefined) {
      const fw = this.firewallOfEndpoint(t, rp.VpcEndpointId);
      if (fw) return { kind: 'firewall', ref: fw };
      const ep = resolve(t, rp.VpcEndpointId);
      return { kind: 'other', text: ep ? `endpoint ${label(ep)} (${res(ep).Type})` : `endpoint ${text(rp.VpcEndpointId)} outside this output` };
    }
    const named: Array<[string, string]> = [['GatewayId', 'gateway'], ['NatGatewayId', 'NAT gateway'], ['EgressOnlyInternetGatewayId', 'egress-only internet gateway'],
      ['TransitGatewayId', 'transit gateway'], ['VpcPeeringConnectionId', 'VPC peering'], ['NetworkInterfaceId', 'network interface'], ['InstanceId', 'instance'],
      ['CarrierGatewayId', 'carrier gateway'], ['LocalGatewayId', 'local gateway'], ['CoreNetworkArn', 'core network']];
    for (const [k, what] of named) {
      if (rp[k] === undefined) continue;
      const r = resolve(t, rp[k]);
      return { kind: 'other', text: r ? `${what} ${label(r)} (${res(r).Type})` : `${what} ${text(rp[k])}` };
    }
    return { kind: 'other', text: 'an unknown target' };
  }

  /** The Network Firewall whose endpoint a route's VpcEndpointId selects from (`Fn::GetAtt Firewall.EndpointIds`). */
  private firewallOfEndpoint(t: CfnTemplate, v: any): Ref | undefined {
    const found: Ref[] = [];
    const walk = (x: any): void => {
      if (x === null || typeof x !== 'object') return;
      const r = resolve(t, x);
      if (r && res(r).Type === 'AWS::NetworkFirewall::Firewall') found.push(r);
      for (const y of Object.values(x)) walk(y);
    };
    walk(v);
    return found[0];
  }

  /** Whether a Network Firewall enforces a domain allowlist with a default drop. */
  private firewallVerdict(fw: Ref): { ok: boolean; detail: string; resource: string; fix: string } {
    const fwl = label(fw);
    const policy = resolve(fw.t, res(fw).Properties?.FirewallPolicyArn);
    if (!policy) return { ok: false, resource: fwl, detail: 'its firewall policy is outside this output', fix: `define the firewall policy of ${fwl} in the stack` };
    const pl = label(policy);
    const fp = res(policy).Properties?.FirewallPolicy ?? {};
    const problems: string[] = [];
    const stateless = list(fp.StatelessDefaultActions);
    if (!stateless.includes('aws:forward_to_sfe')) problems.push(`StatelessDefaultActions ${JSON.stringify(stateless)} does not forward to the stateful engine`);
    const frag = list(fp.StatelessFragmentDefaultActions);
    if (frag.length && !frag.includes('aws:forward_to_sfe') && !frag.includes('aws:drop')) problems.push(`StatelessFragmentDefaultActions ${JSON.stringify(frag)} passes fragments`);
    const stateful = list(fp.StatefulDefaultActions);
    const strict = fp.StatefulEngineOptions?.RuleOrder === 'STRICT_ORDER';
    if (!strict) problems.push('the stateful engine is not STRICT_ORDER (an allowlist in default order lets other protocols and IP literals through)');
    if (!stateful.some((a: string) => a === 'aws:drop_strict' || a === 'aws:drop_established')) problems.push(`StatefulDefaultActions ${JSON.stringify(stateful)} has no default drop`);
    for (const s of list(fp.StatelessRuleGroupReferences)) {
      const g = resolve(policy.t, s?.ResourceArn);
      const rules = g ? list(res(g).Properties?.RuleGroup?.RulesSource?.StatelessRulesAndCustomActions?.StatelessRules) : [];
      if (rules.some((r: any) => list(r?.RuleDefinition?.Actions).includes('aws:pass'))) problems.push(`stateless rule group ${g ? label(g) : text(s?.ResourceArn)} passes traffic around the allowlist`);
    }
    const domains: string[] = [];
    let allowlists = 0;
    for (const s of list(fp.StatefulRuleGroupReferences)) {
      const g = resolve(policy.t, s?.ResourceArn);
      if (!g) {
        problems.push(`stateful rule group ${text(s?.ResourceArn)} is outside this output`);
        continue;
      }
      const src = res(g).Properties?.RuleGroup?.RulesSource ?? {};
      const rl = src.RulesSourceList;
      if (rl) {
        if (rl.GeneratedRulesType === 'ALLOWLIST') {
          allowlists++;
          for (const d of list(rl.Targets)) {
            domains.push(String(d));
            if (tooBroad(String(d))) problems.push(`rule group ${label(g)} allows "${d}", which covers far more than package mirrors`);
          }
        }
      }
      if (typeof src.RulesString === 'string') {
        for (const line of src.RulesString.split('\n')) {
          if (/^\s*pass\s/.test(line) && !/(tls\.sni|http\.host|dns\.query|content\s*:)/.test(line)) problems.push(`rule group ${label(g)} passes traffic without a name match: ${line.trim()}`);
        }
      }
      for (const r of list(src.StatefulRules)) {
        if (r?.Action === 'PASS' && (r.Header?.Destination === 'ANY' || r.Header?.Destination === '0.0.0.0/0')) problems.push(`rule group ${label(g)} passes ${r.Header?.Protocol ?? 'traffic'} to ANY`);
      }
    }
    if (allowlists === 0) problems.push('no stateful rule group holds a domain ALLOWLIST');
    if (problems.length) {
      return { ok: false, resource: pl, detail: `policy ${pl}: ${problems.join('; ')}`, fix: `make ${pl} STRICT_ORDER with a domain ALLOWLIST of package mirrors and StatefulDefaultActions aws:drop_established (or aws:drop_strict), forwarding everything to the stateful engine` };
    }
    return { ok: true, resource: pl, detail: `policy ${pl} allows ${domains.join(', ')} and drops the rest`, fix: '' };
  }

  private endpointReach(ep: Ref, p: any): Reach {
    const el = label(ep);
    const service = text(p.ServiceName).replace(/^.*com\.amazonaws\.[^.]*\.?/, '').replace(/["}\]]+$/, '') || text(p.ServiceName);
    const fix = `give ${el} a policy whose Allow statements require aws:PrincipalAccount and aws:ResourceAccount (or list only the lab's own resources) equal to the lab account`;
    if (!p.PolicyDocument) {
      return { destination: Destination.AWS_ANY_ACCOUNT, resource: el, path: `VPC endpoint ${el} (${service}) has no policy: the default allows any principal and any resource of any account`, fix };
    }
    const doc = p.PolicyDocument;
    const statements = list(doc.Statement);
    const denyPrincipal = statements.some((s: any) => s.Effect === 'Deny' && hasAccountCondition(s.Condition, 'aws:PrincipalAccount', true));
    const denyResource = statements.some((s: any) => s.Effect === 'Deny' && hasAccountCondition(s.Condition, 'aws:ResourceAccount', true));
    const gaps: string[] = [];
    for (const [i, s] of statements.entries()) {
      if (s.Effect !== 'Allow') continue;
      const sid = s.Sid ? `statement ${s.Sid}` : `statement ${i}`;
      const principalOk = denyPrincipal || hasAccountCondition(s.Condition, 'aws:PrincipalAccount', false) || hasAccountCondition(s.Condition, 'aws:PrincipalOrgID', false) || specificPrincipal(s.Principal);
      const resourceOk = denyResource || hasAccountCondition(s.Condition, 'aws:ResourceAccount', false) || hasAccountCondition(s.Condition, 'aws:ResourceOrgID', false) || specificResources(s.Resource);
      // Reading named objects of someone else's bucket (AWS's agent and package buckets) carries
      // nothing out, whoever's credentials make the request: only writes need the principal pinned.
      const readOnlyNamed = readOnly(s.Action) && specificResources(s.Resource);
      if (!principalOk && !readOnlyNamed) gaps.push(`${sid} admits principals of any account (no aws:PrincipalAccount)`);
      if (!resourceOk) gaps.push(`${sid} admits resources of any account (no aws:ResourceAccount, Resource ${text(s.Resource)})`);
    }
    if (gaps.length) return { destination: Destination.AWS_ANY_ACCOUNT, resource: el, path: `VPC endpoint ${el} (${service}): ${gaps.join('; ')}`, fix };
    return { destination: Destination.AWS_LAB_ACCOUNT, resource: el, path: `VPC endpoint ${el} (${service}) admits only the lab account's principals and resources`, fix: '' };
  }

  private dnsReach(vpc: Ref): Reach {
    const vl = label(vpc);
    const assocs = this.ofType('AWS::Route53Resolver::FirewallRuleGroupAssociation').filter((a) => same(resolve(a.t, a.r.Properties?.VpcId), vpc));
    const fix = `associate a Route 53 Resolver DNS firewall with ${vl} whose last rule BLOCKs the domain list "*" and whose ALLOW rules name only the domains the workspaces need`;
    if (assocs.length === 0) {
      return { destination: Destination.OUTSIDE_DNS, resource: vl, path: `the VPC resolver of ${vl} recurses to any domain (no DNS firewall associated): a DNS tunnel`, fix };
    }
    // Rules of every associated group, in the order the resolver applies them (association priority, then rule priority).
    const ordered = assocs
      .map((a) => ({ a, prio: Number(a.r.Properties?.Priority ?? 0), group: resolve(a.t, a.r.Properties?.FirewallRuleGroupId) }))
      .sort((x, y) => x.prio - y.prio);
    const rules: Array<{ action: string; domains: string[] | undefined; where: string }> = [];
    for (const o of ordered) {
      if (!o.group) continue;
      const g = res(o.group);
      const rs = list(g.Properties?.FirewallRules).slice().sort((x: any, y: any) => Number(x.Priority) - Number(y.Priority));
      for (const r of rs) {
        const dl = resolve(o.group.t, r.FirewallDomainListId);
        const domains = dl ? (Array.isArray(res(dl).Properties?.Domains) ? res(dl).Properties.Domains.map(String) : undefined) : undefined;
        rules.push({ action: String(r.Action), domains, where: `${label(o.group)} rule ${r.Priority}${dl ? ` (${label(dl)})` : ''}` });
      }
    }
    const blockAll = rules.findIndex((r) => r.action === 'BLOCK' && r.domains?.some((d) => d === '*' || d === '*.'));
    if (blockAll < 0) {
      return { destination: Destination.OUTSIDE_DNS, resource: vl, path: `the DNS firewall of ${vl} has no rule that BLOCKs "*": every other domain resolves (a DNS tunnel)`, fix };
    }
    const before = rules.slice(0, blockAll).filter((r) => r.action === 'ALLOW');
    const wide = before.filter((r) => r.domains === undefined || r.domains.some((d) => dnsTooBroad(d)));
    if (wide.length) {
      return {
        destination: Destination.OUTSIDE_DNS,
        resource: vl,
        path: `the DNS firewall of ${vl} ALLOWs ${wide.map((r) => `${r.where}: ${r.domains ? r.domains.filter(dnsTooBroad).join(', ') : 'a managed or unreadable list'}`).join('; ')} before blocking the rest`,
        fix,
      };
    }
    const allowed = before.flatMap((r) => r.domains ?? []);
    return { destination: Destination.INTERNAL_DNS, resource: rules[blockAll].where, path: `the DNS firewall of ${vl} blocks every domain${allowed.length ? ` but ${allowed.join(', ')}` : ''}`, fix: '' };
  }

  private unitControls(kind: 'lab' | 'permit'): Control[] {
    const out: Control[] = [];
    const lbl = (x: { t: CfnTemplate; id: string }) => label({ t: x.t, id: x.id });
    // storage: encryption at rest
    const unencrypted: string[] = [];
    const encrypted: string[] = [];
    for (const f of this.ofType('AWS::EFS::FileSystem')) (f.r.Properties?.Encrypted === true ? encrypted : unencrypted).push(lbl(f));
    for (const b of this.ofType('AWS::S3::Bucket')) (b.r.Properties?.BucketEncryption ? encrypted : unencrypted).push(lbl(b));
    for (const lt of this.ofType('AWS::EC2::LaunchTemplate')) {
      for (const m of list(lt.r.Properties?.LaunchTemplateData?.BlockDeviceMappings)) if (m?.Ebs) (m.Ebs.Encrypted === true ? encrypted : unencrypted).push(`${lbl(lt)} ${m.DeviceName}`);
    }
    for (const i of this.ofType('AWS::EC2::Instance')) {
      for (const m of list(i.r.Properties?.BlockDeviceMappings)) if (m?.Ebs) (m.Ebs.Encrypted === true ? encrypted : unencrypted).push(`${lbl(i)} ${m.DeviceName}`);
    }
    out.push({
      id: 'storage.encryption',
      area: 'storage',
      title: 'storage encrypted at rest (EFS, S3, EBS)',
      result: unencrypted.length ? 'fail' : encrypted.length ? 'pass' : 'n/a',
      detail: unencrypted.length ? `not encrypted: ${unencrypted.join(', ')}` : `${encrypted.length} encrypted: ${encrypted.slice(0, 6).join(', ')}${encrypted.length > 6 ? ', ...' : ''}`,
      fix: unencrypted.length ? 'set Encrypted: true (EFS, EBS) and BucketEncryption (S3)' : undefined,
    });
    // storage: retention
    const data = [...this.ofType('AWS::EFS::FileSystem'), ...this.ofType('AWS::S3::Bucket')];
    const unretained = data.filter((d) => d.r.DeletionPolicy !== 'Retain' && d.r.DeletionPolicy !== 'RetainExceptOnCreate' && d.r.DeletionPolicy !== 'Snapshot');
    const backup = this.ofType('AWS::Backup::BackupPlan').length > 0;
    out.push({
      id: 'storage.retention',
      area: 'storage',
      title: 'data stores survive stack deletion (DeletionPolicy Retain) and are backed up where the stack says so',
      result: data.length === 0 ? 'n/a' : unretained.length ? 'fail' : 'pass',
      detail: data.length === 0 ? 'no EFS or S3 in this stack' : unretained.length ? `deleted with the stack: ${unretained.map(lbl).join(', ')}` : `${data.length} retained${backup ? '; AWS Backup plan present' : ''}`,
      fix: unretained.length ? 'set DeletionPolicy/UpdateReplacePolicy Retain (RemovalPolicy.RETAIN)' : undefined,
    });
    // identity: permission boundaries and IMDSv2
    const ec2Roles = this.ofType('AWS::IAM::Role').filter((r) => JSON.stringify(r.r.Properties?.AssumeRolePolicyDocument ?? {}).includes('ec2.amazonaws.com'));
    const unbounded = ec2Roles.filter((r) => r.r.Properties?.PermissionsBoundary === undefined);
    out.push({
      id: 'identity.boundary',
      area: 'identity',
      title: 'workspace roles carry a permissions boundary',
      result: ec2Roles.length === 0 ? 'n/a' : unbounded.length ? 'fail' : 'pass',
      detail: unbounded.length ? `no boundary: ${unbounded.map(lbl).join(', ')}` : `${ec2Roles.length} role(s) bounded`,
      fix: unbounded.length ? 'set PermissionsBoundary on every workspace role' : undefined,
    });
    const lts = this.ofType('AWS::EC2::Instance').map((i) => this.launchTemplateOf(i));
    const noImds = this.ofType('AWS::EC2::Instance').filter((_, i) => {
      const lt = lts[i];
      return !lt || res(lt).Properties?.LaunchTemplateData?.MetadataOptions?.HttpTokens !== 'required';
    });
    out.push({
      id: 'identity.imdsv2',
      area: 'identity',
      title: 'instance metadata only with session tokens (IMDSv2)',
      result: lts.length === 0 ? 'n/a' : noImds.length ? 'fail' : 'pass',
      detail: noImds.length ? `IMDSv1 possible: ${noImds.map(lbl).join(', ')}` : `${lts.length} instance(s) require tokens`,
      fix: noImds.length ? 'set MetadataOptions.HttpTokens: required in the launch template' : undefined,
    });
    // audit: flow logs, CloudTrail, log retention
    const vpcs = this.ofType('AWS::EC2::VPC');
    const flows = this.ofType('AWS::EC2::FlowLog');
    const unlogged = vpcs.filter((v) => !flows.some((f) => same(resolve(f.t, f.r.Properties?.ResourceId), { t: v.t, id: v.id })));
    out.push({
      id: 'audit.flow-logs',
      area: 'audit',
      title: 'VPC flow logs record every connection attempt',
      result: vpcs.length === 0 ? 'n/a' : unlogged.length ? 'fail' : 'pass',
      detail: unlogged.length ? `no flow log: ${unlogged.map(lbl).join(', ')}` : `${flows.length} flow log(s)`,
      fix: unlogged.length ? 'add an AWS::EC2::FlowLog for the VPC' : undefined,
    });
    const trails = this.ofType('AWS::CloudTrail::Trail');
    out.push({
      id: 'audit.cloudtrail',
      area: 'audit',
      title: 'API activity recorded by CloudTrail (with file validation)',
      result: trails.length ? (trails.every((t) => t.r.Properties?.EnableLogFileValidation === true) ? 'pass' : 'fail') : kind === 'permit' ? 'fail' : 'n/a',
      detail: trails.length ? trails.map((t) => `${lbl(t)}: validation ${t.r.Properties?.EnableLogFileValidation === true ? 'on' : 'off'}`).join(', ')
        : kind === 'permit' ? 'no trail in the permit stack' : 'no trail in this stack: the account or organisation trail must cover it',
      fix: trails.some((t) => t.r.Properties?.EnableLogFileValidation !== true) || (kind === 'permit' && trails.length === 0) ? 'add a trail with EnableLogFileValidation: true' : undefined,
    });
    const groups = this.ofType('AWS::Logs::LogGroup');
    const forever = groups.filter((g) => g.r.Properties?.RetentionInDays === undefined);
    out.push({
      id: 'audit.log-retention',
      area: 'audit',
      title: 'log groups have a stated retention',
      result: groups.length === 0 ? 'n/a' : forever.length ? 'fail' : 'pass',
      detail: forever.length ? `no retention: ${forever.map(lbl).join(', ')}` : groups.map((g) => `${lbl(g)}: ${g.r.Properties.RetentionInDays} days`).join(', ') || 'none',
      fix: forever.length ? 'set RetentionInDays' : undefined,
    });
    return out;
  }
}

/** Domains that cover far more than package mirrors: everything, a TLD, or every AWS service endpoint. */
export function tooBroad(domain: string): boolean {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  if (d === '' || d === '*' || d === '.') return true;
  const bare = d.replace(/^\*?\.?/, '');
  if (!bare.includes('.')) return true; // a TLD such as .com
  return bare === 'amazonaws.com' || bare === 'amazonaws.com.cn' || bare === 'cloudfront.net' || bare === 'core.windows.net' || bare === 'googleapis.com';
}

/**
 * DNS allowances that let a workspace resolve names of zones an attacker can own: everything or
 * a whole TLD. (Names under amazonaws.com are answered by AWS's own servers, so allowing them
 * opens no tunnel; whether their addresses can be reached is the network path's question.)
 */
export function dnsTooBroad(domain: string): boolean {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  if (d === '' || d === '*' || d === '.') return true;
  return !d.replace(/^\*?\.?/, '').includes('.');
}

function isOwnAccount(v: any): boolean {
  if (v && typeof v === 'object' && v.Ref === 'AWS::AccountId') return true;
  if (typeof v === 'string' && /^\d{12}$/.test(v)) return true;
  if (typeof v === 'string' && /^o-[a-z0-9]{10,32}$/.test(v)) return true; // an organisation id
  return false;
}

/** Whether a condition pins `key` to the lab account (StringEquals for Allow, StringNotEquals for Deny). */
function hasAccountCondition(cond: any, key: string, negated: boolean): boolean {
  if (!cond || typeof cond !== 'object') return false;
  const ops = negated ? ['StringNotEquals', 'StringNotEqualsIgnoreCase'] : ['StringEquals', 'StringEqualsIgnoreCase'];
  for (const op of ops) {
    const block = cond[op];
    if (!block || typeof block !== 'object') continue;
    for (const [k, v] of Object.entries(block)) {
      if (k.toLowerCase() !== key.toLowerCase()) continue;
      const values = list(v);
      if (values.length > 0 && values.every(isOwnAccount)) return true;
    }
  }
  return false;
}

/** Whether every action only reads (Get, List, Describe, Head), with no service-wide wildcard. */
function readOnly(actions: any): boolean {
  const values = list(actions);
  return values.length > 0 && values.every((a: any) => typeof a === 'string' && /^[a-z0-9-]+:(Get|List|Describe|Head)[A-Za-z0-9]*$/.test(a));
}

function specificPrincipal(p: any): boolean {
  if (p === undefined || p === '*') return false;
  const aws = p?.AWS;
  if (aws === undefined) return typeof p === 'object' && p.Service !== undefined;
  return list(aws).every((a: any) => a !== '*');
}

function specificResources(r: any): boolean {
  const values = list(r);
  if (values.length === 0) return false;
  return values.every((v: any) => {
    if (typeof v === 'string') {
      if (v === '*') return false;
      const parts = v.split(':');
      // arn:partition:service:region:account:resource: a wildcard account or bucket is any account
      if (parts.length >= 6 && (parts[4] === '*' || parts[4] === '')) return /^arn:[^:]*:s3:::[^*]+/.test(v);
      return !v.includes('*') || /^arn:[^:]*:[^:]*:[^:]*:\d{12}:/.test(v);
    }
    const s = JSON.stringify(v);
    const literal = list(v?.['Fn::Join']?.[1]).filter((x: any) => typeof x === 'string').join('');
    if (/:::\*|:::$/.test(literal) && !/:::[^*]/.test(literal)) return false; // a wildcard bucket
    return s.includes('Fn::GetAtt') || s.includes('"Ref"') || s.includes('AWS::AccountId');
  });
}

/** Audits one stack tree (a root template and its nested templates). */
export function auditCloudFormation(root: CfnTemplate, templates: CfnTemplate[], options: CfnAuditOptions = {}): AuditedUnit {
  return new CfnAnalyzer(root, templates, options).unit();
}
