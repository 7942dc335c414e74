"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.terraformEgressFindings = terraformEgressFindings;
exports.addTerraformEgressAudit = addTerraformEgressAudit;
const token_traces_1 = require("./token-traces");
const egress_audit_1 = require("../../private/egress-audit");
const kubernetes_1 = require("../../workspaces/audit/kubernetes");
const model_1 = require("../../workspaces/audit/model");
const permit_network_1 = require("../../workspaces/audit/permit-network");
const proxmox_1 = require("../../workspaces/audit/proxmox");
/**
 * The Proxmox isolation declarations, loaded on first use: they need cdktf, which the CDK plugin
 * (egress-audit-plugin.ts, loaded by every AWS lab and permit) must not load.
 */
function proxmoxIsolation() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('../proxmox/private/isolation');
}
/**
 * The cdktf validation of a Terraform stack: audits `stack.toTerraform()` (what cdk.tf.json
 * will hold) and returns one message per finding. `kind` picks the analyzer.
 */
function terraformEgressFindings(json, stackName, kind, proxmox) {
    const file = `${stackName}/cdk.tf.json`;
    const unit = kind === 'kubernetes'
        ? (0, kubernetes_1.auditKubernetes)(json, stackName, file, { permitNetwork: permit_network_1.permitNetwork })
        : (0, proxmox_1.auditProxmox)(json, stackName, file, {
            permitNetwork: permit_network_1.permitNetwork,
            // What the Proxmox constructs declared (their own isolation check enforces it at synth):
            // who keeps the datacenter firewall on, and the resolvers that answer internal names only.
            datacenterFirewallElsewhere: proxmox?.datacenterFirewall === 'managed-elsewhere',
            internalResolvers: proxmox ? [...new Set(Object.values(proxmox.guests).flatMap((g) => g.resolvers ?? []))] : [],
        });
    return (0, model_1.findingsOf)([unit]).map(egress_audit_1.findingText);
}
/**
 * Adds the cdktf egress audit to a Terraform stack: a node validation that renders the stack's
 * JSON and audits it. In `error` mode a finding fails `app.synth()`; in `warning` mode the
 * findings are printed on stderr.
 */
function addTerraformEgressAudit(stack, kind) {
    const mode = (0, egress_audit_1.egressAuditMode)(stack);
    if (mode === 'off')
        return;
    const render = handOverRendering(stack);
    stack.node.addValidation({
        validate: () => {
            const json = render();
            const found = terraformEgressFindings(json, stack.node.id, kind, kind === 'proxmox' ? proxmoxIsolation().isolationDeclarationsOf(stack) : undefined);
            if (mode === 'error' && found.length)
                return found.map((f) => `egress audit: ${f}`);
            for (const f of found)
                process.stderr.write(`warning: egress audit: ${f}\n`);
            render.handOver(json);
            return [];
        },
    });
}
/**
 * cdktf's synthesizer renders a stack's JSON (every token resolved, the largest part of a
 * synthesis) right after running its validations, so the audit above and the file would render it
 * twice. The audit's rendering is handed to the stack's next `toTerraform()` instead, once, and
 * only while nothing can have changed: in the same synchronous run (the hand-over expires at the
 * next microtask; `app.synth()` is synchronous) and with the same constructs in the stack. Every
 * other call renders afresh. test/audit/synth-hooks.test.ts checks the written file is the same.
 */
