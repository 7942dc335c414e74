import { LimitRangeV1 } from '@cdktf/provider-kubernetes/lib/limit-range-v1';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { NetworkPolicyV1 } from '@cdktf/provider-kubernetes/lib/network-policy-v1';
import { ResourceQuotaV1 } from '@cdktf/provider-kubernetes/lib/resource-quota-v1';
import { Construct } from 'constructs';
import { readKubernetesLabFile } from './kubernetes-lab-file';
import { KubernetesLabel } from '../../constructs/kubernetes/kubernetes-permit-workspace';
import { KubernetesVmImage, KubernetesWorkspace } from '../../constructs/kubernetes/kubernetes-workspace';
import { addSquidProxy } from '../../constructs/kubernetes/private/egress-proxy';
import { KUBERNETES_LAB_LABELS, workspacePodLabels } from '../../constructs/kubernetes/private/lab';
import { addKubernetesLabMonitoring } from '../../constructs/kubernetes/private/monitoring';
import { LAB_PROXY } from '../../constructs/kubernetes/private/names';
import { LAB_POD_SECURITY_REASON, POD_SECURITY_REASON, PodSecurityLevel, podSecurityLabels } from '../../constructs/kubernetes/private/pod-security';
import { kubernetesProviderWithVariables } from '../../constructs/kubernetes/private/provider';
import { TerraformOutput, TerraformStack } from '../../constructs/terraform/cdktf';
import { addTerraformEgressAudit } from '../../constructs/terraform/egress-audit-hooks';
import { perOwnerLimitProblems } from '../../constructs/terraform/lab-checks';
import { isDnsLabel, MANAGED_BY, sanitizeLabelValue, squidConfig } from '../../constructs/terraform/permit-common';
import { prepareStackTokens, renderStackTokens } from '../../constructs/terraform/prepare';
import { applyStateBackend } from '../../constructs/terraform/state-backend';
import { pauseTokenTraces } from '../../constructs/terraform/token-traces';
import { checkKnownProps } from '../../private/known-props';
import { TemplateCatalog } from '../../workspaces/catalog';
import { Diagnostic } from '../../workspaces/errors';
import { DEFAULT_EGRESS_DOMAINS, EgressMode, WorkspacePolicy } from '../../workspaces/policy';
import { problem, WorkspaceInputError } from '../../workspaces/private/error';
import { systemNamespaceProblem } from '../../workspaces/private/kubernetes-names';
import { Sizes, WorkspaceSize } from '../../workspaces/sizes';
import { DeveloperOptions, NfsStorageProps, StorageLayout } from '../../workspaces/userdata';
import { UserRegistry } from '../../workspaces/users';
import { TerraformStateBackend } from '../terraform/terraform-state-backend';

/**
 * One workspace of a Kubernetes lab.
 */
export interface KubernetesLabWorkspace {
  /** Workspace name: the VM and Service name (a DNS label). */
  readonly name: string;
  /** Template slug (or name) in the lab's catalog. */
  readonly template: string;
  /**
   * Template parameters.
   * @default - the template's defaults
   */
  readonly parameters?: { [name: string]: string };
  /**
   * Size.
   * @default - the template's minimum size, else M
   */
  readonly size?: WorkspaceSize;
  /**
   * Owner (a registry user).
   * @default - the template's first user, else the first registry user
   */
  readonly owner?: string;
  /**
   * Registry users with an account.
   * @default - every user of the registry
   */
  readonly users?: string[];
  /**
   * Project label.
   * @default - none
   */
  readonly project?: string;
  /**
   * Egress mode (at most the policy's).
   * @default - the lab's egress mode
   */
  readonly egress?: EgressMode;
  /**
   * Whether it runs.
   * @default true
   */
  readonly started?: boolean;
  /**
   * Root disk in GiB.
   * @default - the template's, at least the image's
   */
  readonly diskGiB?: number;
  /**
   * Boot disk source.
   * @default - the official cloud image of the template's base
   */
  readonly image?: KubernetesVmImage;
  /**
   * Further labels.
   * @default - none
   */
  readonly labels?: { [key: string]: string };
  /**
   * Developer conveniences for the owner.
   * @default - none
   */
  readonly developer?: DeveloperOptions;
}

