/**
 * The example institution (institution.yaml): two tenants, three labs, an organization with an
 * OU and a service control policy per tenant. Synthesizes with no AWS credentials and no network:
 *
 *   npx cdk synth            # from this folder (cdk.json runs this file)
 *
 * `buildInstitution(outdir)` builds the app without synthesizing it, for scripts/synth.ts and the tests.
 */
import * as path from 'path';
import { App, AppProps } from 'aws-cdk-lib';
import { Institution } from '../../src';

/** Id of the example's Institution construct. */
export const INSTITUTION_ID = 'example-university';

/** Builds the institution's app; call `.synth()` on it. The Institution is `app.node.findChild(INSTITUTION_ID)`. */
export function buildInstitution(outdir?: string, appProps: AppProps = {}): App {
  const app = new App({ ...appProps, ...(outdir ? { outdir } : {}) });
  Institution.fromFile(app, INSTITUTION_ID, path.join(__dirname, 'institution.yaml'));
  return app;
}

if (require.main === module) {
  buildInstitution().synth();
}
