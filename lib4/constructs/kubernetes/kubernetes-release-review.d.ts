import { Construct } from 'constructs';
import { KubernetesLabel } from './kubernetes-permit-workspace';
import { PermitMember } from '../../workspaces/permit';
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
/**
 * A read-only review desktop for one release request on Kubernetes: a pod in the permit's
 * namespace that mounts the request's snapshot (`requests/<id>` of the release claim) read-only
 * at `/review`, with an account per reviewer (generated passwords in a Secret), RDP only from the
 * gateway, no egress at all (no DNS either), no service-account token, and only the desktop
 * capabilities. Files leave only through the release; what the gateway lets through (clipboard,
 * drive redirection) is the gateway's to switch off.
 */
export declare class KubernetesReleaseReview extends Construct {
    /** Name of the pod, its Service and Secret: `review-<requestId>`. */
    readonly reviewName: string;
    /** The namespace: `permit-<id>`. */
    readonly namespace: string;
    constructor(scope: Construct, id: string, props: KubernetesReleaseReviewProps);
}
