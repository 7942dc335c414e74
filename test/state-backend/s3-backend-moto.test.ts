/**
 * The S3 state backend for real: the backend block a stack synthesizes (bucket, key, region,
 * `encrypt`, `kms_key_id`, `use_lockfile`) goes through `terraform init` and `terraform apply`
 * against moto_server on loopback (only endpoints and test credentials are added, in a
 * `-backend-config` file), and the state object is read back: encrypted with the KMS key the
 * stack names, no lock left behind. Terraform itself rejects a value the S3 backend cannot
 * type wrongly, and a block without encryption stores the state unencrypted (the check can fail).
 * (Terraform ignores unknown arguments in a JSON backend block: the arguments' names are fixed by
 * `TerraformStateBackend` and asserted in state-backend.test.ts.)
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CreateBucketCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { KubernetesLabStack } from '../../src/stacks/kubernetes/kubernetes-lab-stack';
import { TerraformStateBackend } from '../../src/stacks/terraform/terraform-state-backend';
import { EgressMode } from '../../src/workspaces/policy';
import { clientConfig, MotoServer, motoJsonCall, startMoto } from '../helpers/moto';
import { requireTool } from '../helpers/tools';
import { cleanTemp, synthApp } from '../proxmox/helpers';

const BUCKET = 'uni-research-tfstate';

function backendBlock(backend: TerraformStateBackend): any {
  const { json } = synthApp((app) => new KubernetesLabStack(app, 'genomics-lab', {
    labName: 'genomics', egress: EgressMode.NONE, stateBackend: backend, workspaces: [{ name: 'w1', template: 'debian-12', started: false }],
  }));
  return json.terraform.backend;
}

describe('the S3 backend block with terraform and moto_server', () => {
  const ready = requireTool('terraform', 'terraform init/apply runs the S3 backend block') && requireTool('moto_server', 'moto_server stands in for S3 and KMS');
  let moto: MotoServer | undefined;
  let s3: S3Client;
  let work: string;
  let keyArn: string;

  beforeAll(async () => {
    if (!ready) return;
    moto = await startMoto();
    s3 = new S3Client(clientConfig(moto));
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    keyArn = (await motoJsonCall(moto, 'kms', 'TrentService.CreateKey', { Description: 'tfstate' })).KeyMetadata.Arn;
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-s3state-'));
  }, 60_000);

  afterAll(async () => {
    await moto?.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
    cleanTemp();
  });

  /** terraform init + apply of a configuration with only the backend block and one output. */
  function apply(name: string, backend: any): { status: number; output: string } {
    const dir = path.join(work, name);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ terraform: { backend }, output: { probe: { value: `state of ${name}` } } }));
    fs.writeFileSync(path.join(dir, 'moto.s3.tfbackend'), [
      `endpoints = { s3 = "${moto!.endpoint}", sts = "${moto!.endpoint}", iam = "${moto!.endpoint}" }`,
      'use_path_style = true', 'skip_credentials_validation = true', 'skip_requesting_account_id = true',
      'skip_metadata_api_check = true', 'skip_region_validation = true', 'access_key = "testing"', 'secret_key = "testing"', '',
    ].join('\n'));
    const env = { ...process.env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_DATA_DIR: path.join(dir, '.terraform'), HOME: dir, AWS_EC2_METADATA_DISABLED: 'true' };
    let output = '';
    for (const args of [['init', '-input=false', '-no-color', '-backend-config=moto.s3.tfbackend'], ['apply', '-auto-approve', '-input=false', '-no-color']]) {
      const r = spawnSync('terraform', args, { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
      output += r.stdout + r.stderr;
      if (r.status !== 0) return { status: r.status ?? 1, output };
    }
    return { status: 0, output };
  }

  test('the synthesized block stores the state encrypted with the stack\'s KMS key, and leaves no lock', async () => {
    if (!moto) return;
    const block = backendBlock(TerraformStateBackend.s3({ bucket: BUCKET, key: 'labs/genomics.tfstate', region: 'us-east-1', kmsKeyId: keyArn }));
    const r = apply('encrypted', block);
    expect({ status: r.status, output: r.status === 0 ? '' : r.output }).toEqual({ status: 0, output: '' });
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'labs/genomics.tfstate' }));
    expect(head.ServerSideEncryption).toBe('aws:kms');
    expect(head.SSEKMSKeyId).toBe(keyArn);
    const state = JSON.parse(await (await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'labs/genomics.tfstate' }))).Body!.transformToString());
    expect(state.outputs.probe.value).toBe('state of encrypted');
    const keys = ((await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'labs/' }))).Contents ?? []).map((o) => o.Key);
    expect(keys).toEqual(['labs/genomics.tfstate']);
  }, 180_000);

  test('terraform checks the block\'s values: a wrongly typed encrypt fails at init', () => {
    if (!moto) return;
    const block = backendBlock(TerraformStateBackend.s3({ bucket: BUCKET, key: 'labs/typo.tfstate', region: 'us-east-1', kmsKeyId: keyArn }));
    block.s3.encrypt = 'maybe';
    const r = apply('typo', block);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/encrypt/);
  }, 180_000);

  test('mutation: a block without encrypt and kms_key_id stores the state unencrypted (the check can fail)', async () => {
    if (!moto) return;
    const block = backendBlock(TerraformStateBackend.s3({ bucket: BUCKET, key: 'labs/plain.tfstate', region: 'us-east-1', kmsKeyId: keyArn }));
    delete block.s3.encrypt;
    delete block.s3.kms_key_id;
    const r = apply('plain', block);
    expect({ status: r.status, output: r.status === 0 ? '' : r.output }).toEqual({ status: 0, output: '' });
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'labs/plain.tfstate' }));
    expect(head.SSEKMSKeyId).toBeUndefined();
    expect(head.ServerSideEncryption).not.toBe('aws:kms');
  }, 180_000);
});
