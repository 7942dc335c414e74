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
exports.KubernetesReleaseReview = void 0;
const crypto = __importStar(require("crypto"));
const config_map_v1_1 = require("@cdktf/provider-kubernetes/lib/config-map-v1");
const network_policy_v1_1 = require("@cdktf/provider-kubernetes/lib/network-policy-v1");
const pod_v1_1 = require("@cdktf/provider-kubernetes/lib/pod-v1");
const secret_v1_1 = require("@cdktf/provider-kubernetes/lib/secret-v1");
const service_v1_1 = require("@cdktf/provider-kubernetes/lib/service-v1");
const constructs_1 = require("constructs");
const kubernetes_permit_workspace_1 = require("./kubernetes-permit-workspace");
const lab_1 = require("./private/lab");
const known_props_1 = require("../../private/known-props");
const permit_1 = require("../../workspaces/permit");
const permit_entrypoint_1 = require("../../workspaces/permit-entrypoint");
const error_1 = require("../../workspaces/private/error");
const posix_1 = require("../../workspaces/private/posix");
const permit_common_1 = require("../terraform/permit-common");
const random_tls_1 = require("../terraform/random-tls");
const MOUNT = '/review';
/**
 * A read-only review desktop for one release request on Kubernetes: a pod in the permit's
 * namespace that mounts the request's snapshot (`requests/<id>` of the release claim) read-only
 * at `/review`, with an account per reviewer (generated passwords in a Secret), RDP only from the
 * gateway, no egress at all (no DNS either), no service-account token, and only the desktop
 * capabilities. Files leave only through the release; what the gateway lets through (clipboard,
 * drive redirection) is the gateway's to switch off.
 */
