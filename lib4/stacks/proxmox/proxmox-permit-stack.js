"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProxmoxPermitStack = void 0;
const support_1 = require("../../constructs/proxmox/private/support");
const proxmox_permit_environment_1 = require("../../constructs/proxmox/proxmox-permit-environment");
const proxmox_release_review_1 = require("../../constructs/proxmox/proxmox-release-review");
const cdktf_1 = require("../../constructs/terraform/cdktf");
const egress_audit_hooks_1 = require("../../constructs/terraform/egress-audit-hooks");
const permit_audit_writer_1 = require("../../constructs/terraform/permit-audit-writer");
const permit_outputs_1 = require("../../constructs/terraform/permit-outputs");
const prepare_1 = require("../../constructs/terraform/prepare");
const state_backend_1 = require("../../constructs/terraform/state-backend");
const token_traces_1 = require("../../constructs/terraform/token-traces");
const known_props_1 = require("../../private/known-props");
const permit_stack_name_1 = require("../../private/permit-stack-name");
const permit_1 = require("../../workspaces/permit");
/**
 * A permit's Terraform stack on Proxmox VE, named `permit-<id>`: the bpg/proxmox provider
 * (configured by variables), the `ProxmoxPermitEnvironment` of the permit's current phase,
 * the outputs a Guacamole gateway needs, and an audit record (`audit.json`) written beside
 * `cdk.tf.json` at synthesis.
 *
 * A pipeline re-synthesizes the stack on every permit event (status, previous status, event
 * id) and runs `terraform apply` on it with the permit's state.
 *
 * Outputs: `permit_status`, `workspace_status` (role -> running/stopped), `addresses` (machine
 * -> IP), `workspaces` (role -> protocol, host, port, state, usernames), `connections`
 * (sensitive: one entry per account with its password), and while the airlock exists
 * `airlock_host_key_fingerprint`.
 */
