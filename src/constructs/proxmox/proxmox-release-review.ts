import { Construct } from 'constructs';
import { desktopCloudConfig, passwordHashPlaceholder, REVIEW_MOUNT, reviewMount, withReferences } from './private/permit';
import { derivedUid, FIRST_REVIEW_HOST, FIRST_REVIEW_VM_ID_OFFSET, reviewContextOf, reviewProblems } from './private/review-context';
import { addFirewall } from './private/support';
import { ProxmoxPermitEnvironment } from './proxmox-permit-environment';
import { checkKnownProps } from '../../private/known-props';
import { PermitMember, PermitMemberRole, PlannedUser } from '../../workspaces/permit';
import { fail, WorkspaceInputError } from '../../workspaces/private/error';
import { TerraformResource } from '../terraform/cdktf';
import { ensureProvider, RandomPassword } from '../terraform/random-tls';

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

const RDP_PORT = 3389;

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
export class ProxmoxReleaseReview extends Construct {
  /** The review VM. */
  public readonly vm: TerraformResource;
  /** The review VM's fixed address. */
  public readonly address: string;
  /** Proxmox name of the review VM: `<permit>-review-<host number>`. */
  public readonly vmName: string;
  /** One connection per reviewer (passwords are sensitive references). */
  public readonly connections: ProxmoxReleaseReviewConnection[];

  constructor(scope: Construct, id: string, props: ProxmoxReleaseReviewProps) {
    super(scope, id);
    checkKnownProps(this, 'ProxmoxReleaseReviewProps', props);
    const location = { file: `construct ${this.node.path}` };
    const ctx = reviewContextOf(props.environment);
    if (!ctx) {
      fail({
        code: 'review-without-release-area',
        field: 'environment',
        value: props.environment.plan.status,
        location,
        message: 'this permit environment has no storage server in its phase, so there is no release area to review',
        fix: 'review in ANALYSIS_ACTIVE, ANALYSIS_STOPPED or ARCHIVED',
      });
    }
    const planned = ctx.reviews.find((r) => r.requestId === props.requestId);
    if (!planned) {
      fail({
        code: 'review-not-exported',
        field: 'requestId',
        value: props.requestId,
        location,
        message: 'the permit environment does not export this request\'s snapshot (its releaseReviews do not list it)',
        fix: `add { requestId: '${props.requestId}', reviewers: [...] } to the environment's releaseReviews`,
      });
    }
    const reviewers = props.reviewers ?? planned.reviewers;
    const problems = reviewProblems('', props.requestId, reviewers, ctx.researchers, location);
    if (problems.length) throw new WorkspaceInputError(problems, problems.length > 1 ? `${this.node.path}: ${problems.length} problems in the release review` : undefined);
    ctx.claim(props.requestId, this.node.path);

    this.address = planned.address;
    this.vmName = `${ctx.permitId}-review-${planned.hostNumber}`;
    const users: PlannedUser[] = reviewers.map((r) => {
      const uid = r.uid ?? derivedUid(r.name);
      return { name: r.name, uid, gid: uid, role: PermitMemberRole.HDAB_STAFF };
    });
    ensureProvider(this, 'random');
    const generated = users.map((u) => new RandomPassword(this, `Password-${u.name}`, {
      length: ctx.passwordLength, special: true, overrideSpecial: '-_.+=@%', minLower: 2, minUpper: 2, minNumeric: 2, minSpecial: 1,
    }));
    // Only the bcrypt hashes reach the snippet and the VM; the passwords go to the gateway (sensitive).
    const refs: Array<[string, string]> = generated.map((g, i) => [passwordHashPlaceholder(i + 1), g.getStringAttribute('bcrypt_hash')]);
    const config = desktopCloudConfig({
      permitId: ctx.permitId,
      role: `release review of ${props.requestId}`,
      users,
      storageAddress: ctx.storageAddress,
      mounts: [],
      extra: { files: [], mounts: [reviewMount(ctx.storageAddress, props.requestId)], runcmd: [] },
    });
    const vm = ctx.addMachine(this, 'release-review', {
      what: `release review of ${props.requestId}: accounts ${users.map((u) => u.name).join(', ')}; mounts requests/${props.requestId} of the release area read-only at ${REVIEW_MOUNT}`,
      userData: withReferences(config, refs),
      userDataHashInput: config,
      host: planned.hostNumber,
      vmIdOffset: FIRST_REVIEW_VM_ID_OFFSET + planned.hostNumber - FIRST_REVIEW_HOST,
      name: this.vmName,
    });
    this.vm = vm;
    addFirewall(this, {
      nodeName: ctx.nodeName,
      vmId: vm.vmId,
      outputPolicy: 'DROP',
      ipFilter: [this.address],
      dhcp: false,
      ipSets: [{ name: 'rws-gateway', comment: 'The remote-desktop gateway', cidrs: ctx.gatewayCidrs }],
      rules: [
        { type: 'in', proto: 'tcp', dport: String(RDP_PORT), source: '+rws-gateway', comment: 'RDP from the remote-desktop gateway only' },
        { type: 'out', proto: 'tcp', dport: '2049', dest: ctx.storageAddress, comment: `NFS to the permit's storage server: requests/${props.requestId} of the release area, read-only` },
      ],
      guest: vm,
      what: `permit ${ctx.permitId} release review of ${props.requestId}`,
      resolvers: [],
    });
    this.connections = users.map((u, i) => ({
      requestId: props.requestId, host: this.address, port: RDP_PORT, username: u.name, password: generated[i].result,
    }));
  }
}
