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
exports.LAB_BACKENDS = void 0;
exports.labBackend = labBackend;
exports.loadLab = loadLab;
exports.locateLabError = locateLabError;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const command_1 = require("./command");
const locate_1 = require("./locate");
const sources_1 = require("./sources");
const names_1 = require("../constructs/kubernetes/private/names");
const catalog_1 = require("../workspaces/catalog");
const policy_1 = require("../workspaces/policy");
const pricing_1 = require("../workspaces/pricing");
const cloud_images_1 = require("../workspaces/private/cloud-images");
const error_1 = require("../workspaces/private/error");
const web_services_1 = require("../workspaces/private/web-services");
const yaml_source_1 = require("../workspaces/private/yaml-source");
const sizes_1 = require("../workspaces/sizes");
const sizing_1 = require("../workspaces/sizing");
const studio_1 = require("../workspaces/studio");
const users_1 = require("../workspaces/users");
/**
 * A lab file read into one backend-neutral picture: what `rws lab cost`, `rws lab diagram` and
 * the summary of `rws lab synth` show. The AWS file is `LabStack`'s lab.yaml (read by
 * `LabStack.loadDefinition`); the Proxmox file is read by `readProxmoxLabFile`, the Kubernetes
 * file by `readKubernetesLabFile`. The readers (and so aws-cdk-lib and cdktf) are loaded only
 * when a command needs them.
 */
/** Backends a lab file can be for. */
exports.LAB_BACKENDS = ['aws', 'kubernetes', 'proxmox'];
/** Interface endpoints LabNetwork creates (src/constructs/aws/lab-network.ts), and the S3 gateway endpoint. */
const AWS_ENDPOINTS = ['ssm', 'ssmmessages', 'ec2messages', 'ec2', 'elasticfilesystem', 'logs', 'secretsmanager', 'kms', 's3 (gateway)'];
/** The package proxy KubernetesLabStack runs in the lab's namespace (name and port). */
const KUBERNETES_PROXY = names_1.LAB_PROXY;
/** Where LabStack mounts EFS and what SharedEfs creates on it. */
const MOUNT_POINT = '/shared';
/** Top-level keys only an AWS lab.yaml has. */
const AWS_ONLY_KEYS = ['aws', 'region', 'vpc', 'web', 'workspace_stacks', 'registry_storage', 'budget_emails'];
/**
 * The backend of a lab file: `--backend` when given, else the backend whose section the file has
 * (`kubernetes:`; `proxmox:`, or `cluster:` in lab files written before the sections; `aws:`),
 * else `aws`. A backend that does not fit the file is an error that says so.
 */
function labBackend(file, given, commandName) {
    if (given !== undefined && !exports.LAB_BACKENDS.includes(given.toLowerCase())) {
        throw new command_1.UsageError(`unknown backend "${given}" for --backend; use one of ${exports.LAB_BACKENDS.join(', ')}`, commandName);
    }
    const source = yaml_source_1.YamlSource.fromFile(file, 'lab');
    const data = source.data;
    const mapping = !!data && typeof data === 'object' && !Array.isArray(data);
    // A backend's section (aws:, kubernetes:, proxmox:) names it; cluster: is the Proxmox section's key in lab files written before the sections.
    const proxmoxKey = mapping ? ['proxmox', 'cluster'].find((k) => k in data) : undefined;
    const looksProxmox = proxmoxKey !== undefined;
    const looksKubernetes = mapping && 'kubernetes' in data;
    const at = (key) => {
        const l = source.locate([key], true);
        return `${l.file}:${l.line}:${l.column}`;
    };
    if (given === undefined && looksProxmox && looksKubernetes) {
        throw new command_1.CliInputError(`${at('kubernetes')}: the file has both ${proxmoxKey}: (Proxmox) and kubernetes: (Kubernetes). Fix: keep the section of the backend the lab runs on, or name it with --backend`);
    }
    if (given === undefined && mapping && 'aws' in data && (looksProxmox || looksKubernetes)) {
        throw new command_1.CliInputError(`${at('aws')}: the file has both aws: and ${looksKubernetes ? 'kubernetes' : proxmoxKey}: sections. Fix: keep the section of the backend the lab runs on, or name it with --backend`);
    }
    const backend = given?.toLowerCase() ?? (looksKubernetes ? 'kubernetes' : looksProxmox ? 'proxmox' : 'aws');
    if (backend !== 'proxmox' && looksProxmox && !looksKubernetes) {
        throw new command_1.CliInputError(`${at(proxmoxKey)}: this is a Proxmox lab file (it has ${proxmoxKey}:), not ${backend === 'aws' ? 'an AWS lab.yaml' : 'a Kubernetes lab file'}. Fix: use --backend proxmox, or leave --backend out`);
    }
    if (backend !== 'kubernetes' && looksKubernetes) {
        throw new command_1.CliInputError(`${at('kubernetes')}: this is a Kubernetes lab file (it has kubernetes:), not ${backend === 'aws' ? 'an AWS lab.yaml' : 'a Proxmox lab file'}. Fix: use --backend kubernetes, or leave --backend out`);
    }
    if (backend === 'proxmox' && !looksProxmox && mapping) {
        throw new command_1.CliInputError(`${file}: a Proxmox lab file needs cluster: (nodes, datastores; at the top or in its proxmox: section), which this file does not have; it looks like an AWS lab.yaml. `
            + 'Fix: use --backend aws, or write a Proxmox lab file (name, cluster, workspaces with node:; see docs/cli.md)');
    }
    const awsKey = mapping ? AWS_ONLY_KEYS.find((k) => k in data) : undefined;
    if (backend === 'kubernetes' && !looksKubernetes && awsKey !== undefined) {
        throw new command_1.CliInputError(`${at(awsKey)}: this looks like an AWS lab.yaml (it has ${awsKey}:), not a Kubernetes lab file. `
            + 'Fix: use --backend aws, or write a Kubernetes lab file (name, kubernetes, workspaces; see docs/cli.md)');
    }
    return { backend, source };
}
/** Idle-stop minutes of a workspace (as ResearchWorkspace decides them), or undefined when off. */
function idleMinutes(t, hibernation) {
    const idle = t.definition.idleDetection;
    if (idle?.enabled === false)
        return undefined;
    const minutes = hibernation ? idle?.hibernateThresholdMinutes ?? idle?.idleThresholdMinutes : idle?.idleThresholdMinutes;
    return minutes ?? 30;
}
/** The services LabStack publishes behind the web gateway. */
function webServices(t) {
    return (0, web_services_1.webServicesOf)(t.definition).map((s) => s.name);
}
/** The fields every backend's workspace view takes from the request, the template and the sizing. */
function commonView(w, template, sizing) {
    return {
        name: w.name,
        template: template.slug,
        templateName: template.name,
        connection: template.connectionType,
        size: sizing.size,
        architecture: sizing.architecture,
        instanceType: sizing.instanceType,
        vcpus: sizing.vcpus,
        memoryMiB: sizing.memoryMiB,
        gpus: sizing.gpus,
        hourlyCost: sizing.hourlyCost,
        costSource: sizing.costSource,
        owner: w.owner,
        project: w.project,
        accounts: w.users ?? 'all',
    };
}
/** Resolves and sizes a workspace; problems are collected with the lab file's lines. */
function sizeWorkspace(src, catalog, i, w, problems) {
    const at = (...p) => src.locate(['workspaces', i, ...p]);
    let template;
    try {
        template = catalog.resolve(w.template, w.parameters);
    }
    catch (e) {
        if (!error_1.WorkspaceInputError.isWorkspaceInputError(e))
            throw e;
        for (const d of e.diagnostics) {
            problems.push(d.location?.file && d.code !== 'unknown-template' ? d
                : { ...d, field: `workspaces[${i}].template`, message: `workspace "${w.name}": ${d.message}`, location: at('template') });
        }
        return undefined;
    }
    try {
        return { template, sizing: sizing_1.WorkspaceSizing.of(template, { size: w.size, architecture: w.architecture, instanceType: w.instanceType }, `workspace "${w.name}"`) };
    }
    catch (e) {
        if (!error_1.WorkspaceInputError.isWorkspaceInputError(e))
            throw e;
        for (const d of e.diagnostics)
            problems.push({ ...d, field: `workspaces[${i}].${d.field ?? 'size'}`, location: at(w.size ? 'size' : 'template') });
        return undefined;
    }
}
/** Owners and account holders that the registry does not know (the synthesis refuses them). */
function registryWarnings(src, workspaces, registry) {
    const out = [];
    const known = new Set((registry?.users ?? []).map((u) => u.name));
    workspaces.forEach((w, i) => {
        const unknown = [...new Set([...(w.owner ? [w.owner] : []), ...(w.accounts === 'all' ? [] : w.accounts)])].filter((n) => !known.has(n));
        if (unknown.length === 0)
            return;
        const at = src.locate(['workspaces', i, w.owner && unknown.includes(w.owner) ? 'owner' : 'users']);
        out.push(`${at.file}:${at.line}:${at.column}: workspace "${w.name}": ${unknown.map((n) => `"${n}"`).join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not ${registry ? 'in the registry' : 'known: the lab has no registry'}; the synthesis will refuse ${unknown.length > 1 ? 'them' : 'it'}`);
    });
    return out;
}
function registryName(file) {
    return file ? (0, sources_1.shownPath)(file) : 'the registry';
}
function prices() {
    return { description: pricing_1.PriceTable.bundled().description, region: pricing_1.PriceTable.BUNDLED_REGION, date: pricing_1.PriceTable.BUNDLED_DATE };
}
/** Reads a lab file of any backend. */
async function loadLab(file, backend, source) {
    return backend === 'aws' ? loadAwsLab(file, source) : backend === 'kubernetes' ? loadKubernetesLab(file, source) : loadProxmoxLab(file, source);
}
async function loadAwsLab(file, source) {
    const { LabStack } = await import('../stacks/aws/lab-stack.js');
    const def = LabStack.loadDefinition(file);
    const catalog = def.catalog ?? catalog_1.TemplateCatalog.bundled();
    if (def.templatesDir && !def.catalog)
        catalog.loadDirectory(def.templatesDir);
    const problems = [];
    const missing = (key, f) => {
        if (f && !fs.existsSync(f)) {
            problems.push((0, error_1.problem)({ code: 'no-such-file', message: 'the file does not exist', field: key, value: path.relative(path.dirname(path.resolve(file)), f), fix: 'check the path (relative to the lab file)', location: source.locate([key]) }));
            return true;
        }
        return false;
    };
    const registry = def.registry ?? (def.registryFile && !missing('registry', def.registryFile) ? users_1.UserRegistry.fromFile(def.registryFile) : undefined);
    const policy = def.policy ?? (def.policyFile && !missing('policy', def.policyFile) ? policy_1.WorkspacePolicy.fromFile(def.policyFile) : undefined);
    const egress = def.egress ?? policy?.props.egress ?? policy_1.EgressMode.NONE;
    const workspaces = [];
    def.workspaces.forEach((w, i) => {
        const sized = sizeWorkspace(source, catalog, i, w, problems);
        if (!sized)
            return;
        const { template, sizing } = sized;
        const services = webServices(template);
        const web = w.web ?? (def.web !== undefined && services.length > 0);
        const hibernation = w.hibernation ?? false;
        workspaces.push({
            ...commonView(w, template, sizing),
            access: ['session-manager', ...(web ? ['web-gateway'] : []), ...(w.sshCidrs?.length ? ['ssh'] : [])],
            webServices: web ? services : [],
            egress,
            spot: w.spot ?? false,
            hibernation,
            idleStopMinutes: idleMinutes(template, hibernation),
            sharedStorage: true,
        });
    });
    if (problems.length)
        throw new error_1.WorkspaceInputError(problems, problems.length > 1 ? `${source.file}: ${problems.length} problems in the lab definition` : undefined);
    const vpc = def.vpc;
    const existing = vpc?.vpcId !== undefined;
    const azs = vpc?.availabilityZones?.length ?? vpc?.maxAzs ?? 2;
    const subnets = egress === policy_1.EgressMode.NONE ? 'private isolated subnets (no internet gateway, no NAT)' : `private subnets, ${vpc?.natGateways ?? 1} NAT gateway${(vpc?.natGateways ?? 1) > 1 ? 's' : ''}`;
    const allowed = policy?.egressAllowedDomains ?? [];
    const egressPath = egress === policy_1.EgressMode.NONE ? 'none: no internet path (AWS services through the VPC endpoints only)'
        : egress === policy_1.EgressMode.PROXIED ? `proxied: NAT gateway behind a Route 53 DNS Firewall that answers only for ${allowed.length} allowed domains (and the platform's mirrors)`
            : 'open: NAT gateway, no filter';
    const sshCidrs = [...new Set(def.workspaces.flatMap((w) => w.sshCidrs ?? []))];
    const view = {
        backend: 'aws',
        file,
        name: def.name,
        region: def.region,
        egress,
        egressAllowedDomains: egress === policy_1.EgressMode.PROXIED ? allowed : [],
        policyName: policy?.name,
        policyFile: def.policyFile ? (0, sources_1.shownPath)(def.policyFile) : undefined,
        registryFile: def.registryFile ? (0, sources_1.shownPath)(def.registryFile) : undefined,
        users: registry?.users ?? [],
        groups: registry?.groups ?? [],
        workspaces,
        network: {
            kind: 'vpc',
            summary: existing ? `existing VPC ${vpc.vpcId} (${vpc.vpcCidrBlock ?? 'range unknown'}), ${vpc.subnetIds?.length ?? 0} subnets`
                : `VPC ${vpc?.cidr ?? '10.80.0.0/16'}, ${azs} availability zones, ${subnets}`,
            details: ['no public addresses; flow logs to an encrypted log group'],
            egressPath,
            endpoints: AWS_ENDPOINTS,
            accessCidrs: sshCidrs,
        },
        storage: {
            kind: 'efs',
            summary: `Amazon EFS, encrypted (lab KMS key), TLS and IAM required${def.storage?.backup === false ? '' : ', AWS Backup'}${def.storage?.deleteWithLab ? '' : ', retained'}`,
            mountPoint: MOUNT_POINT,
            homes: `${MOUNT_POINT}/home`,
            projects: `${MOUNT_POINT}/projects`,
            scratch: `${MOUNT_POINT}/scratch`,
        },
        web: def.web ? { domain: def.web.domainName, issuer: def.web.oidc.issuer, allowedCidrs: def.web.allowedCidrs ?? [] } : undefined,
        prices: prices(),
        notebooks: def.studio && registry ? notebookViews(def.studio, registry) : undefined,
        slurmNote: def.cluster ? slurmNote(def.cluster) : undefined,
        warnings: registryWarnings(source, workspaces, registry),
    };
    return { view, definition: def, source };
}
/** Studio's apps as `rws lab cost` prices them: one app per user profile on the default type, and every shared space. */
function notebookViews(studio, registry) {
    const type = studio.instanceType ?? studio_1.Notebooks.DEFAULT_INSTANCE_TYPE;
    const idle = studio.idleMinutes ?? 60;
    const users = studio.users ?? registry.users.map((u) => u.name);
    return [
        ...users.map((u) => ({ kind: 'profile', name: u, owner: u, instanceType: type, hourlyCost: studio_1.Notebooks.hourlyPrice(type), idleStopMinutes: idle })),
        ...(studio.spaces ?? []).map((s) => ({
            kind: 'space',
            name: s.name,
            owner: s.owner,
            project: s.project,
            instanceType: s.instanceType ?? type,
            hourlyCost: studio_1.Notebooks.hourlyPrice(s.instanceType ?? type),
            idleStopMinutes: idle,
        })),
    ];
}
async function loadProxmoxLab(file, source) {
    const { readProxmoxLabFile } = await import('../stacks/proxmox/proxmox-lab-file.js');
    const loaded = readProxmoxLabFile(file);
    const p = loaded.props;
    const catalog = p.catalog ?? catalog_1.TemplateCatalog.bundled();
    const problems = [];
    const policyEgress = p.policy?.egress ?? policy_1.EgressMode.OPEN;
    const workspaces = [];
    p.workspaces.forEach((w, i) => {
        const sized = sizeWorkspace(source, catalog, i, w, problems);
        if (!sized)
            return;
        const { template, sizing } = sized;
        const kind = w.kind ?? 'vm';
        workspaces.push({
            ...commonView(w, template, sizing),
            access: p.accessCidrs?.length ? ['remote-access'] : [],
            webServices: [],
            egress: w.egress ?? policyEgress,
            spot: false,
            hibernation: false,
            idleStopMinutes: idleMinutes(template, false),
            sharedStorage: p.storage !== undefined && kind === 'vm',
            node: w.nodeName,
            kind,
        });
    });
    if (problems.length)
        throw new error_1.WorkspaceInputError(problems, problems.length > 1 ? `${source.file}: ${problems.length} problems in the lab definition` : undefined);
    const c = p.cluster;
    const bridge = `${c.bridge ?? 'vmbr0'}${c.vlanId !== undefined ? ` VLAN ${c.vlanId}` : ''}`;
    const details = [
        ...(c.dnsServers?.length ? [`DNS ${c.dnsServers.join(', ')}`] : []),
        ...(c.ntpServers?.length ? [`NTP ${c.ntpServers.join(', ')}`] : []),
        ...(p.allowedEndpoints?.length ? [`allowed endpoints ${p.allowedEndpoints.map((e) => `${e.address}:${e.port}`).join(', ')}`] : []),
        'a Proxmox firewall per workspace: inbound DROP, IP/MAC filtering',
    ];
    const modes = [...new Set(workspaces.map((w) => w.egress))];
    const egressPath = modes.map((m) => (m === policy_1.EgressMode.NONE ? 'none: DNS/NTP/NFS to the named servers only'
        : m === policy_1.EgressMode.PROXIED ? `proxied: only the proxy ${p.proxy ? `${p.proxy.address}:${p.proxy.port}` : '(none set)'}`
            : 'open: everything')).join('; ');
    const view = {
        backend: 'proxmox',
        file,
        name: p.labName,
        egress: policyEgress,
        egressAllowedDomains: p.policy?.egressAllowedDomains ?? [],
        policyName: p.policy?.name,
        policyFile: loaded.policyFile ? (0, sources_1.shownPath)(loaded.policyFile) : undefined,
        registryFile: loaded.registryFile ? (0, sources_1.shownPath)(loaded.registryFile) : undefined,
        users: p.registry?.users ?? [],
        groups: p.registry?.groups ?? [],
        workspaces,
        network: {
            kind: 'proxmox',
            summary: `Proxmox VE nodes ${c.nodes.join(', ')}; bridge ${bridge}`,
            details,
            egressPath: egressPath || 'no workspaces',
            endpoints: [],
            accessCidrs: p.accessCidrs ?? [],
        },
        storage: nfsStorageView(p.storage, p.storageLayout),
        prices: prices(),
        warnings: terraformLabWarnings(source, workspaces, p.registry, loaded.registryFile),
    };
    return { view, proxmox: loaded, source };
}
/** The NFS share of a Terraform lab (Proxmox or Kubernetes), as the views show it. */
function nfsStorageView(storage, layout) {
    return storage ? {
        kind: 'nfs',
        summary: `NFSv4.1 ${storage.server}:${storage.exportPath} (${layout ?? 'user-subdirectories'})`,
        mountPoint: MOUNT_POINT,
        homes: `${MOUNT_POINT}/home`,
        projects: `${MOUNT_POINT}/projects`,
        scratch: `${MOUNT_POINT}/scratch`,
    } : undefined;
}
/** Warnings of a Terraform lab: the registry's, and a lock file that does not record every id. */
function terraformLabWarnings(source, workspaces, registry, registryFile) {
    return [
        ...registryWarnings(source, workspaces, registry),
        ...(registry?.lockChanged ? [`${(0, sources_1.shownPath)(registry.lockName)} does not record every id of ${registryName(registryFile)}: the ids shown were assigned now. `
                + 'Run "rws users lock" and commit the lock file, so uids never change between deployments'] : []),
    ];
}
async function loadKubernetesLab(file, source) {
    const { readKubernetesLabFile } = await import('../stacks/kubernetes/kubernetes-lab-file.js');
    const loaded = readKubernetesLabFile(file);
    const p = loaded.props;
    const catalog = p.catalog ?? catalog_1.TemplateCatalog.bundled();
    const problems = [];
    // As KubernetesLabStack decides it: the lab's egress, else the policy's, else none.
    const labEgress = p.egress ?? p.policy?.egress ?? policy_1.EgressMode.NONE;
    const namespace = p.namespace ?? `lab-${p.labName}`;
    const workspaces = [];
    p.workspaces.forEach((w, i) => {
        const sized = sizeWorkspace(source, catalog, i, w, problems);
        if (!sized)
            return;
        const { template, sizing } = sized;
        if (sizing.gpus > 0 && !p.gpuDeviceName) {
            const at = source.locate(['workspaces', i, w.size ? 'size' : 'template']);
            problems.push((0, error_1.problem)({
                code: 'no-gpu-device',
                message: `workspace "${w.name}": size ${sizing.size} has ${sizing.gpus} GPU(s) and the lab names no KubeVirt GPU device`,
                field: `workspaces[${i}].size`,
                value: sizing.size,
                fix: 'add gpu_device to kubernetes: (a permittedHostDevices resource such as nvidia.com/GA102GL_A10), or use a CPU size',
                location: at,
            }));
        }
        const imageGiB = w.image?.minimumDiskGiB ?? cloud_images_1.OFFICIAL_CLOUD_IMAGES[template.os]?.minimumDiskGiB ?? 0;
        workspaces.push({
            ...commonView(w, template, sizing),
            access: ['kubernetes-api', ...(p.accessCidrs?.length ? ['ssh'] : [])],
            webServices: [],
            egress: w.egress ?? labEgress,
            spot: false,
            hibernation: false,
            idleStopMinutes: idleMinutes(template, false),
            sharedStorage: p.storage !== undefined,
            kind: 'vm',
            diskGiB: w.diskGiB ?? Math.max(sizing.rootVolumeGiB, imageGiB),
            started: w.started ?? true,
        });
    });
    if (problems.length)
        throw new error_1.WorkspaceInputError(problems, problems.length > 1 ? `${source.file}: ${problems.length} problems in the lab definition` : undefined);
    const research = p.egressAllowedDomains ?? (p.policy?.egressAllowedDomains.length ? p.policy.egressAllowedDomains : policy_1.DEFAULT_EGRESS_DOMAINS);
    const proxied = workspaces.filter((w) => w.egress === policy_1.EgressMode.PROXIED);
    const proxyHost = `${KUBERNETES_PROXY.name}.${namespace}.svc.cluster.local:${KUBERNETES_PROXY.port}`;
    const modes = [...new Set(workspaces.map((w) => w.egress))];
    const egressPath = modes.map((m) => (m === policy_1.EgressMode.NONE ? 'none: cluster DNS and the NFS server only'
        : m === policy_1.EgressMode.PROXIED ? `proxied: only the lab's squid proxy ${proxyHost} (${research.length} allowed domains and the distributions' mirrors)`
            : 'open: anything but private ranges')).join('; ');
    const dns = `${p.dnsNamespace ?? 'kube-system'}/${(p.dnsPodLabels ?? [{ key: 'k8s-app', value: 'kube-dns' }]).map((l) => `${l.key}=${l.value}`).join(',')}`;
    const view = {
        backend: 'kubernetes',
        file,
        name: p.labName,
        namespace,
        egress: labEgress,
        egressAllowedDomains: proxied.length ? research : [],
        policyName: p.policy?.name,
        policyFile: loaded.policyFile ? (0, sources_1.shownPath)(loaded.policyFile) : undefined,
        registryFile: loaded.registryFile ? (0, sources_1.shownPath)(loaded.registryFile) : undefined,
        users: p.registry?.users ?? [],
        groups: p.registry?.groups ?? [],
        workspaces,
        network: {
            kind: 'kubernetes',
            summary: `namespace ${namespace}${p.kubeContext ? `, context ${p.kubeContext}` : ''}, KubeVirt VMs`,
            details: [
                'default-deny NetworkPolicy, one ingress and one egress policy per workspace',
                'ResourceQuota sized to the workspaces, no LoadBalancer or NodePort Services',
                `cluster DNS ${dns}`,
                ...(p.storageClassName ? [`root volumes: storage class ${p.storageClassName}`] : []),
                ...(p.gpuDeviceName ? [`GPUs: ${p.gpuDeviceName}`] : []),
            ],
            egressPath: egressPath || 'no workspaces',
            endpoints: [],
            accessCidrs: p.accessCidrs ?? [],
            proxy: proxied.length ? [
                'Package proxy (squid)',
                proxyHost,
                `${proxied.length} proxied workspace${proxied.length === 1 ? '' : 's'}; ${research.length} allowed domains and the distributions' mirrors`,
            ] : undefined,
        },
        storage: nfsStorageView(p.storage, p.storageLayout),
        prices: prices(),
        warnings: terraformLabWarnings(source, workspaces, p.registry, loaded.registryFile),
    };
    return { view, kubernetes: loaded, source };
}
/**
 * Lab-wide settings KubernetesLabStack checks per workspace (`workspaces[2] (x).accessCidrs[0]`):
 * their place in a Kubernetes lab file, so the problem points at the setting, once.
 */