class ProxmoxPermitStack extends cdktf_1.TerraformStack {
    /** The stack name of a permit: `permit-<id>`. */
    static stackNameOf(permitId) {
        return (0, permit_stack_name_1.permitStackName)(permitId);
    }
    /** The plan of this phase. */
    plan;
    /** The permit's resources. */
    environment;
    /** The audit record written at synthesis (timestamp fixed when the stack is created). */
    auditRecord;
    /** The review VM of each of `releaseReviews`. */
    releaseReviews;
    /**
     * @param scope the app
     * @param id the stack name: must be `permit-<id>` (`ProxmoxPermitStack.stackNameOf(permit.id)`)
     * @param props the permit and the environment's options
     */
    constructor(scope, id, props) {
        super(scope, id);
        // cdktf's token stack traces are not formatted while the kit builds the stack (token-traces.ts).
        const traces = (0, token_traces_1.pauseTokenTraces)();
        try {
            (0, known_props_1.checkKnownProps)(this, 'ProxmoxPermitStackProps', props);
            (0, state_backend_1.applyStateBackend)(this, props.stateBackend);
            (0, egress_audit_hooks_1.addTerraformEgressAudit)(this, 'proxmox');
            const plan = permit_1.PermitLifecycle.plan(props.permit, props.registry);
            (0, permit_stack_name_1.checkPermitStackName)(id, plan.permitId, 'ProxmoxPermitStack', 'finds the same Terraform state', this.node.path);
            this.plan = plan;
            (0, support_1.proxmoxProviderWithVariables)(this, props.api ?? {});
            this.environment = new proxmox_permit_environment_1.ProxmoxPermitEnvironment(this, 'permit', (0, known_props_1.knownPropsOnly)('ProxmoxPermitEnvironmentProps', { ...props, plan }));
            const env = this.environment;
            (0, permit_outputs_1.addPermitConnectionOutputs)(this, plan, env.connections, env.airlockHostKeyFingerprint, () => {
                new cdktf_1.TerraformOutput(this, 'addresses', { value: env.addresses, description: 'Fixed address of every machine role of the permit' });
            });
            this.releaseReviews = (props.releaseReviews ?? []).map((r) => new proxmox_release_review_1.ProxmoxReleaseReview(this, `review-${r.requestId}`, { environment: env, requestId: r.requestId }));
            if (this.releaseReviews.length) {
                new cdktf_1.TerraformOutput(this, 'release_review_connections', {
                    value: this.releaseReviews.flatMap((r) => r.connections),
                    sensitive: true,
                    description: 'One RDP connection per reviewer of each release review VM (with the password), for the remote-desktop gateway',
                });
            }
            this.auditRecord = permit_1.PermitLifecycle.auditRecord(plan, 'proxmox', id, (0, support_1.proxmoxTag)(`event-${plan.eventId}`), props.auditTimestamp);
            (0, permit_audit_writer_1.writeAuditRecordOnSynth)(this, this.auditRecord);
        }
        finally {
            traces.resume();
        }
    }
    /**
     * cdktf's preparing pass before synthesis, resolving only the parts of the stack's
     * configuration that may hold tokens (the same effects, such as cross-stack references, for
     * a fraction of the time).
     */
    prepareStack() {
        (0, prepare_1.prepareStackTokens)(this);
    }
    /**
     * The stack's Terraform JSON as cdktf renders it, with only the parts that may hold tokens
     * resolved (the same JSON for a fraction of the time).
     */
    toTerraform() {
        return (0, prepare_1.renderStackTokens)(this);
    }
}
exports.ProxmoxPermitStack = ProxmoxPermitStack;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicHJveG1veC1wZXJtaXQtc3RhY2suanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvc3RhY2tzL3Byb3htb3gvcHJveG1veC1wZXJtaXQtc3RhY2sudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7O0FBQ0Esc0VBQW9HO0FBRXBHLG9HQUFxSDtBQUNySCw0RkFBdUY7QUFDdkYsNERBQW1GO0FBQ25GLHNGQUF3RjtBQUN4Rix3RkFBeUY7QUFDekYsOEVBQXVGO0FBQ3ZGLGdFQUEyRjtBQUMzRiw0RUFBNkU7QUFDN0UsMEVBQTJFO0FBQzNFLDJEQUE0RTtBQUM1RSx1RUFBd0Y7QUFDeEYsb0RBQXNHO0FBZ0N0Rzs7Ozs7Ozs7Ozs7OztHQWFHO0FBQ0gsTUFBYSxrQkFBbUIsU0FBUSxzQkFBYztJQUNwRCxpREFBaUQ7SUFDMUMsTUFBTSxDQUFDLFdBQVcsQ0FBQyxRQUFnQjtRQUN4QyxPQUFPLElBQUEsbUNBQWUsRUFBQyxRQUFRLENBQUMsQ0FBQztJQUNuQyxDQUFDO0lBRUQsOEJBQThCO0lBQ2QsSUFBSSxDQUFhO0lBQ2pDLDhCQUE4QjtJQUNkLFdBQVcsQ0FBMkI7SUFDdEQseUZBQXlGO0lBQ3pFLFdBQVcsQ0FBb0I7SUFDL0MsaURBQWlEO0lBQ2pDLGNBQWMsQ0FBeUI7SUFFdkQ7Ozs7T0FJRztJQUNILFlBQVksS0FBZ0IsRUFBRSxFQUFVLEVBQUUsS0FBOEI7UUFDdEUsS0FBSyxDQUFDLEtBQUssRUFBRSxFQUFFLENBQUMsQ0FBQztRQUNqQixpR0FBaUc7UUFDakcsTUFBTSxNQUFNLEdBQUcsSUFBQSwrQkFBZ0IsR0FBRSxDQUFDO1FBQ2xDLElBQUksQ0FBQztZQUNILElBQUEsNkJBQWUsRUFBQyxJQUFJLEVBQUUseUJBQXlCLEVBQUUsS0FBSyxDQUFDLENBQUM7WUFDeEQsSUFBQSxpQ0FBaUIsRUFBQyxJQUFJLEVBQUUsS0FBSyxDQUFDLFlBQVksQ0FBQyxDQUFDO1lBQzVDLElBQUEsNENBQXVCLEVBQUMsSUFBSSxFQUFFLFNBQVMsQ0FBQyxDQUFDO1lBQ3pDLE1BQU0sSUFBSSxHQUFHLHdCQUFlLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLFFBQVEsQ0FBQyxDQUFDO1lBQ2hFLElBQUEsd0NBQW9CLEVBQUMsRUFBRSxFQUFFLElBQUksQ0FBQyxRQUFRLEVBQUUsb0JBQW9CLEVBQUUsZ0NBQWdDLEVBQUUsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztZQUNoSCxJQUFJLENBQUMsSUFBSSxHQUFHLElBQUksQ0FBQztZQUNqQixJQUFBLHNDQUE0QixFQUFDLElBQUksRUFBRSxLQUFLLENBQUMsR0FBRyxJQUFJLEVBQUUsQ0FBQyxDQUFDO1lBQ3BELElBQUksQ0FBQyxXQUFXLEdBQUcsSUFBSSxxREFBd0IsQ0FBQyxJQUFJLEVBQUUsUUFBUSxFQUFFLElBQUEsNEJBQWMsRUFBQywrQkFBK0IsRUFBRSxFQUFFLEdBQUcsS0FBSyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQztZQUNySSxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsV0FBVyxDQUFDO1lBRTdCLElBQUEsMkNBQTBCLEVBQUMsSUFBSSxFQUFFLElBQUksRUFBRSxHQUFHLENBQUMsV0FBVyxFQUFFLEdBQUcsQ0FBQyx5QkFBeUIsRUFBRSxHQUFHLEVBQUU7Z0JBQzFGLElBQUksdUJBQWUsQ0FBQyxJQUFJLEVBQUUsV0FBVyxFQUFFLEVBQUUsS0FBSyxFQUFFLEdBQUcsQ0FBQyxTQUFTLEVBQUUsV0FBVyxFQUFFLG1EQUFtRCxFQUFFLENBQUMsQ0FBQztZQUNySSxDQUFDLENBQUMsQ0FBQztZQUNILElBQUksQ0FBQyxjQUFjLEdBQUcsQ0FBQyxLQUFLLENBQUMsY0FBYyxJQUFJLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsSUFBSSw2Q0FBb0IsQ0FBQyxJQUFJLEVBQUUsVUFBVSxDQUFDLENBQUMsU0FBUyxFQUFFLEVBQUUsRUFBRSxXQUFXLEVBQUUsR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUMsU0FBUyxFQUFFLENBQUMsQ0FBQyxDQUFDO1lBQ3JLLElBQUksSUFBSSxDQUFDLGNBQWMsQ0FBQyxNQUFNLEVBQUUsQ0FBQztnQkFDL0IsSUFBSSx1QkFBZSxDQUFDLElBQUksRUFBRSw0QkFBNEIsRUFBRTtvQkFDdEQsS0FBSyxFQUFFLElBQUksQ0FBQyxjQUFjLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsV0FBVyxDQUFDO29CQUN4RCxTQUFTLEVBQUUsSUFBSTtvQkFDZixXQUFXLEVBQUUsK0dBQStHO2lCQUM3SCxDQUFDLENBQUM7WUFDTCxDQUFDO1lBRUQsSUFBSSxDQUFDLFdBQVcsR0FBRyx3QkFBZSxDQUFDLFdBQVcsQ0FBQyxJQUFJLEVBQUUsU0FBUyxFQUFFLEVBQUUsRUFBRSxJQUFBLG9CQUFVLEVBQUMsU0FBUyxJQUFJLENBQUMsT0FBTyxFQUFFLENBQUMsRUFBRSxLQUFLLENBQUMsY0FBYyxDQUFDLENBQUM7WUFDL0gsSUFBQSw2Q0FBdUIsRUFBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLFdBQVcsQ0FBQyxDQUFDO1FBQ2xELENBQUM7Z0JBQVMsQ0FBQztZQUNULE1BQU0sQ0FBQyxNQUFNLEVBQUUsQ0FBQztRQUNsQixDQUFDO0lBQ0gsQ0FBQztJQUVEOzs7O09BSUc7SUFDSSxZQUFZO1FBQ2pCLElBQUEsNEJBQWtCLEVBQUMsSUFBSSxDQUFDLENBQUM7SUFDM0IsQ0FBQztJQUVEOzs7T0FHRztJQUNJLFdBQVc7UUFDaEIsT0FBTyxJQUFBLDJCQUFpQixFQUFDLElBQUksQ0FBQyxDQUFDO0lBQ2pDLENBQUM7Q0FDRjtBQXRFRCxnREFzRUMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgeyBDb25zdHJ1Y3QgfSBmcm9tICdjb25zdHJ1Y3RzJztcbmltcG9ydCB7IHByb3htb3hQcm92aWRlcldpdGhWYXJpYWJsZXMsIHByb3htb3hUYWcgfSBmcm9tICcuLi8uLi9jb25zdHJ1Y3RzL3Byb3htb3gvcHJpdmF0ZS9zdXBwb3J0JztcbmltcG9ydCB7IFByb3htb3hBcGlTZXR0aW5ncyB9IGZyb20gJy4uLy4uL2NvbnN0cnVjdHMvcHJveG1veC9wcm94bW94LWNsdXN0ZXInO1xuaW1wb3J0IHsgUHJveG1veFBlcm1pdEVudmlyb25tZW50LCBQcm94bW94UGVybWl0T3B0aW9ucyB9IGZyb20gJy4uLy4uL2NvbnN0cnVjdHMvcHJveG1veC9wcm94bW94LXBlcm1pdC1lbnZpcm9ubWVudCc7XG5pbXBvcnQgeyBQcm94bW94UmVsZWFzZVJldmlldyB9IGZyb20gJy4uLy4uL2NvbnN0cnVjdHMvcHJveG1veC9wcm94bW94LXJlbGVhc2UtcmV2aWV3JztcbmltcG9ydCB7IFRlcnJhZm9ybU91dHB1dCwgVGVycmFmb3JtU3RhY2sgfSBmcm9tICcuLi8uLi9jb25zdHJ1Y3RzL3RlcnJhZm9ybS9jZGt0Zic7XG5pbXBvcnQgeyBhZGRUZXJyYWZvcm1FZ3Jlc3NBdWRpdCB9IGZyb20gJy4uLy4uL2NvbnN0cnVjdHMvdGVycmFmb3JtL2VncmVzcy1hdWRpdC1ob29rcyc7XG5pbXBvcnQgeyB3cml0ZUF1ZGl0UmVjb3JkT25TeW50aCB9IGZyb20gJy4uLy4uL2NvbnN0cnVjdHMvdGVycmFmb3JtL3Blcm1pdC1hdWRpdC13cml0ZXInO1xuaW1wb3J0IHsgYWRkUGVybWl0Q29ubmVjdGlvbk91dHB1dHMgfSBmcm9tICcuLi8uLi9jb25zdHJ1Y3RzL3RlcnJhZm9ybS9wZXJtaXQtb3V0cHV0cyc7XG5pbXBvcnQgeyBwcmVwYXJlU3RhY2tUb2tlbnMsIHJlbmRlclN0YWNrVG9rZW5zIH0gZnJvbSAnLi4vLi4vY29uc3RydWN0cy90ZXJyYWZvcm0vcHJlcGFyZSc7XG5pbXBvcnQgeyBhcHBseVN0YXRlQmFja2VuZCB9IGZyb20gJy4uLy4uL2NvbnN0cnVjdHMvdGVycmFmb3JtL3N0YXRlLWJhY2tlbmQnO1xuaW1wb3J0IHsgcGF1c2VUb2tlblRyYWNlcyB9IGZyb20gJy4uLy4uL2NvbnN0cnVjdHMvdGVycmFmb3JtL3Rva2VuLXRyYWNlcyc7XG5pbXBvcnQgeyBjaGVja0tub3duUHJvcHMsIGtub3duUHJvcHNPbmx5IH0gZnJvbSAnLi4vLi4vcHJpdmF0ZS9rbm93bi1wcm9wcyc7XG5pbXBvcnQgeyBjaGVja1Blcm1pdFN0YWNrTmFtZSwgcGVybWl0U3RhY2tOYW1lIH0gZnJvbSAnLi4vLi4vcHJpdmF0ZS9wZXJtaXQtc3RhY2stbmFtZSc7XG5pbXBvcnQgeyBQZXJtaXRBdWRpdFJlY29yZCwgUGVybWl0TGlmZWN5Y2xlLCBQZXJtaXRQbGFuLCBQZXJtaXRQcm9wcyB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcGVybWl0JztcbmltcG9ydCB7IFVzZXJSZWdpc3RyeSB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvdXNlcnMnO1xuaW1wb3J0IHsgVGVycmFmb3JtU3RhdGVCYWNrZW5kIH0gZnJvbSAnLi4vdGVycmFmb3JtL3RlcnJhZm9ybS1zdGF0ZS1iYWNrZW5kJztcblxuLyoqXG4gKiBQcm9wZXJ0aWVzIG9mIGEgcGVybWl0J3MgVGVycmFmb3JtIHN0YWNrIG9uIFByb3htb3ggVkUuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJveG1veFBlcm1pdFN0YWNrUHJvcHMgZXh0ZW5kcyBQcm94bW94UGVybWl0T3B0aW9ucyB7XG4gIC8qKlxuICAgKiBXaGVyZSBUZXJyYWZvcm0ga2VlcHMgdGhpcyBzdGFjaydzIHN0YXRlIChpdCBob2xkcyB0aGUgZ2VuZXJhdGVkIHBhc3N3b3JkcyBhbmQga2V5cykuXG4gICAqIEBkZWZhdWx0IC0gYSBsb2NhbCBzdGF0ZSBmaWxlLCB3aXRoIGEgd2FybmluZyBhdCBzeW50aGVzaXNcbiAgICovXG4gIHJlYWRvbmx5IHN0YXRlQmFja2VuZD86IFRlcnJhZm9ybVN0YXRlQmFja2VuZDtcbiAgLyoqIFRoZSBwZXJtaXQsIGF0IHRoZSBzdGF0dXMgdG8gYnVpbGQgKHdpdGggdGhlIHByZXZpb3VzIHN0YXR1cyBhbmQgdGhlIGV2ZW50IGlkKS4gKi9cbiAgcmVhZG9ubHkgcGVybWl0OiBQZXJtaXRQcm9wcztcbiAgLyoqXG4gICAqIFVzZXIgcmVnaXN0cnkgdGhlIHdvcmtzcGFjZSBhY2NvdW50cyB0YWtlIHRoZWlyIHVpZHMgZnJvbS5cbiAgICogQGRlZmF1bHQgLSB1aWRzIGZyb20gdGhlIHBlcm1pdCwgZWxzZSBzdGFibGUgaWRzIGRlcml2ZWQgZnJvbSB0aGUgbmFtZXNcbiAgICovXG4gIHJlYWRvbmx5IHJlZ2lzdHJ5PzogVXNlclJlZ2lzdHJ5O1xuICAvKipcbiAgICogVGltZSByZWNvcmRlZCBpbiB0aGUgYXVkaXQgcmVjb3JkIChJU08gODYwMSkuXG4gICAqIEBkZWZhdWx0IC0gdGhlIHRpbWUgb2Ygc3ludGhlc2lzXG4gICAqL1xuICByZWFkb25seSBhdWRpdFRpbWVzdGFtcD86IHN0cmluZztcbiAgLyoqXG4gICAqIEhvdyBUZXJyYWZvcm0gcmVhY2hlcyB0aGUgUHJveG1veCBWRSBBUEkuXG4gICAqIEBkZWZhdWx0IC0gZW5kcG9pbnQgYW5kIHRva2VuIGZyb20gUFJPWE1PWF9WRV9FTkRQT0lOVCAvIFBST1hNT1hfVkVfQVBJX1RPS0VOLCBTU0ggYXMgcm9vdFxuICAgKi9cbiAgcmVhZG9ubHkgYXBpPzogUHJveG1veEFwaVNldHRpbmdzO1xufVxuXG4vKipcbiAqIEEgcGVybWl0J3MgVGVycmFmb3JtIHN0YWNrIG9uIFByb3htb3ggVkUsIG5hbWVkIGBwZXJtaXQtPGlkPmA6IHRoZSBicGcvcHJveG1veCBwcm92aWRlclxuICogKGNvbmZpZ3VyZWQgYnkgdmFyaWFibGVzKSwgdGhlIGBQcm94bW94UGVybWl0RW52aXJvbm1lbnRgIG9mIHRoZSBwZXJtaXQncyBjdXJyZW50IHBoYXNlLFxuICogdGhlIG91dHB1dHMgYSBHdWFjYW1vbGUgZ2F0ZXdheSBuZWVkcywgYW5kIGFuIGF1ZGl0IHJlY29yZCAoYGF1ZGl0Lmpzb25gKSB3cml0dGVuIGJlc2lkZVxuICogYGNkay50Zi5qc29uYCBhdCBzeW50aGVzaXMuXG4gKlxuICogQSBwaXBlbGluZSByZS1zeW50aGVzaXplcyB0aGUgc3RhY2sgb24gZXZlcnkgcGVybWl0IGV2ZW50IChzdGF0dXMsIHByZXZpb3VzIHN0YXR1cywgZXZlbnRcbiAqIGlkKSBhbmQgcnVucyBgdGVycmFmb3JtIGFwcGx5YCBvbiBpdCB3aXRoIHRoZSBwZXJtaXQncyBzdGF0ZS5cbiAqXG4gKiBPdXRwdXRzOiBgcGVybWl0X3N0YXR1c2AsIGB3b3Jrc3BhY2Vfc3RhdHVzYCAocm9sZSAtPiBydW5uaW5nL3N0b3BwZWQpLCBgYWRkcmVzc2VzYCAobWFjaGluZVxuICogLT4gSVApLCBgd29ya3NwYWNlc2AgKHJvbGUgLT4gcHJvdG9jb2wsIGhvc3QsIHBvcnQsIHN0YXRlLCB1c2VybmFtZXMpLCBgY29ubmVjdGlvbnNgXG4gKiAoc2Vuc2l0aXZlOiBvbmUgZW50cnkgcGVyIGFjY291bnQgd2l0aCBpdHMgcGFzc3dvcmQpLCBhbmQgd2hpbGUgdGhlIGFpcmxvY2sgZXhpc3RzXG4gKiBgYWlybG9ja19ob3N0X2tleV9maW5nZXJwcmludGAuXG4gKi9cbmV4cG9ydCBjbGFzcyBQcm94bW94UGVybWl0U3RhY2sgZXh0ZW5kcyBUZXJyYWZvcm1TdGFjayB7XG4gIC8qKiBUaGUgc3RhY2sgbmFtZSBvZiBhIHBlcm1pdDogYHBlcm1pdC08aWQ+YC4gKi9cbiAgcHVibGljIHN0YXRpYyBzdGFja05hbWVPZihwZXJtaXRJZDogc3RyaW5nKTogc3RyaW5nIHtcbiAgICByZXR1cm4gcGVybWl0U3RhY2tOYW1lKHBlcm1pdElkKTtcbiAgfVxuXG4gIC8qKiBUaGUgcGxhbiBvZiB0aGlzIHBoYXNlLiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgcGxhbjogUGVybWl0UGxhbjtcbiAgLyoqIFRoZSBwZXJtaXQncyByZXNvdXJjZXMuICovXG4gIHB1YmxpYyByZWFkb25seSBlbnZpcm9ubWVudDogUHJveG1veFBlcm1pdEVudmlyb25tZW50O1xuICAvKiogVGhlIGF1ZGl0IHJlY29yZCB3cml0dGVuIGF0IHN5bnRoZXNpcyAodGltZXN0YW1wIGZpeGVkIHdoZW4gdGhlIHN0YWNrIGlzIGNyZWF0ZWQpLiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgYXVkaXRSZWNvcmQ6IFBlcm1pdEF1ZGl0UmVjb3JkO1xuICAvKiogVGhlIHJldmlldyBWTSBvZiBlYWNoIG9mIGByZWxlYXNlUmV2aWV3c2AuICovXG4gIHB1YmxpYyByZWFkb25seSByZWxlYXNlUmV2aWV3czogUHJveG1veFJlbGVhc2VSZXZpZXdbXTtcblxuICAvKipcbiAgICogQHBhcmFtIHNjb3BlIHRoZSBhcHBcbiAgICogQHBhcmFtIGlkIHRoZSBzdGFjayBuYW1lOiBtdXN0IGJlIGBwZXJtaXQtPGlkPmAgKGBQcm94bW94UGVybWl0U3RhY2suc3RhY2tOYW1lT2YocGVybWl0LmlkKWApXG4gICAqIEBwYXJhbSBwcm9wcyB0aGUgcGVybWl0IGFuZCB0aGUgZW52aXJvbm1lbnQncyBvcHRpb25zXG4gICAqL1xuICBjb25zdHJ1Y3RvcihzY29wZTogQ29uc3RydWN0LCBpZDogc3RyaW5nLCBwcm9wczogUHJveG1veFBlcm1pdFN0YWNrUHJvcHMpIHtcbiAgICBzdXBlcihzY29wZSwgaWQpO1xuICAgIC8vIGNka3RmJ3MgdG9rZW4gc3RhY2sgdHJhY2VzIGFyZSBub3QgZm9ybWF0dGVkIHdoaWxlIHRoZSBraXQgYnVpbGRzIHRoZSBzdGFjayAodG9rZW4tdHJhY2VzLnRzKS5cbiAgICBjb25zdCB0cmFjZXMgPSBwYXVzZVRva2VuVHJhY2VzKCk7XG4gICAgdHJ5IHtcbiAgICAgIGNoZWNrS25vd25Qcm9wcyh0aGlzLCAnUHJveG1veFBlcm1pdFN0YWNrUHJvcHMnLCBwcm9wcyk7XG4gICAgICBhcHBseVN0YXRlQmFja2VuZCh0aGlzLCBwcm9wcy5zdGF0ZUJhY2tlbmQpO1xuICAgICAgYWRkVGVycmFmb3JtRWdyZXNzQXVkaXQodGhpcywgJ3Byb3htb3gnKTtcbiAgICAgIGNvbnN0IHBsYW4gPSBQZXJtaXRMaWZlY3ljbGUucGxhbihwcm9wcy5wZXJtaXQsIHByb3BzLnJlZ2lzdHJ5KTtcbiAgICAgIGNoZWNrUGVybWl0U3RhY2tOYW1lKGlkLCBwbGFuLnBlcm1pdElkLCAnUHJveG1veFBlcm1pdFN0YWNrJywgJ2ZpbmRzIHRoZSBzYW1lIFRlcnJhZm9ybSBzdGF0ZScsIHRoaXMubm9kZS5wYXRoKTtcbiAgICAgIHRoaXMucGxhbiA9IHBsYW47XG4gICAgICBwcm94bW94UHJvdmlkZXJXaXRoVmFyaWFibGVzKHRoaXMsIHByb3BzLmFwaSA/PyB7fSk7XG4gICAgICB0aGlzLmVudmlyb25tZW50ID0gbmV3IFByb3htb3hQZXJtaXRFbnZpcm9ubWVudCh0aGlzLCAncGVybWl0Jywga25vd25Qcm9wc09ubHkoJ1Byb3htb3hQZXJtaXRFbnZpcm9ubWVudFByb3BzJywgeyAuLi5wcm9wcywgcGxhbiB9KSk7XG4gICAgICBjb25zdCBlbnYgPSB0aGlzLmVudmlyb25tZW50O1xuXG4gICAgICBhZGRQZXJtaXRDb25uZWN0aW9uT3V0cHV0cyh0aGlzLCBwbGFuLCBlbnYuY29ubmVjdGlvbnMsIGVudi5haXJsb2NrSG9zdEtleUZpbmdlcnByaW50LCAoKSA9PiB7XG4gICAgICAgIG5ldyBUZXJyYWZvcm1PdXRwdXQodGhpcywgJ2FkZHJlc3NlcycsIHsgdmFsdWU6IGVudi5hZGRyZXNzZXMsIGRlc2NyaXB0aW9uOiAnRml4ZWQgYWRkcmVzcyBvZiBldmVyeSBtYWNoaW5lIHJvbGUgb2YgdGhlIHBlcm1pdCcgfSk7XG4gICAgICB9KTtcbiAgICAgIHRoaXMucmVsZWFzZVJldmlld3MgPSAocHJvcHMucmVsZWFzZVJldmlld3MgPz8gW10pLm1hcCgocikgPT4gbmV3IFByb3htb3hSZWxlYXNlUmV2aWV3KHRoaXMsIGByZXZpZXctJHtyLnJlcXVlc3RJZH1gLCB7IGVudmlyb25tZW50OiBlbnYsIHJlcXVlc3RJZDogci5yZXF1ZXN0SWQgfSkpO1xuICAgICAgaWYgKHRoaXMucmVsZWFzZVJldmlld3MubGVuZ3RoKSB7XG4gICAgICAgIG5ldyBUZXJyYWZvcm1PdXRwdXQodGhpcywgJ3JlbGVhc2VfcmV2aWV3X2Nvbm5lY3Rpb25zJywge1xuICAgICAgICAgIHZhbHVlOiB0aGlzLnJlbGVhc2VSZXZpZXdzLmZsYXRNYXAoKHIpID0+IHIuY29ubmVjdGlvbnMpLFxuICAgICAgICAgIHNlbnNpdGl2ZTogdHJ1ZSxcbiAgICAgICAgICBkZXNjcmlwdGlvbjogJ09uZSBSRFAgY29ubmVjdGlvbiBwZXIgcmV2aWV3ZXIgb2YgZWFjaCByZWxlYXNlIHJldmlldyBWTSAod2l0aCB0aGUgcGFzc3dvcmQpLCBmb3IgdGhlIHJlbW90ZS1kZXNrdG9wIGdhdGV3YXknLFxuICAgICAgICB9KTtcbiAgICAgIH1cblxuICAgICAgdGhpcy5hdWRpdFJlY29yZCA9IFBlcm1pdExpZmVjeWNsZS5hdWRpdFJlY29yZChwbGFuLCAncHJveG1veCcsIGlkLCBwcm94bW94VGFnKGBldmVudC0ke3BsYW4uZXZlbnRJZH1gKSwgcHJvcHMuYXVkaXRUaW1lc3RhbXApO1xuICAgICAgd3JpdGVBdWRpdFJlY29yZE9uU3ludGgodGhpcywgdGhpcy5hdWRpdFJlY29yZCk7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIHRyYWNlcy5yZXN1bWUoKTtcbiAgICB9XG4gIH1cblxuICAvKipcbiAgICogY2RrdGYncyBwcmVwYXJpbmcgcGFzcyBiZWZvcmUgc3ludGhlc2lzLCByZXNvbHZpbmcgb25seSB0aGUgcGFydHMgb2YgdGhlIHN0YWNrJ3NcbiAgICogY29uZmlndXJhdGlvbiB0aGF0IG1heSBob2xkIHRva2VucyAodGhlIHNhbWUgZWZmZWN0cywgc3VjaCBhcyBjcm9zcy1zdGFjayByZWZlcmVuY2VzLCBmb3JcbiAgICogYSBmcmFjdGlvbiBvZiB0aGUgdGltZSkuXG4gICAqL1xuICBwdWJsaWMgcHJlcGFyZVN0YWNrKCk6IHZvaWQge1xuICAgIHByZXBhcmVTdGFja1Rva2Vucyh0aGlzKTtcbiAgfVxuXG4gIC8qKlxuICAgKiBUaGUgc3RhY2sncyBUZXJyYWZvcm0gSlNPTiBhcyBjZGt0ZiByZW5kZXJzIGl0LCB3aXRoIG9ubHkgdGhlIHBhcnRzIHRoYXQgbWF5IGhvbGQgdG9rZW5zXG4gICAqIHJlc29sdmVkICh0aGUgc2FtZSBKU09OIGZvciBhIGZyYWN0aW9uIG9mIHRoZSB0aW1lKS5cbiAgICovXG4gIHB1YmxpYyB0b1RlcnJhZm9ybSgpOiBhbnkge1xuICAgIHJldHVybiByZW5kZXJTdGFja1Rva2Vucyh0aGlzKTtcbiAgfVxufVxuIl19