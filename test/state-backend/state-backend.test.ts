/**
 * TerraformStateBackend on the Kubernetes and Proxmox stacks: the backend block in the
 * synthesized configuration (checked by `terraform validate` offline), the refusals (S3
 * without encryption, without a KMS key, without locking; local without the acknowledgement),
 * the loud warning of a stack without a backend, and `state_backend:` in a lab file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { terraformStackWarnings } from '../../src/constructs/terraform/manifest';
import { localStateWarning, LOCAL_STATE_WARNING } from '../../src/constructs/terraform/state-backend';
import { readKubernetesLabFile } from '../../src/stacks/kubernetes/kubernetes-lab-file';
import { KubernetesLabStack } from '../../src/stacks/kubernetes/kubernetes-lab-stack';
import { KubernetesPermitStack } from '../../src/stacks/kubernetes/kubernetes-permit-stack';
import { TerraformStateBackend } from '../../src/stacks/terraform/terraform-state-backend';
import { PermitStatus } from '../../src/workspaces/permit';
import { EgressMode } from '../../src/workspaces/policy';
import { inputErrorOf as errorOf } from '../helpers/errors';
import { basePermit } from '../permit/helpers/synth';
import { cleanTemp, synthApp, tempDir, tfValidateAll } from '../proxmox/helpers';

afterAll(() => cleanTemp());

const KMS = 'arn:aws:kms:eu-west-2:111122223333:alias/tfstate';
const S3 = { bucket: 'uni-research-tfstate', key: 'labs/genomics.tfstate', region: 'eu-west-2', kmsKeyId: KMS };

function lab(stateBackend?: TerraformStateBackend) {
  return synthApp((app) => new KubernetesLabStack(app, 'genomics-lab', {
    labName: 'genomics',
    egress: EgressMode.NONE,
    stateBackend,
    workspaces: [{ name: 'w1', template: 'debian-12', started: false }],
  }));
}

function permit(stateBackend?: TerraformStateBackend) {
  const p = basePermit(PermitStatus.ANALYSIS_ACTIVE);
  return synthApp((app) => new KubernetesPermitStack(app, KubernetesPermitStack.stackNameOf(p.id), { permit: p, stateBackend }));
}

describe('S3', () => {
  test('writes an encrypted, KMS-keyed, locked S3 backend block', () => {
    const r = lab(TerraformStateBackend.s3(S3));
    expect(r.json.terraform.backend).toEqual({
      s3: { bucket: 'uni-research-tfstate', key: 'labs/genomics.tfstate', region: 'eu-west-2', encrypt: true, kms_key_id: KMS, use_lockfile: true },
    });
  });

  test('a DynamoDB table locks instead of the lock file', () => {
    const b = TerraformStateBackend.s3({ ...S3, dynamodbTable: 'terraform-locks' });
    expect(b.config).toMatchObject({ dynamodb_table: 'terraform-locks', encrypt: true });
    expect(b.config.use_lockfile).toBeUndefined();
  });

  test('encrypt: false is refused, naming the field and the fix', () => {
    const e = errorOf(() => TerraformStateBackend.s3({ ...S3, encrypt: false }));
    expect(e.diagnostics.map((d) => d.code)).toEqual(['state-not-encrypted']);
    expect(e.message).toMatch(/encrypt.*must be encrypted at rest.*remove encrypt: false/s);
  });

  test('no KMS key (or not a key) is refused', () => {
    for (const kmsKeyId of [undefined, '', 'my-key']) {
      const e = errorOf(() => TerraformStateBackend.s3({ ...S3, kmsKeyId: kmsKeyId as any }));
      expect(e.diagnostics.map((d) => d.code)).toEqual(['state-without-kms']);
      expect(e.message).toContain('kmsKeyId');
    }
    expect(TerraformStateBackend.s3({ ...S3, kmsKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' }).config.kms_key_id).toBe('1234abcd-12ab-34cd-56ef-1234567890ab');
  });

  test('no lock at all is refused', () => {
    const e = errorOf(() => TerraformStateBackend.s3({ ...S3, useLockfile: false }));
    expect(e.diagnostics.map((d) => d.code)).toEqual(['state-not-locked']);
  });
});

describe('Kubernetes and local', () => {
  test('the kubernetes backend keeps the state in a Secret of its own namespace', () => {
    const r = permit(TerraformStateBackend.kubernetes({ secretSuffix: 'permit-p-001' }));
    expect(r.json.terraform.backend).toEqual({ kubernetes: { secret_suffix: 'permit-p-001', namespace: 'terraform-state' } });
  });

  test('local state needs the acknowledgement', () => {
    expect(errorOf(() => TerraformStateBackend.local({ acknowledgeSecretsOnDisk: false })).diagnostics[0].code).toBe('local-state-not-acknowledged');
    const b = TerraformStateBackend.local({ acknowledgeSecretsOnDisk: true });
    expect(b.remote).toBe(false);
  });
});

describe('the warning without a backend', () => {
  test('a stack without a backend warns that passwords and keys will be in clear text; one with a backend does not', () => {
    const none = lab();
    const outdir = path.dirname(path.dirname(none.dir));
    const warnings = terraformStackWarnings(outdir, 'genomics-lab');
    expect(warnings).toContain(localStateWarning('genomics-lab'));
    expect(warnings.join('\n')).toMatch(/CLEAR TEXT/);
    expect(Object.keys(none.json.terraform.backend)).toEqual(['local']);

    for (const b of [TerraformStateBackend.s3(S3), TerraformStateBackend.local({ acknowledgeSecretsOnDisk: true })]) {
      const r = lab(b);
      expect(terraformStackWarnings(path.dirname(path.dirname(r.dir)), 'genomics-lab').join('\n')).not.toContain(LOCAL_STATE_WARNING);
    }
  });

  test('the permit stack warns too', () => {
    const r = permit();
    expect(terraformStackWarnings(path.dirname(path.dirname(r.dir)), r.stack.node.id).join('\n')).toContain(LOCAL_STATE_WARNING);
  });
});

describe('terraform validate', () => {
  test('the synthesized backend blocks are valid Terraform', async () => {
    const dirs = [
      lab(TerraformStateBackend.s3(S3)).dir,
      lab(TerraformStateBackend.s3({ ...S3, dynamodbTable: 'terraform-locks', roleArn: 'arn:aws:iam::111122223333:role/tfstate' })).dir,
      permit(TerraformStateBackend.kubernetes({ secretSuffix: 'permit-p-001', namespace: 'tfstate', configContext: 'admin' })).dir,
      lab(TerraformStateBackend.local({ acknowledgeSecretsOnDisk: true, path: 'state/lab.tfstate' })).dir,
    ];
    const results = await tfValidateAll(dirs);
    if (!results) return;
    for (const r of results) expect({ dir: r.dir, status: r.status, output: r.status === 0 ? '' : r.output }).toEqual({ dir: r.dir, status: 0, output: '' });
  }, 120_000);

  test('exactly one backend block: cdktf\'s default local backend beside ours fails validation (the check can fail)', async () => {
    const r = lab(TerraformStateBackend.s3(S3));
    expect(Object.keys(r.json.terraform.backend)).toEqual(['s3']);
    const file = path.join(r.dir, 'cdk.tf.json');
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    json.terraform.backend.local = { path: 'terraform.tfstate' };
    fs.writeFileSync(file, JSON.stringify(json));
    const results = await tfValidateAll([r.dir]);
    if (!results) return;
    expect(results[0].status).not.toBe(0);
  }, 120_000);
});

describe('state_backend: in a Kubernetes lab file', () => {
  const write = (body: string) => {
    const dir = tempDir('labfile');
    const file = path.join(dir, 'lab.yaml');
    fs.writeFileSync(file, body);
    return file;
  };
  const base = 'name: genomics\nworkspaces:\n  - { name: w1, template: debian-12 }\n';

  test('s3 with a KMS key reaches the stack', () => {
    const f = readKubernetesLabFile(write(`${base}state_backend: { s3: { bucket: uni-tfstate, key: labs/g.tfstate, region: eu-west-2, kms_key_id: alias/tfstate } }\n`));
    expect(f.props.stateBackend?.type).toBe('s3');
    expect(f.props.stateBackend?.config).toMatchObject({ encrypt: true, kms_key_id: 'alias/tfstate', use_lockfile: true });
  });

  test('s3 without a KMS key is an error at the file\'s line', () => {
    const file = write(`${base}state_backend:\n  s3: { bucket: uni-tfstate, key: labs/g.tfstate, region: eu-west-2, encrypt: false }\n`);
    const e = errorOf(() => readKubernetesLabFile(file));
    expect(e.diagnostics.map((d) => d.code).sort()).toEqual(['state-not-encrypted', 'state-without-kms']);
    expect(e.message).toContain(`${file}:5`);
  });
});
