"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.cloudAssemblyTemplates = cloudAssemblyTemplates;
exports.auditPath = auditPath;
/**
 * Reads synthesized output for the egress audit: a cloud assembly (`cdk.out`, templates and
 * their nested templates), a cdktf output folder (`cdktf.out`, `stacks/<name>/cdk.tf.json`), one
 * stack folder, or one template file; folders holding several of these are read one level deep.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const cloudformation_1 = require("./cloudformation");
const kubernetes_1 = require("./kubernetes");
const model_1 = require("./model");
const proxmox_1 = require("./proxmox");
function readJson(file) {
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch (e) {
        throw new model_1.AuditInputError(`${file}: cannot read it (${e.message})`);
    }
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new model_1.AuditInputError(`${file}: not valid JSON (${e.message}). Fix: point at synthesized output (cdk.out, cdktf.out or a stack folder)`);
    }
}
/** The templates of a cloud assembly folder, as stack trees (root plus nested). */
function cloudAssemblyTemplates(dir, rootFiles) {
    let roots;
    if (rootFiles) {
        roots = rootFiles.filter((f) => !f.endsWith('.nested.template.json')).map((f) => ({ name: path.basename(f).replace(/\.template\.json$/, ''), file: f }));
    }
    else {
        const manifest = readJson(path.join(dir, 'manifest.json'));
        roots = Object.entries(manifest.artifacts ?? {})
            .filter(([, a]) => a.type === 'aws:cloudformation:stack' && a.properties?.templateFile)
            .map(([id, a]) => ({ name: a.displayName ?? id, file: path.join(dir, a.properties.templateFile) }));
    }
    // Asset hash -> file, from every asset manifest of the folder (nested templates are file assets).
    const byHash = new Map();
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.assets.json'))) {
        const files = readJson(path.join(dir, f)).files ?? {};
        for (const [hash, a] of Object.entries(files)) {
            if (typeof a?.source?.path === 'string')
                byHash.set(hash, path.join(dir, a.source.path));
        }
    }
    const out = [];
    for (const r of roots) {
        const root = { name: r.name, file: r.file, template: readJson(r.file) };
        const templates = [root];
        const queue = [root];
        while (queue.length) {
            const t = queue.shift();
            for (const [id, res] of Object.entries(t.template.Resources ?? {})) {
                if (res.Type !== 'AWS::CloudFormation::Stack')
                    continue;
                const url = JSON.stringify(res.Properties?.TemplateURL ?? '');
                const hash = /([0-9a-f]{64})\.json/.exec(url)?.[1];
                const assetPath = res.Metadata?.['aws:asset:path'];
                const file = hash && byHash.get(hash) ? byHash.get(hash) : typeof assetPath === 'string' ? path.join(dir, assetPath) : undefined;
                if (!file || !fs.existsSync(file)) {
                    throw new model_1.AuditInputError(`${t.file}: nested stack ${id} has no template in ${dir} (TemplateURL ${url}). Fix: audit the whole cloud assembly folder as synthesized`);
                }
                const nested = { name: `${t.name}/${id.replace(/NestedStack.*$/, '')}`, file, template: readJson(file), parent: { template: t, resourceId: id } };
                templates.push(nested);
                queue.push(nested);
            }
        }
        out.push({ root, templates });
    }
    return out;
}
function terraformUnit(file, options) {
    const json = readJson(file);
    const resources = json.resource ?? {};
    const stack = path.basename(path.dirname(file));
    const types = Object.keys(resources);
    if (types.some((t) => t.startsWith('proxmox_'))) {
        const o = {
            datacenterFirewallElsewhere: options.proxmoxDatacenterFirewallElsewhere,
            internalResolvers: options.internalResolvers,
            permitNetwork: options.permitNetwork,
        };
        return (0, proxmox_1.auditProxmox)(json, stack, file, o);
    }
    if (types.some((t) => t.startsWith('kubernetes_')))
        return (0, kubernetes_1.auditKubernetes)(json, stack, file, { permitNetwork: options.permitNetwork });
    throw new model_1.AuditInputError(`${file}: no Kubernetes or Proxmox resources in it; the audit knows kubernetes_* and proxmox_* resources`);
}
/** Audits everything synthesized under a path (folder or file). */
function auditPath(target, options = {}) {
    return (0, model_1.report)(unitsAt(target, options, 0));
}
function unitsAt(target, options, depth) {
    if (!fs.existsSync(target))
        throw new model_1.AuditInputError(`${target}: does not exist. Fix: name a cdk.out assembly, a cdktf.out folder or a stack folder`);
    const cfnOptions = { egress: options.egress, permitNetwork: options.permitNetwork };
    if (fs.statSync(target).isFile()) {
        if (target.endsWith('.tf.json'))
            return [terraformUnit(target, options)];
        if (target.endsWith('.template.json')) {
            return cloudAssemblyTemplates(path.dirname(target), [target]).map((s) => (0, cloudformation_1.auditCloudFormation)(s.root, s.templates, cfnOptions));
        }
        throw new model_1.AuditInputError(`${target}: not a CloudFormation template (*.template.json) or Terraform JSON (cdk.tf.json)`);
    }
    const manifest = path.join(target, 'manifest.json');
    if (fs.existsSync(manifest) && readJson(manifest).artifacts) {
        return cloudAssemblyTemplates(target).map((s) => (0, cloudformation_1.auditCloudFormation)(s.root, s.templates, cfnOptions));
    }
    if (fs.existsSync(path.join(target, 'cdk.tf.json')))
        return [terraformUnit(path.join(target, 'cdk.tf.json'), options)];
    if (fs.existsSync(path.join(target, 'stacks'))) {
        const dirs = fs.readdirSync(path.join(target, 'stacks')).sort().map((d) => path.join(target, 'stacks', d)).filter((d) => fs.existsSync(path.join(d, 'cdk.tf.json')));
        if (dirs.length)
            return dirs.map((d) => terraformUnit(path.join(d, 'cdk.tf.json'), options));
    }
    if (depth === 0) {
        const subs = fs.readdirSync(target).sort().map((d) => path.join(target, d)).filter((d) => fs.statSync(d).isDirectory());
        const units = subs.flatMap((d) => {
            const looksLikeOutput = fs.existsSync(path.join(d, 'manifest.json')) || fs.existsSync(path.join(d, 'cdk.tf.json')) || fs.existsSync(path.join(d, 'stacks'));
            return looksLikeOutput ? unitsAt(d, options, 1) : [];
        });
        if (units.length)
            return units;
    }
    throw new model_1.AuditInputError(`${target}: no synthesized stack in it (no manifest.json of a cloud assembly, no cdk.tf.json, no stacks/*/cdk.tf.json). Fix: run the synth first (rws lab synth, rws permit synth, npm run synth) and name its output folder`);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoibG9hZC5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uL3NyYy93b3Jrc3BhY2VzL2F1ZGl0L2xvYWQudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUF1Q0Esd0RBMENDO0FBb0JELDhCQUVDO0FBdkdEOzs7O0dBSUc7QUFDSCx1Q0FBeUI7QUFDekIsMkNBQTZCO0FBQzdCLHFEQUFxRjtBQUNyRiw2Q0FBK0M7QUFDL0MsbUNBQXVGO0FBQ3ZGLHVDQUE4RDtBQWM5RCxTQUFTLFFBQVEsQ0FBQyxJQUFZO0lBQzVCLElBQUksSUFBWSxDQUFDO0lBQ2pCLElBQUksQ0FBQztRQUNILElBQUksR0FBRyxFQUFFLENBQUMsWUFBWSxDQUFDLElBQUksRUFBRSxNQUFNLENBQUMsQ0FBQztJQUN2QyxDQUFDO0lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztRQUNYLE1BQU0sSUFBSSx1QkFBZSxDQUFDLEdBQUcsSUFBSSxxQkFBc0IsQ0FBVyxDQUFDLE9BQU8sR0FBRyxDQUFDLENBQUM7SUFDakYsQ0FBQztJQUNELElBQUksQ0FBQztRQUNILE9BQU8sSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUMxQixDQUFDO0lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztRQUNYLE1BQU0sSUFBSSx1QkFBZSxDQUFDLEdBQUcsSUFBSSxxQkFBc0IsQ0FBVyxDQUFDLE9BQU8sNEVBQTRFLENBQUMsQ0FBQztJQUMxSixDQUFDO0FBQ0gsQ0FBQztBQUVELG1GQUFtRjtBQUNuRixTQUFnQixzQkFBc0IsQ0FBQyxHQUFXLEVBQUUsU0FBb0I7SUFDdEUsSUFBSSxLQUE0QyxDQUFDO0lBQ2pELElBQUksU0FBUyxFQUFFLENBQUM7UUFDZCxLQUFLLEdBQUcsU0FBUyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLHVCQUF1QixDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsSUFBSSxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsbUJBQW1CLEVBQUUsRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUMzSixDQUFDO1NBQU0sQ0FBQztRQUNOLE1BQU0sUUFBUSxHQUFHLFFBQVEsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsRUFBRSxlQUFlLENBQUMsQ0FBQyxDQUFDO1FBQzNELEtBQUssR0FBRyxNQUFNLENBQUMsT0FBTyxDQUFNLFFBQVEsQ0FBQyxTQUFTLElBQUksRUFBRSxDQUFDO2FBQ2xELE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSywwQkFBMEIsSUFBSSxDQUFDLENBQUMsVUFBVSxFQUFFLFlBQVksQ0FBQzthQUN0RixHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsV0FBVyxJQUFJLEVBQUUsRUFBRSxJQUFJLEVBQUUsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxZQUFZLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUN4RyxDQUFDO0lBQ0Qsa0dBQWtHO0lBQ2xHLE1BQU0sTUFBTSxHQUFHLElBQUksR0FBRyxFQUFrQixDQUFDO0lBQ3pDLEtBQUssTUFBTSxDQUFDLElBQUksRUFBRSxDQUFDLFdBQVcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsY0FBYyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQzlFLE1BQU0sS0FBSyxHQUFHLFFBQVEsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssSUFBSSxFQUFFLENBQUM7UUFDdEQsS0FBSyxNQUFNLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxPQUFPLENBQU0sS0FBSyxDQUFDLEVBQUUsQ0FBQztZQUNuRCxJQUFJLE9BQU8sQ0FBQyxFQUFFLE1BQU0sRUFBRSxJQUFJLEtBQUssUUFBUTtnQkFBRSxNQUFNLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7UUFDM0YsQ0FBQztJQUNILENBQUM7SUFDRCxNQUFNLEdBQUcsR0FBMkQsRUFBRSxDQUFDO0lBQ3ZFLEtBQUssTUFBTSxDQUFDLElBQUksS0FBSyxFQUFFLENBQUM7UUFDdEIsTUFBTSxJQUFJLEdBQWdCLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsUUFBUSxFQUFFLFFBQVEsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztRQUNyRixNQUFNLFNBQVMsR0FBa0IsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUN4QyxNQUFNLEtBQUssR0FBa0IsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUNwQyxPQUFPLEtBQUssQ0FBQyxNQUFNLEVBQUUsQ0FBQztZQUNwQixNQUFNLENBQUMsR0FBRyxLQUFLLENBQUMsS0FBSyxFQUFHLENBQUM7WUFDekIsS0FBSyxNQUFNLENBQUMsRUFBRSxFQUFFLEdBQUcsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxPQUFPLENBQU0sQ0FBQyxDQUFDLFFBQVEsQ0FBQyxTQUFTLElBQUksRUFBRSxDQUFDLEVBQUUsQ0FBQztnQkFDeEUsSUFBSSxHQUFHLENBQUMsSUFBSSxLQUFLLDRCQUE0QjtvQkFBRSxTQUFTO2dCQUN4RCxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsU0FBUyxDQUFDLEdBQUcsQ0FBQyxVQUFVLEVBQUUsV0FBVyxJQUFJLEVBQUUsQ0FBQyxDQUFDO2dCQUM5RCxNQUFNLElBQUksR0FBRyxzQkFBc0IsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztnQkFDbkQsTUFBTSxTQUFTLEdBQUcsR0FBRyxDQUFDLFFBQVEsRUFBRSxDQUFDLGdCQUFnQixDQUFDLENBQUM7Z0JBQ25ELE1BQU0sSUFBSSxHQUFHLElBQUksSUFBSSxNQUFNLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBRSxDQUFDLENBQUMsQ0FBQyxPQUFPLFNBQVMsS0FBSyxRQUFRLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxFQUFFLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7Z0JBQ2xJLElBQUksQ0FBQyxJQUFJLElBQUksQ0FBQyxFQUFFLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7b0JBQ2xDLE1BQU0sSUFBSSx1QkFBZSxDQUFDLEdBQUcsQ0FBQyxDQUFDLElBQUksa0JBQWtCLEVBQUUsdUJBQXVCLEdBQUcsaUJBQWlCLEdBQUcsOERBQThELENBQUMsQ0FBQztnQkFDdkssQ0FBQztnQkFDRCxNQUFNLE1BQU0sR0FBZ0IsRUFBRSxJQUFJLEVBQUUsR0FBRyxDQUFDLENBQUMsSUFBSSxJQUFJLEVBQUUsQ0FBQyxPQUFPLENBQUMsZ0JBQWdCLEVBQUUsRUFBRSxDQUFDLEVBQUUsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxNQUFNLEVBQUUsRUFBRSxRQUFRLEVBQUUsQ0FBQyxFQUFFLFVBQVUsRUFBRSxFQUFFLEVBQUUsRUFBRSxDQUFDO2dCQUMvSixTQUFTLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDO2dCQUN2QixLQUFLLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDO1lBQ3JCLENBQUM7UUFDSCxDQUFDO1FBQ0QsR0FBRyxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxTQUFTLEVBQUUsQ0FBQyxDQUFDO0lBQ2hDLENBQUM7SUFDRCxPQUFPLEdBQUcsQ0FBQztBQUNiLENBQUM7QUFFRCxTQUFTLGFBQWEsQ0FBQyxJQUFZLEVBQUUsT0FBcUI7SUFDeEQsTUFBTSxJQUFJLEdBQUcsUUFBUSxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQzVCLE1BQU0sU0FBUyxHQUFHLElBQUksQ0FBQyxRQUFRLElBQUksRUFBRSxDQUFDO0lBQ3RDLE1BQU0sS0FBSyxHQUFHLElBQUksQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO0lBQ2hELE1BQU0sS0FBSyxHQUFHLE1BQU0sQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDLENBQUM7SUFDckMsSUFBSSxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLFVBQVUsQ0FBQyxDQUFDLEVBQUUsQ0FBQztRQUNoRCxNQUFNLENBQUMsR0FBd0I7WUFDN0IsMkJBQTJCLEVBQUUsT0FBTyxDQUFDLGtDQUFrQztZQUN2RSxpQkFBaUIsRUFBRSxPQUFPLENBQUMsaUJBQWlCO1lBQzVDLGFBQWEsRUFBRSxPQUFPLENBQUMsYUFBYTtTQUNyQyxDQUFDO1FBQ0YsT0FBTyxJQUFBLHNCQUFZLEVBQUMsSUFBSSxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDNUMsQ0FBQztJQUNELElBQUksS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxhQUFhLENBQUMsQ0FBQztRQUFFLE9BQU8sSUFBQSw0QkFBZSxFQUFDLElBQUksRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLEVBQUUsYUFBYSxFQUFFLE9BQU8sQ0FBQyxhQUFhLEVBQUUsQ0FBQyxDQUFDO0lBQ3hJLE1BQU0sSUFBSSx1QkFBZSxDQUFDLEdBQUcsSUFBSSxrR0FBa0csQ0FBQyxDQUFDO0FBQ3ZJLENBQUM7QUFFRCxtRUFBbUU7QUFDbkUsU0FBZ0IsU0FBUyxDQUFDLE1BQWMsRUFBRSxVQUF3QixFQUFFO0lBQ2xFLE9BQU8sSUFBQSxjQUFNLEVBQUMsT0FBTyxDQUFDLE1BQU0sRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUM3QyxDQUFDO0FBRUQsU0FBUyxPQUFPLENBQUMsTUFBYyxFQUFFLE9BQXFCLEVBQUUsS0FBYTtJQUNuRSxJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxNQUFNLENBQUM7UUFBRSxNQUFNLElBQUksdUJBQWUsQ0FBQyxHQUFHLE1BQU0sc0ZBQXNGLENBQUMsQ0FBQztJQUN2SixNQUFNLFVBQVUsR0FBb0IsRUFBRSxNQUFNLEVBQUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxhQUFhLEVBQUUsT0FBTyxDQUFDLGFBQWEsRUFBRSxDQUFDO0lBQ3JHLElBQUksRUFBRSxDQUFDLFFBQVEsQ0FBQyxNQUFNLENBQUMsQ0FBQyxNQUFNLEVBQUUsRUFBRSxDQUFDO1FBQ2pDLElBQUksTUFBTSxDQUFDLFFBQVEsQ0FBQyxVQUFVLENBQUM7WUFBRSxPQUFPLENBQUMsYUFBYSxDQUFDLE1BQU0sRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDO1FBQ3pFLElBQUksTUFBTSxDQUFDLFFBQVEsQ0FBQyxnQkFBZ0IsQ0FBQyxFQUFFLENBQUM7WUFDdEMsT0FBTyxzQkFBc0IsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUEsb0NBQW1CLEVBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsU0FBUyxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUM7UUFDakksQ0FBQztRQUNELE1BQU0sSUFBSSx1QkFBZSxDQUFDLEdBQUcsTUFBTSxtRkFBbUYsQ0FBQyxDQUFDO0lBQzFILENBQUM7SUFDRCxNQUFNLFFBQVEsR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLE1BQU0sRUFBRSxlQUFlLENBQUMsQ0FBQztJQUNwRCxJQUFJLEVBQUUsQ0FBQyxVQUFVLENBQUMsUUFBUSxDQUFDLElBQUksUUFBUSxDQUFDLFFBQVEsQ0FBQyxDQUFDLFNBQVMsRUFBRSxDQUFDO1FBQzVELE9BQU8sc0JBQXNCLENBQUMsTUFBTSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFBLG9DQUFtQixFQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLFNBQVMsRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDO0lBQ3pHLENBQUM7SUFDRCxJQUFJLEVBQUUsQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxNQUFNLEVBQUUsYUFBYSxDQUFDLENBQUM7UUFBRSxPQUFPLENBQUMsYUFBYSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsTUFBTSxFQUFFLGFBQWEsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUM7SUFDdkgsSUFBSSxFQUFFLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsTUFBTSxFQUFFLFFBQVEsQ0FBQyxDQUFDLEVBQUUsQ0FBQztRQUMvQyxNQUFNLElBQUksR0FBRyxFQUFFLENBQUMsV0FBVyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsTUFBTSxFQUFFLFFBQVEsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEVBQUUsQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLEVBQUUsYUFBYSxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3JLLElBQUksSUFBSSxDQUFDLE1BQU07WUFBRSxPQUFPLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLGFBQWEsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsRUFBRSxhQUFhLENBQUMsRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDO0lBQy9GLENBQUM7SUFDRCxJQUFJLEtBQUssS0FBSyxDQUFDLEVBQUUsQ0FBQztRQUNoQixNQUFNLElBQUksR0FBRyxFQUFFLENBQUMsV0FBVyxDQUFDLE1BQU0sQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEVBQUUsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQztRQUN4SCxNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUU7WUFDL0IsTUFBTSxlQUFlLEdBQUcsRUFBRSxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsRUFBRSxlQUFlLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLEVBQUUsYUFBYSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxFQUFFLFFBQVEsQ0FBQyxDQUFDLENBQUM7WUFDNUosT0FBTyxlQUFlLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDdkQsQ0FBQyxDQUFDLENBQUM7UUFDSCxJQUFJLEtBQUssQ0FBQyxNQUFNO1lBQUUsT0FBTyxLQUFLLENBQUM7SUFDakMsQ0FBQztJQUNELE1BQU0sSUFBSSx1QkFBZSxDQUFDLEdBQUcsTUFBTSxvTkFBb04sQ0FBQyxDQUFDO0FBQzNQLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFJlYWRzIHN5bnRoZXNpemVkIG91dHB1dCBmb3IgdGhlIGVncmVzcyBhdWRpdDogYSBjbG91ZCBhc3NlbWJseSAoYGNkay5vdXRgLCB0ZW1wbGF0ZXMgYW5kXG4gKiB0aGVpciBuZXN0ZWQgdGVtcGxhdGVzKSwgYSBjZGt0ZiBvdXRwdXQgZm9sZGVyIChgY2RrdGYub3V0YCwgYHN0YWNrcy88bmFtZT4vY2RrLnRmLmpzb25gKSwgb25lXG4gKiBzdGFjayBmb2xkZXIsIG9yIG9uZSB0ZW1wbGF0ZSBmaWxlOyBmb2xkZXJzIGhvbGRpbmcgc2V2ZXJhbCBvZiB0aGVzZSBhcmUgcmVhZCBvbmUgbGV2ZWwgZGVlcC5cbiAqL1xuaW1wb3J0ICogYXMgZnMgZnJvbSAnZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdwYXRoJztcbmltcG9ydCB7IGF1ZGl0Q2xvdWRGb3JtYXRpb24sIENmbkF1ZGl0T3B0aW9ucywgQ2ZuVGVtcGxhdGUgfSBmcm9tICcuL2Nsb3VkZm9ybWF0aW9uJztcbmltcG9ydCB7IGF1ZGl0S3ViZXJuZXRlcyB9IGZyb20gJy4va3ViZXJuZXRlcyc7XG5pbXBvcnQgeyBBdWRpdGVkVW5pdCwgQXVkaXRJbnB1dEVycm9yLCBBdWRpdE1vZGUsIEF1ZGl0UmVwb3J0LCByZXBvcnQgfSBmcm9tICcuL21vZGVsJztcbmltcG9ydCB7IGF1ZGl0UHJveG1veCwgUHJveG1veEF1ZGl0T3B0aW9ucyB9IGZyb20gJy4vcHJveG1veCc7XG5cbi8qKiBPcHRpb25zIG9mIGFuIGF1ZGl0IG9mIGEgZm9sZGVyLiAqL1xuZXhwb3J0IGludGVyZmFjZSBBdWRpdE9wdGlvbnMge1xuICAvKiogRWdyZXNzIG9mIEFXUyBsYWIgdGVtcGxhdGVzIHRoYXQgZG8gbm90IHJlY29yZCBpdC4gKi9cbiAgcmVhZG9ubHkgZWdyZXNzPzogQXVkaXRNb2RlO1xuICAvKiogTmV0d29yayBvZiBhIHBlcm1pdCByb2xlIGluIGEgc3RhdHVzICh0aGUgcGVybWl0IGxpZmVjeWNsZSdzKS4gKi9cbiAgcmVhZG9ubHkgcGVybWl0TmV0d29yaz86IChzdGF0dXM6IHN0cmluZywgcm9sZTogc3RyaW5nKSA9PiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIC8qKiBQcm94bW94OiB0aGUgZGF0YWNlbnRlciBmaXJld2FsbCBpcyBrZXB0IG9uIG91dHNpZGUgdGhpcyBvdXRwdXQuICovXG4gIHJlYWRvbmx5IHByb3htb3hEYXRhY2VudGVyRmlyZXdhbGxFbHNld2hlcmU/OiBib29sZWFuO1xuICAvKiogUHJveG1veDogcmVzb2x2ZXJzIHN0YXRlZCB0byBhbnN3ZXIgaW50ZXJuYWwgbmFtZXMgb25seS4gKi9cbiAgcmVhZG9ubHkgaW50ZXJuYWxSZXNvbHZlcnM/OiBzdHJpbmdbXTtcbn1cblxuZnVuY3Rpb24gcmVhZEpzb24oZmlsZTogc3RyaW5nKTogYW55IHtcbiAgbGV0IHRleHQ6IHN0cmluZztcbiAgdHJ5IHtcbiAgICB0ZXh0ID0gZnMucmVhZEZpbGVTeW5jKGZpbGUsICd1dGY4Jyk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICB0aHJvdyBuZXcgQXVkaXRJbnB1dEVycm9yKGAke2ZpbGV9OiBjYW5ub3QgcmVhZCBpdCAoJHsoZSBhcyBFcnJvcikubWVzc2FnZX0pYCk7XG4gIH1cbiAgdHJ5IHtcbiAgICByZXR1cm4gSlNPTi5wYXJzZSh0ZXh0KTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIHRocm93IG5ldyBBdWRpdElucHV0RXJyb3IoYCR7ZmlsZX06IG5vdCB2YWxpZCBKU09OICgkeyhlIGFzIEVycm9yKS5tZXNzYWdlfSkuIEZpeDogcG9pbnQgYXQgc3ludGhlc2l6ZWQgb3V0cHV0IChjZGsub3V0LCBjZGt0Zi5vdXQgb3IgYSBzdGFjayBmb2xkZXIpYCk7XG4gIH1cbn1cblxuLyoqIFRoZSB0ZW1wbGF0ZXMgb2YgYSBjbG91ZCBhc3NlbWJseSBmb2xkZXIsIGFzIHN0YWNrIHRyZWVzIChyb290IHBsdXMgbmVzdGVkKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjbG91ZEFzc2VtYmx5VGVtcGxhdGVzKGRpcjogc3RyaW5nLCByb290RmlsZXM/OiBzdHJpbmdbXSk6IEFycmF5PHsgcm9vdDogQ2ZuVGVtcGxhdGU7IHRlbXBsYXRlczogQ2ZuVGVtcGxhdGVbXSB9PiB7XG4gIGxldCByb290czogQXJyYXk8eyBuYW1lOiBzdHJpbmc7IGZpbGU6IHN0cmluZyB9PjtcbiAgaWYgKHJvb3RGaWxlcykge1xuICAgIHJvb3RzID0gcm9vdEZpbGVzLmZpbHRlcigoZikgPT4gIWYuZW5kc1dpdGgoJy5uZXN0ZWQudGVtcGxhdGUuanNvbicpKS5tYXAoKGYpID0+ICh7IG5hbWU6IHBhdGguYmFzZW5hbWUoZikucmVwbGFjZSgvXFwudGVtcGxhdGVcXC5qc29uJC8sICcnKSwgZmlsZTogZiB9KSk7XG4gIH0gZWxzZSB7XG4gICAgY29uc3QgbWFuaWZlc3QgPSByZWFkSnNvbihwYXRoLmpvaW4oZGlyLCAnbWFuaWZlc3QuanNvbicpKTtcbiAgICByb290cyA9IE9iamVjdC5lbnRyaWVzPGFueT4obWFuaWZlc3QuYXJ0aWZhY3RzID8/IHt9KVxuICAgICAgLmZpbHRlcigoWywgYV0pID0+IGEudHlwZSA9PT0gJ2F3czpjbG91ZGZvcm1hdGlvbjpzdGFjaycgJiYgYS5wcm9wZXJ0aWVzPy50ZW1wbGF0ZUZpbGUpXG4gICAgICAubWFwKChbaWQsIGFdKSA9PiAoeyBuYW1lOiBhLmRpc3BsYXlOYW1lID8/IGlkLCBmaWxlOiBwYXRoLmpvaW4oZGlyLCBhLnByb3BlcnRpZXMudGVtcGxhdGVGaWxlKSB9KSk7XG4gIH1cbiAgLy8gQXNzZXQgaGFzaCAtPiBmaWxlLCBmcm9tIGV2ZXJ5IGFzc2V0IG1hbmlmZXN0IG9mIHRoZSBmb2xkZXIgKG5lc3RlZCB0ZW1wbGF0ZXMgYXJlIGZpbGUgYXNzZXRzKS5cbiAgY29uc3QgYnlIYXNoID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZz4oKTtcbiAgZm9yIChjb25zdCBmIG9mIGZzLnJlYWRkaXJTeW5jKGRpcikuZmlsdGVyKCh4KSA9PiB4LmVuZHNXaXRoKCcuYXNzZXRzLmpzb24nKSkpIHtcbiAgICBjb25zdCBmaWxlcyA9IHJlYWRKc29uKHBhdGguam9pbihkaXIsIGYpKS5maWxlcyA/PyB7fTtcbiAgICBmb3IgKGNvbnN0IFtoYXNoLCBhXSBvZiBPYmplY3QuZW50cmllczxhbnk+KGZpbGVzKSkge1xuICAgICAgaWYgKHR5cGVvZiBhPy5zb3VyY2U/LnBhdGggPT09ICdzdHJpbmcnKSBieUhhc2guc2V0KGhhc2gsIHBhdGguam9pbihkaXIsIGEuc291cmNlLnBhdGgpKTtcbiAgICB9XG4gIH1cbiAgY29uc3Qgb3V0OiBBcnJheTx7IHJvb3Q6IENmblRlbXBsYXRlOyB0ZW1wbGF0ZXM6IENmblRlbXBsYXRlW10gfT4gPSBbXTtcbiAgZm9yIChjb25zdCByIG9mIHJvb3RzKSB7XG4gICAgY29uc3Qgcm9vdDogQ2ZuVGVtcGxhdGUgPSB7IG5hbWU6IHIubmFtZSwgZmlsZTogci5maWxlLCB0ZW1wbGF0ZTogcmVhZEpzb24oci5maWxlKSB9O1xuICAgIGNvbnN0IHRlbXBsYXRlczogQ2ZuVGVtcGxhdGVbXSA9IFtyb290XTtcbiAgICBjb25zdCBxdWV1ZTogQ2ZuVGVtcGxhdGVbXSA9IFtyb290XTtcbiAgICB3aGlsZSAocXVldWUubGVuZ3RoKSB7XG4gICAgICBjb25zdCB0ID0gcXVldWUuc2hpZnQoKSE7XG4gICAgICBmb3IgKGNvbnN0IFtpZCwgcmVzXSBvZiBPYmplY3QuZW50cmllczxhbnk+KHQudGVtcGxhdGUuUmVzb3VyY2VzID8/IHt9KSkge1xuICAgICAgICBpZiAocmVzLlR5cGUgIT09ICdBV1M6OkNsb3VkRm9ybWF0aW9uOjpTdGFjaycpIGNvbnRpbnVlO1xuICAgICAgICBjb25zdCB1cmwgPSBKU09OLnN0cmluZ2lmeShyZXMuUHJvcGVydGllcz8uVGVtcGxhdGVVUkwgPz8gJycpO1xuICAgICAgICBjb25zdCBoYXNoID0gLyhbMC05YS1mXXs2NH0pXFwuanNvbi8uZXhlYyh1cmwpPy5bMV07XG4gICAgICAgIGNvbnN0IGFzc2V0UGF0aCA9IHJlcy5NZXRhZGF0YT8uWydhd3M6YXNzZXQ6cGF0aCddO1xuICAgICAgICBjb25zdCBmaWxlID0gaGFzaCAmJiBieUhhc2guZ2V0KGhhc2gpID8gYnlIYXNoLmdldChoYXNoKSEgOiB0eXBlb2YgYXNzZXRQYXRoID09PSAnc3RyaW5nJyA/IHBhdGguam9pbihkaXIsIGFzc2V0UGF0aCkgOiB1bmRlZmluZWQ7XG4gICAgICAgIGlmICghZmlsZSB8fCAhZnMuZXhpc3RzU3luYyhmaWxlKSkge1xuICAgICAgICAgIHRocm93IG5ldyBBdWRpdElucHV0RXJyb3IoYCR7dC5maWxlfTogbmVzdGVkIHN0YWNrICR7aWR9IGhhcyBubyB0ZW1wbGF0ZSBpbiAke2Rpcn0gKFRlbXBsYXRlVVJMICR7dXJsfSkuIEZpeDogYXVkaXQgdGhlIHdob2xlIGNsb3VkIGFzc2VtYmx5IGZvbGRlciBhcyBzeW50aGVzaXplZGApO1xuICAgICAgICB9XG4gICAgICAgIGNvbnN0IG5lc3RlZDogQ2ZuVGVtcGxhdGUgPSB7IG5hbWU6IGAke3QubmFtZX0vJHtpZC5yZXBsYWNlKC9OZXN0ZWRTdGFjay4qJC8sICcnKX1gLCBmaWxlLCB0ZW1wbGF0ZTogcmVhZEpzb24oZmlsZSksIHBhcmVudDogeyB0ZW1wbGF0ZTogdCwgcmVzb3VyY2VJZDogaWQgfSB9O1xuICAgICAgICB0ZW1wbGF0ZXMucHVzaChuZXN0ZWQpO1xuICAgICAgICBxdWV1ZS5wdXNoKG5lc3RlZCk7XG4gICAgICB9XG4gICAgfVxuICAgIG91dC5wdXNoKHsgcm9vdCwgdGVtcGxhdGVzIH0pO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIHRlcnJhZm9ybVVuaXQoZmlsZTogc3RyaW5nLCBvcHRpb25zOiBBdWRpdE9wdGlvbnMpOiBBdWRpdGVkVW5pdCB7XG4gIGNvbnN0IGpzb24gPSByZWFkSnNvbihmaWxlKTtcbiAgY29uc3QgcmVzb3VyY2VzID0ganNvbi5yZXNvdXJjZSA/PyB7fTtcbiAgY29uc3Qgc3RhY2sgPSBwYXRoLmJhc2VuYW1lKHBhdGguZGlybmFtZShmaWxlKSk7XG4gIGNvbnN0IHR5cGVzID0gT2JqZWN0LmtleXMocmVzb3VyY2VzKTtcbiAgaWYgKHR5cGVzLnNvbWUoKHQpID0+IHQuc3RhcnRzV2l0aCgncHJveG1veF8nKSkpIHtcbiAgICBjb25zdCBvOiBQcm94bW94QXVkaXRPcHRpb25zID0ge1xuICAgICAgZGF0YWNlbnRlckZpcmV3YWxsRWxzZXdoZXJlOiBvcHRpb25zLnByb3htb3hEYXRhY2VudGVyRmlyZXdhbGxFbHNld2hlcmUsXG4gICAgICBpbnRlcm5hbFJlc29sdmVyczogb3B0aW9ucy5pbnRlcm5hbFJlc29sdmVycyxcbiAgICAgIHBlcm1pdE5ldHdvcms6IG9wdGlvbnMucGVybWl0TmV0d29yayxcbiAgICB9O1xuICAgIHJldHVybiBhdWRpdFByb3htb3goanNvbiwgc3RhY2ssIGZpbGUsIG8pO1xuICB9XG4gIGlmICh0eXBlcy5zb21lKCh0KSA9PiB0LnN0YXJ0c1dpdGgoJ2t1YmVybmV0ZXNfJykpKSByZXR1cm4gYXVkaXRLdWJlcm5ldGVzKGpzb24sIHN0YWNrLCBmaWxlLCB7IHBlcm1pdE5ldHdvcms6IG9wdGlvbnMucGVybWl0TmV0d29yayB9KTtcbiAgdGhyb3cgbmV3IEF1ZGl0SW5wdXRFcnJvcihgJHtmaWxlfTogbm8gS3ViZXJuZXRlcyBvciBQcm94bW94IHJlc291cmNlcyBpbiBpdDsgdGhlIGF1ZGl0IGtub3dzIGt1YmVybmV0ZXNfKiBhbmQgcHJveG1veF8qIHJlc291cmNlc2ApO1xufVxuXG4vKiogQXVkaXRzIGV2ZXJ5dGhpbmcgc3ludGhlc2l6ZWQgdW5kZXIgYSBwYXRoIChmb2xkZXIgb3IgZmlsZSkuICovXG5leHBvcnQgZnVuY3Rpb24gYXVkaXRQYXRoKHRhcmdldDogc3RyaW5nLCBvcHRpb25zOiBBdWRpdE9wdGlvbnMgPSB7fSk6IEF1ZGl0UmVwb3J0IHtcbiAgcmV0dXJuIHJlcG9ydCh1bml0c0F0KHRhcmdldCwgb3B0aW9ucywgMCkpO1xufVxuXG5mdW5jdGlvbiB1bml0c0F0KHRhcmdldDogc3RyaW5nLCBvcHRpb25zOiBBdWRpdE9wdGlvbnMsIGRlcHRoOiBudW1iZXIpOiBBdWRpdGVkVW5pdFtdIHtcbiAgaWYgKCFmcy5leGlzdHNTeW5jKHRhcmdldCkpIHRocm93IG5ldyBBdWRpdElucHV0RXJyb3IoYCR7dGFyZ2V0fTogZG9lcyBub3QgZXhpc3QuIEZpeDogbmFtZSBhIGNkay5vdXQgYXNzZW1ibHksIGEgY2RrdGYub3V0IGZvbGRlciBvciBhIHN0YWNrIGZvbGRlcmApO1xuICBjb25zdCBjZm5PcHRpb25zOiBDZm5BdWRpdE9wdGlvbnMgPSB7IGVncmVzczogb3B0aW9ucy5lZ3Jlc3MsIHBlcm1pdE5ldHdvcms6IG9wdGlvbnMucGVybWl0TmV0d29yayB9O1xuICBpZiAoZnMuc3RhdFN5bmModGFyZ2V0KS5pc0ZpbGUoKSkge1xuICAgIGlmICh0YXJnZXQuZW5kc1dpdGgoJy50Zi5qc29uJykpIHJldHVybiBbdGVycmFmb3JtVW5pdCh0YXJnZXQsIG9wdGlvbnMpXTtcbiAgICBpZiAodGFyZ2V0LmVuZHNXaXRoKCcudGVtcGxhdGUuanNvbicpKSB7XG4gICAgICByZXR1cm4gY2xvdWRBc3NlbWJseVRlbXBsYXRlcyhwYXRoLmRpcm5hbWUodGFyZ2V0KSwgW3RhcmdldF0pLm1hcCgocykgPT4gYXVkaXRDbG91ZEZvcm1hdGlvbihzLnJvb3QsIHMudGVtcGxhdGVzLCBjZm5PcHRpb25zKSk7XG4gICAgfVxuICAgIHRocm93IG5ldyBBdWRpdElucHV0RXJyb3IoYCR7dGFyZ2V0fTogbm90IGEgQ2xvdWRGb3JtYXRpb24gdGVtcGxhdGUgKCoudGVtcGxhdGUuanNvbikgb3IgVGVycmFmb3JtIEpTT04gKGNkay50Zi5qc29uKWApO1xuICB9XG4gIGNvbnN0IG1hbmlmZXN0ID0gcGF0aC5qb2luKHRhcmdldCwgJ21hbmlmZXN0Lmpzb24nKTtcbiAgaWYgKGZzLmV4aXN0c1N5bmMobWFuaWZlc3QpICYmIHJlYWRKc29uKG1hbmlmZXN0KS5hcnRpZmFjdHMpIHtcbiAgICByZXR1cm4gY2xvdWRBc3NlbWJseVRlbXBsYXRlcyh0YXJnZXQpLm1hcCgocykgPT4gYXVkaXRDbG91ZEZvcm1hdGlvbihzLnJvb3QsIHMudGVtcGxhdGVzLCBjZm5PcHRpb25zKSk7XG4gIH1cbiAgaWYgKGZzLmV4aXN0c1N5bmMocGF0aC5qb2luKHRhcmdldCwgJ2Nkay50Zi5qc29uJykpKSByZXR1cm4gW3RlcnJhZm9ybVVuaXQocGF0aC5qb2luKHRhcmdldCwgJ2Nkay50Zi5qc29uJyksIG9wdGlvbnMpXTtcbiAgaWYgKGZzLmV4aXN0c1N5bmMocGF0aC5qb2luKHRhcmdldCwgJ3N0YWNrcycpKSkge1xuICAgIGNvbnN0IGRpcnMgPSBmcy5yZWFkZGlyU3luYyhwYXRoLmpvaW4odGFyZ2V0LCAnc3RhY2tzJykpLnNvcnQoKS5tYXAoKGQpID0+IHBhdGguam9pbih0YXJnZXQsICdzdGFja3MnLCBkKSkuZmlsdGVyKChkKSA9PiBmcy5leGlzdHNTeW5jKHBhdGguam9pbihkLCAnY2RrLnRmLmpzb24nKSkpO1xuICAgIGlmIChkaXJzLmxlbmd0aCkgcmV0dXJuIGRpcnMubWFwKChkKSA9PiB0ZXJyYWZvcm1Vbml0KHBhdGguam9pbihkLCAnY2RrLnRmLmpzb24nKSwgb3B0aW9ucykpO1xuICB9XG4gIGlmIChkZXB0aCA9PT0gMCkge1xuICAgIGNvbnN0IHN1YnMgPSBmcy5yZWFkZGlyU3luYyh0YXJnZXQpLnNvcnQoKS5tYXAoKGQpID0+IHBhdGguam9pbih0YXJnZXQsIGQpKS5maWx0ZXIoKGQpID0+IGZzLnN0YXRTeW5jKGQpLmlzRGlyZWN0b3J5KCkpO1xuICAgIGNvbnN0IHVuaXRzID0gc3Vicy5mbGF0TWFwKChkKSA9PiB7XG4gICAgICBjb25zdCBsb29rc0xpa2VPdXRwdXQgPSBmcy5leGlzdHNTeW5jKHBhdGguam9pbihkLCAnbWFuaWZlc3QuanNvbicpKSB8fCBmcy5leGlzdHNTeW5jKHBhdGguam9pbihkLCAnY2RrLnRmLmpzb24nKSkgfHwgZnMuZXhpc3RzU3luYyhwYXRoLmpvaW4oZCwgJ3N0YWNrcycpKTtcbiAgICAgIHJldHVybiBsb29rc0xpa2VPdXRwdXQgPyB1bml0c0F0KGQsIG9wdGlvbnMsIDEpIDogW107XG4gICAgfSk7XG4gICAgaWYgKHVuaXRzLmxlbmd0aCkgcmV0dXJuIHVuaXRzO1xuICB9XG4gIHRocm93IG5ldyBBdWRpdElucHV0RXJyb3IoYCR7dGFyZ2V0fTogbm8gc3ludGhlc2l6ZWQgc3RhY2sgaW4gaXQgKG5vIG1hbmlmZXN0Lmpzb24gb2YgYSBjbG91ZCBhc3NlbWJseSwgbm8gY2RrLnRmLmpzb24sIG5vIHN0YWNrcy8qL2Nkay50Zi5qc29uKS4gRml4OiBydW4gdGhlIHN5bnRoIGZpcnN0IChyd3MgbGFiIHN5bnRoLCByd3MgcGVybWl0IHN5bnRoLCBucG0gcnVuIHN5bnRoKSBhbmQgbmFtZSBpdHMgb3V0cHV0IGZvbGRlcmApO1xufVxuIl19