/**
 * The CloudWatch agent option of the user-data model (`cloudWatchAgent`): the configuration the
 * workspace writes, checked against a schema written here from the agent's documented fields
 * (the agent's own schema ships only inside its package, which is not installable here), the
 * mount points it watches, the step in each provisioning phase, and one clear error per bad
 * option. The install and start themselves run in the chroot (chroot-offline.test.ts), the
 * generated shell goes through shellcheck in lint.test.ts.
 */
import Ajv from 'ajv';
import * as YAML from 'yaml';
import { labRegistry, template } from './helpers/fixtures';
import { EgressMode } from '../../src';
import { WorkspaceInputError } from '../../src/workspaces/private/error';
import { ProvisioningPhase, StorageSource, WorkspacePlatform, WorkspaceUserData, WorkspaceUserDataOptions } from '../../src/workspaces/userdata';

/**
 * The parts of the agent's configuration this project writes, as the agent's documentation
 * describes them ("Manually create or edit the CloudWatch agent configuration file"): no
 * other key is allowed, so a misspelt key the agent would silently ignore fails here.
 */
const DOCUMENTED = {
  type: 'object',
  additionalProperties: false,
  required: ['agent', 'metrics'],
  properties: {
    agent: {
      type: 'object',
      additionalProperties: false,
      properties: {
        metrics_collection_interval: { type: 'integer', minimum: 1, maximum: 172800 },
        run_as_user: { type: 'string', minLength: 1 },
        omit_hostname: { type: 'boolean' },
      },
    },
    metrics: {
      type: 'object',
      additionalProperties: false,
      required: ['metrics_collected'],
      properties: {
        namespace: { type: 'string', minLength: 1, maxLength: 255 },
        append_dimensions: {
          type: 'object',
          additionalProperties: false,
          properties: { InstanceId: { const: '${aws:InstanceId}' }, ImageId: { const: '${aws:ImageId}' }, InstanceType: { const: '${aws:InstanceType}' } },
        },
        aggregation_dimensions: { type: 'array', minItems: 1, items: { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 } } },
        metrics_collected: {
          type: 'object',
          additionalProperties: false,
          properties: {
            disk: {
              type: 'object',
              additionalProperties: false,
              required: ['measurement'],
              properties: {
                resources: { type: 'array', maxItems: 256, items: { type: 'string', minLength: 1 } },
                measurement: { type: 'array', uniqueItems: true, items: { enum: ['free', 'total', 'used', 'used_percent', 'inodes_free', 'inodes_used', 'inodes_total'] } },
                drop_device: { type: 'boolean' },
                ignore_file_system_types: { type: 'array', items: { type: 'string' } },
              },
            },
            mem: {
              type: 'object',
              additionalProperties: false,
              required: ['measurement'],
              properties: { measurement: { type: 'array', uniqueItems: true, items: { enum: ['active', 'available', 'available_percent', 'buffered', 'cached', 'free', 'inactive', 'total', 'used', 'used_percent'] } } },
            },
          },
        },
      },
    },
  },
};

const validate = new Ajv({ allErrors: true, strict: false }).compile(DOCUMENTED);

function generate(extra: Partial<WorkspaceUserDataOptions> = {}): WorkspaceUserData {
  return WorkspaceUserData.generate({ template: template('minimal'), cloudWatchAgent: {}, ...extra });
}

/** The agent's configuration as the user-data writes it into the payload. */
function agentConfig(ud: WorkspaceUserData): any {
  const files: any[] = YAML.parse(ud.cloudConfig).write_files ?? [];
  const f = files.find((x) => x.path.endsWith('/payload/cloudwatch-agent.json'));
  return f ? JSON.parse(f.content) : undefined;
}

function problem(options: Partial<WorkspaceUserDataOptions>): { code: string; field?: string; message: string } {
  try {
    generate(options);
  } catch (e) {
    if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
    expect(e.diagnostics).toHaveLength(1);
    return e.diagnostics[0];
  }
  throw new Error('expected an error');
}

