/**
 * A check of the AWS data perimeter read from synthesized CloudFormation only (never from our
 * own props), used by the tests to prove each control and, by mutating one control in good
 * output, that the check can fail. It names the resource and the hole.
 */
export type Mode = 'none' | 'proxied' | 'open';

/** Actions the AWS-owned exceptions may have (read-only). */
const EXCEPTION_ACTIONS = new Set(['s3:GetObject', 'ssm:GetDocument', 'ssm:DescribeDocument']);

function list<T>(x: T | T[] | undefined): T[] {
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}

/** A reference or literal as text: `Fn::Join` joined, Refs as `<Ref>`. */
export function flat(x: any): string {
  if (typeof x === 'string') return x;
  if (x?.['Fn::Join']) return (x['Fn::Join'][1] as any[]).map(flat).join(x['Fn::Join'][0]);
  if (x?.Ref) return `<${x.Ref}>`;
  if (x?.['Fn::GetAtt']) return `<${[].concat(x['Fn::GetAtt']).join('.')}>`;
  return JSON.stringify(x);
}

function anyPrincipal(p: any): boolean {
  return p === '*' || (p && list(p.AWS).includes('*'));
}

/** Problems of one VPC endpoint policy. */
export function endpointPolicyProblems(id: string, endpoint: any): string[] {
  const doc = endpoint.Properties?.PolicyDocument;
  if (!doc) return [`${id}: endpoint without a policy (full access for any principal to any account's resources)`];
  const out: string[] = [];
  for (const s of list<any>(doc.Statement)) {
    if (s.Effect !== 'Allow') continue;
    if (!anyPrincipal(s.Principal)) continue;
    const eq = s.Condition?.StringEquals ?? {};
    const own = eq['aws:PrincipalAccount'] !== undefined && eq['aws:ResourceAccount'] !== undefined
      && flat(eq['aws:PrincipalAccount']) === '<AWS::AccountId>' && flat(eq['aws:ResourceAccount']) === '<AWS::AccountId>';
    if (own) continue;
    // An exception: read-only actions on named AWS-owned resources.
    const actions = list<string>(s.Action);
    const resources = list<any>(s.Resource).map(flat);
    const readOnly = actions.every((a) => EXCEPTION_ACTIONS.has(a));
    const named = resources.every((r) => {
      if (r === '*') return false;
      const s3 = /^arn:<AWS::Partition>:s3:::([^/]+)\/\*$/.exec(r);
      if (s3) return !s3[1].includes('*');
      // AWS-owned SSM documents have no account in their ARN.
      return /^arn:<AWS::Partition>:ssm:<AWS::Region>::document\/\*$/.test(r);
    });
    if (!readOnly || !named) {
      out.push(`${id}: statement ${s.Sid ?? '(no sid)'} lets principals of any account (${actions.join(', ')}) reach ${resources.join(', ')} without aws:PrincipalAccount and aws:ResourceAccount limited to the lab's account`);
    }
  }
  if (!list<any>(doc.Statement).some((s) => s.Effect === 'Allow')) out.push(`${id}: policy allows nothing (the endpoint is useless)`);
  return out;
}

interface Rule { group: string; cidr?: string; dest?: string; prefixList?: string; from?: number; to?: number; proto: string }

function rule(group: string, p: any): Rule {
  return {
    group,
    cidr: p.CidrIp ?? p.CidrIpv6,
    dest: p.DestinationSecurityGroupId && flat(p.DestinationSecurityGroupId),
    prefixList: p.DestinationPrefixListId && flat(p.DestinationPrefixListId),
    from: p.FromPort,
    to: p.ToPort,
    proto: p.IpProtocol,
  };
}

/** Egress rules per group logical id (inline and separate resources). */
export function egressRules(t: any): Rule[] {
  const out: Rule[] = [];
  for (const [id, r] of Object.entries<any>(t.Resources ?? {})) {
    if (r.Type === 'AWS::EC2::SecurityGroup') {
      const inline = r.Properties.SecurityGroupEgress;
      if (inline === undefined) out.push({ group: id, cidr: '0.0.0.0/0', proto: '-1' }); // EC2's default rule
      for (const e of list<any>(inline)) {
        out.push(rule(id, e));
      }
    }
    if (r.Type === 'AWS::EC2::SecurityGroupEgress') {
      const p = r.Properties;
      const g = p.GroupId?.['Fn::GetAtt']?.[0] ?? flat(p.GroupId);
      out.push(rule(g, p));
    }
  }
  return out;
}

/**
 * The web gateway's load balancer calls the identity provider's token and user-info endpoints
 * itself (HTTPS): no workspace sends through it, so its 443 egress is not a researcher's path out.
 */
function isGatewayGroup(t: any, id: string): boolean {
  return /^Research workspace web gateway /.test(t.Resources[id]?.Properties?.GroupDescription ?? '');
}

function isProxyGroup(t: any, id: string): boolean {
  return /^Egress proxy of the lab/.test(t.Resources[id]?.Properties?.GroupDescription ?? '');
}