function handOverRendering(stack) {
    const render = stack.toTerraform.bind(stack);
    // The tokens a rendering creates (dependencies, references) are untraced (token-traces.ts).
    const fresh = () => {
        const traces = (0, token_traces_1.pauseTokenTraces)();
        try {
            return render();
        }
        finally {
            traces.resume();
        }
    };
    let kept;
    stack.toTerraform = () => {
        const k = kept;
        kept = undefined;
        return k && k.constructs === stack.node.findAll().length ? k.json : fresh();
    };
    return Object.assign(() => fresh(), {
        handOver: (json) => {
            kept = { json, constructs: stack.node.findAll().length };
            queueMicrotask(() => { kept = undefined; });
        },
    });
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiZWdyZXNzLWF1ZGl0LWhvb2tzLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vc3JjL2NvbnN0cnVjdHMvdGVycmFmb3JtL2VncmVzcy1hdWRpdC1ob29rcy50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOztBQTRCQSwwREFZQztBQU9ELDBEQWNDO0FBdERELGlEQUFrRDtBQUNsRCw2REFBMEU7QUFDMUUsa0VBQW9FO0FBQ3BFLHdEQUEwRDtBQUMxRCwwRUFBc0U7QUFDdEUsNERBQThEO0FBRzlEOzs7R0FHRztBQUNILFNBQVMsZ0JBQWdCO0lBQ3ZCLGlFQUFpRTtJQUNqRSxPQUFPLE9BQU8sQ0FBQyw4QkFBOEIsQ0FBQyxDQUFDO0FBQ2pELENBQUM7QUFFRDs7O0dBR0c7QUFDSCxTQUFnQix1QkFBdUIsQ0FBQyxJQUFTLEVBQUUsU0FBaUIsRUFBRSxJQUE4QixFQUFFLE9BQStCO0lBQ25JLE1BQU0sSUFBSSxHQUFHLEdBQUcsU0FBUyxjQUFjLENBQUM7SUFDeEMsTUFBTSxJQUFJLEdBQUcsSUFBSSxLQUFLLFlBQVk7UUFDaEMsQ0FBQyxDQUFDLElBQUEsNEJBQWUsRUFBQyxJQUFJLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxFQUFFLGFBQWEsRUFBYiw4QkFBYSxFQUFFLENBQUM7UUFDM0QsQ0FBQyxDQUFDLElBQUEsc0JBQVksRUFBQyxJQUFJLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRTtZQUNwQyxhQUFhLEVBQWIsOEJBQWE7WUFDYix5RkFBeUY7WUFDekYsMkZBQTJGO1lBQzNGLDJCQUEyQixFQUFFLE9BQU8sRUFBRSxrQkFBa0IsS0FBSyxtQkFBbUI7WUFDaEYsaUJBQWlCLEVBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxPQUFPLENBQUMsTUFBTSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRTtTQUNoSCxDQUFDLENBQUM7SUFDTCxPQUFPLElBQUEsa0JBQVUsRUFBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLDBCQUFXLENBQUMsQ0FBQztBQUM3QyxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILFNBQWdCLHVCQUF1QixDQUFDLEtBQTBDLEVBQUUsSUFBOEI7SUFDaEgsTUFBTSxJQUFJLEdBQUcsSUFBQSw4QkFBZSxFQUFDLEtBQUssQ0FBQyxDQUFDO0lBQ3BDLElBQUksSUFBSSxLQUFLLEtBQUs7UUFBRSxPQUFPO0lBQzNCLE1BQU0sTUFBTSxHQUFHLGlCQUFpQixDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQ3hDLEtBQUssQ0FBQyxJQUFJLENBQUMsYUFBYSxDQUFDO1FBQ3ZCLFFBQVEsRUFBRSxHQUFHLEVBQUU7WUFDYixNQUFNLElBQUksR0FBRyxNQUFNLEVBQUUsQ0FBQztZQUN0QixNQUFNLEtBQUssR0FBRyx1QkFBdUIsQ0FBQyxJQUFJLEVBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyxFQUFFLEVBQUUsSUFBSSxFQUFFLElBQUksS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLGdCQUFnQixFQUFFLENBQUMsdUJBQXVCLENBQUMsS0FBWSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDO1lBQzVKLElBQUksSUFBSSxLQUFLLE9BQU8sSUFBSSxLQUFLLENBQUMsTUFBTTtnQkFBRSxPQUFPLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLGlCQUFpQixDQUFDLEVBQUUsQ0FBQyxDQUFDO1lBQ3BGLEtBQUssTUFBTSxDQUFDLElBQUksS0FBSztnQkFBRSxPQUFPLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQywwQkFBMEIsQ0FBQyxJQUFJLENBQUMsQ0FBQztZQUM3RSxNQUFNLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxDQUFDO1lBQ3RCLE9BQU8sRUFBRSxDQUFDO1FBQ1osQ0FBQztLQUNGLENBQUMsQ0FBQztBQUNMLENBQUM7QUFFRDs7Ozs7OztHQU9HO0FBQ0gsU0FBUyxpQkFBaUIsQ0FBQyxLQUEwQztJQUNuRSxNQUFNLE1BQU0sR0FBYyxLQUFLLENBQUMsV0FBVyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUN4RCw0RkFBNEY7SUFDNUYsTUFBTSxLQUFLLEdBQUcsR0FBUSxFQUFFO1FBQ3RCLE1BQU0sTUFBTSxHQUFHLElBQUEsK0JBQWdCLEdBQUUsQ0FBQztRQUNsQyxJQUFJLENBQUM7WUFDSCxPQUFPLE1BQU0sRUFBRSxDQUFDO1FBQ2xCLENBQUM7Z0JBQVMsQ0FBQztZQUNULE1BQU0sQ0FBQyxNQUFNLEVBQUUsQ0FBQztRQUNsQixDQUFDO0lBQ0gsQ0FBQyxDQUFDO0lBQ0YsSUFBSSxJQUFtRCxDQUFDO0lBQ3hELEtBQUssQ0FBQyxXQUFXLEdBQUcsR0FBRyxFQUFFO1FBQ3ZCLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQztRQUNmLElBQUksR0FBRyxTQUFTLENBQUM7UUFDakIsT0FBTyxDQUFDLElBQUksQ0FBQyxDQUFDLFVBQVUsS0FBSyxLQUFLLENBQUMsSUFBSSxDQUFDLE9BQU8sRUFBRSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsS0FBSyxFQUFFLENBQUM7SUFDOUUsQ0FBQyxDQUFDO0lBQ0YsT0FBTyxNQUFNLENBQUMsTUFBTSxDQUFDLEdBQUcsRUFBRSxDQUFDLEtBQUssRUFBRSxFQUFFO1FBQ2xDLFFBQVEsRUFBRSxDQUFDLElBQVMsRUFBRSxFQUFFO1lBQ3RCLElBQUksR0FBRyxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUUsQ0FBQyxNQUFNLEVBQUUsQ0FBQztZQUN6RCxjQUFjLENBQUMsR0FBRyxFQUFFLEdBQUcsSUFBSSxHQUFHLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQzlDLENBQUM7S0FDRixDQUFDLENBQUM7QUFDTCxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBUaGUgZWdyZXNzIGF1ZGl0IG9mIHRoZSBUZXJyYWZvcm0gbGFiIGFuZCBwZXJtaXQgc3RhY2tzIGF0IHN5bnRoZXNpczogYSBjZGt0ZiB2YWxpZGF0aW9uXG4gKiB0aGF0IGF1ZGl0cyB0aGUgc3RhY2sncyBUZXJyYWZvcm0gSlNPTiB3aXRoIHRoZSBzYW1lIGFuYWx5emVycyBhcyBgcndzIGF1ZGl0YFxuICogKHNyYy93b3Jrc3BhY2VzL2F1ZGl0LyksIG9uIHRoZSBvdXRwdXQsIG5vdCBvbiBwcm9wcy4gVGhlIG1vZGUgYW5kIHRoZSBmaW5kaW5nIHRleHQgYXJlXG4gKiBzcmMvcHJpdmF0ZS9lZ3Jlc3MtYXVkaXQudHMgKHNoYXJlZCB3aXRoIHRoZSBDREsgcGx1Z2luLCBzcmMvc3RhY2tzL2F3cy9wcml2YXRlL2VncmVzcy1hdWRpdC1wbHVnaW4udHMpLlxuICovXG5pbXBvcnQgeyBJQ29uc3RydWN0IH0gZnJvbSAnY29uc3RydWN0cyc7XG5pbXBvcnQgeyBwYXVzZVRva2VuVHJhY2VzIH0gZnJvbSAnLi90b2tlbi10cmFjZXMnO1xuaW1wb3J0IHsgZWdyZXNzQXVkaXRNb2RlLCBmaW5kaW5nVGV4dCB9IGZyb20gJy4uLy4uL3ByaXZhdGUvZWdyZXNzLWF1ZGl0JztcbmltcG9ydCB7IGF1ZGl0S3ViZXJuZXRlcyB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvYXVkaXQva3ViZXJuZXRlcyc7XG5pbXBvcnQgeyBmaW5kaW5nc09mIH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9hdWRpdC9tb2RlbCc7XG5pbXBvcnQgeyBwZXJtaXROZXR3b3JrIH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9hdWRpdC9wZXJtaXQtbmV0d29yayc7XG5pbXBvcnQgeyBhdWRpdFByb3htb3ggfSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL2F1ZGl0L3Byb3htb3gnO1xuaW1wb3J0IHR5cGUgeyBJc29sYXRpb25EZWNsYXJhdGlvbnMgfSBmcm9tICcuLi9wcm94bW94L3ByaXZhdGUvaXNvbGF0aW9uJztcblxuLyoqXG4gKiBUaGUgUHJveG1veCBpc29sYXRpb24gZGVjbGFyYXRpb25zLCBsb2FkZWQgb24gZmlyc3QgdXNlOiB0aGV5IG5lZWQgY2RrdGYsIHdoaWNoIHRoZSBDREsgcGx1Z2luXG4gKiAoZWdyZXNzLWF1ZGl0LXBsdWdpbi50cywgbG9hZGVkIGJ5IGV2ZXJ5IEFXUyBsYWIgYW5kIHBlcm1pdCkgbXVzdCBub3QgbG9hZC5cbiAqL1xuZnVuY3Rpb24gcHJveG1veElzb2xhdGlvbigpOiB0eXBlb2YgaW1wb3J0KCcuLi9wcm94bW94L3ByaXZhdGUvaXNvbGF0aW9uJykge1xuICAvLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgQHR5cGVzY3JpcHQtZXNsaW50L25vLXJlcXVpcmUtaW1wb3J0c1xuICByZXR1cm4gcmVxdWlyZSgnLi4vcHJveG1veC9wcml2YXRlL2lzb2xhdGlvbicpO1xufVxuXG4vKipcbiAqIFRoZSBjZGt0ZiB2YWxpZGF0aW9uIG9mIGEgVGVycmFmb3JtIHN0YWNrOiBhdWRpdHMgYHN0YWNrLnRvVGVycmFmb3JtKClgICh3aGF0IGNkay50Zi5qc29uXG4gKiB3aWxsIGhvbGQpIGFuZCByZXR1cm5zIG9uZSBtZXNzYWdlIHBlciBmaW5kaW5nLiBga2luZGAgcGlja3MgdGhlIGFuYWx5emVyLlxuICovXG5leHBvcnQgZnVuY3Rpb24gdGVycmFmb3JtRWdyZXNzRmluZGluZ3MoanNvbjogYW55LCBzdGFja05hbWU6IHN0cmluZywga2luZDogJ2t1YmVybmV0ZXMnIHwgJ3Byb3htb3gnLCBwcm94bW94PzogSXNvbGF0aW9uRGVjbGFyYXRpb25zKTogc3RyaW5nW10ge1xuICBjb25zdCBmaWxlID0gYCR7c3RhY2tOYW1lfS9jZGsudGYuanNvbmA7XG4gIGNvbnN0IHVuaXQgPSBraW5kID09PSAna3ViZXJuZXRlcydcbiAgICA/IGF1ZGl0S3ViZXJuZXRlcyhqc29uLCBzdGFja05hbWUsIGZpbGUsIHsgcGVybWl0TmV0d29yayB9KVxuICAgIDogYXVkaXRQcm94bW94KGpzb24sIHN0YWNrTmFtZSwgZmlsZSwge1xuICAgICAgcGVybWl0TmV0d29yayxcbiAgICAgIC8vIFdoYXQgdGhlIFByb3htb3ggY29uc3RydWN0cyBkZWNsYXJlZCAodGhlaXIgb3duIGlzb2xhdGlvbiBjaGVjayBlbmZvcmNlcyBpdCBhdCBzeW50aCk6XG4gICAgICAvLyB3aG8ga2VlcHMgdGhlIGRhdGFjZW50ZXIgZmlyZXdhbGwgb24sIGFuZCB0aGUgcmVzb2x2ZXJzIHRoYXQgYW5zd2VyIGludGVybmFsIG5hbWVzIG9ubHkuXG4gICAgICBkYXRhY2VudGVyRmlyZXdhbGxFbHNld2hlcmU6IHByb3htb3g/LmRhdGFjZW50ZXJGaXJld2FsbCA9PT0gJ21hbmFnZWQtZWxzZXdoZXJlJyxcbiAgICAgIGludGVybmFsUmVzb2x2ZXJzOiBwcm94bW94ID8gWy4uLm5ldyBTZXQoT2JqZWN0LnZhbHVlcyhwcm94bW94Lmd1ZXN0cykuZmxhdE1hcCgoZykgPT4gZy5yZXNvbHZlcnMgPz8gW10pKV0gOiBbXSxcbiAgICB9KTtcbiAgcmV0dXJuIGZpbmRpbmdzT2YoW3VuaXRdKS5tYXAoZmluZGluZ1RleHQpO1xufVxuXG4vKipcbiAqIEFkZHMgdGhlIGNka3RmIGVncmVzcyBhdWRpdCB0byBhIFRlcnJhZm9ybSBzdGFjazogYSBub2RlIHZhbGlkYXRpb24gdGhhdCByZW5kZXJzIHRoZSBzdGFjaydzXG4gKiBKU09OIGFuZCBhdWRpdHMgaXQuIEluIGBlcnJvcmAgbW9kZSBhIGZpbmRpbmcgZmFpbHMgYGFwcC5zeW50aCgpYDsgaW4gYHdhcm5pbmdgIG1vZGUgdGhlXG4gKiBmaW5kaW5ncyBhcmUgcHJpbnRlZCBvbiBzdGRlcnIuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhZGRUZXJyYWZvcm1FZ3Jlc3NBdWRpdChzdGFjazogSUNvbnN0cnVjdCAmIHsgdG9UZXJyYWZvcm0oKTogYW55IH0sIGtpbmQ6ICdrdWJlcm5ldGVzJyB8ICdwcm94bW94Jyk6IHZvaWQge1xuICBjb25zdCBtb2RlID0gZWdyZXNzQXVkaXRNb2RlKHN0YWNrKTtcbiAgaWYgKG1vZGUgPT09ICdvZmYnKSByZXR1cm47XG4gIGNvbnN0IHJlbmRlciA9IGhhbmRPdmVyUmVuZGVyaW5nKHN0YWNrKTtcbiAgc3RhY2subm9kZS5hZGRWYWxpZGF0aW9uKHtcbiAgICB2YWxpZGF0ZTogKCkgPT4ge1xuICAgICAgY29uc3QganNvbiA9IHJlbmRlcigpO1xuICAgICAgY29uc3QgZm91bmQgPSB0ZXJyYWZvcm1FZ3Jlc3NGaW5kaW5ncyhqc29uLCBzdGFjay5ub2RlLmlkLCBraW5kLCBraW5kID09PSAncHJveG1veCcgPyBwcm94bW94SXNvbGF0aW9uKCkuaXNvbGF0aW9uRGVjbGFyYXRpb25zT2Yoc3RhY2sgYXMgYW55KSA6IHVuZGVmaW5lZCk7XG4gICAgICBpZiAobW9kZSA9PT0gJ2Vycm9yJyAmJiBmb3VuZC5sZW5ndGgpIHJldHVybiBmb3VuZC5tYXAoKGYpID0+IGBlZ3Jlc3MgYXVkaXQ6ICR7Zn1gKTtcbiAgICAgIGZvciAoY29uc3QgZiBvZiBmb3VuZCkgcHJvY2Vzcy5zdGRlcnIud3JpdGUoYHdhcm5pbmc6IGVncmVzcyBhdWRpdDogJHtmfVxcbmApO1xuICAgICAgcmVuZGVyLmhhbmRPdmVyKGpzb24pO1xuICAgICAgcmV0dXJuIFtdO1xuICAgIH0sXG4gIH0pO1xufVxuXG4vKipcbiAqIGNka3RmJ3Mgc3ludGhlc2l6ZXIgcmVuZGVycyBhIHN0YWNrJ3MgSlNPTiAoZXZlcnkgdG9rZW4gcmVzb2x2ZWQsIHRoZSBsYXJnZXN0IHBhcnQgb2YgYVxuICogc3ludGhlc2lzKSByaWdodCBhZnRlciBydW5uaW5nIGl0cyB2YWxpZGF0aW9ucywgc28gdGhlIGF1ZGl0IGFib3ZlIGFuZCB0aGUgZmlsZSB3b3VsZCByZW5kZXIgaXRcbiAqIHR3aWNlLiBUaGUgYXVkaXQncyByZW5kZXJpbmcgaXMgaGFuZGVkIHRvIHRoZSBzdGFjaydzIG5leHQgYHRvVGVycmFmb3JtKClgIGluc3RlYWQsIG9uY2UsIGFuZFxuICogb25seSB3aGlsZSBub3RoaW5nIGNhbiBoYXZlIGNoYW5nZWQ6IGluIHRoZSBzYW1lIHN5bmNocm9ub3VzIHJ1biAodGhlIGhhbmQtb3ZlciBleHBpcmVzIGF0IHRoZVxuICogbmV4dCBtaWNyb3Rhc2s7IGBhcHAuc3ludGgoKWAgaXMgc3luY2hyb25vdXMpIGFuZCB3aXRoIHRoZSBzYW1lIGNvbnN0cnVjdHMgaW4gdGhlIHN0YWNrLiBFdmVyeVxuICogb3RoZXIgY2FsbCByZW5kZXJzIGFmcmVzaC4gdGVzdC9hdWRpdC9zeW50aC1ob29rcy50ZXN0LnRzIGNoZWNrcyB0aGUgd3JpdHRlbiBmaWxlIGlzIHRoZSBzYW1lLlxuICovXG5mdW5jdGlvbiBoYW5kT3ZlclJlbmRlcmluZyhzdGFjazogSUNvbnN0cnVjdCAmIHsgdG9UZXJyYWZvcm0oKTogYW55IH0pOiAoKCkgPT4gYW55KSAmIHsgaGFuZE92ZXIoanNvbjogYW55KTogdm9pZCB9IHtcbiAgY29uc3QgcmVuZGVyOiAoKSA9PiBhbnkgPSBzdGFjay50b1RlcnJhZm9ybS5iaW5kKHN0YWNrKTtcbiAgLy8gVGhlIHRva2VucyBhIHJlbmRlcmluZyBjcmVhdGVzIChkZXBlbmRlbmNpZXMsIHJlZmVyZW5jZXMpIGFyZSB1bnRyYWNlZCAodG9rZW4tdHJhY2VzLnRzKS5cbiAgY29uc3QgZnJlc2ggPSAoKTogYW55ID0+IHtcbiAgICBjb25zdCB0cmFjZXMgPSBwYXVzZVRva2VuVHJhY2VzKCk7XG4gICAgdHJ5IHtcbiAgICAgIHJldHVybiByZW5kZXIoKTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgdHJhY2VzLnJlc3VtZSgpO1xuICAgIH1cbiAgfTtcbiAgbGV0IGtlcHQ6IHsganNvbjogYW55OyBjb25zdHJ1Y3RzOiBudW1iZXIgfSB8IHVuZGVmaW5lZDtcbiAgc3RhY2sudG9UZXJyYWZvcm0gPSAoKSA9PiB7XG4gICAgY29uc3QgayA9IGtlcHQ7XG4gICAga2VwdCA9IHVuZGVmaW5lZDtcbiAgICByZXR1cm4gayAmJiBrLmNvbnN0cnVjdHMgPT09IHN0YWNrLm5vZGUuZmluZEFsbCgpLmxlbmd0aCA/IGsuanNvbiA6IGZyZXNoKCk7XG4gIH07XG4gIHJldHVybiBPYmplY3QuYXNzaWduKCgpID0+IGZyZXNoKCksIHtcbiAgICBoYW5kT3ZlcjogKGpzb246IGFueSkgPT4ge1xuICAgICAga2VwdCA9IHsganNvbiwgY29uc3RydWN0czogc3RhY2subm9kZS5maW5kQWxsKCkubGVuZ3RoIH07XG4gICAgICBxdWV1ZU1pY3JvdGFzaygoKSA9PiB7IGtlcHQgPSB1bmRlZmluZWQ7IH0pO1xuICAgIH0sXG4gIH0pO1xufVxuIl19