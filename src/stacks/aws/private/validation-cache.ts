import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { CloudFormationValidatePlugin, IPolicyValidationContext, PolicyValidationPluginReport } from 'aws-cdk-lib';

/**
 * aws-cdk-lib's built-in CloudFormation validation, run only for templates it has not already
 * found clean (issue 18). The engine (a WebAssembly build of CloudFormation Validate) costs about
 * 5 s of CPU and 330 MB in every process that starts it; a pipeline that synthesizes one permit per
 * event would pay that for every event although consecutive templates differ only in the permit's
 * id, event id and status.
 *
 * The key of a template is the SHA-256 of its text with each of the `volatile` strings (the
 * permit id, event id, statuses, timestamp), wherever it stands as a whole token, replaced by a
 * placeholder that keeps its length and character classes, together with aws-cdk-lib's version (which ships the engine and its rules). A template is
 * valid or not regardless of which permit id of the same length and alphabet it carries, so a hit
 * means the engine would say the same again. Only clean results (no violation at all) are
 * recorded; a template with any finding is validated, and reported, every time. When every
 * template of the synthesis hits, the engine is not started.
 *
 * The cache is a folder of empty files named by key. Whoever can write it can make the validation
 * skip a template, which then loses only CloudFormation Validate's warnings (the validation never
 * fails a synthesis): keep it private to the pipeline's user (it is created 0700).
 */
export class CachedCloudFormationValidation extends CloudFormationValidatePlugin {
  /**
   * The instance for a cache folder, one per process: its engine, once started, serves every
   * later synthesis of a long-running process (the permit worker) as aws-cdk-lib's own singleton does.
   */
  public static forCache(cacheDir: string, volatile: string[]): CachedCloudFormationValidation {
    const dir = path.resolve(cacheDir);
    let p = CachedCloudFormationValidation.instances.get(dir);
    if (!p) {
      p = new CachedCloudFormationValidation(dir);
      CachedCloudFormationValidation.instances.set(dir, p);
    }
    p.volatile = volatile;
    return p;
  }

  private static readonly instances = new Map<string, CachedCloudFormationValidation>();

  /** The values that vary between templates of one shape (set per synthesis). */
  public volatile: string[] = [];

  private constructor(private readonly cacheDir: string) {
    super();
  }

  public validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    const keys = context.templatePaths.map((p) => this.keyOf(fs.readFileSync(p, 'utf8')));
    if (keys.length > 0 && keys.every((k) => fs.existsSync(path.join(this.cacheDir, k)))) return { success: true, violations: [] };
    const report = super.validate(context);
    if (report.success && report.violations.length === 0) {
      fs.mkdirSync(this.cacheDir, { recursive: true, mode: 0o700 });
      for (const k of keys) fs.writeFileSync(path.join(this.cacheDir, k), '');
    }
    return report;
  }

  /** The cache key of a template's text. */
  public keyOf(text: string): string {
    let normal = text;
    // Longest first, so that a value containing another is replaced whole.
    const values = [...new Set(this.volatile.filter((v) => v.length > 0))].sort((a, b) => b.length - a.length);
    values.forEach((v, i) => {
      // Whole tokens only (not inside a longer name or a hash): "p-001" in "permit-p-001-raw",
      // never "e1" in "4e1f".
      const token = new RegExp(`(?<![A-Za-z0-9])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, 'g');
      normal = normal.replace(token, () => `\u0000${i}:${shapeOf(v)}\u0000`);
    });
    return crypto.createHash('sha256')
      .update(`${CACHE_FORMAT}\naws-cdk-lib ${CDK_VERSION}\n`)
      .update(normal)
      .digest('hex');
  }
}

/** Bumped when the key's meaning changes. */
const CACHE_FORMAT = 'rws-cfn-validate-cache 1';
/** The engine and its rules ship inside aws-cdk-lib: its version names them (asking the engine costs a load). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CDK_VERSION: string = require('aws-cdk-lib/package.json').version;

/** A value's length and character classes (what a validator's patterns and limits can see). */
function shapeOf(v: string): string {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].map((re) => (re.test(v) ? '1' : '0')).join('');
  const others = [...new Set(v.replace(/[A-Za-z0-9]/g, ''))].sort().join('');
  return `${v.length}:${classes}:${others}`;
}
