/**
 * cdk-nag 3 rule packs run over a stack with `validateScope`, the pack's own test entry point.
 * Acknowledged findings (Validations.of(scope).acknowledge) are not returned.
 */
import { Stack } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks } from 'cdk-nag';
import { IConstruct } from 'constructs';

export interface NagFinding {
  readonly pack: string;
  readonly rule: string;
  readonly path: string;
  readonly description: string;
}

/** Every unacknowledged finding of the AwsSolutions, HIPAA Security and NIST 800-53 R5 packs. */
export function nagFindings(scope: IConstruct): NagFinding[] {
  const out: NagFinding[] = [];
  for (const pack of [new AwsSolutionsChecks(), new HIPAASecurityChecks(), new NIST80053R5Checks()]) {
    const report = pack.validateScope(scope);
    for (const v of report.violations) {
      for (const r of v.violatingResources) {
        out.push({ pack: pack.name, rule: v.ruleName, path: r.constructPath ?? r.resourceLogicalId ?? '?', description: v.description.split('\n')[0] });
      }
    }
  }
  return out;
}

export function formatFindings(fs: NagFinding[]): string {
  return fs.map((f) => `${f.pack} ${f.rule} at ${f.path}: ${f.description}`).join('\n');
}

export function stacksOf(scope: IConstruct): Stack[] {
  return scope.node.findAll().filter((c): c is Stack => Stack.isStack(c));
}
