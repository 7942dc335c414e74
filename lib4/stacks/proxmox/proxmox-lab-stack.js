"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProxmoxLabStack = void 0;
const proxmox_lab_file_1 = require("./proxmox-lab-file");
const virtual_environment_pool_generated_1 = require("../../constructs/proxmox/generated/virtual-environment-pool.generated");
const support_1 = require("../../constructs/proxmox/private/support");
const proxmox_workspace_1 = require("../../constructs/proxmox/proxmox-workspace");
const cdktf_1 = require("../../constructs/terraform/cdktf");
const egress_audit_hooks_1 = require("../../constructs/terraform/egress-audit-hooks");
const lab_checks_1 = require("../../constructs/terraform/lab-checks");
const prepare_1 = require("../../constructs/terraform/prepare");
const state_backend_1 = require("../../constructs/terraform/state-backend");
const token_traces_1 = require("../../constructs/terraform/token-traces");
const known_props_1 = require("../../private/known-props");
const catalog_1 = require("../../workspaces/catalog");
const error_1 = require("../../workspaces/private/error");
const userdata_1 = require("../../workspaces/userdata");
/**
 * A lab's Terraform stack on Proxmox VE: the bpg/proxmox provider (configured by variables),
 * a resource pool named after the lab, and one `ProxmoxWorkspace` per workspace of the lab
 * definition, each checked against the lab's policy (also the per-user limit) with every
 * problem of every workspace reported in one error.
 *
 * Outputs: `workspaces` (name -> node, kind, template, size, egress, VM id).
 *
 * @example
 * new ProxmoxLabStack(app, 'genomics-lab', {
 *   labName: 'genomics', cluster: { nodes: ['pve1', 'pve2'] }, registry, policy,
 *   workspaces: [{ name: 'alice-ml', template: 'python-ml', nodeName: 'pve1', owner: 'alice' }],
 * });
 */
