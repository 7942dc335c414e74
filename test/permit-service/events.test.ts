/**
 * The permit service's pure parts, without servers: the message schema, the lifecycle check,
 * the plan summary and its data-loss check, token authentication and sharding.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Input } from '../../src/cli/command';
import { authenticate, operationalStatus, readSecret, readTokenFile } from '../../src/cli/permit-service/api';
import { apiSettings, workerSettings } from '../../src/cli/permit-service/config';
import { BadEventError, mergePermit, parseEvent, shardOf, targetStatus } from '../../src/cli/permit-service/events';
import { cleanTerraformMessage, dataLossChanges, preventDestroyAddresses, summarizePlan } from '../../src/cli/permit-service/terraform';
import { PermitStatus } from '../../src/workspaces/permit';

const ok = { eventId: 'e-1', event: 'permit.status.updated', permitId: 'p-1', status: 'DATA_PREPARATION_PENDING' };

describe('parseEvent', () => {
  test('the minimum of the issue parses, routing key agreeing', () => {
    expect(parseEvent(JSON.stringify(ok), 'permit.status.updated')).toEqual({ ...ok, status: PermitStatus.DATA_PREPARATION_PENDING });
  });

  test('the event name may come from the routing key alone', () => {
    expect(parseEvent(JSON.stringify({ eventId: 'e-2', permitId: 'p-1' }), 'permit.deleted').event).toBe('permit.deleted');
  });

  test('permit data is parsed (names or { name, uid })', () => {
    const ev = parseEvent(JSON.stringify({ ...ok, permit: { researchers: ['alice', { name: 'bob', uid: 5001 }], hdabPreprocessor: 'carol', dataHolders: [{ id: 'h', allowedCidrs: ['203.0.113.0/24'] }] } }));
    expect(ev.permit).toEqual({ researchers: [{ name: 'alice' }, { name: 'bob', uid: 5001 }], hdabPreprocessor: { name: 'carol' }, dataHolders: [{ id: 'h', allowedCidrs: ['203.0.113.0/24'] }] });
  });

  test.each([
    ['not json', '{', undefined, 'malformed-json', /not JSON/],
    ['an array', '[]', undefined, 'malformed-json', /JSON object/],
    ['no eventId', JSON.stringify({ event: 'permit.deleted', permitId: 'p' }), undefined, 'missing-field', /"eventId" is missing/],
    ['unknown event', JSON.stringify({ ...ok, event: 'permit.exploded' }), undefined, 'unknown-event', /permit\.exploded" is unknown/],
    ['unknown status', JSON.stringify({ ...ok, status: 'RUNNING_HOT' }), undefined, 'unknown-status', /RUNNING_HOT" is unknown/],
    ['a derived status', JSON.stringify({ ...ok, status: 'DELETED' }), undefined, 'unknown-status', /DELETED" is unknown/],
    ['status without permit.status.updated', JSON.stringify({ eventId: 'e', event: 'permit.deleted', permitId: 'p', status: 'ARCHIVED' }), undefined, 'invalid-field', /only permit\.status\.updated/],
    ['bad permit id', JSON.stringify({ ...ok, permitId: 'P 1' }), undefined, 'invalid-field', /permitId "P 1"/],
    ['routing key and event differ', JSON.stringify(ok), 'permit.deleted', 'event-mismatch', /differ/],
    ['unknown field', JSON.stringify({ ...ok, colour: 'red' }), undefined, 'unknown-field', /"colour"/],
    ['bad permit data', JSON.stringify({ ...ok, permit: { dataHolders: [{ id: 'h' }] } }), undefined, 'invalid-field', /dataHolders\[0\]/],
  ])('%s is refused with a reason', (_name, body, key, code, message) => {
    let err: unknown;
    try {
      parseEvent(body, key);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BadEventError);
    expect((err as BadEventError).code).toBe(code);
    expect((err as BadEventError).message).toMatch(message);
    expect((err as BadEventError).message.split('\n')).toHaveLength(1);
  });
});

describe('transitions', () => {
  const ev = (o: object) => parseEvent(JSON.stringify(o));
  test('legal transitions follow the lifecycle; replays keep the status', () => {
    expect(targetStatus(PermitStatus.AWAITING_INGRESS, ev({ eventId: 'e', event: 'permit.ingress.initiated', permitId: 'p' }))).toBe(PermitStatus.INGRESS_IN_PROGRESS);
    expect(targetStatus(PermitStatus.ANALYSIS_ACTIVE, ev({ eventId: 'e', event: 'permit.workspace.stop_requested', permitId: 'p' }))).toBe(PermitStatus.ANALYSIS_STOPPED);
    expect(targetStatus(PermitStatus.DATA_PREPARATION_PENDING, ev(ok))).toBe(PermitStatus.DATA_PREPARATION_PENDING);
  });

  test('an illegal transition names both statuses and the allowed ones', () => {
    expect(() => targetStatus(PermitStatus.AWAITING_INGRESS, ev({ ...ok, status: 'ANALYSIS_ACTIVE' })))
      .toThrow(/cannot go from AWAITING_INGRESS to ANALYSIS_ACTIVE.*INGRESS_IN_PROGRESS, DELETED/);
  });

  test('a permit the service never saw must start with permit.status.updated and bring its data', () => {
    expect(() => targetStatus(undefined, ev({ eventId: 'e', event: 'permit.deleted', permitId: 'p' }))).toThrow(/never seen/);
    expect(() => mergePermit('p', undefined, undefined)).toThrow(/carries no permit data/);
    expect(mergePermit('p', { researchers: [{ name: 'a' }], hdabPreprocessor: { name: 'b' }, dataHolders: [] }, { researchers: [{ name: 'c' }] }).researchers).toEqual([{ name: 'c' }]);
  });
});

describe('plan safety check', () => {
  test('Terraform\'s own prevent_destroy refusal names each protected address once', () => {
    const raw = ['╷', '│ Error: Instance cannot be destroyed', '│', '│   on cdk.tf.json line 385, in resource.kubernetes_persistent_volume_claim_v1:',
      '│ Resource kubernetes_persistent_volume_claim_v1.permit_Volume-raw_D20F2517 has lifecycle.prevent_destroy set, but the plan calls for this resource to be destroyed.',
      '╵', '╷', '│ Error: Instance cannot be destroyed',
      '│ Resource proxmox_virtual_environment_vm.storage has lifecycle.prevent_destroy set, but the plan calls for this resource to be destroyed.',
      '│ Resource kubernetes_persistent_volume_claim_v1.permit_Volume-raw_D20F2517 has lifecycle.prevent_destroy set, but the plan calls for this resource to be destroyed.', '╵'].join('\n');
    expect(preventDestroyAddresses(cleanTerraformMessage(raw))).toEqual(['kubernetes_persistent_volume_claim_v1.permit_Volume-raw_D20F2517', 'proxmox_virtual_environment_vm.storage']);
    expect(preventDestroyAddresses('Error: Invalid reference')).toEqual([]);
  });

  const plan = {
    resource_changes: [
      { address: 'kubernetes_persistent_volume_claim_v1.raw', type: 'kubernetes_persistent_volume_claim_v1', change: { actions: ['delete', 'create'] } },
      { address: 'kubernetes_stateful_set_v1.hpe', type: 'kubernetes_stateful_set_v1', change: { actions: ['delete'] } },
      { address: 'kubernetes_secret_v1.s', type: 'kubernetes_secret_v1', change: { actions: ['create'] } },
      { address: 'kubernetes_config_map_v1.c', type: 'kubernetes_config_map_v1', change: { actions: ['update'] } },
      { address: 'proxmox_virtual_environment_vm.storage', type: 'proxmox_virtual_environment_vm', change: { actions: ['delete'] } },
      { address: 'kubernetes_service_v1.x', type: 'kubernetes_service_v1', change: { actions: ['no-op'] } },
    ],
  };
  const s = summarizePlan(plan);

  test('the summary counts each kind of change', () => {
    expect(s).toMatchObject({ create: 1, update: 1, delete: 2, replace: 1, noop: 1 });
    expect(s.changes).toHaveLength(5);
  });

  test('deleting or replacing a data volume or a protected resource is data loss before permit.deleted, not after', () => {
    expect(dataLossChanges(s, ['proxmox_virtual_environment_vm.storage'], false).map((c) => c.address))
      .toEqual(['kubernetes_persistent_volume_claim_v1.raw', 'proxmox_virtual_environment_vm.storage']);
    expect(dataLossChanges(s, [], true)).toEqual([]);
  });
});

describe('API tokens', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-tokens-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const secret = 'a-status-token-0123456789';
  fs.writeFileSync(path.join(dir, 'guac'), 'a-connection-token-0123456789\n');
  fs.writeFileSync(path.join(dir, 'tokens.yaml'), [
    'tokens:',
    `  - { name: pm, sha256: ${crypto.createHash('sha256').update(secret).digest('hex')}, scopes: [status] }`,
    '  - { name: guac, token_file: guac, scopes: [status, connection] }',
  ].join('\n'));
  const tokens = readTokenFile(path.join(dir, 'tokens.yaml'));

  test('bearer tokens match by SHA-256 with their scopes', () => {
    expect(authenticate(tokens, `Bearer ${secret}`)?.name).toBe('pm');
    expect(authenticate(tokens, 'Bearer a-connection-token-0123456789')?.scopes).toEqual(['status', 'connection']);
    expect(authenticate(tokens, 'Bearer wrong')).toBeUndefined();
    expect(authenticate(tokens, undefined)).toBeUndefined();
    expect(authenticate(tokens, secret)).toBeUndefined(); // not "Bearer ..."
  });

  test('a bad token file names the entry and the fix', () => {
    fs.writeFileSync(path.join(dir, 'bad.yaml'), 'tokens:\n  - { name: x, token: short, scopes: [status] }\n');
    expect(() => readTokenFile(path.join(dir, 'bad.yaml'))).toThrow(/tokens\[0\] \(x\) needs sha256 .* token \(at least 16 characters\)/);
    fs.writeFileSync(path.join(dir, 'bad2.yaml'), `tokens:\n  - { name: y, token: ${secret}, scopes: [admin] }\n  - { name: z, token: 12345678901234567890, scope: [status] }\n`);
    let message = '';
    try {
      readTokenFile(path.join(dir, 'bad2.yaml'));
    } catch (e) {
      message = (e as Error).message;
    }
    // Every problem at once, each with its line and column; a token is never quoted.
    expect(message).toContain('bad2.yaml: 4 problems in the permit service token file');
    expect(message).toMatch(/bad2\.yaml:2:\d+: error invalid-value: tokens\[0\]\.scopes\[0\]: .*"admin".*Fix: use one of status, connection/);
    expect(message).toMatch(/bad2\.yaml:3:\d+: error unknown-field: tokens\[1\]\.scope: .*Fix: did you mean "scopes"\?/);
    expect(message).toMatch(/bad2\.yaml:3:\d+: error wrong-type: tokens\[1\]\.token: expected text, found number\. Fix/);
    expect(message).not.toContain(secret);
    expect(message).not.toContain('12345678901234567890');
  });

  test('the service settings file: a misspelled or misshapen setting is an error with line and column, never silently ignored', () => {
    const file = path.join(dir, 'settings.yaml');
    fs.writeFileSync(file, 'amqp_url: amqp://rws:hunter2-secret@mq:5672\nlease_msx: 100\nterraform: { bin: tf, initt: false }\nshards: many\n');
    let message = '';
    try {
      workerSettings(input({ backend: 'kubernetes', workdir: dir, redis: 'redis://x', config: file }), {});
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('settings.yaml: 3 problems in the permit service settings');
    expect(message).toMatch(/settings\.yaml:2:1: error unknown-field: lease_msx: .*Fix: did you mean "lease_ms"\?/);
    expect(message).toMatch(/settings\.yaml:3:\d+: error unknown-field: terraform\.initt: .*Fix: did you mean "init"\?/);
    expect(message).toMatch(/settings\.yaml:4:9: error wrong-type: shards: expected a whole number/);
    expect(message).not.toContain('hunter2');
    // The same file, corrected, is read.
    fs.writeFileSync(file, 'amqp_url: amqp://rws:hunter2-secret@mq:5672\nlease_ms: 2000\nterraform: { bin: tf, init: false }\nshards: 4\n');
    expect(workerSettings(input({ backend: 'kubernetes', workdir: dir, redis: 'redis://x', config: file }), {})).toMatchObject({ leaseMs: 2000, shards: 4, terraform: { bin: 'tf', init: false } });
  });
});

test('operational status for the Permit Manager', () => {
  expect(operationalStatus({ status: 'ANALYSIS_ACTIVE', workspaces: [{ state: 'running' }] })).toBe('RUNNING');
  expect(operationalStatus({ status: 'ANALYSIS_STOPPED', workspaces: [{ state: 'stopped' }] })).toBe('STOPPED');
  expect(operationalStatus({ status: 'ARCHIVED', workspaces: [] })).toBe('ARCHIVED');
  expect(operationalStatus({ status: 'ANALYSIS_ACTIVE', failed: 'x' })).toBe('FAILED');
});

test('shards spread permits evenly enough', () => {
  const counts = new Array(8).fill(0);
  for (let i = 0; i < 800; i++) counts[shardOf(`p-${i}`, 8)]++;
  expect(Math.min(...counts)).toBeGreaterThan(60);
  expect(shardOf('p-1', 8)).toBe(shardOf('p-1', 8));
});

function input(options: Record<string, string>): Input {
  return {
    args: [],
    str: (n) => options[n],
    list: (n) => (options[n] === undefined ? [] : [options[n]]),
    flag: () => undefined,
    int: (n) => (options[n] === undefined ? undefined : Number(options[n])),
    has: (n) => options[n] !== undefined,
  };
}

describe('settings: options, then environment, then the --config file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-svc-config-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'worker.yaml');
  fs.writeFileSync(file, [
    'amqp_url: amqp://file', 'redis_url: redis://file', 'backend: proxmox', 'workdir: work', 'shards: 7', 'backend_config: pve.yaml',
    'terraform: { bin: /opt/tf, plugin_dir: providers, init: false, env: { A: 1 } }',
  ].join('\n'));

  test('each setting from the first place that has it; file paths relative to the file', () => {
    const s = workerSettings(input({ config: file, amqp: 'amqp://option' }), { RWS_REDIS_URL: 'redis://env', RWS_MODE: 'plan' });
    expect(s).toMatchObject({
      amqpUrl: 'amqp://option',
      redisUrl: 'redis://env',
      backend: 'proxmox',
      mode: 'plan',
      shards: 7,
      workdir: path.join(dir, 'work'),
      backendConfig: path.join(dir, 'pve.yaml'),
      terraform: { bin: '/opt/tf', pluginDir: path.join(dir, 'providers'), init: false, env: { A: '1' } },
    });
  });

  test.each([
    [{}, {}, /--backend is required \(or RWS_BACKEND, or backend: in --config\)/],
    [{ backend: 'kubernetes' }, {}, /--amqp is required \(or RWS_AMQP_URL, or amqp_url: in --config\); e\.g\. --amqp amqp:/],
    [{ amqp: 'a', redis: 'r', backend: 'openstack', workdir: 'w' }, {}, /unknown backend "openstack"; use kubernetes, proxmox or aws/],
    [{ amqp: 'a', redis: 'r', backend: 'kubernetes', workdir: 'w', mode: 'yolo' }, {}, /unknown mode "yolo"/],
    [{ amqp: 'a', redis: 'r', backend: 'kubernetes', workdir: 'w', shards: '0' }, {}, /--shards \(or RWS_SHARDS\) must be a whole number from 1 to 1024 \(got "0"\)/],
    [{ amqp: 'a', redis: 'r', backend: 'aws', workdir: 'w', mode: 'apply' }, {},
      /^--mode apply with --backend aws needs the bucket the templates are uploaded to .*: set cloudformation\.bucket in --config, or RWS_CFN_BUCKET, e\.g\. the CDK bootstrap bucket/],
    [{ amqp: 'a', redis: 'r', backend: 'aws', workdir: 'w', mode: 'plan' }, { RWS_CFN_BUCKET: 'Bad_Bucket' }, /^cloudformation\.bucket \(or RWS_CFN_BUCKET\) "Bad_Bucket" is not an S3 bucket name/],
    [{ amqp: 'a', redis: 'r', backend: 'aws', workdir: 'w', mode: 'apply' }, { RWS_CFN_BUCKET: 'b-1', RWS_CFN_ROLE_ARN: 'cfn-role' }, /^cloudformation\.role_arn \(or RWS_CFN_ROLE_ARN\) "cfn-role" is not an IAM role ARN/],
    [{ amqp: 'a', redis: 'r', backend: 'aws', workdir: 'w', mode: 'apply' }, { RWS_CFN_BUCKET: 'b-1', RWS_CFN_TIMEOUT: '1' }, /^timeout_seconds \(or RWS_CFN_TIMEOUT\) must be a whole number from 5 to 86400 \(got "1"\)/],
  ])('a bad worker setting is one line naming it: %j %j', (options, env, message) => {
    expect(() => workerSettings(input(options as Record<string, string>), env)).toThrow(message);
  });

  test('the cloudformation settings: file, then environment; synth mode needs no bucket', () => {
    const f = path.join(dir, 'aws-worker.yaml');
    fs.writeFileSync(f, [
      'amqp_url: a', 'redis_url: r', 'backend: aws', 'workdir: w', 'mode: apply',
      'cloudformation: { bucket: cdk-hnb659fds-assets-123456789012-eu-west-1, prefix: permits, region: eu-west-1, role_arn: "arn:aws:iam::123456789012:role/cfn", '
        + 'parameters: { Size: 3 }, timeout_seconds: 600, poll_ms: 1000 }',
    ].join('\n'));
    expect(workerSettings(input({ config: f }), { RWS_CFN_REGION: 'eu-central-1' }).cloudformation).toEqual({
      bucket: 'cdk-hnb659fds-assets-123456789012-eu-west-1',
      prefix: 'permits/',
      region: 'eu-central-1',
      roleArn: 'arn:aws:iam::123456789012:role/cfn',
      parameters: { Size: '3' },
      timeoutSeconds: 600,
      pollMs: 1000,
    });
    expect(workerSettings(input({ amqp: 'a', redis: 'r', backend: 'aws', workdir: 'w' }), {}).cloudformation.bucket).toBeUndefined();
    fs.writeFileSync(f, 'cloudformation: { bukket: x }\n');
    expect(() => workerSettings(input({ config: f }), {})).toThrow(/bukket/);
  });

  test('the API\'s secret store: file or command', async () => {
    expect(() => apiSettings(input({ 'redis': 'redis://x', 'token-file': 't.yaml' }), { RWS_SECRETS_KIND: 'command' })).toThrow(/needs secrets.command/);
    expect(() => apiSettings(input({ 'redis': 'redis://x', 'token-file': 't.yaml' }), { RWS_SECRETS_KIND: 'file' })).toThrow(/needs secrets.dir/);
    expect(await readSecret({ kind: 'command', command: ['/bin/echo', 'pw-{permitId}-{username}-{workspace}'] }, 'p-1', 'alice', 'analysis')).toBe('pw-p-1-alice-analysis');
    await expect(readSecret({ kind: 'command', command: ['/bin/false'] }, 'p-1', 'alice', 'analysis')).rejects.toThrow('the secret store command false exited with 1');
    await expect(readSecret({ kind: 'command', command: ['/nonexistent/get-password'] }, 'p-1', 'alice', 'analysis')).rejects.toThrow(/get-password could not run \(ENOENT\)/);
    expect(await readSecret({ kind: 'command', command: ['/bin/true'] }, 'p-1', 'alice', 'analysis')).toBeUndefined();
    expect(await readSecret({ kind: 'file', dir }, 'p-1', 'nobody', 'analysis')).toBeUndefined();
  });
});
