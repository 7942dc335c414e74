/**
 * Judges synthesized institution templates: tenant isolation (references, tags, boundaries,
 * bucket prefixes) and the metrics of dashboards and alarms (every dimension names a resource
 * of the right type in the synthesized stacks; a CloudWatch agent metric names an instance
 * whose user-data configures the agent to publish exactly it, with a role allowed to).
 */
import * as zlib from 'zlib';
import * as YAML from 'yaml';

export type Templates = Record<string, any>;

/** The tenant of a stack: `<institution>-<tenant>--<lab|tenant>`; undefined for the organization stack. */
export function tenantOfStack(institution: string, stack: string): string | undefined {
  const m = new RegExp(`^${institution}-(.+?)--`).exec(stack);
  return m ? m[1] : undefined;
}

/** Every value of `node` for which `pick` returns something, depth first. */
function walk(node: any, visit: (n: any, path: string[]) => void, path: string[] = []): void {
  visit(node, path);
  if (Array.isArray(node)) node.forEach((x, i) => walk(x, visit, [...path, String(i)]));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, visit, [...path, k]);
}

const TAGGED_TYPES: Record<string, string> = {
  'AWS::KMS::Key': 'Tags',
  'AWS::EC2::VPC': 'Tags',
  'AWS::EC2::Subnet': 'Tags',
  'AWS::EC2::SecurityGroup': 'Tags',
  'AWS::EFS::FileSystem': 'FileSystemTags',
  'AWS::S3::Bucket': 'Tags',
  'AWS::SNS::Topic': 'Tags',
  'AWS::EC2::Instance': 'Tags',
};

/**
 * The tenant of a template: of its stack, or for a nested template (`<artifact id><id><hash>.nested`,
 * the artifact id being the stack name without its dashes) of the stack it belongs to.
 */
export function tenantOfTemplate(institution: string, name: string, templates: Templates): string | undefined {
  if (!name.endsWith('.nested')) return tenantOfStack(institution, name);
  const parents = Object.keys(templates).filter((s) => !s.endsWith('.nested') && name.startsWith(s.replace(/[^A-Za-z0-9]/g, '')));
  const parent = parents.sort((a, b) => b.length - a.length)[0];
  return parent ? tenantOfStack(institution, parent) : undefined;
}

/** Problems of tenant isolation in the templates of an institution; empty when isolated. */
export function isolationProblems(institution: string, templates: Templates): string[] {
  const out: string[] = [];
  const tenantOf = (s: string) => tenantOfTemplate(institution, s, templates);
  const tenants = [...new Set(Object.keys(templates).map(tenantOf).filter((t): t is string => !!t))];
  const exports = new Map<string, string>();
  for (const [stack, t] of Object.entries(templates)) {
    for (const o of Object.values<any>(t.Outputs ?? {})) if (o.Export?.Name) exports.set(JSON.stringify(o.Export.Name), stack);
  }
  for (const [stack, t] of Object.entries(templates)) {
    const tenant = tenantOf(stack);
    if (!tenant) {
      if (stack.endsWith('.nested')) out.push(`${stack}: a nested template of no stack of the institution`);
      continue;
    }
    const others = tenants.filter((x) => x !== tenant);
    const resources = t.Resources ?? {};
    // 1. References leave the tenant only through exports of its own stacks.
    walk(t, (n) => {
      if (n && typeof n === 'object' && !Array.isArray(n) && 'Fn::ImportValue' in n) {
        const from = exports.get(JSON.stringify(n['Fn::ImportValue']));
        if (!from) out.push(`${stack}: imports ${JSON.stringify(n['Fn::ImportValue'])}, which no stack exports`);
        else if (tenantOf(from) !== tenant) out.push(`${stack} (tenant ${tenant}) uses a value of ${from}`);
      }
    });
    // 2. Its resources carry its tag.
    for (const [id, r] of Object.entries<any>(resources)) {
      const key = TAGGED_TYPES[r.Type];
      if (!key) continue;
      const tags: any[] = r.Properties?.[key] ?? [];
      const tag = tags.find((x) => x.Key === 'research:tenant');
      if (tag?.Value !== tenant) out.push(`${stack}/${id} (${r.Type}): tag research:tenant is ${tag ? JSON.stringify(tag.Value) : 'missing'}, not ${tenant}`);
    }
    // 3. Every role of a lab has the lab's boundary, and the boundary keeps the tenant in.
    const isLab = !stack.endsWith('--tenant');
    for (const [id, r] of Object.entries<any>(resources)) {
      if (r.Type !== 'AWS::IAM::Role' || !isLab) continue;
      const found = boundaryOf(stack, r.Properties?.PermissionsBoundary, templates);
      if (!found) {
        out.push(`${stack}/${id}: role without the lab's permissions boundary`);
        continue;
      }
      out.push(...boundaryProblems(found.where, found.policy.Properties.PolicyDocument, tenant, others.map((o) => `${institution}-${o}--`)));
    }
    // 4. No other tenant's stack prefix (its buckets, names) is used, except where a Deny names it.
    walk(t, (n, path) => {
      if (typeof n !== 'string') return;
      for (const o of others) {
        if (n.includes(`${institution}-${o}--`) && !inDenyStatement(t, path)) out.push(`${stack}: ${path.join('.')} names tenant ${o}'s resources (${n})`);
      }
    });
  }
  return [...new Set(out)];
}

