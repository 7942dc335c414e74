/**
 * Generated templates stay byte-identical across performance work (issue 18): the example labs,
 * a 1,000-user lab of both bench templates and an AWS permit are synthesized and every template's
 * SHA-256 is compared with test/fixtures/synth-hashes.json, recorded before the caches, lazy
 * loading and synthesis settings were added. A change that is meant to alter the output updates
 * the file on purpose: RWS_UPDATE_SYNTH_HASHES=1 npx jest test/aws/synth-identical.test.ts
 * (and says why in the commit).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { buildInstitutionLab } from '../../examples/institution-lab/main';
import { synthPermitAws } from '../../examples/permit-aws/main';
import { buildSmallLab } from '../../examples/small-lab/main';
import { LabStack, PermitStatus, TemplateCatalog, UserRegistry, WorkspaceSize } from '../../src';
import { cleanTempDirs, tempDir } from '../helpers/synth';

const HASHES = path.join(__dirname, '..', 'fixtures', 'synth-hashes.json');

/** 1,000 users, 12 workspaces alternating the two bench templates, 4 of them sharing an owner. */
function benchLab(outdir: string): App {
  const users = UserRegistry.fromProps({
    users: Array.from({ length: 1000 }, (_, i) => ({ name: `u${String(i).padStart(4, '0')}`, groups: [`group${i % 10}`] })),
    groups: Array.from({ length: 10 }, (_, i) => ({ name: `group${i}` })),
    userIdRange: { min: 10000, max: 19999 },
    groupIdRange: { min: 20000, max: 20100 },
  });
  const app = new App({ outdir, builtinCloudFormationValidation: false });
  new LabStack(app, 'BenchLab', {
    definition: {
      name: 'bench-lab',
      region: 'us-east-1',
      registry: users,
      catalog: TemplateCatalog.bundled(),
      workspaceStackCount: 4,
      workspaces: Array.from({ length: 12 }, (_, i) => ({
        name: `ws${String(i).padStart(4, '0')}`,
        template: i % 2 ? 'jupyter-lab' : 'ubuntu-24-04',
        owner: `u${String(i % 8).padStart(4, '0')}`,
        project: `group${i % 10}`,
        size: WorkspaceSize.S,
      })),
    },
  });
  return app;
}

function templateHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.template.json')).sort()) {
    out[f] = crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex');
  }
  return out;
}

const CASES: Array<[string, (outdir: string) => string]> = [
  ['small-lab', (o) => buildSmallLab(o, { builtinCloudFormationValidation: false }).synth().directory],
  ['institution-lab', (o) => buildInstitutionLab(o, { builtinCloudFormationValidation: false }).synth().directory],
  ['bench-lab', (o) => benchLab(o).synth().directory],
  ['permit-aws', (o) => synthPermitAws({ outdir: o, permitId: 'p-001', status: PermitStatus.ANALYSIS_ACTIVE, previousStatus: PermitStatus.WORKSPACE_SETUP_REVIEW_PENDING, eventId: 'evt-1', timestamp: '2025-01-01T00:00:00Z', builtinValidation: false }).outdir],
];

afterAll(cleanTempDirs);

const recorded: Record<string, Record<string, string>> = fs.existsSync(HASHES) ? JSON.parse(fs.readFileSync(HASHES, 'utf8')) : {};
const update = process.env.RWS_UPDATE_SYNTH_HASHES === '1';
const fresh: Record<string, Record<string, string>> = {};

afterAll(() => {
  if (update) fs.writeFileSync(HASHES, JSON.stringify({ ...recorded, ...fresh }, undefined, 2) + '\n');
});

test.each(CASES)('%s: every template is byte-identical to the recorded one', (name, synth) => {
  const hashes = templateHashes(synth(tempDir(`rws-identical-${name}-`)));
  fresh[name] = hashes;
  if (update) return;
  expect(Object.keys(hashes).length).toBeGreaterThan(0);
  expect(hashes).toEqual(recorded[name]);
});
