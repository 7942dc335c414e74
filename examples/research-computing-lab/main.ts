/**
 * The research computing lab, declared in lab.yaml: workstations and SageMaker Studio on the
 * same research identities and the same storage. Synthesizes with no AWS credentials and no
 * network:
 *
 *   npx cdk synth            # from this folder (cdk.json runs this file)
 *
 * `buildResearchComputingLab(outdir)` builds the app without synthesizing it, for scripts/synth.ts and the tests.
 */
import * as path from 'path';
import { App, AppProps } from 'aws-cdk-lib';
import { LabStack } from '../../src';

/** Name of the example's stack. */
export const RESEARCH_COMPUTING_LAB_STACK = 'ResearchComputingLab';

/** Builds the research computing lab's app; call `.synth()` on it. */
export function buildResearchComputingLab(outdir?: string, appProps: AppProps = {}): App {
  const app = new App({ ...appProps, ...(outdir ? { outdir } : {}) });
  LabStack.fromFile(app, RESEARCH_COMPUTING_LAB_STACK, path.join(__dirname, 'lab.yaml'));
  return app;
}

if (require.main === module) {
  buildResearchComputingLab().synth();
}
