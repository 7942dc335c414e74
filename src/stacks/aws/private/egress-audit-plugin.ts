/**
 * The egress audit at synthesis of CloudFormation stacks (LabStack, PermitStack): a CDK
 * policy-validation plugin that audits the written cloud assembly with the analyzers of
 * `rws audit` (src/workspaces/audit/). See egress-audit-hooks.ts for the context key.
 */
import * as fs from 'fs';
import * as path from 'path';
import { IPolicyValidationContextBeta1, IPolicyValidationPluginBeta1, PolicyValidationPluginReportBeta1, Stage, Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { egressAuditMode, findingText } from '../../../private/egress-audit';
import { auditCloudFormation } from '../../../workspaces/audit/cloudformation';
import { cloudAssemblyTemplates } from '../../../workspaces/audit/load';
import { AuditedUnit, Finding, findingsOf } from '../../../workspaces/audit/model';
import { permitNetwork } from '../../../workspaces/audit/permit-network';

const registered = new WeakSet<Stage>();

/** Adds the egress-audit plugin to the stage of a stack once (all stacks of the stage are audited together). */
export function addEgressAuditPlugin(scope: IConstruct): void {
  const stage = Stage.of(scope);
  if (!stage || registered.has(stage)) return;
  const mode = egressAuditMode(scope);
  if (mode === 'off') return;
  registered.add(stage);
  Validations.of(stage).addPlugins(new EgressAuditPlugin(mode));
}

class EgressAuditPlugin implements IPolicyValidationPluginBeta1 {
  public readonly name = 'cdk-research-workspaces egress audit';
  public readonly ruleIds = ['rws-egress-audit'];

  constructor(private readonly mode: 'error' | 'warning') {}

  public validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
    const dirs = [...new Set(context.templatePaths.map((p) => path.dirname(p)))];
    const units: AuditedUnit[] = [];
    for (const dir of dirs) {
      const roots = context.templatePaths.filter((p) => path.dirname(p) === dir && !p.endsWith('.nested.template.json'));
      const trees = fs.existsSync(path.join(dir, 'manifest.json')) ? cloudAssemblyTemplates(dir) : cloudAssemblyTemplates(dir, roots);
      units.push(...trees.map((t) => auditCloudFormation(t.root, t.templates, { permitNetwork })));
    }
    const findings = findingsOf(units);
    const fileOf = (f: Finding) => units.find((u) => u.stack === f.stack)?.files[0] ?? '';
    return {
      success: this.mode === 'warning' || findings.length === 0,
      violations: findings.map((f) => ({
        ruleName: 'rws-egress-audit',
        description: findingText(f),
        fix: f.fix,
        severity: this.mode === 'error' ? 'error' : 'warning',
        violatingResources: [{ resourceLogicalId: f.resource.split('/').pop() ?? f.resource, templatePath: fileOf(f), locations: [`Resources/${f.resource.split('/').pop()}`] }],
      })),
    };
  }
}

