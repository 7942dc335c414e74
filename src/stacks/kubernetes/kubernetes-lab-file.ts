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
import * as path from 'path';
import type { KubernetesLabStackProps, KubernetesLabWorkspace } from './kubernetes-lab-stack';
import { KubernetesLabel } from '../../constructs/kubernetes/kubernetes-permit-workspace';
import { KubernetesVmImage } from '../../constructs/kubernetes/kubernetes-workspace';
import { isDnsLabel, isLabelKey, isLabelValue } from '../../constructs/terraform/permit-common';
import { readStateBackend } from '../../constructs/terraform/state-backend';
import { kubernetesLabSchema } from '../../private/lab-schemas';
import { LabFileReader, oneOf, readNfsStorage } from '../../workspaces/lab';
import { EgressMode } from '../../workspaces/policy';
import { reportCidrs } from '../../workspaces/private/cidr';
import { clean } from '../../workspaces/private/clean';
import { WorkspaceInputError } from '../../workspaces/private/error';
import { FieldReader } from '../../workspaces/private/fields';
import { systemNamespaceProblem } from '../../workspaces/private/kubernetes-names';
import { keysAt, lazy } from '../../workspaces/private/schemas/json-schema';
import { YamlPath, YamlSource } from '../../workspaces/private/yaml-source';
import { DeveloperLanguage, DeveloperOptions, StorageLayout } from '../../workspaces/userdata';

// The key lists are the Kubernetes lab schema's (schemas/kubernetes-lab.schema.json).
const TOP = lazy(() => keysAt(kubernetesLabSchema()));
const KUBERNETES = lazy(() => keysAt(kubernetesLabSchema(), ['kubernetes']));
const IMAGE = lazy(() => keysAt(kubernetesLabSchema(), ['workspaces', '*', 'image']));
const DEVELOPER = lazy(() => keysAt(kubernetesLabSchema(), ['workspaces', '*', 'developer']));
const WS = lazy(() => keysAt(kubernetesLabSchema(), ['workspaces', '*']));

/** What the file says about the cluster (`kubernetes:`). */
export interface KubernetesLabSettings {
  /** Namespace (default `lab-<name>`). */
  readonly namespace?: string;
  /** Default of the `kube_config_path` variable. */
  readonly kubeConfigPath?: string;
  /** Default of the `kube_context` variable. */
  readonly kubeContext?: string;
  /** Storage class of the root volumes. */
  readonly storageClassName?: string;
  /** KubeVirt GPU device name. */
  readonly gpuDeviceName?: string;
  /** Package proxy image. */
  readonly proxyImage?: string;
  /** Namespace of the cluster DNS. */
  readonly dnsNamespace?: string;
  /** Labels of the cluster DNS pods. */
  readonly dnsPodLabels?: KubernetesLabel[];
}

/** What `readKubernetesLabFile` returns. */
export interface KubernetesLabFile {
  /** The stack's properties (catalog, registry and policy loaded). */
  readonly props: KubernetesLabStackProps;
  /** The parsed file, to point later problems at its lines. */
  readonly source: YamlSource;
  /** The lab's template folder, absolute. */
  readonly templatesDir?: string;
  /** The registry file, absolute. */
  readonly registryFile?: string;
  /** The policy file, absolute. */
  readonly policyFile?: string;
}