/** The managed policy a role's PermissionsBoundary names: a Ref in its template, or a nested stack's parameter set by its parent. */
function boundaryOf(stack: string, value: any, templates: Templates): { where: string; policy: any } | undefined {
  const ref = value?.Ref;
  if (!ref) return undefined;
  const t = templates[stack];
  const r = t.Resources?.[ref];
  if (r?.Type === 'AWS::IAM::ManagedPolicy') return { where: `${stack}/${ref}`, policy: r };
  if (!t.Parameters?.[ref] || !stack.endsWith('.nested')) return undefined;
  for (const [parent, pt] of Object.entries(templates)) {
    if (parent === stack) continue;
    for (const res of Object.values<any>(pt.Resources ?? {})) {
      const given = res.Type === 'AWS::CloudFormation::Stack' ? res.Properties?.Parameters?.[ref] : undefined;
      if (given && stack.startsWith(parent.replace(/[^A-Za-z0-9]/g, ''))) return boundaryOf(parent, given, templates);
    }
  }
  return undefined;
}

function inDenyStatement(t: any, path: string[]): boolean {
  const i = path.lastIndexOf('Statement');
  if (i < 0) return false;
  let node = t;
  for (const p of path.slice(0, i + 2)) node = node?.[p];
  return node?.Effect === 'Deny';
}

/** What a lab boundary of `tenant` must deny. */
export function boundaryProblems(where: string, doc: any, tenant: string, otherPrefixes: string[]): string[] {
  const out: string[] = [];
  const st: any[] = doc?.Statement ?? [];
  const own = st.find((s) => s.Sid === 'TenantResourcesOnly');
  const actions = [].concat(own?.Action ?? []);
  if (!own || own.Effect !== 'Deny' || own.Condition?.StringNotEquals?.['aws:ResourceTag/research:tenant'] !== tenant
    || !['kms:*', 'ec2:*', 'elasticfilesystem:*'].every((a) => actions.includes(a as never))) {
    out.push(`${where}: does not deny the keys, networks and file systems of other tenants`);
  }
  const tagFixed = st.find((s) => s.Sid === 'TenantTagFixed');
  if (!tagFixed || tagFixed.Effect !== 'Deny') out.push(`${where}: does not forbid changing the research:tenant tag`);
  const buckets = st.find((s) => s.Sid === 'TenantBucketsOnly');
  const denied: string[] = [].concat(buckets?.Resource ?? []).map((r: any) => (typeof r === 'string' ? r : JSON.stringify(r)));
  for (const p of otherPrefixes) {
    if (buckets?.Effect !== 'Deny' || !denied.some((r) => r.includes(`:s3:::${p}*`))) out.push(`${where}: does not deny the buckets of ${p}*`);
  }
  return out;
}

