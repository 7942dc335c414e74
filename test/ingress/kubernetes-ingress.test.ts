/**
 * The ingress scan on Kubernetes: a Job in the permit namespace on the move to
 * DATA_PREPARATION_PENDING only, mounting the uploads and raw read-write while every workspace
 * mounts raw read-only; the mirror is the only egress; the configuration passes tf-validate.
 */
import { IngressScanning, PermitLifecycle, PermitStatus } from '../../src';
import { INGRESS_SCAN_CAPABILITIES } from '../../src/constructs/kubernetes/private/ingress';
import {
  basePermit, byName, claimMounts, cleanSynthRoot, kubernetesProblems, podLabels, policiesFor, resources, synth, tfValidate, workspace,
} from '../permit/helpers/synth';

const S = PermitStatus;
afterAll(() => cleanSynthRoot());

/** Undoes Terraform's escaping of `${` and `%{` in literal strings. */
const untf = (s: string) => s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');

const pending = synth(basePermit(S.DATA_PREPARATION_PENDING, S.INGRESS_IN_PROGRESS));
const job = () => byName(pending.json, 'kubernetes_job_v1', 'ingress-consolidate');

test('the move to DATA_PREPARATION_PENDING runs one scan Job with the uploads and raw read-write', () => {
  const j = job();
  expect(j).toBeDefined();
  expect(j.metadata.namespace).toBe('permit-p-042');
  expect(j.wait_for_completion).toBe(true);
  const spec = j.spec.template.spec;
  const claims = Object.fromEntries(spec.volume.filter((v: any) => v.persistent_volume_claim).map((v: any) => [v.name, v.persistent_volume_claim]));
  expect(Object.keys(claims).sort()).toEqual(['raw', 'upload-hospital-a', 'upload-lab-b']);
  const mounts = Object.fromEntries(spec.container[0].volume_mount.map((m: any) => [m.name, m]));
  expect(mounts.raw).toMatchObject({ mount_path: '/data/raw', read_only: false });
  expect(mounts['upload-hospital-a']).toMatchObject({ mount_path: '/uploads/hospital-a', read_only: false });
  // The command runs the consolidation of exactly these volumes.
  const cmd = untf(spec.container[0].command[2]);
  expect(cmd).toContain('sh /etc/rws/rws-ingress consolidate /data/raw hospital-a=/uploads/hospital-a lab-b=/uploads/lab-b');
  // The mounted script is the tested one, byte for byte.
  const cm = byName(pending.json, 'kubernetes_config_map_v1', 'ingress-consolidate');
  expect(untf(cm.data['rws-ingress'])).toBe(IngressScanning.consolidationScript());
  expect(cm.data['freshclam.conf']).toBeUndefined();
});

test('the scan pod: root with two capabilities, read-only root filesystem, no token, on the preprocessing workspace\'s node', () => {
  const spec = job().spec.template.spec;
  expect(spec.automount_service_account_token).toBe(false);
  const sc = spec.container[0].security_context;
  expect(sc).toMatchObject({ allow_privilege_escalation: false, read_only_root_filesystem: true, privileged: false });
  expect(sc.capabilities).toEqual({ drop: ['ALL'], add: INGRESS_SCAN_CAPABILITIES });
  expect(INGRESS_SCAN_CAPABILITIES).toEqual(['DAC_OVERRIDE', 'FOWNER']);
  const affinity = spec.affinity.pod_affinity.required_during_scheduling_ignored_during_execution[0];
  expect(affinity.topology_key).toBe('kubernetes.io/hostname');
  expect(affinity.label_selector[0].match_labels).toEqual(expect.objectContaining({ 'cdk-research-workspaces.dev/workspace': 'hdab-preprocessing' }));
  expect(podLabels(workspace(pending.json, 'hdab-preprocessing'))).toEqual(expect.objectContaining(affinity.label_selector[0].match_labels));
  // Without a mirror the pod has no egress at all: no policy but default-deny selects it.
  const policies = policiesFor(pending.json, job().spec.template.metadata.labels);
  expect(policies.map((p) => p.metadata.name)).toEqual(['default-deny']);
});