/**
 * A lab on Kubernetes (KubeVirt): its templates, users, policy and workspaces.
 */
export interface KubernetesLabStackProps {
  /**
   * Where Terraform keeps this stack's state (it holds the generated passwords and keys).
   * @default - a local state file, with a warning at synthesis
   */
  readonly stateBackend?: TerraformStateBackend;
  /** Lab name (the namespace is `lab-<name>`). */
  readonly labName: string;
  /** The workspaces. */
  readonly workspaces: KubernetesLabWorkspace[];
  /**
   * Namespace of the lab.
   * @default "lab-<labName>"
   */
  readonly namespace?: string;
  /**
   * Template catalog.
   * @default TemplateCatalog.bundled()
   */
  readonly catalog?: TemplateCatalog;
  /**
   * The lab's research users.
   * @default - no research users
   */
  readonly registry?: UserRegistry;
  /**
   * The lab's policy: every workspace is checked against it (the per-user limit too).
   * @default - no policy
   */
  readonly policy?: WorkspacePolicy;
  /**
   * Egress of workspaces that do not set their own.
   * @default - the policy's egress mode, else NONE
   */
  readonly egress?: EgressMode;
  /**
   * Domains the package proxy allows (egress proxied).
   * @default - the policy's `egress_allowed_domains`, else PyPI, CRAN and conda-forge, plus the
   * distributions' package mirrors
   */
  readonly egressAllowedDomains?: string[];
  /**
   * The lab's NFS share (homes, project folders, scratch), mounted on every workspace.
   * @default - no shared storage
   */
  readonly storage?: NfsStorageProps;
  /**
   * Permission strategy of the share.
   * @default StorageLayout.USER_SUBDIRECTORIES
   */
  readonly storageLayout?: StorageLayout;
  /**
   * Networks that may reach the workspaces' SSH port.
   * @default - none (`virtctl ssh` and `virtctl port-forward` through the API server)
   */
  readonly accessCidrs?: string[];
  /**
   * Storage class of the root volumes.
   * @default - the cluster's default
   */
  readonly storageClassName?: string;
  /**
   * KubeVirt GPU device name for GPU sizes.
   * @default - none: GPU sizes are refused
   */
  readonly gpuDeviceName?: string;
  /**
   * Package proxy image (squid).
   * @default KubernetesLabStack.DEFAULT_PROXY_IMAGE
   */
  readonly proxyImage?: string;
  /**
   * Namespace of the cluster DNS.
   * @default "kube-system"
   */
  readonly dnsNamespace?: string;
  /**
   * Labels of the cluster DNS pods.
   * @default [{ key: "k8s-app", value: "kube-dns" }]
   */
  readonly dnsPodLabels?: KubernetesLabel[];
  /**
   * Default of the `kube_config_path` variable.
   * @default "~/.kube/config"
   */
  readonly kubeConfigPath?: string;
  /**
   * Default of the `kube_context` variable.
   * @default - the kubeconfig's current context
   */
  readonly kubeContext?: string;
}

/** Package mirrors the boot provisioning needs behind the proxy (besides the research repositories). */
const DISTRIBUTION_DOMAINS = [
  'archive.ubuntu.com', '*.archive.ubuntu.com', 'security.ubuntu.com', 'deb.debian.org', 'security.debian.org',
  'dl.rockylinux.org', 'mirrors.rockylinux.org', 'github.com', 'objects.githubusercontent.com', 'release-assets.githubusercontent.com',
];
const PROXY_NAME = LAB_PROXY.name;
const PROXY_PORT = LAB_PROXY.port;

/**
 * A lab's Terraform stack on Kubernetes with KubeVirt: the kubernetes provider (kubeconfig
 * path and context as the variables `kube_config_path` and `kube_context`), the lab's
 * namespace with a default-deny NetworkPolicy, a ResourceQuota sized to its workspaces and a
 * LimitRange, a squid package proxy with a domain allowlist when a workspace's egress is
 * `proxied`, and one `KubernetesWorkspace` (a KubeVirt VM) per workspace, each checked against
 * the lab's policy (the per-user limit too), every problem of every workspace in one error.
 *
 * Outputs: `namespace`, `workspaces` (name -> template, size, egress, cores, memory, disk,
 * state, SSH host and the `virtctl` commands to reach it).
 *
 * @example
 * new KubernetesLabStack(app, 'genomics-lab', {
 *   labName: 'genomics', registry, policy,
 *   storage: { server: '10.20.30.5', exportPath: '/export/genomics' },
 *   workspaces: [{ name: 'alice-ml', template: 'python-ml', owner: 'alice' }],
 * });
 */
