/**
 * The institution lab, declared in lab.yaml: 150 research users in 8 groups (users.yaml, ids
 * locked in users.lock.json), a policy file, the institution's own template beside the bundled
 * ones, and 40 workspaces spread over nested stacks by a hash of their names. Synthesizes with
 * no AWS credentials and no network:
 *
 *   npx cdk synth            # from this folder (cdk.json runs this file)
 *
 * `buildInstitutionLab(outdir)` builds the app without synthesizing it, for scripts/synth.ts and the tests.
 */
import * as path from 'path';
import { App, AppProps } from 'aws-cdk-lib';
import { LabStack } from '../../src';

/** Name of the example's stack. */
export const INSTITUTION_LAB_STACK = 'InstitutionLab';

/** Builds the institution lab's app; call `.synth()` on it. */
export function buildInstitutionLab(outdir?: string, appProps: AppProps = {}): App {
  const app = new App({ ...appProps, ...(outdir ? { outdir } : {}) });
  LabStack.fromFile(app, INSTITUTION_LAB_STACK, path.join(__dirname, 'lab.yaml'));
  return app;
}

if (require.main === module) {
  buildInstitutionLab().synth();
}
