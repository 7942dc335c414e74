import * as crypto from 'crypto';
import { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1';
import { NetworkPolicyV1 } from '@cdktf/provider-kubernetes/lib/network-policy-v1';
import { PodV1 } from '@cdktf/provider-kubernetes/lib/pod-v1';
import { SecretV1 } from '@cdktf/provider-kubernetes/lib/secret-v1';
import { ServiceV1 } from '@cdktf/provider-kubernetes/lib/service-v1';
import { Construct } from 'constructs';
import { KubernetesLabel, KubernetesPermitEnvironment } from './kubernetes-permit-workspace';
import { NO_DNS_CONFIG } from './private/lab';
import { checkKnownProps } from '../../private/known-props';
import { PermitMember, PermitMemberRole } from '../../workspaces/permit';
import { PermitEntrypoint, PermitEntrypointMode } from '../../workspaces/permit-entrypoint';
import { fail } from '../../workspaces/private/error';
import { FIRST_RESEARCH_ID, isValidPosixName, MAX_RESEARCH_ID, RESERVED_NAMES } from '../../workspaces/private/posix';
import { DESKTOP_CAPABILITIES, LABELS, MANAGED_BY, tfLiteral } from '../terraform/permit-common';
import { ensureProvider, RandomPassword } from '../terraform/random-tls';

/**
 * Properties of a KubernetesReleaseReview.
 */
export interface KubernetesReleaseReviewProps {
  /** Permit id (the namespace is `permit-<id>`). */
  readonly permitId: string;
  /** The release request to review (its snapshot is `requests/<id>/` on the release claim). */
  readonly requestId: string;
  /** The reviewers (output checkers): at least two; each gets an account on the review desktop. */
  readonly reviewers: PermitMember[];
  /**
   * The PersistentVolumeClaim that holds the release area (`requests/<id>/...`).
   * @default "release"
   */
  readonly claimName?: string;
  /**
   * Namespace of the remote-desktop gateway (the only source of RDP connections).
   * @default "guacamole"
   */
  readonly gatewayNamespace?: string;
  /**
   * Labels of the gateway's pods.
   * @default - app.kubernetes.io/name=guacd
   */
  readonly gatewayPodLabels?: KubernetesLabel[];
  /**
   * Desktop image (xrdp; the permit entrypoint creates the accounts).
   * @default KubernetesPermitEnvironment.DEFAULT_DESKTOP_IMAGE
   */
  readonly image?: string;
}

const MOUNT = '/review';

/**
 * A read-only review desktop for one release request on Kubernetes: a pod in the permit's
 * namespace that mounts the request's snapshot (`requests/<id>` of the release claim) read-only
 * at `/review`, with an account per reviewer (generated passwords in a Secret), RDP only from the
 * gateway, no egress at all (no DNS either), no service-account token, and only the desktop
 * capabilities. Files leave only through the release; what the gateway lets through (clipboard,
 * drive redirection) is the gateway's to switch off.
 */
export class KubernetesReleaseReview extends Construct {
  /** Name of the pod, its Service and Secret: `review-<requestId>`. */
  public readonly reviewName: string;
  /** The namespace: `permit-<id>`. */
  public readonly namespace: string;

  constructor(scope: Construct, id: string, props: KubernetesReleaseReviewProps) {
    super(scope, id);
    checkKnownProps(this, 'KubernetesReleaseReviewProps', props);
    const where = { file: `construct ${this.node.path}` };
    if (!/^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/.test(props.permitId)) {
      fail({ code: 'invalid-permit-id', field: 'permitId', value: props.permitId, location: where, message: 'permit id must be 1-40 lower-case letters, digits or dashes', fix: 'use the permit\'s id' });
    }
    if (!/^[a-z0-9]([a-z0-9-]{0,54}[a-z0-9])?$/.test(props.requestId)) {
      fail({ code: 'invalid-request-id', field: 'requestId', value: props.requestId, location: where, message: 'request id must be 1-56 lower-case letters, digits or dashes', fix: 'use the id "rws permit release list" shows' });
    }
    const names = props.reviewers.map((r) => r.name);
    if (new Set(names).size < 2) {
      fail({ code: 'too-few-reviewers', field: 'reviewers', value: names, location: where, message: 'two different reviewers must approve every release', fix: 'name at least two output checkers' });
    }
    props.reviewers.forEach((r, i) => {
      if (!isValidPosixName(r.name) || RESERVED_NAMES.has(r.name)) {
        fail({ code: 'invalid-name', field: `reviewers[${i}].name`, value: r.name, location: where, message: 'not a valid, non-reserved login name', fix: 'use lower-case letters, digits, "_" and "-"' });
      }
      if (r.uid !== undefined && (!Number.isInteger(r.uid) || r.uid < FIRST_RESEARCH_ID || r.uid > MAX_RESEARCH_ID)) {
        fail({ code: 'invalid-id', field: `reviewers[${i}].uid`, value: r.uid, location: where, message: 'uid outside the lab range', fix: `choose an id from ${FIRST_RESEARCH_ID} to ${MAX_RESEARCH_ID}, or leave it out` });
      }
    });
    this.namespace = `permit-${props.permitId}`;
    this.reviewName = `review-${props.requestId}`;
    const claimName = props.claimName ?? 'release';
    const gatewayLabels = props.gatewayPodLabels ?? [{ key: 'app.kubernetes.io/name', value: 'guacd' }];
    const labels = {
      [LABELS.permitId]: props.permitId,
      [LABELS.managedBy]: MANAGED_BY,
      [LABELS.component]: 'release-review',
      'cdk-research-workspaces.dev/release-request': props.requestId,
    };
    const meta = (name: string) => ({ name, namespace: this.namespace, labels });
    ensureProvider(this, 'random');
    const users = props.reviewers.map((r) => {
      const uid = r.uid ?? derivedUid(r.name);
      return { name: r.name, uid, gid: uid, role: PermitMemberRole.HDAB_STAFF };
    });
    const data: Record<string, string> = {};
    for (const u of users) {
      data[u.name] = new RandomPassword(this, `Password-${u.name}`, {
        length: 24, special: true, overrideSpecial: '-_.+=@%', minLower: 2, minUpper: 2, minNumeric: 2, minSpecial: 1,
      }).result;
    }
    const secret = new SecretV1(this, 'Credentials', { metadata: meta(`${this.reviewName}-credentials`), type: 'Opaque', data });
    const entrypoint = new ConfigMapV1(this, 'Entrypoint', {
      metadata: meta(`${this.reviewName}-entrypoint`),
      data: { 'desktop.sh': tfLiteral(PermitEntrypoint.script(PermitEntrypointMode.DESKTOP)) },
    });
    const env = [
      ...PermitEntrypoint.userEnvironment(users).map((v) => ({ name: v.name, value: v.value })),
      ...users.map((u, i) => ({
        name: PermitEntrypoint.passwordVariable(i + 1),
        valueFrom: { secretKeyRef: { name: secret.metadata.name, key: u.name } },
      })),
    ];
    new PodV1(this, 'Pod', {
      metadata: meta(this.reviewName),
      spec: {
        automountServiceAccountToken: false,
        enableServiceLinks: false,
        hostname: 'review',
        restartPolicy: 'Always',
        securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
        dnsPolicy: NO_DNS_CONFIG.dnsPolicy,
        dnsConfig: {
          nameservers: [...NO_DNS_CONFIG.dnsConfig.nameservers],
          searches: [],
          option: NO_DNS_CONFIG.dnsConfig.options.map((o) => ({ name: o.name, value: o.value })),
        },
        container: [{
          name: 'desktop',
          image: tfLiteral(props.image ?? KubernetesPermitEnvironment.DEFAULT_DESKTOP_IMAGE),
          imagePullPolicy: 'IfNotPresent',
          command: ['/bin/bash', '/opt/permit/desktop.sh'],
          args: KubernetesPermitEnvironment.DEFAULT_DESKTOP_COMMAND.map(tfLiteral),
          env,
          port: [{ name: 'rdp', containerPort: 3389, protocol: 'TCP' }],
          resources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '2', memory: '4Gi' } },
          securityContext: {
            allowPrivilegeEscalation: false,
            privileged: false,
            capabilities: { drop: ['ALL'], add: [...DESKTOP_CAPABILITIES] },
            seccompProfile: { type: 'RuntimeDefault' },
          },
          volumeMount: [
            { name: 'entrypoint', mountPath: '/opt/permit', readOnly: true },
            // The request's snapshot only (a subPath), read-only twice: the claim and the mount.
            { name: 'release', mountPath: MOUNT, subPath: `requests/${props.requestId}`, readOnly: true },
          ],
        }],
        volume: [
          { name: 'entrypoint', configMap: { name: entrypoint.metadata.name, defaultMode: '0555' } },
          { name: 'release', persistentVolumeClaim: { claimName, readOnly: true } },
        ],
      },
    });
    new ServiceV1(this, 'Service', {
      metadata: meta(this.reviewName),
      spec: {
        type: 'ClusterIP',
        selector: { 'cdk-research-workspaces.dev/release-request': props.requestId, [LABELS.component]: 'release-review' },
        port: [{ name: 'rdp', port: 3389, targetPort: '3389', protocol: 'TCP' }],
      },
    });
    new NetworkPolicyV1(this, 'Policy', {
      metadata: meta(this.reviewName),
      spec: {
        podSelector: { matchLabels: { 'cdk-research-workspaces.dev/release-request': props.requestId, [LABELS.component]: 'release-review' } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [{
          from: [{
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': props.gatewayNamespace ?? 'guacamole' } },
            podSelector: { matchLabels: Object.fromEntries(gatewayLabels.map((l) => [l.key, l.value])) },
          }],
          ports: [{ port: '3389', protocol: 'TCP' }],
        }],
        // No egress rule: the review desktop reaches nothing.
        egress: [],
      },
    });
  }
}

/** The permit model's stable uid for a name without one (20000-59999). */
function derivedUid(name: string): number {
  const h = crypto.createHash('sha256').update(name).digest();
  return 20000 + (h.readUInt32BE(0) % 40000);
}
