"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.permitGroup = exports.readPermitFile = exports.DEMO_PERMIT = void 0;
const audit_1 = require("./audit");
const command_1 = require("./command");
const permit_file_1 = require("./permit-file");
const permit_release_1 = require("./permit-release");
const commands_1 = require("./permit-service/commands");
const permit_synth_1 = require("./permit-synth");
const sources_1 = require("./sources");
const permit_1 = require("../workspaces/permit");
const error_1 = require("../workspaces/private/error");
var permit_file_2 = require("./permit-file");
Object.defineProperty(exports, "DEMO_PERMIT", { enumerable: true, get: function () { return permit_file_2.DEMO_PERMIT; } });
Object.defineProperty(exports, "readPermitFile", { enumerable: true, get: function () { return permit_file_2.readPermitFile; } });
function networkText(w) {
    return w.network === permit_1.NetworkMode.INGRESS_ALLOWLIST ? `${w.network} (${w.ingressCidrs.join(', ')})` : w.network;
}
const plan = {
    name: 'plan',
    summary: 'Show the plan of a permit phase: workspaces, mounts, users, network, changes',
    description: `Computes the desired state of a permit's environment in a status: which workspaces exist and
whether they run, each mount with its access (ro read-only, rw read-write, wo write-only), the
accounts, the network mode, and what changes from --previous. Statuses are case-insensitive
and may be written as the event that leads to them (permit.ingress.initiated,
permit.workspace.stop_requested, permit.workspace.start_requested, permit.deleted). An illegal
transition from --previous is an error (exit 2) naming both statuses.

Without --permit a built-in demo permit is used (id demo-001, two data holders, researchers
alice and bob). A permit file is YAML:
  id: p-2025-001
  data_holders:
    - { id: hospital-a, allowed_cidrs: [203.0.113.0/24] }
  researchers: [alice, { name: bob, uid: 5001 }]
  hdab_preprocessor: hdab-anna
  hdab_reviewer: hdab-ben          # default: the preprocessor
  setup_reviewer: hdab-cleo        # default: the reviewer
  egress_allowed_domains: [pypi.org, cran.r-project.org]   # default: PyPI, CRAN, conda-forge
uids come from the file, then --registry (with a permit file, ./users.yaml when present), then a
stable hash of the name.`,
    options: [
        { name: 'status', value: 'S', help: `the status to plan for (required): ${Object.values(permit_1.PermitStatus).join(', ')}` },
        { name: 'previous', value: 'S', help: 'the status before; the transition is checked and the changes listed' },
        { name: 'permit', value: 'file', help: 'the permit (YAML); default: the built-in demo permit' },
        { name: 'event-id', value: 'id', help: 'id of the triggering event, recorded in the plan (default "manual")' },
        { ...sources_1.REGISTRY_OPTION, help: 'user registry to take uids from (default with --permit: ./users.yaml when present)' },
    ],
    examples: [
        'rws permit plan --status WORKSPACE_SETUP_PENDING --previous DATA_PREPARATION_REVIEW_PENDING',
        'rws permit plan --status permit.workspace.stop_requested --previous ANALYSIS_ACTIVE --permit permits/p-001.yaml --json',
    ],
    run(ctx, input) {
        const statusText = input.str('status');
        if (statusText === undefined)
            throw new command_1.UsageError('--status is required', ctx.commandName);
        const status = permit_1.PermitLifecycle.parseStatus(statusText, '--status');
        const previousText = input.str('previous');
        const previousStatus = previousText === undefined ? undefined : permit_1.PermitLifecycle.parseStatus(previousText, '--previous');
        const permitFile = input.str('permit');
        const loaded = permitFile !== undefined ? (0, permit_file_1.readPermitFile)((0, sources_1.userPath)(ctx, permitFile)) : undefined;
        if (!loaded)
            ctx.out.note('using the built-in demo permit (pass --permit <file.yaml> for a real one)');
        const props = {
            ...(loaded?.permit ?? permit_file_1.DEMO_PERMIT),
            status,
            ...(previousStatus !== undefined ? { previousStatus } : {}),
            ...(input.str('event-id') !== undefined ? { eventId: input.str('event-id') } : {}),
        };
        let result;
        try {
            result = permit_1.PermitLifecycle.plan(props, (0, permit_file_1.registryFor)(ctx, input, loaded === undefined));
        }
        catch (e) {
            if (loaded && error_1.WorkspaceInputError.isWorkspaceInputError(e))
                throw (0, permit_file_1.locateInFile)(e, loaded.source);
            throw e;
        }
        if (ctx.out.json) {
            ctx.out.printJson(result);
            return command_1.EXIT_OK;
        }
        printPlan(ctx, result);
        return command_1.EXIT_OK;
    },
};
function printPlan(ctx, p) {
    const out = ctx.out;
    out.heading(`permit ${p.permitId}: ${p.status}${p.previousStatus ? ` (from ${p.previousStatus})` : ''}, event ${p.eventId}`);
    out.line();
    if (p.workspaces.length === 0) {
        out.line('No workspaces in this phase.');
    }
    else {
        out.table(['WORKSPACE', 'STATE', 'MOUNTS', 'USERS', 'NETWORK', 'ACCESS'], p.workspaces.map((w) => [
            w.role, w.state, w.mounts.map((m) => `${m.volume}:${m.path}:${m.access}`).join(', ') || 'none',
            w.users.map((u) => `${u.name}(${u.uid})`).join(', '), networkText(w), `${w.protocol}:${w.port}`,
        ]));
    }
    out.line();
    if (p.volumes.length)
        out.line(`Volumes: ${p.volumes.map((v) => v.name).join(', ')} (${p.volumes.every((v) => v.protect) ? 'all protected from destruction' : 'some unprotected'})`);
    if (p.volumesToDelete.length)
        out.line(`Volumes to destroy: ${p.volumesToDelete.join(', ')}`);
    if (p.workspaces.some((w) => w.network === permit_1.NetworkMode.EGRESS_PROXY))
        out.line(`Package proxy allows: ${p.egressAllowedDomains.join(', ')}`);
    out.line();
    if (p.replay) {
        out.line('Replayed status: nothing changes.');
    }
    else if (p.changes.length === 0) {
        out.line('No changes.');
    }
    else {
        out.heading('Changes');
        out.table(['SUBJECT', 'NAME', 'CHANGE', 'DETAIL'], p.changes.map((c) => [c.subject, c.name, c.change, c.detail]));
    }
}
exports.permitGroup = {
    name: 'permit',
    summary: 'Plan and synthesize the phases of a data permit (secure processing environment)',
    description: '"plan" shows what a phase contains and needs no cloud libraries; "synth" writes the phase\'s stack (Kubernetes, Proxmox or AWS) for a pipeline.',
    commands: [plan, permit_synth_1.permitSynth, (0, audit_1.permitAuditCommand)(permit_synth_1.permitSynth), commands_1.permitWorker, commands_1.permitApi, commands_1.permitPublish, permit_release_1.permitRelease],
};
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicGVybWl0LmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vc3JjL2NsaS9wZXJtaXQudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7O0FBQUEsbUNBQTZDO0FBQzdDLHVDQUFnRjtBQUNoRiwrQ0FBdUY7QUFDdkYscURBQWlEO0FBQ2pELHdEQUFtRjtBQUNuRixpREFBNkM7QUFDN0MsdUNBQXNEO0FBQ3RELGlEQUEyRztBQUMzRyx1REFBa0U7QUFFbEUsNkNBQTREO0FBQW5ELDBHQUFBLFdBQVcsT0FBQTtBQUFFLDZHQUFBLGNBQWMsT0FBQTtBQUVwQyxTQUFTLFdBQVcsQ0FBQyxDQUFtQztJQUN0RCxPQUFPLENBQUMsQ0FBQyxPQUFPLEtBQUssb0JBQVcsQ0FBQyxpQkFBaUIsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsT0FBTyxLQUFLLENBQUMsQ0FBQyxZQUFZLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUM7QUFDakgsQ0FBQztBQUVELE1BQU0sSUFBSSxHQUFZO0lBQ3BCLElBQUksRUFBRSxNQUFNO0lBQ1osT0FBTyxFQUFFLDhFQUE4RTtJQUN2RixXQUFXLEVBQUU7Ozs7Ozs7Ozs7Ozs7Ozs7Ozt5QkFrQlU7SUFDdkIsT0FBTyxFQUFFO1FBQ1AsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsSUFBSSxFQUFFLHNDQUFzQyxNQUFNLENBQUMsTUFBTSxDQUFDLHFCQUFZLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsRUFBRTtRQUNwSCxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxJQUFJLEVBQUUscUVBQXFFLEVBQUU7UUFDN0csRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLHNEQUFzRCxFQUFFO1FBQy9GLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxxRUFBcUUsRUFBRTtRQUM5RyxFQUFFLEdBQUcseUJBQWUsRUFBRSxJQUFJLEVBQUUsb0ZBQW9GLEVBQUU7S0FDbkg7SUFDRCxRQUFRLEVBQUU7UUFDUiw2RkFBNkY7UUFDN0Ysd0hBQXdIO0tBQ3pIO0lBQ0QsR0FBRyxDQUFDLEdBQUcsRUFBRSxLQUFLO1FBQ1osTUFBTSxVQUFVLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxRQUFRLENBQUMsQ0FBQztRQUN2QyxJQUFJLFVBQVUsS0FBSyxTQUFTO1lBQUUsTUFBTSxJQUFJLG9CQUFVLENBQUMsc0JBQXNCLEVBQUUsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDO1FBQzVGLE1BQU0sTUFBTSxHQUFHLHdCQUFlLENBQUMsV0FBVyxDQUFDLFVBQVUsRUFBRSxVQUFVLENBQUMsQ0FBQztRQUNuRSxNQUFNLFlBQVksR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLFVBQVUsQ0FBQyxDQUFDO1FBQzNDLE1BQU0sY0FBYyxHQUFHLFlBQVksS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsd0JBQWUsQ0FBQyxXQUFXLENBQUMsWUFBWSxFQUFFLFlBQVksQ0FBQyxDQUFDO1FBQ3hILE1BQU0sVUFBVSxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsUUFBUSxDQUFDLENBQUM7UUFDdkMsTUFBTSxNQUFNLEdBQUcsVUFBVSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsSUFBQSw0QkFBYyxFQUFDLElBQUEsa0JBQVEsRUFBQyxHQUFHLEVBQUUsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO1FBQ2hHLElBQUksQ0FBQyxNQUFNO1lBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsMkVBQTJFLENBQUMsQ0FBQztRQUN2RyxNQUFNLEtBQUssR0FBZ0I7WUFDekIsR0FBRyxDQUFDLE1BQU0sRUFBRSxNQUFNLElBQUkseUJBQVcsQ0FBQztZQUNsQyxNQUFNO1lBQ04sR0FBRyxDQUFDLGNBQWMsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLEVBQUUsY0FBYyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUMzRCxHQUFHLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxVQUFVLENBQUMsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLEtBQUssQ0FBQyxHQUFHLENBQUMsVUFBVSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1NBQ25GLENBQUM7UUFDRixJQUFJLE1BQWtCLENBQUM7UUFDdkIsSUFBSSxDQUFDO1lBQ0gsTUFBTSxHQUFHLHdCQUFlLENBQUMsSUFBSSxDQUFDLEtBQUssRUFBRSxJQUFBLHlCQUFXLEVBQUMsR0FBRyxFQUFFLEtBQUssRUFBRSxNQUFNLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQztRQUN0RixDQUFDO1FBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztZQUNYLElBQUksTUFBTSxJQUFJLDJCQUFtQixDQUFDLHFCQUFxQixDQUFDLENBQUMsQ0FBQztnQkFBRSxNQUFNLElBQUEsMEJBQVksRUFBQyxDQUFDLEVBQUUsTUFBTSxDQUFDLE1BQU0sQ0FBQyxDQUFDO1lBQ2pHLE1BQU0sQ0FBQyxDQUFDO1FBQ1YsQ0FBQztRQUNELElBQUksR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUNqQixHQUFHLENBQUMsR0FBRyxDQUFDLFNBQVMsQ0FBQyxNQUFNLENBQUMsQ0FBQztZQUMxQixPQUFPLGlCQUFPLENBQUM7UUFDakIsQ0FBQztRQUNELFNBQVMsQ0FBQyxHQUFHLEVBQUUsTUFBTSxDQUFDLENBQUM7UUFDdkIsT0FBTyxpQkFBTyxDQUFDO0lBQ2pCLENBQUM7Q0FDRixDQUFDO0FBRUYsU0FBUyxTQUFTLENBQUMsR0FBWSxFQUFFLENBQWE7SUFDNUMsTUFBTSxHQUFHLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQztJQUNwQixHQUFHLENBQUMsT0FBTyxDQUFDLFVBQVUsQ0FBQyxDQUFDLFFBQVEsS0FBSyxDQUFDLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQyxjQUFjLENBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxDQUFDLGNBQWMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLFdBQVcsQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUM7SUFDN0gsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO0lBQ1gsSUFBSSxDQUFDLENBQUMsVUFBVSxDQUFDLE1BQU0sS0FBSyxDQUFDLEVBQUUsQ0FBQztRQUM5QixHQUFHLENBQUMsSUFBSSxDQUFDLDhCQUE4QixDQUFDLENBQUM7SUFDM0MsQ0FBQztTQUFNLENBQUM7UUFDTixHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsV0FBVyxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxRQUFRLENBQUMsRUFBRSxDQUFDLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUM7WUFDaEcsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsS0FBSyxFQUFFLENBQUMsQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxNQUFNLElBQUksQ0FBQyxDQUFDLElBQUksSUFBSSxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksTUFBTTtZQUM5RixDQUFDLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUMsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxXQUFXLENBQUMsQ0FBQyxDQUFDLEVBQUUsR0FBRyxDQUFDLENBQUMsUUFBUSxJQUFJLENBQUMsQ0FBQyxJQUFJLEVBQUU7U0FDaEcsQ0FBQyxDQUFDLENBQUM7SUFDTixDQUFDO0lBQ0QsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO0lBQ1gsSUFBSSxDQUFDLENBQUMsT0FBTyxDQUFDLE1BQU07UUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLFlBQVksQ0FBQyxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsZ0NBQWdDLENBQUMsQ0FBQyxDQUFDLGtCQUFrQixHQUFHLENBQUMsQ0FBQztJQUNyTCxJQUFJLENBQUMsQ0FBQyxlQUFlLENBQUMsTUFBTTtRQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsdUJBQXVCLENBQUMsQ0FBQyxlQUFlLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUM5RixJQUFJLENBQUMsQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsT0FBTyxLQUFLLG9CQUFXLENBQUMsWUFBWSxDQUFDO1FBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyx5QkFBeUIsQ0FBQyxDQUFDLG9CQUFvQixDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDN0ksR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO0lBQ1gsSUFBSSxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUM7UUFDYixHQUFHLENBQUMsSUFBSSxDQUFDLG1DQUFtQyxDQUFDLENBQUM7SUFDaEQsQ0FBQztTQUFNLElBQUksQ0FBQyxDQUFDLE9BQU8sQ0FBQyxNQUFNLEtBQUssQ0FBQyxFQUFFLENBQUM7UUFDbEMsR0FBRyxDQUFDLElBQUksQ0FBQyxhQUFhLENBQUMsQ0FBQztJQUMxQixDQUFDO1NBQU0sQ0FBQztRQUNOLEdBQUcsQ0FBQyxPQUFPLENBQUMsU0FBUyxDQUFDLENBQUM7UUFDdkIsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDLFNBQVMsRUFBRSxNQUFNLEVBQUUsUUFBUSxFQUFFLFFBQVEsQ0FBQyxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDcEgsQ0FBQztBQUNILENBQUM7QUFFWSxRQUFBLFdBQVcsR0FBaUI7SUFDdkMsSUFBSSxFQUFFLFFBQVE7SUFDZCxPQUFPLEVBQUUsaUZBQWlGO0lBQzFGLFdBQVcsRUFBRSxpSkFBaUo7SUFDOUosUUFBUSxFQUFFLENBQUMsSUFBSSxFQUFFLDBCQUFXLEVBQUUsSUFBQSwwQkFBa0IsRUFBQywwQkFBVyxDQUFDLEVBQUUsdUJBQVksRUFBRSxvQkFBUyxFQUFFLHdCQUFhLEVBQUUsOEJBQWEsQ0FBQztDQUN0SCxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgcGVybWl0QXVkaXRDb21tYW5kIH0gZnJvbSAnLi9hdWRpdCc7XG5pbXBvcnQgeyBDb21tYW5kLCBDb21tYW5kR3JvdXAsIENvbnRleHQsIEVYSVRfT0ssIFVzYWdlRXJyb3IgfSBmcm9tICcuL2NvbW1hbmQnO1xuaW1wb3J0IHsgREVNT19QRVJNSVQsIGxvY2F0ZUluRmlsZSwgcmVhZFBlcm1pdEZpbGUsIHJlZ2lzdHJ5Rm9yIH0gZnJvbSAnLi9wZXJtaXQtZmlsZSc7XG5pbXBvcnQgeyBwZXJtaXRSZWxlYXNlIH0gZnJvbSAnLi9wZXJtaXQtcmVsZWFzZSc7XG5pbXBvcnQgeyBwZXJtaXRBcGksIHBlcm1pdFB1Ymxpc2gsIHBlcm1pdFdvcmtlciB9IGZyb20gJy4vcGVybWl0LXNlcnZpY2UvY29tbWFuZHMnO1xuaW1wb3J0IHsgcGVybWl0U3ludGggfSBmcm9tICcuL3Blcm1pdC1zeW50aCc7XG5pbXBvcnQgeyBSRUdJU1RSWV9PUFRJT04sIHVzZXJQYXRoIH0gZnJvbSAnLi9zb3VyY2VzJztcbmltcG9ydCB7IE5ldHdvcmtNb2RlLCBQZXJtaXRMaWZlY3ljbGUsIFBlcm1pdFBsYW4sIFBlcm1pdFByb3BzLCBQZXJtaXRTdGF0dXMgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3Blcm1pdCc7XG5pbXBvcnQgeyBXb3Jrc3BhY2VJbnB1dEVycm9yIH0gZnJvbSAnLi4vd29ya3NwYWNlcy9wcml2YXRlL2Vycm9yJztcblxuZXhwb3J0IHsgREVNT19QRVJNSVQsIHJlYWRQZXJtaXRGaWxlIH0gZnJvbSAnLi9wZXJtaXQtZmlsZSc7XG5cbmZ1bmN0aW9uIG5ldHdvcmtUZXh0KHc6IFBlcm1pdFBsYW5bJ3dvcmtzcGFjZXMnXVtudW1iZXJdKTogc3RyaW5nIHtcbiAgcmV0dXJuIHcubmV0d29yayA9PT0gTmV0d29ya01vZGUuSU5HUkVTU19BTExPV0xJU1QgPyBgJHt3Lm5ldHdvcmt9ICgke3cuaW5ncmVzc0NpZHJzLmpvaW4oJywgJyl9KWAgOiB3Lm5ldHdvcms7XG59XG5cbmNvbnN0IHBsYW46IENvbW1hbmQgPSB7XG4gIG5hbWU6ICdwbGFuJyxcbiAgc3VtbWFyeTogJ1Nob3cgdGhlIHBsYW4gb2YgYSBwZXJtaXQgcGhhc2U6IHdvcmtzcGFjZXMsIG1vdW50cywgdXNlcnMsIG5ldHdvcmssIGNoYW5nZXMnLFxuICBkZXNjcmlwdGlvbjogYENvbXB1dGVzIHRoZSBkZXNpcmVkIHN0YXRlIG9mIGEgcGVybWl0J3MgZW52aXJvbm1lbnQgaW4gYSBzdGF0dXM6IHdoaWNoIHdvcmtzcGFjZXMgZXhpc3QgYW5kXG53aGV0aGVyIHRoZXkgcnVuLCBlYWNoIG1vdW50IHdpdGggaXRzIGFjY2VzcyAocm8gcmVhZC1vbmx5LCBydyByZWFkLXdyaXRlLCB3byB3cml0ZS1vbmx5KSwgdGhlXG5hY2NvdW50cywgdGhlIG5ldHdvcmsgbW9kZSwgYW5kIHdoYXQgY2hhbmdlcyBmcm9tIC0tcHJldmlvdXMuIFN0YXR1c2VzIGFyZSBjYXNlLWluc2Vuc2l0aXZlXG5hbmQgbWF5IGJlIHdyaXR0ZW4gYXMgdGhlIGV2ZW50IHRoYXQgbGVhZHMgdG8gdGhlbSAocGVybWl0LmluZ3Jlc3MuaW5pdGlhdGVkLFxucGVybWl0LndvcmtzcGFjZS5zdG9wX3JlcXVlc3RlZCwgcGVybWl0LndvcmtzcGFjZS5zdGFydF9yZXF1ZXN0ZWQsIHBlcm1pdC5kZWxldGVkKS4gQW4gaWxsZWdhbFxudHJhbnNpdGlvbiBmcm9tIC0tcHJldmlvdXMgaXMgYW4gZXJyb3IgKGV4aXQgMikgbmFtaW5nIGJvdGggc3RhdHVzZXMuXG5cbldpdGhvdXQgLS1wZXJtaXQgYSBidWlsdC1pbiBkZW1vIHBlcm1pdCBpcyB1c2VkIChpZCBkZW1vLTAwMSwgdHdvIGRhdGEgaG9sZGVycywgcmVzZWFyY2hlcnNcbmFsaWNlIGFuZCBib2IpLiBBIHBlcm1pdCBmaWxlIGlzIFlBTUw6XG4gIGlkOiBwLTIwMjUtMDAxXG4gIGRhdGFfaG9sZGVyczpcbiAgICAtIHsgaWQ6IGhvc3BpdGFsLWEsIGFsbG93ZWRfY2lkcnM6IFsyMDMuMC4xMTMuMC8yNF0gfVxuICByZXNlYXJjaGVyczogW2FsaWNlLCB7IG5hbWU6IGJvYiwgdWlkOiA1MDAxIH1dXG4gIGhkYWJfcHJlcHJvY2Vzc29yOiBoZGFiLWFubmFcbiAgaGRhYl9yZXZpZXdlcjogaGRhYi1iZW4gICAgICAgICAgIyBkZWZhdWx0OiB0aGUgcHJlcHJvY2Vzc29yXG4gIHNldHVwX3Jldmlld2VyOiBoZGFiLWNsZW8gICAgICAgICMgZGVmYXVsdDogdGhlIHJldmlld2VyXG4gIGVncmVzc19hbGxvd2VkX2RvbWFpbnM6IFtweXBpLm9yZywgY3Jhbi5yLXByb2plY3Qub3JnXSAgICMgZGVmYXVsdDogUHlQSSwgQ1JBTiwgY29uZGEtZm9yZ2VcbnVpZHMgY29tZSBmcm9tIHRoZSBmaWxlLCB0aGVuIC0tcmVnaXN0cnkgKHdpdGggYSBwZXJtaXQgZmlsZSwgLi91c2Vycy55YW1sIHdoZW4gcHJlc2VudCksIHRoZW4gYVxuc3RhYmxlIGhhc2ggb2YgdGhlIG5hbWUuYCxcbiAgb3B0aW9uczogW1xuICAgIHsgbmFtZTogJ3N0YXR1cycsIHZhbHVlOiAnUycsIGhlbHA6IGB0aGUgc3RhdHVzIHRvIHBsYW4gZm9yIChyZXF1aXJlZCk6ICR7T2JqZWN0LnZhbHVlcyhQZXJtaXRTdGF0dXMpLmpvaW4oJywgJyl9YCB9LFxuICAgIHsgbmFtZTogJ3ByZXZpb3VzJywgdmFsdWU6ICdTJywgaGVscDogJ3RoZSBzdGF0dXMgYmVmb3JlOyB0aGUgdHJhbnNpdGlvbiBpcyBjaGVja2VkIGFuZCB0aGUgY2hhbmdlcyBsaXN0ZWQnIH0sXG4gICAgeyBuYW1lOiAncGVybWl0JywgdmFsdWU6ICdmaWxlJywgaGVscDogJ3RoZSBwZXJtaXQgKFlBTUwpOyBkZWZhdWx0OiB0aGUgYnVpbHQtaW4gZGVtbyBwZXJtaXQnIH0sXG4gICAgeyBuYW1lOiAnZXZlbnQtaWQnLCB2YWx1ZTogJ2lkJywgaGVscDogJ2lkIG9mIHRoZSB0cmlnZ2VyaW5nIGV2ZW50LCByZWNvcmRlZCBpbiB0aGUgcGxhbiAoZGVmYXVsdCBcIm1hbnVhbFwiKScgfSxcbiAgICB7IC4uLlJFR0lTVFJZX09QVElPTiwgaGVscDogJ3VzZXIgcmVnaXN0cnkgdG8gdGFrZSB1aWRzIGZyb20gKGRlZmF1bHQgd2l0aCAtLXBlcm1pdDogLi91c2Vycy55YW1sIHdoZW4gcHJlc2VudCknIH0sXG4gIF0sXG4gIGV4YW1wbGVzOiBbXG4gICAgJ3J3cyBwZXJtaXQgcGxhbiAtLXN0YXR1cyBXT1JLU1BBQ0VfU0VUVVBfUEVORElORyAtLXByZXZpb3VzIERBVEFfUFJFUEFSQVRJT05fUkVWSUVXX1BFTkRJTkcnLFxuICAgICdyd3MgcGVybWl0IHBsYW4gLS1zdGF0dXMgcGVybWl0LndvcmtzcGFjZS5zdG9wX3JlcXVlc3RlZCAtLXByZXZpb3VzIEFOQUxZU0lTX0FDVElWRSAtLXBlcm1pdCBwZXJtaXRzL3AtMDAxLnlhbWwgLS1qc29uJyxcbiAgXSxcbiAgcnVuKGN0eCwgaW5wdXQpIHtcbiAgICBjb25zdCBzdGF0dXNUZXh0ID0gaW5wdXQuc3RyKCdzdGF0dXMnKTtcbiAgICBpZiAoc3RhdHVzVGV4dCA9PT0gdW5kZWZpbmVkKSB0aHJvdyBuZXcgVXNhZ2VFcnJvcignLS1zdGF0dXMgaXMgcmVxdWlyZWQnLCBjdHguY29tbWFuZE5hbWUpO1xuICAgIGNvbnN0IHN0YXR1cyA9IFBlcm1pdExpZmVjeWNsZS5wYXJzZVN0YXR1cyhzdGF0dXNUZXh0LCAnLS1zdGF0dXMnKTtcbiAgICBjb25zdCBwcmV2aW91c1RleHQgPSBpbnB1dC5zdHIoJ3ByZXZpb3VzJyk7XG4gICAgY29uc3QgcHJldmlvdXNTdGF0dXMgPSBwcmV2aW91c1RleHQgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IFBlcm1pdExpZmVjeWNsZS5wYXJzZVN0YXR1cyhwcmV2aW91c1RleHQsICctLXByZXZpb3VzJyk7XG4gICAgY29uc3QgcGVybWl0RmlsZSA9IGlucHV0LnN0cigncGVybWl0Jyk7XG4gICAgY29uc3QgbG9hZGVkID0gcGVybWl0RmlsZSAhPT0gdW5kZWZpbmVkID8gcmVhZFBlcm1pdEZpbGUodXNlclBhdGgoY3R4LCBwZXJtaXRGaWxlKSkgOiB1bmRlZmluZWQ7XG4gICAgaWYgKCFsb2FkZWQpIGN0eC5vdXQubm90ZSgndXNpbmcgdGhlIGJ1aWx0LWluIGRlbW8gcGVybWl0IChwYXNzIC0tcGVybWl0IDxmaWxlLnlhbWw+IGZvciBhIHJlYWwgb25lKScpO1xuICAgIGNvbnN0IHByb3BzOiBQZXJtaXRQcm9wcyA9IHtcbiAgICAgIC4uLihsb2FkZWQ/LnBlcm1pdCA/PyBERU1PX1BFUk1JVCksXG4gICAgICBzdGF0dXMsXG4gICAgICAuLi4ocHJldmlvdXNTdGF0dXMgIT09IHVuZGVmaW5lZCA/IHsgcHJldmlvdXNTdGF0dXMgfSA6IHt9KSxcbiAgICAgIC4uLihpbnB1dC5zdHIoJ2V2ZW50LWlkJykgIT09IHVuZGVmaW5lZCA/IHsgZXZlbnRJZDogaW5wdXQuc3RyKCdldmVudC1pZCcpIH0gOiB7fSksXG4gICAgfTtcbiAgICBsZXQgcmVzdWx0OiBQZXJtaXRQbGFuO1xuICAgIHRyeSB7XG4gICAgICByZXN1bHQgPSBQZXJtaXRMaWZlY3ljbGUucGxhbihwcm9wcywgcmVnaXN0cnlGb3IoY3R4LCBpbnB1dCwgbG9hZGVkID09PSB1bmRlZmluZWQpKTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICBpZiAobG9hZGVkICYmIFdvcmtzcGFjZUlucHV0RXJyb3IuaXNXb3Jrc3BhY2VJbnB1dEVycm9yKGUpKSB0aHJvdyBsb2NhdGVJbkZpbGUoZSwgbG9hZGVkLnNvdXJjZSk7XG4gICAgICB0aHJvdyBlO1xuICAgIH1cbiAgICBpZiAoY3R4Lm91dC5qc29uKSB7XG4gICAgICBjdHgub3V0LnByaW50SnNvbihyZXN1bHQpO1xuICAgICAgcmV0dXJuIEVYSVRfT0s7XG4gICAgfVxuICAgIHByaW50UGxhbihjdHgsIHJlc3VsdCk7XG4gICAgcmV0dXJuIEVYSVRfT0s7XG4gIH0sXG59O1xuXG5mdW5jdGlvbiBwcmludFBsYW4oY3R4OiBDb250ZXh0LCBwOiBQZXJtaXRQbGFuKTogdm9pZCB7XG4gIGNvbnN0IG91dCA9IGN0eC5vdXQ7XG4gIG91dC5oZWFkaW5nKGBwZXJtaXQgJHtwLnBlcm1pdElkfTogJHtwLnN0YXR1c30ke3AucHJldmlvdXNTdGF0dXMgPyBgIChmcm9tICR7cC5wcmV2aW91c1N0YXR1c30pYCA6ICcnfSwgZXZlbnQgJHtwLmV2ZW50SWR9YCk7XG4gIG91dC5saW5lKCk7XG4gIGlmIChwLndvcmtzcGFjZXMubGVuZ3RoID09PSAwKSB7XG4gICAgb3V0LmxpbmUoJ05vIHdvcmtzcGFjZXMgaW4gdGhpcyBwaGFzZS4nKTtcbiAgfSBlbHNlIHtcbiAgICBvdXQudGFibGUoWydXT1JLU1BBQ0UnLCAnU1RBVEUnLCAnTU9VTlRTJywgJ1VTRVJTJywgJ05FVFdPUksnLCAnQUNDRVNTJ10sIHAud29ya3NwYWNlcy5tYXAoKHcpID0+IFtcbiAgICAgIHcucm9sZSwgdy5zdGF0ZSwgdy5tb3VudHMubWFwKChtKSA9PiBgJHttLnZvbHVtZX06JHttLnBhdGh9OiR7bS5hY2Nlc3N9YCkuam9pbignLCAnKSB8fCAnbm9uZScsXG4gICAgICB3LnVzZXJzLm1hcCgodSkgPT4gYCR7dS5uYW1lfSgke3UudWlkfSlgKS5qb2luKCcsICcpLCBuZXR3b3JrVGV4dCh3KSwgYCR7dy5wcm90b2NvbH06JHt3LnBvcnR9YCxcbiAgICBdKSk7XG4gIH1cbiAgb3V0LmxpbmUoKTtcbiAgaWYgKHAudm9sdW1lcy5sZW5ndGgpIG91dC5saW5lKGBWb2x1bWVzOiAke3Audm9sdW1lcy5tYXAoKHYpID0+IHYubmFtZSkuam9pbignLCAnKX0gKCR7cC52b2x1bWVzLmV2ZXJ5KCh2KSA9PiB2LnByb3RlY3QpID8gJ2FsbCBwcm90ZWN0ZWQgZnJvbSBkZXN0cnVjdGlvbicgOiAnc29tZSB1bnByb3RlY3RlZCd9KWApO1xuICBpZiAocC52b2x1bWVzVG9EZWxldGUubGVuZ3RoKSBvdXQubGluZShgVm9sdW1lcyB0byBkZXN0cm95OiAke3Audm9sdW1lc1RvRGVsZXRlLmpvaW4oJywgJyl9YCk7XG4gIGlmIChwLndvcmtzcGFjZXMuc29tZSgodykgPT4gdy5uZXR3b3JrID09PSBOZXR3b3JrTW9kZS5FR1JFU1NfUFJPWFkpKSBvdXQubGluZShgUGFja2FnZSBwcm94eSBhbGxvd3M6ICR7cC5lZ3Jlc3NBbGxvd2VkRG9tYWlucy5qb2luKCcsICcpfWApO1xuICBvdXQubGluZSgpO1xuICBpZiAocC5yZXBsYXkpIHtcbiAgICBvdXQubGluZSgnUmVwbGF5ZWQgc3RhdHVzOiBub3RoaW5nIGNoYW5nZXMuJyk7XG4gIH0gZWxzZSBpZiAocC5jaGFuZ2VzLmxlbmd0aCA9PT0gMCkge1xuICAgIG91dC5saW5lKCdObyBjaGFuZ2VzLicpO1xuICB9IGVsc2Uge1xuICAgIG91dC5oZWFkaW5nKCdDaGFuZ2VzJyk7XG4gICAgb3V0LnRhYmxlKFsnU1VCSkVDVCcsICdOQU1FJywgJ0NIQU5HRScsICdERVRBSUwnXSwgcC5jaGFuZ2VzLm1hcCgoYykgPT4gW2Muc3ViamVjdCwgYy5uYW1lLCBjLmNoYW5nZSwgYy5kZXRhaWxdKSk7XG4gIH1cbn1cblxuZXhwb3J0IGNvbnN0IHBlcm1pdEdyb3VwOiBDb21tYW5kR3JvdXAgPSB7XG4gIG5hbWU6ICdwZXJtaXQnLFxuICBzdW1tYXJ5OiAnUGxhbiBhbmQgc3ludGhlc2l6ZSB0aGUgcGhhc2VzIG9mIGEgZGF0YSBwZXJtaXQgKHNlY3VyZSBwcm9jZXNzaW5nIGVudmlyb25tZW50KScsXG4gIGRlc2NyaXB0aW9uOiAnXCJwbGFuXCIgc2hvd3Mgd2hhdCBhIHBoYXNlIGNvbnRhaW5zIGFuZCBuZWVkcyBubyBjbG91ZCBsaWJyYXJpZXM7IFwic3ludGhcIiB3cml0ZXMgdGhlIHBoYXNlXFwncyBzdGFjayAoS3ViZXJuZXRlcywgUHJveG1veCBvciBBV1MpIGZvciBhIHBpcGVsaW5lLicsXG4gIGNvbW1hbmRzOiBbcGxhbiwgcGVybWl0U3ludGgsIHBlcm1pdEF1ZGl0Q29tbWFuZChwZXJtaXRTeW50aCksIHBlcm1pdFdvcmtlciwgcGVybWl0QXBpLCBwZXJtaXRQdWJsaXNoLCBwZXJtaXRSZWxlYXNlXSxcbn07XG4iXX0=