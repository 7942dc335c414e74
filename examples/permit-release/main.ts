/**
 * A permit with an output release in review, built the way the operators' commands build it:
 *
 *   npx ts-node --transpile-only --project ../../test/tsconfig.json main.ts [outdir]
 *
 * Writes into `outdir` (default `release.out/`):
 * - `outputs/`: what alice left in the permit's outputs volume;
 * - `store/`: the permit's release store (`rws permit release --store`): request
 *   `rq-20260105100000-0a1b2c` snapshotted by alice, scanned clean by the scanner service,
 *   approved by hdab-ben and now IN_REVIEW, waiting for a second, different reviewer;
 *   `audit.jsonl` holds the four hash-chained moves;
 * - `rws-release`: the in-workspace request command of this permit;
 * - `cdk.out/`: the AWS reviewers' read-only access to that request (`ReleaseReviewAccess`).
 *
 * Then, with the same store: `rws permit release show rq-20260105100000-0a1b2c --permit permit.yaml --store release.out/store`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { readPermitFile } from '../../src/cli/permit-file';
import { ReleaseStore, sealSnapshot, snapshotFiles } from '../../src/cli/release-store';
import { PermitStatus, ReleaseAction, ReleaseCommand, ReleaseLifecycle, ReleaseRequest, ReleaseReviewAccess } from '../../src';

/** The request of the example. */
export const REQUEST_ID = 'rq-20260105100000-0a1b2c';

/** What the example made. */
export interface ReleaseExample {
  readonly request: ReleaseRequest;
  readonly storeDir: string;
  readonly auditEntries: number;
  readonly templateFile: string;
}

/** Builds the example into `outdir` (emptied first). */
export async function buildReleaseExample(outdir: string): Promise<ReleaseExample> {
  const file = readPermitFile(path.join(__dirname, 'permit.yaml'));
  const settings = file.release!;
  const researchers = file.permit.researchers.map((m) => m.name);
  ReleaseLifecycle.checkSettings(settings, researchers, 'examples/permit-release/permit.yaml');
  if (fs.existsSync(outdir)) {
    for (const d of [path.join(outdir, 'store', 'requests', REQUEST_ID), path.join(outdir, 'store', 'requests', REQUEST_ID, 'files')]) {
      if (fs.existsSync(d)) fs.chmodSync(d, 0o755);
    }
    fs.rmSync(outdir, { recursive: true, force: true });
  }
  const outputs = path.join(outdir, 'outputs');
  fs.mkdirSync(path.join(outputs, 'tables'), { recursive: true });
  fs.writeFileSync(path.join(outputs, 'tables', 'table2.csv'), 'stratum,n,hazard_ratio,ci_low,ci_high\nage<50,1204,0.81,0.70,0.94\nage>=50,2311,0.92,0.84,1.01\n');
  fs.writeFileSync(path.join(outputs, 'README.txt'), 'Table 2 of the manuscript: aggregate hazard ratios, every cell n >= 10.\n');
  const store = new ReleaseStore(path.join(outdir, 'store'), file.permit.id, { reviewers: settings.reviewers, researchers });
  const snap = path.join(store.requestsDir, REQUEST_ID);
  const files = snapshotFiles(outputs, ['tables/table2.csv', 'README.txt'], path.join(snap, 'files'));
  sealSnapshot(snap);
  const at = (m: number) => `2026-01-05T10:${String(m).padStart(2, '0')}:00Z`;
  await store.create({ id: REQUEST_ID, permitId: file.permit.id, permitStatus: PermitStatus.ANALYSIS_ACTIVE, requester: 'alice', files, justification: 'Table 2 of the manuscript', at: at(0) });
  await store.move(REQUEST_ID, { action: ReleaseAction.START_SCAN, actor: 'svc:clamav', at: at(1), detail: 'scanner clamdscan' });
  await store.move(REQUEST_ID, { action: ReleaseAction.SCAN_CLEAN, actor: 'svc:clamav', at: at(2), detail: 'scanner clamdscan exit 0' });
  const request = await store.move(REQUEST_ID, { action: ReleaseAction.APPROVE, actor: 'hdab-ben', at: at(30) });
  fs.writeFileSync(path.join(outdir, 'rws-release'), ReleaseCommand.script({ permitId: file.permit.id }), { mode: 0o755 });
  // On AWS the same request sits under requests/<id>/ of the permit's egress-review bucket.
  const app = new App({ outdir: path.join(outdir, 'cdk.out') });
  const stack = new Stack(app, `permit-${file.permit.id}-review-${REQUEST_ID}`, { env: { account: '111111111111', region: 'eu-west-1' } });
  const bucket = s3.Bucket.fromBucketName(stack, 'EgressReview', `permit-${file.permit.id}-egress-review`);
  const roles = settings.reviewers.map((r) => iam.Role.fromRoleName(stack, r, `output-checker-${r}`));
  new ReleaseReviewAccess(stack, 'Review', { bucket, requestId: REQUEST_ID, reviewerRoles: roles });
  const asm = app.synth();
  return { request, storeDir: store.root, auditEntries: store.audit().length, templateFile: path.join(asm.directory, `${stack.stackName}.template.json`) };
}

if (require.main === module) {
  buildReleaseExample(path.resolve(process.argv[2] ?? 'release.out')).then((r) => {
    console.log(`${r.request.id}: ${r.request.state}, approved by ${r.request.approvals.map((a) => a.reviewer).join(', ')}; ${r.auditEntries} audit entries in ${r.storeDir}`);
  }, (e) => {
    console.error(e.message);
    process.exit(2);
  });
}
