/**
 * The small lab: two templates (Jupyter Lab and RStudio Server), five research users from
 * users.yaml (ids locked in users.lock.json), a policy file, and three workspaces, defined in
 * code. Synthesizes with no AWS credentials and no network:
 *
 *   npx cdk synth            # from this folder (cdk.json runs this file)
 *
 * `buildSmallLab(outdir)` builds the app without synthesizing it, for scripts/synth.ts and the tests.
 */
import * as path from 'path';
import { App, AppProps } from 'aws-cdk-lib';
import { EgressMode, LabStack, RegistryStorage, WorkspaceSize } from '../../src';

/** Name of the example's stack. */
export const SMALL_LAB_STACK = 'SmallLab';

/** Builds the small lab's app; call `.synth()` on it. */
export function buildSmallLab(outdir?: string, appProps: AppProps = {}): App {
  const app = new App({ ...appProps, ...(outdir ? { outdir } : {}) });
  new LabStack(app, SMALL_LAB_STACK, {
    definition: {
      name: 'small-lab',
      region: 'us-east-1',
      egress: EgressMode.PROXIED,
      registryFile: path.join(__dirname, 'users.yaml'),
      policyFile: path.join(__dirname, 'policy.yaml'),
      registryStorage: RegistryStorage.AUTO,
      budgetEmails: ['pi@example.edu'],
      workspaces: [
        { name: 'alice-jupyter', template: 'jupyter-lab', owner: 'alice', project: 'genomics', size: WorkspaceSize.S, parameters: { python_version: '3.12' } },
        { name: 'bob-rstudio', template: 'r-rstudio', owner: 'bob', project: 'imaging', size: WorkspaceSize.M, hibernation: true },
        { name: 'carol-jupyter', template: 'jupyter-lab', owner: 'carol', project: 'genomics', size: WorkspaceSize.M, spot: true },
      ],
    },
  });
  return app;
}

if (require.main === module) {
  buildSmallLab().synth();
}