/** Problems of a lab's synthesized templates against its egress mode (`optIn`: upload hosts the lab chose to allow). */
export function perimeterProblems(templates: any[], mode: Mode, optIn: string[] = []): string[] {
  const out: string[] = [];
  for (const t of templates) {
    for (const [id, r] of Object.entries<any>(t.Resources ?? {})) {
      if (r.Type === 'AWS::EC2::VPCEndpoint') out.push(...endpointPolicyProblems(id, r));
    }
    for (const e of egressRules(t)) {
      if (e.cidr === '255.255.255.255/32') continue; // CDK's "no traffic" placeholder
      const world = e.cidr === '0.0.0.0/0' || e.cidr === '::/0';
      if (!world) continue;
      const web = e.proto === 'tcp' && e.from === e.to && (e.from === 443 || e.from === 80);
      if (mode === 'open' && web) continue;
      if (mode === 'proxied' && web && isProxyGroup(t, e.group)) continue;
      if (e.proto === 'tcp' && e.from === 443 && e.to === 443 && isGatewayGroup(t, e.group)) continue;
      out.push(`${e.group}: egress ${e.proto} ${e.from ?? 'all'}-${e.to ?? 'all'} to ${e.cidr} in a lab with egress ${mode}`);
    }
    for (const [id, r] of Object.entries<any>(t.Resources ?? {})) {
      if (r.Type === 'AWS::IAM::Role') {
        for (const arn of list<any>(r.Properties?.ManagedPolicyArns).map(flat)) {
          if (/:iam::aws:policy\//.test(arn) && /AmazonSSM/.test(arn)) out.push(`${id}: role with ${arn.split('/').pop()} (reads every SSM parameter of the account)`);
        }
      }
      if (r.Type === 'AWS::IAM::ManagedPolicy' && !/^Permissions boundary/.test(r.Properties?.Description ?? '')) {
        for (const st of list<any>(r.Properties?.PolicyDocument?.Statement)) {
          if (st.Effect !== 'Allow') continue;
          const reads = list<string>(st.Action).some((a) => /^ssm:(\*|Get\*|GetParameters?|GetParametersByPath)$/.test(a));
          const wide = list<any>(st.Resource).map(flat).some((res) => res === '*' || /:parameter\/\*$/.test(res) || /:parameter\/?$/.test(res));
          if (reads && wide) out.push(`${id}: statement ${st.Sid ?? '(no sid)'} reads SSM parameters beyond the lab's own`);
        }
      }
    }
    const gateways = Object.entries<any>(t.Resources ?? {}).filter(([, r]) => r.Type === 'AWS::EC2::InternetGateway' || r.Type === 'AWS::EC2::NatGateway');
    if (mode === 'none') for (const [id] of gateways) out.push(`${id}: an internet gateway or NAT in a lab with egress none`);
    // Default routes of the route tables of the workspace subnets.
    if (mode !== 'open') {
      const workspaceTables = new Set(Object.values<any>(t.Resources ?? {})
        .filter((r) => r.Type === 'AWS::EC2::SubnetRouteTableAssociation' && /Workspaces/.test(flat(r.Properties.SubnetId)))
        .map((r) => flat(r.Properties.RouteTableId)));
      for (const [id, r] of Object.entries<any>(t.Resources ?? {})) {
        if (r.Type !== 'AWS::EC2::Route') continue;
        const dest = r.Properties.DestinationCidrBlock ?? r.Properties.DestinationIpv6CidrBlock;
        if (dest === '0.0.0.0/0' || dest === '::/0') {
          if (mode === 'none' || workspaceTables.has(flat(r.Properties.RouteTableId))) out.push(`${id}: a default route from the workspace subnets in a lab with egress ${mode}`);
        }
      }
      const rules = Object.values<any>(t.Resources ?? {}).filter((r) => r.Type === 'AWS::Route53Resolver::FirewallRuleGroup');
      const assoc = Object.values<any>(t.Resources ?? {}).filter((r) => r.Type === 'AWS::Route53Resolver::FirewallRuleGroupAssociation');
      const lists = Object.entries<any>(t.Resources ?? {}).filter(([, r]) => r.Type === 'AWS::Route53Resolver::FirewallDomainList');
      const everything = new Set(lists.filter(([, r]) => list(r.Properties.Domains).includes('*')).map(([k]) => k));
      const blocksRest = rules.some((g) => list<any>(g.Properties.FirewallRules).some((x) => x.Action === 'BLOCK' && everything.has(x.FirewallDomainListId?.['Fn::GetAtt']?.[0])));
      if (t.Resources && Object.values<any>(t.Resources).some((r) => r.Type === 'AWS::EC2::VPC') && (!blocksRest || assoc.length === 0)) {
        out.push(`the VPC has no DNS Firewall that blocks every name outside its allowlist (egress ${mode}): DNS is a channel out`);
      }
      for (const [id, r] of lists) {
        for (const d of list<any>(r.Properties.Domains).map(flat)) {
          if ((d === '*.amazonaws.com' || d === 'amazonaws.com' || d === '*.github.com' || d === 'github.com') && !optIn.includes(d)) {
            if (!everything.has(id)) out.push(`${id}: the DNS allowlist has ${d}`);
          }
        }
      }
    }
  }
  return out;
}