export class KubernetesLabStack extends TerraformStack {
  /** Default package proxy image: squid 6.6 on Ubuntu 24.04. */
  public static readonly DEFAULT_PROXY_IMAGE = 'docker.io/ubuntu/squid:6.6-24.04_edge';

  /**
   * The lab stack of a Kubernetes lab file (YAML with `kubernetes:`), read with every problem
   * reported at once (file, line, column, field, value and fix); paths in it are relative to
   * the file. `rws lab synth` reads the same file.
   * @param scope the app
   * @param id the stack name
   * @param file path of the lab file
   */
  public static fromFile(scope: Construct, id: string, file: string): KubernetesLabStack {
    return new KubernetesLabStack(scope, id, readKubernetesLabFile(file).props);
  }

  /** The lab's namespace. */
  public readonly namespace: string;
  /** The workspaces, in the order of the lab definition. */
  public readonly workspaces: KubernetesWorkspace[];
  /** Domains the package proxy allows (empty when no workspace is proxied). */
  public readonly egressAllowedDomains: string[];

  constructor(scope: Construct, id: string, props: KubernetesLabStackProps) {
    super(scope, id);
    // cdktf's token stack traces are not formatted while the kit builds the stack (token-traces.ts).
    const traces = pauseTokenTraces();
    try {
      checkKnownProps(this, 'KubernetesLabStackProps', props);
      applyStateBackend(this, props.stateBackend);
      addTerraformEgressAudit(this, 'kubernetes');
      const errors: Diagnostic[] = [];
      const location = { file: `construct ${this.node.path}` };
      const err = (code: string, field: string, message: string, value: unknown, fix: string) => {
        errors.push(problem({ code, field, message, value, fix, location }));
      };
      this.namespace = props.namespace ?? `lab-${props.labName}`;
      if (!/^[a-z0-9]([a-z0-9-]{0,57}[a-z0-9])?$/.test(props.labName)) {
        err('invalid-name', 'labName', 'the lab name is part of the namespace: lowercase letters, digits and "-", at most 59', props.labName, 'use e.g. "genomics"');
      } else if (!isDnsLabel(this.namespace)) {
        err('invalid-namespace', 'namespace', 'not a namespace name (a DNS label)', this.namespace, 'use e.g. "lab-genomics"');
      } else if (systemNamespaceProblem(this.namespace)) {
        err('system-namespace', 'namespace', systemNamespaceProblem(this.namespace)!, this.namespace, 'use a namespace of the lab\'s own, e.g. "lab-genomics", or leave it out for lab-<name>');
      }
      // A bad namespace would fail every workspace the same way: one error, before anything else.
      if (errors.length) throw new WorkspaceInputError(errors);
      // Duplicates and reserved names are reported with everything else; those entries are not built.
      const names = new Set<string>();
      const skipped = new Set<number>();
      props.workspaces.forEach((w, i) => {
        if (names.has(w.name)) {
          err('duplicate-name', `workspaces[${i}].name`, 'workspace listed twice', w.name, 'give each workspace its own name');
          skipped.add(i);
        }
        names.add(w.name);
        if (w.name === PROXY_NAME) {
          err('reserved-name', `workspaces[${i}].name`, `"${PROXY_NAME}" is the lab's package proxy`, w.name, 'choose another name');
          skipped.add(i);
        }
      });

      kubernetesProviderWithVariables(this, props.kubeConfigPath, props.kubeContext);

      const L = KUBERNETES_LAB_LABELS;
      const ns = this.namespace;
      const labLabels = { [L.lab]: sanitizeLabelValue(props.labName), [L.managedBy]: MANAGED_BY };
      const namespace = new NamespaceV1(this, 'Namespace', {
        // Pod Security: KubeVirt's virt-launcher pods (one per VM) need capabilities beyond
        // "baseline" (NET_ADMIN/SYS_NICE in root mode), so the lab namespace enforces "privileged",
        // the documented exception; "restricted" is audited and warned, and every pod the lab
        // itself defines (the package proxy) meets "restricted". The research user is inside the
        // VM: the guest, not the launcher pod, is their boundary.
        metadata: {
          name: ns,
          labels: { ...labLabels, ...podSecurityLabels(PodSecurityLevel.PRIVILEGED) },
          annotations: { [POD_SECURITY_REASON]: LAB_POD_SECURITY_REASON },
        },
      });
      const dependsOn = [namespace];
      new NetworkPolicyV1(this, 'DefaultDeny', {
        metadata: { name: 'default-deny', namespace: ns, labels: labLabels },
        spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
        dependsOn,
      });

      const catalog = props.catalog ?? TemplateCatalog.bundled();
      const labEgress = props.egress ?? props.policy?.egress ?? EgressMode.NONE;
      const proxied = props.workspaces.filter((w) => (w.egress ?? labEgress) === EgressMode.PROXIED);
      const proxySelector = { [L.lab]: sanitizeLabelValue(props.labName), [L.component]: PROXY_NAME };
      // The proxy comes first: proxied workspaces reach it by its Service's cluster IP (they have no DNS).
      const proxyDomains = (() => {
        const policyDomains = props.policy?.egressAllowedDomains ?? [];
        const research = props.egressAllowedDomains ?? (policyDomains.length ? policyDomains : DEFAULT_EGRESS_DOMAINS);
        return { research, all: proxied.length ? [...new Set([...research, ...DISTRIBUTION_DOMAINS])] : [] };
      })();
      const proxyService = proxied.length ? addSquidProxy(new Construct(this, 'EgressProxy'), {
        name: PROXY_NAME,
        metadata: (name) => ({ name, namespace: ns, labels: { ...proxySelector, [L.managedBy]: MANAGED_BY } }),
        selector: proxySelector,
        podLabels: { [L.managedBy]: MANAGED_BY },
        clients: props.workspaces.filter((w, i) => !skipped.has(i) && (w.egress ?? labEgress) === EgressMode.PROXIED)
          .map((w) => workspacePodLabels(props.labName, w.name)),
        domains: proxyDomains.all,
        config: (allowlistPath, port) => squidConfig(props.labName, allowlistPath, port, 'lab'),
        image: props.proxyImage ?? KubernetesLabStack.DEFAULT_PROXY_IMAGE,
        replicas: proxied.some((w) => w.started ?? true) ? 1 : 0,
        dns: {
          to: [{
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': props.dnsNamespace ?? 'kube-system' } },
            podSelector: { matchLabels: Object.fromEntries((props.dnsPodLabels ?? [{ key: 'k8s-app', value: 'kube-dns' }]).map((l) => [l.key, l.value])) },
          }],
          ports: [{ port: '53', protocol: 'UDP' }, { port: '53', protocol: 'TCP' }],
        },
        configDir: '/etc/squid/lab',
        port: PROXY_PORT,
        dependsOn,
      }) : undefined;
      const proxy = proxyService ? {
        host: proxyService.spec.clusterIp,
        port: PROXY_PORT,
        podLabels: Object.entries(proxySelector).map(([key, value]) => ({ key, value })),
      } : undefined;

      const workspaces: KubernetesWorkspace[] = [];
      props.workspaces.forEach((w, i) => {
        if (skipped.has(i)) return;
        try {
          const template = catalog.resolve(w.template, w.parameters);
          workspaces.push(new KubernetesWorkspace(this, w.name, {
            template,
            namespace: ns,
            workspaceName: w.name,
            labName: props.labName,
            size: w.size,
            registry: props.registry,
            users: w.users,
            owner: w.owner,
            project: w.project,
            developer: w.developer,
            storage: props.storage,
            storageLayout: props.storageLayout,
            policy: props.policy,
            egress: w.egress ?? labEgress,
            proxy,
            accessCidrs: props.accessCidrs,
            image: w.image,
            diskGiB: w.diskGiB,
            storageClassName: props.storageClassName,
            gpuDeviceName: props.gpuDeviceName,
            started: w.started,
            labels: w.labels,
            dnsNamespace: props.dnsNamespace,
            dnsPodLabels: props.dnsPodLabels,
            dependsOn,
          }));
        } catch (e) {
          if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
          for (const d of e.diagnostics) errors.push({ ...d, field: `workspaces[${i}] (${w.name})${d.field ? `.${d.field}` : ''}`, location: d.location ?? location });
        }
      });
      errors.push(...perOwnerLimitProblems(props.policy, props.workspaces, location));
      const research = proxyDomains.research;
      research.forEach((d, i) => {
        if (!/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i.test(d)) err('invalid-domain', `egressAllowedDomains[${i}]`, 'not a domain name', d, 'write a host name such as pypi.org or *.r-project.org');
      });
      if (errors.length) {
        throw new WorkspaceInputError(errors, errors.length > 1 ? `${this.node.path}: ${errors.length} problems in the lab ${props.labName}` : undefined);
      }
      this.workspaces = workspaces;

      // Quota: what the workspaces ask for, with room for KubeVirt's per-VM overhead and the proxy.
      const cpu = workspaces.reduce((n, w) => n + w.cores, 0);
      const memoryMiB = workspaces.reduce((n, w) => n + w.memoryMiB, 0);
      const gpus = workspaces.reduce((n, w) => n + Sizes.spec(w.size).gpus, 0);
      new ResourceQuotaV1(this, 'Quota', {
        metadata: { name: 'lab-quota', namespace: ns, labels: labLabels },
        spec: {
          hard: {
            'requests.cpu': String(cpu + 1),
            'requests.memory': `${Math.ceil(memoryMiB * 1.1) + 512 * (workspaces.length + 1)}Mi`,
            'persistentvolumeclaims': String(workspaces.length),
            'requests.storage': `${workspaces.reduce((n, w) => n + w.diskGiB, 0)}Gi`,
            'services.loadbalancers': '0',
            'services.nodeports': '0',
            ...(gpus > 0 && props.gpuDeviceName ? { [`requests.${props.gpuDeviceName}`]: String(gpus) } : {}),
          },
        },
        dependsOn,
      });
      new LimitRangeV1(this, 'Limits', {
        metadata: { name: 'lab-limits', namespace: ns, labels: labLabels },
        spec: { limit: [{ type: 'Container', defaultRequest: { cpu: '100m', memory: '128Mi' }, default: { cpu: '1', memory: '1Gi' } }] },
        dependsOn,
      });

      // Alert rules and a Grafana dashboard for the cluster's Prometheus and Grafana (src/constructs/kubernetes/private/monitoring.ts).
      addKubernetesLabMonitoring(this, { namespace: ns, labName: props.labName, proxyDeployment: proxyService ? PROXY_NAME : undefined },
        labLabels, dependsOn);
      this.egressAllowedDomains = proxyDomains.all;

      new TerraformOutput(this, 'namespace', { value: ns, description: 'Namespace of the lab' });
      new TerraformOutput(this, 'workspaces', {
        description: 'Workspaces of the lab: template, size, egress, resources, state and how to reach them',
        value: Object.fromEntries(workspaces.map((w) => [w.workspaceName, {
          template: w.template.slug,
          size: w.size,
          egress: w.egress,
          cores: w.cores,
          memory_mib: w.memoryMiB,
          disk_gib: w.diskGiB,
          started: w.started,
          ssh_host: w.host,
          ssh: `virtctl ssh -n ${ns} <user>@vm/${w.workspaceName}`,
          port_forward: `virtctl port-forward -n ${ns} vm/${w.workspaceName} <local-port>:<service-port>`,
        }])),
      });
    } finally {
      traces.resume();
    }
  }

  /**
   * cdktf's preparing pass before synthesis, resolving only the parts of the stack's
   * configuration that may hold tokens (the same effects, such as cross-stack references, for
   * a fraction of the time).
   */
  public prepareStack(): void {
    prepareStackTokens(this);
  }

  /**
   * The stack's Terraform JSON as cdktf renders it, with only the parts that may hold tokens
   * resolved (the same JSON for a fraction of the time).
   */
  public toTerraform(): any {
    return renderStackTokens(this);
  }
}
