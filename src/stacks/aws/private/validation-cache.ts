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
 * The key of a template is the SHA-256 of its text, normalized, together with aws-cdk-lib's
 * version (which ships the engine and its rules). Normalized means: each of the `volatile` strings
 * (the permit id, event id, statuses, timestamp), wherever it stands as a whole token, replaced by
 * a placeholder that keeps its length and character classes; the logical ids the template declares
 * and hex digests (12 digits or more) renamed in order of first appearance, keeping their shape
 * (they carry hashes of the stack name, so every permit has its own); gzip payloads in base64
 * replaced by their shape, and as `UserData` by a placeholder (the engine checks no length there). Two templates with one key are then one template up to a
 * consistent renaming that keeps every value's length and alphabet, and a template is valid or not
 * regardless of such names, so a hit means the engine would say the same again. Permits of one
 * status therefore share their keys (apart from structural differences such as the subnet a
 * workspace lands in). Only clean results (no violation at all) are
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

  /**
   * The engine's version, which aws-cdk-lib asks every plugin for at each synthesis (for the
   * report), and which loading the engine costs (about a sixth of a synthesis whose templates are
   * all in the cache). It is recorded in the cache folder beside the keys, named by aws-cdk-lib's
   * version (which ships the engine), and read from there afterwards.
   */
  public get version(): string | undefined {
    return this.engineVersion();
  }

  /** The rule ids aws-cdk-lib's plugin reports: the engine's version (as the base class does). */
  public get ruleIds(): string[] | undefined {
    const v = this.engineVersion();
    return v === undefined ? undefined : [v];
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

  private engineVersion(): string | undefined {
    const file = path.join(this.cacheDir, `engine-version-${CDK_VERSION}`);
    try {
      const recorded = fs.readFileSync(file, 'utf8');
      if (/^[\x20-\x7e]{1,64}$/.test(recorded)) return recorded;
    } catch {
      // not recorded yet
    }
    const v = super.version;
    if (v !== undefined) {
      try {
        fs.mkdirSync(this.cacheDir, { recursive: true, mode: 0o700 });
        fs.writeFileSync(file, v);
      } catch {
        // a cache that cannot be written costs time, nothing else
      }
    }
    return v;
  }

  /** The cache key of a template's text. */
  public keyOf(text: string): string {
    return crypto.createHash('sha256')
      .update(`${CACHE_FORMAT}\naws-cdk-lib ${CDK_VERSION}\n`)
      .update(this.normalize(text))
      .digest('hex');
  }

  /** A template's text with its names and volatile values replaced by their shapes (what the key hashes). */
  public normalize(text: string): string {
    // 1. Compressed payloads: opaque to the engine, which sees a string of this length and alphabet;
    // as user data, not even the length (checked on the engine: test/aws/validation-cache.test.ts).
    let normal = text
      .replace(GZIP_USER_DATA, (_m, head: string) => `${head}"\u0000user-data\u0000"`)
      .replace(GZIP_BASE64, (m) => `"\u0000gzip:${shapeOf(m)}\u0000"`);
    // 2. The volatile values. Longest first, so that a value containing another is replaced whole.
    const values = [...new Set(this.volatile.filter((v) => v.length > 0))].sort((a, b) => b.length - a.length);
    values.forEach((v, i) => {
      // Whole tokens only (not inside a longer name or a hash): "p-001" in "permit-p-001-raw",
      // never "e1" in "4e1f".
      const token = new RegExp(`(?<![A-Za-z0-9])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, 'g');
      normal = normal.replace(token, () => `\u0000${i}:${shapeOf(v)}\u0000`);
    });
    // 3. Names: the template's logical ids and hex digests, renamed in order of first appearance.
    // They carry hashes of construct paths (so of the stack name, so of the permit id); a
    // consistent renaming that keeps each name's shape changes nothing the engine checks.
    const ids = logicalIds(text);
    const renamed = new Map<string, string>();
    return normal.replace(/[A-Za-z0-9]+/g, (tok) => {
      if (!ids.has(tok) && !HEX_DIGEST.test(tok)) return tok;
      let r = renamed.get(tok);
      if (r === undefined) {
        r = `\u0000n${renamed.size}:${shapeOf(tok)}\u0000`;
        renamed.set(tok, r);
      }
      return r;
    });
  }
}

/** A JSON string holding base64 of gzip data (tools and user data as the kit compresses them). */
const GZIP_BASE64 = /"H4sI[A-Za-z0-9+/]*={0,2}"/g;
/** The same as an instance's or launch template's `UserData` (directly or under `Fn::Base64`). */
const GZIP_USER_DATA = /("UserData"\s*:\s*(?:\{\s*"Fn::Base64"\s*:\s*)?)"H4sI[A-Za-z0-9+/]*={0,2}"/g;
/** A hex digest as the kit and aws-cdk-lib write them into names (at least 12 digits). */
const HEX_DIGEST = /^[0-9a-f]{12,}$/;

/** The names a template declares: its resources', parameters', outputs', conditions', mappings' and rules' logical ids. */
function logicalIds(text: string): Set<string> {
  let doc: any;
  try {
    doc = JSON.parse(text);
  } catch {
    return new Set();
  }
  const ids = new Set<string>();
  for (const section of ['Resources', 'Parameters', 'Outputs', 'Conditions', 'Mappings', 'Rules']) {
    const s = doc?.[section];
    if (s && typeof s === 'object') for (const id of Object.keys(s)) if (/^[A-Za-z0-9]+$/.test(id)) ids.add(id);
  }
  return ids;
}

/** Bumped when the key's meaning changes. */
const CACHE_FORMAT = 'rws-cfn-validate-cache 2';
/** The engine and its rules ship inside aws-cdk-lib: its version names them (asking the engine costs a load). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CDK_VERSION: string = require('aws-cdk-lib/package.json').version;

/** A value's length and character classes (what a validator's patterns and limits can see). */
function shapeOf(v: string): string {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].map((re) => (re.test(v) ? '1' : '0')).join('');
  const others = [...new Set(v.replace(/[A-Za-z0-9]/g, ''))].sort().join('');
  return `${v.length}:${classes}:${others}`;
}
