import * as fs from 'fs';
import * as path from 'path';
import { IStackSynthesizer, ISynthesisSession, TerraformStack } from './cdktf';
import { PermitAuditRecord } from '../../workspaces/permit';

/**
 * Makes a permit's Terraform stack write its audit record (`audit.json`) beside `cdk.tf.json`,
 * with the resources actually synthesized and those protected by `prevent_destroy`.
 */
export function writeAuditRecordOnSynth(stack: TerraformStack, record: PermitAuditRecord): void {
  stack.synthesizer = new AuditWriter(stack, stack.synthesizer, record);
}

class AuditWriter implements IStackSynthesizer {
  constructor(private readonly stack: TerraformStack, private readonly inner: IStackSynthesizer, private readonly record: PermitAuditRecord) {}

  public synthesize(session: ISynthesisSession): void {
    this.inner.synthesize(session);
    const manifest = session.manifest.forStack(this.stack);
    const config = JSON.parse(fs.readFileSync(path.join(session.outdir, manifest.synthesizedStackPath), 'utf8'));
    const resources: string[] = [];
    const protectedResources: string[] = [];
    for (const [type, byName] of Object.entries<Record<string, any>>(config.resource ?? {})) {
      for (const [name, body] of Object.entries(byName)) {
        resources.push(`${type}.${name}`);
        if (body?.lifecycle?.prevent_destroy) protectedResources.push(`${type}.${name}`);
      }
    }
    const record = { ...this.record, resources: resources.sort(), protectedResources: protectedResources.sort() };
    fs.writeFileSync(path.join(session.outdir, manifest.workingDirectory, 'audit.json'), `${JSON.stringify(record, null, 2)}\n`);
  }
}
