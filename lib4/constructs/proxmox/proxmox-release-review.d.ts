import { Construct } from 'constructs';
import { ProxmoxPermitEnvironment } from './proxmox-permit-environment';
import { PermitMember } from '../../workspaces/permit';
import { TerraformResource } from '../terraform/cdktf';
/**
 * Properties of a ProxmoxReleaseReview.
 */
export interface ProxmoxReleaseReviewProps {
    /**
     * The permit environment whose storage server holds the release area. Its `releaseReviews`
     * must list the request: the storage server exports the snapshot to the review VM's address.
     */
    readonly environment: ProxmoxPermitEnvironment;
    /** The release request to review (its snapshot is `requests/<id>/` of the release area). */
    readonly requestId: string;
    /**
     * The reviewers (output checkers): at least two different people, none a researcher of the
     * permit; each gets an account on the review VM.
     * @default - the reviewers of the request's `releaseReviews` entry
     */
    readonly reviewers?: PermitMember[];
}
/**
 * A remote-desktop connection to one reviewer's account on a review VM.
 */
export interface ProxmoxReleaseReviewConnection {
    /** The request under review. */
    readonly requestId: string;
    /** The review VM's fixed IP address. */
    readonly host: string;
    /** TCP port (RDP). */
    readonly port: number;
    /** Login name. */
    readonly username: string;
    /** The generated password: a Terraform reference to `random_password.result` (sensitive). */
    readonly password: string;
}
/**
 * A read-only review VM for one release request on Proxmox VE: a desktop (xrdp) VM like the
 * permit's desktop workspaces (same image, size and account set-up, the permit's pool and
 * network), with an account per reviewer (generated passwords; only their bcrypt hashes reach
 * the VM), that mounts only `requests/<id>` of the release area, read-only, at `/review`.
 *
 * - The storage server exports that one folder to the review VM's address only, `ro`,
 *   `all_squash`, `subtree_check` (`ProxmoxPermitEnvironment`'s `releaseReviews`).
 * - Its Proxmox firewall: inbound policy DROP with RDP only from the gateway's networks; outbound
 *   policy DROP with NFS to the storage server as the only rule (no DNS, no proxy, no internet);
 *   IP and MAC filtering, so it cannot send from another machine's address.
 *
 * Files leave only through the release; what the gateway lets through (clipboard, drive
 * redirection) is the gateway's to switch off.
 */
export declare class ProxmoxReleaseReview extends Construct {
    /** The review VM. */
    readonly vm: TerraformResource;
    /** The review VM's fixed address. */
    readonly address: string;
    /** Proxmox name of the review VM: `<permit>-review-<host number>`. */
    readonly vmName: string;
    /** One connection per reviewer (passwords are sensitive references). */
    readonly connections: ProxmoxReleaseReviewConnection[];
    constructor(scope: Construct, id: string, props: ProxmoxReleaseReviewProps);
}
