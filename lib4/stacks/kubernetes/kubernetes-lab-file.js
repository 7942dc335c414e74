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
exports.readKubernetesSettings = readKubernetesSettings;
exports.readKubernetesImage = readKubernetesImage;
exports.readKubernetesLabFile = readKubernetesLabFile;
/**
 * Reads a Kubernetes lab file (YAML) into `KubernetesLabStackProps`, with the model's errors:
 * every problem with file, line and column, field, value and fix, all at once. Paths in the
 * file (templates, registry, policy, a relative kube_config_path) are relative to the file's
 * folder. Unknown keys are errors. The helpers are the Proxmox lab file's (proxmox-lab-file.ts).
 *
 * Not exported from the package index: `KubernetesLabStack.fromFile` and `rws lab synth --backend kubernetes` use it.
 *
 * ```yaml
 * name: genomics                       # the namespace is lab-<name> unless kubernetes.namespace says otherwise
 * kubernetes: { namespace: lab-genomics, kube_config_path: ~/.kube/config, kube_context: research, storage_class: ceph-block,
 *               gpu_device: nvidia.com/GA102GL_A10, proxy_image: docker.io/ubuntu/squid:6.6-24.04_edge,
 *               dns_namespace: kube-system, dns_pod_labels: { k8s-app: kube-dns } }
 * templates: ./templates
 * registry: ./users.yaml
 * policy: ./policy.yaml
 * egress: proxied                      # none | proxied | open (default: the policy's, else none)
 * egress_allowed_domains: [pypi.org]
 * storage: { server: 10.20.30.5, export_path: /export/genomics }
 * storage_layout: user-subdirectories
 * access_cidrs: [10.99.0.0/16]
 * state_backend: { s3: { bucket: uni-tfstate, key: labs/genomics.tfstate, region: eu-west-2, kms_key_id: alias/tfstate } }
 * workspaces:
 *   - { name: alice-ml, template: python-ml, owner: alice, project: genomics, size: M, egress: proxied, disk_gib: 60 }
 *   - { name: bob-offline, template: debian-12, owner: bob, egress: none, image: { container_disk: quay.io/containerdisks/debian:12, minimum_disk_gib: 5 } }
 * ```
 */
const path = __importStar(require("path"));
const kubernetes_workspace_1 = require("../../constructs/kubernetes/kubernetes-workspace");
const permit_common_1 = require("../../constructs/terraform/permit-common");
const state_backend_1 = require("../../constructs/terraform/state-backend");
const lab_schemas_1 = require("../../private/lab-schemas");
const lab_1 = require("../../workspaces/lab");
const policy_1 = require("../../workspaces/policy");
const cidr_1 = require("../../workspaces/private/cidr");
const clean_1 = require("../../workspaces/private/clean");
const error_1 = require("../../workspaces/private/error");
const kubernetes_names_1 = require("../../workspaces/private/kubernetes-names");
const json_schema_1 = require("../../workspaces/private/schemas/json-schema");
const userdata_1 = require("../../workspaces/userdata");
// The key lists are the Kubernetes lab schema's (schemas/kubernetes-lab.schema.json).
const TOP = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, lab_schemas_1.kubernetesLabSchema)()));
const KUBERNETES = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, lab_schemas_1.kubernetesLabSchema)(), ['kubernetes']));
const IMAGE = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, lab_schemas_1.kubernetesLabSchema)(), ['workspaces', '*', 'image']));
const DEVELOPER = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, lab_schemas_1.kubernetesLabSchema)(), ['workspaces', '*', 'developer']));
const WS = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, lab_schemas_1.kubernetesLabSchema)(), ['workspaces', '*']));
/** `kubernetes:` (optional): where and how the lab runs in the cluster. */
function readKubernetesSettings(r, d, dir) {
    const k = r.mapping(d, 'kubernetes', []);
    if (!k)
        return {};
    const at = ['kubernetes'];
    r.unknownKeys(k, KUBERNETES(), at);
    const namespace = r.str(k, 'namespace', at);
    if (namespace !== undefined && !(0, permit_common_1.isDnsLabel)(namespace)) {
        r.error([...at, 'namespace'], 'invalid-namespace', 'not a namespace name (a DNS label: lowercase letters, digits and "-", at most 63)', namespace, 'use e.g. lab-genomics, or leave it out for lab-<name>');
    }
    else if (namespace !== undefined && (0, kubernetes_names_1.systemNamespaceProblem)(namespace)) {
        r.error([...at, 'namespace'], 'system-namespace', (0, kubernetes_names_1.systemNamespaceProblem)(namespace), namespace, 'use a namespace of the lab\'s own, e.g. lab-genomics, or leave it out for lab-<name>');
    }
    let kubeConfigPath = r.str(k, 'kube_config_path', at);
    // Terraform reads it at apply time from the stack's folder: a relative path is made absolute here.
    if (kubeConfigPath !== undefined && !kubeConfigPath.startsWith('~') && !path.isAbsolute(kubeConfigPath))
        kubeConfigPath = path.resolve(dir, kubeConfigPath);
    const gpuDeviceName = r.str(k, 'gpu_device', at);
    if (gpuDeviceName !== undefined && !/^[a-z0-9.-]+\/[A-Za-z0-9._-]+$/.test(gpuDeviceName)) {
        r.error([...at, 'gpu_device'], 'invalid-gpu-device', 'not a device resource name (a KubeVirt permittedHostDevices resource)', gpuDeviceName, 'write e.g. nvidia.com/GA102GL_A10');
    }
    const storageClassName = r.str(k, 'storage_class', at);
    if (storageClassName !== undefined && !/^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/.test(storageClassName)) {
        r.error([...at, 'storage_class'], 'invalid-value', 'not a storage class name', storageClassName, 'write the name "kubectl get storageclass" shows, e.g. ceph-block');
    }
    const dnsNamespace = r.str(k, 'dns_namespace', at);
    if (dnsNamespace !== undefined && !(0, permit_common_1.isDnsLabel)(dnsNamespace)) {
        r.error([...at, 'dns_namespace'], 'invalid-namespace', 'not a namespace name', dnsNamespace, 'use e.g. kube-system');
    }
    const labels = r.stringMap(k, 'dns_pod_labels', at);
    for (const [key, value] of Object.entries(labels ?? {})) {
        if (!(0, permit_common_1.isLabelKey)(key) || !(0, permit_common_1.isLabelValue)(value)) {
            r.error([...at, 'dns_pod_labels', key], 'invalid-label', 'not a Kubernetes label', `${key}: ${value}`, 'write e.g. dns_pod_labels: { k8s-app: kube-dns }');
        }
    }
    return (0, clean_1.clean)({
        namespace,
        kubeConfigPath,
        kubeContext: r.str(k, 'kube_context', at),
        storageClassName,
        gpuDeviceName,
        proxyImage: r.str(k, 'proxy_image', at),
        dnsNamespace,
        dnsPodLabels: labels === undefined ? undefined : Object.entries(labels).map(([key, value]) => ({ key, value })),
    });
}
/** A workspace's boot disk: `{ url: https://..., minimum_disk_gib: 4 }` or `{ container_disk: quay.io/..., minimum_disk_gib: 5 }`. */
function readKubernetesImage(r, w, p) {
    const m = r.mapping(w, 'image', p);
    if (!m)
        return undefined;
    const at = [...p, 'image'];
    r.unknownKeys(m, IMAGE(), at);
    const example = 'write image: { url: "https://.../image.qcow2", minimum_disk_gib: 4 } or image: { container_disk: quay.io/containerdisks/ubuntu:24.04, minimum_disk_gib: 5 }';
    const hasUrl = m.url !== undefined;
    const hasDisk = m.container_disk !== undefined;
    if (hasUrl === hasDisk) {
        r.error(at, 'invalid-value', hasUrl ? 'give either url or container_disk, not both' : 'an image needs url or container_disk', undefined, example);
        return undefined;
    }
    const key = hasUrl ? 'url' : 'container_disk';
    const source = r.str(m, key, at);
    const minimum = r.int(m, 'minimum_disk_gib', at, { min: 1, max: 65536 });
    if (m.minimum_disk_gib === undefined) {
        r.error([...at, 'minimum_disk_gib'], 'missing-field', 'the image\'s virtual size is needed: the root disk is at least that large', undefined, 'add minimum_disk_gib: <GiB> (qemu-img info shows the virtual size)');
    }
    // A container disk baked from the workspace's template (ImageBake.containerDiskScript): its content hash.
    const baked = r.str(m, 'baked_content_hash', at);
    if (baked !== undefined && (hasUrl || !/^[0-9a-f]{16}$/.test(baked))) {
        r.error([...at, 'baked_content_hash'], 'invalid-value', hasUrl ? 'a baked content hash belongs to a container_disk built with ImageBake.containerDiskScript'
            : 'not a content hash (16 hex digits)', baked, hasUrl ? 'remove it, or give the baked container_disk' : 'write the contentHash the bake script printed, e.g. 1f125c69a0b2c3d4');
        return undefined;
    }
    if (source === undefined || minimum === undefined)
        return undefined;
    try {
        return hasUrl ? kubernetes_workspace_1.KubernetesVmImage.fromUrl(source, minimum)
            : baked !== undefined ? kubernetes_workspace_1.KubernetesVmImage.fromBakedContainerDisk(source, minimum, baked) : kubernetes_workspace_1.KubernetesVmImage.fromContainerDisk(source, minimum);
    }
    catch (e) {
        if (!error_1.WorkspaceInputError.isWorkspaceInputError(e))
            throw e;
        for (const d of e.diagnostics)
            r.error([...at, key], d.code, d.message.replace(/^KubernetesVmImage\.\w+\(\): /, ''), source, d.fix ?? example);
        return undefined;
    }
}
function readDeveloper(r, w, p) {
    const m = r.mapping(w, 'developer', p);
    if (!m)
        return undefined;
    const at = [...p, 'developer'];
    r.unknownKeys(m, DEVELOPER(), at);
    const languages = [];
    (r.strList(m, 'languages', at) ?? []).forEach((l, i) => {
        if (Object.values(userdata_1.DeveloperLanguage).includes(l))
            languages.push(l);
        else
            r.error([...at, 'languages', i], 'invalid-value', 'unknown language', l, `use one of ${Object.values(userdata_1.DeveloperLanguage).join(', ')}`);
    });
    return (0, clean_1.clean)({
        zsh: r.bool(m, 'zsh', at),
        dotfilesRepository: r.str(m, 'dotfiles_repository', at),
        bootstrapScript: r.str(m, 'bootstrap_script', at),
        languages: m.languages === undefined ? undefined : languages,
    });
}
/**
 * Reads and checks a Kubernetes lab file, then loads the catalog (bundled plus `templates`),
 * the registry and the policy it names. Throws one `WorkspaceInputError` listing every problem.
 * The stack checks the rest (templates, sizes, owners, the policy) with the workspace's field.
 */
