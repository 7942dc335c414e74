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
exports.addEgressAuditPlugin = addEgressAuditPlugin;
/**
 * The egress audit at synthesis of CloudFormation stacks (LabStack, PermitStack): a CDK
 * policy-validation plugin that audits the written cloud assembly with the analyzers of
 * `rws audit` (src/workspaces/audit/). See egress-audit-hooks.ts for the context key.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const aws_cdk_lib_1 = require("aws-cdk-lib");
const egress_audit_1 = require("../../../private/egress-audit");
const cloudformation_1 = require("../../../workspaces/audit/cloudformation");
const load_1 = require("../../../workspaces/audit/load");
const model_1 = require("../../../workspaces/audit/model");
const permit_network_1 = require("../../../workspaces/audit/permit-network");
const registered = new WeakSet();
/** Adds the egress-audit plugin to the stage of a stack once (all stacks of the stage are audited together). */
function addEgressAuditPlugin(scope) {
    const stage = aws_cdk_lib_1.Stage.of(scope);
    if (!stage || registered.has(stage))
        return;
    const mode = (0, egress_audit_1.egressAuditMode)(scope);
    if (mode === 'off')
        return;
    registered.add(stage);
    aws_cdk_lib_1.Validations.of(stage).addPlugins(new EgressAuditPlugin(mode));
}
class EgressAuditPlugin {
    mode;
    name = 'cdk-research-workspaces egress audit';
    ruleIds = ['rws-egress-audit'];
    constructor(mode) {
        this.mode = mode;
    }
    validate(context) {
        const dirs = [...new Set(context.templatePaths.map((p) => path.dirname(p)))];
        const units = [];
        for (const dir of dirs) {
            const roots = context.templatePaths.filter((p) => path.dirname(p) === dir && !p.endsWith('.nested.template.json'));
            const trees = fs.existsSync(path.join(dir, 'manifest.json')) ? (0, load_1.cloudAssemblyTemplates)(dir) : (0, load_1.cloudAssemblyTemplates)(dir, roots);
            units.push(...trees.map((t) => (0, cloudformation_1.auditCloudFormation)(t.root, t.templates, { permitNetwork: permit_network_1.permitNetwork })));
        }
        const findings = (0, model_1.findingsOf)(units);
        const fileOf = (f) => units.find((u) => u.stack === f.stack)?.files[0] ?? '';
        return {
            success: this.mode === 'warning' || findings.length === 0,
            violations: findings.map((f) => ({
                ruleName: 'rws-egress-audit',
                description: (0, egress_audit_1.findingText)(f),
                fix: f.fix,
                severity: this.mode === 'error' ? 'error' : 'warning',
                violatingResources: [{ resourceLogicalId: f.resource.split('/').pop() ?? f.resource, templatePath: fileOf(f), locations: [`Resources/${f.resource.split('/').pop()}`] }],
            })),
        };
    }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiZWdyZXNzLWF1ZGl0LXBsdWdpbi5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uLy4uL3NyYy9zdGFja3MvYXdzL3ByaXZhdGUvZWdyZXNzLWF1ZGl0LXBsdWdpbi50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQWtCQSxvREFPQztBQXpCRDs7OztHQUlHO0FBQ0gsdUNBQXlCO0FBQ3pCLDJDQUE2QjtBQUM3Qiw2Q0FBaUo7QUFFakosZ0VBQTZFO0FBQzdFLDZFQUErRTtBQUMvRSx5REFBd0U7QUFDeEUsMkRBQW1GO0FBQ25GLDZFQUF5RTtBQUV6RSxNQUFNLFVBQVUsR0FBRyxJQUFJLE9BQU8sRUFBUyxDQUFDO0FBRXhDLGdIQUFnSDtBQUNoSCxTQUFnQixvQkFBb0IsQ0FBQyxLQUFpQjtJQUNwRCxNQUFNLEtBQUssR0FBRyxtQkFBSyxDQUFDLEVBQUUsQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUM5QixJQUFJLENBQUMsS0FBSyxJQUFJLFVBQVUsQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDO1FBQUUsT0FBTztJQUM1QyxNQUFNLElBQUksR0FBRyxJQUFBLDhCQUFlLEVBQUMsS0FBSyxDQUFDLENBQUM7SUFDcEMsSUFBSSxJQUFJLEtBQUssS0FBSztRQUFFLE9BQU87SUFDM0IsVUFBVSxDQUFDLEdBQUcsQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUN0Qix5QkFBVyxDQUFDLEVBQUUsQ0FBQyxLQUFLLENBQUMsQ0FBQyxVQUFVLENBQUMsSUFBSSxpQkFBaUIsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO0FBQ2hFLENBQUM7QUFFRCxNQUFNLGlCQUFpQjtJQUlRO0lBSGIsSUFBSSxHQUFHLHNDQUFzQyxDQUFDO0lBQzlDLE9BQU8sR0FBRyxDQUFDLGtCQUFrQixDQUFDLENBQUM7SUFFL0MsWUFBNkIsSUFBeUI7UUFBekIsU0FBSSxHQUFKLElBQUksQ0FBcUI7SUFBRyxDQUFDO0lBRW5ELFFBQVEsQ0FBQyxPQUFzQztRQUNwRCxNQUFNLElBQUksR0FBRyxDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUMsT0FBTyxDQUFDLGFBQWEsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDN0UsTUFBTSxLQUFLLEdBQWtCLEVBQUUsQ0FBQztRQUNoQyxLQUFLLE1BQU0sR0FBRyxJQUFJLElBQUksRUFBRSxDQUFDO1lBQ3ZCLE1BQU0sS0FBSyxHQUFHLE9BQU8sQ0FBQyxhQUFhLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxLQUFLLEdBQUcsSUFBSSxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsdUJBQXVCLENBQUMsQ0FBQyxDQUFDO1lBQ25ILE1BQU0sS0FBSyxHQUFHLEVBQUUsQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsZUFBZSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBQSw2QkFBc0IsRUFBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBQSw2QkFBc0IsRUFBQyxHQUFHLEVBQUUsS0FBSyxDQUFDLENBQUM7WUFDaEksS0FBSyxDQUFDLElBQUksQ0FBQyxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUEsb0NBQW1CLEVBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsU0FBUyxFQUFFLEVBQUUsYUFBYSxFQUFiLDhCQUFhLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUMvRixDQUFDO1FBQ0QsTUFBTSxRQUFRLEdBQUcsSUFBQSxrQkFBVSxFQUFDLEtBQUssQ0FBQyxDQUFDO1FBQ25DLE1BQU0sTUFBTSxHQUFHLENBQUMsQ0FBVSxFQUFFLEVBQUUsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsS0FBSyxLQUFLLENBQUMsQ0FBQyxLQUFLLENBQUMsRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDO1FBQ3RGLE9BQU87WUFDTCxPQUFPLEVBQUUsSUFBSSxDQUFDLElBQUksS0FBSyxTQUFTLElBQUksUUFBUSxDQUFDLE1BQU0sS0FBSyxDQUFDO1lBQ3pELFVBQVUsRUFBRSxRQUFRLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO2dCQUMvQixRQUFRLEVBQUUsa0JBQWtCO2dCQUM1QixXQUFXLEVBQUUsSUFBQSwwQkFBVyxFQUFDLENBQUMsQ0FBQztnQkFDM0IsR0FBRyxFQUFFLENBQUMsQ0FBQyxHQUFHO2dCQUNWLFFBQVEsRUFBRSxJQUFJLENBQUMsSUFBSSxLQUFLLE9BQU8sQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxTQUFTO2dCQUNyRCxrQkFBa0IsRUFBRSxDQUFDLEVBQUUsaUJBQWlCLEVBQUUsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxDQUFDLFFBQVEsRUFBRSxZQUFZLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLFNBQVMsRUFBRSxDQUFDLGFBQWEsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxFQUFFLEVBQUUsQ0FBQyxFQUFFLENBQUM7YUFDekssQ0FBQyxDQUFDO1NBQ0osQ0FBQztJQUNKLENBQUM7Q0FDRiIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogVGhlIGVncmVzcyBhdWRpdCBhdCBzeW50aGVzaXMgb2YgQ2xvdWRGb3JtYXRpb24gc3RhY2tzIChMYWJTdGFjaywgUGVybWl0U3RhY2spOiBhIENES1xuICogcG9saWN5LXZhbGlkYXRpb24gcGx1Z2luIHRoYXQgYXVkaXRzIHRoZSB3cml0dGVuIGNsb3VkIGFzc2VtYmx5IHdpdGggdGhlIGFuYWx5emVycyBvZlxuICogYHJ3cyBhdWRpdGAgKHNyYy93b3Jrc3BhY2VzL2F1ZGl0LykuIFNlZSBlZ3Jlc3MtYXVkaXQtaG9va3MudHMgZm9yIHRoZSBjb250ZXh0IGtleS5cbiAqL1xuaW1wb3J0ICogYXMgZnMgZnJvbSAnZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdwYXRoJztcbmltcG9ydCB7IElQb2xpY3lWYWxpZGF0aW9uQ29udGV4dEJldGExLCBJUG9saWN5VmFsaWRhdGlvblBsdWdpbkJldGExLCBQb2xpY3lWYWxpZGF0aW9uUGx1Z2luUmVwb3J0QmV0YTEsIFN0YWdlLCBWYWxpZGF0aW9ucyB9IGZyb20gJ2F3cy1jZGstbGliJztcbmltcG9ydCB7IElDb25zdHJ1Y3QgfSBmcm9tICdjb25zdHJ1Y3RzJztcbmltcG9ydCB7IGVncmVzc0F1ZGl0TW9kZSwgZmluZGluZ1RleHQgfSBmcm9tICcuLi8uLi8uLi9wcml2YXRlL2VncmVzcy1hdWRpdCc7XG5pbXBvcnQgeyBhdWRpdENsb3VkRm9ybWF0aW9uIH0gZnJvbSAnLi4vLi4vLi4vd29ya3NwYWNlcy9hdWRpdC9jbG91ZGZvcm1hdGlvbic7XG5pbXBvcnQgeyBjbG91ZEFzc2VtYmx5VGVtcGxhdGVzIH0gZnJvbSAnLi4vLi4vLi4vd29ya3NwYWNlcy9hdWRpdC9sb2FkJztcbmltcG9ydCB7IEF1ZGl0ZWRVbml0LCBGaW5kaW5nLCBmaW5kaW5nc09mIH0gZnJvbSAnLi4vLi4vLi4vd29ya3NwYWNlcy9hdWRpdC9tb2RlbCc7XG5pbXBvcnQgeyBwZXJtaXROZXR3b3JrIH0gZnJvbSAnLi4vLi4vLi4vd29ya3NwYWNlcy9hdWRpdC9wZXJtaXQtbmV0d29yayc7XG5cbmNvbnN0IHJlZ2lzdGVyZWQgPSBuZXcgV2Vha1NldDxTdGFnZT4oKTtcblxuLyoqIEFkZHMgdGhlIGVncmVzcy1hdWRpdCBwbHVnaW4gdG8gdGhlIHN0YWdlIG9mIGEgc3RhY2sgb25jZSAoYWxsIHN0YWNrcyBvZiB0aGUgc3RhZ2UgYXJlIGF1ZGl0ZWQgdG9nZXRoZXIpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFkZEVncmVzc0F1ZGl0UGx1Z2luKHNjb3BlOiBJQ29uc3RydWN0KTogdm9pZCB7XG4gIGNvbnN0IHN0YWdlID0gU3RhZ2Uub2Yoc2NvcGUpO1xuICBpZiAoIXN0YWdlIHx8IHJlZ2lzdGVyZWQuaGFzKHN0YWdlKSkgcmV0dXJuO1xuICBjb25zdCBtb2RlID0gZWdyZXNzQXVkaXRNb2RlKHNjb3BlKTtcbiAgaWYgKG1vZGUgPT09ICdvZmYnKSByZXR1cm47XG4gIHJlZ2lzdGVyZWQuYWRkKHN0YWdlKTtcbiAgVmFsaWRhdGlvbnMub2Yoc3RhZ2UpLmFkZFBsdWdpbnMobmV3IEVncmVzc0F1ZGl0UGx1Z2luKG1vZGUpKTtcbn1cblxuY2xhc3MgRWdyZXNzQXVkaXRQbHVnaW4gaW1wbGVtZW50cyBJUG9saWN5VmFsaWRhdGlvblBsdWdpbkJldGExIHtcbiAgcHVibGljIHJlYWRvbmx5IG5hbWUgPSAnY2RrLXJlc2VhcmNoLXdvcmtzcGFjZXMgZWdyZXNzIGF1ZGl0JztcbiAgcHVibGljIHJlYWRvbmx5IHJ1bGVJZHMgPSBbJ3J3cy1lZ3Jlc3MtYXVkaXQnXTtcblxuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IG1vZGU6ICdlcnJvcicgfCAnd2FybmluZycpIHt9XG5cbiAgcHVibGljIHZhbGlkYXRlKGNvbnRleHQ6IElQb2xpY3lWYWxpZGF0aW9uQ29udGV4dEJldGExKTogUG9saWN5VmFsaWRhdGlvblBsdWdpblJlcG9ydEJldGExIHtcbiAgICBjb25zdCBkaXJzID0gWy4uLm5ldyBTZXQoY29udGV4dC50ZW1wbGF0ZVBhdGhzLm1hcCgocCkgPT4gcGF0aC5kaXJuYW1lKHApKSldO1xuICAgIGNvbnN0IHVuaXRzOiBBdWRpdGVkVW5pdFtdID0gW107XG4gICAgZm9yIChjb25zdCBkaXIgb2YgZGlycykge1xuICAgICAgY29uc3Qgcm9vdHMgPSBjb250ZXh0LnRlbXBsYXRlUGF0aHMuZmlsdGVyKChwKSA9PiBwYXRoLmRpcm5hbWUocCkgPT09IGRpciAmJiAhcC5lbmRzV2l0aCgnLm5lc3RlZC50ZW1wbGF0ZS5qc29uJykpO1xuICAgICAgY29uc3QgdHJlZXMgPSBmcy5leGlzdHNTeW5jKHBhdGguam9pbihkaXIsICdtYW5pZmVzdC5qc29uJykpID8gY2xvdWRBc3NlbWJseVRlbXBsYXRlcyhkaXIpIDogY2xvdWRBc3NlbWJseVRlbXBsYXRlcyhkaXIsIHJvb3RzKTtcbiAgICAgIHVuaXRzLnB1c2goLi4udHJlZXMubWFwKCh0KSA9PiBhdWRpdENsb3VkRm9ybWF0aW9uKHQucm9vdCwgdC50ZW1wbGF0ZXMsIHsgcGVybWl0TmV0d29yayB9KSkpO1xuICAgIH1cbiAgICBjb25zdCBmaW5kaW5ncyA9IGZpbmRpbmdzT2YodW5pdHMpO1xuICAgIGNvbnN0IGZpbGVPZiA9IChmOiBGaW5kaW5nKSA9PiB1bml0cy5maW5kKCh1KSA9PiB1LnN0YWNrID09PSBmLnN0YWNrKT8uZmlsZXNbMF0gPz8gJyc7XG4gICAgcmV0dXJuIHtcbiAgICAgIHN1Y2Nlc3M6IHRoaXMubW9kZSA9PT0gJ3dhcm5pbmcnIHx8IGZpbmRpbmdzLmxlbmd0aCA9PT0gMCxcbiAgICAgIHZpb2xhdGlvbnM6IGZpbmRpbmdzLm1hcCgoZikgPT4gKHtcbiAgICAgICAgcnVsZU5hbWU6ICdyd3MtZWdyZXNzLWF1ZGl0JyxcbiAgICAgICAgZGVzY3JpcHRpb246IGZpbmRpbmdUZXh0KGYpLFxuICAgICAgICBmaXg6IGYuZml4LFxuICAgICAgICBzZXZlcml0eTogdGhpcy5tb2RlID09PSAnZXJyb3InID8gJ2Vycm9yJyA6ICd3YXJuaW5nJyxcbiAgICAgICAgdmlvbGF0aW5nUmVzb3VyY2VzOiBbeyByZXNvdXJjZUxvZ2ljYWxJZDogZi5yZXNvdXJjZS5zcGxpdCgnLycpLnBvcCgpID8/IGYucmVzb3VyY2UsIHRlbXBsYXRlUGF0aDogZmlsZU9mKGYpLCBsb2NhdGlvbnM6IFtgUmVzb3VyY2VzLyR7Zi5yZXNvdXJjZS5zcGxpdCgnLycpLnBvcCgpfWBdIH1dLFxuICAgICAgfSkpLFxuICAgIH07XG4gIH1cbn1cblxuIl19