test('raw is read-only for every workspace in every phase after ingress, and only the scan writes it', () => {
  const order = [S.DATA_PREPARATION_PENDING, S.DATA_PREPARATION_REVIEW_PENDING, S.DATA_PREPARATION_REWORK, S.DATA_PREPARATION_REVIEW_PENDING,
    S.WORKSPACE_SETUP_PENDING, S.WORKSPACE_SETUP_REVIEW_PENDING, S.WORKSPACE_SETUP_REWORK, S.WORKSPACE_SETUP_REVIEW_PENDING, S.ANALYSIS_ACTIVE,
    S.ANALYSIS_STOPPED, S.ARCHIVED];
  let prev: PermitStatus = S.INGRESS_IN_PROGRESS;
  for (const status of order) {
    // The model: no mount of raw is anything but read-only.
    const plan = PermitLifecycle.plan(basePermit(status, prev));
    for (const w of plan.workspaces) {
      for (const m of w.mounts.filter((x) => x.kind === 'raw')) expect({ status, role: w.role, access: m.access }).toEqual({ status, role: w.role, access: 'ro' });
    }
    // The synthesized pods: raw mounted read-only on the mount and on the claim; the Job only at the move itself.
    const out = status === S.DATA_PREPARATION_PENDING ? pending : synth(basePermit(status, prev));
    for (const sts of resources(out.json, 'kubernetes_stateful_set_v1')) {
      for (const m of claimMounts(sts).filter((x) => x.claim === 'raw')) expect({ status, sts: sts.metadata.name, ...m }).toMatchObject({ readOnly: true, sourceReadOnly: true });
    }
    expect({ status, jobs: resources(out.json, 'kubernetes_job_v1').length }).toEqual({ status, jobs: status === S.DATA_PREPARATION_PENDING ? 1 : 0 });
    prev = status;
  }
  expect(resources(synth(basePermit(S.INGRESS_IN_PROGRESS, S.AWAITING_INGRESS)).json, 'kubernetes_job_v1')).toEqual([]);
});

test('a signature mirror: freshclam first, and egress only to the mirror and DNS', () => {
  const out = synth(basePermit(S.DATA_PREPARATION_PENDING, S.INGRESS_IN_PROGRESS), {
    signatureMirrorUrl: 'https://clamav-mirror.hdab.example/clamav', signatureMirrorCidrs: ['10.20.0.5/32'],
  });
  const j = byName(out.json, 'kubernetes_job_v1', 'ingress-consolidate');
  const init = j.spec.template.spec.init_container[0];
  expect(init.command).toEqual(['freshclam', '--config-file=/etc/rws/freshclam.conf', '--foreground']);
  expect(init.security_context.capabilities).toEqual({ drop: ['ALL'] });
  const conf = untf(byName(out.json, 'kubernetes_config_map_v1', 'ingress-consolidate').data['freshclam.conf']);
  expect(conf).toContain('PrivateMirror https://clamav-mirror.hdab.example/clamav');
  const policies = policiesFor(out.json, j.spec.template.metadata.labels).filter((p) => p.metadata.name !== 'default-deny');
  expect(policies).toHaveLength(1);
  const egress = policies[0].spec.egress;
  expect(egress[0].to).toEqual([{ ip_block: { cidr: '10.20.0.5/32' } }]);
  expect(egress[0].ports.map((p: any) => p.port).sort()).toEqual(['443', '80']);
  expect(egress[1].ports.map((p: any) => p.port)).toEqual(['53', '53']);
  expect(kubernetesProblems(out.json)).toEqual([]);
  const v = tfValidate([out.dir]);
  if (v) expect(v).toEqual({ status: 0, output: expect.any(String) });
});

test('a mirror without networks, or a mirror URL that could inject configuration, is one clear error', () => {
  const permit = basePermit(S.DATA_PREPARATION_PENDING, S.INGRESS_IN_PROGRESS);
  expect(() => synth(permit, { signatureMirrorUrl: 'https://clamav-mirror.hdab.example/clamav' })).toThrow(/signatureMirrorCidrs.*10\.20\.0\.5\/32/s);
  expect(() => synth(permit, { signatureMirrorUrl: 'https://m.example/x\nDatabaseMirror evil.example', signatureMirrorCidrs: ['10.0.0.1/32'] }))
    .toThrow(/signatureMirrorUrl/);
  expect(() => synth(permit, { signatureMirrorCidrs: ['10.0.0.1/32'] })).toThrow(/add signatureMirrorUrl/);
});

test('the Job is in the permit\'s audit record, and the provisioner may manage Jobs', () => {
  expect(kubernetesProblems(pending.json)).toEqual([]);
  expect(pending.audit.resources.filter((r: string) => r.startsWith('kubernetes_job_v1.'))).toHaveLength(1);
  const role = byName(pending.json, 'kubernetes_role_v1', 'permit-provisioner');
  expect(role.rule).toEqual(expect.arrayContaining([expect.objectContaining({ api_groups: ['batch'], resources: ['jobs'] })]));
});
