/**
 * The offline lab, declared in lab.yaml: no workspace reaches the internet (egress none), and
 * every bundled template that can be baked on AWS is baked into a machine image (EC2 Image
 * Builder, `images:`), so each workspace boots its template's image and runs only the
 * per-workspace part. Synthesizes with no AWS credentials, no network and no warning:
 *
 *   npx cdk synth            # from this folder (cdk.json runs this file)
 *
 * `buildOfflineLab(outdir)` builds the app without synthesizing it, for scripts/synth.ts and the tests.
 */
import * as path from 'path';
import { App, AppProps } from 'aws-cdk-lib';
import { LabStack } from '../../src';

/** Name of the example's stack. */
export const OFFLINE_LAB_STACK = 'OfflineLab';

/** Builds the offline lab's app; call `.synth()` on it. */
export function buildOfflineLab(outdir?: string, appProps: AppProps = {}): App {
  const app = new App({ ...appProps, ...(outdir ? { outdir } : {}) });
  LabStack.fromFile(app, OFFLINE_LAB_STACK, path.join(__dirname, 'lab.yaml'));
  return app;
}

if (require.main === module) {
  buildOfflineLab().synth();
}
