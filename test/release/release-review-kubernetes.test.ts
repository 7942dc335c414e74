/**
 * The reviewers' view on Kubernetes: a review desktop that mounts one request's snapshot
 * read-only, reaches nothing, and is reached only from the gateway. Checked on the synthesized
 * Terraform JSON, with the Kubernetes naming rules and tf-validate (offline terraform validate);
 * the checks are shown to catch a writable mount, the whole claim, an egress rule and a token.
 */
import * as fs from 'fs';
import * as path from 'path';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { KubernetesReleaseReview } from '../../src';
import { App, TerraformStack } from '../../src/constructs/terraform/cdktf';
import { cleanSynthRoot, kubernetesProblems, resources, tempDir, tfValidateAll } from '../permit/helpers/synth';

afterAll(() => cleanSynthRoot());

const REQUEST = 'rq-20260105100000-0a1b2c';

function synthReview(): { dir: string; json: any } {
  const outdir = tempDir('review');
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'permit-p-301-review');
  new KubernetesProvider(stack, 'kubernetes', { configPath: '~/.kube/config' });
  new KubernetesReleaseReview(stack, 'Review', { permitId: 'p-301', requestId: REQUEST, reviewers: [{ name: 'hdab-ben' }, { name: 'hdab-cleo', uid: 30002 }] });
  app.synth();
  const dir = path.join(outdir, 'stacks', 'permit-p-301-review');
  return { dir, json: JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8')) };
}

/** What the review pod must be; the problems found. */
function reviewProblems(json: any): string[] {
  const out: string[] = [];
  const [pod] = resources(json, 'kubernetes_pod_v1');
  const spec = pod.spec;
  const c = spec.container[0];
  const release = spec.volume.find((v: any) => v.persistent_volume_claim);
  if (!release || release.persistent_volume_claim.read_only !== true) out.push('the release claim is not read-only');
  for (const m of c.volume_mount.filter((x: any) => x.name === release?.name)) {
    if (m.read_only !== true) out.push('the review mount is writable');
    if (m.sub_path !== `requests/${REQUEST}`) out.push(`the mount shows ${m.sub_path ?? 'the whole claim'}, not the request`);
  }
  if (spec.automount_service_account_token !== false) out.push('the pod gets a service-account token');
  if (spec.dns_policy !== 'None') out.push('the pod uses the cluster DNS');
  if (c.security_context.allow_privilege_escalation !== false || !c.security_context.capabilities.drop.includes('ALL')) out.push('privileges are not dropped');
  const policies = resources(json, 'kubernetes_network_policy_v1');
  if (policies.some((p: any) => (p.spec.egress ?? []).length > 0) || !policies.some((p: any) => p.spec.policy_types.includes('Egress'))) out.push('the pod may send traffic');
  for (const p of policies) {
    for (const rule of p.spec.ingress ?? []) {
      if ((rule.from ?? []).some((f: any) => !f.namespace_selector || !f.pod_selector)) out.push('RDP from outside the gateway');
    }
  }
  return out;
}

test('one request, read-only, no egress, RDP from the gateway only; names valid; passwords generated', () => {
  const { json } = synthReview();
  expect(reviewProblems(json)).toEqual([]);
  expect(kubernetesProblems(json)).toEqual([]);
  const [pod] = resources(json, 'kubernetes_pod_v1');
  expect(pod.metadata).toMatchObject({ name: `review-${REQUEST}`, namespace: 'permit-p-301' });
  const env = Object.fromEntries(pod.spec.container[0].env.filter((e: any) => e.value !== undefined).map((e: any) => [e.name, e.value]));
  expect(env).toMatchObject({ USER_COUNT: '2', USERNAME: 'hdab-ben', USERNAME_2: 'hdab-cleo', USER_UID_2: '30002' });
  expect(resources(json, 'random_password')).toHaveLength(2);
  const [secret] = resources(json, 'kubernetes_secret_v1');
  expect(Object.values(secret.data).every((v: any) => /^\$\{random_password\.[^}]+\.result\}$/.test(v))).toBe(true);
});

test('the checks catch a writable mount, the whole claim, an egress rule and a token', () => {
  const mutate = (f: (json: any) => void) => {
    const { json } = synthReview();
    f(json);
    return reviewProblems(json);
  };
  const pod = (json: any) => resources(json, 'kubernetes_pod_v1')[0].spec;
  expect(mutate((j) => { pod(j).container[0].volume_mount.find((m: any) => m.name === 'release').read_only = false; })).toEqual(['the review mount is writable']);
  expect(mutate((j) => { delete pod(j).container[0].volume_mount.find((m: any) => m.name === 'release').sub_path; })).toEqual(['the mount shows the whole claim, not the request']);
  expect(mutate((j) => { resources(j, 'kubernetes_network_policy_v1')[0].spec.egress = [{ to: [{ ip_block: { cidr: '0.0.0.0/0' } }] }]; })).toEqual(['the pod may send traffic']);
  expect(mutate((j) => { pod(j).automount_service_account_token = true; })).toEqual(['the pod gets a service-account token']);
});

test('passes tf-validate (offline terraform validate against the provider schemas)', async () => {
  const { dir } = synthReview();
  const results = await tfValidateAll([dir]);
  if (!results) return;
  expect(results.map((r) => [r.status, r.output.trim()])).toEqual([[0, expect.anything()]]);
}, 120_000);

test('bad input is one error each', () => {
  const stack = new TerraformStack(new App({ outdir: tempDir('bad') }), 's');
  new KubernetesProvider(stack, 'kubernetes', {});
  expect(() => new KubernetesReleaseReview(stack, 'A', { permitId: 'p-1', requestId: 'rq-1', reviewers: [{ name: 'hdab-ben' }, { name: 'hdab-ben' }] })).toThrow(/too-few-reviewers/);
  expect(() => new KubernetesReleaseReview(stack, 'B', { permitId: 'p-1', requestId: 'RQ', reviewers: [{ name: 'a-a' }, { name: 'b-b' }] })).toThrow(/construct s\/B: error invalid-request-id/);
  expect(() => new KubernetesReleaseReview(stack, 'C', { permitId: 'p-1', requestId: 'rq-1', reviewers: [{ name: 'root' }, { name: 'b-b' }] })).toThrow(/reviewers\[0\]\.name/);
});
