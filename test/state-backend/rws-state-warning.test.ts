/**
 * `rws lab synth` on a Kubernetes lab file prints the local-state warning (generated passwords
 * and keys in clear text) unless the file names a remote state backend, which then appears in
 * the synthesized configuration; an S3 backend without a KMS key is an error at the file's line.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, rws, tempDir } from '../cli/helpers';

const SLOW = 120_000;
const LAB = 'name: genomics\negress: none\nworkspaces:\n  - { name: w1, template: debian-12 }\n';

describe('rws lab synth and the Terraform state', () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    dir = tempDir('state');
    fs.writeFileSync(path.join(dir, 'local.yaml'), `${LAB}kubernetes: { namespace: lab-genomics }\n`);
    fs.writeFileSync(path.join(dir, 's3.yaml'), `${LAB}kubernetes: { namespace: lab-genomics }\nstate_backend:\n  s3: { bucket: uni-tfstate, key: labs/genomics.tfstate, region: eu-west-2, kms_key_id: alias/tfstate }\n`);
    fs.writeFileSync(path.join(dir, 'nokms.yaml'), `${LAB}kubernetes: { namespace: lab-genomics }\nstate_backend:\n  s3: { bucket: uni-tfstate, key: labs/genomics.tfstate, region: eu-west-2 }\n`);
  }, SLOW);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('without a backend: the warning names the clear-text passwords and the fix', () => {
    const r = rws(['lab', 'synth', 'local.yaml', '--out', 'tf-local'], dir, {}, SLOW);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/cdk-research-workspaces:local-state.*CLEAR TEXT.*TerraformStateBackend\.s3/s);
  }, SLOW);

  test('with an S3 backend: no warning, the backend block is written', () => {
    const r = rws(['lab', 'synth', 's3.yaml', '--out', 'tf-s3'], dir, {}, SLOW);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('local-state');
    const files = fs.readdirSync(path.join(dir, 'tf-s3', 'stacks'));
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'tf-s3', 'stacks', files[0], 'cdk.tf.json'), 'utf8'));
    expect(json.terraform.backend.s3).toMatchObject({ encrypt: true, kms_key_id: 'alias/tfstate', use_lockfile: true });
  }, SLOW);

  test('S3 without a KMS key is refused at the file\'s line', () => {
    const r = rws(['lab', 'synth', 'nokms.yaml', '--out', 'tf-nokms'], dir, {}, SLOW);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/nokms\.yaml:7:\d+: error state-without-kms: state_backend\.s3/);
  }, SLOW);

  test('rws permit synth --backend kubernetes: warning without state_backend, the Kubernetes backend with it', () => {
    const base = ['permit', 'synth', '--id', 'p-9', '--status', 'ANALYSIS_ACTIVE', '--previous', 'WORKSPACE_SETUP_REVIEW_PENDING', '--backend', 'kubernetes'];
    const plain = rws([...base, '--out', 'permit-local'], dir, {}, SLOW);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toMatch(/local-state.*permit-p-9.*CLEAR TEXT/s);
    fs.writeFileSync(path.join(dir, 'k8s-permit.yaml'), 'storage_class_name: ceph-rbd\nstate_backend: { kubernetes: { secret_suffix: permit-p-9, namespace: tfstate } }\n');
    const remote = rws([...base, '--config', 'k8s-permit.yaml', '--out', 'permit-remote'], dir, {}, SLOW);
    expect(remote.code).toBe(0);
    expect(remote.stderr).not.toContain('local-state');
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'permit-remote', 'stacks', 'permit-p-9', 'cdk.tf.json'), 'utf8'));
    expect(json.terraform.backend).toEqual({ kubernetes: { secret_suffix: 'permit-p-9', namespace: 'tfstate' } });
  }, SLOW);
});
