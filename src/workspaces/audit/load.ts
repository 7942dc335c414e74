/**
 * Reads synthesized output for the egress audit: a cloud assembly (`cdk.out`, templates and
 * their nested templates), a cdktf output folder (`cdktf.out`, `stacks/<name>/cdk.tf.json`), one
 * stack folder, or one template file; folders holding several of these are read one level deep.
 */
import * as fs from 'fs';
import * as path from 'path';
import { auditCloudFormation, CfnAuditOptions, CfnTemplate } from './cloudformation';
import { auditKubernetes } from './kubernetes';
import { AuditedUnit, AuditInputError, AuditMode, AuditReport, report } from './model';
import { auditProxmox, ProxmoxAuditOptions } from './proxmox';

/** Options of an audit of a folder. */
export interface AuditOptions {
  /** Egress of AWS lab templates that do not record it. */
  readonly egress?: AuditMode;
  /** Network of a permit role in a status (the permit lifecycle's). */
  readonly permitNetwork?: (status: string, role: string) => string | undefined;
  /** Proxmox: the datacenter firewall is kept on outside this output. */
  readonly proxmoxDatacenterFirewallElsewhere?: boolean;
  /** Proxmox: resolvers stated to answer internal names only. */
  readonly internalResolvers?: string[];
}