class ProxmoxLabStack extends cdktf_1.TerraformStack {
    /**
     * The lab stack of a Proxmox VE lab file (YAML with `cluster:`), read with every problem
     * reported at once (file, line, column, field, value and fix); paths in it are relative to
     * the file. `rws lab synth` reads the same file.
     * @param scope the app
     * @param id the stack name
     * @param file path of the lab file
     */
    static fromFile(scope, id, file) {
        return new ProxmoxLabStack(scope, id, (0, proxmox_lab_file_1.readProxmoxLabFile)(file).props);
    }
    /** The lab's pool. */
    poolId;
    /** The workspaces, in the order of the lab definition. */
    workspaces;
    constructor(scope, id, props) {
        super(scope, id);
        // cdktf's token stack traces are not formatted while the kit builds the stack (token-traces.ts).
        const traces = (0, token_traces_1.pauseTokenTraces)();
        try {
            (0, known_props_1.checkKnownProps)(this, 'ProxmoxLabStackProps', props);
            (0, state_backend_1.applyStateBackend)(this, props.stateBackend);
            (0, egress_audit_hooks_1.addTerraformEgressAudit)(this, 'proxmox');
            const errors = [];
            const location = { file: `construct ${this.node.path}` };
            if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/.test(props.labName)) {
                errors.push((0, error_1.problem)({
                    code: 'invalid-name',
                    field: 'labName',
                    message: 'the lab name is the pool id: letters, digits, "-" and "_", at most 63',
                    value: props.labName,
                    fix: 'use e.g. "genomics-lab"',
                    location,
                }));
            }
            const names = new Set();
            props.workspaces.forEach((w, i) => {
                if (names.has(w.name))
                    errors.push((0, error_1.problem)({ code: 'duplicate-name', field: `workspaces[${i}].name`, message: 'workspace listed twice', value: w.name, fix: 'give each workspace its own name', location }));
                names.add(w.name);
            });
            if (errors.length)
                throw new error_1.WorkspaceInputError(errors);
            (0, support_1.proxmoxProviderWithVariables)(this, props.api ?? {});
            const pool = new virtual_environment_pool_generated_1.VirtualEnvironmentPool(this, 'Pool', { poolId: props.labName, comment: `Research lab ${props.labName} (cdk-research-workspaces)` });
            this.poolId = props.labName;
            const catalog = props.catalog ?? catalog_1.TemplateCatalog.bundled();
            const workspaces = [];
            props.workspaces.forEach((w, i) => {
                try {
                    const template = catalog.resolve(w.template, w.parameters);
                    workspaces.push(new proxmox_workspace_1.ProxmoxWorkspace(this, w.name, {
                        template,
                        cluster: props.cluster,
                        nodeName: w.nodeName,
                        workspaceName: w.name,
                        kind: w.kind,
                        labName: props.labName,
                        poolId: pool.poolId,
                        size: w.size,
                        sizeMappings: props.sizeMappings,
                        diskGiB: w.diskGiB,
                        image: w.image,
                        vmId: w.vmId,
                        address: w.address,
                        registry: props.registry,
                        users: w.users,
                        owner: w.owner,
                        project: w.project,
                        developer: w.developer,
                        storage: props.storage && (w.kind ?? proxmox_workspace_1.ProxmoxWorkspaceKind.VIRTUAL_MACHINE) === proxmox_workspace_1.ProxmoxWorkspaceKind.VIRTUAL_MACHINE
                            ? { source: userdata_1.StorageSource.nfs(props.storage), layout: props.storageLayout } : undefined,
                        policy: props.policy,
                        egress: w.egress,
                        proxy: props.proxy,
                        allowedEndpoints: props.allowedEndpoints,
                        accessCidrs: props.accessCidrs,
                        tags: w.tags,
                        started: w.started,
                    }));
                }
                catch (e) {
                    if (!error_1.WorkspaceInputError.isWorkspaceInputError(e))
                        throw e;
                    for (const d of e.diagnostics)
                        errors.push({ ...d, field: `workspaces[${i}] (${w.name})${d.field ? `.${d.field}` : ''}`, location: d.location ?? location });
                }
            });
            errors.push(...(0, lab_checks_1.perOwnerLimitProblems)(props.policy, props.workspaces, location));
            if (errors.length) {
                throw new error_1.WorkspaceInputError(errors, errors.length > 1 ? `${this.node.path}: ${errors.length} problems in the lab ${props.labName}` : undefined);
            }
            this.workspaces = workspaces;
            new cdktf_1.TerraformOutput(this, 'workspaces', {
                description: 'Workspaces of the lab: node, kind, template, size, egress and VM id',
                value: Object.fromEntries(workspaces.map((w) => [w.workspaceName, {
                        node: w.nodeName, kind: w.kind, template: w.template.slug, size: w.size, egress: w.egress, vm_id: w.vmId, started: w.started,
                    }])),
            });
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
exports.ProxmoxLabStack = ProxmoxLabStack;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicHJveG1veC1sYWItc3RhY2suanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvc3RhY2tzL3Byb3htb3gvcHJveG1veC1sYWItc3RhY2sudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7O0FBQ0EseURBQXdEO0FBQ3hELDhIQUErRztBQUMvRyxzRUFBd0Y7QUFJeEYsa0ZBQW9HO0FBQ3BHLDREQUFtRjtBQUNuRixzRkFBd0Y7QUFDeEYsc0VBQThFO0FBQzlFLGdFQUEyRjtBQUMzRiw0RUFBNkU7QUFDN0UsMEVBQTJFO0FBQzNFLDJEQUE0RDtBQUM1RCxzREFBMkQ7QUFHM0QsMERBQThFO0FBRTlFLHdEQUE0RztBQXlKNUc7Ozs7Ozs7Ozs7Ozs7R0FhRztBQUNILE1BQWEsZUFBZ0IsU0FBUSxzQkFBYztJQUNqRDs7Ozs7OztPQU9HO0lBQ0ksTUFBTSxDQUFDLFFBQVEsQ0FBQyxLQUFnQixFQUFFLEVBQVUsRUFBRSxJQUFZO1FBQy9ELE9BQU8sSUFBSSxlQUFlLENBQUMsS0FBSyxFQUFFLEVBQUUsRUFBRSxJQUFBLHFDQUFrQixFQUFDLElBQUksQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQ3hFLENBQUM7SUFFRCxzQkFBc0I7SUFDTixNQUFNLENBQVM7SUFDL0IsMERBQTBEO0lBQzFDLFVBQVUsQ0FBcUI7SUFFL0MsWUFBWSxLQUFnQixFQUFFLEVBQVUsRUFBRSxLQUEyQjtRQUNuRSxLQUFLLENBQUMsS0FBSyxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQ2pCLGlHQUFpRztRQUNqRyxNQUFNLE1BQU0sR0FBRyxJQUFBLCtCQUFnQixHQUFFLENBQUM7UUFDbEMsSUFBSSxDQUFDO1lBQ0gsSUFBQSw2QkFBZSxFQUFDLElBQUksRUFBRSxzQkFBc0IsRUFBRSxLQUFLLENBQUMsQ0FBQztZQUNyRCxJQUFBLGlDQUFpQixFQUFDLElBQUksRUFBRSxLQUFLLENBQUMsWUFBWSxDQUFDLENBQUM7WUFDNUMsSUFBQSw0Q0FBdUIsRUFBQyxJQUFJLEVBQUUsU0FBUyxDQUFDLENBQUM7WUFDekMsTUFBTSxNQUFNLEdBQWlCLEVBQUUsQ0FBQztZQUNoQyxNQUFNLFFBQVEsR0FBRyxFQUFFLElBQUksRUFBRSxhQUFhLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxFQUFFLEVBQUUsQ0FBQztZQUN6RCxJQUFJLENBQUMsa0NBQWtDLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDO2dCQUM1RCxNQUFNLENBQUMsSUFBSSxDQUFDLElBQUEsZUFBTyxFQUFDO29CQUNsQixJQUFJLEVBQUUsY0FBYztvQkFDcEIsS0FBSyxFQUFFLFNBQVM7b0JBQ2hCLE9BQU8sRUFBRSx1RUFBdUU7b0JBQ2hGLEtBQUssRUFBRSxLQUFLLENBQUMsT0FBTztvQkFDcEIsR0FBRyxFQUFFLHlCQUF5QjtvQkFDOUIsUUFBUTtpQkFDVCxDQUFDLENBQUMsQ0FBQztZQUNOLENBQUM7WUFDRCxNQUFNLEtBQUssR0FBRyxJQUFJLEdBQUcsRUFBVSxDQUFDO1lBQ2hDLEtBQUssQ0FBQyxVQUFVLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFO2dCQUNoQyxJQUFJLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQztvQkFBRSxNQUFNLENBQUMsSUFBSSxDQUFDLElBQUEsZUFBTyxFQUFDLEVBQUUsSUFBSSxFQUFFLGdCQUFnQixFQUFFLEtBQUssRUFBRSxjQUFjLENBQUMsUUFBUSxFQUFFLE9BQU8sRUFBRSx3QkFBd0IsRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxHQUFHLEVBQUUsa0NBQWtDLEVBQUUsUUFBUSxFQUFFLENBQUMsQ0FBQyxDQUFDO2dCQUM3TSxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztZQUNwQixDQUFDLENBQUMsQ0FBQztZQUNILElBQUksTUFBTSxDQUFDLE1BQU07Z0JBQUUsTUFBTSxJQUFJLDJCQUFtQixDQUFDLE1BQU0sQ0FBQyxDQUFDO1lBRXpELElBQUEsc0NBQTRCLEVBQUMsSUFBSSxFQUFFLEtBQUssQ0FBQyxHQUFHLElBQUksRUFBRSxDQUFDLENBQUM7WUFDcEQsTUFBTSxJQUFJLEdBQUcsSUFBSSwyREFBc0IsQ0FBQyxJQUFJLEVBQUUsTUFBTSxFQUFFLEVBQUUsTUFBTSxFQUFFLEtBQUssQ0FBQyxPQUFPLEVBQUUsT0FBTyxFQUFFLGdCQUFnQixLQUFLLENBQUMsT0FBTyw0QkFBNEIsRUFBRSxDQUFDLENBQUM7WUFDckosSUFBSSxDQUFDLE1BQU0sR0FBRyxLQUFLLENBQUMsT0FBTyxDQUFDO1lBQzVCLE1BQU0sT0FBTyxHQUFHLEtBQUssQ0FBQyxPQUFPLElBQUkseUJBQWUsQ0FBQyxPQUFPLEVBQUUsQ0FBQztZQUMzRCxNQUFNLFVBQVUsR0FBdUIsRUFBRSxDQUFDO1lBQzFDLEtBQUssQ0FBQyxVQUFVLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFO2dCQUNoQyxJQUFJLENBQUM7b0JBQ0gsTUFBTSxRQUFRLEdBQUcsT0FBTyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsUUFBUSxFQUFFLENBQUMsQ0FBQyxVQUFVLENBQUMsQ0FBQztvQkFDM0QsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLG9DQUFnQixDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFO3dCQUNqRCxRQUFRO3dCQUNSLE9BQU8sRUFBRSxLQUFLLENBQUMsT0FBTzt3QkFDdEIsUUFBUSxFQUFFLENBQUMsQ0FBQyxRQUFRO3dCQUNwQixhQUFhLEVBQUUsQ0FBQyxDQUFDLElBQUk7d0JBQ3JCLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSTt3QkFDWixPQUFPLEVBQUUsS0FBSyxDQUFDLE9BQU87d0JBQ3RCLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTTt3QkFDbkIsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJO3dCQUNaLFlBQVksRUFBRSxLQUFLLENBQUMsWUFBWTt3QkFDaEMsT0FBTyxFQUFFLENBQUMsQ0FBQyxPQUFPO3dCQUNsQixLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUs7d0JBQ2QsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJO3dCQUNaLE9BQU8sRUFBRSxDQUFDLENBQUMsT0FBTzt3QkFDbEIsUUFBUSxFQUFFLEtBQUssQ0FBQyxRQUFRO3dCQUN4QixLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUs7d0JBQ2QsS0FBSyxFQUFFLENBQUMsQ0FBQyxLQUFLO3dCQUNkLE9BQU8sRUFBRSxDQUFDLENBQUMsT0FBTzt3QkFDbEIsU0FBUyxFQUFFLENBQUMsQ0FBQyxTQUFTO3dCQUN0QixPQUFPLEVBQUUsS0FBSyxDQUFDLE9BQU8sSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLElBQUksd0NBQW9CLENBQUMsZUFBZSxDQUFDLEtBQUssd0NBQW9CLENBQUMsZUFBZTs0QkFDakgsQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLHdCQUFhLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMsRUFBRSxNQUFNLEVBQUUsS0FBSyxDQUFDLGFBQWEsRUFBRSxDQUFDLENBQUMsQ0FBQyxTQUFTO3dCQUN6RixNQUFNLEVBQUUsS0FBSyxDQUFDLE1BQU07d0JBQ3BCLE1BQU0sRUFBRSxDQUFDLENBQUMsTUFBTTt3QkFDaEIsS0FBSyxFQUFFLEtBQUssQ0FBQyxLQUFLO3dCQUNsQixnQkFBZ0IsRUFBRSxLQUFLLENBQUMsZ0JBQWdCO3dCQUN4QyxXQUFXLEVBQUUsS0FBSyxDQUFDLFdBQVc7d0JBQzlCLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSTt3QkFDWixPQUFPLEVBQUUsQ0FBQyxDQUFDLE9BQU87cUJBQ25CLENBQUMsQ0FBQyxDQUFDO2dCQUNOLENBQUM7Z0JBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztvQkFDWCxJQUFJLENBQUMsMkJBQW1CLENBQUMscUJBQXFCLENBQUMsQ0FBQyxDQUFDO3dCQUFFLE1BQU0sQ0FBQyxDQUFDO29CQUMzRCxLQUFLLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxXQUFXO3dCQUFFLE1BQU0sQ0FBQyxJQUFJLENBQUMsRUFBRSxHQUFHLENBQUMsRUFBRSxLQUFLLEVBQUUsY0FBYyxDQUFDLE1BQU0sQ0FBQyxDQUFDLElBQUksSUFBSSxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLEVBQUUsUUFBUSxFQUFFLENBQUMsQ0FBQyxRQUFRLElBQUksUUFBUSxFQUFFLENBQUMsQ0FBQztnQkFDL0osQ0FBQztZQUNILENBQUMsQ0FBQyxDQUFDO1lBQ0gsTUFBTSxDQUFDLElBQUksQ0FBQyxHQUFHLElBQUEsa0NBQXFCLEVBQUMsS0FBSyxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsVUFBVSxFQUFFLFFBQVEsQ0FBQyxDQUFDLENBQUM7WUFDaEYsSUFBSSxNQUFNLENBQUMsTUFBTSxFQUFFLENBQUM7Z0JBQ2xCLE1BQU0sSUFBSSwyQkFBbUIsQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLEtBQUssTUFBTSxDQUFDLE1BQU0sd0JBQXdCLEtBQUssQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUM7WUFDcEosQ0FBQztZQUNELElBQUksQ0FBQyxVQUFVLEdBQUcsVUFBVSxDQUFDO1lBRTdCLElBQUksdUJBQWUsQ0FBQyxJQUFJLEVBQUUsWUFBWSxFQUFFO2dCQUN0QyxXQUFXLEVBQUUscUVBQXFFO2dCQUNsRixLQUFLLEVBQUUsTUFBTSxDQUFDLFdBQVcsQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxhQUFhLEVBQUU7d0JBQ2hFLElBQUksRUFBRSxDQUFDLENBQUMsUUFBUSxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLFFBQVEsRUFBRSxDQUFDLENBQUMsUUFBUSxDQUFDLElBQUksRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxNQUFNLEVBQUUsQ0FBQyxDQUFDLE1BQU0sRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDLE9BQU87cUJBQzdILENBQUMsQ0FBQyxDQUFDO2FBQ0wsQ0FBQyxDQUFDO1FBQ0wsQ0FBQztnQkFBUyxDQUFDO1lBQ1QsTUFBTSxDQUFDLE1BQU0sRUFBRSxDQUFDO1FBQ2xCLENBQUM7SUFDSCxDQUFDO0lBRUQ7Ozs7T0FJRztJQUNJLFlBQVk7UUFDakIsSUFBQSw0QkFBa0IsRUFBQyxJQUFJLENBQUMsQ0FBQztJQUMzQixDQUFDO0lBRUQ7OztPQUdHO0lBQ0ksV0FBVztRQUNoQixPQUFPLElBQUEsMkJBQWlCLEVBQUMsSUFBSSxDQUFDLENBQUM7SUFDakMsQ0FBQztDQUNGO0FBeEhELDBDQXdIQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCB7IENvbnN0cnVjdCB9IGZyb20gJ2NvbnN0cnVjdHMnO1xuaW1wb3J0IHsgcmVhZFByb3htb3hMYWJGaWxlIH0gZnJvbSAnLi9wcm94bW94LWxhYi1maWxlJztcbmltcG9ydCB7IFZpcnR1YWxFbnZpcm9ubWVudFBvb2wgfSBmcm9tICcuLi8uLi9jb25zdHJ1Y3RzL3Byb3htb3gvZ2VuZXJhdGVkL3ZpcnR1YWwtZW52aXJvbm1lbnQtcG9vbC5nZW5lcmF0ZWQnO1xuaW1wb3J0IHsgcHJveG1veFByb3ZpZGVyV2l0aFZhcmlhYmxlcyB9IGZyb20gJy4uLy4uL2NvbnN0cnVjdHMvcHJveG1veC9wcml2YXRlL3N1cHBvcnQnO1xuaW1wb3J0IHtcbiAgUHJveG1veEFwaVNldHRpbmdzLCBQcm94bW94Q2xvdWRJbWFnZSwgUHJveG1veENsdXN0ZXJTZXR0aW5ncywgUHJveG1veEVuZHBvaW50LCBQcm94bW94U2l6ZU1hcHBpbmcsIFByb3htb3hTdGF0aWNBZGRyZXNzLFxufSBmcm9tICcuLi8uLi9jb25zdHJ1Y3RzL3Byb3htb3gvcHJveG1veC1jbHVzdGVyJztcbmltcG9ydCB7IFByb3htb3hXb3Jrc3BhY2UsIFByb3htb3hXb3Jrc3BhY2VLaW5kIH0gZnJvbSAnLi4vLi4vY29uc3RydWN0cy9wcm94bW94L3Byb3htb3gtd29ya3NwYWNlJztcbmltcG9ydCB7IFRlcnJhZm9ybU91dHB1dCwgVGVycmFmb3JtU3RhY2sgfSBmcm9tICcuLi8uLi9jb25zdHJ1Y3RzL3RlcnJhZm9ybS9jZGt0Zic7XG5pbXBvcnQgeyBhZGRUZXJyYWZvcm1FZ3Jlc3NBdWRpdCB9IGZyb20gJy4uLy4uL2NvbnN0cnVjdHMvdGVycmFmb3JtL2VncmVzcy1hdWRpdC1ob29rcyc7XG5pbXBvcnQgeyBwZXJPd25lckxpbWl0UHJvYmxlbXMgfSBmcm9tICcuLi8uLi9jb25zdHJ1Y3RzL3RlcnJhZm9ybS9sYWItY2hlY2tzJztcbmltcG9ydCB7IHByZXBhcmVTdGFja1Rva2VucywgcmVuZGVyU3RhY2tUb2tlbnMgfSBmcm9tICcuLi8uLi9jb25zdHJ1Y3RzL3RlcnJhZm9ybS9wcmVwYXJlJztcbmltcG9ydCB7IGFwcGx5U3RhdGVCYWNrZW5kIH0gZnJvbSAnLi4vLi4vY29uc3RydWN0cy90ZXJyYWZvcm0vc3RhdGUtYmFja2VuZCc7XG5pbXBvcnQgeyBwYXVzZVRva2VuVHJhY2VzIH0gZnJvbSAnLi4vLi4vY29uc3RydWN0cy90ZXJyYWZvcm0vdG9rZW4tdHJhY2VzJztcbmltcG9ydCB7IGNoZWNrS25vd25Qcm9wcyB9IGZyb20gJy4uLy4uL3ByaXZhdGUva25vd24tcHJvcHMnO1xuaW1wb3J0IHsgVGVtcGxhdGVDYXRhbG9nIH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9jYXRhbG9nJztcbmltcG9ydCB7IERpYWdub3N0aWMgfSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL2Vycm9ycyc7XG5pbXBvcnQgeyBFZ3Jlc3NNb2RlLCBXb3Jrc3BhY2VQb2xpY3kgfSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL3BvbGljeSc7XG5pbXBvcnQgeyBwcm9ibGVtLCBXb3Jrc3BhY2VJbnB1dEVycm9yIH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9wcml2YXRlL2Vycm9yJztcbmltcG9ydCB7IFdvcmtzcGFjZVNpemUgfSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL3NpemVzJztcbmltcG9ydCB7IERldmVsb3Blck9wdGlvbnMsIE5mc1N0b3JhZ2VQcm9wcywgU3RvcmFnZUxheW91dCwgU3RvcmFnZVNvdXJjZSB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvdXNlcmRhdGEnO1xuaW1wb3J0IHsgVXNlclJlZ2lzdHJ5IH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy91c2Vycyc7XG5pbXBvcnQgeyBUZXJyYWZvcm1TdGF0ZUJhY2tlbmQgfSBmcm9tICcuLi90ZXJyYWZvcm0vdGVycmFmb3JtLXN0YXRlLWJhY2tlbmQnO1xuXG4vKipcbiAqIE9uZSB3b3Jrc3BhY2Ugb2YgYSBQcm94bW94IGxhYi5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm94bW94TGFiV29ya3NwYWNlIHtcbiAgLyoqIFdvcmtzcGFjZSBuYW1lIChWTSBuYW1lIGFuZCBob3N0IG5hbWU7IGFsc28gdGhlIGNvbnN0cnVjdCBpZCkuICovXG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgLyoqIFRlbXBsYXRlIHNsdWcgKG9yIG5hbWUpIGluIHRoZSBsYWIncyBjYXRhbG9nLiAqL1xuICByZWFkb25seSB0ZW1wbGF0ZTogc3RyaW5nO1xuICAvKipcbiAgICogVGVtcGxhdGUgcGFyYW1ldGVycy5cbiAgICogQGRlZmF1bHQgLSB0aGUgdGVtcGxhdGUncyBkZWZhdWx0c1xuICAgKi9cbiAgcmVhZG9ubHkgcGFyYW1ldGVycz86IHsgW25hbWU6IHN0cmluZ106IHN0cmluZyB9O1xuICAvKiogTm9kZSBpdCBydW5zIG9uLiAqL1xuICByZWFkb25seSBub2RlTmFtZTogc3RyaW5nO1xuICAvKipcbiAgICogU2l6ZS5cbiAgICogQGRlZmF1bHQgLSB0aGUgdGVtcGxhdGUncyBkZWZhdWx0IHNpemVcbiAgICovXG4gIHJlYWRvbmx5IHNpemU/OiBXb3Jrc3BhY2VTaXplO1xuICAvKipcbiAgICogT3duZXIgKGEgcmVnaXN0cnkgdXNlcikuXG4gICAqIEBkZWZhdWx0IC0gdGhlIHRlbXBsYXRlJ3MgZmlyc3QgdXNlciwgZWxzZSB0aGUgZmlyc3QgcmVnaXN0cnkgdXNlclxuICAgKi9cbiAgcmVhZG9ubHkgb3duZXI/OiBzdHJpbmc7XG4gIC8qKlxuICAgKiBSZWdpc3RyeSB1c2VycyB3aXRoIGFuIGFjY291bnQuXG4gICAqIEBkZWZhdWx0IC0gZXZlcnkgdXNlciBvZiB0aGUgcmVnaXN0cnlcbiAgICovXG4gIHJlYWRvbmx5IHVzZXJzPzogc3RyaW5nW107XG4gIC8qKlxuICAgKiBQcm9qZWN0IHRhZy5cbiAgICogQGRlZmF1bHQgLSBub25lXG4gICAqL1xuICByZWFkb25seSBwcm9qZWN0Pzogc3RyaW5nO1xuICAvKipcbiAgICogVk0gb3IgY29udGFpbmVyLlxuICAgKiBAZGVmYXVsdCBQcm94bW94V29ya3NwYWNlS2luZC5WSVJUVUFMX01BQ0hJTkVcbiAgICovXG4gIHJlYWRvbmx5IGtpbmQ/OiBQcm94bW94V29ya3NwYWNlS2luZDtcbiAgLyoqXG4gICAqIEJvb3QgZGlzayBpbiBHaUIuXG4gICAqIEBkZWZhdWx0IC0gdGhlIHRlbXBsYXRlJ3MsIGF0IGxlYXN0IHRoZSBpbWFnZSdzXG4gICAqL1xuICByZWFkb25seSBkaXNrR2lCPzogbnVtYmVyO1xuICAvKipcbiAgICogQm9vdCBkaXNrIHNvdXJjZS5cbiAgICogQGRlZmF1bHQgLSB0aGUgb2ZmaWNpYWwgY2xvdWQgaW1hZ2Ugb2YgdGhlIHRlbXBsYXRlJ3MgYmFzZVxuICAgKi9cbiAgcmVhZG9ubHkgaW1hZ2U/OiBQcm94bW94Q2xvdWRJbWFnZTtcbiAgLyoqXG4gICAqIFN0YXRpYyBhZGRyZXNzLlxuICAgKiBAZGVmYXVsdCAtIERIQ1BcbiAgICovXG4gIHJlYWRvbmx5IGFkZHJlc3M/OiBQcm94bW94U3RhdGljQWRkcmVzcztcbiAgLyoqXG4gICAqIFZNIGlkLlxuICAgKiBAZGVmYXVsdCAtIHRoZSBuZXh0IGZyZWUgaWRcbiAgICovXG4gIHJlYWRvbmx5IHZtSWQ/OiBudW1iZXI7XG4gIC8qKlxuICAgKiBFZ3Jlc3MgbW9kZSAoYXQgbW9zdCB0aGUgcG9saWN5J3MpLlxuICAgKiBAZGVmYXVsdCAtIHRoZSBwb2xpY3kncyBlZ3Jlc3MgbW9kZVxuICAgKi9cbiAgcmVhZG9ubHkgZWdyZXNzPzogRWdyZXNzTW9kZTtcbiAgLyoqXG4gICAqIFdoZXRoZXIgaXQgcnVucy5cbiAgICogQGRlZmF1bHQgdHJ1ZVxuICAgKi9cbiAgcmVhZG9ubHkgc3RhcnRlZD86IGJvb2xlYW47XG4gIC8qKlxuICAgKiBGdXJ0aGVyIHRhZ3MuXG4gICAqIEBkZWZhdWx0IC0gbm9uZVxuICAgKi9cbiAgcmVhZG9ubHkgdGFncz86IHsgW2tleTogc3RyaW5nXTogc3RyaW5nIH07XG4gIC8qKlxuICAgKiBEZXZlbG9wZXIgY29udmVuaWVuY2VzIGZvciB0aGUgb3duZXIuXG4gICAqIEBkZWZhdWx0IC0gbm9uZVxuICAgKi9cbiAgcmVhZG9ubHkgZGV2ZWxvcGVyPzogRGV2ZWxvcGVyT3B0aW9ucztcbn1cblxuLyoqXG4gKiBBIGxhYiBvbiBQcm94bW94IFZFOiBpdHMgY2x1c3RlciwgdGVtcGxhdGVzLCB1c2VycywgcG9saWN5IGFuZCB3b3Jrc3BhY2VzLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFByb3htb3hMYWJTdGFja1Byb3BzIHtcbiAgLyoqXG4gICAqIFdoZXJlIFRlcnJhZm9ybSBrZWVwcyB0aGlzIHN0YWNrJ3Mgc3RhdGUgKGl0IGhvbGRzIHRoZSBnZW5lcmF0ZWQgcGFzc3dvcmRzIGFuZCBrZXlzKS5cbiAgICogQGRlZmF1bHQgLSBhIGxvY2FsIHN0YXRlIGZpbGUsIHdpdGggYSB3YXJuaW5nIGF0IHN5bnRoZXNpc1xuICAgKi9cbiAgcmVhZG9ubHkgc3RhdGVCYWNrZW5kPzogVGVycmFmb3JtU3RhdGVCYWNrZW5kO1xuICAvKiogTGFiIG5hbWU6IHRoZSBwb29sIGlkIChsZXR0ZXJzLCBkaWdpdHMsIGAtYCwgYF9gKSBhbmQgdGhlIGBsYWItPG5hbWU+YCB0YWcuICovXG4gIHJlYWRvbmx5IGxhYk5hbWU6IHN0cmluZztcbiAgLyoqIFRoZSBjbHVzdGVyOiBub2RlcywgZGF0YXN0b3JlcyAodGhlIHN0b3JhZ2UgcG9vbHMgb2YgdGhlIHdvcmtzcGFjZXMnIGRpc2tzLCBzbmlwcGV0cyBhbmQgaW1hZ2VzKSwgbmV0d29yay4gKi9cbiAgcmVhZG9ubHkgY2x1c3RlcjogUHJveG1veENsdXN0ZXJTZXR0aW5ncztcbiAgLyoqIFRoZSB3b3Jrc3BhY2VzLiAqL1xuICByZWFkb25seSB3b3Jrc3BhY2VzOiBQcm94bW94TGFiV29ya3NwYWNlW107XG4gIC8qKlxuICAgKiBUZW1wbGF0ZSBjYXRhbG9nLlxuICAgKiBAZGVmYXVsdCBUZW1wbGF0ZUNhdGFsb2cuYnVuZGxlZCgpXG4gICAqL1xuICByZWFkb25seSBjYXRhbG9nPzogVGVtcGxhdGVDYXRhbG9nO1xuICAvKipcbiAgICogVGhlIGxhYidzIHJlc2VhcmNoIHVzZXJzLlxuICAgKiBAZGVmYXVsdCAtIG5vIHJlc2VhcmNoIHVzZXJzXG4gICAqL1xuICByZWFkb25seSByZWdpc3RyeT86IFVzZXJSZWdpc3RyeTtcbiAgLyoqXG4gICAqIFRoZSBsYWIncyBwb2xpY3k7IGV2ZXJ5IHdvcmtzcGFjZSBpcyBjaGVja2VkIGFnYWluc3QgaXQgYW5kIHRha2VzIGl0cyBlZ3Jlc3MgbW9kZS5cbiAgICogQGRlZmF1bHQgLSBubyBwb2xpY3kgKG9wZW4gZWdyZXNzKVxuICAgKi9cbiAgcmVhZG9ubHkgcG9saWN5PzogV29ya3NwYWNlUG9saWN5O1xuICAvKipcbiAgICogVGhlIGxhYidzIE5GUyBzaGFyZSAoaG9tZXMsIHByb2plY3QgZm9sZGVycywgc2NyYXRjaCkgbW91bnRlZCBvbiBldmVyeSBWTS5cbiAgICogQGRlZmF1bHQgLSBubyBzaGFyZWQgc3RvcmFnZVxuICAgKi9cbiAgcmVhZG9ubHkgc3RvcmFnZT86IE5mc1N0b3JhZ2VQcm9wcztcbiAgLyoqXG4gICAqIFBlcm1pc3Npb24gc3RyYXRlZ3kgb2YgdGhlIHNoYXJlLlxuICAgKiBAZGVmYXVsdCBTdG9yYWdlTGF5b3V0LlVTRVJfU1VCRElSRUNUT1JJRVNcbiAgICovXG4gIHJlYWRvbmx5IHN0b3JhZ2VMYXlvdXQ/OiBTdG9yYWdlTGF5b3V0O1xuICAvKipcbiAgICogVGhlIEhUVFAgcHJveHkgb2YgYHByb3hpZWRgIGVncmVzcy5cbiAgICogQGRlZmF1bHQgLSBub25lIChyZXF1aXJlZCB3aGVuIGEgd29ya3NwYWNlJ3MgZWdyZXNzIGlzIHByb3hpZWQpXG4gICAqL1xuICByZWFkb25seSBwcm94eT86IFByb3htb3hFbmRwb2ludDtcbiAgLyoqXG4gICAqIEZ1cnRoZXIgZGVzdGluYXRpb25zIGFsbG93ZWQgd2l0aCBlZ3Jlc3Mgbm9uZSBvciBwcm94aWVkLlxuICAgKiBAZGVmYXVsdCAtIG5vbmVcbiAgICovXG4gIHJlYWRvbmx5IGFsbG93ZWRFbmRwb2ludHM/OiBQcm94bW94RW5kcG9pbnRbXTtcbiAgLyoqXG4gICAqIE5ldHdvcmtzIHRoYXQgbWF5IHJlYWNoIFNTSCBhbmQgcmVtb3RlLWRlc2t0b3AgcG9ydHMuXG4gICAqIEBkZWZhdWx0IC0gbm9uZVxuICAgKi9cbiAgcmVhZG9ubHkgYWNjZXNzQ2lkcnM/OiBzdHJpbmdbXTtcbiAgLyoqXG4gICAqIFByb3htb3ggcmVzb3VyY2VzIHBlciBzaXplIChHUFUgc2l6ZXMgbmVlZCBvbmUpLlxuICAgKiBAZGVmYXVsdCAtIENQVSBzaXplcyB3aXRoIHRoZWlyIHZDUFVzIGFuZCBtZW1vcnlcbiAgICovXG4gIHJlYWRvbmx5IHNpemVNYXBwaW5ncz86IFByb3htb3hTaXplTWFwcGluZ1tdO1xuICAvKipcbiAgICogSG93IFRlcnJhZm9ybSByZWFjaGVzIHRoZSBBUEkuXG4gICAqIEBkZWZhdWx0IC0gZW5kcG9pbnQgYW5kIHRva2VuIGZyb20gUFJPWE1PWF9WRV9FTkRQT0lOVCAvIFBST1hNT1hfVkVfQVBJX1RPS0VOLCBTU0ggYXMgcm9vdFxuICAgKi9cbiAgcmVhZG9ubHkgYXBpPzogUHJveG1veEFwaVNldHRpbmdzO1xufVxuXG4vKipcbiAqIEEgbGFiJ3MgVGVycmFmb3JtIHN0YWNrIG9uIFByb3htb3ggVkU6IHRoZSBicGcvcHJveG1veCBwcm92aWRlciAoY29uZmlndXJlZCBieSB2YXJpYWJsZXMpLFxuICogYSByZXNvdXJjZSBwb29sIG5hbWVkIGFmdGVyIHRoZSBsYWIsIGFuZCBvbmUgYFByb3htb3hXb3Jrc3BhY2VgIHBlciB3b3Jrc3BhY2Ugb2YgdGhlIGxhYlxuICogZGVmaW5pdGlvbiwgZWFjaCBjaGVja2VkIGFnYWluc3QgdGhlIGxhYidzIHBvbGljeSAoYWxzbyB0aGUgcGVyLXVzZXIgbGltaXQpIHdpdGggZXZlcnlcbiAqIHByb2JsZW0gb2YgZXZlcnkgd29ya3NwYWNlIHJlcG9ydGVkIGluIG9uZSBlcnJvci5cbiAqXG4gKiBPdXRwdXRzOiBgd29ya3NwYWNlc2AgKG5hbWUgLT4gbm9kZSwga2luZCwgdGVtcGxhdGUsIHNpemUsIGVncmVzcywgVk0gaWQpLlxuICpcbiAqIEBleGFtcGxlXG4gKiBuZXcgUHJveG1veExhYlN0YWNrKGFwcCwgJ2dlbm9taWNzLWxhYicsIHtcbiAqICAgbGFiTmFtZTogJ2dlbm9taWNzJywgY2x1c3RlcjogeyBub2RlczogWydwdmUxJywgJ3B2ZTInXSB9LCByZWdpc3RyeSwgcG9saWN5LFxuICogICB3b3Jrc3BhY2VzOiBbeyBuYW1lOiAnYWxpY2UtbWwnLCB0ZW1wbGF0ZTogJ3B5dGhvbi1tbCcsIG5vZGVOYW1lOiAncHZlMScsIG93bmVyOiAnYWxpY2UnIH1dLFxuICogfSk7XG4gKi9cbmV4cG9ydCBjbGFzcyBQcm94bW94TGFiU3RhY2sgZXh0ZW5kcyBUZXJyYWZvcm1TdGFjayB7XG4gIC8qKlxuICAgKiBUaGUgbGFiIHN0YWNrIG9mIGEgUHJveG1veCBWRSBsYWIgZmlsZSAoWUFNTCB3aXRoIGBjbHVzdGVyOmApLCByZWFkIHdpdGggZXZlcnkgcHJvYmxlbVxuICAgKiByZXBvcnRlZCBhdCBvbmNlIChmaWxlLCBsaW5lLCBjb2x1bW4sIGZpZWxkLCB2YWx1ZSBhbmQgZml4KTsgcGF0aHMgaW4gaXQgYXJlIHJlbGF0aXZlIHRvXG4gICAqIHRoZSBmaWxlLiBgcndzIGxhYiBzeW50aGAgcmVhZHMgdGhlIHNhbWUgZmlsZS5cbiAgICogQHBhcmFtIHNjb3BlIHRoZSBhcHBcbiAgICogQHBhcmFtIGlkIHRoZSBzdGFjayBuYW1lXG4gICAqIEBwYXJhbSBmaWxlIHBhdGggb2YgdGhlIGxhYiBmaWxlXG4gICAqL1xuICBwdWJsaWMgc3RhdGljIGZyb21GaWxlKHNjb3BlOiBDb25zdHJ1Y3QsIGlkOiBzdHJpbmcsIGZpbGU6IHN0cmluZyk6IFByb3htb3hMYWJTdGFjayB7XG4gICAgcmV0dXJuIG5ldyBQcm94bW94TGFiU3RhY2soc2NvcGUsIGlkLCByZWFkUHJveG1veExhYkZpbGUoZmlsZSkucHJvcHMpO1xuICB9XG5cbiAgLyoqIFRoZSBsYWIncyBwb29sLiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgcG9vbElkOiBzdHJpbmc7XG4gIC8qKiBUaGUgd29ya3NwYWNlcywgaW4gdGhlIG9yZGVyIG9mIHRoZSBsYWIgZGVmaW5pdGlvbi4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHdvcmtzcGFjZXM6IFByb3htb3hXb3Jrc3BhY2VbXTtcblxuICBjb25zdHJ1Y3RvcihzY29wZTogQ29uc3RydWN0LCBpZDogc3RyaW5nLCBwcm9wczogUHJveG1veExhYlN0YWNrUHJvcHMpIHtcbiAgICBzdXBlcihzY29wZSwgaWQpO1xuICAgIC8vIGNka3RmJ3MgdG9rZW4gc3RhY2sgdHJhY2VzIGFyZSBub3QgZm9ybWF0dGVkIHdoaWxlIHRoZSBraXQgYnVpbGRzIHRoZSBzdGFjayAodG9rZW4tdHJhY2VzLnRzKS5cbiAgICBjb25zdCB0cmFjZXMgPSBwYXVzZVRva2VuVHJhY2VzKCk7XG4gICAgdHJ5IHtcbiAgICAgIGNoZWNrS25vd25Qcm9wcyh0aGlzLCAnUHJveG1veExhYlN0YWNrUHJvcHMnLCBwcm9wcyk7XG4gICAgICBhcHBseVN0YXRlQmFja2VuZCh0aGlzLCBwcm9wcy5zdGF0ZUJhY2tlbmQpO1xuICAgICAgYWRkVGVycmFmb3JtRWdyZXNzQXVkaXQodGhpcywgJ3Byb3htb3gnKTtcbiAgICAgIGNvbnN0IGVycm9yczogRGlhZ25vc3RpY1tdID0gW107XG4gICAgICBjb25zdCBsb2NhdGlvbiA9IHsgZmlsZTogYGNvbnN0cnVjdCAke3RoaXMubm9kZS5wYXRofWAgfTtcbiAgICAgIGlmICghL15bQS1aYS16MC05XVtBLVphLXowLTlfLV17MCw2Mn0kLy50ZXN0KHByb3BzLmxhYk5hbWUpKSB7XG4gICAgICAgIGVycm9ycy5wdXNoKHByb2JsZW0oe1xuICAgICAgICAgIGNvZGU6ICdpbnZhbGlkLW5hbWUnLFxuICAgICAgICAgIGZpZWxkOiAnbGFiTmFtZScsXG4gICAgICAgICAgbWVzc2FnZTogJ3RoZSBsYWIgbmFtZSBpcyB0aGUgcG9vbCBpZDogbGV0dGVycywgZGlnaXRzLCBcIi1cIiBhbmQgXCJfXCIsIGF0IG1vc3QgNjMnLFxuICAgICAgICAgIHZhbHVlOiBwcm9wcy5sYWJOYW1lLFxuICAgICAgICAgIGZpeDogJ3VzZSBlLmcuIFwiZ2Vub21pY3MtbGFiXCInLFxuICAgICAgICAgIGxvY2F0aW9uLFxuICAgICAgICB9KSk7XG4gICAgICB9XG4gICAgICBjb25zdCBuYW1lcyA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICAgICAgcHJvcHMud29ya3NwYWNlcy5mb3JFYWNoKCh3LCBpKSA9PiB7XG4gICAgICAgIGlmIChuYW1lcy5oYXMody5uYW1lKSkgZXJyb3JzLnB1c2gocHJvYmxlbSh7IGNvZGU6ICdkdXBsaWNhdGUtbmFtZScsIGZpZWxkOiBgd29ya3NwYWNlc1ske2l9XS5uYW1lYCwgbWVzc2FnZTogJ3dvcmtzcGFjZSBsaXN0ZWQgdHdpY2UnLCB2YWx1ZTogdy5uYW1lLCBmaXg6ICdnaXZlIGVhY2ggd29ya3NwYWNlIGl0cyBvd24gbmFtZScsIGxvY2F0aW9uIH0pKTtcbiAgICAgICAgbmFtZXMuYWRkKHcubmFtZSk7XG4gICAgICB9KTtcbiAgICAgIGlmIChlcnJvcnMubGVuZ3RoKSB0aHJvdyBuZXcgV29ya3NwYWNlSW5wdXRFcnJvcihlcnJvcnMpO1xuXG4gICAgICBwcm94bW94UHJvdmlkZXJXaXRoVmFyaWFibGVzKHRoaXMsIHByb3BzLmFwaSA/PyB7fSk7XG4gICAgICBjb25zdCBwb29sID0gbmV3IFZpcnR1YWxFbnZpcm9ubWVudFBvb2wodGhpcywgJ1Bvb2wnLCB7IHBvb2xJZDogcHJvcHMubGFiTmFtZSwgY29tbWVudDogYFJlc2VhcmNoIGxhYiAke3Byb3BzLmxhYk5hbWV9IChjZGstcmVzZWFyY2gtd29ya3NwYWNlcylgIH0pO1xuICAgICAgdGhpcy5wb29sSWQgPSBwcm9wcy5sYWJOYW1lO1xuICAgICAgY29uc3QgY2F0YWxvZyA9IHByb3BzLmNhdGFsb2cgPz8gVGVtcGxhdGVDYXRhbG9nLmJ1bmRsZWQoKTtcbiAgICAgIGNvbnN0IHdvcmtzcGFjZXM6IFByb3htb3hXb3Jrc3BhY2VbXSA9IFtdO1xuICAgICAgcHJvcHMud29ya3NwYWNlcy5mb3JFYWNoKCh3LCBpKSA9PiB7XG4gICAgICAgIHRyeSB7XG4gICAgICAgICAgY29uc3QgdGVtcGxhdGUgPSBjYXRhbG9nLnJlc29sdmUody50ZW1wbGF0ZSwgdy5wYXJhbWV0ZXJzKTtcbiAgICAgICAgICB3b3Jrc3BhY2VzLnB1c2gobmV3IFByb3htb3hXb3Jrc3BhY2UodGhpcywgdy5uYW1lLCB7XG4gICAgICAgICAgICB0ZW1wbGF0ZSxcbiAgICAgICAgICAgIGNsdXN0ZXI6IHByb3BzLmNsdXN0ZXIsXG4gICAgICAgICAgICBub2RlTmFtZTogdy5ub2RlTmFtZSxcbiAgICAgICAgICAgIHdvcmtzcGFjZU5hbWU6IHcubmFtZSxcbiAgICAgICAgICAgIGtpbmQ6IHcua2luZCxcbiAgICAgICAgICAgIGxhYk5hbWU6IHByb3BzLmxhYk5hbWUsXG4gICAgICAgICAgICBwb29sSWQ6IHBvb2wucG9vbElkLFxuICAgICAgICAgICAgc2l6ZTogdy5zaXplLFxuICAgICAgICAgICAgc2l6ZU1hcHBpbmdzOiBwcm9wcy5zaXplTWFwcGluZ3MsXG4gICAgICAgICAgICBkaXNrR2lCOiB3LmRpc2tHaUIsXG4gICAgICAgICAgICBpbWFnZTogdy5pbWFnZSxcbiAgICAgICAgICAgIHZtSWQ6IHcudm1JZCxcbiAgICAgICAgICAgIGFkZHJlc3M6IHcuYWRkcmVzcyxcbiAgICAgICAgICAgIHJlZ2lzdHJ5OiBwcm9wcy5yZWdpc3RyeSxcbiAgICAgICAgICAgIHVzZXJzOiB3LnVzZXJzLFxuICAgICAgICAgICAgb3duZXI6IHcub3duZXIsXG4gICAgICAgICAgICBwcm9qZWN0OiB3LnByb2plY3QsXG4gICAgICAgICAgICBkZXZlbG9wZXI6IHcuZGV2ZWxvcGVyLFxuICAgICAgICAgICAgc3RvcmFnZTogcHJvcHMuc3RvcmFnZSAmJiAody5raW5kID8/IFByb3htb3hXb3Jrc3BhY2VLaW5kLlZJUlRVQUxfTUFDSElORSkgPT09IFByb3htb3hXb3Jrc3BhY2VLaW5kLlZJUlRVQUxfTUFDSElORVxuICAgICAgICAgICAgICA/IHsgc291cmNlOiBTdG9yYWdlU291cmNlLm5mcyhwcm9wcy5zdG9yYWdlKSwgbGF5b3V0OiBwcm9wcy5zdG9yYWdlTGF5b3V0IH0gOiB1bmRlZmluZWQsXG4gICAgICAgICAgICBwb2xpY3k6IHByb3BzLnBvbGljeSxcbiAgICAgICAgICAgIGVncmVzczogdy5lZ3Jlc3MsXG4gICAgICAgICAgICBwcm94eTogcHJvcHMucHJveHksXG4gICAgICAgICAgICBhbGxvd2VkRW5kcG9pbnRzOiBwcm9wcy5hbGxvd2VkRW5kcG9pbnRzLFxuICAgICAgICAgICAgYWNjZXNzQ2lkcnM6IHByb3BzLmFjY2Vzc0NpZHJzLFxuICAgICAgICAgICAgdGFnczogdy50YWdzLFxuICAgICAgICAgICAgc3RhcnRlZDogdy5zdGFydGVkLFxuICAgICAgICAgIH0pKTtcbiAgICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICAgIGlmICghV29ya3NwYWNlSW5wdXRFcnJvci5pc1dvcmtzcGFjZUlucHV0RXJyb3IoZSkpIHRocm93IGU7XG4gICAgICAgICAgZm9yIChjb25zdCBkIG9mIGUuZGlhZ25vc3RpY3MpIGVycm9ycy5wdXNoKHsgLi4uZCwgZmllbGQ6IGB3b3Jrc3BhY2VzWyR7aX1dICgke3cubmFtZX0pJHtkLmZpZWxkID8gYC4ke2QuZmllbGR9YCA6ICcnfWAsIGxvY2F0aW9uOiBkLmxvY2F0aW9uID8/IGxvY2F0aW9uIH0pO1xuICAgICAgICB9XG4gICAgICB9KTtcbiAgICAgIGVycm9ycy5wdXNoKC4uLnBlck93bmVyTGltaXRQcm9ibGVtcyhwcm9wcy5wb2xpY3ksIHByb3BzLndvcmtzcGFjZXMsIGxvY2F0aW9uKSk7XG4gICAgICBpZiAoZXJyb3JzLmxlbmd0aCkge1xuICAgICAgICB0aHJvdyBuZXcgV29ya3NwYWNlSW5wdXRFcnJvcihlcnJvcnMsIGVycm9ycy5sZW5ndGggPiAxID8gYCR7dGhpcy5ub2RlLnBhdGh9OiAke2Vycm9ycy5sZW5ndGh9IHByb2JsZW1zIGluIHRoZSBsYWIgJHtwcm9wcy5sYWJOYW1lfWAgOiB1bmRlZmluZWQpO1xuICAgICAgfVxuICAgICAgdGhpcy53b3Jrc3BhY2VzID0gd29ya3NwYWNlcztcblxuICAgICAgbmV3IFRlcnJhZm9ybU91dHB1dCh0aGlzLCAnd29ya3NwYWNlcycsIHtcbiAgICAgICAgZGVzY3JpcHRpb246ICdXb3Jrc3BhY2VzIG9mIHRoZSBsYWI6IG5vZGUsIGtpbmQsIHRlbXBsYXRlLCBzaXplLCBlZ3Jlc3MgYW5kIFZNIGlkJyxcbiAgICAgICAgdmFsdWU6IE9iamVjdC5mcm9tRW50cmllcyh3b3Jrc3BhY2VzLm1hcCgodykgPT4gW3cud29ya3NwYWNlTmFtZSwge1xuICAgICAgICAgIG5vZGU6IHcubm9kZU5hbWUsIGtpbmQ6IHcua2luZCwgdGVtcGxhdGU6IHcudGVtcGxhdGUuc2x1Zywgc2l6ZTogdy5zaXplLCBlZ3Jlc3M6IHcuZWdyZXNzLCB2bV9pZDogdy52bUlkLCBzdGFydGVkOiB3LnN0YXJ0ZWQsXG4gICAgICAgIH1dKSksXG4gICAgICB9KTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgdHJhY2VzLnJlc3VtZSgpO1xuICAgIH1cbiAgfVxuXG4gIC8qKlxuICAgKiBjZGt0ZidzIHByZXBhcmluZyBwYXNzIGJlZm9yZSBzeW50aGVzaXMsIHJlc29sdmluZyBvbmx5IHRoZSBwYXJ0cyBvZiB0aGUgc3RhY2snc1xuICAgKiBjb25maWd1cmF0aW9uIHRoYXQgbWF5IGhvbGQgdG9rZW5zICh0aGUgc2FtZSBlZmZlY3RzLCBzdWNoIGFzIGNyb3NzLXN0YWNrIHJlZmVyZW5jZXMsIGZvclxuICAgKiBhIGZyYWN0aW9uIG9mIHRoZSB0aW1lKS5cbiAgICovXG4gIHB1YmxpYyBwcmVwYXJlU3RhY2soKTogdm9pZCB7XG4gICAgcHJlcGFyZVN0YWNrVG9rZW5zKHRoaXMpO1xuICB9XG5cbiAgLyoqXG4gICAqIFRoZSBzdGFjaydzIFRlcnJhZm9ybSBKU09OIGFzIGNka3RmIHJlbmRlcnMgaXQsIHdpdGggb25seSB0aGUgcGFydHMgdGhhdCBtYXkgaG9sZCB0b2tlbnNcbiAgICogcmVzb2x2ZWQgKHRoZSBzYW1lIEpTT04gZm9yIGEgZnJhY3Rpb24gb2YgdGhlIHRpbWUpLlxuICAgKi9cbiAgcHVibGljIHRvVGVycmFmb3JtKCk6IGFueSB7XG4gICAgcmV0dXJuIHJlbmRlclN0YWNrVG9rZW5zKHRoaXMpO1xuICB9XG59XG4iXX0=