function readKubernetesLabFile(file) {
    const lab = lab_1.LabFileReader.open(file, 'a mapping with name:, kubernetes: and workspaces:');
    const { r, data: d, dir } = lab;
    r.unknownKeys(d, TOP(), []);
    const labName = lab.name();
    const k8s = readKubernetesSettings(r, d, dir);
    const stateBackend = (0, state_backend_1.readStateBackend)(r, d);
    const files = lab.files();
    const { templatesDir, registryFile, policyFile, cidrLimits } = files;
    const egress = (0, lab_1.oneOf)(r, d, 'egress', [], Object.values(policy_1.EgressMode), 'egress mode');
    const egressAllowedDomains = r.strList(d, 'egress_allowed_domains', []);
    const storage = (0, lab_1.readNfsStorage)(r, d);
    const storageLayout = (0, lab_1.oneOf)(r, d, 'storage_layout', [], Object.values(userdata_1.StorageLayout), 'storage layout');
    const accessCidrs = r.strList(d, 'access_cidrs', []);
    (0, cidr_1.reportCidrs)(r, accessCidrs, ['access_cidrs'], 'SSH', cidrLimits);
    const workspaces = lab.workspaces((w, at, common) => {
        r.unknownKeys(w, WS(), at);
        const labels = r.stringMap(w, 'labels', at);
        for (const [key, value] of Object.entries(labels ?? {})) {
            if (!(0, permit_common_1.isLabelKey)(key) || !(0, permit_common_1.isLabelValue)(value)) {
                r.error([...at, 'labels', key], 'invalid-label', 'not a Kubernetes label', `${key}: ${value}`, 'keys like team or example.edu/team, values of at most 63 letters, digits, "-", "_" and "."');
            }
        }
        return (0, clean_1.clean)({
            ...common,
            egress: (0, lab_1.oneOf)(r, w, 'egress', at, Object.values(policy_1.EgressMode), 'egress mode'),
            started: r.bool(w, 'started', at),
            diskGiB: r.int(w, 'disk_gib', at, { min: 1, max: 65536 }),
            image: readKubernetesImage(r, w, at),
            labels,
            developer: readDeveloper(r, w, at),
        });
    });
    lab.finish((0, lab_schemas_1.kubernetesLabSchema)(), 'Kubernetes lab file');
    const props = (0, clean_1.clean)({
        labName: labName,
        workspaces,
        ...lab.loadFiles(files),
        egress,
        egressAllowedDomains,
        storage,
        storageLayout,
        accessCidrs,
        stateBackend,
        ...k8s,
    });
    return (0, clean_1.clean)({ props, source: lab.source, templatesDir, registryFile, policyFile });
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoia3ViZXJuZXRlcy1sYWItZmlsZS5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uL3NyYy9zdGFja3Mva3ViZXJuZXRlcy9rdWJlcm5ldGVzLWxhYi1maWxlLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBdUZBLHdEQTRDQztBQUdELGtEQW1DQztBQXlCRCxzREFrREM7QUFwUEQ7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0dBMEJHO0FBQ0gsMkNBQTZCO0FBRzdCLDJGQUFxRjtBQUNyRiw0RUFBZ0c7QUFDaEcsNEVBQTRFO0FBQzVFLDJEQUFnRTtBQUNoRSw4Q0FBNEU7QUFDNUUsb0RBQXFEO0FBQ3JELHdEQUE0RDtBQUM1RCwwREFBdUQ7QUFDdkQsMERBQXFFO0FBRXJFLGdGQUFtRjtBQUNuRiw4RUFBNEU7QUFFNUUsd0RBQStGO0FBRS9GLHNGQUFzRjtBQUN0RixNQUFNLEdBQUcsR0FBRyxJQUFBLGtCQUFJLEVBQUMsR0FBRyxFQUFFLENBQUMsSUFBQSxvQkFBTSxFQUFDLElBQUEsaUNBQW1CLEdBQUUsQ0FBQyxDQUFDLENBQUM7QUFDdEQsTUFBTSxVQUFVLEdBQUcsSUFBQSxrQkFBSSxFQUFDLEdBQUcsRUFBRSxDQUFDLElBQUEsb0JBQU0sRUFBQyxJQUFBLGlDQUFtQixHQUFFLEVBQUUsQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDN0UsTUFBTSxLQUFLLEdBQUcsSUFBQSxrQkFBSSxFQUFDLEdBQUcsRUFBRSxDQUFDLElBQUEsb0JBQU0sRUFBQyxJQUFBLGlDQUFtQixHQUFFLEVBQUUsQ0FBQyxZQUFZLEVBQUUsR0FBRyxFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUN0RixNQUFNLFNBQVMsR0FBRyxJQUFBLGtCQUFJLEVBQUMsR0FBRyxFQUFFLENBQUMsSUFBQSxvQkFBTSxFQUFDLElBQUEsaUNBQW1CLEdBQUUsRUFBRSxDQUFDLFlBQVksRUFBRSxHQUFHLEVBQUUsV0FBVyxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQzlGLE1BQU0sRUFBRSxHQUFHLElBQUEsa0JBQUksRUFBQyxHQUFHLEVBQUUsQ0FBQyxJQUFBLG9CQUFNLEVBQUMsSUFBQSxpQ0FBbUIsR0FBRSxFQUFFLENBQUMsWUFBWSxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQW9DMUUsMkVBQTJFO0FBQzNFLFNBQWdCLHNCQUFzQixDQUFDLENBQWMsRUFBRSxDQUFNLEVBQUUsR0FBVztJQUN4RSxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxZQUFZLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDekMsSUFBSSxDQUFDLENBQUM7UUFBRSxPQUFPLEVBQUUsQ0FBQztJQUNsQixNQUFNLEVBQUUsR0FBYSxDQUFDLFlBQVksQ0FBQyxDQUFDO0lBQ3BDLENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxFQUFFLFVBQVUsRUFBRSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ25DLE1BQU0sU0FBUyxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLFdBQVcsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUM1QyxJQUFJLFNBQVMsS0FBSyxTQUFTLElBQUksQ0FBQyxJQUFBLDBCQUFVLEVBQUMsU0FBUyxDQUFDLEVBQUUsQ0FBQztRQUN0RCxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsR0FBRyxFQUFFLEVBQUUsV0FBVyxDQUFDLEVBQUUsbUJBQW1CLEVBQUUsbUZBQW1GLEVBQUUsU0FBUyxFQUMvSSx1REFBdUQsQ0FBQyxDQUFDO0lBQzdELENBQUM7U0FBTSxJQUFJLFNBQVMsS0FBSyxTQUFTLElBQUksSUFBQSx5Q0FBc0IsRUFBQyxTQUFTLENBQUMsRUFBRSxDQUFDO1FBQ3hFLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLEVBQUUsRUFBRSxXQUFXLENBQUMsRUFBRSxrQkFBa0IsRUFBRSxJQUFBLHlDQUFzQixFQUFDLFNBQVMsQ0FBRSxFQUFFLFNBQVMsRUFBRSxzRkFBc0YsQ0FBQyxDQUFDO0lBQzNMLENBQUM7SUFDRCxJQUFJLGNBQWMsR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxrQkFBa0IsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUN0RCxtR0FBbUc7SUFDbkcsSUFBSSxjQUFjLEtBQUssU0FBUyxJQUFJLENBQUMsY0FBYyxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxVQUFVLENBQUMsY0FBYyxDQUFDO1FBQUUsY0FBYyxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsR0FBRyxFQUFFLGNBQWMsQ0FBQyxDQUFDO0lBQzVKLE1BQU0sYUFBYSxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLFlBQVksRUFBRSxFQUFFLENBQUMsQ0FBQztJQUNqRCxJQUFJLGFBQWEsS0FBSyxTQUFTLElBQUksQ0FBQyxnQ0FBZ0MsQ0FBQyxJQUFJLENBQUMsYUFBYSxDQUFDLEVBQUUsQ0FBQztRQUN6RixDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsR0FBRyxFQUFFLEVBQUUsWUFBWSxDQUFDLEVBQUUsb0JBQW9CLEVBQUUsdUVBQXVFLEVBQUUsYUFBYSxFQUN6SSxtQ0FBbUMsQ0FBQyxDQUFDO0lBQ3pDLENBQUM7SUFDRCxNQUFNLGdCQUFnQixHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLGVBQWUsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUN2RCxJQUFJLGdCQUFnQixLQUFLLFNBQVMsSUFBSSxDQUFDLHdDQUF3QyxDQUFDLElBQUksQ0FBQyxnQkFBZ0IsQ0FBQyxFQUFFLENBQUM7UUFDdkcsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsRUFBRSxFQUFFLGVBQWUsQ0FBQyxFQUFFLGVBQWUsRUFBRSwwQkFBMEIsRUFBRSxnQkFBZ0IsRUFBRSxrRUFBa0UsQ0FBQyxDQUFDO0lBQ3ZLLENBQUM7SUFDRCxNQUFNLFlBQVksR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxlQUFlLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDbkQsSUFBSSxZQUFZLEtBQUssU0FBUyxJQUFJLENBQUMsSUFBQSwwQkFBVSxFQUFDLFlBQVksQ0FBQyxFQUFFLENBQUM7UUFDNUQsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsRUFBRSxFQUFFLGVBQWUsQ0FBQyxFQUFFLG1CQUFtQixFQUFFLHNCQUFzQixFQUFFLFlBQVksRUFBRSxzQkFBc0IsQ0FBQyxDQUFDO0lBQ3ZILENBQUM7SUFDRCxNQUFNLE1BQU0sR0FBRyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsRUFBRSxnQkFBZ0IsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUNwRCxLQUFLLE1BQU0sQ0FBQyxHQUFHLEVBQUUsS0FBSyxDQUFDLElBQUksTUFBTSxDQUFDLE9BQU8sQ0FBQyxNQUFNLElBQUksRUFBRSxDQUFDLEVBQUUsQ0FBQztRQUN4RCxJQUFJLENBQUMsSUFBQSwwQkFBVSxFQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBQSw0QkFBWSxFQUFDLEtBQUssQ0FBQyxFQUFFLENBQUM7WUFDN0MsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsRUFBRSxFQUFFLGdCQUFnQixFQUFFLEdBQUcsQ0FBQyxFQUFFLGVBQWUsRUFBRSx3QkFBd0IsRUFBRSxHQUFHLEdBQUcsS0FBSyxLQUFLLEVBQUUsRUFBRSxrREFBa0QsQ0FBQyxDQUFDO1FBQzdKLENBQUM7SUFDSCxDQUFDO0lBQ0QsT0FBTyxJQUFBLGFBQUssRUFBQztRQUNYLFNBQVM7UUFDVCxjQUFjO1FBQ2QsV0FBVyxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLGNBQWMsRUFBRSxFQUFFLENBQUM7UUFDekMsZ0JBQWdCO1FBQ2hCLGFBQWE7UUFDYixVQUFVLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsYUFBYSxFQUFFLEVBQUUsQ0FBQztRQUN2QyxZQUFZO1FBQ1osWUFBWSxFQUFFLE1BQU0sS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEdBQUcsRUFBRSxLQUFLLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLEdBQUcsRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDO0tBQ2hILENBQUMsQ0FBQztBQUNMLENBQUM7QUFFRCxzSUFBc0k7QUFDdEksU0FBZ0IsbUJBQW1CLENBQUMsQ0FBYyxFQUFFLENBQU0sRUFBRSxDQUFXO0lBQ3JFLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsQ0FBQztJQUNuQyxJQUFJLENBQUMsQ0FBQztRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQ3pCLE1BQU0sRUFBRSxHQUFhLENBQUMsR0FBRyxDQUFDLEVBQUUsT0FBTyxDQUFDLENBQUM7SUFDckMsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDOUIsTUFBTSxPQUFPLEdBQUcsNkpBQTZKLENBQUM7SUFDOUssTUFBTSxNQUFNLEdBQUcsQ0FBQyxDQUFDLEdBQUcsS0FBSyxTQUFTLENBQUM7SUFDbkMsTUFBTSxPQUFPLEdBQUcsQ0FBQyxDQUFDLGNBQWMsS0FBSyxTQUFTLENBQUM7SUFDL0MsSUFBSSxNQUFNLEtBQUssT0FBTyxFQUFFLENBQUM7UUFDdkIsQ0FBQyxDQUFDLEtBQUssQ0FBQyxFQUFFLEVBQUUsZUFBZSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsNkNBQTZDLENBQUMsQ0FBQyxDQUFDLHNDQUFzQyxFQUFFLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQztRQUNsSixPQUFPLFNBQVMsQ0FBQztJQUNuQixDQUFDO0lBQ0QsTUFBTSxHQUFHLEdBQUcsTUFBTSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLGdCQUFnQixDQUFDO0lBQzlDLE1BQU0sTUFBTSxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLEdBQUcsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUNqQyxNQUFNLE9BQU8sR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxrQkFBa0IsRUFBRSxFQUFFLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDO0lBQ3pFLElBQUksQ0FBQyxDQUFDLGdCQUFnQixLQUFLLFNBQVMsRUFBRSxDQUFDO1FBQ3JDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLEVBQUUsRUFBRSxrQkFBa0IsQ0FBQyxFQUFFLGVBQWUsRUFBRSwyRUFBMkUsRUFBRSxTQUFTLEVBQzFJLG9FQUFvRSxDQUFDLENBQUM7SUFDMUUsQ0FBQztJQUNELDBHQUEwRztJQUMxRyxNQUFNLEtBQUssR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxvQkFBb0IsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUNqRCxJQUFJLEtBQUssS0FBSyxTQUFTLElBQUksQ0FBQyxNQUFNLElBQUksQ0FBQyxnQkFBZ0IsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ3JFLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLEVBQUUsRUFBRSxvQkFBb0IsQ0FBQyxFQUFFLGVBQWUsRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLDJGQUEyRjtZQUMxSixDQUFDLENBQUMsb0NBQW9DLEVBQUUsS0FBSyxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsNkNBQTZDLENBQUMsQ0FBQyxDQUFDLHNFQUFzRSxDQUFDLENBQUM7UUFDbEwsT0FBTyxTQUFTLENBQUM7SUFDbkIsQ0FBQztJQUNELElBQUksTUFBTSxLQUFLLFNBQVMsSUFBSSxPQUFPLEtBQUssU0FBUztRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQ3BFLElBQUksQ0FBQztRQUNILE9BQU8sTUFBTSxDQUFDLENBQUMsQ0FBQyx3Q0FBaUIsQ0FBQyxPQUFPLENBQUMsTUFBTSxFQUFFLE9BQU8sQ0FBQztZQUN4RCxDQUFDLENBQUMsS0FBSyxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsd0NBQWlCLENBQUMsc0JBQXNCLENBQUMsTUFBTSxFQUFFLE9BQU8sRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsd0NBQWlCLENBQUMsaUJBQWlCLENBQUMsTUFBTSxFQUFFLE9BQU8sQ0FBQyxDQUFDO0lBQ3BKLENBQUM7SUFBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1FBQ1gsSUFBSSxDQUFDLDJCQUFtQixDQUFDLHFCQUFxQixDQUFDLENBQUMsQ0FBQztZQUFFLE1BQU0sQ0FBQyxDQUFDO1FBQzNELEtBQUssTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLFdBQVc7WUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsR0FBRyxFQUFFLEVBQUUsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLE9BQU8sQ0FBQywrQkFBK0IsRUFBRSxFQUFFLENBQUMsRUFBRSxNQUFNLEVBQUUsQ0FBQyxDQUFDLEdBQUcsSUFBSSxPQUFPLENBQUMsQ0FBQztRQUMvSSxPQUFPLFNBQVMsQ0FBQztJQUNuQixDQUFDO0FBQ0gsQ0FBQztBQUVELFNBQVMsYUFBYSxDQUFDLENBQWMsRUFBRSxDQUFNLEVBQUUsQ0FBVztJQUN4RCxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxXQUFXLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDdkMsSUFBSSxDQUFDLENBQUM7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUN6QixNQUFNLEVBQUUsR0FBYSxDQUFDLEdBQUcsQ0FBQyxFQUFFLFdBQVcsQ0FBQyxDQUFDO0lBQ3pDLENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxFQUFFLFNBQVMsRUFBRSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ2xDLE1BQU0sU0FBUyxHQUF3QixFQUFFLENBQUM7SUFDMUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxXQUFXLEVBQUUsRUFBRSxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFO1FBQ3JELElBQUssTUFBTSxDQUFDLE1BQU0sQ0FBQyw0QkFBaUIsQ0FBYyxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUM7WUFBRSxTQUFTLENBQUMsSUFBSSxDQUFDLENBQXNCLENBQUMsQ0FBQzs7WUFDbEcsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsRUFBRSxFQUFFLFdBQVcsRUFBRSxDQUFDLENBQUMsRUFBRSxlQUFlLEVBQUUsa0JBQWtCLEVBQUUsQ0FBQyxFQUFFLGNBQWMsTUFBTSxDQUFDLE1BQU0sQ0FBQyw0QkFBaUIsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDN0ksQ0FBQyxDQUFDLENBQUM7SUFDSCxPQUFPLElBQUEsYUFBSyxFQUFDO1FBQ1gsR0FBRyxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxFQUFFLENBQUM7UUFDekIsa0JBQWtCLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUscUJBQXFCLEVBQUUsRUFBRSxDQUFDO1FBQ3ZELGVBQWUsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxrQkFBa0IsRUFBRSxFQUFFLENBQUM7UUFDakQsU0FBUyxFQUFFLENBQUMsQ0FBQyxTQUFTLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLFNBQVM7S0FDN0QsQ0FBQyxDQUFDO0FBQ0wsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxTQUFnQixxQkFBcUIsQ0FBQyxJQUFZO0lBQ2hELE1BQU0sR0FBRyxHQUFHLG1CQUFhLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxtREFBbUQsQ0FBQyxDQUFDO0lBQzFGLE1BQU0sRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxHQUFHLEVBQUUsR0FBRyxHQUFHLENBQUM7SUFDaEMsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLEVBQUUsR0FBRyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDNUIsTUFBTSxPQUFPLEdBQUcsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO0lBQzNCLE1BQU0sR0FBRyxHQUFHLHNCQUFzQixDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsR0FBRyxDQUFDLENBQUM7SUFDOUMsTUFBTSxZQUFZLEdBQUcsSUFBQSxnQ0FBZ0IsRUFBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDNUMsTUFBTSxLQUFLLEdBQUcsR0FBRyxDQUFDLEtBQUssRUFBRSxDQUFDO0lBQzFCLE1BQU0sRUFBRSxZQUFZLEVBQUUsWUFBWSxFQUFFLFVBQVUsRUFBRSxVQUFVLEVBQUUsR0FBRyxLQUFLLENBQUM7SUFDckUsTUFBTSxNQUFNLEdBQUcsSUFBQSxXQUFLLEVBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxRQUFRLEVBQUUsRUFBRSxFQUFFLE1BQU0sQ0FBQyxNQUFNLENBQUMsbUJBQVUsQ0FBQyxFQUFFLGFBQWEsQ0FBQyxDQUFDO0lBQ25GLE1BQU0sb0JBQW9CLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsd0JBQXdCLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDeEUsTUFBTSxPQUFPLEdBQUcsSUFBQSxvQkFBYyxFQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUNyQyxNQUFNLGFBQWEsR0FBRyxJQUFBLFdBQUssRUFBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLGdCQUFnQixFQUFFLEVBQUUsRUFBRSxNQUFNLENBQUMsTUFBTSxDQUFDLHdCQUFhLENBQUMsRUFBRSxnQkFBZ0IsQ0FBQyxDQUFDO0lBQ3hHLE1BQU0sV0FBVyxHQUFHLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLGNBQWMsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUNyRCxJQUFBLGtCQUFXLEVBQUMsQ0FBQyxFQUFFLFdBQVcsRUFBRSxDQUFDLGNBQWMsQ0FBQyxFQUFFLEtBQUssRUFBRSxVQUFVLENBQUMsQ0FBQztJQUVqRSxNQUFNLFVBQVUsR0FBRyxHQUFHLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsRUFBRSxNQUFNLEVBQTBCLEVBQUU7UUFDMUUsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLEVBQUUsRUFBRSxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDM0IsTUFBTSxNQUFNLEdBQUcsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLEVBQUUsUUFBUSxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQzVDLEtBQUssTUFBTSxDQUFDLEdBQUcsRUFBRSxLQUFLLENBQUMsSUFBSSxNQUFNLENBQUMsT0FBTyxDQUFDLE1BQU0sSUFBSSxFQUFFLENBQUMsRUFBRSxDQUFDO1lBQ3hELElBQUksQ0FBQyxJQUFBLDBCQUFVLEVBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFBLDRCQUFZLEVBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQztnQkFDN0MsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsRUFBRSxFQUFFLFFBQVEsRUFBRSxHQUFHLENBQUMsRUFBRSxlQUFlLEVBQUUsd0JBQXdCLEVBQUUsR0FBRyxHQUFHLEtBQUssS0FBSyxFQUFFLEVBQzNGLDRGQUE0RixDQUFDLENBQUM7WUFDbEcsQ0FBQztRQUNILENBQUM7UUFDRCxPQUFPLElBQUEsYUFBSyxFQUFDO1lBQ1gsR0FBRyxNQUFNO1lBQ1QsTUFBTSxFQUFFLElBQUEsV0FBSyxFQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsUUFBUSxFQUFFLEVBQUUsRUFBRSxNQUFNLENBQUMsTUFBTSxDQUFDLG1CQUFVLENBQUMsRUFBRSxhQUFhLENBQUM7WUFDM0UsT0FBTyxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxFQUFFLFNBQVMsRUFBRSxFQUFFLENBQUM7WUFDakMsT0FBTyxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLFVBQVUsRUFBRSxFQUFFLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxLQUFLLEVBQUUsQ0FBQztZQUN6RCxLQUFLLEVBQUUsbUJBQW1CLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUM7WUFDcEMsTUFBTTtZQUNOLFNBQVMsRUFBRSxhQUFhLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUM7U0FDbkMsQ0FBQyxDQUFDO0lBQ0wsQ0FBQyxDQUFDLENBQUM7SUFDSCxHQUFHLENBQUMsTUFBTSxDQUFDLElBQUEsaUNBQW1CLEdBQUUsRUFBRSxxQkFBcUIsQ0FBQyxDQUFDO0lBRXpELE1BQU0sS0FBSyxHQUE0QixJQUFBLGFBQUssRUFBQztRQUMzQyxPQUFPLEVBQUUsT0FBUTtRQUNqQixVQUFVO1FBQ1YsR0FBRyxHQUFHLENBQUMsU0FBUyxDQUFDLEtBQUssQ0FBQztRQUN2QixNQUFNO1FBQ04sb0JBQW9CO1FBQ3BCLE9BQU87UUFDUCxhQUFhO1FBQ2IsV0FBVztRQUNYLFlBQVk7UUFDWixHQUFHLEdBQUc7S0FDUCxDQUFDLENBQUM7SUFDSCxPQUFPLElBQUEsYUFBSyxFQUFDLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxHQUFHLENBQUMsTUFBTSxFQUFFLFlBQVksRUFBRSxZQUFZLEVBQUUsVUFBVSxFQUFFLENBQUMsQ0FBQztBQUN0RixDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBSZWFkcyBhIEt1YmVybmV0ZXMgbGFiIGZpbGUgKFlBTUwpIGludG8gYEt1YmVybmV0ZXNMYWJTdGFja1Byb3BzYCwgd2l0aCB0aGUgbW9kZWwncyBlcnJvcnM6XG4gKiBldmVyeSBwcm9ibGVtIHdpdGggZmlsZSwgbGluZSBhbmQgY29sdW1uLCBmaWVsZCwgdmFsdWUgYW5kIGZpeCwgYWxsIGF0IG9uY2UuIFBhdGhzIGluIHRoZVxuICogZmlsZSAodGVtcGxhdGVzLCByZWdpc3RyeSwgcG9saWN5LCBhIHJlbGF0aXZlIGt1YmVfY29uZmlnX3BhdGgpIGFyZSByZWxhdGl2ZSB0byB0aGUgZmlsZSdzXG4gKiBmb2xkZXIuIFVua25vd24ga2V5cyBhcmUgZXJyb3JzLiBUaGUgaGVscGVycyBhcmUgdGhlIFByb3htb3ggbGFiIGZpbGUncyAocHJveG1veC1sYWItZmlsZS50cykuXG4gKlxuICogTm90IGV4cG9ydGVkIGZyb20gdGhlIHBhY2thZ2UgaW5kZXg6IGBLdWJlcm5ldGVzTGFiU3RhY2suZnJvbUZpbGVgIGFuZCBgcndzIGxhYiBzeW50aCAtLWJhY2tlbmQga3ViZXJuZXRlc2AgdXNlIGl0LlxuICpcbiAqIGBgYHlhbWxcbiAqIG5hbWU6IGdlbm9taWNzICAgICAgICAgICAgICAgICAgICAgICAjIHRoZSBuYW1lc3BhY2UgaXMgbGFiLTxuYW1lPiB1bmxlc3Mga3ViZXJuZXRlcy5uYW1lc3BhY2Ugc2F5cyBvdGhlcndpc2VcbiAqIGt1YmVybmV0ZXM6IHsgbmFtZXNwYWNlOiBsYWItZ2Vub21pY3MsIGt1YmVfY29uZmlnX3BhdGg6IH4vLmt1YmUvY29uZmlnLCBrdWJlX2NvbnRleHQ6IHJlc2VhcmNoLCBzdG9yYWdlX2NsYXNzOiBjZXBoLWJsb2NrLFxuICogICAgICAgICAgICAgICBncHVfZGV2aWNlOiBudmlkaWEuY29tL0dBMTAyR0xfQTEwLCBwcm94eV9pbWFnZTogZG9ja2VyLmlvL3VidW50dS9zcXVpZDo2LjYtMjQuMDRfZWRnZSxcbiAqICAgICAgICAgICAgICAgZG5zX25hbWVzcGFjZToga3ViZS1zeXN0ZW0sIGRuc19wb2RfbGFiZWxzOiB7IGs4cy1hcHA6IGt1YmUtZG5zIH0gfVxuICogdGVtcGxhdGVzOiAuL3RlbXBsYXRlc1xuICogcmVnaXN0cnk6IC4vdXNlcnMueWFtbFxuICogcG9saWN5OiAuL3BvbGljeS55YW1sXG4gKiBlZ3Jlc3M6IHByb3hpZWQgICAgICAgICAgICAgICAgICAgICAgIyBub25lIHwgcHJveGllZCB8IG9wZW4gKGRlZmF1bHQ6IHRoZSBwb2xpY3kncywgZWxzZSBub25lKVxuICogZWdyZXNzX2FsbG93ZWRfZG9tYWluczogW3B5cGkub3JnXVxuICogc3RvcmFnZTogeyBzZXJ2ZXI6IDEwLjIwLjMwLjUsIGV4cG9ydF9wYXRoOiAvZXhwb3J0L2dlbm9taWNzIH1cbiAqIHN0b3JhZ2VfbGF5b3V0OiB1c2VyLXN1YmRpcmVjdG9yaWVzXG4gKiBhY2Nlc3NfY2lkcnM6IFsxMC45OS4wLjAvMTZdXG4gKiBzdGF0ZV9iYWNrZW5kOiB7IHMzOiB7IGJ1Y2tldDogdW5pLXRmc3RhdGUsIGtleTogbGFicy9nZW5vbWljcy50ZnN0YXRlLCByZWdpb246IGV1LXdlc3QtMiwga21zX2tleV9pZDogYWxpYXMvdGZzdGF0ZSB9IH1cbiAqIHdvcmtzcGFjZXM6XG4gKiAgIC0geyBuYW1lOiBhbGljZS1tbCwgdGVtcGxhdGU6IHB5dGhvbi1tbCwgb3duZXI6IGFsaWNlLCBwcm9qZWN0OiBnZW5vbWljcywgc2l6ZTogTSwgZWdyZXNzOiBwcm94aWVkLCBkaXNrX2dpYjogNjAgfVxuICogICAtIHsgbmFtZTogYm9iLW9mZmxpbmUsIHRlbXBsYXRlOiBkZWJpYW4tMTIsIG93bmVyOiBib2IsIGVncmVzczogbm9uZSwgaW1hZ2U6IHsgY29udGFpbmVyX2Rpc2s6IHF1YXkuaW8vY29udGFpbmVyZGlza3MvZGViaWFuOjEyLCBtaW5pbXVtX2Rpc2tfZ2liOiA1IH0gfVxuICogYGBgXG4gKi9cbmltcG9ydCAqIGFzIHBhdGggZnJvbSAncGF0aCc7XG5pbXBvcnQgdHlwZSB7IEt1YmVybmV0ZXNMYWJTdGFja1Byb3BzLCBLdWJlcm5ldGVzTGFiV29ya3NwYWNlIH0gZnJvbSAnLi9rdWJlcm5ldGVzLWxhYi1zdGFjayc7XG5pbXBvcnQgeyBLdWJlcm5ldGVzTGFiZWwgfSBmcm9tICcuLi8uLi9jb25zdHJ1Y3RzL2t1YmVybmV0ZXMva3ViZXJuZXRlcy1wZXJtaXQtd29ya3NwYWNlJztcbmltcG9ydCB7IEt1YmVybmV0ZXNWbUltYWdlIH0gZnJvbSAnLi4vLi4vY29uc3RydWN0cy9rdWJlcm5ldGVzL2t1YmVybmV0ZXMtd29ya3NwYWNlJztcbmltcG9ydCB7IGlzRG5zTGFiZWwsIGlzTGFiZWxLZXksIGlzTGFiZWxWYWx1ZSB9IGZyb20gJy4uLy4uL2NvbnN0cnVjdHMvdGVycmFmb3JtL3Blcm1pdC1jb21tb24nO1xuaW1wb3J0IHsgcmVhZFN0YXRlQmFja2VuZCB9IGZyb20gJy4uLy4uL2NvbnN0cnVjdHMvdGVycmFmb3JtL3N0YXRlLWJhY2tlbmQnO1xuaW1wb3J0IHsga3ViZXJuZXRlc0xhYlNjaGVtYSB9IGZyb20gJy4uLy4uL3ByaXZhdGUvbGFiLXNjaGVtYXMnO1xuaW1wb3J0IHsgTGFiRmlsZVJlYWRlciwgb25lT2YsIHJlYWROZnNTdG9yYWdlIH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9sYWInO1xuaW1wb3J0IHsgRWdyZXNzTW9kZSB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcG9saWN5JztcbmltcG9ydCB7IHJlcG9ydENpZHJzIH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9wcml2YXRlL2NpZHInO1xuaW1wb3J0IHsgY2xlYW4gfSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL3ByaXZhdGUvY2xlYW4nO1xuaW1wb3J0IHsgV29ya3NwYWNlSW5wdXRFcnJvciB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9lcnJvcic7XG5pbXBvcnQgeyBGaWVsZFJlYWRlciB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9maWVsZHMnO1xuaW1wb3J0IHsgc3lzdGVtTmFtZXNwYWNlUHJvYmxlbSB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9rdWJlcm5ldGVzLW5hbWVzJztcbmltcG9ydCB7IGtleXNBdCwgbGF6eSB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9zY2hlbWFzL2pzb24tc2NoZW1hJztcbmltcG9ydCB7IFlhbWxQYXRoLCBZYW1sU291cmNlIH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9wcml2YXRlL3lhbWwtc291cmNlJztcbmltcG9ydCB7IERldmVsb3Blckxhbmd1YWdlLCBEZXZlbG9wZXJPcHRpb25zLCBTdG9yYWdlTGF5b3V0IH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy91c2VyZGF0YSc7XG5cbi8vIFRoZSBrZXkgbGlzdHMgYXJlIHRoZSBLdWJlcm5ldGVzIGxhYiBzY2hlbWEncyAoc2NoZW1hcy9rdWJlcm5ldGVzLWxhYi5zY2hlbWEuanNvbikuXG5jb25zdCBUT1AgPSBsYXp5KCgpID0+IGtleXNBdChrdWJlcm5ldGVzTGFiU2NoZW1hKCkpKTtcbmNvbnN0IEtVQkVSTkVURVMgPSBsYXp5KCgpID0+IGtleXNBdChrdWJlcm5ldGVzTGFiU2NoZW1hKCksIFsna3ViZXJuZXRlcyddKSk7XG5jb25zdCBJTUFHRSA9IGxhenkoKCkgPT4ga2V5c0F0KGt1YmVybmV0ZXNMYWJTY2hlbWEoKSwgWyd3b3Jrc3BhY2VzJywgJyonLCAnaW1hZ2UnXSkpO1xuY29uc3QgREVWRUxPUEVSID0gbGF6eSgoKSA9PiBrZXlzQXQoa3ViZXJuZXRlc0xhYlNjaGVtYSgpLCBbJ3dvcmtzcGFjZXMnLCAnKicsICdkZXZlbG9wZXInXSkpO1xuY29uc3QgV1MgPSBsYXp5KCgpID0+IGtleXNBdChrdWJlcm5ldGVzTGFiU2NoZW1hKCksIFsnd29ya3NwYWNlcycsICcqJ10pKTtcblxuLyoqIFdoYXQgdGhlIGZpbGUgc2F5cyBhYm91dCB0aGUgY2x1c3RlciAoYGt1YmVybmV0ZXM6YCkuICovXG5leHBvcnQgaW50ZXJmYWNlIEt1YmVybmV0ZXNMYWJTZXR0aW5ncyB7XG4gIC8qKiBOYW1lc3BhY2UgKGRlZmF1bHQgYGxhYi08bmFtZT5gKS4gKi9cbiAgcmVhZG9ubHkgbmFtZXNwYWNlPzogc3RyaW5nO1xuICAvKiogRGVmYXVsdCBvZiB0aGUgYGt1YmVfY29uZmlnX3BhdGhgIHZhcmlhYmxlLiAqL1xuICByZWFkb25seSBrdWJlQ29uZmlnUGF0aD86IHN0cmluZztcbiAgLyoqIERlZmF1bHQgb2YgdGhlIGBrdWJlX2NvbnRleHRgIHZhcmlhYmxlLiAqL1xuICByZWFkb25seSBrdWJlQ29udGV4dD86IHN0cmluZztcbiAgLyoqIFN0b3JhZ2UgY2xhc3Mgb2YgdGhlIHJvb3Qgdm9sdW1lcy4gKi9cbiAgcmVhZG9ubHkgc3RvcmFnZUNsYXNzTmFtZT86IHN0cmluZztcbiAgLyoqIEt1YmVWaXJ0IEdQVSBkZXZpY2UgbmFtZS4gKi9cbiAgcmVhZG9ubHkgZ3B1RGV2aWNlTmFtZT86IHN0cmluZztcbiAgLyoqIFBhY2thZ2UgcHJveHkgaW1hZ2UuICovXG4gIHJlYWRvbmx5IHByb3h5SW1hZ2U/OiBzdHJpbmc7XG4gIC8qKiBOYW1lc3BhY2Ugb2YgdGhlIGNsdXN0ZXIgRE5TLiAqL1xuICByZWFkb25seSBkbnNOYW1lc3BhY2U/OiBzdHJpbmc7XG4gIC8qKiBMYWJlbHMgb2YgdGhlIGNsdXN0ZXIgRE5TIHBvZHMuICovXG4gIHJlYWRvbmx5IGRuc1BvZExhYmVscz86IEt1YmVybmV0ZXNMYWJlbFtdO1xufVxuXG4vKiogV2hhdCBgcmVhZEt1YmVybmV0ZXNMYWJGaWxlYCByZXR1cm5zLiAqL1xuZXhwb3J0IGludGVyZmFjZSBLdWJlcm5ldGVzTGFiRmlsZSB7XG4gIC8qKiBUaGUgc3RhY2sncyBwcm9wZXJ0aWVzIChjYXRhbG9nLCByZWdpc3RyeSBhbmQgcG9saWN5IGxvYWRlZCkuICovXG4gIHJlYWRvbmx5IHByb3BzOiBLdWJlcm5ldGVzTGFiU3RhY2tQcm9wcztcbiAgLyoqIFRoZSBwYXJzZWQgZmlsZSwgdG8gcG9pbnQgbGF0ZXIgcHJvYmxlbXMgYXQgaXRzIGxpbmVzLiAqL1xuICByZWFkb25seSBzb3VyY2U6IFlhbWxTb3VyY2U7XG4gIC8qKiBUaGUgbGFiJ3MgdGVtcGxhdGUgZm9sZGVyLCBhYnNvbHV0ZS4gKi9cbiAgcmVhZG9ubHkgdGVtcGxhdGVzRGlyPzogc3RyaW5nO1xuICAvKiogVGhlIHJlZ2lzdHJ5IGZpbGUsIGFic29sdXRlLiAqL1xuICByZWFkb25seSByZWdpc3RyeUZpbGU/OiBzdHJpbmc7XG4gIC8qKiBUaGUgcG9saWN5IGZpbGUsIGFic29sdXRlLiAqL1xuICByZWFkb25seSBwb2xpY3lGaWxlPzogc3RyaW5nO1xufVxuXG4vKiogYGt1YmVybmV0ZXM6YCAob3B0aW9uYWwpOiB3aGVyZSBhbmQgaG93IHRoZSBsYWIgcnVucyBpbiB0aGUgY2x1c3Rlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWFkS3ViZXJuZXRlc1NldHRpbmdzKHI6IEZpZWxkUmVhZGVyLCBkOiBhbnksIGRpcjogc3RyaW5nKTogS3ViZXJuZXRlc0xhYlNldHRpbmdzIHtcbiAgY29uc3QgayA9IHIubWFwcGluZyhkLCAna3ViZXJuZXRlcycsIFtdKTtcbiAgaWYgKCFrKSByZXR1cm4ge307XG4gIGNvbnN0IGF0OiBZYW1sUGF0aCA9IFsna3ViZXJuZXRlcyddO1xuICByLnVua25vd25LZXlzKGssIEtVQkVSTkVURVMoKSwgYXQpO1xuICBjb25zdCBuYW1lc3BhY2UgPSByLnN0cihrLCAnbmFtZXNwYWNlJywgYXQpO1xuICBpZiAobmFtZXNwYWNlICE9PSB1bmRlZmluZWQgJiYgIWlzRG5zTGFiZWwobmFtZXNwYWNlKSkge1xuICAgIHIuZXJyb3IoWy4uLmF0LCAnbmFtZXNwYWNlJ10sICdpbnZhbGlkLW5hbWVzcGFjZScsICdub3QgYSBuYW1lc3BhY2UgbmFtZSAoYSBETlMgbGFiZWw6IGxvd2VyY2FzZSBsZXR0ZXJzLCBkaWdpdHMgYW5kIFwiLVwiLCBhdCBtb3N0IDYzKScsIG5hbWVzcGFjZSxcbiAgICAgICd1c2UgZS5nLiBsYWItZ2Vub21pY3MsIG9yIGxlYXZlIGl0IG91dCBmb3IgbGFiLTxuYW1lPicpO1xuICB9IGVsc2UgaWYgKG5hbWVzcGFjZSAhPT0gdW5kZWZpbmVkICYmIHN5c3RlbU5hbWVzcGFjZVByb2JsZW0obmFtZXNwYWNlKSkge1xuICAgIHIuZXJyb3IoWy4uLmF0LCAnbmFtZXNwYWNlJ10sICdzeXN0ZW0tbmFtZXNwYWNlJywgc3lzdGVtTmFtZXNwYWNlUHJvYmxlbShuYW1lc3BhY2UpISwgbmFtZXNwYWNlLCAndXNlIGEgbmFtZXNwYWNlIG9mIHRoZSBsYWJcXCdzIG93biwgZS5nLiBsYWItZ2Vub21pY3MsIG9yIGxlYXZlIGl0IG91dCBmb3IgbGFiLTxuYW1lPicpO1xuICB9XG4gIGxldCBrdWJlQ29uZmlnUGF0aCA9IHIuc3RyKGssICdrdWJlX2NvbmZpZ19wYXRoJywgYXQpO1xuICAvLyBUZXJyYWZvcm0gcmVhZHMgaXQgYXQgYXBwbHkgdGltZSBmcm9tIHRoZSBzdGFjaydzIGZvbGRlcjogYSByZWxhdGl2ZSBwYXRoIGlzIG1hZGUgYWJzb2x1dGUgaGVyZS5cbiAgaWYgKGt1YmVDb25maWdQYXRoICE9PSB1bmRlZmluZWQgJiYgIWt1YmVDb25maWdQYXRoLnN0YXJ0c1dpdGgoJ34nKSAmJiAhcGF0aC5pc0Fic29sdXRlKGt1YmVDb25maWdQYXRoKSkga3ViZUNvbmZpZ1BhdGggPSBwYXRoLnJlc29sdmUoZGlyLCBrdWJlQ29uZmlnUGF0aCk7XG4gIGNvbnN0IGdwdURldmljZU5hbWUgPSByLnN0cihrLCAnZ3B1X2RldmljZScsIGF0KTtcbiAgaWYgKGdwdURldmljZU5hbWUgIT09IHVuZGVmaW5lZCAmJiAhL15bYS16MC05Li1dK1xcL1tBLVphLXowLTkuXy1dKyQvLnRlc3QoZ3B1RGV2aWNlTmFtZSkpIHtcbiAgICByLmVycm9yKFsuLi5hdCwgJ2dwdV9kZXZpY2UnXSwgJ2ludmFsaWQtZ3B1LWRldmljZScsICdub3QgYSBkZXZpY2UgcmVzb3VyY2UgbmFtZSAoYSBLdWJlVmlydCBwZXJtaXR0ZWRIb3N0RGV2aWNlcyByZXNvdXJjZSknLCBncHVEZXZpY2VOYW1lLFxuICAgICAgJ3dyaXRlIGUuZy4gbnZpZGlhLmNvbS9HQTEwMkdMX0ExMCcpO1xuICB9XG4gIGNvbnN0IHN0b3JhZ2VDbGFzc05hbWUgPSByLnN0cihrLCAnc3RvcmFnZV9jbGFzcycsIGF0KTtcbiAgaWYgKHN0b3JhZ2VDbGFzc05hbWUgIT09IHVuZGVmaW5lZCAmJiAhL15bYS16MC05XShbYS16MC05Li1dezAsMjUxfVthLXowLTldKT8kLy50ZXN0KHN0b3JhZ2VDbGFzc05hbWUpKSB7XG4gICAgci5lcnJvcihbLi4uYXQsICdzdG9yYWdlX2NsYXNzJ10sICdpbnZhbGlkLXZhbHVlJywgJ25vdCBhIHN0b3JhZ2UgY2xhc3MgbmFtZScsIHN0b3JhZ2VDbGFzc05hbWUsICd3cml0ZSB0aGUgbmFtZSBcImt1YmVjdGwgZ2V0IHN0b3JhZ2VjbGFzc1wiIHNob3dzLCBlLmcuIGNlcGgtYmxvY2snKTtcbiAgfVxuICBjb25zdCBkbnNOYW1lc3BhY2UgPSByLnN0cihrLCAnZG5zX25hbWVzcGFjZScsIGF0KTtcbiAgaWYgKGRuc05hbWVzcGFjZSAhPT0gdW5kZWZpbmVkICYmICFpc0Ruc0xhYmVsKGRuc05hbWVzcGFjZSkpIHtcbiAgICByLmVycm9yKFsuLi5hdCwgJ2Ruc19uYW1lc3BhY2UnXSwgJ2ludmFsaWQtbmFtZXNwYWNlJywgJ25vdCBhIG5hbWVzcGFjZSBuYW1lJywgZG5zTmFtZXNwYWNlLCAndXNlIGUuZy4ga3ViZS1zeXN0ZW0nKTtcbiAgfVxuICBjb25zdCBsYWJlbHMgPSByLnN0cmluZ01hcChrLCAnZG5zX3BvZF9sYWJlbHMnLCBhdCk7XG4gIGZvciAoY29uc3QgW2tleSwgdmFsdWVdIG9mIE9iamVjdC5lbnRyaWVzKGxhYmVscyA/PyB7fSkpIHtcbiAgICBpZiAoIWlzTGFiZWxLZXkoa2V5KSB8fCAhaXNMYWJlbFZhbHVlKHZhbHVlKSkge1xuICAgICAgci5lcnJvcihbLi4uYXQsICdkbnNfcG9kX2xhYmVscycsIGtleV0sICdpbnZhbGlkLWxhYmVsJywgJ25vdCBhIEt1YmVybmV0ZXMgbGFiZWwnLCBgJHtrZXl9OiAke3ZhbHVlfWAsICd3cml0ZSBlLmcuIGRuc19wb2RfbGFiZWxzOiB7IGs4cy1hcHA6IGt1YmUtZG5zIH0nKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGNsZWFuKHtcbiAgICBuYW1lc3BhY2UsXG4gICAga3ViZUNvbmZpZ1BhdGgsXG4gICAga3ViZUNvbnRleHQ6IHIuc3RyKGssICdrdWJlX2NvbnRleHQnLCBhdCksXG4gICAgc3RvcmFnZUNsYXNzTmFtZSxcbiAgICBncHVEZXZpY2VOYW1lLFxuICAgIHByb3h5SW1hZ2U6IHIuc3RyKGssICdwcm94eV9pbWFnZScsIGF0KSxcbiAgICBkbnNOYW1lc3BhY2UsXG4gICAgZG5zUG9kTGFiZWxzOiBsYWJlbHMgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IE9iamVjdC5lbnRyaWVzKGxhYmVscykubWFwKChba2V5LCB2YWx1ZV0pID0+ICh7IGtleSwgdmFsdWUgfSkpLFxuICB9KTtcbn1cblxuLyoqIEEgd29ya3NwYWNlJ3MgYm9vdCBkaXNrOiBgeyB1cmw6IGh0dHBzOi8vLi4uLCBtaW5pbXVtX2Rpc2tfZ2liOiA0IH1gIG9yIGB7IGNvbnRhaW5lcl9kaXNrOiBxdWF5LmlvLy4uLiwgbWluaW11bV9kaXNrX2dpYjogNSB9YC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWFkS3ViZXJuZXRlc0ltYWdlKHI6IEZpZWxkUmVhZGVyLCB3OiBhbnksIHA6IFlhbWxQYXRoKTogS3ViZXJuZXRlc1ZtSW1hZ2UgfCB1bmRlZmluZWQge1xuICBjb25zdCBtID0gci5tYXBwaW5nKHcsICdpbWFnZScsIHApO1xuICBpZiAoIW0pIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IGF0OiBZYW1sUGF0aCA9IFsuLi5wLCAnaW1hZ2UnXTtcbiAgci51bmtub3duS2V5cyhtLCBJTUFHRSgpLCBhdCk7XG4gIGNvbnN0IGV4YW1wbGUgPSAnd3JpdGUgaW1hZ2U6IHsgdXJsOiBcImh0dHBzOi8vLi4uL2ltYWdlLnFjb3cyXCIsIG1pbmltdW1fZGlza19naWI6IDQgfSBvciBpbWFnZTogeyBjb250YWluZXJfZGlzazogcXVheS5pby9jb250YWluZXJkaXNrcy91YnVudHU6MjQuMDQsIG1pbmltdW1fZGlza19naWI6IDUgfSc7XG4gIGNvbnN0IGhhc1VybCA9IG0udXJsICE9PSB1bmRlZmluZWQ7XG4gIGNvbnN0IGhhc0Rpc2sgPSBtLmNvbnRhaW5lcl9kaXNrICE9PSB1bmRlZmluZWQ7XG4gIGlmIChoYXNVcmwgPT09IGhhc0Rpc2spIHtcbiAgICByLmVycm9yKGF0LCAnaW52YWxpZC12YWx1ZScsIGhhc1VybCA/ICdnaXZlIGVpdGhlciB1cmwgb3IgY29udGFpbmVyX2Rpc2ssIG5vdCBib3RoJyA6ICdhbiBpbWFnZSBuZWVkcyB1cmwgb3IgY29udGFpbmVyX2Rpc2snLCB1bmRlZmluZWQsIGV4YW1wbGUpO1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbiAgY29uc3Qga2V5ID0gaGFzVXJsID8gJ3VybCcgOiAnY29udGFpbmVyX2Rpc2snO1xuICBjb25zdCBzb3VyY2UgPSByLnN0cihtLCBrZXksIGF0KTtcbiAgY29uc3QgbWluaW11bSA9IHIuaW50KG0sICdtaW5pbXVtX2Rpc2tfZ2liJywgYXQsIHsgbWluOiAxLCBtYXg6IDY1NTM2IH0pO1xuICBpZiAobS5taW5pbXVtX2Rpc2tfZ2liID09PSB1bmRlZmluZWQpIHtcbiAgICByLmVycm9yKFsuLi5hdCwgJ21pbmltdW1fZGlza19naWInXSwgJ21pc3NpbmctZmllbGQnLCAndGhlIGltYWdlXFwncyB2aXJ0dWFsIHNpemUgaXMgbmVlZGVkOiB0aGUgcm9vdCBkaXNrIGlzIGF0IGxlYXN0IHRoYXQgbGFyZ2UnLCB1bmRlZmluZWQsXG4gICAgICAnYWRkIG1pbmltdW1fZGlza19naWI6IDxHaUI+IChxZW11LWltZyBpbmZvIHNob3dzIHRoZSB2aXJ0dWFsIHNpemUpJyk7XG4gIH1cbiAgLy8gQSBjb250YWluZXIgZGlzayBiYWtlZCBmcm9tIHRoZSB3b3Jrc3BhY2UncyB0ZW1wbGF0ZSAoSW1hZ2VCYWtlLmNvbnRhaW5lckRpc2tTY3JpcHQpOiBpdHMgY29udGVudCBoYXNoLlxuICBjb25zdCBiYWtlZCA9IHIuc3RyKG0sICdiYWtlZF9jb250ZW50X2hhc2gnLCBhdCk7XG4gIGlmIChiYWtlZCAhPT0gdW5kZWZpbmVkICYmIChoYXNVcmwgfHwgIS9eWzAtOWEtZl17MTZ9JC8udGVzdChiYWtlZCkpKSB7XG4gICAgci5lcnJvcihbLi4uYXQsICdiYWtlZF9jb250ZW50X2hhc2gnXSwgJ2ludmFsaWQtdmFsdWUnLCBoYXNVcmwgPyAnYSBiYWtlZCBjb250ZW50IGhhc2ggYmVsb25ncyB0byBhIGNvbnRhaW5lcl9kaXNrIGJ1aWx0IHdpdGggSW1hZ2VCYWtlLmNvbnRhaW5lckRpc2tTY3JpcHQnXG4gICAgICA6ICdub3QgYSBjb250ZW50IGhhc2ggKDE2IGhleCBkaWdpdHMpJywgYmFrZWQsIGhhc1VybCA/ICdyZW1vdmUgaXQsIG9yIGdpdmUgdGhlIGJha2VkIGNvbnRhaW5lcl9kaXNrJyA6ICd3cml0ZSB0aGUgY29udGVudEhhc2ggdGhlIGJha2Ugc2NyaXB0IHByaW50ZWQsIGUuZy4gMWYxMjVjNjlhMGIyYzNkNCcpO1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbiAgaWYgKHNvdXJjZSA9PT0gdW5kZWZpbmVkIHx8IG1pbmltdW0gPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgdHJ5IHtcbiAgICByZXR1cm4gaGFzVXJsID8gS3ViZXJuZXRlc1ZtSW1hZ2UuZnJvbVVybChzb3VyY2UsIG1pbmltdW0pXG4gICAgICA6IGJha2VkICE9PSB1bmRlZmluZWQgPyBLdWJlcm5ldGVzVm1JbWFnZS5mcm9tQmFrZWRDb250YWluZXJEaXNrKHNvdXJjZSwgbWluaW11bSwgYmFrZWQpIDogS3ViZXJuZXRlc1ZtSW1hZ2UuZnJvbUNvbnRhaW5lckRpc2soc291cmNlLCBtaW5pbXVtKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGlmICghV29ya3NwYWNlSW5wdXRFcnJvci5pc1dvcmtzcGFjZUlucHV0RXJyb3IoZSkpIHRocm93IGU7XG4gICAgZm9yIChjb25zdCBkIG9mIGUuZGlhZ25vc3RpY3MpIHIuZXJyb3IoWy4uLmF0LCBrZXldLCBkLmNvZGUsIGQubWVzc2FnZS5yZXBsYWNlKC9eS3ViZXJuZXRlc1ZtSW1hZ2VcXC5cXHcrXFwoXFwpOiAvLCAnJyksIHNvdXJjZSwgZC5maXggPz8gZXhhbXBsZSk7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG5mdW5jdGlvbiByZWFkRGV2ZWxvcGVyKHI6IEZpZWxkUmVhZGVyLCB3OiBhbnksIHA6IFlhbWxQYXRoKTogRGV2ZWxvcGVyT3B0aW9ucyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG0gPSByLm1hcHBpbmcodywgJ2RldmVsb3BlcicsIHApO1xuICBpZiAoIW0pIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IGF0OiBZYW1sUGF0aCA9IFsuLi5wLCAnZGV2ZWxvcGVyJ107XG4gIHIudW5rbm93bktleXMobSwgREVWRUxPUEVSKCksIGF0KTtcbiAgY29uc3QgbGFuZ3VhZ2VzOiBEZXZlbG9wZXJMYW5ndWFnZVtdID0gW107XG4gIChyLnN0ckxpc3QobSwgJ2xhbmd1YWdlcycsIGF0KSA/PyBbXSkuZm9yRWFjaCgobCwgaSkgPT4ge1xuICAgIGlmICgoT2JqZWN0LnZhbHVlcyhEZXZlbG9wZXJMYW5ndWFnZSkgYXMgc3RyaW5nW10pLmluY2x1ZGVzKGwpKSBsYW5ndWFnZXMucHVzaChsIGFzIERldmVsb3Blckxhbmd1YWdlKTtcbiAgICBlbHNlIHIuZXJyb3IoWy4uLmF0LCAnbGFuZ3VhZ2VzJywgaV0sICdpbnZhbGlkLXZhbHVlJywgJ3Vua25vd24gbGFuZ3VhZ2UnLCBsLCBgdXNlIG9uZSBvZiAke09iamVjdC52YWx1ZXMoRGV2ZWxvcGVyTGFuZ3VhZ2UpLmpvaW4oJywgJyl9YCk7XG4gIH0pO1xuICByZXR1cm4gY2xlYW4oe1xuICAgIHpzaDogci5ib29sKG0sICd6c2gnLCBhdCksXG4gICAgZG90ZmlsZXNSZXBvc2l0b3J5OiByLnN0cihtLCAnZG90ZmlsZXNfcmVwb3NpdG9yeScsIGF0KSxcbiAgICBib290c3RyYXBTY3JpcHQ6IHIuc3RyKG0sICdib290c3RyYXBfc2NyaXB0JywgYXQpLFxuICAgIGxhbmd1YWdlczogbS5sYW5ndWFnZXMgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IGxhbmd1YWdlcyxcbiAgfSk7XG59XG5cbi8qKlxuICogUmVhZHMgYW5kIGNoZWNrcyBhIEt1YmVybmV0ZXMgbGFiIGZpbGUsIHRoZW4gbG9hZHMgdGhlIGNhdGFsb2cgKGJ1bmRsZWQgcGx1cyBgdGVtcGxhdGVzYCksXG4gKiB0aGUgcmVnaXN0cnkgYW5kIHRoZSBwb2xpY3kgaXQgbmFtZXMuIFRocm93cyBvbmUgYFdvcmtzcGFjZUlucHV0RXJyb3JgIGxpc3RpbmcgZXZlcnkgcHJvYmxlbS5cbiAqIFRoZSBzdGFjayBjaGVja3MgdGhlIHJlc3QgKHRlbXBsYXRlcywgc2l6ZXMsIG93bmVycywgdGhlIHBvbGljeSkgd2l0aCB0aGUgd29ya3NwYWNlJ3MgZmllbGQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWFkS3ViZXJuZXRlc0xhYkZpbGUoZmlsZTogc3RyaW5nKTogS3ViZXJuZXRlc0xhYkZpbGUge1xuICBjb25zdCBsYWIgPSBMYWJGaWxlUmVhZGVyLm9wZW4oZmlsZSwgJ2EgbWFwcGluZyB3aXRoIG5hbWU6LCBrdWJlcm5ldGVzOiBhbmQgd29ya3NwYWNlczonKTtcbiAgY29uc3QgeyByLCBkYXRhOiBkLCBkaXIgfSA9IGxhYjtcbiAgci51bmtub3duS2V5cyhkLCBUT1AoKSwgW10pO1xuICBjb25zdCBsYWJOYW1lID0gbGFiLm5hbWUoKTtcbiAgY29uc3QgazhzID0gcmVhZEt1YmVybmV0ZXNTZXR0aW5ncyhyLCBkLCBkaXIpO1xuICBjb25zdCBzdGF0ZUJhY2tlbmQgPSByZWFkU3RhdGVCYWNrZW5kKHIsIGQpO1xuICBjb25zdCBmaWxlcyA9IGxhYi5maWxlcygpO1xuICBjb25zdCB7IHRlbXBsYXRlc0RpciwgcmVnaXN0cnlGaWxlLCBwb2xpY3lGaWxlLCBjaWRyTGltaXRzIH0gPSBmaWxlcztcbiAgY29uc3QgZWdyZXNzID0gb25lT2YociwgZCwgJ2VncmVzcycsIFtdLCBPYmplY3QudmFsdWVzKEVncmVzc01vZGUpLCAnZWdyZXNzIG1vZGUnKTtcbiAgY29uc3QgZWdyZXNzQWxsb3dlZERvbWFpbnMgPSByLnN0ckxpc3QoZCwgJ2VncmVzc19hbGxvd2VkX2RvbWFpbnMnLCBbXSk7XG4gIGNvbnN0IHN0b3JhZ2UgPSByZWFkTmZzU3RvcmFnZShyLCBkKTtcbiAgY29uc3Qgc3RvcmFnZUxheW91dCA9IG9uZU9mKHIsIGQsICdzdG9yYWdlX2xheW91dCcsIFtdLCBPYmplY3QudmFsdWVzKFN0b3JhZ2VMYXlvdXQpLCAnc3RvcmFnZSBsYXlvdXQnKTtcbiAgY29uc3QgYWNjZXNzQ2lkcnMgPSByLnN0ckxpc3QoZCwgJ2FjY2Vzc19jaWRycycsIFtdKTtcbiAgcmVwb3J0Q2lkcnMociwgYWNjZXNzQ2lkcnMsIFsnYWNjZXNzX2NpZHJzJ10sICdTU0gnLCBjaWRyTGltaXRzKTtcblxuICBjb25zdCB3b3Jrc3BhY2VzID0gbGFiLndvcmtzcGFjZXMoKHcsIGF0LCBjb21tb24pOiBLdWJlcm5ldGVzTGFiV29ya3NwYWNlID0+IHtcbiAgICByLnVua25vd25LZXlzKHcsIFdTKCksIGF0KTtcbiAgICBjb25zdCBsYWJlbHMgPSByLnN0cmluZ01hcCh3LCAnbGFiZWxzJywgYXQpO1xuICAgIGZvciAoY29uc3QgW2tleSwgdmFsdWVdIG9mIE9iamVjdC5lbnRyaWVzKGxhYmVscyA/PyB7fSkpIHtcbiAgICAgIGlmICghaXNMYWJlbEtleShrZXkpIHx8ICFpc0xhYmVsVmFsdWUodmFsdWUpKSB7XG4gICAgICAgIHIuZXJyb3IoWy4uLmF0LCAnbGFiZWxzJywga2V5XSwgJ2ludmFsaWQtbGFiZWwnLCAnbm90IGEgS3ViZXJuZXRlcyBsYWJlbCcsIGAke2tleX06ICR7dmFsdWV9YCxcbiAgICAgICAgICAna2V5cyBsaWtlIHRlYW0gb3IgZXhhbXBsZS5lZHUvdGVhbSwgdmFsdWVzIG9mIGF0IG1vc3QgNjMgbGV0dGVycywgZGlnaXRzLCBcIi1cIiwgXCJfXCIgYW5kIFwiLlwiJyk7XG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiBjbGVhbih7XG4gICAgICAuLi5jb21tb24sXG4gICAgICBlZ3Jlc3M6IG9uZU9mKHIsIHcsICdlZ3Jlc3MnLCBhdCwgT2JqZWN0LnZhbHVlcyhFZ3Jlc3NNb2RlKSwgJ2VncmVzcyBtb2RlJyksXG4gICAgICBzdGFydGVkOiByLmJvb2wodywgJ3N0YXJ0ZWQnLCBhdCksXG4gICAgICBkaXNrR2lCOiByLmludCh3LCAnZGlza19naWInLCBhdCwgeyBtaW46IDEsIG1heDogNjU1MzYgfSksXG4gICAgICBpbWFnZTogcmVhZEt1YmVybmV0ZXNJbWFnZShyLCB3LCBhdCksXG4gICAgICBsYWJlbHMsXG4gICAgICBkZXZlbG9wZXI6IHJlYWREZXZlbG9wZXIociwgdywgYXQpLFxuICAgIH0pO1xuICB9KTtcbiAgbGFiLmZpbmlzaChrdWJlcm5ldGVzTGFiU2NoZW1hKCksICdLdWJlcm5ldGVzIGxhYiBmaWxlJyk7XG5cbiAgY29uc3QgcHJvcHM6IEt1YmVybmV0ZXNMYWJTdGFja1Byb3BzID0gY2xlYW4oe1xuICAgIGxhYk5hbWU6IGxhYk5hbWUhLFxuICAgIHdvcmtzcGFjZXMsXG4gICAgLi4ubGFiLmxvYWRGaWxlcyhmaWxlcyksXG4gICAgZWdyZXNzLFxuICAgIGVncmVzc0FsbG93ZWREb21haW5zLFxuICAgIHN0b3JhZ2UsXG4gICAgc3RvcmFnZUxheW91dCxcbiAgICBhY2Nlc3NDaWRycyxcbiAgICBzdGF0ZUJhY2tlbmQsXG4gICAgLi4uazhzLFxuICB9KTtcbiAgcmV0dXJuIGNsZWFuKHsgcHJvcHMsIHNvdXJjZTogbGFiLnNvdXJjZSwgdGVtcGxhdGVzRGlyLCByZWdpc3RyeUZpbGUsIHBvbGljeUZpbGUgfSk7XG59XG4iXX0=