const KUBERNETES_LAB_FIELDS = [
    [/^accessCidrs(.*)$/, 'access_cidrs$1'],
    [/^storage\.(.*)$/, 'storage.$1'],
    [/^gpuDeviceName$/, 'kubernetes.gpu_device'],
    [/^storageClassName$/, 'kubernetes.storage_class'],
    [/^namespace$/, 'kubernetes.namespace'],
    [/^dnsNamespace$/, 'kubernetes.dns_namespace'],
];
function kubernetesLabFields(e, src) {
    const seen = new Set();
    const out = [];
    for (const d of e.diagnostics) {
        let next = d;
        let key = `${d.code}|${d.field}|${d.message}|${d.value}`;
        if (d.field && d.location?.line === undefined) {
            const ws = /^workspaces\[\d+\](?: \([^)]*\))?\.(.*)$/.exec(d.field);
            const inner = ws?.[1] ?? d.field;
            const rule = KUBERNETES_LAB_FIELDS.find(([re]) => re.test(inner));
            if (rule) {
                // A lab-wide setting: once, whichever workspaces it failed for.
                next = { ...d, field: inner.replace(rule[0], rule[1]), location: { file: src.file } };
                key = `${next.code}|${next.field}|${next.value}`;
            }
            else if (ws) {
                // A workspace's field, found while resolving its template or registry (located at those files without a line).
                next = { ...d, location: { file: src.file } };
            }
        }
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(next);
    }
    return new error_1.WorkspaceInputError(out, out.length > 1 ? `${src.file}: ${out.length} problems in the lab definition` : undefined);
}
/** Points a lab stack's problems (which name definition fields) at lines of the lab file. */
function locateLabError(e, lab) {
    return (0, locate_1.relocate)(lab.kubernetes ? kubernetesLabFields(e, lab.source) : e, lab.source, {
        registryFile: 'registry',
        policyFile: 'policy',
        templatesDir: 'templates',
        workspaceStackCount: 'workspace_stacks',
        vpcId: 'id',
        vpcCidrBlock: 'cidr_block',
        labName: 'name',
        nodeName: 'node',
        diskGiB: 'disk_gib',
        vmId: 'vm_id',
        domainName: 'domain',
        workspaceName: 'name',
    });
}
/** The Slurm cluster's cost line: compute scales to zero, so it is not in the totals. */
function slurmNote(c) {
    const table = pricing_1.PriceTable.bundled();
    const queues = (c.queues ?? [{ name: 'compute', size: sizes_1.WorkspaceSize.M, maxInstances: 4 }]).map((q) => {
        const type = q.instanceType ?? sizes_1.Sizes.ec2InstanceType(q.size ?? sizes_1.WorkspaceSize.M, q.architecture ?? sizes_1.Architecture.X86_64);
        const price = table.hourly(type);
        const max = q.maxInstances ?? 4;
        return { text: `${q.name}: up to ${max} x ${type}${price === undefined ? ' (no price)' : ` ($${(max * price).toFixed(4)}/hour full)`}`, price: price === undefined ? 0 : max * price };
    });
    const login = c.loginNode ? table.hourly(sizes_1.Sizes.ec2InstanceType(sizes_1.WorkspaceSize.S, sizes_1.Architecture.X86_64)) ?? 0 : 0;
    return `Slurm cluster (AWS PCS): compute nodes scale to zero and are not in the totals; ${queues.map((q) => q.text).join('; ')}`
        + `${c.loginNode ? `; a login node always on: $${login.toFixed(4)}/hour` : ''}; the AWS PCS controller (${(c.controllerSize ?? 'SMALL').toLowerCase()}) is billed per hour while the cluster exists (see docs/hpc.md).`;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoibGFiLXZpZXcuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi9zcmMvY2xpL2xhYi12aWV3LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQStMQSxnQ0FzQ0M7QUE4RkQsMEJBRUM7QUFtVUQsd0NBZUM7QUF2cEJELHVDQUF5QjtBQUN6QiwyQ0FBNkI7QUFDN0IsdUNBQXNEO0FBQ3RELHFDQUFvQztBQUNwQyx1Q0FBc0M7QUFDdEMsa0VBQW1FO0FBSW5FLG1EQUEwRTtBQUUxRSxpREFBMkY7QUFDM0YsbURBQW1EO0FBQ25ELHFFQUEyRTtBQUMzRSx1REFBMkU7QUFDM0UscUVBQW1FO0FBQ25FLG1FQUF5RTtBQUN6RSwrQ0FBeUU7QUFDekUsaURBQStEO0FBQy9ELGlEQUFpRDtBQUVqRCwrQ0FBZ0Y7QUFFaEY7Ozs7OztHQU1HO0FBRUgsc0NBQXNDO0FBQ3pCLFFBQUEsWUFBWSxHQUFHLENBQUMsS0FBSyxFQUFFLFlBQVksRUFBRSxTQUFTLENBQVUsQ0FBQztBQWdKdEUsK0dBQStHO0FBQy9HLE1BQU0sYUFBYSxHQUFHLENBQUMsS0FBSyxFQUFFLGFBQWEsRUFBRSxhQUFhLEVBQUUsS0FBSyxFQUFFLG1CQUFtQixFQUFFLE1BQU0sRUFBRSxnQkFBZ0IsRUFBRSxLQUFLLEVBQUUsY0FBYyxDQUFDLENBQUM7QUFDekksd0ZBQXdGO0FBQ3hGLE1BQU0sZ0JBQWdCLEdBQUcsaUJBQVMsQ0FBQztBQUNuQyxrRUFBa0U7QUFDbEUsTUFBTSxXQUFXLEdBQUcsU0FBUyxDQUFDO0FBRTlCLCtDQUErQztBQUMvQyxNQUFNLGFBQWEsR0FBRyxDQUFDLEtBQUssRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxrQkFBa0IsRUFBRSxrQkFBa0IsRUFBRSxlQUFlLENBQUMsQ0FBQztBQUUvRzs7OztHQUlHO0FBQ0gsU0FBZ0IsVUFBVSxDQUFDLElBQVksRUFBRSxLQUF5QixFQUFFLFdBQW1CO0lBQ3JGLElBQUksS0FBSyxLQUFLLFNBQVMsSUFBSSxDQUFFLG9CQUFrQyxDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsV0FBVyxFQUFFLENBQUMsRUFBRSxDQUFDO1FBQzlGLE1BQU0sSUFBSSxvQkFBVSxDQUFDLG9CQUFvQixLQUFLLCtCQUErQixvQkFBWSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxFQUFFLFdBQVcsQ0FBQyxDQUFDO0lBQ3ZILENBQUM7SUFDRCxNQUFNLE1BQU0sR0FBRyx3QkFBVSxDQUFDLFFBQVEsQ0FBQyxJQUFJLEVBQUUsS0FBSyxDQUFDLENBQUM7SUFDaEQsTUFBTSxJQUFJLEdBQVEsTUFBTSxDQUFDLElBQUksQ0FBQztJQUM5QixNQUFNLE9BQU8sR0FBRyxDQUFDLENBQUMsSUFBSSxJQUFJLE9BQU8sSUFBSSxLQUFLLFFBQVEsSUFBSSxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDM0UsOElBQThJO0lBQzlJLE1BQU0sVUFBVSxHQUFHLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLEVBQUUsU0FBUyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLElBQUksSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztJQUN2RixNQUFNLFlBQVksR0FBRyxVQUFVLEtBQUssU0FBUyxDQUFDO0lBQzlDLE1BQU0sZUFBZSxHQUFHLE9BQU8sSUFBSSxZQUFZLElBQUksSUFBSSxDQUFDO0lBQ3hELE1BQU0sRUFBRSxHQUFHLENBQUMsR0FBVyxFQUFFLEVBQUU7UUFDekIsTUFBTSxDQUFDLEdBQUcsTUFBTSxDQUFDLE1BQU0sQ0FBQyxDQUFDLEdBQUcsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQ3JDLE9BQU8sR0FBRyxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUMsQ0FBQyxJQUFJLElBQUksQ0FBQyxDQUFDLE1BQU0sRUFBRSxDQUFDO0lBQzNDLENBQUMsQ0FBQztJQUNGLElBQUksS0FBSyxLQUFLLFNBQVMsSUFBSSxZQUFZLElBQUksZUFBZSxFQUFFLENBQUM7UUFDM0QsTUFBTSxJQUFJLHVCQUFhLENBQUMsR0FBRyxFQUFFLENBQUMsWUFBWSxDQUFDLHVCQUF1QixVQUFVLDJIQUEySCxDQUFDLENBQUM7SUFDM00sQ0FBQztJQUNELElBQUksS0FBSyxLQUFLLFNBQVMsSUFBSSxPQUFPLElBQUksS0FBSyxJQUFJLElBQUksSUFBSSxDQUFDLFlBQVksSUFBSSxlQUFlLENBQUMsRUFBRSxDQUFDO1FBQ3pGLE1BQU0sSUFBSSx1QkFBYSxDQUFDLEdBQUcsRUFBRSxDQUFDLEtBQUssQ0FBQyxnQ0FBZ0MsZUFBZSxDQUFDLENBQUMsQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLFVBQVUsNkZBQTZGLENBQUMsQ0FBQztJQUNoTixDQUFDO0lBQ0QsTUFBTSxPQUFPLEdBQUksS0FBSyxFQUFFLFdBQVcsRUFBNkIsSUFBSSxDQUFDLGVBQWUsQ0FBQyxDQUFDLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUM7SUFDeEksSUFBSSxPQUFPLEtBQUssU0FBUyxJQUFJLFlBQVksSUFBSSxDQUFDLGVBQWUsRUFBRSxDQUFDO1FBQzlELE1BQU0sSUFBSSx1QkFBYSxDQUFDLEdBQUcsRUFBRSxDQUFDLFVBQVcsQ0FBQyx3Q0FBd0MsVUFBVSxXQUFXLE9BQU8sS0FBSyxLQUFLLENBQUMsQ0FBQyxDQUFDLGlCQUFpQixDQUFDLENBQUMsQ0FBQyx1QkFBdUIsc0RBQXNELENBQUMsQ0FBQztJQUNoTyxDQUFDO0lBQ0QsSUFBSSxPQUFPLEtBQUssWUFBWSxJQUFJLGVBQWUsRUFBRSxDQUFDO1FBQ2hELE1BQU0sSUFBSSx1QkFBYSxDQUFDLEdBQUcsRUFBRSxDQUFDLFlBQVksQ0FBQyw2REFBNkQsT0FBTyxLQUFLLEtBQUssQ0FBQyxDQUFDLENBQUMsaUJBQWlCLENBQUMsQ0FBQyxDQUFDLG9CQUFvQix5REFBeUQsQ0FBQyxDQUFDO0lBQ2pPLENBQUM7SUFDRCxJQUFJLE9BQU8sS0FBSyxTQUFTLElBQUksQ0FBQyxZQUFZLElBQUksT0FBTyxFQUFFLENBQUM7UUFDdEQsTUFBTSxJQUFJLHVCQUFhLENBQUMsR0FBRyxJQUFJLGdLQUFnSztjQUMzTCw2R0FBNkcsQ0FBQyxDQUFDO0lBQ3JILENBQUM7SUFDRCxNQUFNLE1BQU0sR0FBRyxPQUFPLENBQUMsQ0FBQyxDQUFDLGFBQWEsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO0lBQzFFLElBQUksT0FBTyxLQUFLLFlBQVksSUFBSSxDQUFDLGVBQWUsSUFBSSxNQUFNLEtBQUssU0FBUyxFQUFFLENBQUM7UUFDekUsTUFBTSxJQUFJLHVCQUFhLENBQUMsR0FBRyxFQUFFLENBQUMsTUFBTSxDQUFDLDZDQUE2QyxNQUFNLGlDQUFpQztjQUNySCx3R0FBd0csQ0FBQyxDQUFDO0lBQ2hILENBQUM7SUFDRCxPQUFPLEVBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxDQUFDO0FBQzdCLENBQUM7QUFFRCxtR0FBbUc7QUFDbkcsU0FBUyxXQUFXLENBQUMsQ0FBbUIsRUFBRSxXQUFvQjtJQUM1RCxNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsVUFBVSxDQUFDLGFBQWEsQ0FBQztJQUN4QyxJQUFJLElBQUksRUFBRSxPQUFPLEtBQUssS0FBSztRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQzlDLE1BQU0sT0FBTyxHQUFHLFdBQVcsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLHlCQUF5QixJQUFJLElBQUksRUFBRSxvQkFBb0IsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLG9CQUFvQixDQUFDO0lBQ3pILE9BQU8sT0FBTyxJQUFJLEVBQUUsQ0FBQztBQUN2QixDQUFDO0FBRUQsOERBQThEO0FBQzlELFNBQVMsV0FBVyxDQUFDLENBQW1CO0lBQ3RDLE9BQU8sSUFBQSw0QkFBYSxFQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztBQUN4RCxDQUFDO0FBRUQscUdBQXFHO0FBQ3JHLFNBQVMsVUFBVSxDQUFDLENBQXVFLEVBQUUsUUFBMEIsRUFBRSxNQUFjO0lBQ3JJLE9BQU87UUFDTCxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUk7UUFDWixRQUFRLEVBQUUsUUFBUSxDQUFDLElBQUk7UUFDdkIsWUFBWSxFQUFFLFFBQVEsQ0FBQyxJQUFJO1FBQzNCLFVBQVUsRUFBRSxRQUFRLENBQUMsY0FBYztRQUNuQyxJQUFJLEVBQUUsTUFBTSxDQUFDLElBQUk7UUFDakIsWUFBWSxFQUFFLE1BQU0sQ0FBQyxZQUFZO1FBQ2pDLFlBQVksRUFBRSxNQUFNLENBQUMsWUFBWTtRQUNqQyxLQUFLLEVBQUUsTUFBTSxDQUFDLEtBQUs7UUFDbkIsU0FBUyxFQUFFLE1BQU0sQ0FBQyxTQUFTO1FBQzNCLElBQUksRUFBRSxNQUFNLENBQUMsSUFBSTtRQUNqQixVQUFVLEVBQUUsTUFBTSxDQUFDLFVBQVU7UUFDN0IsVUFBVSxFQUFFLE1BQU0sQ0FBQyxVQUFVO1FBQzdCLEtBQUssRUFBRSxDQUFDLENBQUMsS0FBSztRQUNkLE9BQU8sRUFBRSxDQUFDLENBQUMsT0FBTztRQUNsQixRQUFRLEVBQUUsQ0FBQyxDQUFDLEtBQUssSUFBSyxLQUFlO0tBQ3RDLENBQUM7QUFDSixDQUFDO0FBWUQsd0ZBQXdGO0FBQ3hGLFNBQVMsYUFBYSxDQUNwQixHQUFlLEVBQUUsT0FBd0IsRUFBRSxDQUFTLEVBQUUsQ0FBaUIsRUFDdkUsUUFBc0I7SUFFdEIsTUFBTSxFQUFFLEdBQUcsQ0FBQyxHQUFHLENBQVcsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDLFlBQVksRUFBRSxDQUFDLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ25FLElBQUksUUFBMEIsQ0FBQztJQUMvQixJQUFJLENBQUM7UUFDSCxRQUFRLEdBQUcsT0FBTyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsUUFBUSxFQUFFLENBQUMsQ0FBQyxVQUFVLENBQUMsQ0FBQztJQUN2RCxDQUFDO0lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztRQUNYLElBQUksQ0FBQywyQkFBbUIsQ0FBQyxxQkFBcUIsQ0FBQyxDQUFDLENBQUM7WUFBRSxNQUFNLENBQUMsQ0FBQztRQUMzRCxLQUFLLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQztZQUM5QixRQUFRLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxRQUFRLEVBQUUsSUFBSSxJQUFJLENBQUMsQ0FBQyxJQUFJLEtBQUssa0JBQWtCLENBQUMsQ0FBQyxDQUFDLENBQUM7Z0JBQ2pFLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxFQUFFLEtBQUssRUFBRSxjQUFjLENBQUMsWUFBWSxFQUFFLE9BQU8sRUFBRSxjQUFjLENBQUMsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxDQUFDLE9BQU8sRUFBRSxFQUFFLFFBQVEsRUFBRSxFQUFFLENBQUMsVUFBVSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQzlILENBQUM7UUFDRCxPQUFPLFNBQVMsQ0FBQztJQUNuQixDQUFDO0lBQ0QsSUFBSSxDQUFDO1FBQ0gsT0FBTyxFQUFFLFFBQVEsRUFBRSxNQUFNLEVBQUUsd0JBQWUsQ0FBQyxFQUFFLENBQUMsUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsWUFBWSxFQUFFLENBQUMsQ0FBQyxZQUFZLEVBQUUsWUFBWSxFQUFFLENBQUMsQ0FBQyxZQUFZLEVBQUUsRUFBRSxjQUFjLENBQUMsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxFQUFFLENBQUM7SUFDbkssQ0FBQztJQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7UUFDWCxJQUFJLENBQUMsMkJBQW1CLENBQUMscUJBQXFCLENBQUMsQ0FBQyxDQUFDO1lBQUUsTUFBTSxDQUFDLENBQUM7UUFDM0QsS0FBSyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsV0FBVztZQUFFLFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxHQUFHLENBQUMsRUFBRSxLQUFLLEVBQUUsY0FBYyxDQUFDLEtBQUssQ0FBQyxDQUFDLEtBQUssSUFBSSxNQUFNLEVBQUUsRUFBRSxRQUFRLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ25KLE9BQU8sU0FBUyxDQUFDO0lBQ25CLENBQUM7QUFDSCxDQUFDO0FBRUQsK0ZBQStGO0FBQy9GLFNBQVMsZ0JBQWdCLENBQUMsR0FBZSxFQUFFLFVBQThCLEVBQUUsUUFBa0M7SUFDM0csTUFBTSxHQUFHLEdBQWEsRUFBRSxDQUFDO0lBQ3pCLE1BQU0sS0FBSyxHQUFHLElBQUksR0FBRyxDQUFDLENBQUMsUUFBUSxFQUFFLEtBQUssSUFBSSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO0lBQ2xFLFVBQVUsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUU7UUFDMUIsTUFBTSxPQUFPLEdBQUcsQ0FBQyxHQUFHLElBQUksR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDLFFBQVEsS0FBSyxLQUFLLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDeEksSUFBSSxPQUFPLENBQUMsTUFBTSxLQUFLLENBQUM7WUFBRSxPQUFPO1FBQ2pDLE1BQU0sRUFBRSxHQUFHLEdBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQyxZQUFZLEVBQUUsQ0FBQyxFQUFFLENBQUMsQ0FBQyxLQUFLLElBQUksT0FBTyxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQztRQUNuRyxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsRUFBRSxDQUFDLElBQUksSUFBSSxFQUFFLENBQUMsSUFBSSxJQUFJLEVBQUUsQ0FBQyxNQUFNLGdCQUFnQixDQUFDLENBQUMsSUFBSSxNQUFNLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksT0FBTyxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsSUFBSSxRQUFRLFFBQVEsQ0FBQyxDQUFDLENBQUMsaUJBQWlCLENBQUMsQ0FBQyxDQUFDLGdDQUFnQywrQkFBK0IsT0FBTyxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQztJQUNqUyxDQUFDLENBQUMsQ0FBQztJQUNILE9BQU8sR0FBRyxDQUFDO0FBQ2IsQ0FBQztBQUVELFNBQVMsWUFBWSxDQUFDLElBQXdCO0lBQzVDLE9BQU8sSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFBLG1CQUFTLEVBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLGNBQWMsQ0FBQztBQUNqRCxDQUFDO0FBRUQsU0FBUyxNQUFNO0lBQ2IsT0FBTyxFQUFFLFdBQVcsRUFBRSxvQkFBVSxDQUFDLE9BQU8sRUFBRSxDQUFDLFdBQVcsRUFBRSxNQUFNLEVBQUUsb0JBQVUsQ0FBQyxjQUFjLEVBQUUsSUFBSSxFQUFFLG9CQUFVLENBQUMsWUFBWSxFQUFFLENBQUM7QUFDN0gsQ0FBQztBQUVELHVDQUF1QztBQUNoQyxLQUFLLFVBQVUsT0FBTyxDQUFDLElBQVksRUFBRSxPQUFtQixFQUFFLE1BQWtCO0lBQ2pGLE9BQU8sT0FBTyxLQUFLLEtBQUssQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLElBQUksRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxLQUFLLFlBQVksQ0FBQyxDQUFDLENBQUMsaUJBQWlCLENBQUMsSUFBSSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxjQUFjLENBQUMsSUFBSSxFQUFFLE1BQU0sQ0FBQyxDQUFDO0FBQ2xKLENBQUM7QUFFRCxLQUFLLFVBQVUsVUFBVSxDQUFDLElBQVksRUFBRSxNQUFrQjtJQUN4RCxNQUFNLEVBQUUsUUFBUSxFQUFFLEdBQUcsTUFBTSxNQUFNLENBQUMsNEJBQTRCLENBQUMsQ0FBQztJQUNoRSxNQUFNLEdBQUcsR0FBRyxRQUFRLENBQUMsY0FBYyxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQzFDLE1BQU0sT0FBTyxHQUFHLEdBQUcsQ0FBQyxPQUFPLElBQUkseUJBQWUsQ0FBQyxPQUFPLEVBQUUsQ0FBQztJQUN6RCxJQUFJLEdBQUcsQ0FBQyxZQUFZLElBQUksQ0FBQyxHQUFHLENBQUMsT0FBTztRQUFFLE9BQU8sQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLFlBQVksQ0FBQyxDQUFDO0lBQzlFLE1BQU0sUUFBUSxHQUFpQixFQUFFLENBQUM7SUFDbEMsTUFBTSxPQUFPLEdBQUcsQ0FBQyxHQUFXLEVBQUUsQ0FBcUIsRUFBRSxFQUFFO1FBQ3JELElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQzNCLFFBQVEsQ0FBQyxJQUFJLENBQUMsSUFBQSxlQUFPLEVBQUMsRUFBRSxJQUFJLEVBQUUsY0FBYyxFQUFFLE9BQU8sRUFBRSx5QkFBeUIsRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLEtBQUssRUFBRSxJQUFJLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxFQUFFLEdBQUcsRUFBRSwyQ0FBMkMsRUFBRSxRQUFRLEVBQUUsTUFBTSxDQUFDLE1BQU0sQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7WUFDOU8sT0FBTyxJQUFJLENBQUM7UUFDZCxDQUFDO1FBQ0QsT0FBTyxLQUFLLENBQUM7SUFDZixDQUFDLENBQUM7SUFDRixNQUFNLFFBQVEsR0FBRyxHQUFHLENBQUMsUUFBUSxJQUFJLENBQUMsR0FBRyxDQUFDLFlBQVksSUFBSSxDQUFDLE9BQU8sQ0FBQyxVQUFVLEVBQUUsR0FBRyxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsQ0FBQyxvQkFBWSxDQUFDLFFBQVEsQ0FBQyxHQUFHLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDO0lBQ3BKLE1BQU0sTUFBTSxHQUFHLEdBQUcsQ0FBQyxNQUFNLElBQUksQ0FBQyxHQUFHLENBQUMsVUFBVSxJQUFJLENBQUMsT0FBTyxDQUFDLFFBQVEsRUFBRSxHQUFHLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDLHdCQUFlLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUM7SUFDM0ksTUFBTSxNQUFNLEdBQUcsR0FBRyxDQUFDLE1BQU0sSUFBSSxNQUFNLEVBQUUsS0FBSyxDQUFDLE1BQU0sSUFBSSxtQkFBVSxDQUFDLElBQUksQ0FBQztJQUNyRSxNQUFNLFVBQVUsR0FBdUIsRUFBRSxDQUFDO0lBQzFDLEdBQUcsQ0FBQyxVQUFVLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFO1FBQzlCLE1BQU0sS0FBSyxHQUFHLGFBQWEsQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFLENBQUMsRUFBRSxDQUFDLEVBQUUsUUFBUSxDQUFDLENBQUM7UUFDN0QsSUFBSSxDQUFDLEtBQUs7WUFBRSxPQUFPO1FBQ25CLE1BQU0sRUFBRSxRQUFRLEVBQUUsTUFBTSxFQUFFLEdBQUcsS0FBSyxDQUFDO1FBQ25DLE1BQU0sUUFBUSxHQUFHLFdBQVcsQ0FBQyxRQUFRLENBQUMsQ0FBQztRQUN2QyxNQUFNLEdBQUcsR0FBRyxDQUFDLENBQUMsR0FBRyxJQUFJLENBQUMsR0FBRyxDQUFDLEdBQUcsS0FBSyxTQUFTLElBQUksUUFBUSxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQztRQUNwRSxNQUFNLFdBQVcsR0FBRyxDQUFDLENBQUMsV0FBVyxJQUFJLEtBQUssQ0FBQztRQUMzQyxVQUFVLENBQUMsSUFBSSxDQUFDO1lBQ2QsR0FBRyxVQUFVLENBQUMsQ0FBQyxFQUFFLFFBQVEsRUFBRSxNQUFNLENBQUM7WUFDbEMsTUFBTSxFQUFFLENBQUMsaUJBQWlCLEVBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxhQUFzQixDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsUUFBUSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFjLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUM7WUFDdEgsV0FBVyxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxFQUFFO1lBQ2hDLE1BQU07WUFDTixJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksSUFBSSxLQUFLO1lBQ3JCLFdBQVc7WUFDWCxlQUFlLEVBQUUsV0FBVyxDQUFDLFFBQVEsRUFBRSxXQUFXLENBQUM7WUFDbkQsYUFBYSxFQUFFLElBQUk7U0FDcEIsQ0FBQyxDQUFDO0lBQ0wsQ0FBQyxDQUFDLENBQUM7SUFDSCxJQUFJLFFBQVEsQ0FBQyxNQUFNO1FBQUUsTUFBTSxJQUFJLDJCQUFtQixDQUFDLFFBQVEsRUFBRSxRQUFRLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxNQUFNLENBQUMsSUFBSSxLQUFLLFFBQVEsQ0FBQyxNQUFNLGlDQUFpQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQztJQUVwSyxNQUFNLEdBQUcsR0FBRyxHQUFHLENBQUMsR0FBRyxDQUFDO0lBQ3BCLE1BQU0sUUFBUSxHQUFHLEdBQUcsRUFBRSxLQUFLLEtBQUssU0FBUyxDQUFDO0lBQzFDLE1BQU0sR0FBRyxHQUFHLEdBQUcsRUFBRSxpQkFBaUIsRUFBRSxNQUFNLElBQUksR0FBRyxFQUFFLE1BQU0sSUFBSSxDQUFDLENBQUM7SUFDL0QsTUFBTSxPQUFPLEdBQUcsTUFBTSxLQUFLLG1CQUFVLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyx3REFBd0QsQ0FBQyxDQUFDLENBQUMsb0JBQW9CLEdBQUcsRUFBRSxXQUFXLElBQUksQ0FBQyxlQUFlLENBQUMsR0FBRyxFQUFFLFdBQVcsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUM7SUFDek0sTUFBTSxPQUFPLEdBQUcsTUFBTSxFQUFFLG9CQUFvQixJQUFJLEVBQUUsQ0FBQztJQUNuRCxNQUFNLFVBQVUsR0FBRyxNQUFNLEtBQUssbUJBQVUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLHNFQUFzRTtRQUNwSCxDQUFDLENBQUMsTUFBTSxLQUFLLG1CQUFVLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyw2RUFBNkUsT0FBTyxDQUFDLE1BQU0sK0NBQStDO1lBQzFLLENBQUMsQ0FBQyw4QkFBOEIsQ0FBQztJQUNyQyxNQUFNLFFBQVEsR0FBRyxDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUMsR0FBRyxDQUFDLFVBQVUsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxRQUFRLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQy9FLE1BQU0sSUFBSSxHQUFZO1FBQ3BCLE9BQU8sRUFBRSxLQUFLO1FBQ2QsSUFBSTtRQUNKLElBQUksRUFBRSxHQUFHLENBQUMsSUFBSTtRQUNkLE1BQU0sRUFBRSxHQUFHLENBQUMsTUFBTTtRQUNsQixNQUFNO1FBQ04sb0JBQW9CLEVBQUUsTUFBTSxLQUFLLG1CQUFVLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUU7UUFDbEUsVUFBVSxFQUFFLE1BQU0sRUFBRSxJQUFJO1FBQ3hCLFVBQVUsRUFBRSxHQUFHLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxJQUFBLG1CQUFTLEVBQUMsR0FBRyxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTO1FBQ2xFLFlBQVksRUFBRSxHQUFHLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxJQUFBLG1CQUFTLEVBQUMsR0FBRyxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTO1FBQ3hFLEtBQUssRUFBRSxRQUFRLEVBQUUsS0FBSyxJQUFJLEVBQUU7UUFDNUIsTUFBTSxFQUFFLFFBQVEsRUFBRSxNQUFNLElBQUksRUFBRTtRQUM5QixVQUFVO1FBQ1YsT0FBTyxFQUFFO1lBQ1AsSUFBSSxFQUFFLEtBQUs7WUFDWCxPQUFPLEVBQUUsUUFBUSxDQUFDLENBQUMsQ0FBQyxnQkFBZ0IsR0FBSSxDQUFDLEtBQUssS0FBSyxHQUFJLENBQUMsWUFBWSxJQUFJLGVBQWUsTUFBTSxHQUFJLENBQUMsU0FBUyxFQUFFLE1BQU0sSUFBSSxDQUFDLFVBQVU7Z0JBQ2hJLENBQUMsQ0FBQyxPQUFPLEdBQUcsRUFBRSxJQUFJLElBQUksY0FBYyxLQUFLLEdBQUcsd0JBQXdCLE9BQU8sRUFBRTtZQUMvRSxPQUFPLEVBQUUsQ0FBQywwREFBMEQsQ0FBQztZQUNyRSxVQUFVO1lBQ1YsU0FBUyxFQUFFLGFBQWE7WUFDeEIsV0FBVyxFQUFFLFFBQVE7U0FDdEI7UUFDRCxPQUFPLEVBQUU7WUFDUCxJQUFJLEVBQUUsS0FBSztZQUNYLE9BQU8sRUFBRSw0REFBNEQsR0FBRyxDQUFDLE9BQU8sRUFBRSxNQUFNLEtBQUssS0FBSyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLGNBQWMsR0FBRyxHQUFHLENBQUMsT0FBTyxFQUFFLGFBQWEsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxZQUFZLEVBQUU7WUFDM0ssVUFBVSxFQUFFLFdBQVc7WUFDdkIsS0FBSyxFQUFFLEdBQUcsV0FBVyxPQUFPO1lBQzVCLFFBQVEsRUFBRSxHQUFHLFdBQVcsV0FBVztZQUNuQyxPQUFPLEVBQUUsR0FBRyxXQUFXLFVBQVU7U0FDbEM7UUFDRCxHQUFHLEVBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxVQUFVLEVBQUUsTUFBTSxFQUFFLEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLE1BQU0sRUFBRSxZQUFZLEVBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxZQUFZLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLFNBQVM7UUFDaEksTUFBTSxFQUFFLE1BQU0sRUFBRTtRQUNoQixTQUFTLEVBQUUsR0FBRyxDQUFDLE1BQU0sSUFBSSxRQUFRLENBQUMsQ0FBQyxDQUFDLGFBQWEsQ0FBQyxHQUFHLENBQUMsTUFBTSxFQUFFLFFBQVEsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTO1FBQ25GLFNBQVMsRUFBRSxHQUFHLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsR0FBRyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTO1FBQzNELFFBQVEsRUFBRSxnQkFBZ0IsQ0FBQyxNQUFNLEVBQUUsVUFBVSxFQUFFLFFBQVEsQ0FBQztLQUN6RCxDQUFDO0lBQ0YsT0FBTyxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsR0FBRyxFQUFFLE1BQU0sRUFBRSxDQUFDO0FBQzNDLENBQUM7QUFFRCx5SEFBeUg7QUFDekgsU0FBUyxhQUFhLENBQUMsTUFBNEMsRUFBRSxRQUFzQjtJQUN6RixNQUFNLElBQUksR0FBRyxNQUFNLENBQUMsWUFBWSxJQUFJLGtCQUFTLENBQUMscUJBQXFCLENBQUM7SUFDcEUsTUFBTSxJQUFJLEdBQUcsTUFBTSxDQUFDLFdBQVcsSUFBSSxFQUFFLENBQUM7SUFDdEMsTUFBTSxLQUFLLEdBQUcsTUFBTSxDQUFDLEtBQUssSUFBSSxRQUFRLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQ2hFLE9BQU87UUFDTCxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsU0FBa0IsRUFBRSxJQUFJLEVBQUUsQ0FBQyxFQUFFLEtBQUssRUFBRSxDQUFDLEVBQUUsWUFBWSxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsa0JBQVMsQ0FBQyxXQUFXLENBQUMsSUFBSSxDQUFDLEVBQUUsZUFBZSxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7UUFDMUosR0FBRyxDQUFDLE1BQU0sQ0FBQyxNQUFNLElBQUksRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO1lBQ25DLElBQUksRUFBRSxPQUFnQjtZQUN0QixJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUk7WUFDWixLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUs7WUFDZCxPQUFPLEVBQUUsQ0FBQyxDQUFDLE9BQU87WUFDbEIsWUFBWSxFQUFFLENBQUMsQ0FBQyxZQUFZLElBQUksSUFBSTtZQUNwQyxVQUFVLEVBQUUsa0JBQVMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxDQUFDLFlBQVksSUFBSSxJQUFJLENBQUM7WUFDekQsZUFBZSxFQUFFLElBQUk7U0FDdEIsQ0FBQyxDQUFDO0tBQ0osQ0FBQztBQUNKLENBQUM7QUFFRCxLQUFLLFVBQVUsY0FBYyxDQUFDLElBQVksRUFBRSxNQUFrQjtJQUM1RCxNQUFNLEVBQUUsa0JBQWtCLEVBQUUsR0FBRyxNQUFNLE1BQU0sQ0FBQyx1Q0FBdUMsQ0FBQyxDQUFDO0lBQ3JGLE1BQU0sTUFBTSxHQUFHLGtCQUFrQixDQUFDLElBQUksQ0FBQyxDQUFDO0lBQ3hDLE1BQU0sQ0FBQyxHQUFHLE1BQU0sQ0FBQyxLQUFLLENBQUM7SUFDdkIsTUFBTSxPQUFPLEdBQUcsQ0FBQyxDQUFDLE9BQU8sSUFBSSx5QkFBZSxDQUFDLE9BQU8sRUFBRSxDQUFDO0lBQ3ZELE1BQU0sUUFBUSxHQUFpQixFQUFFLENBQUM7SUFDbEMsTUFBTSxZQUFZLEdBQUcsQ0FBQyxDQUFDLE1BQU0sRUFBRSxNQUFNLElBQUksbUJBQVUsQ0FBQyxJQUFJLENBQUM7SUFDekQsTUFBTSxVQUFVLEdBQXVCLEVBQUUsQ0FBQztJQUMxQyxDQUFDLENBQUMsVUFBVSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRTtRQUM1QixNQUFNLEtBQUssR0FBRyxhQUFhLENBQUMsTUFBTSxFQUFFLE9BQU8sRUFBRSxDQUFDLEVBQUUsQ0FBQyxFQUFFLFFBQVEsQ0FBQyxDQUFDO1FBQzdELElBQUksQ0FBQyxLQUFLO1lBQUUsT0FBTztRQUNuQixNQUFNLEVBQUUsUUFBUSxFQUFFLE1BQU0sRUFBRSxHQUFHLEtBQUssQ0FBQztRQUNuQyxNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsSUFBSSxJQUFJLElBQUksQ0FBQztRQUM1QixVQUFVLENBQUMsSUFBSSxDQUFDO1lBQ2QsR0FBRyxVQUFVLENBQUMsQ0FBQyxFQUFFLFFBQVEsRUFBRSxNQUFNLENBQUM7WUFDbEMsTUFBTSxFQUFFLENBQUMsQ0FBQyxXQUFXLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLGVBQWUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFO1lBQ3RELFdBQVcsRUFBRSxFQUFFO1lBQ2YsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLElBQUksWUFBWTtZQUNoQyxJQUFJLEVBQUUsS0FBSztZQUNYLFdBQVcsRUFBRSxLQUFLO1lBQ2xCLGVBQWUsRUFBRSxXQUFXLENBQUMsUUFBUSxFQUFFLEtBQUssQ0FBQztZQUM3QyxhQUFhLEVBQUUsQ0FBQyxDQUFDLE9BQU8sS0FBSyxTQUFTLElBQUksSUFBSSxLQUFLLElBQUk7WUFDdkQsSUFBSSxFQUFFLENBQUMsQ0FBQyxRQUFRO1lBQ2hCLElBQUk7U0FDTCxDQUFDLENBQUM7SUFDTCxDQUFDLENBQUMsQ0FBQztJQUNILElBQUksUUFBUSxDQUFDLE1BQU07UUFBRSxNQUFNLElBQUksMkJBQW1CLENBQUMsUUFBUSxFQUFFLFFBQVEsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLE1BQU0sQ0FBQyxJQUFJLEtBQUssUUFBUSxDQUFDLE1BQU0saUNBQWlDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDO0lBQ3BLLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxPQUFPLENBQUM7SUFDcEIsTUFBTSxNQUFNLEdBQUcsR0FBRyxDQUFDLENBQUMsTUFBTSxJQUFJLE9BQU8sR0FBRyxDQUFDLENBQUMsTUFBTSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDO0lBQzVGLE1BQU0sT0FBTyxHQUFHO1FBQ2QsR0FBRyxDQUFDLENBQUMsQ0FBQyxVQUFVLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDbkUsR0FBRyxDQUFDLENBQUMsQ0FBQyxVQUFVLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDbkUsR0FBRyxDQUFDLENBQUMsQ0FBQyxnQkFBZ0IsRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMscUJBQXFCLENBQUMsQ0FBQyxnQkFBZ0IsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxDQUFDLE9BQU8sSUFBSSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDbEksa0VBQWtFO0tBQ25FLENBQUM7SUFDRixNQUFNLEtBQUssR0FBRyxDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUM1RCxNQUFNLFVBQVUsR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsS0FBSyxtQkFBVSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsNkNBQTZDO1FBQ3hHLENBQUMsQ0FBQyxDQUFDLEtBQUssbUJBQVUsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLDJCQUEyQixDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxLQUFLLENBQUMsT0FBTyxJQUFJLENBQUMsQ0FBQyxLQUFLLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDLFlBQVksRUFBRTtZQUNySCxDQUFDLENBQUMsa0JBQWtCLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUN0QyxNQUFNLElBQUksR0FBWTtRQUNwQixPQUFPLEVBQUUsU0FBUztRQUNsQixJQUFJO1FBQ0osSUFBSSxFQUFFLENBQUMsQ0FBQyxPQUFPO1FBQ2YsTUFBTSxFQUFFLFlBQVk7UUFDcEIsb0JBQW9CLEVBQUUsQ0FBQyxDQUFDLE1BQU0sRUFBRSxvQkFBb0IsSUFBSSxFQUFFO1FBQzFELFVBQVUsRUFBRSxDQUFDLENBQUMsTUFBTSxFQUFFLElBQUk7UUFDMUIsVUFBVSxFQUFFLE1BQU0sQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDLElBQUEsbUJBQVMsRUFBQyxNQUFNLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVM7UUFDeEUsWUFBWSxFQUFFLE1BQU0sQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLElBQUEsbUJBQVMsRUFBQyxNQUFNLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVM7UUFDOUUsS0FBSyxFQUFFLENBQUMsQ0FBQyxRQUFRLEVBQUUsS0FBSyxJQUFJLEVBQUU7UUFDOUIsTUFBTSxFQUFFLENBQUMsQ0FBQyxRQUFRLEVBQUUsTUFBTSxJQUFJLEVBQUU7UUFDaEMsVUFBVTtRQUNWLE9BQU8sRUFBRTtZQUNQLElBQUksRUFBRSxTQUFTO1lBQ2YsT0FBTyxFQUFFLG9CQUFvQixDQUFDLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsWUFBWSxNQUFNLEVBQUU7WUFDbkUsT0FBTztZQUNQLFVBQVUsRUFBRSxVQUFVLElBQUksZUFBZTtZQUN6QyxTQUFTLEVBQUUsRUFBRTtZQUNiLFdBQVcsRUFBRSxDQUFDLENBQUMsV0FBVyxJQUFJLEVBQUU7U0FDakM7UUFDRCxPQUFPLEVBQUUsY0FBYyxDQUFDLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDLGFBQWEsQ0FBQztRQUNuRCxNQUFNLEVBQUUsTUFBTSxFQUFFO1FBQ2hCLFFBQVEsRUFBRSxvQkFBb0IsQ0FBQyxNQUFNLEVBQUUsVUFBVSxFQUFFLENBQUMsQ0FBQyxRQUFRLEVBQUUsTUFBTSxDQUFDLFlBQVksQ0FBQztLQUNwRixDQUFDO0lBQ0YsT0FBTyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsTUFBTSxFQUFFLE1BQU0sRUFBRSxDQUFDO0FBQzNDLENBQUM7QUFFRCxzRkFBc0Y7QUFDdEYsU0FBUyxjQUFjLENBQUMsT0FBb0MsRUFBRSxNQUFpQztJQUM3RixPQUFPLE9BQU8sQ0FBQyxDQUFDLENBQUM7UUFDZixJQUFJLEVBQUUsS0FBSztRQUNYLE9BQU8sRUFBRSxXQUFXLE9BQU8sQ0FBQyxNQUFNLElBQUksT0FBTyxDQUFDLFVBQVUsS0FBSyxNQUFNLElBQUkscUJBQXFCLEdBQUc7UUFDL0YsVUFBVSxFQUFFLFdBQVc7UUFDdkIsS0FBSyxFQUFFLEdBQUcsV0FBVyxPQUFPO1FBQzVCLFFBQVEsRUFBRSxHQUFHLFdBQVcsV0FBVztRQUNuQyxPQUFPLEVBQUUsR0FBRyxXQUFXLFVBQVU7S0FDbEMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO0FBQ2hCLENBQUM7QUFFRCxrR0FBa0c7QUFDbEcsU0FBUyxvQkFBb0IsQ0FDM0IsTUFBa0IsRUFBRSxVQUE4QixFQUFFLFFBQWtDLEVBQUUsWUFBZ0M7SUFFeEgsT0FBTztRQUNMLEdBQUcsZ0JBQWdCLENBQUMsTUFBTSxFQUFFLFVBQVUsRUFBRSxRQUFRLENBQUM7UUFDakQsR0FBRyxDQUFDLFFBQVEsRUFBRSxXQUFXLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxJQUFBLG1CQUFTLEVBQUMsUUFBUSxDQUFDLFFBQVEsQ0FBQyxnQ0FBZ0MsWUFBWSxDQUFDLFlBQVksQ0FBQyxxQ0FBcUM7a0JBQ3ZKLHlGQUF5RixDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztLQUNyRyxDQUFDO0FBQ0osQ0FBQztBQUVELEtBQUssVUFBVSxpQkFBaUIsQ0FBQyxJQUFZLEVBQUUsTUFBa0I7SUFDL0QsTUFBTSxFQUFFLHFCQUFxQixFQUFFLEdBQUcsTUFBTSxNQUFNLENBQUMsNkNBQTZDLENBQUMsQ0FBQztJQUM5RixNQUFNLE1BQU0sR0FBRyxxQkFBcUIsQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUMzQyxNQUFNLENBQUMsR0FBRyxNQUFNLENBQUMsS0FBSyxDQUFDO0lBQ3ZCLE1BQU0sT0FBTyxHQUFHLENBQUMsQ0FBQyxPQUFPLElBQUkseUJBQWUsQ0FBQyxPQUFPLEVBQUUsQ0FBQztJQUN2RCxNQUFNLFFBQVEsR0FBaUIsRUFBRSxDQUFDO0lBQ2xDLG9GQUFvRjtJQUNwRixNQUFNLFNBQVMsR0FBRyxDQUFDLENBQUMsTUFBTSxJQUFJLENBQUMsQ0FBQyxNQUFNLEVBQUUsTUFBTSxJQUFJLG1CQUFVLENBQUMsSUFBSSxDQUFDO0lBQ2xFLE1BQU0sU0FBUyxHQUFHLENBQUMsQ0FBQyxTQUFTLElBQUksT0FBTyxDQUFDLENBQUMsT0FBTyxFQUFFLENBQUM7SUFDcEQsTUFBTSxVQUFVLEdBQXVCLEVBQUUsQ0FBQztJQUMxQyxDQUFDLENBQUMsVUFBVSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRTtRQUM1QixNQUFNLEtBQUssR0FBRyxhQUFhLENBQUMsTUFBTSxFQUFFLE9BQU8sRUFBRSxDQUFDLEVBQUUsQ0FBQyxFQUFFLFFBQVEsQ0FBQyxDQUFDO1FBQzdELElBQUksQ0FBQyxLQUFLO1lBQUUsT0FBTztRQUNuQixNQUFNLEVBQUUsUUFBUSxFQUFFLE1BQU0sRUFBRSxHQUFHLEtBQUssQ0FBQztRQUNuQyxJQUFJLE1BQU0sQ0FBQyxJQUFJLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLGFBQWEsRUFBRSxDQUFDO1lBQ3hDLE1BQU0sRUFBRSxHQUFHLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQyxZQUFZLEVBQUUsQ0FBQyxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQztZQUMxRSxRQUFRLENBQUMsSUFBSSxDQUFDLElBQUEsZUFBTyxFQUFDO2dCQUNwQixJQUFJLEVBQUUsZUFBZTtnQkFDckIsT0FBTyxFQUFFLGNBQWMsQ0FBQyxDQUFDLElBQUksV0FBVyxNQUFNLENBQUMsSUFBSSxRQUFRLE1BQU0sQ0FBQyxJQUFJLGtEQUFrRDtnQkFDeEgsS0FBSyxFQUFFLGNBQWMsQ0FBQyxRQUFRO2dCQUM5QixLQUFLLEVBQUUsTUFBTSxDQUFDLElBQUk7Z0JBQ2xCLEdBQUcsRUFBRSxtSEFBbUg7Z0JBQ3hILFFBQVEsRUFBRSxFQUFFO2FBQ2IsQ0FBQyxDQUFDLENBQUM7UUFDTixDQUFDO1FBQ0QsTUFBTSxRQUFRLEdBQUcsQ0FBQyxDQUFDLEtBQUssRUFBRSxjQUFjLElBQUksb0NBQXFCLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQyxFQUFFLGNBQWMsSUFBSSxDQUFDLENBQUM7UUFDcEcsVUFBVSxDQUFDLElBQUksQ0FBQztZQUNkLEdBQUcsVUFBVSxDQUFDLENBQUMsRUFBRSxRQUFRLEVBQUUsTUFBTSxDQUFDO1lBQ2xDLE1BQU0sRUFBRSxDQUFDLGdCQUFnQixFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsV0FBVyxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFjLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUM7WUFDOUUsV0FBVyxFQUFFLEVBQUU7WUFDZixNQUFNLEVBQUUsQ0FBQyxDQUFDLE1BQU0sSUFBSSxTQUFTO1lBQzdCLElBQUksRUFBRSxLQUFLO1lBQ1gsV0FBVyxFQUFFLEtBQUs7WUFDbEIsZUFBZSxFQUFFLFdBQVcsQ0FBQyxRQUFRLEVBQUUsS0FBSyxDQUFDO1lBQzdDLGFBQWEsRUFBRSxDQUFDLENBQUMsT0FBTyxLQUFLLFNBQVM7WUFDdEMsSUFBSSxFQUFFLElBQUk7WUFDVixPQUFPLEVBQUUsQ0FBQyxDQUFDLE9BQU8sSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxhQUFhLEVBQUUsUUFBUSxDQUFDO1lBQzlELE9BQU8sRUFBRSxDQUFDLENBQUMsT0FBTyxJQUFJLElBQUk7U0FDM0IsQ0FBQyxDQUFDO0lBQ0wsQ0FBQyxDQUFDLENBQUM7SUFDSCxJQUFJLFFBQVEsQ0FBQyxNQUFNO1FBQUUsTUFBTSxJQUFJLDJCQUFtQixDQUFDLFFBQVEsRUFBRSxRQUFRLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxNQUFNLENBQUMsSUFBSSxLQUFLLFFBQVEsQ0FBQyxNQUFNLGlDQUFpQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQztJQUNwSyxNQUFNLFFBQVEsR0FBRyxDQUFDLENBQUMsb0JBQW9CLElBQUksQ0FBQyxDQUFDLENBQUMsTUFBTSxFQUFFLG9CQUFvQixDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxvQkFBb0IsQ0FBQyxDQUFDLENBQUMsK0JBQXNCLENBQUMsQ0FBQztJQUM1SSxNQUFNLE9BQU8sR0FBRyxVQUFVLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsTUFBTSxLQUFLLG1CQUFVLENBQUMsT0FBTyxDQUFDLENBQUM7SUFDMUUsTUFBTSxTQUFTLEdBQUcsR0FBRyxnQkFBZ0IsQ0FBQyxJQUFJLElBQUksU0FBUyxzQkFBc0IsZ0JBQWdCLENBQUMsSUFBSSxFQUFFLENBQUM7SUFDckcsTUFBTSxLQUFLLEdBQUcsQ0FBQyxHQUFHLElBQUksR0FBRyxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDNUQsTUFBTSxVQUFVLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLEtBQUssbUJBQVUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLDJDQUEyQztRQUN0RyxDQUFDLENBQUMsQ0FBQyxLQUFLLG1CQUFVLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyx1Q0FBdUMsU0FBUyxLQUFLLFFBQVEsQ0FBQyxNQUFNLGtEQUFrRDtZQUNqSixDQUFDLENBQUMsbUNBQW1DLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUN2RCxNQUFNLEdBQUcsR0FBRyxHQUFHLENBQUMsQ0FBQyxZQUFZLElBQUksYUFBYSxJQUFJLENBQUMsQ0FBQyxDQUFDLFlBQVksSUFBSSxDQUFDLEVBQUUsR0FBRyxFQUFFLFNBQVMsRUFBRSxLQUFLLEVBQUUsVUFBVSxFQUFFLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxJQUFJLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDO0lBQzVKLE1BQU0sSUFBSSxHQUFZO1FBQ3BCLE9BQU8sRUFBRSxZQUFZO1FBQ3JCLElBQUk7UUFDSixJQUFJLEVBQUUsQ0FBQyxDQUFDLE9BQU87UUFDZixTQUFTO1FBQ1QsTUFBTSxFQUFFLFNBQVM7UUFDakIsb0JBQW9CLEVBQUUsT0FBTyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxFQUFFO1FBQ3BELFVBQVUsRUFBRSxDQUFDLENBQUMsTUFBTSxFQUFFLElBQUk7UUFDMUIsVUFBVSxFQUFFLE1BQU0sQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDLElBQUEsbUJBQVMsRUFBQyxNQUFNLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVM7UUFDeEUsWUFBWSxFQUFFLE1BQU0sQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLElBQUEsbUJBQVMsRUFBQyxNQUFNLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVM7UUFDOUUsS0FBSyxFQUFFLENBQUMsQ0FBQyxRQUFRLEVBQUUsS0FBSyxJQUFJLEVBQUU7UUFDOUIsTUFBTSxFQUFFLENBQUMsQ0FBQyxRQUFRLEVBQUUsTUFBTSxJQUFJLEVBQUU7UUFDaEMsVUFBVTtRQUNWLE9BQU8sRUFBRTtZQUNQLElBQUksRUFBRSxZQUFZO1lBQ2xCLE9BQU8sRUFBRSxhQUFhLFNBQVMsR0FBRyxDQUFDLENBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQyxhQUFhLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxnQkFBZ0I7WUFDbkcsT0FBTyxFQUFFO2dCQUNQLDZFQUE2RTtnQkFDN0UsNkVBQTZFO2dCQUM3RSxlQUFlLEdBQUcsRUFBRTtnQkFDcEIsR0FBRyxDQUFDLENBQUMsQ0FBQyxnQkFBZ0IsQ0FBQyxDQUFDLENBQUMsQ0FBQywrQkFBK0IsQ0FBQyxDQUFDLGdCQUFnQixFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO2dCQUNwRixHQUFHLENBQUMsQ0FBQyxDQUFDLGFBQWEsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxhQUFhLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7YUFDekQ7WUFDRCxVQUFVLEVBQUUsVUFBVSxJQUFJLGVBQWU7WUFDekMsU0FBUyxFQUFFLEVBQUU7WUFDYixXQUFXLEVBQUUsQ0FBQyxDQUFDLFdBQVcsSUFBSSxFQUFFO1lBQ2hDLEtBQUssRUFBRSxPQUFPLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQztnQkFDdEIsdUJBQXVCO2dCQUN2QixTQUFTO2dCQUNULEdBQUcsT0FBTyxDQUFDLE1BQU0scUJBQXFCLE9BQU8sQ0FBQyxNQUFNLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEdBQUcsS0FBSyxRQUFRLENBQUMsTUFBTSxpREFBaUQ7YUFDM0ksQ0FBQyxDQUFDLENBQUMsU0FBUztTQUNkO1FBQ0QsT0FBTyxFQUFFLGNBQWMsQ0FBQyxDQUFDLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQyxhQUFhLENBQUM7UUFDbkQsTUFBTSxFQUFFLE1BQU0sRUFBRTtRQUNoQixRQUFRLEVBQUUsb0JBQW9CLENBQUMsTUFBTSxFQUFFLFVBQVUsRUFBRSxDQUFDLENBQUMsUUFBUSxFQUFFLE1BQU0sQ0FBQyxZQUFZLENBQUM7S0FDcEYsQ0FBQztJQUNGLE9BQU8sRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsQ0FBQztBQUM5QyxDQUFDO0FBRUQ7OztHQUdHO0FBQ0gsTUFBTSxxQkFBcUIsR0FBNEI7SUFDckQsQ0FBQyxtQkFBbUIsRUFBRSxnQkFBZ0IsQ0FBQztJQUN2QyxDQUFDLGlCQUFpQixFQUFFLFlBQVksQ0FBQztJQUNqQyxDQUFDLGlCQUFpQixFQUFFLHVCQUF1QixDQUFDO0lBQzVDLENBQUMsb0JBQW9CLEVBQUUsMEJBQTBCLENBQUM7SUFDbEQsQ0FBQyxhQUFhLEVBQUUsc0JBQXNCLENBQUM7SUFDdkMsQ0FBQyxnQkFBZ0IsRUFBRSwwQkFBMEIsQ0FBQztDQUMvQyxDQUFDO0FBRUYsU0FBUyxtQkFBbUIsQ0FBQyxDQUFzQixFQUFFLEdBQWU7SUFDbEUsTUFBTSxJQUFJLEdBQUcsSUFBSSxHQUFHLEVBQVUsQ0FBQztJQUMvQixNQUFNLEdBQUcsR0FBaUIsRUFBRSxDQUFDO0lBQzdCLEtBQUssTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLFdBQVcsRUFBRSxDQUFDO1FBQzlCLElBQUksSUFBSSxHQUFHLENBQUMsQ0FBQztRQUNiLElBQUksR0FBRyxHQUFHLEdBQUcsQ0FBQyxDQUFDLElBQUksSUFBSSxDQUFDLENBQUMsS0FBSyxJQUFJLENBQUMsQ0FBQyxPQUFPLElBQUksQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDO1FBQ3pELElBQUksQ0FBQyxDQUFDLEtBQUssSUFBSSxDQUFDLENBQUMsUUFBUSxFQUFFLElBQUksS0FBSyxTQUFTLEVBQUUsQ0FBQztZQUM5QyxNQUFNLEVBQUUsR0FBRywwQ0FBMEMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDO1lBQ3BFLE1BQU0sS0FBSyxHQUFHLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxLQUFLLENBQUM7WUFDakMsTUFBTSxJQUFJLEdBQUcscUJBQXFCLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDO1lBQ2xFLElBQUksSUFBSSxFQUFFLENBQUM7Z0JBQ1QsZ0VBQWdFO2dCQUNoRSxJQUFJLEdBQUcsRUFBRSxHQUFHLENBQUMsRUFBRSxLQUFLLEVBQUUsS0FBSyxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFLEdBQUcsQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDO2dCQUN0RixHQUFHLEdBQUcsR0FBRyxJQUFJLENBQUMsSUFBSSxJQUFJLElBQUksQ0FBQyxLQUFLLElBQUksSUFBSSxDQUFDLEtBQUssRUFBRSxDQUFDO1lBQ25ELENBQUM7aUJBQU0sSUFBSSxFQUFFLEVBQUUsQ0FBQztnQkFDZCwrR0FBK0c7Z0JBQy9HLElBQUksR0FBRyxFQUFFLEdBQUcsQ0FBQyxFQUFFLFFBQVEsRUFBRSxFQUFFLElBQUksRUFBRSxHQUFHLENBQUMsSUFBSSxFQUFFLEVBQUUsQ0FBQztZQUNoRCxDQUFDO1FBQ0gsQ0FBQztRQUNELElBQUksSUFBSSxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUM7WUFBRSxTQUFTO1FBQzVCLElBQUksQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUM7UUFDZCxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQ2pCLENBQUM7SUFDRCxPQUFPLElBQUksMkJBQW1CLENBQUMsR0FBRyxFQUFFLEdBQUcsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxJQUFJLEtBQUssR0FBRyxDQUFDLE1BQU0saUNBQWlDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDO0FBQ2hJLENBQUM7QUFFRCw2RkFBNkY7QUFDN0YsU0FBZ0IsY0FBYyxDQUFDLENBQXNCLEVBQUUsR0FBYztJQUNuRSxPQUFPLElBQUEsaUJBQVEsRUFBQyxHQUFHLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxtQkFBbUIsQ0FBQyxDQUFDLEVBQUUsR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsR0FBRyxDQUFDLE1BQU0sRUFBRTtRQUNuRixZQUFZLEVBQUUsVUFBVTtRQUN4QixVQUFVLEVBQUUsUUFBUTtRQUNwQixZQUFZLEVBQUUsV0FBVztRQUN6QixtQkFBbUIsRUFBRSxrQkFBa0I7UUFDdkMsS0FBSyxFQUFFLElBQUk7UUFDWCxZQUFZLEVBQUUsWUFBWTtRQUMxQixPQUFPLEVBQUUsTUFBTTtRQUNmLFFBQVEsRUFBRSxNQUFNO1FBQ2hCLE9BQU8sRUFBRSxVQUFVO1FBQ25CLElBQUksRUFBRSxPQUFPO1FBQ2IsVUFBVSxFQUFFLFFBQVE7UUFDcEIsYUFBYSxFQUFFLE1BQU07S0FDdEIsQ0FBQyxDQUFDO0FBQ0wsQ0FBQztBQUVELHlGQUF5RjtBQUN6RixTQUFTLFNBQVMsQ0FBQyxDQUF3QztJQUN6RCxNQUFNLEtBQUssR0FBRyxvQkFBVSxDQUFDLE9BQU8sRUFBRSxDQUFDO0lBQ25DLE1BQU0sTUFBTSxHQUFHLENBQUMsQ0FBQyxDQUFDLE1BQU0sSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUscUJBQWEsQ0FBQyxDQUFDLEVBQUUsWUFBWSxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRTtRQUNuRyxNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsWUFBWSxJQUFJLGFBQUssQ0FBQyxlQUFlLENBQUMsQ0FBQyxDQUFDLElBQUksSUFBSSxxQkFBYSxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsWUFBWSxJQUFJLG9CQUFZLENBQUMsTUFBTSxDQUFDLENBQUM7UUFDdkgsTUFBTSxLQUFLLEdBQUcsS0FBSyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUNqQyxNQUFNLEdBQUcsR0FBRyxDQUFDLENBQUMsWUFBWSxJQUFJLENBQUMsQ0FBQztRQUNoQyxPQUFPLEVBQUUsSUFBSSxFQUFFLEdBQUcsQ0FBQyxDQUFDLElBQUksV0FBVyxHQUFHLE1BQU0sSUFBSSxHQUFHLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLGFBQWEsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLEdBQUcsR0FBRyxLQUFLLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLGFBQWEsRUFBRSxFQUFFLEtBQUssRUFBRSxLQUFLLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsR0FBRyxLQUFLLEVBQUUsQ0FBQztJQUN6TCxDQUFDLENBQUMsQ0FBQztJQUNILE1BQU0sS0FBSyxHQUFHLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxNQUFNLENBQUMsYUFBSyxDQUFDLGVBQWUsQ0FBQyxxQkFBYSxDQUFDLENBQUMsRUFBRSxvQkFBWSxDQUFDLE1BQU0sQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDL0csT0FBTyxtRkFBbUYsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRTtVQUM1SCxHQUFHLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLDhCQUE4QixLQUFLLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsNkJBQTZCLENBQUMsQ0FBQyxDQUFDLGNBQWMsSUFBSSxPQUFPLENBQUMsQ0FBQyxXQUFXLEVBQUUsa0VBQWtFLENBQUM7QUFDNU4sQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCAqIGFzIGZzIGZyb20gJ2ZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAncGF0aCc7XG5pbXBvcnQgeyBDbGlJbnB1dEVycm9yLCBVc2FnZUVycm9yIH0gZnJvbSAnLi9jb21tYW5kJztcbmltcG9ydCB7IHJlbG9jYXRlIH0gZnJvbSAnLi9sb2NhdGUnO1xuaW1wb3J0IHsgc2hvd25QYXRoIH0gZnJvbSAnLi9zb3VyY2VzJztcbmltcG9ydCB7IExBQl9QUk9YWSB9IGZyb20gJy4uL2NvbnN0cnVjdHMva3ViZXJuZXRlcy9wcml2YXRlL25hbWVzJztcbmltcG9ydCB0eXBlIHsgTGFiRGVmaW5pdGlvbiB9IGZyb20gJy4uL3N0YWNrcy9hd3MvbGFiLXN0YWNrJztcbmltcG9ydCB0eXBlIHsgS3ViZXJuZXRlc0xhYkZpbGUgfSBmcm9tICcuLi9zdGFja3Mva3ViZXJuZXRlcy9rdWJlcm5ldGVzLWxhYi1maWxlJztcbmltcG9ydCB0eXBlIHsgUHJveG1veExhYkZpbGUgfSBmcm9tICcuLi9zdGFja3MvcHJveG1veC9wcm94bW94LWxhYi1maWxlJztcbmltcG9ydCB7IFJlc29sdmVkVGVtcGxhdGUsIFRlbXBsYXRlQ2F0YWxvZyB9IGZyb20gJy4uL3dvcmtzcGFjZXMvY2F0YWxvZyc7XG5pbXBvcnQgeyBEaWFnbm9zdGljIH0gZnJvbSAnLi4vd29ya3NwYWNlcy9lcnJvcnMnO1xuaW1wb3J0IHsgREVGQVVMVF9FR1JFU1NfRE9NQUlOUywgRWdyZXNzTW9kZSwgV29ya3NwYWNlUG9saWN5IH0gZnJvbSAnLi4vd29ya3NwYWNlcy9wb2xpY3knO1xuaW1wb3J0IHsgUHJpY2VUYWJsZSB9IGZyb20gJy4uL3dvcmtzcGFjZXMvcHJpY2luZyc7XG5pbXBvcnQgeyBPRkZJQ0lBTF9DTE9VRF9JTUFHRVMgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3ByaXZhdGUvY2xvdWQtaW1hZ2VzJztcbmltcG9ydCB7IHByb2JsZW0sIFdvcmtzcGFjZUlucHV0RXJyb3IgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3ByaXZhdGUvZXJyb3InO1xuaW1wb3J0IHsgd2ViU2VydmljZXNPZiB9IGZyb20gJy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS93ZWItc2VydmljZXMnO1xuaW1wb3J0IHsgWWFtbFBhdGgsIFlhbWxTb3VyY2UgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3ByaXZhdGUveWFtbC1zb3VyY2UnO1xuaW1wb3J0IHsgQXJjaGl0ZWN0dXJlLCBTaXplcywgV29ya3NwYWNlU2l6ZSB9IGZyb20gJy4uL3dvcmtzcGFjZXMvc2l6ZXMnO1xuaW1wb3J0IHsgU2l6aW5nLCBXb3Jrc3BhY2VTaXppbmcgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3NpemluZyc7XG5pbXBvcnQgeyBOb3RlYm9va3MgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3N0dWRpbyc7XG5pbXBvcnQgdHlwZSB7IE5mc1N0b3JhZ2VQcm9wcywgU3RvcmFnZUxheW91dCB9IGZyb20gJy4uL3dvcmtzcGFjZXMvdXNlcmRhdGEnO1xuaW1wb3J0IHsgUmVzZWFyY2hHcm91cCwgUmVzZWFyY2hVc2VyLCBVc2VyUmVnaXN0cnkgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3VzZXJzJztcblxuLyoqXG4gKiBBIGxhYiBmaWxlIHJlYWQgaW50byBvbmUgYmFja2VuZC1uZXV0cmFsIHBpY3R1cmU6IHdoYXQgYHJ3cyBsYWIgY29zdGAsIGByd3MgbGFiIGRpYWdyYW1gIGFuZFxuICogdGhlIHN1bW1hcnkgb2YgYHJ3cyBsYWIgc3ludGhgIHNob3cuIFRoZSBBV1MgZmlsZSBpcyBgTGFiU3RhY2tgJ3MgbGFiLnlhbWwgKHJlYWQgYnlcbiAqIGBMYWJTdGFjay5sb2FkRGVmaW5pdGlvbmApOyB0aGUgUHJveG1veCBmaWxlIGlzIHJlYWQgYnkgYHJlYWRQcm94bW94TGFiRmlsZWAsIHRoZSBLdWJlcm5ldGVzXG4gKiBmaWxlIGJ5IGByZWFkS3ViZXJuZXRlc0xhYkZpbGVgLiBUaGUgcmVhZGVycyAoYW5kIHNvIGF3cy1jZGstbGliIGFuZCBjZGt0ZikgYXJlIGxvYWRlZCBvbmx5XG4gKiB3aGVuIGEgY29tbWFuZCBuZWVkcyB0aGVtLlxuICovXG5cbi8qKiBCYWNrZW5kcyBhIGxhYiBmaWxlIGNhbiBiZSBmb3IuICovXG5leHBvcnQgY29uc3QgTEFCX0JBQ0tFTkRTID0gWydhd3MnLCAna3ViZXJuZXRlcycsICdwcm94bW94J10gYXMgY29uc3Q7XG5leHBvcnQgdHlwZSBMYWJCYWNrZW5kID0gJ2F3cycgfCAna3ViZXJuZXRlcycgfCAncHJveG1veCc7XG5cbi8qKiBIb3cgYSBwZXJzb24gcmVhY2hlcyBhIHdvcmtzcGFjZSAoYGt1YmVybmV0ZXMtYXBpYDogYHZpcnRjdGwgc3NoYCBhbmQgYHZpcnRjdGwgcG9ydC1mb3J3YXJkYCB0aHJvdWdoIHRoZSBBUEkgc2VydmVyKS4gKi9cbmV4cG9ydCB0eXBlIExhYkFjY2VzcyA9ICdzZXNzaW9uLW1hbmFnZXInIHwgJ3dlYi1nYXRld2F5JyB8ICdzc2gnIHwgJ3JlbW90ZS1hY2Nlc3MnIHwgJ2t1YmVybmV0ZXMtYXBpJztcblxuLyoqIE9uZSB3b3Jrc3BhY2UsIHNpemVkIGFuZCBwcmljZWQuICovXG5leHBvcnQgaW50ZXJmYWNlIExhYldvcmtzcGFjZVZpZXcge1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIC8qKiBUZW1wbGF0ZSBzbHVnLiAqL1xuICByZWFkb25seSB0ZW1wbGF0ZTogc3RyaW5nO1xuICByZWFkb25seSB0ZW1wbGF0ZU5hbWU6IHN0cmluZztcbiAgLyoqIFRoZSB0ZW1wbGF0ZSdzIGNvbm5lY3Rpb24gdHlwZSAoc3NoLCB3ZWIsIGRjdiwgYWxsKS4gKi9cbiAgcmVhZG9ubHkgY29ubmVjdGlvbjogc3RyaW5nO1xuICByZWFkb25seSBzaXplOiBXb3Jrc3BhY2VTaXplO1xuICByZWFkb25seSBhcmNoaXRlY3R1cmU6IEFyY2hpdGVjdHVyZTtcbiAgLyoqIFRoZSBFQzIgaW5zdGFuY2UgdHlwZSAob24gUHJveG1veCBhbmQgS3ViZXJuZXRlczogdGhlIGVxdWl2YWxlbnQgdHlwZSwgZm9yIHRoZSBwcmljZSkuICovXG4gIHJlYWRvbmx5IGluc3RhbmNlVHlwZTogc3RyaW5nO1xuICByZWFkb25seSB2Y3B1czogbnVtYmVyO1xuICByZWFkb25seSBtZW1vcnlNaUI6IG51bWJlcjtcbiAgcmVhZG9ubHkgZ3B1czogbnVtYmVyO1xuICAvKiogT24tZGVtYW5kIFVTRCBwZXIgaG91ciwgd2hlbiBrbm93bi4gKi9cbiAgcmVhZG9ubHkgaG91cmx5Q29zdD86IG51bWJlcjtcbiAgLyoqIFdoZXJlIHRoZSBwcmljZSBjYW1lIGZyb20uICovXG4gIHJlYWRvbmx5IGNvc3RTb3VyY2U6IHN0cmluZztcbiAgcmVhZG9ubHkgb3duZXI/OiBzdHJpbmc7XG4gIHJlYWRvbmx5IHByb2plY3Q/OiBzdHJpbmc7XG4gIC8qKiBSZWdpc3RyeSB1c2VycyB3aXRoIGFuIGFjY291bnQ6IGEgbGlzdCwgb3IgZXZlcnkgdXNlciBvZiB0aGUgcmVnaXN0cnkuICovXG4gIHJlYWRvbmx5IGFjY291bnRzOiBzdHJpbmdbXSB8ICdhbGwnO1xuICAvKiogSG93IHBlb3BsZSByZWFjaCBpdC4gKi9cbiAgcmVhZG9ubHkgYWNjZXNzOiBMYWJBY2Nlc3NbXTtcbiAgLyoqIFRlbXBsYXRlIHNlcnZpY2VzIHB1Ymxpc2hlZCBiZWhpbmQgdGhlIHdlYiBnYXRld2F5LiAqL1xuICByZWFkb25seSB3ZWJTZXJ2aWNlczogc3RyaW5nW107XG4gIC8qKiBJbnRlcm5ldCBhY2Nlc3MuICovXG4gIHJlYWRvbmx5IGVncmVzczogRWdyZXNzTW9kZTtcbiAgcmVhZG9ubHkgc3BvdDogYm9vbGVhbjtcbiAgcmVhZG9ubHkgaGliZXJuYXRpb246IGJvb2xlYW47XG4gIC8qKiBNaW51dGVzIG9mIGlkbGVuZXNzIGFmdGVyIHdoaWNoIGl0IHN0b3BzIGl0c2VsZiAodW5kZWZpbmVkOiBpZGxlIHN0b3Agb2ZmKS4gKi9cbiAgcmVhZG9ubHkgaWRsZVN0b3BNaW51dGVzPzogbnVtYmVyO1xuICAvKiogV2hldGhlciBpdCBtb3VudHMgdGhlIGxhYidzIHNoYXJlZCBzdG9yYWdlLiAqL1xuICByZWFkb25seSBzaGFyZWRTdG9yYWdlOiBib29sZWFuO1xuICAvKiogUHJveG1veCBub2RlLiAqL1xuICByZWFkb25seSBub2RlPzogc3RyaW5nO1xuICAvKiogUHJveG1veCBraW5kOiB2bSBvciBseGMuICovXG4gIHJlYWRvbmx5IGtpbmQ/OiBzdHJpbmc7XG4gIC8qKiBSb290IGRpc2sgaW4gR2lCIChLdWJlcm5ldGVzKS4gKi9cbiAgcmVhZG9ubHkgZGlza0dpQj86IG51bWJlcjtcbiAgLyoqIFdoZXRoZXIgaXQgcnVucyAoS3ViZXJuZXRlczogYHN0YXJ0ZWRgKS4gKi9cbiAgcmVhZG9ubHkgc3RhcnRlZD86IGJvb2xlYW47XG59XG5cbi8qKiBUaGUgbGFiJ3MgbmV0d29yay4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTGFiTmV0d29ya1ZpZXcge1xuICAvKiogYHZwY2AgKEFXUyksIGBwcm94bW94YCBvciBga3ViZXJuZXRlc2AgKHRoZSBsYWIncyBuYW1lc3BhY2UpLiAqL1xuICByZWFkb25seSBraW5kOiAndnBjJyB8ICdwcm94bW94JyB8ICdrdWJlcm5ldGVzJztcbiAgLyoqIE9uZS1saW5lIGRlc2NyaXB0aW9uLiAqL1xuICByZWFkb25seSBzdW1tYXJ5OiBzdHJpbmc7XG4gIC8qKiBGdXJ0aGVyIGxpbmVzIChlbmRwb2ludHMsIEROUywgcHJveHksIC4uLikuICovXG4gIHJlYWRvbmx5IGRldGFpbHM6IHN0cmluZ1tdO1xuICAvKiogSG93IHRoZSBlZ3Jlc3Mgd29ya3MsIG9uZSBsaW5lLiAqL1xuICByZWFkb25seSBlZ3Jlc3NQYXRoOiBzdHJpbmc7XG4gIC8qKiBBV1MgVlBDIGVuZHBvaW50cyAoaW50ZXJmYWNlIGFuZCBnYXRld2F5KS4gKi9cbiAgcmVhZG9ubHkgZW5kcG9pbnRzOiBzdHJpbmdbXTtcbiAgLyoqIE5ldHdvcmtzIGFsbG93ZWQgaW4gKFNTSCBvbiBBV1MgYW5kIEt1YmVybmV0ZXMsIFNTSC9yZW1vdGUgZGVza3RvcCBvbiBQcm94bW94KS4gKi9cbiAgcmVhZG9ubHkgYWNjZXNzQ2lkcnM6IHN0cmluZ1tdO1xuICAvKiogVGhlIGxhYidzIHBhY2thZ2UgcHJveHksIHdoZW4gaXQgcnVucyBvbmUgKEt1YmVybmV0ZXM6IHNxdWlkIGluIHRoZSBuYW1lc3BhY2UpOiBsaW5lcyBvZiB0ZXh0LiAqL1xuICByZWFkb25seSBwcm94eT86IHN0cmluZ1tdO1xufVxuXG4vKiogVGhlIGxhYidzIHNoYXJlZCBzdG9yYWdlLiAqL1xuZXhwb3J0IGludGVyZmFjZSBMYWJTdG9yYWdlVmlldyB7XG4gIC8qKiBgZWZzYCBvciBgbmZzYC4gKi9cbiAgcmVhZG9ubHkga2luZDogJ2VmcycgfCAnbmZzJztcbiAgLyoqIE9uZS1saW5lIGRlc2NyaXB0aW9uLiAqL1xuICByZWFkb25seSBzdW1tYXJ5OiBzdHJpbmc7XG4gIHJlYWRvbmx5IG1vdW50UG9pbnQ6IHN0cmluZztcbiAgcmVhZG9ubHkgaG9tZXM6IHN0cmluZztcbiAgcmVhZG9ubHkgcHJvamVjdHM6IHN0cmluZztcbiAgcmVhZG9ubHkgc2NyYXRjaDogc3RyaW5nO1xufVxuXG4vKiogT25lIG5vdGVib29rIGFwcCAoYSB1c2VyIHByb2ZpbGUncyBkZWZhdWx0IGFwcCwgb3IgYSBzaGFyZWQgc3BhY2UpLCBwcmljZWQuICovXG5leHBvcnQgaW50ZXJmYWNlIExhYk5vdGVib29rVmlldyB7XG4gIC8qKiBgcHJvZmlsZWAgKG9uZSBwZXIgdXNlcikgb3IgYHNwYWNlYCAoYSBzaGFyZWQgcHJvamVjdCBzcGFjZSkuICovXG4gIHJlYWRvbmx5IGtpbmQ6ICdwcm9maWxlJyB8ICdzcGFjZSc7XG4gIC8qKiBVc2VyIHByb2ZpbGUgKHJlZ2lzdHJ5IHVzZXIpIG9yIHNwYWNlIG5hbWUuICovXG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgLyoqIFdobyBpcyBjaGFyZ2VkOiB0aGUgdXNlciwgb3IgdGhlIHNwYWNlJ3Mgb3duZXIuICovXG4gIHJlYWRvbmx5IG93bmVyOiBzdHJpbmc7XG4gIC8qKiBQcm9qZWN0IG9mIGEgc3BhY2UuICovXG4gIHJlYWRvbmx5IHByb2plY3Q/OiBzdHJpbmc7XG4gIHJlYWRvbmx5IGluc3RhbmNlVHlwZTogc3RyaW5nO1xuICAvKiogT24tZGVtYW5kIFVTRCBwZXIgaG91ciwgd2hlbiBrbm93bi4gKi9cbiAgcmVhZG9ubHkgaG91cmx5Q29zdD86IG51bWJlcjtcbiAgLyoqIE1pbnV0ZXMgb2YgaWRsZW5lc3MgYWZ0ZXIgd2hpY2ggU2FnZU1ha2VyIHNodXRzIHRoZSBhcHAgZG93bi4gKi9cbiAgcmVhZG9ubHkgaWRsZVN0b3BNaW51dGVzOiBudW1iZXI7XG59XG5cbi8qKiBBIGxhYiwgYmFja2VuZC1uZXV0cmFsLiAqL1xuZXhwb3J0IGludGVyZmFjZSBMYWJWaWV3IHtcbiAgcmVhZG9ubHkgYmFja2VuZDogTGFiQmFja2VuZDtcbiAgLyoqIFRoZSBsYWIgZmlsZSwgYXMgZ2l2ZW4uICovXG4gIHJlYWRvbmx5IGZpbGU6IHN0cmluZztcbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICByZWFkb25seSByZWdpb24/OiBzdHJpbmc7XG4gIC8qKiBUaGUgbGFiJ3MgbmFtZXNwYWNlIChLdWJlcm5ldGVzKS4gKi9cbiAgcmVhZG9ubHkgbmFtZXNwYWNlPzogc3RyaW5nO1xuICAvKiogVGhlIGxhYidzIGVncmVzcyBtb2RlIChvbiBQcm94bW94IGFuZCBLdWJlcm5ldGVzOiB0aGUgZGVmYXVsdCBvZiBpdHMgd29ya3NwYWNlcykuICovXG4gIHJlYWRvbmx5IGVncmVzczogRWdyZXNzTW9kZTtcbiAgLyoqIERvbWFpbnMgYSBwcm94aWVkIHdvcmtzcGFjZSBtYXkgcmVhY2guICovXG4gIHJlYWRvbmx5IGVncmVzc0FsbG93ZWREb21haW5zOiBzdHJpbmdbXTtcbiAgcmVhZG9ubHkgcG9saWN5TmFtZT86IHN0cmluZztcbiAgcmVhZG9ubHkgcG9saWN5RmlsZT86IHN0cmluZztcbiAgcmVhZG9ubHkgcmVnaXN0cnlGaWxlPzogc3RyaW5nO1xuICByZWFkb25seSB1c2VyczogUmVzZWFyY2hVc2VyW107XG4gIHJlYWRvbmx5IGdyb3VwczogUmVzZWFyY2hHcm91cFtdO1xuICByZWFkb25seSB3b3Jrc3BhY2VzOiBMYWJXb3Jrc3BhY2VWaWV3W107XG4gIHJlYWRvbmx5IG5ldHdvcms6IExhYk5ldHdvcmtWaWV3O1xuICByZWFkb25seSBzdG9yYWdlPzogTGFiU3RvcmFnZVZpZXc7XG4gIC8qKiBUaGUgd2ViIGdhdGV3YXkgKEFXUykuICovXG4gIHJlYWRvbmx5IHdlYj86IHsgcmVhZG9ubHkgZG9tYWluOiBzdHJpbmc7IHJlYWRvbmx5IGlzc3Vlcjogc3RyaW5nOyByZWFkb25seSBhbGxvd2VkQ2lkcnM6IHN0cmluZ1tdIH07XG4gIC8qKiBUaGUgcHJpY2UgdGFibGUgdXNlZC4gKi9cbiAgcmVhZG9ubHkgcHJpY2VzOiB7IHJlYWRvbmx5IGRlc2NyaXB0aW9uOiBzdHJpbmc7IHJlYWRvbmx5IHJlZ2lvbjogc3RyaW5nOyByZWFkb25seSBkYXRlOiBzdHJpbmcgfTtcbiAgLyoqIFNhZ2VNYWtlciBTdHVkaW8gYXBwcyAoQVdTKSwgb25lIHBlciB1c2VyIHByb2ZpbGUgYW5kIHNoYXJlZCBzcGFjZS4gKi9cbiAgcmVhZG9ubHkgbm90ZWJvb2tzPzogTGFiTm90ZWJvb2tWaWV3W107XG4gIC8qKiBXaGF0IHRoZSBsYWIncyBTbHVybSBjbHVzdGVyIChBV1MsIGBzbHVybTpgKSBjb3N0cywgb25lIGxpbmUgZm9yIGByd3MgbGFiIGNvc3RgLiAqL1xuICByZWFkb25seSBzbHVybU5vdGU/OiBzdHJpbmc7XG4gIC8qKiBUaGluZ3MgdGhlIHN5bnRoZXNpcyB3b3VsZCByZWZ1c2Ugb3IgdGhhdCBsb29rIHdyb25nIChvd25lcnMgbm90IGluIHRoZSByZWdpc3RyeSwgLi4uKS4gKi9cbiAgcmVhZG9ubHkgd2FybmluZ3M6IHN0cmluZ1tdO1xufVxuXG4vKiogQSBsb2FkZWQgbGFiOiB0aGUgdmlldyBhbmQgd2hhdCB0aGUgc3ludGhlc2lzIG5lZWRzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBMb2FkZWRMYWIge1xuICByZWFkb25seSB2aWV3OiBMYWJWaWV3O1xuICAvKiogVGhlIEFXUyBkZWZpbml0aW9uIChMYWJTdGFjaykuICovXG4gIHJlYWRvbmx5IGRlZmluaXRpb24/OiBMYWJEZWZpbml0aW9uO1xuICAvKiogVGhlIFByb3htb3ggZmlsZSAoUHJveG1veExhYlN0YWNrKS4gKi9cbiAgcmVhZG9ubHkgcHJveG1veD86IFByb3htb3hMYWJGaWxlO1xuICAvKiogVGhlIEt1YmVybmV0ZXMgZmlsZSAoS3ViZXJuZXRlc0xhYlN0YWNrKS4gKi9cbiAgcmVhZG9ubHkga3ViZXJuZXRlcz86IEt1YmVybmV0ZXNMYWJGaWxlO1xuICAvKiogVGhlIHBhcnNlZCBsYWIgZmlsZS4gKi9cbiAgcmVhZG9ubHkgc291cmNlOiBZYW1sU291cmNlO1xufVxuXG4vKiogSW50ZXJmYWNlIGVuZHBvaW50cyBMYWJOZXR3b3JrIGNyZWF0ZXMgKHNyYy9jb25zdHJ1Y3RzL2F3cy9sYWItbmV0d29yay50cyksIGFuZCB0aGUgUzMgZ2F0ZXdheSBlbmRwb2ludC4gKi9cbmNvbnN0IEFXU19FTkRQT0lOVFMgPSBbJ3NzbScsICdzc21tZXNzYWdlcycsICdlYzJtZXNzYWdlcycsICdlYzInLCAnZWxhc3RpY2ZpbGVzeXN0ZW0nLCAnbG9ncycsICdzZWNyZXRzbWFuYWdlcicsICdrbXMnLCAnczMgKGdhdGV3YXkpJ107XG4vKiogVGhlIHBhY2thZ2UgcHJveHkgS3ViZXJuZXRlc0xhYlN0YWNrIHJ1bnMgaW4gdGhlIGxhYidzIG5hbWVzcGFjZSAobmFtZSBhbmQgcG9ydCkuICovXG5jb25zdCBLVUJFUk5FVEVTX1BST1hZID0gTEFCX1BST1hZO1xuLyoqIFdoZXJlIExhYlN0YWNrIG1vdW50cyBFRlMgYW5kIHdoYXQgU2hhcmVkRWZzIGNyZWF0ZXMgb24gaXQuICovXG5jb25zdCBNT1VOVF9QT0lOVCA9ICcvc2hhcmVkJztcblxuLyoqIFRvcC1sZXZlbCBrZXlzIG9ubHkgYW4gQVdTIGxhYi55YW1sIGhhcy4gKi9cbmNvbnN0IEFXU19PTkxZX0tFWVMgPSBbJ2F3cycsICdyZWdpb24nLCAndnBjJywgJ3dlYicsICd3b3Jrc3BhY2Vfc3RhY2tzJywgJ3JlZ2lzdHJ5X3N0b3JhZ2UnLCAnYnVkZ2V0X2VtYWlscyddO1xuXG4vKipcbiAqIFRoZSBiYWNrZW5kIG9mIGEgbGFiIGZpbGU6IGAtLWJhY2tlbmRgIHdoZW4gZ2l2ZW4sIGVsc2UgdGhlIGJhY2tlbmQgd2hvc2Ugc2VjdGlvbiB0aGUgZmlsZSBoYXNcbiAqIChga3ViZXJuZXRlczpgOyBgcHJveG1veDpgLCBvciBgY2x1c3RlcjpgIGluIGxhYiBmaWxlcyB3cml0dGVuIGJlZm9yZSB0aGUgc2VjdGlvbnM7IGBhd3M6YCksXG4gKiBlbHNlIGBhd3NgLiBBIGJhY2tlbmQgdGhhdCBkb2VzIG5vdCBmaXQgdGhlIGZpbGUgaXMgYW4gZXJyb3IgdGhhdCBzYXlzIHNvLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbGFiQmFja2VuZChmaWxlOiBzdHJpbmcsIGdpdmVuOiBzdHJpbmcgfCB1bmRlZmluZWQsIGNvbW1hbmROYW1lOiBzdHJpbmcpOiB7IGJhY2tlbmQ6IExhYkJhY2tlbmQ7IHNvdXJjZTogWWFtbFNvdXJjZSB9IHtcbiAgaWYgKGdpdmVuICE9PSB1bmRlZmluZWQgJiYgIShMQUJfQkFDS0VORFMgYXMgcmVhZG9ubHkgc3RyaW5nW10pLmluY2x1ZGVzKGdpdmVuLnRvTG93ZXJDYXNlKCkpKSB7XG4gICAgdGhyb3cgbmV3IFVzYWdlRXJyb3IoYHVua25vd24gYmFja2VuZCBcIiR7Z2l2ZW59XCIgZm9yIC0tYmFja2VuZDsgdXNlIG9uZSBvZiAke0xBQl9CQUNLRU5EUy5qb2luKCcsICcpfWAsIGNvbW1hbmROYW1lKTtcbiAgfVxuICBjb25zdCBzb3VyY2UgPSBZYW1sU291cmNlLmZyb21GaWxlKGZpbGUsICdsYWInKTtcbiAgY29uc3QgZGF0YTogYW55ID0gc291cmNlLmRhdGE7XG4gIGNvbnN0IG1hcHBpbmcgPSAhIWRhdGEgJiYgdHlwZW9mIGRhdGEgPT09ICdvYmplY3QnICYmICFBcnJheS5pc0FycmF5KGRhdGEpO1xuICAvLyBBIGJhY2tlbmQncyBzZWN0aW9uIChhd3M6LCBrdWJlcm5ldGVzOiwgcHJveG1veDopIG5hbWVzIGl0OyBjbHVzdGVyOiBpcyB0aGUgUHJveG1veCBzZWN0aW9uJ3Mga2V5IGluIGxhYiBmaWxlcyB3cml0dGVuIGJlZm9yZSB0aGUgc2VjdGlvbnMuXG4gIGNvbnN0IHByb3htb3hLZXkgPSBtYXBwaW5nID8gWydwcm94bW94JywgJ2NsdXN0ZXInXS5maW5kKChrKSA9PiBrIGluIGRhdGEpIDogdW5kZWZpbmVkO1xuICBjb25zdCBsb29rc1Byb3htb3ggPSBwcm94bW94S2V5ICE9PSB1bmRlZmluZWQ7XG4gIGNvbnN0IGxvb2tzS3ViZXJuZXRlcyA9IG1hcHBpbmcgJiYgJ2t1YmVybmV0ZXMnIGluIGRhdGE7XG4gIGNvbnN0IGF0ID0gKGtleTogc3RyaW5nKSA9PiB7XG4gICAgY29uc3QgbCA9IHNvdXJjZS5sb2NhdGUoW2tleV0sIHRydWUpO1xuICAgIHJldHVybiBgJHtsLmZpbGV9OiR7bC5saW5lfToke2wuY29sdW1ufWA7XG4gIH07XG4gIGlmIChnaXZlbiA9PT0gdW5kZWZpbmVkICYmIGxvb2tzUHJveG1veCAmJiBsb29rc0t1YmVybmV0ZXMpIHtcbiAgICB0aHJvdyBuZXcgQ2xpSW5wdXRFcnJvcihgJHthdCgna3ViZXJuZXRlcycpfTogdGhlIGZpbGUgaGFzIGJvdGggJHtwcm94bW94S2V5fTogKFByb3htb3gpIGFuZCBrdWJlcm5ldGVzOiAoS3ViZXJuZXRlcykuIEZpeDoga2VlcCB0aGUgc2VjdGlvbiBvZiB0aGUgYmFja2VuZCB0aGUgbGFiIHJ1bnMgb24sIG9yIG5hbWUgaXQgd2l0aCAtLWJhY2tlbmRgKTtcbiAgfVxuICBpZiAoZ2l2ZW4gPT09IHVuZGVmaW5lZCAmJiBtYXBwaW5nICYmICdhd3MnIGluIGRhdGEgJiYgKGxvb2tzUHJveG1veCB8fCBsb29rc0t1YmVybmV0ZXMpKSB7XG4gICAgdGhyb3cgbmV3IENsaUlucHV0RXJyb3IoYCR7YXQoJ2F3cycpfTogdGhlIGZpbGUgaGFzIGJvdGggYXdzOiBhbmQgJHtsb29rc0t1YmVybmV0ZXMgPyAna3ViZXJuZXRlcycgOiBwcm94bW94S2V5fTogc2VjdGlvbnMuIEZpeDoga2VlcCB0aGUgc2VjdGlvbiBvZiB0aGUgYmFja2VuZCB0aGUgbGFiIHJ1bnMgb24sIG9yIG5hbWUgaXQgd2l0aCAtLWJhY2tlbmRgKTtcbiAgfVxuICBjb25zdCBiYWNrZW5kID0gKGdpdmVuPy50b0xvd2VyQ2FzZSgpIGFzIExhYkJhY2tlbmQgfCB1bmRlZmluZWQpID8/IChsb29rc0t1YmVybmV0ZXMgPyAna3ViZXJuZXRlcycgOiBsb29rc1Byb3htb3ggPyAncHJveG1veCcgOiAnYXdzJyk7XG4gIGlmIChiYWNrZW5kICE9PSAncHJveG1veCcgJiYgbG9va3NQcm94bW94ICYmICFsb29rc0t1YmVybmV0ZXMpIHtcbiAgICB0aHJvdyBuZXcgQ2xpSW5wdXRFcnJvcihgJHthdChwcm94bW94S2V5ISl9OiB0aGlzIGlzIGEgUHJveG1veCBsYWIgZmlsZSAoaXQgaGFzICR7cHJveG1veEtleX06KSwgbm90ICR7YmFja2VuZCA9PT0gJ2F3cycgPyAnYW4gQVdTIGxhYi55YW1sJyA6ICdhIEt1YmVybmV0ZXMgbGFiIGZpbGUnfS4gRml4OiB1c2UgLS1iYWNrZW5kIHByb3htb3gsIG9yIGxlYXZlIC0tYmFja2VuZCBvdXRgKTtcbiAgfVxuICBpZiAoYmFja2VuZCAhPT0gJ2t1YmVybmV0ZXMnICYmIGxvb2tzS3ViZXJuZXRlcykge1xuICAgIHRocm93IG5ldyBDbGlJbnB1dEVycm9yKGAke2F0KCdrdWJlcm5ldGVzJyl9OiB0aGlzIGlzIGEgS3ViZXJuZXRlcyBsYWIgZmlsZSAoaXQgaGFzIGt1YmVybmV0ZXM6KSwgbm90ICR7YmFja2VuZCA9PT0gJ2F3cycgPyAnYW4gQVdTIGxhYi55YW1sJyA6ICdhIFByb3htb3ggbGFiIGZpbGUnfS4gRml4OiB1c2UgLS1iYWNrZW5kIGt1YmVybmV0ZXMsIG9yIGxlYXZlIC0tYmFja2VuZCBvdXRgKTtcbiAgfVxuICBpZiAoYmFja2VuZCA9PT0gJ3Byb3htb3gnICYmICFsb29rc1Byb3htb3ggJiYgbWFwcGluZykge1xuICAgIHRocm93IG5ldyBDbGlJbnB1dEVycm9yKGAke2ZpbGV9OiBhIFByb3htb3ggbGFiIGZpbGUgbmVlZHMgY2x1c3RlcjogKG5vZGVzLCBkYXRhc3RvcmVzOyBhdCB0aGUgdG9wIG9yIGluIGl0cyBwcm94bW94OiBzZWN0aW9uKSwgd2hpY2ggdGhpcyBmaWxlIGRvZXMgbm90IGhhdmU7IGl0IGxvb2tzIGxpa2UgYW4gQVdTIGxhYi55YW1sLiBgXG4gICAgICArICdGaXg6IHVzZSAtLWJhY2tlbmQgYXdzLCBvciB3cml0ZSBhIFByb3htb3ggbGFiIGZpbGUgKG5hbWUsIGNsdXN0ZXIsIHdvcmtzcGFjZXMgd2l0aCBub2RlOjsgc2VlIGRvY3MvY2xpLm1kKScpO1xuICB9XG4gIGNvbnN0IGF3c0tleSA9IG1hcHBpbmcgPyBBV1NfT05MWV9LRVlTLmZpbmQoKGspID0+IGsgaW4gZGF0YSkgOiB1bmRlZmluZWQ7XG4gIGlmIChiYWNrZW5kID09PSAna3ViZXJuZXRlcycgJiYgIWxvb2tzS3ViZXJuZXRlcyAmJiBhd3NLZXkgIT09IHVuZGVmaW5lZCkge1xuICAgIHRocm93IG5ldyBDbGlJbnB1dEVycm9yKGAke2F0KGF3c0tleSl9OiB0aGlzIGxvb2tzIGxpa2UgYW4gQVdTIGxhYi55YW1sIChpdCBoYXMgJHthd3NLZXl9OiksIG5vdCBhIEt1YmVybmV0ZXMgbGFiIGZpbGUuIGBcbiAgICAgICsgJ0ZpeDogdXNlIC0tYmFja2VuZCBhd3MsIG9yIHdyaXRlIGEgS3ViZXJuZXRlcyBsYWIgZmlsZSAobmFtZSwga3ViZXJuZXRlcywgd29ya3NwYWNlczsgc2VlIGRvY3MvY2xpLm1kKScpO1xuICB9XG4gIHJldHVybiB7IGJhY2tlbmQsIHNvdXJjZSB9O1xufVxuXG4vKiogSWRsZS1zdG9wIG1pbnV0ZXMgb2YgYSB3b3Jrc3BhY2UgKGFzIFJlc2VhcmNoV29ya3NwYWNlIGRlY2lkZXMgdGhlbSksIG9yIHVuZGVmaW5lZCB3aGVuIG9mZi4gKi9cbmZ1bmN0aW9uIGlkbGVNaW51dGVzKHQ6IFJlc29sdmVkVGVtcGxhdGUsIGhpYmVybmF0aW9uOiBib29sZWFuKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgaWRsZSA9IHQuZGVmaW5pdGlvbi5pZGxlRGV0ZWN0aW9uO1xuICBpZiAoaWRsZT8uZW5hYmxlZCA9PT0gZmFsc2UpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IG1pbnV0ZXMgPSBoaWJlcm5hdGlvbiA/IGlkbGU/LmhpYmVybmF0ZVRocmVzaG9sZE1pbnV0ZXMgPz8gaWRsZT8uaWRsZVRocmVzaG9sZE1pbnV0ZXMgOiBpZGxlPy5pZGxlVGhyZXNob2xkTWludXRlcztcbiAgcmV0dXJuIG1pbnV0ZXMgPz8gMzA7XG59XG5cbi8qKiBUaGUgc2VydmljZXMgTGFiU3RhY2sgcHVibGlzaGVzIGJlaGluZCB0aGUgd2ViIGdhdGV3YXkuICovXG5mdW5jdGlvbiB3ZWJTZXJ2aWNlcyh0OiBSZXNvbHZlZFRlbXBsYXRlKTogc3RyaW5nW10ge1xuICByZXR1cm4gd2ViU2VydmljZXNPZih0LmRlZmluaXRpb24pLm1hcCgocykgPT4gcy5uYW1lKTtcbn1cblxuLyoqIFRoZSBmaWVsZHMgZXZlcnkgYmFja2VuZCdzIHdvcmtzcGFjZSB2aWV3IHRha2VzIGZyb20gdGhlIHJlcXVlc3QsIHRoZSB0ZW1wbGF0ZSBhbmQgdGhlIHNpemluZy4gKi9cbmZ1bmN0aW9uIGNvbW1vblZpZXcodzogeyBuYW1lOiBzdHJpbmc7IG93bmVyPzogc3RyaW5nOyBwcm9qZWN0Pzogc3RyaW5nOyB1c2Vycz86IHN0cmluZ1tdIH0sIHRlbXBsYXRlOiBSZXNvbHZlZFRlbXBsYXRlLCBzaXppbmc6IFNpemluZykge1xuICByZXR1cm4ge1xuICAgIG5hbWU6IHcubmFtZSxcbiAgICB0ZW1wbGF0ZTogdGVtcGxhdGUuc2x1ZyxcbiAgICB0ZW1wbGF0ZU5hbWU6IHRlbXBsYXRlLm5hbWUsXG4gICAgY29ubmVjdGlvbjogdGVtcGxhdGUuY29ubmVjdGlvblR5cGUsXG4gICAgc2l6ZTogc2l6aW5nLnNpemUsXG4gICAgYXJjaGl0ZWN0dXJlOiBzaXppbmcuYXJjaGl0ZWN0dXJlLFxuICAgIGluc3RhbmNlVHlwZTogc2l6aW5nLmluc3RhbmNlVHlwZSxcbiAgICB2Y3B1czogc2l6aW5nLnZjcHVzLFxuICAgIG1lbW9yeU1pQjogc2l6aW5nLm1lbW9yeU1pQixcbiAgICBncHVzOiBzaXppbmcuZ3B1cyxcbiAgICBob3VybHlDb3N0OiBzaXppbmcuaG91cmx5Q29zdCxcbiAgICBjb3N0U291cmNlOiBzaXppbmcuY29zdFNvdXJjZSxcbiAgICBvd25lcjogdy5vd25lcixcbiAgICBwcm9qZWN0OiB3LnByb2plY3QsXG4gICAgYWNjb3VudHM6IHcudXNlcnMgPz8gKCdhbGwnIGFzIGNvbnN0KSxcbiAgfTtcbn1cblxuLyoqIFdoYXQgYSBsYWIgZmlsZSdzIHdvcmtzcGFjZSBhc2tzIGZvciAoZXZlcnkgYmFja2VuZCkuICovXG5pbnRlcmZhY2UgV29ya3NwYWNlQXNrZWQge1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHRlbXBsYXRlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHBhcmFtZXRlcnM/OiB7IFtrOiBzdHJpbmddOiBzdHJpbmcgfTtcbiAgcmVhZG9ubHkgc2l6ZT86IFdvcmtzcGFjZVNpemU7XG4gIHJlYWRvbmx5IGFyY2hpdGVjdHVyZT86IEFyY2hpdGVjdHVyZTtcbiAgcmVhZG9ubHkgaW5zdGFuY2VUeXBlPzogc3RyaW5nO1xufVxuXG4vKiogUmVzb2x2ZXMgYW5kIHNpemVzIGEgd29ya3NwYWNlOyBwcm9ibGVtcyBhcmUgY29sbGVjdGVkIHdpdGggdGhlIGxhYiBmaWxlJ3MgbGluZXMuICovXG5mdW5jdGlvbiBzaXplV29ya3NwYWNlKFxuICBzcmM6IFlhbWxTb3VyY2UsIGNhdGFsb2c6IFRlbXBsYXRlQ2F0YWxvZywgaTogbnVtYmVyLCB3OiBXb3Jrc3BhY2VBc2tlZCxcbiAgcHJvYmxlbXM6IERpYWdub3N0aWNbXSxcbik6IHsgdGVtcGxhdGU6IFJlc29sdmVkVGVtcGxhdGU7IHNpemluZzogU2l6aW5nIH0gfCB1bmRlZmluZWQge1xuICBjb25zdCBhdCA9ICguLi5wOiBZYW1sUGF0aCkgPT4gc3JjLmxvY2F0ZShbJ3dvcmtzcGFjZXMnLCBpLCAuLi5wXSk7XG4gIGxldCB0ZW1wbGF0ZTogUmVzb2x2ZWRUZW1wbGF0ZTtcbiAgdHJ5IHtcbiAgICB0ZW1wbGF0ZSA9IGNhdGFsb2cucmVzb2x2ZSh3LnRlbXBsYXRlLCB3LnBhcmFtZXRlcnMpO1xuICB9IGNhdGNoIChlKSB7XG4gICAgaWYgKCFXb3Jrc3BhY2VJbnB1dEVycm9yLmlzV29ya3NwYWNlSW5wdXRFcnJvcihlKSkgdGhyb3cgZTtcbiAgICBmb3IgKGNvbnN0IGQgb2YgZS5kaWFnbm9zdGljcykge1xuICAgICAgcHJvYmxlbXMucHVzaChkLmxvY2F0aW9uPy5maWxlICYmIGQuY29kZSAhPT0gJ3Vua25vd24tdGVtcGxhdGUnID8gZFxuICAgICAgICA6IHsgLi4uZCwgZmllbGQ6IGB3b3Jrc3BhY2VzWyR7aX1dLnRlbXBsYXRlYCwgbWVzc2FnZTogYHdvcmtzcGFjZSBcIiR7dy5uYW1lfVwiOiAke2QubWVzc2FnZX1gLCBsb2NhdGlvbjogYXQoJ3RlbXBsYXRlJykgfSk7XG4gICAgfVxuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbiAgdHJ5IHtcbiAgICByZXR1cm4geyB0ZW1wbGF0ZSwgc2l6aW5nOiBXb3Jrc3BhY2VTaXppbmcub2YodGVtcGxhdGUsIHsgc2l6ZTogdy5zaXplLCBhcmNoaXRlY3R1cmU6IHcuYXJjaGl0ZWN0dXJlLCBpbnN0YW5jZVR5cGU6IHcuaW5zdGFuY2VUeXBlIH0sIGB3b3Jrc3BhY2UgXCIke3cubmFtZX1cImApIH07XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBpZiAoIVdvcmtzcGFjZUlucHV0RXJyb3IuaXNXb3Jrc3BhY2VJbnB1dEVycm9yKGUpKSB0aHJvdyBlO1xuICAgIGZvciAoY29uc3QgZCBvZiBlLmRpYWdub3N0aWNzKSBwcm9ibGVtcy5wdXNoKHsgLi4uZCwgZmllbGQ6IGB3b3Jrc3BhY2VzWyR7aX1dLiR7ZC5maWVsZCA/PyAnc2l6ZSd9YCwgbG9jYXRpb246IGF0KHcuc2l6ZSA/ICdzaXplJyA6ICd0ZW1wbGF0ZScpIH0pO1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqIE93bmVycyBhbmQgYWNjb3VudCBob2xkZXJzIHRoYXQgdGhlIHJlZ2lzdHJ5IGRvZXMgbm90IGtub3cgKHRoZSBzeW50aGVzaXMgcmVmdXNlcyB0aGVtKS4gKi9cbmZ1bmN0aW9uIHJlZ2lzdHJ5V2FybmluZ3Moc3JjOiBZYW1sU291cmNlLCB3b3Jrc3BhY2VzOiBMYWJXb3Jrc3BhY2VWaWV3W10sIHJlZ2lzdHJ5OiBVc2VyUmVnaXN0cnkgfCB1bmRlZmluZWQpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IG91dDogc3RyaW5nW10gPSBbXTtcbiAgY29uc3Qga25vd24gPSBuZXcgU2V0KChyZWdpc3RyeT8udXNlcnMgPz8gW10pLm1hcCgodSkgPT4gdS5uYW1lKSk7XG4gIHdvcmtzcGFjZXMuZm9yRWFjaCgodywgaSkgPT4ge1xuICAgIGNvbnN0IHVua25vd24gPSBbLi4ubmV3IFNldChbLi4uKHcub3duZXIgPyBbdy5vd25lcl0gOiBbXSksIC4uLih3LmFjY291bnRzID09PSAnYWxsJyA/IFtdIDogdy5hY2NvdW50cyldKV0uZmlsdGVyKChuKSA9PiAha25vd24uaGFzKG4pKTtcbiAgICBpZiAodW5rbm93bi5sZW5ndGggPT09IDApIHJldHVybjtcbiAgICBjb25zdCBhdCA9IHNyYy5sb2NhdGUoWyd3b3Jrc3BhY2VzJywgaSwgdy5vd25lciAmJiB1bmtub3duLmluY2x1ZGVzKHcub3duZXIpID8gJ293bmVyJyA6ICd1c2VycyddKTtcbiAgICBvdXQucHVzaChgJHthdC5maWxlfToke2F0LmxpbmV9OiR7YXQuY29sdW1ufTogd29ya3NwYWNlIFwiJHt3Lm5hbWV9XCI6ICR7dW5rbm93bi5tYXAoKG4pID0+IGBcIiR7bn1cImApLmpvaW4oJywgJyl9ICR7dW5rbm93bi5sZW5ndGggPiAxID8gJ2FyZScgOiAnaXMnfSBub3QgJHtyZWdpc3RyeSA/ICdpbiB0aGUgcmVnaXN0cnknIDogJ2tub3duOiB0aGUgbGFiIGhhcyBubyByZWdpc3RyeSd9OyB0aGUgc3ludGhlc2lzIHdpbGwgcmVmdXNlICR7dW5rbm93bi5sZW5ndGggPiAxID8gJ3RoZW0nIDogJ2l0J31gKTtcbiAgfSk7XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIHJlZ2lzdHJ5TmFtZShmaWxlOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBzdHJpbmcge1xuICByZXR1cm4gZmlsZSA/IHNob3duUGF0aChmaWxlKSA6ICd0aGUgcmVnaXN0cnknO1xufVxuXG5mdW5jdGlvbiBwcmljZXMoKTogTGFiVmlld1sncHJpY2VzJ10ge1xuICByZXR1cm4geyBkZXNjcmlwdGlvbjogUHJpY2VUYWJsZS5idW5kbGVkKCkuZGVzY3JpcHRpb24sIHJlZ2lvbjogUHJpY2VUYWJsZS5CVU5ETEVEX1JFR0lPTiwgZGF0ZTogUHJpY2VUYWJsZS5CVU5ETEVEX0RBVEUgfTtcbn1cblxuLyoqIFJlYWRzIGEgbGFiIGZpbGUgb2YgYW55IGJhY2tlbmQuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gbG9hZExhYihmaWxlOiBzdHJpbmcsIGJhY2tlbmQ6IExhYkJhY2tlbmQsIHNvdXJjZTogWWFtbFNvdXJjZSk6IFByb21pc2U8TG9hZGVkTGFiPiB7XG4gIHJldHVybiBiYWNrZW5kID09PSAnYXdzJyA/IGxvYWRBd3NMYWIoZmlsZSwgc291cmNlKSA6IGJhY2tlbmQgPT09ICdrdWJlcm5ldGVzJyA/IGxvYWRLdWJlcm5ldGVzTGFiKGZpbGUsIHNvdXJjZSkgOiBsb2FkUHJveG1veExhYihmaWxlLCBzb3VyY2UpO1xufVxuXG5hc3luYyBmdW5jdGlvbiBsb2FkQXdzTGFiKGZpbGU6IHN0cmluZywgc291cmNlOiBZYW1sU291cmNlKTogUHJvbWlzZTxMb2FkZWRMYWI+IHtcbiAgY29uc3QgeyBMYWJTdGFjayB9ID0gYXdhaXQgaW1wb3J0KCcuLi9zdGFja3MvYXdzL2xhYi1zdGFjay5qcycpO1xuICBjb25zdCBkZWYgPSBMYWJTdGFjay5sb2FkRGVmaW5pdGlvbihmaWxlKTtcbiAgY29uc3QgY2F0YWxvZyA9IGRlZi5jYXRhbG9nID8/IFRlbXBsYXRlQ2F0YWxvZy5idW5kbGVkKCk7XG4gIGlmIChkZWYudGVtcGxhdGVzRGlyICYmICFkZWYuY2F0YWxvZykgY2F0YWxvZy5sb2FkRGlyZWN0b3J5KGRlZi50ZW1wbGF0ZXNEaXIpO1xuICBjb25zdCBwcm9ibGVtczogRGlhZ25vc3RpY1tdID0gW107XG4gIGNvbnN0IG1pc3NpbmcgPSAoa2V5OiBzdHJpbmcsIGY6IHN0cmluZyB8IHVuZGVmaW5lZCkgPT4ge1xuICAgIGlmIChmICYmICFmcy5leGlzdHNTeW5jKGYpKSB7XG4gICAgICBwcm9ibGVtcy5wdXNoKHByb2JsZW0oeyBjb2RlOiAnbm8tc3VjaC1maWxlJywgbWVzc2FnZTogJ3RoZSBmaWxlIGRvZXMgbm90IGV4aXN0JywgZmllbGQ6IGtleSwgdmFsdWU6IHBhdGgucmVsYXRpdmUocGF0aC5kaXJuYW1lKHBhdGgucmVzb2x2ZShmaWxlKSksIGYpLCBmaXg6ICdjaGVjayB0aGUgcGF0aCAocmVsYXRpdmUgdG8gdGhlIGxhYiBmaWxlKScsIGxvY2F0aW9uOiBzb3VyY2UubG9jYXRlKFtrZXldKSB9KSk7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgcmV0dXJuIGZhbHNlO1xuICB9O1xuICBjb25zdCByZWdpc3RyeSA9IGRlZi5yZWdpc3RyeSA/PyAoZGVmLnJlZ2lzdHJ5RmlsZSAmJiAhbWlzc2luZygncmVnaXN0cnknLCBkZWYucmVnaXN0cnlGaWxlKSA/IFVzZXJSZWdpc3RyeS5mcm9tRmlsZShkZWYucmVnaXN0cnlGaWxlKSA6IHVuZGVmaW5lZCk7XG4gIGNvbnN0IHBvbGljeSA9IGRlZi5wb2xpY3kgPz8gKGRlZi5wb2xpY3lGaWxlICYmICFtaXNzaW5nKCdwb2xpY3knLCBkZWYucG9saWN5RmlsZSkgPyBXb3Jrc3BhY2VQb2xpY3kuZnJvbUZpbGUoZGVmLnBvbGljeUZpbGUpIDogdW5kZWZpbmVkKTtcbiAgY29uc3QgZWdyZXNzID0gZGVmLmVncmVzcyA/PyBwb2xpY3k/LnByb3BzLmVncmVzcyA/PyBFZ3Jlc3NNb2RlLk5PTkU7XG4gIGNvbnN0IHdvcmtzcGFjZXM6IExhYldvcmtzcGFjZVZpZXdbXSA9IFtdO1xuICBkZWYud29ya3NwYWNlcy5mb3JFYWNoKCh3LCBpKSA9PiB7XG4gICAgY29uc3Qgc2l6ZWQgPSBzaXplV29ya3NwYWNlKHNvdXJjZSwgY2F0YWxvZywgaSwgdywgcHJvYmxlbXMpO1xuICAgIGlmICghc2l6ZWQpIHJldHVybjtcbiAgICBjb25zdCB7IHRlbXBsYXRlLCBzaXppbmcgfSA9IHNpemVkO1xuICAgIGNvbnN0IHNlcnZpY2VzID0gd2ViU2VydmljZXModGVtcGxhdGUpO1xuICAgIGNvbnN0IHdlYiA9IHcud2ViID8/IChkZWYud2ViICE9PSB1bmRlZmluZWQgJiYgc2VydmljZXMubGVuZ3RoID4gMCk7XG4gICAgY29uc3QgaGliZXJuYXRpb24gPSB3LmhpYmVybmF0aW9uID8/IGZhbHNlO1xuICAgIHdvcmtzcGFjZXMucHVzaCh7XG4gICAgICAuLi5jb21tb25WaWV3KHcsIHRlbXBsYXRlLCBzaXppbmcpLFxuICAgICAgYWNjZXNzOiBbJ3Nlc3Npb24tbWFuYWdlcicsIC4uLih3ZWIgPyBbJ3dlYi1nYXRld2F5JyBhcyBjb25zdF0gOiBbXSksIC4uLih3LnNzaENpZHJzPy5sZW5ndGggPyBbJ3NzaCcgYXMgY29uc3RdIDogW10pXSxcbiAgICAgIHdlYlNlcnZpY2VzOiB3ZWIgPyBzZXJ2aWNlcyA6IFtdLFxuICAgICAgZWdyZXNzLFxuICAgICAgc3BvdDogdy5zcG90ID8/IGZhbHNlLFxuICAgICAgaGliZXJuYXRpb24sXG4gICAgICBpZGxlU3RvcE1pbnV0ZXM6IGlkbGVNaW51dGVzKHRlbXBsYXRlLCBoaWJlcm5hdGlvbiksXG4gICAgICBzaGFyZWRTdG9yYWdlOiB0cnVlLFxuICAgIH0pO1xuICB9KTtcbiAgaWYgKHByb2JsZW1zLmxlbmd0aCkgdGhyb3cgbmV3IFdvcmtzcGFjZUlucHV0RXJyb3IocHJvYmxlbXMsIHByb2JsZW1zLmxlbmd0aCA+IDEgPyBgJHtzb3VyY2UuZmlsZX06ICR7cHJvYmxlbXMubGVuZ3RofSBwcm9ibGVtcyBpbiB0aGUgbGFiIGRlZmluaXRpb25gIDogdW5kZWZpbmVkKTtcblxuICBjb25zdCB2cGMgPSBkZWYudnBjO1xuICBjb25zdCBleGlzdGluZyA9IHZwYz8udnBjSWQgIT09IHVuZGVmaW5lZDtcbiAgY29uc3QgYXpzID0gdnBjPy5hdmFpbGFiaWxpdHlab25lcz8ubGVuZ3RoID8/IHZwYz8ubWF4QXpzID8/IDI7XG4gIGNvbnN0IHN1Ym5ldHMgPSBlZ3Jlc3MgPT09IEVncmVzc01vZGUuTk9ORSA/ICdwcml2YXRlIGlzb2xhdGVkIHN1Ym5ldHMgKG5vIGludGVybmV0IGdhdGV3YXksIG5vIE5BVCknIDogYHByaXZhdGUgc3VibmV0cywgJHt2cGM/Lm5hdEdhdGV3YXlzID8/IDF9IE5BVCBnYXRld2F5JHsodnBjPy5uYXRHYXRld2F5cyA/PyAxKSA+IDEgPyAncycgOiAnJ31gO1xuICBjb25zdCBhbGxvd2VkID0gcG9saWN5Py5lZ3Jlc3NBbGxvd2VkRG9tYWlucyA/PyBbXTtcbiAgY29uc3QgZWdyZXNzUGF0aCA9IGVncmVzcyA9PT0gRWdyZXNzTW9kZS5OT05FID8gJ25vbmU6IG5vIGludGVybmV0IHBhdGggKEFXUyBzZXJ2aWNlcyB0aHJvdWdoIHRoZSBWUEMgZW5kcG9pbnRzIG9ubHkpJ1xuICAgIDogZWdyZXNzID09PSBFZ3Jlc3NNb2RlLlBST1hJRUQgPyBgcHJveGllZDogTkFUIGdhdGV3YXkgYmVoaW5kIGEgUm91dGUgNTMgRE5TIEZpcmV3YWxsIHRoYXQgYW5zd2VycyBvbmx5IGZvciAke2FsbG93ZWQubGVuZ3RofSBhbGxvd2VkIGRvbWFpbnMgKGFuZCB0aGUgcGxhdGZvcm0ncyBtaXJyb3JzKWBcbiAgICAgIDogJ29wZW46IE5BVCBnYXRld2F5LCBubyBmaWx0ZXInO1xuICBjb25zdCBzc2hDaWRycyA9IFsuLi5uZXcgU2V0KGRlZi53b3Jrc3BhY2VzLmZsYXRNYXAoKHcpID0+IHcuc3NoQ2lkcnMgPz8gW10pKV07XG4gIGNvbnN0IHZpZXc6IExhYlZpZXcgPSB7XG4gICAgYmFja2VuZDogJ2F3cycsXG4gICAgZmlsZSxcbiAgICBuYW1lOiBkZWYubmFtZSxcbiAgICByZWdpb246IGRlZi5yZWdpb24sXG4gICAgZWdyZXNzLFxuICAgIGVncmVzc0FsbG93ZWREb21haW5zOiBlZ3Jlc3MgPT09IEVncmVzc01vZGUuUFJPWElFRCA/IGFsbG93ZWQgOiBbXSxcbiAgICBwb2xpY3lOYW1lOiBwb2xpY3k/Lm5hbWUsXG4gICAgcG9saWN5RmlsZTogZGVmLnBvbGljeUZpbGUgPyBzaG93blBhdGgoZGVmLnBvbGljeUZpbGUpIDogdW5kZWZpbmVkLFxuICAgIHJlZ2lzdHJ5RmlsZTogZGVmLnJlZ2lzdHJ5RmlsZSA/IHNob3duUGF0aChkZWYucmVnaXN0cnlGaWxlKSA6IHVuZGVmaW5lZCxcbiAgICB1c2VyczogcmVnaXN0cnk/LnVzZXJzID8/IFtdLFxuICAgIGdyb3VwczogcmVnaXN0cnk/Lmdyb3VwcyA/PyBbXSxcbiAgICB3b3Jrc3BhY2VzLFxuICAgIG5ldHdvcms6IHtcbiAgICAgIGtpbmQ6ICd2cGMnLFxuICAgICAgc3VtbWFyeTogZXhpc3RpbmcgPyBgZXhpc3RpbmcgVlBDICR7dnBjIS52cGNJZH0gKCR7dnBjIS52cGNDaWRyQmxvY2sgPz8gJ3JhbmdlIHVua25vd24nfSksICR7dnBjIS5zdWJuZXRJZHM/Lmxlbmd0aCA/PyAwfSBzdWJuZXRzYFxuICAgICAgICA6IGBWUEMgJHt2cGM/LmNpZHIgPz8gJzEwLjgwLjAuMC8xNid9LCAke2F6c30gYXZhaWxhYmlsaXR5IHpvbmVzLCAke3N1Ym5ldHN9YCxcbiAgICAgIGRldGFpbHM6IFsnbm8gcHVibGljIGFkZHJlc3NlczsgZmxvdyBsb2dzIHRvIGFuIGVuY3J5cHRlZCBsb2cgZ3JvdXAnXSxcbiAgICAgIGVncmVzc1BhdGgsXG4gICAgICBlbmRwb2ludHM6IEFXU19FTkRQT0lOVFMsXG4gICAgICBhY2Nlc3NDaWRyczogc3NoQ2lkcnMsXG4gICAgfSxcbiAgICBzdG9yYWdlOiB7XG4gICAgICBraW5kOiAnZWZzJyxcbiAgICAgIHN1bW1hcnk6IGBBbWF6b24gRUZTLCBlbmNyeXB0ZWQgKGxhYiBLTVMga2V5KSwgVExTIGFuZCBJQU0gcmVxdWlyZWQke2RlZi5zdG9yYWdlPy5iYWNrdXAgPT09IGZhbHNlID8gJycgOiAnLCBBV1MgQmFja3VwJ30ke2RlZi5zdG9yYWdlPy5kZWxldGVXaXRoTGFiID8gJycgOiAnLCByZXRhaW5lZCd9YCxcbiAgICAgIG1vdW50UG9pbnQ6IE1PVU5UX1BPSU5ULFxuICAgICAgaG9tZXM6IGAke01PVU5UX1BPSU5UfS9ob21lYCxcbiAgICAgIHByb2plY3RzOiBgJHtNT1VOVF9QT0lOVH0vcHJvamVjdHNgLFxuICAgICAgc2NyYXRjaDogYCR7TU9VTlRfUE9JTlR9L3NjcmF0Y2hgLFxuICAgIH0sXG4gICAgd2ViOiBkZWYud2ViID8geyBkb21haW46IGRlZi53ZWIuZG9tYWluTmFtZSwgaXNzdWVyOiBkZWYud2ViLm9pZGMuaXNzdWVyLCBhbGxvd2VkQ2lkcnM6IGRlZi53ZWIuYWxsb3dlZENpZHJzID8/IFtdIH0gOiB1bmRlZmluZWQsXG4gICAgcHJpY2VzOiBwcmljZXMoKSxcbiAgICBub3RlYm9va3M6IGRlZi5zdHVkaW8gJiYgcmVnaXN0cnkgPyBub3RlYm9va1ZpZXdzKGRlZi5zdHVkaW8sIHJlZ2lzdHJ5KSA6IHVuZGVmaW5lZCxcbiAgICBzbHVybU5vdGU6IGRlZi5jbHVzdGVyID8gc2x1cm1Ob3RlKGRlZi5jbHVzdGVyKSA6IHVuZGVmaW5lZCxcbiAgICB3YXJuaW5nczogcmVnaXN0cnlXYXJuaW5ncyhzb3VyY2UsIHdvcmtzcGFjZXMsIHJlZ2lzdHJ5KSxcbiAgfTtcbiAgcmV0dXJuIHsgdmlldywgZGVmaW5pdGlvbjogZGVmLCBzb3VyY2UgfTtcbn1cblxuLyoqIFN0dWRpbydzIGFwcHMgYXMgYHJ3cyBsYWIgY29zdGAgcHJpY2VzIHRoZW06IG9uZSBhcHAgcGVyIHVzZXIgcHJvZmlsZSBvbiB0aGUgZGVmYXVsdCB0eXBlLCBhbmQgZXZlcnkgc2hhcmVkIHNwYWNlLiAqL1xuZnVuY3Rpb24gbm90ZWJvb2tWaWV3cyhzdHVkaW86IE5vbk51bGxhYmxlPExhYkRlZmluaXRpb25bJ3N0dWRpbyddPiwgcmVnaXN0cnk6IFVzZXJSZWdpc3RyeSk6IExhYk5vdGVib29rVmlld1tdIHtcbiAgY29uc3QgdHlwZSA9IHN0dWRpby5pbnN0YW5jZVR5cGUgPz8gTm90ZWJvb2tzLkRFRkFVTFRfSU5TVEFOQ0VfVFlQRTtcbiAgY29uc3QgaWRsZSA9IHN0dWRpby5pZGxlTWludXRlcyA/PyA2MDtcbiAgY29uc3QgdXNlcnMgPSBzdHVkaW8udXNlcnMgPz8gcmVnaXN0cnkudXNlcnMubWFwKCh1KSA9PiB1Lm5hbWUpO1xuICByZXR1cm4gW1xuICAgIC4uLnVzZXJzLm1hcCgodSkgPT4gKHsga2luZDogJ3Byb2ZpbGUnIGFzIGNvbnN0LCBuYW1lOiB1LCBvd25lcjogdSwgaW5zdGFuY2VUeXBlOiB0eXBlLCBob3VybHlDb3N0OiBOb3RlYm9va3MuaG91cmx5UHJpY2UodHlwZSksIGlkbGVTdG9wTWludXRlczogaWRsZSB9KSksXG4gICAgLi4uKHN0dWRpby5zcGFjZXMgPz8gW10pLm1hcCgocykgPT4gKHtcbiAgICAgIGtpbmQ6ICdzcGFjZScgYXMgY29uc3QsXG4gICAgICBuYW1lOiBzLm5hbWUsXG4gICAgICBvd25lcjogcy5vd25lcixcbiAgICAgIHByb2plY3Q6IHMucHJvamVjdCxcbiAgICAgIGluc3RhbmNlVHlwZTogcy5pbnN0YW5jZVR5cGUgPz8gdHlwZSxcbiAgICAgIGhvdXJseUNvc3Q6IE5vdGVib29rcy5ob3VybHlQcmljZShzLmluc3RhbmNlVHlwZSA/PyB0eXBlKSxcbiAgICAgIGlkbGVTdG9wTWludXRlczogaWRsZSxcbiAgICB9KSksXG4gIF07XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGxvYWRQcm94bW94TGFiKGZpbGU6IHN0cmluZywgc291cmNlOiBZYW1sU291cmNlKTogUHJvbWlzZTxMb2FkZWRMYWI+IHtcbiAgY29uc3QgeyByZWFkUHJveG1veExhYkZpbGUgfSA9IGF3YWl0IGltcG9ydCgnLi4vc3RhY2tzL3Byb3htb3gvcHJveG1veC1sYWItZmlsZS5qcycpO1xuICBjb25zdCBsb2FkZWQgPSByZWFkUHJveG1veExhYkZpbGUoZmlsZSk7XG4gIGNvbnN0IHAgPSBsb2FkZWQucHJvcHM7XG4gIGNvbnN0IGNhdGFsb2cgPSBwLmNhdGFsb2cgPz8gVGVtcGxhdGVDYXRhbG9nLmJ1bmRsZWQoKTtcbiAgY29uc3QgcHJvYmxlbXM6IERpYWdub3N0aWNbXSA9IFtdO1xuICBjb25zdCBwb2xpY3lFZ3Jlc3MgPSBwLnBvbGljeT8uZWdyZXNzID8/IEVncmVzc01vZGUuT1BFTjtcbiAgY29uc3Qgd29ya3NwYWNlczogTGFiV29ya3NwYWNlVmlld1tdID0gW107XG4gIHAud29ya3NwYWNlcy5mb3JFYWNoKCh3LCBpKSA9PiB7XG4gICAgY29uc3Qgc2l6ZWQgPSBzaXplV29ya3NwYWNlKHNvdXJjZSwgY2F0YWxvZywgaSwgdywgcHJvYmxlbXMpO1xuICAgIGlmICghc2l6ZWQpIHJldHVybjtcbiAgICBjb25zdCB7IHRlbXBsYXRlLCBzaXppbmcgfSA9IHNpemVkO1xuICAgIGNvbnN0IGtpbmQgPSB3LmtpbmQgPz8gJ3ZtJztcbiAgICB3b3Jrc3BhY2VzLnB1c2goe1xuICAgICAgLi4uY29tbW9uVmlldyh3LCB0ZW1wbGF0ZSwgc2l6aW5nKSxcbiAgICAgIGFjY2VzczogcC5hY2Nlc3NDaWRycz8ubGVuZ3RoID8gWydyZW1vdGUtYWNjZXNzJ10gOiBbXSxcbiAgICAgIHdlYlNlcnZpY2VzOiBbXSxcbiAgICAgIGVncmVzczogdy5lZ3Jlc3MgPz8gcG9saWN5RWdyZXNzLFxuICAgICAgc3BvdDogZmFsc2UsXG4gICAgICBoaWJlcm5hdGlvbjogZmFsc2UsXG4gICAgICBpZGxlU3RvcE1pbnV0ZXM6IGlkbGVNaW51dGVzKHRlbXBsYXRlLCBmYWxzZSksXG4gICAgICBzaGFyZWRTdG9yYWdlOiBwLnN0b3JhZ2UgIT09IHVuZGVmaW5lZCAmJiBraW5kID09PSAndm0nLFxuICAgICAgbm9kZTogdy5ub2RlTmFtZSxcbiAgICAgIGtpbmQsXG4gICAgfSk7XG4gIH0pO1xuICBpZiAocHJvYmxlbXMubGVuZ3RoKSB0aHJvdyBuZXcgV29ya3NwYWNlSW5wdXRFcnJvcihwcm9ibGVtcywgcHJvYmxlbXMubGVuZ3RoID4gMSA/IGAke3NvdXJjZS5maWxlfTogJHtwcm9ibGVtcy5sZW5ndGh9IHByb2JsZW1zIGluIHRoZSBsYWIgZGVmaW5pdGlvbmAgOiB1bmRlZmluZWQpO1xuICBjb25zdCBjID0gcC5jbHVzdGVyO1xuICBjb25zdCBicmlkZ2UgPSBgJHtjLmJyaWRnZSA/PyAndm1icjAnfSR7Yy52bGFuSWQgIT09IHVuZGVmaW5lZCA/IGAgVkxBTiAke2MudmxhbklkfWAgOiAnJ31gO1xuICBjb25zdCBkZXRhaWxzID0gW1xuICAgIC4uLihjLmRuc1NlcnZlcnM/Lmxlbmd0aCA/IFtgRE5TICR7Yy5kbnNTZXJ2ZXJzLmpvaW4oJywgJyl9YF0gOiBbXSksXG4gICAgLi4uKGMubnRwU2VydmVycz8ubGVuZ3RoID8gW2BOVFAgJHtjLm50cFNlcnZlcnMuam9pbignLCAnKX1gXSA6IFtdKSxcbiAgICAuLi4ocC5hbGxvd2VkRW5kcG9pbnRzPy5sZW5ndGggPyBbYGFsbG93ZWQgZW5kcG9pbnRzICR7cC5hbGxvd2VkRW5kcG9pbnRzLm1hcCgoZSkgPT4gYCR7ZS5hZGRyZXNzfToke2UucG9ydH1gKS5qb2luKCcsICcpfWBdIDogW10pLFxuICAgICdhIFByb3htb3ggZmlyZXdhbGwgcGVyIHdvcmtzcGFjZTogaW5ib3VuZCBEUk9QLCBJUC9NQUMgZmlsdGVyaW5nJyxcbiAgXTtcbiAgY29uc3QgbW9kZXMgPSBbLi4ubmV3IFNldCh3b3Jrc3BhY2VzLm1hcCgodykgPT4gdy5lZ3Jlc3MpKV07XG4gIGNvbnN0IGVncmVzc1BhdGggPSBtb2Rlcy5tYXAoKG0pID0+IChtID09PSBFZ3Jlc3NNb2RlLk5PTkUgPyAnbm9uZTogRE5TL05UUC9ORlMgdG8gdGhlIG5hbWVkIHNlcnZlcnMgb25seSdcbiAgICA6IG0gPT09IEVncmVzc01vZGUuUFJPWElFRCA/IGBwcm94aWVkOiBvbmx5IHRoZSBwcm94eSAke3AucHJveHkgPyBgJHtwLnByb3h5LmFkZHJlc3N9OiR7cC5wcm94eS5wb3J0fWAgOiAnKG5vbmUgc2V0KSd9YFxuICAgICAgOiAnb3BlbjogZXZlcnl0aGluZycpKS5qb2luKCc7ICcpO1xuICBjb25zdCB2aWV3OiBMYWJWaWV3ID0ge1xuICAgIGJhY2tlbmQ6ICdwcm94bW94JyxcbiAgICBmaWxlLFxuICAgIG5hbWU6IHAubGFiTmFtZSxcbiAgICBlZ3Jlc3M6IHBvbGljeUVncmVzcyxcbiAgICBlZ3Jlc3NBbGxvd2VkRG9tYWluczogcC5wb2xpY3k/LmVncmVzc0FsbG93ZWREb21haW5zID8/IFtdLFxuICAgIHBvbGljeU5hbWU6IHAucG9saWN5Py5uYW1lLFxuICAgIHBvbGljeUZpbGU6IGxvYWRlZC5wb2xpY3lGaWxlID8gc2hvd25QYXRoKGxvYWRlZC5wb2xpY3lGaWxlKSA6IHVuZGVmaW5lZCxcbiAgICByZWdpc3RyeUZpbGU6IGxvYWRlZC5yZWdpc3RyeUZpbGUgPyBzaG93blBhdGgobG9hZGVkLnJlZ2lzdHJ5RmlsZSkgOiB1bmRlZmluZWQsXG4gICAgdXNlcnM6IHAucmVnaXN0cnk/LnVzZXJzID8/IFtdLFxuICAgIGdyb3VwczogcC5yZWdpc3RyeT8uZ3JvdXBzID8/IFtdLFxuICAgIHdvcmtzcGFjZXMsXG4gICAgbmV0d29yazoge1xuICAgICAga2luZDogJ3Byb3htb3gnLFxuICAgICAgc3VtbWFyeTogYFByb3htb3ggVkUgbm9kZXMgJHtjLm5vZGVzLmpvaW4oJywgJyl9OyBicmlkZ2UgJHticmlkZ2V9YCxcbiAgICAgIGRldGFpbHMsXG4gICAgICBlZ3Jlc3NQYXRoOiBlZ3Jlc3NQYXRoIHx8ICdubyB3b3Jrc3BhY2VzJyxcbiAgICAgIGVuZHBvaW50czogW10sXG4gICAgICBhY2Nlc3NDaWRyczogcC5hY2Nlc3NDaWRycyA/PyBbXSxcbiAgICB9LFxuICAgIHN0b3JhZ2U6IG5mc1N0b3JhZ2VWaWV3KHAuc3RvcmFnZSwgcC5zdG9yYWdlTGF5b3V0KSxcbiAgICBwcmljZXM6IHByaWNlcygpLFxuICAgIHdhcm5pbmdzOiB0ZXJyYWZvcm1MYWJXYXJuaW5ncyhzb3VyY2UsIHdvcmtzcGFjZXMsIHAucmVnaXN0cnksIGxvYWRlZC5yZWdpc3RyeUZpbGUpLFxuICB9O1xuICByZXR1cm4geyB2aWV3LCBwcm94bW94OiBsb2FkZWQsIHNvdXJjZSB9O1xufVxuXG4vKiogVGhlIE5GUyBzaGFyZSBvZiBhIFRlcnJhZm9ybSBsYWIgKFByb3htb3ggb3IgS3ViZXJuZXRlcyksIGFzIHRoZSB2aWV3cyBzaG93IGl0LiAqL1xuZnVuY3Rpb24gbmZzU3RvcmFnZVZpZXcoc3RvcmFnZTogTmZzU3RvcmFnZVByb3BzIHwgdW5kZWZpbmVkLCBsYXlvdXQ6IFN0b3JhZ2VMYXlvdXQgfCB1bmRlZmluZWQpOiBMYWJTdG9yYWdlVmlldyB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBzdG9yYWdlID8ge1xuICAgIGtpbmQ6ICduZnMnLFxuICAgIHN1bW1hcnk6IGBORlN2NC4xICR7c3RvcmFnZS5zZXJ2ZXJ9OiR7c3RvcmFnZS5leHBvcnRQYXRofSAoJHtsYXlvdXQgPz8gJ3VzZXItc3ViZGlyZWN0b3JpZXMnfSlgLFxuICAgIG1vdW50UG9pbnQ6IE1PVU5UX1BPSU5ULFxuICAgIGhvbWVzOiBgJHtNT1VOVF9QT0lOVH0vaG9tZWAsXG4gICAgcHJvamVjdHM6IGAke01PVU5UX1BPSU5UfS9wcm9qZWN0c2AsXG4gICAgc2NyYXRjaDogYCR7TU9VTlRfUE9JTlR9L3NjcmF0Y2hgLFxuICB9IDogdW5kZWZpbmVkO1xufVxuXG4vKiogV2FybmluZ3Mgb2YgYSBUZXJyYWZvcm0gbGFiOiB0aGUgcmVnaXN0cnkncywgYW5kIGEgbG9jayBmaWxlIHRoYXQgZG9lcyBub3QgcmVjb3JkIGV2ZXJ5IGlkLiAqL1xuZnVuY3Rpb24gdGVycmFmb3JtTGFiV2FybmluZ3MoXG4gIHNvdXJjZTogWWFtbFNvdXJjZSwgd29ya3NwYWNlczogTGFiV29ya3NwYWNlVmlld1tdLCByZWdpc3RyeTogVXNlclJlZ2lzdHJ5IHwgdW5kZWZpbmVkLCByZWdpc3RyeUZpbGU6IHN0cmluZyB8IHVuZGVmaW5lZCxcbik6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIFtcbiAgICAuLi5yZWdpc3RyeVdhcm5pbmdzKHNvdXJjZSwgd29ya3NwYWNlcywgcmVnaXN0cnkpLFxuICAgIC4uLihyZWdpc3RyeT8ubG9ja0NoYW5nZWQgPyBbYCR7c2hvd25QYXRoKHJlZ2lzdHJ5LmxvY2tOYW1lKX0gZG9lcyBub3QgcmVjb3JkIGV2ZXJ5IGlkIG9mICR7cmVnaXN0cnlOYW1lKHJlZ2lzdHJ5RmlsZSl9OiB0aGUgaWRzIHNob3duIHdlcmUgYXNzaWduZWQgbm93LiBgXG4gICAgICArICdSdW4gXCJyd3MgdXNlcnMgbG9ja1wiIGFuZCBjb21taXQgdGhlIGxvY2sgZmlsZSwgc28gdWlkcyBuZXZlciBjaGFuZ2UgYmV0d2VlbiBkZXBsb3ltZW50cyddIDogW10pLFxuICBdO1xufVxuXG5hc3luYyBmdW5jdGlvbiBsb2FkS3ViZXJuZXRlc0xhYihmaWxlOiBzdHJpbmcsIHNvdXJjZTogWWFtbFNvdXJjZSk6IFByb21pc2U8TG9hZGVkTGFiPiB7XG4gIGNvbnN0IHsgcmVhZEt1YmVybmV0ZXNMYWJGaWxlIH0gPSBhd2FpdCBpbXBvcnQoJy4uL3N0YWNrcy9rdWJlcm5ldGVzL2t1YmVybmV0ZXMtbGFiLWZpbGUuanMnKTtcbiAgY29uc3QgbG9hZGVkID0gcmVhZEt1YmVybmV0ZXNMYWJGaWxlKGZpbGUpO1xuICBjb25zdCBwID0gbG9hZGVkLnByb3BzO1xuICBjb25zdCBjYXRhbG9nID0gcC5jYXRhbG9nID8/IFRlbXBsYXRlQ2F0YWxvZy5idW5kbGVkKCk7XG4gIGNvbnN0IHByb2JsZW1zOiBEaWFnbm9zdGljW10gPSBbXTtcbiAgLy8gQXMgS3ViZXJuZXRlc0xhYlN0YWNrIGRlY2lkZXMgaXQ6IHRoZSBsYWIncyBlZ3Jlc3MsIGVsc2UgdGhlIHBvbGljeSdzLCBlbHNlIG5vbmUuXG4gIGNvbnN0IGxhYkVncmVzcyA9IHAuZWdyZXNzID8/IHAucG9saWN5Py5lZ3Jlc3MgPz8gRWdyZXNzTW9kZS5OT05FO1xuICBjb25zdCBuYW1lc3BhY2UgPSBwLm5hbWVzcGFjZSA/PyBgbGFiLSR7cC5sYWJOYW1lfWA7XG4gIGNvbnN0IHdvcmtzcGFjZXM6IExhYldvcmtzcGFjZVZpZXdbXSA9IFtdO1xuICBwLndvcmtzcGFjZXMuZm9yRWFjaCgodywgaSkgPT4ge1xuICAgIGNvbnN0IHNpemVkID0gc2l6ZVdvcmtzcGFjZShzb3VyY2UsIGNhdGFsb2csIGksIHcsIHByb2JsZW1zKTtcbiAgICBpZiAoIXNpemVkKSByZXR1cm47XG4gICAgY29uc3QgeyB0ZW1wbGF0ZSwgc2l6aW5nIH0gPSBzaXplZDtcbiAgICBpZiAoc2l6aW5nLmdwdXMgPiAwICYmICFwLmdwdURldmljZU5hbWUpIHtcbiAgICAgIGNvbnN0IGF0ID0gc291cmNlLmxvY2F0ZShbJ3dvcmtzcGFjZXMnLCBpLCB3LnNpemUgPyAnc2l6ZScgOiAndGVtcGxhdGUnXSk7XG4gICAgICBwcm9ibGVtcy5wdXNoKHByb2JsZW0oe1xuICAgICAgICBjb2RlOiAnbm8tZ3B1LWRldmljZScsXG4gICAgICAgIG1lc3NhZ2U6IGB3b3Jrc3BhY2UgXCIke3cubmFtZX1cIjogc2l6ZSAke3NpemluZy5zaXplfSBoYXMgJHtzaXppbmcuZ3B1c30gR1BVKHMpIGFuZCB0aGUgbGFiIG5hbWVzIG5vIEt1YmVWaXJ0IEdQVSBkZXZpY2VgLFxuICAgICAgICBmaWVsZDogYHdvcmtzcGFjZXNbJHtpfV0uc2l6ZWAsXG4gICAgICAgIHZhbHVlOiBzaXppbmcuc2l6ZSxcbiAgICAgICAgZml4OiAnYWRkIGdwdV9kZXZpY2UgdG8ga3ViZXJuZXRlczogKGEgcGVybWl0dGVkSG9zdERldmljZXMgcmVzb3VyY2Ugc3VjaCBhcyBudmlkaWEuY29tL0dBMTAyR0xfQTEwKSwgb3IgdXNlIGEgQ1BVIHNpemUnLFxuICAgICAgICBsb2NhdGlvbjogYXQsXG4gICAgICB9KSk7XG4gICAgfVxuICAgIGNvbnN0IGltYWdlR2lCID0gdy5pbWFnZT8ubWluaW11bURpc2tHaUIgPz8gT0ZGSUNJQUxfQ0xPVURfSU1BR0VTW3RlbXBsYXRlLm9zXT8ubWluaW11bURpc2tHaUIgPz8gMDtcbiAgICB3b3Jrc3BhY2VzLnB1c2goe1xuICAgICAgLi4uY29tbW9uVmlldyh3LCB0ZW1wbGF0ZSwgc2l6aW5nKSxcbiAgICAgIGFjY2VzczogWydrdWJlcm5ldGVzLWFwaScsIC4uLihwLmFjY2Vzc0NpZHJzPy5sZW5ndGggPyBbJ3NzaCcgYXMgY29uc3RdIDogW10pXSxcbiAgICAgIHdlYlNlcnZpY2VzOiBbXSxcbiAgICAgIGVncmVzczogdy5lZ3Jlc3MgPz8gbGFiRWdyZXNzLFxuICAgICAgc3BvdDogZmFsc2UsXG4gICAgICBoaWJlcm5hdGlvbjogZmFsc2UsXG4gICAgICBpZGxlU3RvcE1pbnV0ZXM6IGlkbGVNaW51dGVzKHRlbXBsYXRlLCBmYWxzZSksXG4gICAgICBzaGFyZWRTdG9yYWdlOiBwLnN0b3JhZ2UgIT09IHVuZGVmaW5lZCxcbiAgICAgIGtpbmQ6ICd2bScsXG4gICAgICBkaXNrR2lCOiB3LmRpc2tHaUIgPz8gTWF0aC5tYXgoc2l6aW5nLnJvb3RWb2x1bWVHaUIsIGltYWdlR2lCKSxcbiAgICAgIHN0YXJ0ZWQ6IHcuc3RhcnRlZCA/PyB0cnVlLFxuICAgIH0pO1xuICB9KTtcbiAgaWYgKHByb2JsZW1zLmxlbmd0aCkgdGhyb3cgbmV3IFdvcmtzcGFjZUlucHV0RXJyb3IocHJvYmxlbXMsIHByb2JsZW1zLmxlbmd0aCA+IDEgPyBgJHtzb3VyY2UuZmlsZX06ICR7cHJvYmxlbXMubGVuZ3RofSBwcm9ibGVtcyBpbiB0aGUgbGFiIGRlZmluaXRpb25gIDogdW5kZWZpbmVkKTtcbiAgY29uc3QgcmVzZWFyY2ggPSBwLmVncmVzc0FsbG93ZWREb21haW5zID8/IChwLnBvbGljeT8uZWdyZXNzQWxsb3dlZERvbWFpbnMubGVuZ3RoID8gcC5wb2xpY3kuZWdyZXNzQWxsb3dlZERvbWFpbnMgOiBERUZBVUxUX0VHUkVTU19ET01BSU5TKTtcbiAgY29uc3QgcHJveGllZCA9IHdvcmtzcGFjZXMuZmlsdGVyKCh3KSA9PiB3LmVncmVzcyA9PT0gRWdyZXNzTW9kZS5QUk9YSUVEKTtcbiAgY29uc3QgcHJveHlIb3N0ID0gYCR7S1VCRVJORVRFU19QUk9YWS5uYW1lfS4ke25hbWVzcGFjZX0uc3ZjLmNsdXN0ZXIubG9jYWw6JHtLVUJFUk5FVEVTX1BST1hZLnBvcnR9YDtcbiAgY29uc3QgbW9kZXMgPSBbLi4ubmV3IFNldCh3b3Jrc3BhY2VzLm1hcCgodykgPT4gdy5lZ3Jlc3MpKV07XG4gIGNvbnN0IGVncmVzc1BhdGggPSBtb2Rlcy5tYXAoKG0pID0+IChtID09PSBFZ3Jlc3NNb2RlLk5PTkUgPyAnbm9uZTogY2x1c3RlciBETlMgYW5kIHRoZSBORlMgc2VydmVyIG9ubHknXG4gICAgOiBtID09PSBFZ3Jlc3NNb2RlLlBST1hJRUQgPyBgcHJveGllZDogb25seSB0aGUgbGFiJ3Mgc3F1aWQgcHJveHkgJHtwcm94eUhvc3R9ICgke3Jlc2VhcmNoLmxlbmd0aH0gYWxsb3dlZCBkb21haW5zIGFuZCB0aGUgZGlzdHJpYnV0aW9ucycgbWlycm9ycylgXG4gICAgICA6ICdvcGVuOiBhbnl0aGluZyBidXQgcHJpdmF0ZSByYW5nZXMnKSkuam9pbignOyAnKTtcbiAgY29uc3QgZG5zID0gYCR7cC5kbnNOYW1lc3BhY2UgPz8gJ2t1YmUtc3lzdGVtJ30vJHsocC5kbnNQb2RMYWJlbHMgPz8gW3sga2V5OiAnazhzLWFwcCcsIHZhbHVlOiAna3ViZS1kbnMnIH1dKS5tYXAoKGwpID0+IGAke2wua2V5fT0ke2wudmFsdWV9YCkuam9pbignLCcpfWA7XG4gIGNvbnN0IHZpZXc6IExhYlZpZXcgPSB7XG4gICAgYmFja2VuZDogJ2t1YmVybmV0ZXMnLFxuICAgIGZpbGUsXG4gICAgbmFtZTogcC5sYWJOYW1lLFxuICAgIG5hbWVzcGFjZSxcbiAgICBlZ3Jlc3M6IGxhYkVncmVzcyxcbiAgICBlZ3Jlc3NBbGxvd2VkRG9tYWluczogcHJveGllZC5sZW5ndGggPyByZXNlYXJjaCA6IFtdLFxuICAgIHBvbGljeU5hbWU6IHAucG9saWN5Py5uYW1lLFxuICAgIHBvbGljeUZpbGU6IGxvYWRlZC5wb2xpY3lGaWxlID8gc2hvd25QYXRoKGxvYWRlZC5wb2xpY3lGaWxlKSA6IHVuZGVmaW5lZCxcbiAgICByZWdpc3RyeUZpbGU6IGxvYWRlZC5yZWdpc3RyeUZpbGUgPyBzaG93blBhdGgobG9hZGVkLnJlZ2lzdHJ5RmlsZSkgOiB1bmRlZmluZWQsXG4gICAgdXNlcnM6IHAucmVnaXN0cnk/LnVzZXJzID8/IFtdLFxuICAgIGdyb3VwczogcC5yZWdpc3RyeT8uZ3JvdXBzID8/IFtdLFxuICAgIHdvcmtzcGFjZXMsXG4gICAgbmV0d29yazoge1xuICAgICAga2luZDogJ2t1YmVybmV0ZXMnLFxuICAgICAgc3VtbWFyeTogYG5hbWVzcGFjZSAke25hbWVzcGFjZX0ke3Aua3ViZUNvbnRleHQgPyBgLCBjb250ZXh0ICR7cC5rdWJlQ29udGV4dH1gIDogJyd9LCBLdWJlVmlydCBWTXNgLFxuICAgICAgZGV0YWlsczogW1xuICAgICAgICAnZGVmYXVsdC1kZW55IE5ldHdvcmtQb2xpY3ksIG9uZSBpbmdyZXNzIGFuZCBvbmUgZWdyZXNzIHBvbGljeSBwZXIgd29ya3NwYWNlJyxcbiAgICAgICAgJ1Jlc291cmNlUXVvdGEgc2l6ZWQgdG8gdGhlIHdvcmtzcGFjZXMsIG5vIExvYWRCYWxhbmNlciBvciBOb2RlUG9ydCBTZXJ2aWNlcycsXG4gICAgICAgIGBjbHVzdGVyIEROUyAke2Ruc31gLFxuICAgICAgICAuLi4ocC5zdG9yYWdlQ2xhc3NOYW1lID8gW2Byb290IHZvbHVtZXM6IHN0b3JhZ2UgY2xhc3MgJHtwLnN0b3JhZ2VDbGFzc05hbWV9YF0gOiBbXSksXG4gICAgICAgIC4uLihwLmdwdURldmljZU5hbWUgPyBbYEdQVXM6ICR7cC5ncHVEZXZpY2VOYW1lfWBdIDogW10pLFxuICAgICAgXSxcbiAgICAgIGVncmVzc1BhdGg6IGVncmVzc1BhdGggfHwgJ25vIHdvcmtzcGFjZXMnLFxuICAgICAgZW5kcG9pbnRzOiBbXSxcbiAgICAgIGFjY2Vzc0NpZHJzOiBwLmFjY2Vzc0NpZHJzID8/IFtdLFxuICAgICAgcHJveHk6IHByb3hpZWQubGVuZ3RoID8gW1xuICAgICAgICAnUGFja2FnZSBwcm94eSAoc3F1aWQpJyxcbiAgICAgICAgcHJveHlIb3N0LFxuICAgICAgICBgJHtwcm94aWVkLmxlbmd0aH0gcHJveGllZCB3b3Jrc3BhY2Uke3Byb3hpZWQubGVuZ3RoID09PSAxID8gJycgOiAncyd9OyAke3Jlc2VhcmNoLmxlbmd0aH0gYWxsb3dlZCBkb21haW5zIGFuZCB0aGUgZGlzdHJpYnV0aW9ucycgbWlycm9yc2AsXG4gICAgICBdIDogdW5kZWZpbmVkLFxuICAgIH0sXG4gICAgc3RvcmFnZTogbmZzU3RvcmFnZVZpZXcocC5zdG9yYWdlLCBwLnN0b3JhZ2VMYXlvdXQpLFxuICAgIHByaWNlczogcHJpY2VzKCksXG4gICAgd2FybmluZ3M6IHRlcnJhZm9ybUxhYldhcm5pbmdzKHNvdXJjZSwgd29ya3NwYWNlcywgcC5yZWdpc3RyeSwgbG9hZGVkLnJlZ2lzdHJ5RmlsZSksXG4gIH07XG4gIHJldHVybiB7IHZpZXcsIGt1YmVybmV0ZXM6IGxvYWRlZCwgc291cmNlIH07XG59XG5cbi8qKlxuICogTGFiLXdpZGUgc2V0dGluZ3MgS3ViZXJuZXRlc0xhYlN0YWNrIGNoZWNrcyBwZXIgd29ya3NwYWNlIChgd29ya3NwYWNlc1syXSAoeCkuYWNjZXNzQ2lkcnNbMF1gKTpcbiAqIHRoZWlyIHBsYWNlIGluIGEgS3ViZXJuZXRlcyBsYWIgZmlsZSwgc28gdGhlIHByb2JsZW0gcG9pbnRzIGF0IHRoZSBzZXR0aW5nLCBvbmNlLlxuICovXG5jb25zdCBLVUJFUk5FVEVTX0xBQl9GSUVMRFM6IEFycmF5PFtSZWdFeHAsIHN0cmluZ10+ID0gW1xuICBbL15hY2Nlc3NDaWRycyguKikkLywgJ2FjY2Vzc19jaWRycyQxJ10sXG4gIFsvXnN0b3JhZ2VcXC4oLiopJC8sICdzdG9yYWdlLiQxJ10sXG4gIFsvXmdwdURldmljZU5hbWUkLywgJ2t1YmVybmV0ZXMuZ3B1X2RldmljZSddLFxuICBbL15zdG9yYWdlQ2xhc3NOYW1lJC8sICdrdWJlcm5ldGVzLnN0b3JhZ2VfY2xhc3MnXSxcbiAgWy9ebmFtZXNwYWNlJC8sICdrdWJlcm5ldGVzLm5hbWVzcGFjZSddLFxuICBbL15kbnNOYW1lc3BhY2UkLywgJ2t1YmVybmV0ZXMuZG5zX25hbWVzcGFjZSddLFxuXTtcblxuZnVuY3Rpb24ga3ViZXJuZXRlc0xhYkZpZWxkcyhlOiBXb3Jrc3BhY2VJbnB1dEVycm9yLCBzcmM6IFlhbWxTb3VyY2UpOiBXb3Jrc3BhY2VJbnB1dEVycm9yIHtcbiAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBvdXQ6IERpYWdub3N0aWNbXSA9IFtdO1xuICBmb3IgKGNvbnN0IGQgb2YgZS5kaWFnbm9zdGljcykge1xuICAgIGxldCBuZXh0ID0gZDtcbiAgICBsZXQga2V5ID0gYCR7ZC5jb2RlfXwke2QuZmllbGR9fCR7ZC5tZXNzYWdlfXwke2QudmFsdWV9YDtcbiAgICBpZiAoZC5maWVsZCAmJiBkLmxvY2F0aW9uPy5saW5lID09PSB1bmRlZmluZWQpIHtcbiAgICAgIGNvbnN0IHdzID0gL153b3Jrc3BhY2VzXFxbXFxkK1xcXSg/OiBcXChbXildKlxcKSk/XFwuKC4qKSQvLmV4ZWMoZC5maWVsZCk7XG4gICAgICBjb25zdCBpbm5lciA9IHdzPy5bMV0gPz8gZC5maWVsZDtcbiAgICAgIGNvbnN0IHJ1bGUgPSBLVUJFUk5FVEVTX0xBQl9GSUVMRFMuZmluZCgoW3JlXSkgPT4gcmUudGVzdChpbm5lcikpO1xuICAgICAgaWYgKHJ1bGUpIHtcbiAgICAgICAgLy8gQSBsYWItd2lkZSBzZXR0aW5nOiBvbmNlLCB3aGljaGV2ZXIgd29ya3NwYWNlcyBpdCBmYWlsZWQgZm9yLlxuICAgICAgICBuZXh0ID0geyAuLi5kLCBmaWVsZDogaW5uZXIucmVwbGFjZShydWxlWzBdLCBydWxlWzFdKSwgbG9jYXRpb246IHsgZmlsZTogc3JjLmZpbGUgfSB9O1xuICAgICAgICBrZXkgPSBgJHtuZXh0LmNvZGV9fCR7bmV4dC5maWVsZH18JHtuZXh0LnZhbHVlfWA7XG4gICAgICB9IGVsc2UgaWYgKHdzKSB7XG4gICAgICAgIC8vIEEgd29ya3NwYWNlJ3MgZmllbGQsIGZvdW5kIHdoaWxlIHJlc29sdmluZyBpdHMgdGVtcGxhdGUgb3IgcmVnaXN0cnkgKGxvY2F0ZWQgYXQgdGhvc2UgZmlsZXMgd2l0aG91dCBhIGxpbmUpLlxuICAgICAgICBuZXh0ID0geyAuLi5kLCBsb2NhdGlvbjogeyBmaWxlOiBzcmMuZmlsZSB9IH07XG4gICAgICB9XG4gICAgfVxuICAgIGlmIChzZWVuLmhhcyhrZXkpKSBjb250aW51ZTtcbiAgICBzZWVuLmFkZChrZXkpO1xuICAgIG91dC5wdXNoKG5leHQpO1xuICB9XG4gIHJldHVybiBuZXcgV29ya3NwYWNlSW5wdXRFcnJvcihvdXQsIG91dC5sZW5ndGggPiAxID8gYCR7c3JjLmZpbGV9OiAke291dC5sZW5ndGh9IHByb2JsZW1zIGluIHRoZSBsYWIgZGVmaW5pdGlvbmAgOiB1bmRlZmluZWQpO1xufVxuXG4vKiogUG9pbnRzIGEgbGFiIHN0YWNrJ3MgcHJvYmxlbXMgKHdoaWNoIG5hbWUgZGVmaW5pdGlvbiBmaWVsZHMpIGF0IGxpbmVzIG9mIHRoZSBsYWIgZmlsZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsb2NhdGVMYWJFcnJvcihlOiBXb3Jrc3BhY2VJbnB1dEVycm9yLCBsYWI6IExvYWRlZExhYik6IFdvcmtzcGFjZUlucHV0RXJyb3Ige1xuICByZXR1cm4gcmVsb2NhdGUobGFiLmt1YmVybmV0ZXMgPyBrdWJlcm5ldGVzTGFiRmllbGRzKGUsIGxhYi5zb3VyY2UpIDogZSwgbGFiLnNvdXJjZSwge1xuICAgIHJlZ2lzdHJ5RmlsZTogJ3JlZ2lzdHJ5JyxcbiAgICBwb2xpY3lGaWxlOiAncG9saWN5JyxcbiAgICB0ZW1wbGF0ZXNEaXI6ICd0ZW1wbGF0ZXMnLFxuICAgIHdvcmtzcGFjZVN0YWNrQ291bnQ6ICd3b3Jrc3BhY2Vfc3RhY2tzJyxcbiAgICB2cGNJZDogJ2lkJyxcbiAgICB2cGNDaWRyQmxvY2s6ICdjaWRyX2Jsb2NrJyxcbiAgICBsYWJOYW1lOiAnbmFtZScsXG4gICAgbm9kZU5hbWU6ICdub2RlJyxcbiAgICBkaXNrR2lCOiAnZGlza19naWInLFxuICAgIHZtSWQ6ICd2bV9pZCcsXG4gICAgZG9tYWluTmFtZTogJ2RvbWFpbicsXG4gICAgd29ya3NwYWNlTmFtZTogJ25hbWUnLFxuICB9KTtcbn1cblxuLyoqIFRoZSBTbHVybSBjbHVzdGVyJ3MgY29zdCBsaW5lOiBjb21wdXRlIHNjYWxlcyB0byB6ZXJvLCBzbyBpdCBpcyBub3QgaW4gdGhlIHRvdGFscy4gKi9cbmZ1bmN0aW9uIHNsdXJtTm90ZShjOiBOb25OdWxsYWJsZTxMYWJEZWZpbml0aW9uWydjbHVzdGVyJ10+KTogc3RyaW5nIHtcbiAgY29uc3QgdGFibGUgPSBQcmljZVRhYmxlLmJ1bmRsZWQoKTtcbiAgY29uc3QgcXVldWVzID0gKGMucXVldWVzID8/IFt7IG5hbWU6ICdjb21wdXRlJywgc2l6ZTogV29ya3NwYWNlU2l6ZS5NLCBtYXhJbnN0YW5jZXM6IDQgfV0pLm1hcCgocSkgPT4ge1xuICAgIGNvbnN0IHR5cGUgPSBxLmluc3RhbmNlVHlwZSA/PyBTaXplcy5lYzJJbnN0YW5jZVR5cGUocS5zaXplID8/IFdvcmtzcGFjZVNpemUuTSwgcS5hcmNoaXRlY3R1cmUgPz8gQXJjaGl0ZWN0dXJlLlg4Nl82NCk7XG4gICAgY29uc3QgcHJpY2UgPSB0YWJsZS5ob3VybHkodHlwZSk7XG4gICAgY29uc3QgbWF4ID0gcS5tYXhJbnN0YW5jZXMgPz8gNDtcbiAgICByZXR1cm4geyB0ZXh0OiBgJHtxLm5hbWV9OiB1cCB0byAke21heH0geCAke3R5cGV9JHtwcmljZSA9PT0gdW5kZWZpbmVkID8gJyAobm8gcHJpY2UpJyA6IGAgKCQkeyhtYXggKiBwcmljZSkudG9GaXhlZCg0KX0vaG91ciBmdWxsKWB9YCwgcHJpY2U6IHByaWNlID09PSB1bmRlZmluZWQgPyAwIDogbWF4ICogcHJpY2UgfTtcbiAgfSk7XG4gIGNvbnN0IGxvZ2luID0gYy5sb2dpbk5vZGUgPyB0YWJsZS5ob3VybHkoU2l6ZXMuZWMySW5zdGFuY2VUeXBlKFdvcmtzcGFjZVNpemUuUywgQXJjaGl0ZWN0dXJlLlg4Nl82NCkpID8/IDAgOiAwO1xuICByZXR1cm4gYFNsdXJtIGNsdXN0ZXIgKEFXUyBQQ1MpOiBjb21wdXRlIG5vZGVzIHNjYWxlIHRvIHplcm8gYW5kIGFyZSBub3QgaW4gdGhlIHRvdGFsczsgJHtxdWV1ZXMubWFwKChxKSA9PiBxLnRleHQpLmpvaW4oJzsgJyl9YFxuICAgICsgYCR7Yy5sb2dpbk5vZGUgPyBgOyBhIGxvZ2luIG5vZGUgYWx3YXlzIG9uOiAkJHtsb2dpbi50b0ZpeGVkKDQpfS9ob3VyYCA6ICcnfTsgdGhlIEFXUyBQQ1MgY29udHJvbGxlciAoJHsoYy5jb250cm9sbGVyU2l6ZSA/PyAnU01BTEwnKS50b0xvd2VyQ2FzZSgpfSkgaXMgYmlsbGVkIHBlciBob3VyIHdoaWxlIHRoZSBjbHVzdGVyIGV4aXN0cyAoc2VlIGRvY3MvaHBjLm1kKS5gO1xufVxuIl19