describe('the CloudWatch agent in the user-data model', () => {
  test('the configuration: disk use of / and memory use, InstanceId added, the disk metric also with exactly InstanceId and path; metrics only', () => {
    const ud = generate();
    const config = agentConfig(ud);
    expect(validate(config)).toBe(true);
    expect(config).toEqual({
      agent: { metrics_collection_interval: 60, run_as_user: 'cwagent', omit_hostname: true },
      metrics: {
        namespace: 'CWAgent',
        append_dimensions: { InstanceId: '${aws:InstanceId}' },
        aggregation_dimensions: [['InstanceId', 'path']],
        metrics_collected: {
          disk: { resources: ['/'], measurement: ['used_percent'], drop_device: true },
          mem: { measurement: ['used_percent'] },
        },
      },
    });
    expect(ud.cloudWatchAgentDiskPaths).toEqual(['/']);
    // The schema is strict: a misspelt key (which the agent would ignore) or a wrong shape fails it.
    expect(validate({ ...config, metrics: { ...config.metrics, agregation_dimensions: [['InstanceId']] } })).toBe(false);
    expect(validate({ ...config, metrics: { ...config.metrics, metrics_collected: { disk: { measurement: 'used_percent' } } } })).toBe(false);
    // The provisioning installs it and starts it with that file.
    expect(ud.provisioningScript()).toContain('rws_step metrics rws_s_metrics');
    expect(ud.provisioningScript()).toContain('rws_cloudwatch_agent "$RWS_PAYLOAD/cloudwatch-agent.json" /opt/aws/amazon-cloudwatch-agent/etc/rws-metrics.json');
  });

  test('mount points: / and an NFS export\'s mount point; not Amazon EFS (8 EiB, its percentage says nothing); or the ones given', () => {
    expect(generate({ storage: { source: StorageSource.efs({ fileSystemId: 'fs-0123456789abcdef0', region: 'eu-west-1' }) } }).cloudWatchAgentDiskPaths).toEqual(['/']);
    expect(generate({ storage: { source: StorageSource.nfs({ server: 'nfs.lab.example.edu', exportPath: '/export/lab' }), mountPoint: '/data' } }).cloudWatchAgentDiskPaths)
      .toEqual(['/', '/data']);
    const given = generate({ cloudWatchAgent: { diskPaths: ['/', '/scratch'], namespace: 'Lab/Workspaces', intervalSeconds: 300 } });
    expect(agentConfig(given).metrics.metrics_collected.disk.resources).toEqual(['/', '/scratch']);
    expect(agentConfig(given).metrics.namespace).toBe('Lab/Workspaces');
    expect(agentConfig(given).agent.metrics_collection_interval).toBe(300);
    expect(validate(agentConfig(given))).toBe(true);
  });

  test('without the option nothing of the agent is in the user-data (no bytes of EC2\'s 16 KB spent on it)', () => {
    const ud = WorkspaceUserData.generate({ template: template('minimal') });
    expect(agentConfig(ud)).toBeUndefined();
    expect(ud.cloudWatchAgentDiskPaths).toEqual([]);
    expect(ud.provisioningScript()).not.toMatch(/rws_cloudwatch_agent|amazoncloudwatch-agent|rws-metrics/);
  });

  test('phases: a boot on a baked image starts the agent (installing it when the image lacks it); the bake does not configure it', () => {
    const boot = generate({ phase: ProvisioningPhase.BOOT });
    expect(agentConfig(boot)).toBeDefined();
    expect(boot.provisioningScript()).toContain('rws_step metrics rws_s_metrics');
    const bake = generate({ phase: ProvisioningPhase.BAKE });
    expect(bake.provisioningScript()).not.toContain('rws_s_metrics');
    // The template's image content is the same with or without the agent: one image serves monitored and other labs.
    expect(boot.imageContentHash).toBe(WorkspaceUserData.generate({ template: template('minimal'), phase: ProvisioningPhase.BOOT }).imageContentHash);
  });

  test('offline (egress none): the agent needs no internet (the region\'s bucket through the S3 endpoint), so no warning', () => {
    const ud = generate({ egress: EgressMode.NONE, registry: labRegistry(), owner: 'alice' });
    expect(ud.warnings.map((w) => w.code)).toEqual([]);
    // Not one of the downloads an offline machine refuses (rws_net): fetched from the bucket directly.
    expect(ud.provisioningScript()).toContain('rws_cloudwatch_agent_download "$url"');
    expect(ud.provisioningScript()).not.toContain('rws_net cloudwatch-agent');
  });

  test('one clear error per bad option: another platform, an AWS namespace, a relative path, a too short interval', () => {
    expect(problem({ platform: WorkspacePlatform.KUBERNETES })).toMatchObject({
      code: 'cloudwatch-agent-not-aws', field: 'cloudWatchAgent', message: expect.stringContaining('this workspace runs on kubernetes'),
    });
    expect(problem({ cloudWatchAgent: { namespace: 'AWS/EC2' } })).toMatchObject({ code: 'invalid-namespace', field: 'cloudWatchAgent.namespace' });
    expect(problem({ cloudWatchAgent: { diskPaths: ['data'] } })).toMatchObject({ code: 'invalid-path', field: 'cloudWatchAgent.diskPaths' });
    expect(problem({ cloudWatchAgent: { diskPaths: [] } })).toMatchObject({ code: 'invalid-paths' });
    expect(problem({ cloudWatchAgent: { intervalSeconds: 5 } })).toMatchObject({ code: 'invalid-interval', field: 'cloudWatchAgent.intervalSeconds' });
  });
});