/** `kubernetes:` (optional): where and how the lab runs in the cluster. */
export function readKubernetesSettings(r: FieldReader, d: any, dir: string): KubernetesLabSettings {
  const k = r.mapping(d, 'kubernetes', []);
  if (!k) return {};
  const at: YamlPath = ['kubernetes'];
  r.unknownKeys(k, KUBERNETES(), at);
  const namespace = r.str(k, 'namespace', at);
  if (namespace !== undefined && !isDnsLabel(namespace)) {
    r.error([...at, 'namespace'], 'invalid-namespace', 'not a namespace name (a DNS label: lowercase letters, digits and "-", at most 63)', namespace,
      'use e.g. lab-genomics, or leave it out for lab-<name>');
  } else if (namespace !== undefined && systemNamespaceProblem(namespace)) {
    r.error([...at, 'namespace'], 'system-namespace', systemNamespaceProblem(namespace)!, namespace, 'use a namespace of the lab\'s own, e.g. lab-genomics, or leave it out for lab-<name>');
  }
  let kubeConfigPath = r.str(k, 'kube_config_path', at);
  // Terraform reads it at apply time from the stack's folder: a relative path is made absolute here.
  if (kubeConfigPath !== undefined && !kubeConfigPath.startsWith('~') && !path.isAbsolute(kubeConfigPath)) kubeConfigPath = path.resolve(dir, kubeConfigPath);
  const gpuDeviceName = r.str(k, 'gpu_device', at);
  if (gpuDeviceName !== undefined && !/^[a-z0-9.-]+\/[A-Za-z0-9._-]+$/.test(gpuDeviceName)) {
    r.error([...at, 'gpu_device'], 'invalid-gpu-device', 'not a device resource name (a KubeVirt permittedHostDevices resource)', gpuDeviceName,
      'write e.g. nvidia.com/GA102GL_A10');
  }
  const storageClassName = r.str(k, 'storage_class', at);
  if (storageClassName !== undefined && !/^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/.test(storageClassName)) {
    r.error([...at, 'storage_class'], 'invalid-value', 'not a storage class name', storageClassName, 'write the name "kubectl get storageclass" shows, e.g. ceph-block');
  }
  const dnsNamespace = r.str(k, 'dns_namespace', at);
  if (dnsNamespace !== undefined && !isDnsLabel(dnsNamespace)) {
    r.error([...at, 'dns_namespace'], 'invalid-namespace', 'not a namespace name', dnsNamespace, 'use e.g. kube-system');
  }
  const labels = r.stringMap(k, 'dns_pod_labels', at);
  for (const [key, value] of Object.entries(labels ?? {})) {
    if (!isLabelKey(key) || !isLabelValue(value)) {
      r.error([...at, 'dns_pod_labels', key], 'invalid-label', 'not a Kubernetes label', `${key}: ${value}`, 'write e.g. dns_pod_labels: { k8s-app: kube-dns }');
    }
  }
  return clean({
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
export function readKubernetesImage(r: FieldReader, w: any, p: YamlPath): KubernetesVmImage | undefined {
  const m = r.mapping(w, 'image', p);
  if (!m) return undefined;
  const at: YamlPath = [...p, 'image'];
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
    r.error([...at, 'minimum_disk_gib'], 'missing-field', 'the image\'s virtual size is needed: the root disk is at least that large', undefined,
      'add minimum_disk_gib: <GiB> (qemu-img info shows the virtual size)');
  }
  // A container disk baked from the workspace's template (ImageBake.containerDiskScript): its content hash.
  const baked = r.str(m, 'baked_content_hash', at);
  if (baked !== undefined && (hasUrl || !/^[0-9a-f]{16}$/.test(baked))) {
    r.error([...at, 'baked_content_hash'], 'invalid-value', hasUrl ? 'a baked content hash belongs to a container_disk built with ImageBake.containerDiskScript'
      : 'not a content hash (16 hex digits)', baked, hasUrl ? 'remove it, or give the baked container_disk' : 'write the contentHash the bake script printed, e.g. 1f125c69a0b2c3d4');
    return undefined;
  }
  if (source === undefined || minimum === undefined) return undefined;
  try {
    return hasUrl ? KubernetesVmImage.fromUrl(source, minimum)
      : baked !== undefined ? KubernetesVmImage.fromBakedContainerDisk(source, minimum, baked) : KubernetesVmImage.fromContainerDisk(source, minimum);
  } catch (e) {
    if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
    for (const d of e.diagnostics) r.error([...at, key], d.code, d.message.replace(/^KubernetesVmImage\.\w+\(\): /, ''), source, d.fix ?? example);
    return undefined;
  }
}

function readDeveloper(r: FieldReader, w: any, p: YamlPath): DeveloperOptions | undefined {
  const m = r.mapping(w, 'developer', p);
  if (!m) return undefined;
  const at: YamlPath = [...p, 'developer'];
  r.unknownKeys(m, DEVELOPER(), at);
  const languages: DeveloperLanguage[] = [];
  (r.strList(m, 'languages', at) ?? []).forEach((l, i) => {
    if ((Object.values(DeveloperLanguage) as string[]).includes(l)) languages.push(l as DeveloperLanguage);
    else r.error([...at, 'languages', i], 'invalid-value', 'unknown language', l, `use one of ${Object.values(DeveloperLanguage).join(', ')}`);
  });
  return clean({
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
export function readKubernetesLabFile(file: string): KubernetesLabFile {
  const lab = LabFileReader.open(file, 'a mapping with name:, kubernetes: and workspaces:');
  const { r, data: d, dir } = lab;
  r.unknownKeys(d, TOP(), []);
  const labName = lab.name();
  const k8s = readKubernetesSettings(r, d, dir);
  const stateBackend = readStateBackend(r, d);
  const files = lab.files();
  const { templatesDir, registryFile, policyFile, cidrLimits } = files;
  const egress = oneOf(r, d, 'egress', [], Object.values(EgressMode), 'egress mode');
  const egressAllowedDomains = r.strList(d, 'egress_allowed_domains', []);
  const storage = readNfsStorage(r, d);
  const storageLayout = oneOf(r, d, 'storage_layout', [], Object.values(StorageLayout), 'storage layout');
  const accessCidrs = r.strList(d, 'access_cidrs', []);
  reportCidrs(r, accessCidrs, ['access_cidrs'], 'SSH', cidrLimits);

  const workspaces = lab.workspaces((w, at, common): KubernetesLabWorkspace => {
    r.unknownKeys(w, WS(), at);
    const labels = r.stringMap(w, 'labels', at);
    for (const [key, value] of Object.entries(labels ?? {})) {
      if (!isLabelKey(key) || !isLabelValue(value)) {
        r.error([...at, 'labels', key], 'invalid-label', 'not a Kubernetes label', `${key}: ${value}`,
          'keys like team or example.edu/team, values of at most 63 letters, digits, "-", "_" and "."');
      }
    }
    return clean({
      ...common,
      egress: oneOf(r, w, 'egress', at, Object.values(EgressMode), 'egress mode'),
      started: r.bool(w, 'started', at),
      diskGiB: r.int(w, 'disk_gib', at, { min: 1, max: 65536 }),
      image: readKubernetesImage(r, w, at),
      labels,
      developer: readDeveloper(r, w, at),
    });
  });
  lab.finish(kubernetesLabSchema(), 'Kubernetes lab file');

  const props: KubernetesLabStackProps = clean({
    labName: labName!,
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
  return clean({ props, source: lab.source, templatesDir, registryFile, policyFile });
}