/** Dimensions whose values are constants rather than resources. */
const CONSTANT_DIMENSIONS: Record<string, string[]> = { StorageClass: ['Total'], Currency: ['USD'], StorageType: ['StandardStorage'] };
/** The resource (type and how it is named) each resource dimension must resolve to. */
const DIMENSION_TARGETS: Record<string, { type: string; attribute?: string }> = {
  InstanceId: { type: 'AWS::EC2::Instance' },
  FileSystemId: { type: 'AWS::EFS::FileSystem' },
  BucketName: { type: 'AWS::S3::Bucket' },
  LoadBalancer: { type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', attribute: 'LoadBalancerFullName' },
  TargetGroup: { type: 'AWS::ElasticLoadBalancingV2::TargetGroup', attribute: 'TargetGroupFullName' },
};

/** A marker a dashboard body's Fn::Join part becomes, so the body parses as JSON. */
function marker(part: any): string {
  if (typeof part === 'string') return part;
  if (part.Ref) return `@@Ref:${part.Ref}@@`;
  if (part['Fn::GetAtt']) return `@@GetAtt:${part['Fn::GetAtt'].join('.')}@@`;
  if (part['Fn::ImportValue']) return `@@Import:${JSON.stringify(part['Fn::ImportValue']).replace(/"/g, "'")}@@`;
  return `@@Other:${JSON.stringify(part).replace(/"/g, "'")}@@`;
}

/** A resource a value names: its template, logical id, type and the attribute used. */
interface Target {
  readonly stack: string;
  readonly id: string;
  readonly type: string;
  readonly attribute?: string;
}

/** Resolves a marker or a CloudFormation value to `Type[.Attribute]` of a resource in the templates; undefined when it names none. */
function resolveValue(value: any, stack: string, templates: Templates, exports: Map<string, { stack: string; value: any }>): string | undefined {
  const t = resolveTarget(value, stack, templates, exports);
  return t ? (t.attribute ? `${t.type}.${t.attribute}` : t.type) : undefined;
}

/** The resource a marker or a CloudFormation value names (through exports and nested stacks' outputs). */
function resolveTarget(value: any, stack: string, templates: Templates, exports: Map<string, { stack: string; value: any }>): Target | undefined {
  const res = (s: string, id: string, attribute?: string): Target | undefined => {
    const type = templates[s]?.Resources?.[id]?.Type as string | undefined;
    return type ? { stack: s, id, type, attribute } : undefined;
  };
  if (typeof value === 'string') {
    const m = /^@@(Ref|GetAtt|Import):(.*)@@$/.exec(value);
    if (!m) return undefined;
    if (m[1] === 'Ref') return res(stack, m[2]);
    if (m[1] === 'GetAtt') {
      const [id, ...attr] = m[2].split('.');
      return resolveTarget({ 'Fn::GetAtt': [id, attr.join('.')] }, stack, templates, exports);
    }
    const e = exports.get(m[2].replace(/'/g, '"'));
    return e ? resolveTarget(e.value, e.stack, templates, exports) : undefined;
  }
  if (value?.Ref) return res(stack, value.Ref);
  if (value?.['Fn::GetAtt']) {
    const [id, attr] = value['Fn::GetAtt'];
    const nested = nestedOutput(stack, id, attr, templates);
    if (nested) return resolveTarget(nested.value, nested.stack, templates, exports);
    return res(stack, id, attr);
  }
  if (value?.['Fn::ImportValue']) {
    const e = exports.get(JSON.stringify(value['Fn::ImportValue']));
    return e ? resolveTarget(e.value, e.stack, templates, exports) : undefined;
  }
  return undefined;
}

type Exports = Map<string, { stack: string; value: any }>;

/** The output of a nested stack a `GetAtt <NestedStack>.Outputs.<name>` names, with the nested template's name. */
function nestedOutput(stack: string, id: string, attr: string, templates: Templates): { stack: string; value: any } | undefined {
  const r = templates[stack]?.Resources?.[id];
  if (r?.Type !== 'AWS::CloudFormation::Stack' || !String(attr).startsWith('Outputs.')) return undefined;
  // The nested template is the one of the nested stacks that has the output (output names hold the construct path).
  const output = attr.slice('Outputs.'.length);
  const nested = Object.keys(templates).find((n) => n !== stack && /\.nested/.test(n) && templates[n].Outputs?.[output]);
  return nested ? { stack: nested, value: templates[nested].Outputs[output].Value } : undefined;
}

function checkDimension(where: string, name: string, value: any, stack: string, templates: Templates, exports: Exports): string | undefined {
  if (CONSTANT_DIMENSIONS[name]) {
    return CONSTANT_DIMENSIONS[name].includes(value) ? undefined : `${where}: dimension ${name} = ${JSON.stringify(value)} is not one of ${CONSTANT_DIMENSIONS[name].join(', ')}`;
  }
  const target = DIMENSION_TARGETS[name];
  if (!target) return `${where}: unknown dimension ${name}`;
  const got = resolveValue(value, stack, templates, exports);
  const want = target.attribute ? `${target.type}.${target.attribute}` : target.type;
  return got === want ? undefined : `${where}: dimension ${name} resolves to ${got ?? 'nothing'} (${JSON.stringify(value)}), not ${want}`;
}

/** The dimensions the CloudWatch agent's metrics carry, as configured by the workspaces (see agentMetricProblems). */
const AGENT_METRICS: Record<string, { section: string; dimensions: string[] }> = {
  disk_used_percent: { section: 'disk', dimensions: ['InstanceId', 'path'] },
  mem_used_percent: { section: 'mem', dimensions: ['InstanceId'] },
};

/**
 * The CloudWatch agent's configuration an instance boots with: from its user-data (base64 of
 * the gzip of a MIME message), the cloud-config part's file written to the provisioning
 * payload (cloudwatch-agent.json). Undefined when the instance writes none.
 */
export function agentConfigOf(instance: any): any {
  const ud = instance?.Properties?.UserData;
  if (typeof ud !== 'string') return undefined;
  const mime = zlib.gunzipSync(Buffer.from(ud, 'base64')).toString('utf8');
  const boundary = /boundary="([^"]+)"/.exec(mime)?.[1];
  if (!boundary) return undefined;
  for (const part of mime.split(`--${boundary}`)) {
    if (!/^Content-Type: text\/cloud-config/m.test(part)) continue;
    const body = part.slice(part.indexOf('\n\n') + 2);
    const files: any[] = (YAML.parse(body) ?? {}).write_files ?? [];
    const f = files.find((x) => x.path === '/var/lib/research-workspace/payload/cloudwatch-agent.json');
    if (f) return JSON.parse(f.content);
  }
  return undefined;
}

/**
 * A metric of the CloudWatch agent (a namespace not of AWS): its InstanceId names an instance
 * whose user-data configures the agent to publish exactly this metric with exactly these
 * dimensions into this namespace, and whose role may publish into it.
 */
function agentMetricProblems(
  where: string, namespace: string, metricName: string, dims: Array<[string, any]>, stack: string, templates: Templates, exports: Exports,
): string[] {
  const spec = AGENT_METRICS[metricName];
  if (!spec) return [`${where}: ${namespace} ${metricName} is no metric the workspaces' CloudWatch agent publishes`];
  const names = dims.map(([n]) => n).sort();
  if (JSON.stringify(names) !== JSON.stringify([...spec.dimensions].sort())) {
    return [`${where}: ${metricName} with dimensions ${names.join(', ')}: the agent publishes it with exactly ${spec.dimensions.join(', ')}`];
  }
  const id = dims.find(([n]) => n === 'InstanceId')![1];
  const target = resolveTarget(id, stack, templates, exports);
  if (target?.type !== 'AWS::EC2::Instance') return [`${where}: dimension InstanceId resolves to ${target?.type ?? 'nothing'} (${JSON.stringify(id)}), not AWS::EC2::Instance`];
  const instance = templates[target.stack].Resources[target.id];
  const at = `${where}: instance ${target.stack}/${target.id}`;
  const config = agentConfigOf(instance);
  if (!config) return [`${at} runs no CloudWatch agent (its user-data configures none)`];
  const out: string[] = [];
  const m = config.metrics ?? {};
  if ((m.namespace ?? 'CWAgent') !== namespace) out.push(`${at}: its agent publishes into ${m.namespace}, not ${namespace}`);
  if (m.append_dimensions?.InstanceId !== '$' + '{aws:InstanceId}') out.push(`${at}: its agent does not add the InstanceId dimension`);
  const section = m.metrics_collected?.[spec.section];
  if (!section || !(section.measurement ?? []).includes('used_percent')) out.push(`${at}: its agent does not collect ${metricName}`);
  if (spec.section === 'disk') {
    const path = dims.find(([n]) => n === 'path')![1];
    if (!(section?.resources ?? []).includes(path)) out.push(`${at}: its agent does not watch the disk at ${JSON.stringify(path)} (it watches ${(section?.resources ?? []).join(', ') || 'none'})`);
    const sets: string[][] = m.aggregation_dimensions ?? [];
    if (!sets.some((x) => JSON.stringify([...x].sort()) === JSON.stringify(names))) out.push(`${at}: its agent does not publish the disk metric with exactly ${names.join(', ')} (aggregation_dimensions)`);
  }
  // The role of the instance profile may publish into the namespace.
  const t = templates[target.stack];
  const profile = resolveTarget(instance.Properties.IamInstanceProfile, target.stack, templates, exports);
  const roles = profile ? [].concat(t.Resources[profile.id]?.Properties?.Roles ?? []).map((r: any) => r.Ref) : [];
  const grants = Object.values<any>(t.Resources).filter((r) => ['AWS::IAM::ManagedPolicy', 'AWS::IAM::Policy'].includes(r.Type)
    && [].concat(r.Properties.Roles ?? []).some((x: any) => roles.includes(x.Ref)))
    .flatMap((r) => [].concat(r.Properties.PolicyDocument.Statement ?? []))
    .filter((st: any) => st.Effect === 'Allow' && [].concat(st.Action).some((a: string) => a === 'cloudwatch:PutMetricData' || a === 'cloudwatch:*' || a === '*'));
  if (!grants.some((st: any) => st.Condition?.StringEquals?.['cloudwatch:namespace'] === namespace)) {
    out.push(`${at}: its role may not publish into ${namespace} (no cloudwatch:PutMetricData for that namespace)`);
  }
  // Least privilege: the metrics of the agent's namespace only.
  if (grants.some((st: any) => st.Condition?.StringEquals?.['cloudwatch:namespace'] === undefined)) {
    out.push(`${at}: its role may publish metrics into any namespace (cloudwatch:PutMetricData without a cloudwatch:namespace condition)`);
  }
  return out;
}

/** Counts and problems of every dashboard widget metric and alarm metric of the templates. */
export function metricProblems(templates: Templates): {
  problems: string[]; dimensions: number; alarms: number; widgets: number; agentMetrics: number;
} {
  const problems: string[] = [];
  let dimensions = 0;
  let agentMetrics = 0;
  let alarms = 0;
  let widgets = 0;
  const exports = new Map<string, { stack: string; value: any }>();
  for (const [stack, t] of Object.entries(templates)) {
    for (const o of Object.values<any>(t.Outputs ?? {})) if (o.Export?.Name) exports.set(JSON.stringify(o.Export.Name), { stack, value: o.Value });
  }
  for (const [stack, t] of Object.entries(templates)) {
    for (const [id, r] of Object.entries<any>(t.Resources ?? {})) {
      if (r.Type === 'AWS::CloudWatch::Alarm') {
        alarms++;
        const p = r.Properties;
        const sets: any[][] = p.Dimensions ? [p.Dimensions]
          : (p.Metrics ?? []).filter((m: any) => m.MetricStat).map((m: any) => m.MetricStat.Metric.Dimensions ?? []);
        if (sets.length === 0) problems.push(`${stack}/${id}: alarm without a metric`);
        if (p.Namespace && !p.Namespace.startsWith('AWS/')) {
          dimensions += p.Dimensions.length;
          agentMetrics++;
          problems.push(...agentMetricProblems(`${stack}/${id}`, p.Namespace, p.MetricName, p.Dimensions.map((d: any) => [d.Name, d.Value]), stack, templates, exports));
          continue;
        }
        for (const dims of sets) {
          for (const d of dims) {
            dimensions++;
            const pr = checkDimension(`${stack}/${id}`, d.Name, d.Value, stack, templates, exports);
            if (pr) problems.push(pr);
          }
        }
      }
      if (r.Type === 'AWS::CloudWatch::Dashboard') {
        const body = r.Properties.DashboardBody;
        const text = typeof body === 'string' ? body : body['Fn::Join'][1].map(marker).join(body['Fn::Join'][0]);
        const parsed = JSON.parse(text);
        for (const w of parsed.widgets) {
          widgets++;
          for (const m of w.properties?.metrics ?? []) {
            if (m.length === 1 && typeof m[0] === 'object') continue; // a math expression: its inputs are listed as metrics too
            const parts = typeof m[m.length - 1] === 'object' ? m.slice(0, -1) : m;
            if (!String(parts[0]).startsWith('AWS/')) {
              const dims: Array<[string, any]> = [];
              for (let i = 2; i + 1 < parts.length; i += 2) dims.push([parts[i], parts[i + 1]]);
              dimensions += dims.length;
              agentMetrics++;
              problems.push(...agentMetricProblems(`${stack}/${id} widget "${w.properties.title}"`, parts[0], parts[1], dims, stack, templates, exports));
              continue;
            }
            for (let i = 2; i + 1 < parts.length; i += 2) {
              dimensions++;
              const pr = checkDimension(`${stack}/${id} widget "${w.properties.title}"`, parts[i], parts[i + 1], stack, templates, exports);
              if (pr) problems.push(pr);
            }
          }
          for (const a of w.properties?.alarms ?? []) {
            const got = resolveValue(a, stack, templates, exports);
            if (got !== 'AWS::CloudWatch::Alarm.Arn') problems.push(`${stack}/${id} widget "${w.properties.title}": alarm ${a} resolves to ${got ?? 'nothing'}`);
          }
        }
      }
    }
  }
  return { problems, dimensions, alarms, widgets, agentMetrics };
}
