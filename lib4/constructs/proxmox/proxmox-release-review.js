"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProxmoxReleaseReview = void 0;
const constructs_1 = require("constructs");
const permit_1 = require("./private/permit");
const review_context_1 = require("./private/review-context");
const support_1 = require("./private/support");
const known_props_1 = require("../../private/known-props");
const permit_2 = require("../../workspaces/permit");
const error_1 = require("../../workspaces/private/error");
const random_tls_1 = require("../terraform/random-tls");
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
class ProxmoxReleaseReview extends constructs_1.Construct {
    /** The review VM. */
    vm;
    /** The review VM's fixed address. */
    address;
    /** Proxmox name of the review VM: `<permit>-review-<host number>`. */
    vmName;
    /** One connection per reviewer (passwords are sensitive references). */
    connections;
    constructor(scope, id, props) {
        super(scope, id);
        (0, known_props_1.checkKnownProps)(this, 'ProxmoxReleaseReviewProps', props);
        const location = { file: `construct ${this.node.path}` };
        const ctx = (0, review_context_1.reviewContextOf)(props.environment);
        if (!ctx) {
            (0, error_1.fail)({
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
            (0, error_1.fail)({
                code: 'review-not-exported',
                field: 'requestId',
                value: props.requestId,
                location,
                message: 'the permit environment does not export this request\'s snapshot (its releaseReviews do not list it)',
                fix: `add { requestId: '${props.requestId}', reviewers: [...] } to the environment's releaseReviews`,
            });
        }
        const reviewers = props.reviewers ?? planned.reviewers;
        const problems = (0, review_context_1.reviewProblems)('', props.requestId, reviewers, ctx.researchers, location);
        if (problems.length)
            throw new error_1.WorkspaceInputError(problems, problems.length > 1 ? `${this.node.path}: ${problems.length} problems in the release review` : undefined);
        ctx.claim(props.requestId, this.node.path);
        this.address = planned.address;
        this.vmName = `${ctx.permitId}-review-${planned.hostNumber}`;
        const users = reviewers.map((r) => {
            const uid = r.uid ?? (0, review_context_1.derivedUid)(r.name);
            return { name: r.name, uid, gid: uid, role: permit_2.PermitMemberRole.HDAB_STAFF };
        });
        (0, random_tls_1.ensureProvider)(this, 'random');
        const generated = users.map((u) => new random_tls_1.RandomPassword(this, `Password-${u.name}`, {
            length: ctx.passwordLength, special: true, overrideSpecial: '-_.+=@%', minLower: 2, minUpper: 2, minNumeric: 2, minSpecial: 1,
        }));
        // Only the bcrypt hashes reach the snippet and the VM; the passwords go to the gateway (sensitive).
        const refs = generated.map((g, i) => [(0, permit_1.passwordHashPlaceholder)(i + 1), g.getStringAttribute('bcrypt_hash')]);
        const config = (0, permit_1.desktopCloudConfig)({
            permitId: ctx.permitId,
            role: `release review of ${props.requestId}`,
            users,
            storageAddress: ctx.storageAddress,
            mounts: [],
            extra: { files: [], mounts: [(0, permit_1.reviewMount)(ctx.storageAddress, props.requestId)], runcmd: [] },
        });
        const vm = ctx.addMachine(this, 'release-review', {
            what: `release review of ${props.requestId}: accounts ${users.map((u) => u.name).join(', ')}; mounts requests/${props.requestId} of the release area read-only at ${permit_1.REVIEW_MOUNT}`,
            userData: (0, permit_1.withReferences)(config, refs),
            userDataHashInput: config,
            host: planned.hostNumber,
            vmIdOffset: review_context_1.FIRST_REVIEW_VM_ID_OFFSET + planned.hostNumber - review_context_1.FIRST_REVIEW_HOST,
            name: this.vmName,
        });
        this.vm = vm;
        (0, support_1.addFirewall)(this, {
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
exports.ProxmoxReleaseReview = ProxmoxReleaseReview;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicHJveG1veC1yZWxlYXNlLXJldmlldy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uL3NyYy9jb25zdHJ1Y3RzL3Byb3htb3gvcHJveG1veC1yZWxlYXNlLXJldmlldy50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7QUFBQSwyQ0FBdUM7QUFDdkMsNkNBQTBIO0FBQzFILDZEQUFxSTtBQUNySSwrQ0FBZ0Q7QUFFaEQsMkRBQTREO0FBQzVELG9EQUFzRjtBQUN0RiwwREFBMkU7QUFFM0Usd0RBQXlFO0FBcUN6RSxNQUFNLFFBQVEsR0FBRyxJQUFJLENBQUM7QUFFdEI7Ozs7Ozs7Ozs7Ozs7O0dBY0c7QUFDSCxNQUFhLG9CQUFxQixTQUFRLHNCQUFTO0lBQ2pELHFCQUFxQjtJQUNMLEVBQUUsQ0FBb0I7SUFDdEMscUNBQXFDO0lBQ3JCLE9BQU8sQ0FBUztJQUNoQyxzRUFBc0U7SUFDdEQsTUFBTSxDQUFTO0lBQy9CLHdFQUF3RTtJQUN4RCxXQUFXLENBQW1DO0lBRTlELFlBQVksS0FBZ0IsRUFBRSxFQUFVLEVBQUUsS0FBZ0M7UUFDeEUsS0FBSyxDQUFDLEtBQUssRUFBRSxFQUFFLENBQUMsQ0FBQztRQUNqQixJQUFBLDZCQUFlLEVBQUMsSUFBSSxFQUFFLDJCQUEyQixFQUFFLEtBQUssQ0FBQyxDQUFDO1FBQzFELE1BQU0sUUFBUSxHQUFHLEVBQUUsSUFBSSxFQUFFLGFBQWEsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDO1FBQ3pELE1BQU0sR0FBRyxHQUFHLElBQUEsZ0NBQWUsRUFBQyxLQUFLLENBQUMsV0FBVyxDQUFDLENBQUM7UUFDL0MsSUFBSSxDQUFDLEdBQUcsRUFBRSxDQUFDO1lBQ1QsSUFBQSxZQUFJLEVBQUM7Z0JBQ0gsSUFBSSxFQUFFLDZCQUE2QjtnQkFDbkMsS0FBSyxFQUFFLGFBQWE7Z0JBQ3BCLEtBQUssRUFBRSxLQUFLLENBQUMsV0FBVyxDQUFDLElBQUksQ0FBQyxNQUFNO2dCQUNwQyxRQUFRO2dCQUNSLE9BQU8sRUFBRSxtR0FBbUc7Z0JBQzVHLEdBQUcsRUFBRSx5REFBeUQ7YUFDL0QsQ0FBQyxDQUFDO1FBQ0wsQ0FBQztRQUNELE1BQU0sT0FBTyxHQUFHLEdBQUcsQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQyxTQUFTLENBQUMsQ0FBQztRQUN6RSxJQUFJLENBQUMsT0FBTyxFQUFFLENBQUM7WUFDYixJQUFBLFlBQUksRUFBQztnQkFDSCxJQUFJLEVBQUUscUJBQXFCO2dCQUMzQixLQUFLLEVBQUUsV0FBVztnQkFDbEIsS0FBSyxFQUFFLEtBQUssQ0FBQyxTQUFTO2dCQUN0QixRQUFRO2dCQUNSLE9BQU8sRUFBRSxxR0FBcUc7Z0JBQzlHLEdBQUcsRUFBRSxxQkFBcUIsS0FBSyxDQUFDLFNBQVMsMkRBQTJEO2FBQ3JHLENBQUMsQ0FBQztRQUNMLENBQUM7UUFDRCxNQUFNLFNBQVMsR0FBRyxLQUFLLENBQUMsU0FBUyxJQUFJLE9BQU8sQ0FBQyxTQUFTLENBQUM7UUFDdkQsTUFBTSxRQUFRLEdBQUcsSUFBQSwrQkFBYyxFQUFDLEVBQUUsRUFBRSxLQUFLLENBQUMsU0FBUyxFQUFFLFNBQVMsRUFBRSxHQUFHLENBQUMsV0FBVyxFQUFFLFFBQVEsQ0FBQyxDQUFDO1FBQzNGLElBQUksUUFBUSxDQUFDLE1BQU07WUFBRSxNQUFNLElBQUksMkJBQW1CLENBQUMsUUFBUSxFQUFFLFFBQVEsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxLQUFLLFFBQVEsQ0FBQyxNQUFNLGlDQUFpQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQztRQUN2SyxHQUFHLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxTQUFTLEVBQUUsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUUzQyxJQUFJLENBQUMsT0FBTyxHQUFHLE9BQU8sQ0FBQyxPQUFPLENBQUM7UUFDL0IsSUFBSSxDQUFDLE1BQU0sR0FBRyxHQUFHLEdBQUcsQ0FBQyxRQUFRLFdBQVcsT0FBTyxDQUFDLFVBQVUsRUFBRSxDQUFDO1FBQzdELE1BQU0sS0FBSyxHQUFrQixTQUFTLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUU7WUFDL0MsTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDLEdBQUcsSUFBSSxJQUFBLDJCQUFVLEVBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO1lBQ3hDLE9BQU8sRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxJQUFJLEVBQUUseUJBQWdCLENBQUMsVUFBVSxFQUFFLENBQUM7UUFDNUUsQ0FBQyxDQUFDLENBQUM7UUFDSCxJQUFBLDJCQUFjLEVBQUMsSUFBSSxFQUFFLFFBQVEsQ0FBQyxDQUFDO1FBQy9CLE1BQU0sU0FBUyxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUksMkJBQWMsQ0FBQyxJQUFJLEVBQUUsWUFBWSxDQUFDLENBQUMsSUFBSSxFQUFFLEVBQUU7WUFDaEYsTUFBTSxFQUFFLEdBQUcsQ0FBQyxjQUFjLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxlQUFlLEVBQUUsU0FBUyxFQUFFLFFBQVEsRUFBRSxDQUFDLEVBQUUsUUFBUSxFQUFFLENBQUMsRUFBRSxVQUFVLEVBQUUsQ0FBQyxFQUFFLFVBQVUsRUFBRSxDQUFDO1NBQzlILENBQUMsQ0FBQyxDQUFDO1FBQ0osb0dBQW9HO1FBQ3BHLE1BQU0sSUFBSSxHQUE0QixTQUFTLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxJQUFBLGdDQUF1QixFQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsa0JBQWtCLENBQUMsYUFBYSxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3JJLE1BQU0sTUFBTSxHQUFHLElBQUEsMkJBQWtCLEVBQUM7WUFDaEMsUUFBUSxFQUFFLEdBQUcsQ0FBQyxRQUFRO1lBQ3RCLElBQUksRUFBRSxxQkFBcUIsS0FBSyxDQUFDLFNBQVMsRUFBRTtZQUM1QyxLQUFLO1lBQ0wsY0FBYyxFQUFFLEdBQUcsQ0FBQyxjQUFjO1lBQ2xDLE1BQU0sRUFBRSxFQUFFO1lBQ1YsS0FBSyxFQUFFLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxNQUFNLEVBQUUsQ0FBQyxJQUFBLG9CQUFXLEVBQUMsR0FBRyxDQUFDLGNBQWMsRUFBRSxLQUFLLENBQUMsU0FBUyxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsRUFBRSxFQUFFO1NBQzdGLENBQUMsQ0FBQztRQUNILE1BQU0sRUFBRSxHQUFHLEdBQUcsQ0FBQyxVQUFVLENBQUMsSUFBSSxFQUFFLGdCQUFnQixFQUFFO1lBQ2hELElBQUksRUFBRSxxQkFBcUIsS0FBSyxDQUFDLFNBQVMsY0FBYyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxxQkFBcUIsS0FBSyxDQUFDLFNBQVMscUNBQXFDLHFCQUFZLEVBQUU7WUFDbEwsUUFBUSxFQUFFLElBQUEsdUJBQWMsRUFBQyxNQUFNLEVBQUUsSUFBSSxDQUFDO1lBQ3RDLGlCQUFpQixFQUFFLE1BQU07WUFDekIsSUFBSSxFQUFFLE9BQU8sQ0FBQyxVQUFVO1lBQ3hCLFVBQVUsRUFBRSwwQ0FBeUIsR0FBRyxPQUFPLENBQUMsVUFBVSxHQUFHLGtDQUFpQjtZQUM5RSxJQUFJLEVBQUUsSUFBSSxDQUFDLE1BQU07U0FDbEIsQ0FBQyxDQUFDO1FBQ0gsSUFBSSxDQUFDLEVBQUUsR0FBRyxFQUFFLENBQUM7UUFDYixJQUFBLHFCQUFXLEVBQUMsSUFBSSxFQUFFO1lBQ2hCLFFBQVEsRUFBRSxHQUFHLENBQUMsUUFBUTtZQUN0QixJQUFJLEVBQUUsRUFBRSxDQUFDLElBQUk7WUFDYixZQUFZLEVBQUUsTUFBTTtZQUNwQixRQUFRLEVBQUUsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDO1lBQ3hCLElBQUksRUFBRSxLQUFLO1lBQ1gsTUFBTSxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsYUFBYSxFQUFFLE9BQU8sRUFBRSw0QkFBNEIsRUFBRSxLQUFLLEVBQUUsR0FBRyxDQUFDLFlBQVksRUFBRSxDQUFDO1lBQ2pHLEtBQUssRUFBRTtnQkFDTCxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsTUFBTSxDQUFDLFFBQVEsQ0FBQyxFQUFFLE1BQU0sRUFBRSxjQUFjLEVBQUUsT0FBTyxFQUFFLDBDQUEwQyxFQUFFO2dCQUNsSSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxHQUFHLENBQUMsY0FBYyxFQUFFLE9BQU8sRUFBRSxnREFBZ0QsS0FBSyxDQUFDLFNBQVMsaUNBQWlDLEVBQUU7YUFDbEw7WUFDRCxLQUFLLEVBQUUsRUFBRTtZQUNULElBQUksRUFBRSxVQUFVLEdBQUcsQ0FBQyxRQUFRLHNCQUFzQixLQUFLLENBQUMsU0FBUyxFQUFFO1lBQ25FLFNBQVMsRUFBRSxFQUFFO1NBQ2QsQ0FBQyxDQUFDO1FBQ0gsSUFBSSxDQUFDLFdBQVcsR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQztZQUN0QyxTQUFTLEVBQUUsS0FBSyxDQUFDLFNBQVMsRUFBRSxJQUFJLEVBQUUsSUFBSSxDQUFDLE9BQU8sRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLFFBQVEsRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLFFBQVEsRUFBRSxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTTtTQUNoSCxDQUFDLENBQUMsQ0FBQztJQUNOLENBQUM7Q0FDRjtBQXpGRCxvREF5RkMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgeyBDb25zdHJ1Y3QgfSBmcm9tICdjb25zdHJ1Y3RzJztcbmltcG9ydCB7IGRlc2t0b3BDbG91ZENvbmZpZywgcGFzc3dvcmRIYXNoUGxhY2Vob2xkZXIsIFJFVklFV19NT1VOVCwgcmV2aWV3TW91bnQsIHdpdGhSZWZlcmVuY2VzIH0gZnJvbSAnLi9wcml2YXRlL3Blcm1pdCc7XG5pbXBvcnQgeyBkZXJpdmVkVWlkLCBGSVJTVF9SRVZJRVdfSE9TVCwgRklSU1RfUkVWSUVXX1ZNX0lEX09GRlNFVCwgcmV2aWV3Q29udGV4dE9mLCByZXZpZXdQcm9ibGVtcyB9IGZyb20gJy4vcHJpdmF0ZS9yZXZpZXctY29udGV4dCc7XG5pbXBvcnQgeyBhZGRGaXJld2FsbCB9IGZyb20gJy4vcHJpdmF0ZS9zdXBwb3J0JztcbmltcG9ydCB7IFByb3htb3hQZXJtaXRFbnZpcm9ubWVudCB9IGZyb20gJy4vcHJveG1veC1wZXJtaXQtZW52aXJvbm1lbnQnO1xuaW1wb3J0IHsgY2hlY2tLbm93blByb3BzIH0gZnJvbSAnLi4vLi4vcHJpdmF0ZS9rbm93bi1wcm9wcyc7XG5pbXBvcnQgeyBQZXJtaXRNZW1iZXIsIFBlcm1pdE1lbWJlclJvbGUsIFBsYW5uZWRVc2VyIH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9wZXJtaXQnO1xuaW1wb3J0IHsgZmFpbCwgV29ya3NwYWNlSW5wdXRFcnJvciB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9lcnJvcic7XG5pbXBvcnQgeyBUZXJyYWZvcm1SZXNvdXJjZSB9IGZyb20gJy4uL3RlcnJhZm9ybS9jZGt0Zic7XG5pbXBvcnQgeyBlbnN1cmVQcm92aWRlciwgUmFuZG9tUGFzc3dvcmQgfSBmcm9tICcuLi90ZXJyYWZvcm0vcmFuZG9tLXRscyc7XG5cbi8qKlxuICogUHJvcGVydGllcyBvZiBhIFByb3htb3hSZWxlYXNlUmV2aWV3LlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFByb3htb3hSZWxlYXNlUmV2aWV3UHJvcHMge1xuICAvKipcbiAgICogVGhlIHBlcm1pdCBlbnZpcm9ubWVudCB3aG9zZSBzdG9yYWdlIHNlcnZlciBob2xkcyB0aGUgcmVsZWFzZSBhcmVhLiBJdHMgYHJlbGVhc2VSZXZpZXdzYFxuICAgKiBtdXN0IGxpc3QgdGhlIHJlcXVlc3Q6IHRoZSBzdG9yYWdlIHNlcnZlciBleHBvcnRzIHRoZSBzbmFwc2hvdCB0byB0aGUgcmV2aWV3IFZNJ3MgYWRkcmVzcy5cbiAgICovXG4gIHJlYWRvbmx5IGVudmlyb25tZW50OiBQcm94bW94UGVybWl0RW52aXJvbm1lbnQ7XG4gIC8qKiBUaGUgcmVsZWFzZSByZXF1ZXN0IHRvIHJldmlldyAoaXRzIHNuYXBzaG90IGlzIGByZXF1ZXN0cy88aWQ+L2Agb2YgdGhlIHJlbGVhc2UgYXJlYSkuICovXG4gIHJlYWRvbmx5IHJlcXVlc3RJZDogc3RyaW5nO1xuICAvKipcbiAgICogVGhlIHJldmlld2VycyAob3V0cHV0IGNoZWNrZXJzKTogYXQgbGVhc3QgdHdvIGRpZmZlcmVudCBwZW9wbGUsIG5vbmUgYSByZXNlYXJjaGVyIG9mIHRoZVxuICAgKiBwZXJtaXQ7IGVhY2ggZ2V0cyBhbiBhY2NvdW50IG9uIHRoZSByZXZpZXcgVk0uXG4gICAqIEBkZWZhdWx0IC0gdGhlIHJldmlld2VycyBvZiB0aGUgcmVxdWVzdCdzIGByZWxlYXNlUmV2aWV3c2AgZW50cnlcbiAgICovXG4gIHJlYWRvbmx5IHJldmlld2Vycz86IFBlcm1pdE1lbWJlcltdO1xufVxuXG4vKipcbiAqIEEgcmVtb3RlLWRlc2t0b3AgY29ubmVjdGlvbiB0byBvbmUgcmV2aWV3ZXIncyBhY2NvdW50IG9uIGEgcmV2aWV3IFZNLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFByb3htb3hSZWxlYXNlUmV2aWV3Q29ubmVjdGlvbiB7XG4gIC8qKiBUaGUgcmVxdWVzdCB1bmRlciByZXZpZXcuICovXG4gIHJlYWRvbmx5IHJlcXVlc3RJZDogc3RyaW5nO1xuICAvKiogVGhlIHJldmlldyBWTSdzIGZpeGVkIElQIGFkZHJlc3MuICovXG4gIHJlYWRvbmx5IGhvc3Q6IHN0cmluZztcbiAgLyoqIFRDUCBwb3J0IChSRFApLiAqL1xuICByZWFkb25seSBwb3J0OiBudW1iZXI7XG4gIC8qKiBMb2dpbiBuYW1lLiAqL1xuICByZWFkb25seSB1c2VybmFtZTogc3RyaW5nO1xuICAvKiogVGhlIGdlbmVyYXRlZCBwYXNzd29yZDogYSBUZXJyYWZvcm0gcmVmZXJlbmNlIHRvIGByYW5kb21fcGFzc3dvcmQucmVzdWx0YCAoc2Vuc2l0aXZlKS4gKi9cbiAgcmVhZG9ubHkgcGFzc3dvcmQ6IHN0cmluZztcbn1cblxuY29uc3QgUkRQX1BPUlQgPSAzMzg5O1xuXG4vKipcbiAqIEEgcmVhZC1vbmx5IHJldmlldyBWTSBmb3Igb25lIHJlbGVhc2UgcmVxdWVzdCBvbiBQcm94bW94IFZFOiBhIGRlc2t0b3AgKHhyZHApIFZNIGxpa2UgdGhlXG4gKiBwZXJtaXQncyBkZXNrdG9wIHdvcmtzcGFjZXMgKHNhbWUgaW1hZ2UsIHNpemUgYW5kIGFjY291bnQgc2V0LXVwLCB0aGUgcGVybWl0J3MgcG9vbCBhbmRcbiAqIG5ldHdvcmspLCB3aXRoIGFuIGFjY291bnQgcGVyIHJldmlld2VyIChnZW5lcmF0ZWQgcGFzc3dvcmRzOyBvbmx5IHRoZWlyIGJjcnlwdCBoYXNoZXMgcmVhY2hcbiAqIHRoZSBWTSksIHRoYXQgbW91bnRzIG9ubHkgYHJlcXVlc3RzLzxpZD5gIG9mIHRoZSByZWxlYXNlIGFyZWEsIHJlYWQtb25seSwgYXQgYC9yZXZpZXdgLlxuICpcbiAqIC0gVGhlIHN0b3JhZ2Ugc2VydmVyIGV4cG9ydHMgdGhhdCBvbmUgZm9sZGVyIHRvIHRoZSByZXZpZXcgVk0ncyBhZGRyZXNzIG9ubHksIGByb2AsXG4gKiAgIGBhbGxfc3F1YXNoYCwgYHN1YnRyZWVfY2hlY2tgIChgUHJveG1veFBlcm1pdEVudmlyb25tZW50YCdzIGByZWxlYXNlUmV2aWV3c2ApLlxuICogLSBJdHMgUHJveG1veCBmaXJld2FsbDogaW5ib3VuZCBwb2xpY3kgRFJPUCB3aXRoIFJEUCBvbmx5IGZyb20gdGhlIGdhdGV3YXkncyBuZXR3b3Jrczsgb3V0Ym91bmRcbiAqICAgcG9saWN5IERST1Agd2l0aCBORlMgdG8gdGhlIHN0b3JhZ2Ugc2VydmVyIGFzIHRoZSBvbmx5IHJ1bGUgKG5vIEROUywgbm8gcHJveHksIG5vIGludGVybmV0KTtcbiAqICAgSVAgYW5kIE1BQyBmaWx0ZXJpbmcsIHNvIGl0IGNhbm5vdCBzZW5kIGZyb20gYW5vdGhlciBtYWNoaW5lJ3MgYWRkcmVzcy5cbiAqXG4gKiBGaWxlcyBsZWF2ZSBvbmx5IHRocm91Z2ggdGhlIHJlbGVhc2U7IHdoYXQgdGhlIGdhdGV3YXkgbGV0cyB0aHJvdWdoIChjbGlwYm9hcmQsIGRyaXZlXG4gKiByZWRpcmVjdGlvbikgaXMgdGhlIGdhdGV3YXkncyB0byBzd2l0Y2ggb2ZmLlxuICovXG5leHBvcnQgY2xhc3MgUHJveG1veFJlbGVhc2VSZXZpZXcgZXh0ZW5kcyBDb25zdHJ1Y3Qge1xuICAvKiogVGhlIHJldmlldyBWTS4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHZtOiBUZXJyYWZvcm1SZXNvdXJjZTtcbiAgLyoqIFRoZSByZXZpZXcgVk0ncyBmaXhlZCBhZGRyZXNzLiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgYWRkcmVzczogc3RyaW5nO1xuICAvKiogUHJveG1veCBuYW1lIG9mIHRoZSByZXZpZXcgVk06IGA8cGVybWl0Pi1yZXZpZXctPGhvc3QgbnVtYmVyPmAuICovXG4gIHB1YmxpYyByZWFkb25seSB2bU5hbWU6IHN0cmluZztcbiAgLyoqIE9uZSBjb25uZWN0aW9uIHBlciByZXZpZXdlciAocGFzc3dvcmRzIGFyZSBzZW5zaXRpdmUgcmVmZXJlbmNlcykuICovXG4gIHB1YmxpYyByZWFkb25seSBjb25uZWN0aW9uczogUHJveG1veFJlbGVhc2VSZXZpZXdDb25uZWN0aW9uW107XG5cbiAgY29uc3RydWN0b3Ioc2NvcGU6IENvbnN0cnVjdCwgaWQ6IHN0cmluZywgcHJvcHM6IFByb3htb3hSZWxlYXNlUmV2aWV3UHJvcHMpIHtcbiAgICBzdXBlcihzY29wZSwgaWQpO1xuICAgIGNoZWNrS25vd25Qcm9wcyh0aGlzLCAnUHJveG1veFJlbGVhc2VSZXZpZXdQcm9wcycsIHByb3BzKTtcbiAgICBjb25zdCBsb2NhdGlvbiA9IHsgZmlsZTogYGNvbnN0cnVjdCAke3RoaXMubm9kZS5wYXRofWAgfTtcbiAgICBjb25zdCBjdHggPSByZXZpZXdDb250ZXh0T2YocHJvcHMuZW52aXJvbm1lbnQpO1xuICAgIGlmICghY3R4KSB7XG4gICAgICBmYWlsKHtcbiAgICAgICAgY29kZTogJ3Jldmlldy13aXRob3V0LXJlbGVhc2UtYXJlYScsXG4gICAgICAgIGZpZWxkOiAnZW52aXJvbm1lbnQnLFxuICAgICAgICB2YWx1ZTogcHJvcHMuZW52aXJvbm1lbnQucGxhbi5zdGF0dXMsXG4gICAgICAgIGxvY2F0aW9uLFxuICAgICAgICBtZXNzYWdlOiAndGhpcyBwZXJtaXQgZW52aXJvbm1lbnQgaGFzIG5vIHN0b3JhZ2Ugc2VydmVyIGluIGl0cyBwaGFzZSwgc28gdGhlcmUgaXMgbm8gcmVsZWFzZSBhcmVhIHRvIHJldmlldycsXG4gICAgICAgIGZpeDogJ3JldmlldyBpbiBBTkFMWVNJU19BQ1RJVkUsIEFOQUxZU0lTX1NUT1BQRUQgb3IgQVJDSElWRUQnLFxuICAgICAgfSk7XG4gICAgfVxuICAgIGNvbnN0IHBsYW5uZWQgPSBjdHgucmV2aWV3cy5maW5kKChyKSA9PiByLnJlcXVlc3RJZCA9PT0gcHJvcHMucmVxdWVzdElkKTtcbiAgICBpZiAoIXBsYW5uZWQpIHtcbiAgICAgIGZhaWwoe1xuICAgICAgICBjb2RlOiAncmV2aWV3LW5vdC1leHBvcnRlZCcsXG4gICAgICAgIGZpZWxkOiAncmVxdWVzdElkJyxcbiAgICAgICAgdmFsdWU6IHByb3BzLnJlcXVlc3RJZCxcbiAgICAgICAgbG9jYXRpb24sXG4gICAgICAgIG1lc3NhZ2U6ICd0aGUgcGVybWl0IGVudmlyb25tZW50IGRvZXMgbm90IGV4cG9ydCB0aGlzIHJlcXVlc3RcXCdzIHNuYXBzaG90IChpdHMgcmVsZWFzZVJldmlld3MgZG8gbm90IGxpc3QgaXQpJyxcbiAgICAgICAgZml4OiBgYWRkIHsgcmVxdWVzdElkOiAnJHtwcm9wcy5yZXF1ZXN0SWR9JywgcmV2aWV3ZXJzOiBbLi4uXSB9IHRvIHRoZSBlbnZpcm9ubWVudCdzIHJlbGVhc2VSZXZpZXdzYCxcbiAgICAgIH0pO1xuICAgIH1cbiAgICBjb25zdCByZXZpZXdlcnMgPSBwcm9wcy5yZXZpZXdlcnMgPz8gcGxhbm5lZC5yZXZpZXdlcnM7XG4gICAgY29uc3QgcHJvYmxlbXMgPSByZXZpZXdQcm9ibGVtcygnJywgcHJvcHMucmVxdWVzdElkLCByZXZpZXdlcnMsIGN0eC5yZXNlYXJjaGVycywgbG9jYXRpb24pO1xuICAgIGlmIChwcm9ibGVtcy5sZW5ndGgpIHRocm93IG5ldyBXb3Jrc3BhY2VJbnB1dEVycm9yKHByb2JsZW1zLCBwcm9ibGVtcy5sZW5ndGggPiAxID8gYCR7dGhpcy5ub2RlLnBhdGh9OiAke3Byb2JsZW1zLmxlbmd0aH0gcHJvYmxlbXMgaW4gdGhlIHJlbGVhc2UgcmV2aWV3YCA6IHVuZGVmaW5lZCk7XG4gICAgY3R4LmNsYWltKHByb3BzLnJlcXVlc3RJZCwgdGhpcy5ub2RlLnBhdGgpO1xuXG4gICAgdGhpcy5hZGRyZXNzID0gcGxhbm5lZC5hZGRyZXNzO1xuICAgIHRoaXMudm1OYW1lID0gYCR7Y3R4LnBlcm1pdElkfS1yZXZpZXctJHtwbGFubmVkLmhvc3ROdW1iZXJ9YDtcbiAgICBjb25zdCB1c2VyczogUGxhbm5lZFVzZXJbXSA9IHJldmlld2Vycy5tYXAoKHIpID0+IHtcbiAgICAgIGNvbnN0IHVpZCA9IHIudWlkID8/IGRlcml2ZWRVaWQoci5uYW1lKTtcbiAgICAgIHJldHVybiB7IG5hbWU6IHIubmFtZSwgdWlkLCBnaWQ6IHVpZCwgcm9sZTogUGVybWl0TWVtYmVyUm9sZS5IREFCX1NUQUZGIH07XG4gICAgfSk7XG4gICAgZW5zdXJlUHJvdmlkZXIodGhpcywgJ3JhbmRvbScpO1xuICAgIGNvbnN0IGdlbmVyYXRlZCA9IHVzZXJzLm1hcCgodSkgPT4gbmV3IFJhbmRvbVBhc3N3b3JkKHRoaXMsIGBQYXNzd29yZC0ke3UubmFtZX1gLCB7XG4gICAgICBsZW5ndGg6IGN0eC5wYXNzd29yZExlbmd0aCwgc3BlY2lhbDogdHJ1ZSwgb3ZlcnJpZGVTcGVjaWFsOiAnLV8uKz1AJScsIG1pbkxvd2VyOiAyLCBtaW5VcHBlcjogMiwgbWluTnVtZXJpYzogMiwgbWluU3BlY2lhbDogMSxcbiAgICB9KSk7XG4gICAgLy8gT25seSB0aGUgYmNyeXB0IGhhc2hlcyByZWFjaCB0aGUgc25pcHBldCBhbmQgdGhlIFZNOyB0aGUgcGFzc3dvcmRzIGdvIHRvIHRoZSBnYXRld2F5IChzZW5zaXRpdmUpLlxuICAgIGNvbnN0IHJlZnM6IEFycmF5PFtzdHJpbmcsIHN0cmluZ10+ID0gZ2VuZXJhdGVkLm1hcCgoZywgaSkgPT4gW3Bhc3N3b3JkSGFzaFBsYWNlaG9sZGVyKGkgKyAxKSwgZy5nZXRTdHJpbmdBdHRyaWJ1dGUoJ2JjcnlwdF9oYXNoJyldKTtcbiAgICBjb25zdCBjb25maWcgPSBkZXNrdG9wQ2xvdWRDb25maWcoe1xuICAgICAgcGVybWl0SWQ6IGN0eC5wZXJtaXRJZCxcbiAgICAgIHJvbGU6IGByZWxlYXNlIHJldmlldyBvZiAke3Byb3BzLnJlcXVlc3RJZH1gLFxuICAgICAgdXNlcnMsXG4gICAgICBzdG9yYWdlQWRkcmVzczogY3R4LnN0b3JhZ2VBZGRyZXNzLFxuICAgICAgbW91bnRzOiBbXSxcbiAgICAgIGV4dHJhOiB7IGZpbGVzOiBbXSwgbW91bnRzOiBbcmV2aWV3TW91bnQoY3R4LnN0b3JhZ2VBZGRyZXNzLCBwcm9wcy5yZXF1ZXN0SWQpXSwgcnVuY21kOiBbXSB9LFxuICAgIH0pO1xuICAgIGNvbnN0IHZtID0gY3R4LmFkZE1hY2hpbmUodGhpcywgJ3JlbGVhc2UtcmV2aWV3Jywge1xuICAgICAgd2hhdDogYHJlbGVhc2UgcmV2aWV3IG9mICR7cHJvcHMucmVxdWVzdElkfTogYWNjb3VudHMgJHt1c2Vycy5tYXAoKHUpID0+IHUubmFtZSkuam9pbignLCAnKX07IG1vdW50cyByZXF1ZXN0cy8ke3Byb3BzLnJlcXVlc3RJZH0gb2YgdGhlIHJlbGVhc2UgYXJlYSByZWFkLW9ubHkgYXQgJHtSRVZJRVdfTU9VTlR9YCxcbiAgICAgIHVzZXJEYXRhOiB3aXRoUmVmZXJlbmNlcyhjb25maWcsIHJlZnMpLFxuICAgICAgdXNlckRhdGFIYXNoSW5wdXQ6IGNvbmZpZyxcbiAgICAgIGhvc3Q6IHBsYW5uZWQuaG9zdE51bWJlcixcbiAgICAgIHZtSWRPZmZzZXQ6IEZJUlNUX1JFVklFV19WTV9JRF9PRkZTRVQgKyBwbGFubmVkLmhvc3ROdW1iZXIgLSBGSVJTVF9SRVZJRVdfSE9TVCxcbiAgICAgIG5hbWU6IHRoaXMudm1OYW1lLFxuICAgIH0pO1xuICAgIHRoaXMudm0gPSB2bTtcbiAgICBhZGRGaXJld2FsbCh0aGlzLCB7XG4gICAgICBub2RlTmFtZTogY3R4Lm5vZGVOYW1lLFxuICAgICAgdm1JZDogdm0udm1JZCxcbiAgICAgIG91dHB1dFBvbGljeTogJ0RST1AnLFxuICAgICAgaXBGaWx0ZXI6IFt0aGlzLmFkZHJlc3NdLFxuICAgICAgZGhjcDogZmFsc2UsXG4gICAgICBpcFNldHM6IFt7IG5hbWU6ICdyd3MtZ2F0ZXdheScsIGNvbW1lbnQ6ICdUaGUgcmVtb3RlLWRlc2t0b3AgZ2F0ZXdheScsIGNpZHJzOiBjdHguZ2F0ZXdheUNpZHJzIH1dLFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAgeyB0eXBlOiAnaW4nLCBwcm90bzogJ3RjcCcsIGRwb3J0OiBTdHJpbmcoUkRQX1BPUlQpLCBzb3VyY2U6ICcrcndzLWdhdGV3YXknLCBjb21tZW50OiAnUkRQIGZyb20gdGhlIHJlbW90ZS1kZXNrdG9wIGdhdGV3YXkgb25seScgfSxcbiAgICAgICAgeyB0eXBlOiAnb3V0JywgcHJvdG86ICd0Y3AnLCBkcG9ydDogJzIwNDknLCBkZXN0OiBjdHguc3RvcmFnZUFkZHJlc3MsIGNvbW1lbnQ6IGBORlMgdG8gdGhlIHBlcm1pdCdzIHN0b3JhZ2Ugc2VydmVyOiByZXF1ZXN0cy8ke3Byb3BzLnJlcXVlc3RJZH0gb2YgdGhlIHJlbGVhc2UgYXJlYSwgcmVhZC1vbmx5YCB9LFxuICAgICAgXSxcbiAgICAgIGd1ZXN0OiB2bSxcbiAgICAgIHdoYXQ6IGBwZXJtaXQgJHtjdHgucGVybWl0SWR9IHJlbGVhc2UgcmV2aWV3IG9mICR7cHJvcHMucmVxdWVzdElkfWAsXG4gICAgICByZXNvbHZlcnM6IFtdLFxuICAgIH0pO1xuICAgIHRoaXMuY29ubmVjdGlvbnMgPSB1c2Vycy5tYXAoKHUsIGkpID0+ICh7XG4gICAgICByZXF1ZXN0SWQ6IHByb3BzLnJlcXVlc3RJZCwgaG9zdDogdGhpcy5hZGRyZXNzLCBwb3J0OiBSRFBfUE9SVCwgdXNlcm5hbWU6IHUubmFtZSwgcGFzc3dvcmQ6IGdlbmVyYXRlZFtpXS5yZXN1bHQsXG4gICAgfSkpO1xuICB9XG59XG4iXX0=