function readJson(file: string): any {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new AuditInputError(`${file}: cannot read it (${(e as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new AuditInputError(`${file}: not valid JSON (${(e as Error).message}). Fix: point at synthesized output (cdk.out, cdktf.out or a stack folder)`);
  }
}

/** The templates of a cloud assembly folder, as stack trees (root plus nested). */
export function cloudAssemblyTemplates(dir: string, rootFiles?: string[]): Array<{ root: CfnTemplate; templates: CfnTemplate[] }> {
  let roots: Array<{ name: string; file: string }>;
  if (rootFiles) {
    roots = rootFiles.filter((f) => !f.endsWith('.nested.template.json')).map((f) => ({ name: path.basename(f).replace(/\.template\.json$/, ''), file: f }));
  } else {
    const manifest = readJson(path.join(dir, 'manifest.json'));
    roots = Object.entries<any>(manifest.artifacts ?? {})
      .filter(([, a]) => a.type === 'aws:cloudformation:stack' && a.properties?.templateFile)
      .map(([id, a]) => ({ name: a.displayName ?? id, file: path.join(dir, a.properties.templateFile) }));
  }
  // Asset hash -> file, from every asset manifest of the folder (nested templates are file assets).
  const byHash = new Map<string, string>();
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.assets.json'))) {
    const files = readJson(path.join(dir, f)).files ?? {};
    for (const [hash, a] of Object.entries<any>(files)) {
      if (typeof a?.source?.path === 'string') byHash.set(hash, path.join(dir, a.source.path));
    }
  }
  const out: Array<{ root: CfnTemplate; templates: CfnTemplate[] }> = [];
  for (const r of roots) {
    const root: CfnTemplate = { name: r.name, file: r.file, template: readJson(r.file) };
    const templates: CfnTemplate[] = [root];
    const queue: CfnTemplate[] = [root];
    while (queue.length) {
      const t = queue.shift()!;
      for (const [id, res] of Object.entries<any>(t.template.Resources ?? {})) {
        if (res.Type !== 'AWS::CloudFormation::Stack') continue;
        const url = JSON.stringify(res.Properties?.TemplateURL ?? '');
        const hash = /([0-9a-f]{64})\.json/.exec(url)?.[1];
        const assetPath = res.Metadata?.['aws:asset:path'];
        const file = hash && byHash.get(hash) ? byHash.get(hash)! : typeof assetPath === 'string' ? path.join(dir, assetPath) : undefined;
        if (!file || !fs.existsSync(file)) {
          throw new AuditInputError(`${t.file}: nested stack ${id} has no template in ${dir} (TemplateURL ${url}). Fix: audit the whole cloud assembly folder as synthesized`);
        }
        const nested: CfnTemplate = { name: `${t.name}/${id.replace(/NestedStack.*$/, '')}`, file, template: readJson(file), parent: { template: t, resourceId: id } };
        templates.push(nested);
        queue.push(nested);
      }
    }
    out.push({ root, templates });
  }
  return out;
}

function terraformUnit(file: string, options: AuditOptions): AuditedUnit {
  const json = readJson(file);
  const resources = json.resource ?? {};
  const stack = path.basename(path.dirname(file));
  const types = Object.keys(resources);
  if (types.some((t) => t.startsWith('proxmox_'))) {
    const o: ProxmoxAuditOptions = {
      datacenterFirewallElsewhere: options.proxmoxDatacenterFirewallElsewhere,
      internalResolvers: options.internalResolvers,
      permitNetwork: options.permitNetwork,
    };
    return auditProxmox(json, stack, file, o);
  }
  if (types.some((t) => t.startsWith('kubernetes_'))) return auditKubernetes(json, stack, file, { permitNetwork: options.permitNetwork });
  throw new AuditInputError(`${file}: no Kubernetes or Proxmox resources in it; the audit knows kubernetes_* and proxmox_* resources`);
}

/** Audits everything synthesized under a path (folder or file). */
export function auditPath(target: string, options: AuditOptions = {}): AuditReport {
  return report(unitsAt(target, options, 0));
}

function unitsAt(target: string, options: AuditOptions, depth: number): AuditedUnit[] {
  if (!fs.existsSync(target)) throw new AuditInputError(`${target}: does not exist. Fix: name a cdk.out assembly, a cdktf.out folder or a stack folder`);
  const cfnOptions: CfnAuditOptions = { egress: options.egress, permitNetwork: options.permitNetwork };
  if (fs.statSync(target).isFile()) {
    if (target.endsWith('.tf.json')) return [terraformUnit(target, options)];
    if (target.endsWith('.template.json')) {
      return cloudAssemblyTemplates(path.dirname(target), [target]).map((s) => auditCloudFormation(s.root, s.templates, cfnOptions));
    }
    throw new AuditInputError(`${target}: not a CloudFormation template (*.template.json) or Terraform JSON (cdk.tf.json)`);
  }
  const manifest = path.join(target, 'manifest.json');
  if (fs.existsSync(manifest) && readJson(manifest).artifacts) {
    return cloudAssemblyTemplates(target).map((s) => auditCloudFormation(s.root, s.templates, cfnOptions));
  }
  if (fs.existsSync(path.join(target, 'cdk.tf.json'))) return [terraformUnit(path.join(target, 'cdk.tf.json'), options)];
  if (fs.existsSync(path.join(target, 'stacks'))) {
    const dirs = fs.readdirSync(path.join(target, 'stacks')).sort().map((d) => path.join(target, 'stacks', d)).filter((d) => fs.existsSync(path.join(d, 'cdk.tf.json')));
    if (dirs.length) return dirs.map((d) => terraformUnit(path.join(d, 'cdk.tf.json'), options));
  }
  if (depth === 0) {
    const subs = fs.readdirSync(target).sort().map((d) => path.join(target, d)).filter((d) => fs.statSync(d).isDirectory());
    const units = subs.flatMap((d) => {
      const looksLikeOutput = fs.existsSync(path.join(d, 'manifest.json')) || fs.existsSync(path.join(d, 'cdk.tf.json')) || fs.existsSync(path.join(d, 'stacks'));
      return looksLikeOutput ? unitsAt(d, options, 1) : [];
    });
    if (units.length) return units;
  }
  throw new AuditInputError(`${target}: no synthesized stack in it (no manifest.json of a cloud assembly, no cdk.tf.json, no stacks/*/cdk.tf.json). Fix: run the synth first (rws lab synth, rws permit synth, npm run synth) and name its output folder`);
}
