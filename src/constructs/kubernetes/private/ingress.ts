/**
 * The ingress scan of a permit on Kubernetes: on the move to DATA_PREPARATION_PENDING a Job in
 * the permit namespace scans every data holder's uploads with ClamAV (clamd in the same
 * container, clamdscan --fdpass) and consolidates the clean files into `raw` with a manifest
 * (`IngressScanning`). Not exported from the package.
 */
import { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1';
import { JobV1 } from '@cdktf/provider-kubernetes/lib/job-v1';
import { NetworkPolicyV1 } from '@cdktf/provider-kubernetes/lib/network-policy-v1';
import { Construct } from 'constructs';
import { IngressScanning } from '../../../workspaces/ingress';
import { MOUNT_PATHS, PermitPlan, PermitStatus, PermitVolumeKind, PermitWorkspaceRole } from '../../../workspaces/permit';
import { ITerraformDependable } from '../../terraform/cdktf';
import { LABEL_PREFIX, LABELS, sha256, tfLiteral } from '../../terraform/permit-common';

/** Name of the Job, its ConfigMap and its pod label. */
export const INGRESS_SCAN_NAME = 'ingress-consolidate';

/**
 * The capabilities the scan keeps (all others dropped, no privilege escalation): reading the
 * holders' write-only uploads (files 0200, folders 0300 of the holders' uids) and moving
 * infected ones into quarantine (DAC_OVERRIDE), making raw read-only (FOWNER). The
 * consolidation test runs the script as root; these are what root needs for it here.
 */
export const INGRESS_SCAN_CAPABILITIES = ['DAC_OVERRIDE', 'FOWNER'];

/** Where the signatures live inside the scan pod (an emptyDir when a mirror refreshes them). */
const DB_DIR = '/var/lib/clamav';
const CLAMD_SOCKET = '/run/clamav/clamd.ctl';

export interface IngressScanProps {
  readonly plan: PermitPlan;
  readonly namespace: string;
  readonly meta: (name: string, extraLabels?: Record<string, string>) => {
    name: string; namespace: string; labels: Record<string, string>; annotations: Record<string, string>;
  };
  readonly dependsOn: ITerraformDependable[];
  readonly image: string;
  readonly mirrorUrl?: string;
  readonly mirrorCidrs: string[];
  readonly dnsNamespace: string;
  readonly dnsPodLabels: Record<string, string>;
  readonly podLabels: Record<string, string>;
  readonly memoryMiB: number;
}

/** Whether the plan's phase consolidates the uploads (the move into DATA_PREPARATION_PENDING). */
export function plansIngressScan(plan: PermitPlan): boolean {
  return plan.status === PermitStatus.DATA_PREPARATION_PENDING && plan.volumes.some((v) => v.kind === PermitVolumeKind.UPLOAD);
}

/** The shell command of the scan container: clamd in the background, then the consolidation. */
export function scanCommand(plan: PermitPlan): string {
  const uploads: Record<string, string> = {};
  for (const v of plan.volumes) {
    if (v.kind === PermitVolumeKind.UPLOAD && v.dataHolder) uploads[v.dataHolder] = `${MOUNT_PATHS[PermitVolumeKind.UPLOAD]}/${v.dataHolder}`;
  }
  const args = IngressScanning.consolidationArguments(MOUNT_PATHS[PermitVolumeKind.RAW], uploads);
  return [
    'set -eu',
    'clamd --config-file=/etc/rws/clamd.conf &',
    'clamd_pid=$!',
    `i=0; until [ -S ${CLAMD_SOCKET} ]; do i=$((i + 1)); [ "$i" -lt 600 ] || { echo "clamd did not start" >&2; exit 1; }; sleep 1; done`,
    `status=0; sh /etc/rws/rws-ingress ${args.join(' ')} || status=$?`,
    'kill "$clamd_pid" 2>/dev/null || true',
    'exit "$status"',
  ].join('\n');
}

/** The Job, its ConfigMap and (with a mirror) the egress to the mirror. */
export function addIngressScan(scope: Construct, p: IngressScanProps): void {
  const s = new Construct(scope, 'IngressScan');
  const files: Record<string, string> = {
    'rws-ingress': IngressScanning.consolidationScript(),
    'clamd.conf': IngressScanning.clamdConfig({ socket: CLAMD_SOCKET, databaseDirectory: DB_DIR }),
    ...(p.mirrorUrl ? { 'freshclam.conf': IngressScanning.freshclamConfig({ url: p.mirrorUrl, databaseDirectory: DB_DIR, databaseOwner: 'root' }) } : {}),
  };
  new ConfigMapV1(s, 'Config', {
    metadata: p.meta(INGRESS_SCAN_NAME),
    data: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, tfLiteral(v)])),
    dependsOn: p.dependsOn,
  });
  const uploads = p.plan.volumes.filter((v) => v.kind === PermitVolumeKind.UPLOAD);
  const labels = { ...p.podLabels, [LABELS.component]: INGRESS_SCAN_NAME };
  const securityContext = {
    runAsUser: '0',
    runAsNonRoot: false,
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    privileged: false,
    capabilities: { drop: ['ALL'], add: INGRESS_SCAN_CAPABILITIES },
    seccompProfile: { type: 'RuntimeDefault' },
  };
  const tmp = [
    { name: 'tmp', mountPath: '/tmp' },
    { name: 'run-clamav', mountPath: '/run/clamav' },
  ];
  const signatures = p.mirrorUrl ? [{ name: 'signatures', mountPath: DB_DIR }] : [];
  const command = scanCommand(p.plan);
  new JobV1(s, 'Job', {
    metadata: p.meta(INGRESS_SCAN_NAME, { [LABELS.component]: INGRESS_SCAN_NAME }),
    spec: {
      backoffLimit: 3,
      // Kept after it finished (its log is the scan's record in the cluster) until the phase moves on.
      template: {
        metadata: { labels, annotations: { [`${LABEL_PREFIX}/ingress-script-sha256`]: sha256(IngressScanning.consolidationScript()) } },
        spec: {
          restartPolicy: 'Never',
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
          // raw is ReadWriteOnce: the scan runs on the node of the preprocessing workspace, which mounts it read-only.
          affinity: {
            podAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: [{
                labelSelector: [{ matchLabels: { [LABELS.permitId]: p.plan.permitId, [LABELS.workspace]: PermitWorkspaceRole.HDAB_PREPROCESSING } }],
                topologyKey: 'kubernetes.io/hostname',
              }],
            },
          },
          ...(p.mirrorUrl ? {
            initContainer: [{
              name: 'signatures',
              image: p.image,
              command: ['freshclam', '--config-file=/etc/rws/freshclam.conf', '--foreground'],
              // freshclam stays root (DatabaseOwner root): it writes the pod's own emptyDir and needs no capability.
              securityContext: { ...securityContext, capabilities: { drop: ['ALL'] } },
              volumeMount: [{ name: 'config', mountPath: '/etc/rws', readOnly: true }, ...signatures, ...tmp],
              resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' } },
            }],
          } : {}),
          container: [{
            name: 'scan',
            image: p.image,
            command: ['/bin/sh', '-c', tfLiteral(command)],
            env: [{ name: 'RWS_SCANNER', value: 'clamdscan' }, { name: 'RWS_CLAMD_CONF', value: '/etc/rws/clamd.conf' }],
            securityContext,
            volumeMount: [
              { name: 'config', mountPath: '/etc/rws', readOnly: true },
              { name: 'raw', mountPath: MOUNT_PATHS[PermitVolumeKind.RAW], readOnly: false },
              ...uploads.map((v) => ({ name: v.name, mountPath: `${MOUNT_PATHS[PermitVolumeKind.UPLOAD]}/${v.dataHolder}`, readOnly: false })),
              ...signatures, ...tmp,
            ],
            resources: { requests: { cpu: '500m', memory: `${p.memoryMiB}Mi` }, limits: { cpu: '2', memory: `${p.memoryMiB}Mi` } },
          }],
          volume: [
            { name: 'config', configMap: { name: INGRESS_SCAN_NAME, defaultMode: '0444' } },
            { name: 'raw', persistentVolumeClaim: { claimName: 'raw', readOnly: false } },
            ...uploads.map((v) => ({ name: v.name, persistentVolumeClaim: { claimName: v.name, readOnly: false } })),
            ...(p.mirrorUrl ? [{ name: 'signatures', emptyDir: {} }] : []),
            { name: 'tmp', emptyDir: {} },
            { name: 'run-clamav', emptyDir: {} },
          ],
        },
      },
    },
    // terraform apply waits for the scan: a failed consolidation fails the phase's apply.
    waitForCompletion: true,
    timeouts: { create: '12h', update: '12h' },
    dependsOn: p.dependsOn,
  });
  if (p.mirrorUrl) {
    new NetworkPolicyV1(s, 'MirrorEgress', {
      metadata: p.meta(`${INGRESS_SCAN_NAME}-egress`),
      spec: {
        podSelector: { matchLabels: { [LABELS.permitId]: p.plan.permitId, [LABELS.component]: INGRESS_SCAN_NAME } },
        policyTypes: ['Egress'],
        egress: [
          { to: p.mirrorCidrs.map((cidr) => ({ ipBlock: { cidr } })), ports: [{ port: '443', protocol: 'TCP' }, { port: '80', protocol: 'TCP' }] },
          {
            to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': p.dnsNamespace } }, podSelector: { matchLabels: p.dnsPodLabels } }],
            ports: [{ port: '53', protocol: 'UDP' }, { port: '53', protocol: 'TCP' }],
          },
        ],
      },
      dependsOn: p.dependsOn,
    });
  }
}