class KubernetesReleaseReview extends constructs_1.Construct {
    /** Name of the pod, its Service and Secret: `review-<requestId>`. */
    reviewName;
    /** The namespace: `permit-<id>`. */
    namespace;
    constructor(scope, id, props) {
        super(scope, id);
        (0, known_props_1.checkKnownProps)(this, 'KubernetesReleaseReviewProps', props);
        const where = { file: `construct ${this.node.path}` };
        if (!/^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/.test(props.permitId)) {
            (0, error_1.fail)({ code: 'invalid-permit-id', field: 'permitId', value: props.permitId, location: where, message: 'permit id must be 1-40 lower-case letters, digits or dashes', fix: 'use the permit\'s id' });
        }
        if (!/^[a-z0-9]([a-z0-9-]{0,54}[a-z0-9])?$/.test(props.requestId)) {
            (0, error_1.fail)({ code: 'invalid-request-id', field: 'requestId', value: props.requestId, location: where, message: 'request id must be 1-56 lower-case letters, digits or dashes', fix: 'use the id "rws permit release list" shows' });
        }
        const names = props.reviewers.map((r) => r.name);
        if (new Set(names).size < 2) {
            (0, error_1.fail)({ code: 'too-few-reviewers', field: 'reviewers', value: names, location: where, message: 'two different reviewers must approve every release', fix: 'name at least two output checkers' });
        }
        props.reviewers.forEach((r, i) => {
            if (!(0, posix_1.isValidPosixName)(r.name) || posix_1.RESERVED_NAMES.has(r.name)) {
                (0, error_1.fail)({ code: 'invalid-name', field: `reviewers[${i}].name`, value: r.name, location: where, message: 'not a valid, non-reserved login name', fix: 'use lower-case letters, digits, "_" and "-"' });
            }
            if (r.uid !== undefined && (!Number.isInteger(r.uid) || r.uid < posix_1.FIRST_RESEARCH_ID || r.uid > posix_1.MAX_RESEARCH_ID)) {
                (0, error_1.fail)({ code: 'invalid-id', field: `reviewers[${i}].uid`, value: r.uid, location: where, message: 'uid outside the lab range', fix: `choose an id from ${posix_1.FIRST_RESEARCH_ID} to ${posix_1.MAX_RESEARCH_ID}, or leave it out` });
            }
        });
        this.namespace = `permit-${props.permitId}`;
        this.reviewName = `review-${props.requestId}`;
        const claimName = props.claimName ?? 'release';
        const gatewayLabels = props.gatewayPodLabels ?? [{ key: 'app.kubernetes.io/name', value: 'guacd' }];
        const labels = {
            [permit_common_1.LABELS.permitId]: props.permitId,
            [permit_common_1.LABELS.managedBy]: permit_common_1.MANAGED_BY,
            [permit_common_1.LABELS.component]: 'release-review',
            'cdk-research-workspaces.dev/release-request': props.requestId,
        };
        const meta = (name) => ({ name, namespace: this.namespace, labels });
        (0, random_tls_1.ensureProvider)(this, 'random');
        const users = props.reviewers.map((r) => {
            const uid = r.uid ?? derivedUid(r.name);
            return { name: r.name, uid, gid: uid, role: permit_1.PermitMemberRole.HDAB_STAFF };
        });
        const data = {};
        for (const u of users) {
            data[u.name] = new random_tls_1.RandomPassword(this, `Password-${u.name}`, {
                length: 24, special: true, overrideSpecial: '-_.+=@%', minLower: 2, minUpper: 2, minNumeric: 2, minSpecial: 1,
            }).result;
        }
        const secret = new secret_v1_1.SecretV1(this, 'Credentials', { metadata: meta(`${this.reviewName}-credentials`), type: 'Opaque', data });
        const entrypoint = new config_map_v1_1.ConfigMapV1(this, 'Entrypoint', {
            metadata: meta(`${this.reviewName}-entrypoint`),
            data: { 'desktop.sh': (0, permit_common_1.tfLiteral)(permit_entrypoint_1.PermitEntrypoint.script(permit_entrypoint_1.PermitEntrypointMode.DESKTOP)) },
        });
        const env = [
            ...permit_entrypoint_1.PermitEntrypoint.userEnvironment(users).map((v) => ({ name: v.name, value: v.value })),
            ...users.map((u, i) => ({
                name: permit_entrypoint_1.PermitEntrypoint.passwordVariable(i + 1),
                valueFrom: { secretKeyRef: { name: secret.metadata.name, key: u.name } },
            })),
        ];
        new pod_v1_1.PodV1(this, 'Pod', {
            metadata: meta(this.reviewName),
            spec: {
                automountServiceAccountToken: false,
                enableServiceLinks: false,
                hostname: 'review',
                restartPolicy: 'Always',
                securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
                dnsPolicy: lab_1.NO_DNS_CONFIG.dnsPolicy,
                dnsConfig: {
                    nameservers: [...lab_1.NO_DNS_CONFIG.dnsConfig.nameservers],
                    searches: [],
                    option: lab_1.NO_DNS_CONFIG.dnsConfig.options.map((o) => ({ name: o.name, value: o.value })),
                },
                container: [{
                        name: 'desktop',
                        image: (0, permit_common_1.tfLiteral)(props.image ?? kubernetes_permit_workspace_1.KubernetesPermitEnvironment.DEFAULT_DESKTOP_IMAGE),
                        imagePullPolicy: 'IfNotPresent',
                        command: ['/bin/bash', '/opt/permit/desktop.sh'],
                        args: kubernetes_permit_workspace_1.KubernetesPermitEnvironment.DEFAULT_DESKTOP_COMMAND.map(permit_common_1.tfLiteral),
                        env,
                        port: [{ name: 'rdp', containerPort: 3389, protocol: 'TCP' }],
                        resources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '2', memory: '4Gi' } },
                        securityContext: {
                            allowPrivilegeEscalation: false,
                            privileged: false,
                            capabilities: { drop: ['ALL'], add: [...permit_common_1.DESKTOP_CAPABILITIES] },
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
        new service_v1_1.ServiceV1(this, 'Service', {
            metadata: meta(this.reviewName),
            spec: {
                type: 'ClusterIP',
                selector: { 'cdk-research-workspaces.dev/release-request': props.requestId, [permit_common_1.LABELS.component]: 'release-review' },
                port: [{ name: 'rdp', port: 3389, targetPort: '3389', protocol: 'TCP' }],
            },
        });
        new network_policy_v1_1.NetworkPolicyV1(this, 'Policy', {
            metadata: meta(this.reviewName),
            spec: {
                podSelector: { matchLabels: { 'cdk-research-workspaces.dev/release-request': props.requestId, [permit_common_1.LABELS.component]: 'release-review' } },
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
exports.KubernetesReleaseReview = KubernetesReleaseReview;
/** The permit model's stable uid for a name without one (20000-59999). */
function derivedUid(name) {
    const h = crypto.createHash('sha256').update(name).digest();
    return 20000 + (h.readUInt32BE(0) % 40000);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoia3ViZXJuZXRlcy1yZWxlYXNlLXJldmlldy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uL3NyYy9jb25zdHJ1Y3RzL2t1YmVybmV0ZXMva3ViZXJuZXRlcy1yZWxlYXNlLXJldmlldy50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSwrQ0FBaUM7QUFDakMsZ0ZBQTJFO0FBQzNFLHdGQUFtRjtBQUNuRixrRUFBOEQ7QUFDOUQsd0VBQW9FO0FBQ3BFLDBFQUFzRTtBQUN0RSwyQ0FBdUM7QUFDdkMsK0VBQTZGO0FBQzdGLHVDQUE4QztBQUM5QywyREFBNEQ7QUFDNUQsb0RBQXlFO0FBQ3pFLDBFQUE0RjtBQUM1RiwwREFBc0Q7QUFDdEQsMERBQXNIO0FBQ3RILDhEQUFpRztBQUNqRyx3REFBeUU7QUFrQ3pFLE1BQU0sS0FBSyxHQUFHLFNBQVMsQ0FBQztBQUV4Qjs7Ozs7OztHQU9HO0FBQ0gsTUFBYSx1QkFBd0IsU0FBUSxzQkFBUztJQUNwRCxxRUFBcUU7SUFDckQsVUFBVSxDQUFTO0lBQ25DLG9DQUFvQztJQUNwQixTQUFTLENBQVM7SUFFbEMsWUFBWSxLQUFnQixFQUFFLEVBQVUsRUFBRSxLQUFtQztRQUMzRSxLQUFLLENBQUMsS0FBSyxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQ2pCLElBQUEsNkJBQWUsRUFBQyxJQUFJLEVBQUUsOEJBQThCLEVBQUUsS0FBSyxDQUFDLENBQUM7UUFDN0QsTUFBTSxLQUFLLEdBQUcsRUFBRSxJQUFJLEVBQUUsYUFBYSxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxFQUFFLENBQUM7UUFDdEQsSUFBSSxDQUFDLHNDQUFzQyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQztZQUNqRSxJQUFBLFlBQUksRUFBQyxFQUFFLElBQUksRUFBRSxtQkFBbUIsRUFBRSxLQUFLLEVBQUUsVUFBVSxFQUFFLEtBQUssRUFBRSxLQUFLLENBQUMsUUFBUSxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLDZEQUE2RCxFQUFFLEdBQUcsRUFBRSxzQkFBc0IsRUFBRSxDQUFDLENBQUM7UUFDdE0sQ0FBQztRQUNELElBQUksQ0FBQyxzQ0FBc0MsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxFQUFFLENBQUM7WUFDbEUsSUFBQSxZQUFJLEVBQUMsRUFBRSxJQUFJLEVBQUUsb0JBQW9CLEVBQUUsS0FBSyxFQUFFLFdBQVcsRUFBRSxLQUFLLEVBQUUsS0FBSyxDQUFDLFNBQVMsRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSw4REFBOEQsRUFBRSxHQUFHLEVBQUUsNENBQTRDLEVBQUUsQ0FBQyxDQUFDO1FBQ2hPLENBQUM7UUFDRCxNQUFNLEtBQUssR0FBRyxLQUFLLENBQUMsU0FBUyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ2pELElBQUksSUFBSSxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsSUFBSSxHQUFHLENBQUMsRUFBRSxDQUFDO1lBQzVCLElBQUEsWUFBSSxFQUFDLEVBQUUsSUFBSSxFQUFFLG1CQUFtQixFQUFFLEtBQUssRUFBRSxXQUFXLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxvREFBb0QsRUFBRSxHQUFHLEVBQUUsbUNBQW1DLEVBQUUsQ0FBQyxDQUFDO1FBQ2xNLENBQUM7UUFDRCxLQUFLLENBQUMsU0FBUyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRTtZQUMvQixJQUFJLENBQUMsSUFBQSx3QkFBZ0IsRUFBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksc0JBQWMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7Z0JBQzVELElBQUEsWUFBSSxFQUFDLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxLQUFLLEVBQUUsYUFBYSxDQUFDLFFBQVEsRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxzQ0FBc0MsRUFBRSxHQUFHLEVBQUUsNkNBQTZDLEVBQUUsQ0FBQyxDQUFDO1lBQ3JNLENBQUM7WUFDRCxJQUFJLENBQUMsQ0FBQyxHQUFHLEtBQUssU0FBUyxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLENBQUMsR0FBRyxHQUFHLHlCQUFpQixJQUFJLENBQUMsQ0FBQyxHQUFHLEdBQUcsdUJBQWUsQ0FBQyxFQUFFLENBQUM7Z0JBQzlHLElBQUEsWUFBSSxFQUFDLEVBQUUsSUFBSSxFQUFFLFlBQVksRUFBRSxLQUFLLEVBQUUsYUFBYSxDQUFDLE9BQU8sRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLEdBQUcsRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSwyQkFBMkIsRUFBRSxHQUFHLEVBQUUscUJBQXFCLHlCQUFpQixPQUFPLHVCQUFlLG1CQUFtQixFQUFFLENBQUMsQ0FBQztZQUN4TixDQUFDO1FBQ0gsQ0FBQyxDQUFDLENBQUM7UUFDSCxJQUFJLENBQUMsU0FBUyxHQUFHLFVBQVUsS0FBSyxDQUFDLFFBQVEsRUFBRSxDQUFDO1FBQzVDLElBQUksQ0FBQyxVQUFVLEdBQUcsVUFBVSxLQUFLLENBQUMsU0FBUyxFQUFFLENBQUM7UUFDOUMsTUFBTSxTQUFTLEdBQUcsS0FBSyxDQUFDLFNBQVMsSUFBSSxTQUFTLENBQUM7UUFDL0MsTUFBTSxhQUFhLEdBQUcsS0FBSyxDQUFDLGdCQUFnQixJQUFJLENBQUMsRUFBRSxHQUFHLEVBQUUsd0JBQXdCLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUM7UUFDcEcsTUFBTSxNQUFNLEdBQUc7WUFDYixDQUFDLHNCQUFNLENBQUMsUUFBUSxDQUFDLEVBQUUsS0FBSyxDQUFDLFFBQVE7WUFDakMsQ0FBQyxzQkFBTSxDQUFDLFNBQVMsQ0FBQyxFQUFFLDBCQUFVO1lBQzlCLENBQUMsc0JBQU0sQ0FBQyxTQUFTLENBQUMsRUFBRSxnQkFBZ0I7WUFDcEMsNkNBQTZDLEVBQUUsS0FBSyxDQUFDLFNBQVM7U0FDL0QsQ0FBQztRQUNGLE1BQU0sSUFBSSxHQUFHLENBQUMsSUFBWSxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLFNBQVMsRUFBRSxJQUFJLENBQUMsU0FBUyxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUM7UUFDN0UsSUFBQSwyQkFBYyxFQUFDLElBQUksRUFBRSxRQUFRLENBQUMsQ0FBQztRQUMvQixNQUFNLEtBQUssR0FBRyxLQUFLLENBQUMsU0FBUyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFO1lBQ3RDLE1BQU0sR0FBRyxHQUFHLENBQUMsQ0FBQyxHQUFHLElBQUksVUFBVSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztZQUN4QyxPQUFPLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsSUFBSSxFQUFFLHlCQUFnQixDQUFDLFVBQVUsRUFBRSxDQUFDO1FBQzVFLENBQUMsQ0FBQyxDQUFDO1FBQ0gsTUFBTSxJQUFJLEdBQTJCLEVBQUUsQ0FBQztRQUN4QyxLQUFLLE1BQU0sQ0FBQyxJQUFJLEtBQUssRUFBRSxDQUFDO1lBQ3RCLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsSUFBSSwyQkFBYyxDQUFDLElBQUksRUFBRSxZQUFZLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRTtnQkFDNUQsTUFBTSxFQUFFLEVBQUUsRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLGVBQWUsRUFBRSxTQUFTLEVBQUUsUUFBUSxFQUFFLENBQUMsRUFBRSxRQUFRLEVBQUUsQ0FBQyxFQUFFLFVBQVUsRUFBRSxDQUFDLEVBQUUsVUFBVSxFQUFFLENBQUM7YUFDOUcsQ0FBQyxDQUFDLE1BQU0sQ0FBQztRQUNaLENBQUM7UUFDRCxNQUFNLE1BQU0sR0FBRyxJQUFJLG9CQUFRLENBQUMsSUFBSSxFQUFFLGFBQWEsRUFBRSxFQUFFLFFBQVEsRUFBRSxJQUFJLENBQUMsR0FBRyxJQUFJLENBQUMsVUFBVSxjQUFjLENBQUMsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7UUFDN0gsTUFBTSxVQUFVLEdBQUcsSUFBSSwyQkFBVyxDQUFDLElBQUksRUFBRSxZQUFZLEVBQUU7WUFDckQsUUFBUSxFQUFFLElBQUksQ0FBQyxHQUFHLElBQUksQ0FBQyxVQUFVLGFBQWEsQ0FBQztZQUMvQyxJQUFJLEVBQUUsRUFBRSxZQUFZLEVBQUUsSUFBQSx5QkFBUyxFQUFDLG9DQUFnQixDQUFDLE1BQU0sQ0FBQyx3Q0FBb0IsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFO1NBQ3pGLENBQUMsQ0FBQztRQUNILE1BQU0sR0FBRyxHQUFHO1lBQ1YsR0FBRyxvQ0FBZ0IsQ0FBQyxlQUFlLENBQUMsS0FBSyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDO1lBQ3pGLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUM7Z0JBQ3RCLElBQUksRUFBRSxvQ0FBZ0IsQ0FBQyxnQkFBZ0IsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDO2dCQUM5QyxTQUFTLEVBQUUsRUFBRSxZQUFZLEVBQUUsRUFBRSxJQUFJLEVBQUUsTUFBTSxDQUFDLFFBQVEsQ0FBQyxJQUFJLEVBQUUsR0FBRyxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRTthQUN6RSxDQUFDLENBQUM7U0FDSixDQUFDO1FBQ0YsSUFBSSxjQUFLLENBQUMsSUFBSSxFQUFFLEtBQUssRUFBRTtZQUNyQixRQUFRLEVBQUUsSUFBSSxDQUFDLElBQUksQ0FBQyxVQUFVLENBQUM7WUFDL0IsSUFBSSxFQUFFO2dCQUNKLDRCQUE0QixFQUFFLEtBQUs7Z0JBQ25DLGtCQUFrQixFQUFFLEtBQUs7Z0JBQ3pCLFFBQVEsRUFBRSxRQUFRO2dCQUNsQixhQUFhLEVBQUUsUUFBUTtnQkFDdkIsZUFBZSxFQUFFLEVBQUUsY0FBYyxFQUFFLEVBQUUsSUFBSSxFQUFFLGdCQUFnQixFQUFFLEVBQUU7Z0JBQy9ELFNBQVMsRUFBRSxtQkFBYSxDQUFDLFNBQVM7Z0JBQ2xDLFNBQVMsRUFBRTtvQkFDVCxXQUFXLEVBQUUsQ0FBQyxHQUFHLG1CQUFhLENBQUMsU0FBUyxDQUFDLFdBQVcsQ0FBQztvQkFDckQsUUFBUSxFQUFFLEVBQUU7b0JBQ1osTUFBTSxFQUFFLG1CQUFhLENBQUMsU0FBUyxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUM7aUJBQ3ZGO2dCQUNELFNBQVMsRUFBRSxDQUFDO3dCQUNWLElBQUksRUFBRSxTQUFTO3dCQUNmLEtBQUssRUFBRSxJQUFBLHlCQUFTLEVBQUMsS0FBSyxDQUFDLEtBQUssSUFBSSx5REFBMkIsQ0FBQyxxQkFBcUIsQ0FBQzt3QkFDbEYsZUFBZSxFQUFFLGNBQWM7d0JBQy9CLE9BQU8sRUFBRSxDQUFDLFdBQVcsRUFBRSx3QkFBd0IsQ0FBQzt3QkFDaEQsSUFBSSxFQUFFLHlEQUEyQixDQUFDLHVCQUF1QixDQUFDLEdBQUcsQ0FBQyx5QkFBUyxDQUFDO3dCQUN4RSxHQUFHO3dCQUNILElBQUksRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxhQUFhLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsQ0FBQzt3QkFDN0QsU0FBUyxFQUFFLEVBQUUsUUFBUSxFQUFFLEVBQUUsR0FBRyxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLEVBQUUsTUFBTSxFQUFFLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxNQUFNLEVBQUUsS0FBSyxFQUFFLEVBQUU7d0JBQzlGLGVBQWUsRUFBRTs0QkFDZix3QkFBd0IsRUFBRSxLQUFLOzRCQUMvQixVQUFVLEVBQUUsS0FBSzs0QkFDakIsWUFBWSxFQUFFLEVBQUUsSUFBSSxFQUFFLENBQUMsS0FBSyxDQUFDLEVBQUUsR0FBRyxFQUFFLENBQUMsR0FBRyxvQ0FBb0IsQ0FBQyxFQUFFOzRCQUMvRCxjQUFjLEVBQUUsRUFBRSxJQUFJLEVBQUUsZ0JBQWdCLEVBQUU7eUJBQzNDO3dCQUNELFdBQVcsRUFBRTs0QkFDWCxFQUFFLElBQUksRUFBRSxZQUFZLEVBQUUsU0FBUyxFQUFFLGFBQWEsRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFOzRCQUNoRSxxRkFBcUY7NEJBQ3JGLEVBQUUsSUFBSSxFQUFFLFNBQVMsRUFBRSxTQUFTLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxZQUFZLEtBQUssQ0FBQyxTQUFTLEVBQUUsRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFO3lCQUM5RjtxQkFDRixDQUFDO2dCQUNGLE1BQU0sRUFBRTtvQkFDTixFQUFFLElBQUksRUFBRSxZQUFZLEVBQUUsU0FBUyxFQUFFLEVBQUUsSUFBSSxFQUFFLFVBQVUsQ0FBQyxRQUFRLENBQUMsSUFBSSxFQUFFLFdBQVcsRUFBRSxNQUFNLEVBQUUsRUFBRTtvQkFDMUYsRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFLHFCQUFxQixFQUFFLEVBQUUsU0FBUyxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUsRUFBRTtpQkFDMUU7YUFDRjtTQUNGLENBQUMsQ0FBQztRQUNILElBQUksc0JBQVMsQ0FBQyxJQUFJLEVBQUUsU0FBUyxFQUFFO1lBQzdCLFFBQVEsRUFBRSxJQUFJLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQztZQUMvQixJQUFJLEVBQUU7Z0JBQ0osSUFBSSxFQUFFLFdBQVc7Z0JBQ2pCLFFBQVEsRUFBRSxFQUFFLDZDQUE2QyxFQUFFLEtBQUssQ0FBQyxTQUFTLEVBQUUsQ0FBQyxzQkFBTSxDQUFDLFNBQVMsQ0FBQyxFQUFFLGdCQUFnQixFQUFFO2dCQUNsSCxJQUFJLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsTUFBTSxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsQ0FBQzthQUN6RTtTQUNGLENBQUMsQ0FBQztRQUNILElBQUksbUNBQWUsQ0FBQyxJQUFJLEVBQUUsUUFBUSxFQUFFO1lBQ2xDLFFBQVEsRUFBRSxJQUFJLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQztZQUMvQixJQUFJLEVBQUU7Z0JBQ0osV0FBVyxFQUFFLEVBQUUsV0FBVyxFQUFFLEVBQUUsNkNBQTZDLEVBQUUsS0FBSyxDQUFDLFNBQVMsRUFBRSxDQUFDLHNCQUFNLENBQUMsU0FBUyxDQUFDLEVBQUUsZ0JBQWdCLEVBQUUsRUFBRTtnQkFDdEksV0FBVyxFQUFFLENBQUMsU0FBUyxFQUFFLFFBQVEsQ0FBQztnQkFDbEMsT0FBTyxFQUFFLENBQUM7d0JBQ1IsSUFBSSxFQUFFLENBQUM7Z0NBQ0wsaUJBQWlCLEVBQUUsRUFBRSxXQUFXLEVBQUUsRUFBRSw2QkFBNkIsRUFBRSxLQUFLLENBQUMsZ0JBQWdCLElBQUksV0FBVyxFQUFFLEVBQUU7Z0NBQzVHLFdBQVcsRUFBRSxFQUFFLFdBQVcsRUFBRSxNQUFNLENBQUMsV0FBVyxDQUFDLGFBQWEsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxFQUFFOzZCQUM3RixDQUFDO3dCQUNGLEtBQUssRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLENBQUM7cUJBQzNDLENBQUM7Z0JBQ0Ysc0RBQXNEO2dCQUN0RCxNQUFNLEVBQUUsRUFBRTthQUNYO1NBQ0YsQ0FBQyxDQUFDO0lBQ0wsQ0FBQztDQUNGO0FBaElELDBEQWdJQztBQUVELDBFQUEwRTtBQUMxRSxTQUFTLFVBQVUsQ0FBQyxJQUFZO0lBQzlCLE1BQU0sQ0FBQyxHQUFHLE1BQU0sQ0FBQyxVQUFVLENBQUMsUUFBUSxDQUFDLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLE1BQU0sRUFBRSxDQUFDO0lBQzVELE9BQU8sS0FBSyxHQUFHLENBQUMsQ0FBQyxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsR0FBRyxLQUFLLENBQUMsQ0FBQztBQUM3QyxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0ICogYXMgY3J5cHRvIGZyb20gJ2NyeXB0byc7XG5pbXBvcnQgeyBDb25maWdNYXBWMSB9IGZyb20gJ0BjZGt0Zi9wcm92aWRlci1rdWJlcm5ldGVzL2xpYi9jb25maWctbWFwLXYxJztcbmltcG9ydCB7IE5ldHdvcmtQb2xpY3lWMSB9IGZyb20gJ0BjZGt0Zi9wcm92aWRlci1rdWJlcm5ldGVzL2xpYi9uZXR3b3JrLXBvbGljeS12MSc7XG5pbXBvcnQgeyBQb2RWMSB9IGZyb20gJ0BjZGt0Zi9wcm92aWRlci1rdWJlcm5ldGVzL2xpYi9wb2QtdjEnO1xuaW1wb3J0IHsgU2VjcmV0VjEgfSBmcm9tICdAY2RrdGYvcHJvdmlkZXIta3ViZXJuZXRlcy9saWIvc2VjcmV0LXYxJztcbmltcG9ydCB7IFNlcnZpY2VWMSB9IGZyb20gJ0BjZGt0Zi9wcm92aWRlci1rdWJlcm5ldGVzL2xpYi9zZXJ2aWNlLXYxJztcbmltcG9ydCB7IENvbnN0cnVjdCB9IGZyb20gJ2NvbnN0cnVjdHMnO1xuaW1wb3J0IHsgS3ViZXJuZXRlc0xhYmVsLCBLdWJlcm5ldGVzUGVybWl0RW52aXJvbm1lbnQgfSBmcm9tICcuL2t1YmVybmV0ZXMtcGVybWl0LXdvcmtzcGFjZSc7XG5pbXBvcnQgeyBOT19ETlNfQ09ORklHIH0gZnJvbSAnLi9wcml2YXRlL2xhYic7XG5pbXBvcnQgeyBjaGVja0tub3duUHJvcHMgfSBmcm9tICcuLi8uLi9wcml2YXRlL2tub3duLXByb3BzJztcbmltcG9ydCB7IFBlcm1pdE1lbWJlciwgUGVybWl0TWVtYmVyUm9sZSB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcGVybWl0JztcbmltcG9ydCB7IFBlcm1pdEVudHJ5cG9pbnQsIFBlcm1pdEVudHJ5cG9pbnRNb2RlIH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9wZXJtaXQtZW50cnlwb2ludCc7XG5pbXBvcnQgeyBmYWlsIH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9wcml2YXRlL2Vycm9yJztcbmltcG9ydCB7IEZJUlNUX1JFU0VBUkNIX0lELCBpc1ZhbGlkUG9zaXhOYW1lLCBNQVhfUkVTRUFSQ0hfSUQsIFJFU0VSVkVEX05BTUVTIH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9wcml2YXRlL3Bvc2l4JztcbmltcG9ydCB7IERFU0tUT1BfQ0FQQUJJTElUSUVTLCBMQUJFTFMsIE1BTkFHRURfQlksIHRmTGl0ZXJhbCB9IGZyb20gJy4uL3RlcnJhZm9ybS9wZXJtaXQtY29tbW9uJztcbmltcG9ydCB7IGVuc3VyZVByb3ZpZGVyLCBSYW5kb21QYXNzd29yZCB9IGZyb20gJy4uL3RlcnJhZm9ybS9yYW5kb20tdGxzJztcblxuLyoqXG4gKiBQcm9wZXJ0aWVzIG9mIGEgS3ViZXJuZXRlc1JlbGVhc2VSZXZpZXcuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgS3ViZXJuZXRlc1JlbGVhc2VSZXZpZXdQcm9wcyB7XG4gIC8qKiBQZXJtaXQgaWQgKHRoZSBuYW1lc3BhY2UgaXMgYHBlcm1pdC08aWQ+YCkuICovXG4gIHJlYWRvbmx5IHBlcm1pdElkOiBzdHJpbmc7XG4gIC8qKiBUaGUgcmVsZWFzZSByZXF1ZXN0IHRvIHJldmlldyAoaXRzIHNuYXBzaG90IGlzIGByZXF1ZXN0cy88aWQ+L2Agb24gdGhlIHJlbGVhc2UgY2xhaW0pLiAqL1xuICByZWFkb25seSByZXF1ZXN0SWQ6IHN0cmluZztcbiAgLyoqIFRoZSByZXZpZXdlcnMgKG91dHB1dCBjaGVja2Vycyk6IGF0IGxlYXN0IHR3bzsgZWFjaCBnZXRzIGFuIGFjY291bnQgb24gdGhlIHJldmlldyBkZXNrdG9wLiAqL1xuICByZWFkb25seSByZXZpZXdlcnM6IFBlcm1pdE1lbWJlcltdO1xuICAvKipcbiAgICogVGhlIFBlcnNpc3RlbnRWb2x1bWVDbGFpbSB0aGF0IGhvbGRzIHRoZSByZWxlYXNlIGFyZWEgKGByZXF1ZXN0cy88aWQ+Ly4uLmApLlxuICAgKiBAZGVmYXVsdCBcInJlbGVhc2VcIlxuICAgKi9cbiAgcmVhZG9ubHkgY2xhaW1OYW1lPzogc3RyaW5nO1xuICAvKipcbiAgICogTmFtZXNwYWNlIG9mIHRoZSByZW1vdGUtZGVza3RvcCBnYXRld2F5ICh0aGUgb25seSBzb3VyY2Ugb2YgUkRQIGNvbm5lY3Rpb25zKS5cbiAgICogQGRlZmF1bHQgXCJndWFjYW1vbGVcIlxuICAgKi9cbiAgcmVhZG9ubHkgZ2F0ZXdheU5hbWVzcGFjZT86IHN0cmluZztcbiAgLyoqXG4gICAqIExhYmVscyBvZiB0aGUgZ2F0ZXdheSdzIHBvZHMuXG4gICAqIEBkZWZhdWx0IC0gYXBwLmt1YmVybmV0ZXMuaW8vbmFtZT1ndWFjZFxuICAgKi9cbiAgcmVhZG9ubHkgZ2F0ZXdheVBvZExhYmVscz86IEt1YmVybmV0ZXNMYWJlbFtdO1xuICAvKipcbiAgICogRGVza3RvcCBpbWFnZSAoeHJkcDsgdGhlIHBlcm1pdCBlbnRyeXBvaW50IGNyZWF0ZXMgdGhlIGFjY291bnRzKS5cbiAgICogQGRlZmF1bHQgS3ViZXJuZXRlc1Blcm1pdEVudmlyb25tZW50LkRFRkFVTFRfREVTS1RPUF9JTUFHRVxuICAgKi9cbiAgcmVhZG9ubHkgaW1hZ2U/OiBzdHJpbmc7XG59XG5cbmNvbnN0IE1PVU5UID0gJy9yZXZpZXcnO1xuXG4vKipcbiAqIEEgcmVhZC1vbmx5IHJldmlldyBkZXNrdG9wIGZvciBvbmUgcmVsZWFzZSByZXF1ZXN0IG9uIEt1YmVybmV0ZXM6IGEgcG9kIGluIHRoZSBwZXJtaXQnc1xuICogbmFtZXNwYWNlIHRoYXQgbW91bnRzIHRoZSByZXF1ZXN0J3Mgc25hcHNob3QgKGByZXF1ZXN0cy88aWQ+YCBvZiB0aGUgcmVsZWFzZSBjbGFpbSkgcmVhZC1vbmx5XG4gKiBhdCBgL3Jldmlld2AsIHdpdGggYW4gYWNjb3VudCBwZXIgcmV2aWV3ZXIgKGdlbmVyYXRlZCBwYXNzd29yZHMgaW4gYSBTZWNyZXQpLCBSRFAgb25seSBmcm9tIHRoZVxuICogZ2F0ZXdheSwgbm8gZWdyZXNzIGF0IGFsbCAobm8gRE5TIGVpdGhlciksIG5vIHNlcnZpY2UtYWNjb3VudCB0b2tlbiwgYW5kIG9ubHkgdGhlIGRlc2t0b3BcbiAqIGNhcGFiaWxpdGllcy4gRmlsZXMgbGVhdmUgb25seSB0aHJvdWdoIHRoZSByZWxlYXNlOyB3aGF0IHRoZSBnYXRld2F5IGxldHMgdGhyb3VnaCAoY2xpcGJvYXJkLFxuICogZHJpdmUgcmVkaXJlY3Rpb24pIGlzIHRoZSBnYXRld2F5J3MgdG8gc3dpdGNoIG9mZi5cbiAqL1xuZXhwb3J0IGNsYXNzIEt1YmVybmV0ZXNSZWxlYXNlUmV2aWV3IGV4dGVuZHMgQ29uc3RydWN0IHtcbiAgLyoqIE5hbWUgb2YgdGhlIHBvZCwgaXRzIFNlcnZpY2UgYW5kIFNlY3JldDogYHJldmlldy08cmVxdWVzdElkPmAuICovXG4gIHB1YmxpYyByZWFkb25seSByZXZpZXdOYW1lOiBzdHJpbmc7XG4gIC8qKiBUaGUgbmFtZXNwYWNlOiBgcGVybWl0LTxpZD5gLiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgbmFtZXNwYWNlOiBzdHJpbmc7XG5cbiAgY29uc3RydWN0b3Ioc2NvcGU6IENvbnN0cnVjdCwgaWQ6IHN0cmluZywgcHJvcHM6IEt1YmVybmV0ZXNSZWxlYXNlUmV2aWV3UHJvcHMpIHtcbiAgICBzdXBlcihzY29wZSwgaWQpO1xuICAgIGNoZWNrS25vd25Qcm9wcyh0aGlzLCAnS3ViZXJuZXRlc1JlbGVhc2VSZXZpZXdQcm9wcycsIHByb3BzKTtcbiAgICBjb25zdCB3aGVyZSA9IHsgZmlsZTogYGNvbnN0cnVjdCAke3RoaXMubm9kZS5wYXRofWAgfTtcbiAgICBpZiAoIS9eW2EtejAtOV0oW2EtejAtOS1dezAsMzh9W2EtejAtOV0pPyQvLnRlc3QocHJvcHMucGVybWl0SWQpKSB7XG4gICAgICBmYWlsKHsgY29kZTogJ2ludmFsaWQtcGVybWl0LWlkJywgZmllbGQ6ICdwZXJtaXRJZCcsIHZhbHVlOiBwcm9wcy5wZXJtaXRJZCwgbG9jYXRpb246IHdoZXJlLCBtZXNzYWdlOiAncGVybWl0IGlkIG11c3QgYmUgMS00MCBsb3dlci1jYXNlIGxldHRlcnMsIGRpZ2l0cyBvciBkYXNoZXMnLCBmaXg6ICd1c2UgdGhlIHBlcm1pdFxcJ3MgaWQnIH0pO1xuICAgIH1cbiAgICBpZiAoIS9eW2EtejAtOV0oW2EtejAtOS1dezAsNTR9W2EtejAtOV0pPyQvLnRlc3QocHJvcHMucmVxdWVzdElkKSkge1xuICAgICAgZmFpbCh7IGNvZGU6ICdpbnZhbGlkLXJlcXVlc3QtaWQnLCBmaWVsZDogJ3JlcXVlc3RJZCcsIHZhbHVlOiBwcm9wcy5yZXF1ZXN0SWQsIGxvY2F0aW9uOiB3aGVyZSwgbWVzc2FnZTogJ3JlcXVlc3QgaWQgbXVzdCBiZSAxLTU2IGxvd2VyLWNhc2UgbGV0dGVycywgZGlnaXRzIG9yIGRhc2hlcycsIGZpeDogJ3VzZSB0aGUgaWQgXCJyd3MgcGVybWl0IHJlbGVhc2UgbGlzdFwiIHNob3dzJyB9KTtcbiAgICB9XG4gICAgY29uc3QgbmFtZXMgPSBwcm9wcy5yZXZpZXdlcnMubWFwKChyKSA9PiByLm5hbWUpO1xuICAgIGlmIChuZXcgU2V0KG5hbWVzKS5zaXplIDwgMikge1xuICAgICAgZmFpbCh7IGNvZGU6ICd0b28tZmV3LXJldmlld2VycycsIGZpZWxkOiAncmV2aWV3ZXJzJywgdmFsdWU6IG5hbWVzLCBsb2NhdGlvbjogd2hlcmUsIG1lc3NhZ2U6ICd0d28gZGlmZmVyZW50IHJldmlld2VycyBtdXN0IGFwcHJvdmUgZXZlcnkgcmVsZWFzZScsIGZpeDogJ25hbWUgYXQgbGVhc3QgdHdvIG91dHB1dCBjaGVja2VycycgfSk7XG4gICAgfVxuICAgIHByb3BzLnJldmlld2Vycy5mb3JFYWNoKChyLCBpKSA9PiB7XG4gICAgICBpZiAoIWlzVmFsaWRQb3NpeE5hbWUoci5uYW1lKSB8fCBSRVNFUlZFRF9OQU1FUy5oYXMoci5uYW1lKSkge1xuICAgICAgICBmYWlsKHsgY29kZTogJ2ludmFsaWQtbmFtZScsIGZpZWxkOiBgcmV2aWV3ZXJzWyR7aX1dLm5hbWVgLCB2YWx1ZTogci5uYW1lLCBsb2NhdGlvbjogd2hlcmUsIG1lc3NhZ2U6ICdub3QgYSB2YWxpZCwgbm9uLXJlc2VydmVkIGxvZ2luIG5hbWUnLCBmaXg6ICd1c2UgbG93ZXItY2FzZSBsZXR0ZXJzLCBkaWdpdHMsIFwiX1wiIGFuZCBcIi1cIicgfSk7XG4gICAgICB9XG4gICAgICBpZiAoci51aWQgIT09IHVuZGVmaW5lZCAmJiAoIU51bWJlci5pc0ludGVnZXIoci51aWQpIHx8IHIudWlkIDwgRklSU1RfUkVTRUFSQ0hfSUQgfHwgci51aWQgPiBNQVhfUkVTRUFSQ0hfSUQpKSB7XG4gICAgICAgIGZhaWwoeyBjb2RlOiAnaW52YWxpZC1pZCcsIGZpZWxkOiBgcmV2aWV3ZXJzWyR7aX1dLnVpZGAsIHZhbHVlOiByLnVpZCwgbG9jYXRpb246IHdoZXJlLCBtZXNzYWdlOiAndWlkIG91dHNpZGUgdGhlIGxhYiByYW5nZScsIGZpeDogYGNob29zZSBhbiBpZCBmcm9tICR7RklSU1RfUkVTRUFSQ0hfSUR9IHRvICR7TUFYX1JFU0VBUkNIX0lEfSwgb3IgbGVhdmUgaXQgb3V0YCB9KTtcbiAgICAgIH1cbiAgICB9KTtcbiAgICB0aGlzLm5hbWVzcGFjZSA9IGBwZXJtaXQtJHtwcm9wcy5wZXJtaXRJZH1gO1xuICAgIHRoaXMucmV2aWV3TmFtZSA9IGByZXZpZXctJHtwcm9wcy5yZXF1ZXN0SWR9YDtcbiAgICBjb25zdCBjbGFpbU5hbWUgPSBwcm9wcy5jbGFpbU5hbWUgPz8gJ3JlbGVhc2UnO1xuICAgIGNvbnN0IGdhdGV3YXlMYWJlbHMgPSBwcm9wcy5nYXRld2F5UG9kTGFiZWxzID8/IFt7IGtleTogJ2FwcC5rdWJlcm5ldGVzLmlvL25hbWUnLCB2YWx1ZTogJ2d1YWNkJyB9XTtcbiAgICBjb25zdCBsYWJlbHMgPSB7XG4gICAgICBbTEFCRUxTLnBlcm1pdElkXTogcHJvcHMucGVybWl0SWQsXG4gICAgICBbTEFCRUxTLm1hbmFnZWRCeV06IE1BTkFHRURfQlksXG4gICAgICBbTEFCRUxTLmNvbXBvbmVudF06ICdyZWxlYXNlLXJldmlldycsXG4gICAgICAnY2RrLXJlc2VhcmNoLXdvcmtzcGFjZXMuZGV2L3JlbGVhc2UtcmVxdWVzdCc6IHByb3BzLnJlcXVlc3RJZCxcbiAgICB9O1xuICAgIGNvbnN0IG1ldGEgPSAobmFtZTogc3RyaW5nKSA9PiAoeyBuYW1lLCBuYW1lc3BhY2U6IHRoaXMubmFtZXNwYWNlLCBsYWJlbHMgfSk7XG4gICAgZW5zdXJlUHJvdmlkZXIodGhpcywgJ3JhbmRvbScpO1xuICAgIGNvbnN0IHVzZXJzID0gcHJvcHMucmV2aWV3ZXJzLm1hcCgocikgPT4ge1xuICAgICAgY29uc3QgdWlkID0gci51aWQgPz8gZGVyaXZlZFVpZChyLm5hbWUpO1xuICAgICAgcmV0dXJuIHsgbmFtZTogci5uYW1lLCB1aWQsIGdpZDogdWlkLCByb2xlOiBQZXJtaXRNZW1iZXJSb2xlLkhEQUJfU1RBRkYgfTtcbiAgICB9KTtcbiAgICBjb25zdCBkYXRhOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge307XG4gICAgZm9yIChjb25zdCB1IG9mIHVzZXJzKSB7XG4gICAgICBkYXRhW3UubmFtZV0gPSBuZXcgUmFuZG9tUGFzc3dvcmQodGhpcywgYFBhc3N3b3JkLSR7dS5uYW1lfWAsIHtcbiAgICAgICAgbGVuZ3RoOiAyNCwgc3BlY2lhbDogdHJ1ZSwgb3ZlcnJpZGVTcGVjaWFsOiAnLV8uKz1AJScsIG1pbkxvd2VyOiAyLCBtaW5VcHBlcjogMiwgbWluTnVtZXJpYzogMiwgbWluU3BlY2lhbDogMSxcbiAgICAgIH0pLnJlc3VsdDtcbiAgICB9XG4gICAgY29uc3Qgc2VjcmV0ID0gbmV3IFNlY3JldFYxKHRoaXMsICdDcmVkZW50aWFscycsIHsgbWV0YWRhdGE6IG1ldGEoYCR7dGhpcy5yZXZpZXdOYW1lfS1jcmVkZW50aWFsc2ApLCB0eXBlOiAnT3BhcXVlJywgZGF0YSB9KTtcbiAgICBjb25zdCBlbnRyeXBvaW50ID0gbmV3IENvbmZpZ01hcFYxKHRoaXMsICdFbnRyeXBvaW50Jywge1xuICAgICAgbWV0YWRhdGE6IG1ldGEoYCR7dGhpcy5yZXZpZXdOYW1lfS1lbnRyeXBvaW50YCksXG4gICAgICBkYXRhOiB7ICdkZXNrdG9wLnNoJzogdGZMaXRlcmFsKFBlcm1pdEVudHJ5cG9pbnQuc2NyaXB0KFBlcm1pdEVudHJ5cG9pbnRNb2RlLkRFU0tUT1ApKSB9LFxuICAgIH0pO1xuICAgIGNvbnN0IGVudiA9IFtcbiAgICAgIC4uLlBlcm1pdEVudHJ5cG9pbnQudXNlckVudmlyb25tZW50KHVzZXJzKS5tYXAoKHYpID0+ICh7IG5hbWU6IHYubmFtZSwgdmFsdWU6IHYudmFsdWUgfSkpLFxuICAgICAgLi4udXNlcnMubWFwKCh1LCBpKSA9PiAoe1xuICAgICAgICBuYW1lOiBQZXJtaXRFbnRyeXBvaW50LnBhc3N3b3JkVmFyaWFibGUoaSArIDEpLFxuICAgICAgICB2YWx1ZUZyb206IHsgc2VjcmV0S2V5UmVmOiB7IG5hbWU6IHNlY3JldC5tZXRhZGF0YS5uYW1lLCBrZXk6IHUubmFtZSB9IH0sXG4gICAgICB9KSksXG4gICAgXTtcbiAgICBuZXcgUG9kVjEodGhpcywgJ1BvZCcsIHtcbiAgICAgIG1ldGFkYXRhOiBtZXRhKHRoaXMucmV2aWV3TmFtZSksXG4gICAgICBzcGVjOiB7XG4gICAgICAgIGF1dG9tb3VudFNlcnZpY2VBY2NvdW50VG9rZW46IGZhbHNlLFxuICAgICAgICBlbmFibGVTZXJ2aWNlTGlua3M6IGZhbHNlLFxuICAgICAgICBob3N0bmFtZTogJ3JldmlldycsXG4gICAgICAgIHJlc3RhcnRQb2xpY3k6ICdBbHdheXMnLFxuICAgICAgICBzZWN1cml0eUNvbnRleHQ6IHsgc2VjY29tcFByb2ZpbGU6IHsgdHlwZTogJ1J1bnRpbWVEZWZhdWx0JyB9IH0sXG4gICAgICAgIGRuc1BvbGljeTogTk9fRE5TX0NPTkZJRy5kbnNQb2xpY3ksXG4gICAgICAgIGRuc0NvbmZpZzoge1xuICAgICAgICAgIG5hbWVzZXJ2ZXJzOiBbLi4uTk9fRE5TX0NPTkZJRy5kbnNDb25maWcubmFtZXNlcnZlcnNdLFxuICAgICAgICAgIHNlYXJjaGVzOiBbXSxcbiAgICAgICAgICBvcHRpb246IE5PX0ROU19DT05GSUcuZG5zQ29uZmlnLm9wdGlvbnMubWFwKChvKSA9PiAoeyBuYW1lOiBvLm5hbWUsIHZhbHVlOiBvLnZhbHVlIH0pKSxcbiAgICAgICAgfSxcbiAgICAgICAgY29udGFpbmVyOiBbe1xuICAgICAgICAgIG5hbWU6ICdkZXNrdG9wJyxcbiAgICAgICAgICBpbWFnZTogdGZMaXRlcmFsKHByb3BzLmltYWdlID8/IEt1YmVybmV0ZXNQZXJtaXRFbnZpcm9ubWVudC5ERUZBVUxUX0RFU0tUT1BfSU1BR0UpLFxuICAgICAgICAgIGltYWdlUHVsbFBvbGljeTogJ0lmTm90UHJlc2VudCcsXG4gICAgICAgICAgY29tbWFuZDogWycvYmluL2Jhc2gnLCAnL29wdC9wZXJtaXQvZGVza3RvcC5zaCddLFxuICAgICAgICAgIGFyZ3M6IEt1YmVybmV0ZXNQZXJtaXRFbnZpcm9ubWVudC5ERUZBVUxUX0RFU0tUT1BfQ09NTUFORC5tYXAodGZMaXRlcmFsKSxcbiAgICAgICAgICBlbnYsXG4gICAgICAgICAgcG9ydDogW3sgbmFtZTogJ3JkcCcsIGNvbnRhaW5lclBvcnQ6IDMzODksIHByb3RvY29sOiAnVENQJyB9XSxcbiAgICAgICAgICByZXNvdXJjZXM6IHsgcmVxdWVzdHM6IHsgY3B1OiAnMjUwbScsIG1lbW9yeTogJzUxMk1pJyB9LCBsaW1pdHM6IHsgY3B1OiAnMicsIG1lbW9yeTogJzRHaScgfSB9LFxuICAgICAgICAgIHNlY3VyaXR5Q29udGV4dDoge1xuICAgICAgICAgICAgYWxsb3dQcml2aWxlZ2VFc2NhbGF0aW9uOiBmYWxzZSxcbiAgICAgICAgICAgIHByaXZpbGVnZWQ6IGZhbHNlLFxuICAgICAgICAgICAgY2FwYWJpbGl0aWVzOiB7IGRyb3A6IFsnQUxMJ10sIGFkZDogWy4uLkRFU0tUT1BfQ0FQQUJJTElUSUVTXSB9LFxuICAgICAgICAgICAgc2VjY29tcFByb2ZpbGU6IHsgdHlwZTogJ1J1bnRpbWVEZWZhdWx0JyB9LFxuICAgICAgICAgIH0sXG4gICAgICAgICAgdm9sdW1lTW91bnQ6IFtcbiAgICAgICAgICAgIHsgbmFtZTogJ2VudHJ5cG9pbnQnLCBtb3VudFBhdGg6ICcvb3B0L3Blcm1pdCcsIHJlYWRPbmx5OiB0cnVlIH0sXG4gICAgICAgICAgICAvLyBUaGUgcmVxdWVzdCdzIHNuYXBzaG90IG9ubHkgKGEgc3ViUGF0aCksIHJlYWQtb25seSB0d2ljZTogdGhlIGNsYWltIGFuZCB0aGUgbW91bnQuXG4gICAgICAgICAgICB7IG5hbWU6ICdyZWxlYXNlJywgbW91bnRQYXRoOiBNT1VOVCwgc3ViUGF0aDogYHJlcXVlc3RzLyR7cHJvcHMucmVxdWVzdElkfWAsIHJlYWRPbmx5OiB0cnVlIH0sXG4gICAgICAgICAgXSxcbiAgICAgICAgfV0sXG4gICAgICAgIHZvbHVtZTogW1xuICAgICAgICAgIHsgbmFtZTogJ2VudHJ5cG9pbnQnLCBjb25maWdNYXA6IHsgbmFtZTogZW50cnlwb2ludC5tZXRhZGF0YS5uYW1lLCBkZWZhdWx0TW9kZTogJzA1NTUnIH0gfSxcbiAgICAgICAgICB7IG5hbWU6ICdyZWxlYXNlJywgcGVyc2lzdGVudFZvbHVtZUNsYWltOiB7IGNsYWltTmFtZSwgcmVhZE9ubHk6IHRydWUgfSB9LFxuICAgICAgICBdLFxuICAgICAgfSxcbiAgICB9KTtcbiAgICBuZXcgU2VydmljZVYxKHRoaXMsICdTZXJ2aWNlJywge1xuICAgICAgbWV0YWRhdGE6IG1ldGEodGhpcy5yZXZpZXdOYW1lKSxcbiAgICAgIHNwZWM6IHtcbiAgICAgICAgdHlwZTogJ0NsdXN0ZXJJUCcsXG4gICAgICAgIHNlbGVjdG9yOiB7ICdjZGstcmVzZWFyY2gtd29ya3NwYWNlcy5kZXYvcmVsZWFzZS1yZXF1ZXN0JzogcHJvcHMucmVxdWVzdElkLCBbTEFCRUxTLmNvbXBvbmVudF06ICdyZWxlYXNlLXJldmlldycgfSxcbiAgICAgICAgcG9ydDogW3sgbmFtZTogJ3JkcCcsIHBvcnQ6IDMzODksIHRhcmdldFBvcnQ6ICczMzg5JywgcHJvdG9jb2w6ICdUQ1AnIH1dLFxuICAgICAgfSxcbiAgICB9KTtcbiAgICBuZXcgTmV0d29ya1BvbGljeVYxKHRoaXMsICdQb2xpY3knLCB7XG4gICAgICBtZXRhZGF0YTogbWV0YSh0aGlzLnJldmlld05hbWUpLFxuICAgICAgc3BlYzoge1xuICAgICAgICBwb2RTZWxlY3RvcjogeyBtYXRjaExhYmVsczogeyAnY2RrLXJlc2VhcmNoLXdvcmtzcGFjZXMuZGV2L3JlbGVhc2UtcmVxdWVzdCc6IHByb3BzLnJlcXVlc3RJZCwgW0xBQkVMUy5jb21wb25lbnRdOiAncmVsZWFzZS1yZXZpZXcnIH0gfSxcbiAgICAgICAgcG9saWN5VHlwZXM6IFsnSW5ncmVzcycsICdFZ3Jlc3MnXSxcbiAgICAgICAgaW5ncmVzczogW3tcbiAgICAgICAgICBmcm9tOiBbe1xuICAgICAgICAgICAgbmFtZXNwYWNlU2VsZWN0b3I6IHsgbWF0Y2hMYWJlbHM6IHsgJ2t1YmVybmV0ZXMuaW8vbWV0YWRhdGEubmFtZSc6IHByb3BzLmdhdGV3YXlOYW1lc3BhY2UgPz8gJ2d1YWNhbW9sZScgfSB9LFxuICAgICAgICAgICAgcG9kU2VsZWN0b3I6IHsgbWF0Y2hMYWJlbHM6IE9iamVjdC5mcm9tRW50cmllcyhnYXRld2F5TGFiZWxzLm1hcCgobCkgPT4gW2wua2V5LCBsLnZhbHVlXSkpIH0sXG4gICAgICAgICAgfV0sXG4gICAgICAgICAgcG9ydHM6IFt7IHBvcnQ6ICczMzg5JywgcHJvdG9jb2w6ICdUQ1AnIH1dLFxuICAgICAgICB9XSxcbiAgICAgICAgLy8gTm8gZWdyZXNzIHJ1bGU6IHRoZSByZXZpZXcgZGVza3RvcCByZWFjaGVzIG5vdGhpbmcuXG4gICAgICAgIGVncmVzczogW10sXG4gICAgICB9LFxuICAgIH0pO1xuICB9XG59XG5cbi8qKiBUaGUgcGVybWl0IG1vZGVsJ3Mgc3RhYmxlIHVpZCBmb3IgYSBuYW1lIHdpdGhvdXQgb25lICgyMDAwMC01OTk5OSkuICovXG5mdW5jdGlvbiBkZXJpdmVkVWlkKG5hbWU6IHN0cmluZyk6IG51bWJlciB7XG4gIGNvbnN0IGggPSBjcnlwdG8uY3JlYXRlSGFzaCgnc2hhMjU2JykudXBkYXRlKG5hbWUpLmRpZ2VzdCgpO1xuICByZXR1cm4gMjAwMDAgKyAoaC5yZWFkVUludDMyQkUoMCkgJSA0MDAwMCk7XG59XG4iXX0=