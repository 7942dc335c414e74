import * as crypto from 'crypto';
import * as zlib from 'zlib';
import { ResolvedTemplate } from './catalog';
import { Diagnostic } from './errors';
import { WorkspacePolicy } from './policy';
import { fail } from './private/error';
import { ProvisioningPhase, WorkspacePlatform, WorkspaceUserData } from './userdata';

/**
 * What to bake: a template (with its parameters already resolved) for one platform.
 */
export interface ImageBakeOptions {
  /** The template, resolved with the parameter values the image is for. */
  readonly template: ResolvedTemplate;
  /**
   * Where the image boots: on AWS the bake adds the AWS CLI, amazon-efs-utils and (Debian 12,
   * Rocky 9) the SSM agent.
   * @default WorkspacePlatform.AWS
   */
  readonly platform?: WorkspacePlatform;
  /**
   * The lab's policy (the template's privileged groups and paths are checked against it).
   * @default - nothing privileged is allowed
   */
  readonly policy?: WorkspacePolicy;
  /**
   * Name used in error messages (a construct path or a lab file).
   * @default - the template's slug
   */
  readonly where?: string;
}

/** Characters of an image name (EC2 AMI names, Image Builder and Proxmox names): letters, digits, `.` and `-`. */
function nameSafe(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

/**
 * The install part of a template as a machine image build needs it: the bake script (the
 * same provisioning code as the boot, `ProvisioningPhase.BAKE`), its content hash, and the
 * names the image and its parameter get. Backend-neutral: `WorkspaceImage` (EC2 Image
 * Builder), the Proxmox template VM and the KubeVirt containerDisk build run the same script.
 *
 * @example
 * const bake = ImageBake.of({ template: catalog.resolve('python-ml') });
 * bake.imageName;      // "rws-python-ml-1-0-0-1f125c69"
 * bake.bakeScript();   // bash, run as root on the build machine
 */
export class ImageBake {
  /** Plans the bake of a template; throws a WorkspaceInputError naming the field and the fix when the template cannot be baked. */
  public static of(options: ImageBakeOptions): ImageBake {
    return new ImageBake(options);
  }

  /** Template slug. */
  public readonly slug: string;
  /** Template version (`unversioned` when the template has none). */
  public readonly version: string;
  /** Content hash (16 hex digits) of what the bake installs: a workspace's boot checks the image has it. */
  public readonly contentHash: string;
  /** Name of the image: `rws-<slug>-<version with - for .>-<first 8 of the content hash>`. */
  public readonly imageName: string;
  /** Platform the image is for. */
  public readonly platform: WorkspacePlatform;
  /** Warnings of the template found while planning the bake. */
  public readonly warnings: Diagnostic[];

  private readonly userData: WorkspaceUserData;

  private constructor(options: ImageBakeOptions) {
    const t = options.template;
    this.platform = options.platform ?? WorkspacePlatform.AWS;
    if (t.packageManager === 'ami') {
      fail({
        code: 'image-of-ami-template',
        field: 'template',
        message: `${options.where ?? t.slug}: template "${t.slug}" is ami-based: its image is given (ami_config), there is nothing to bake`,
        value: t.slug,
        fix: 'bake a template that installs its software (package_manager apt, dnf, conda or spack), or use the ami-based template as it is',
        location: { file: t.definition.source },
      });
    }
    this.userData = WorkspaceUserData.generate({
      template: t,
      phase: ProvisioningPhase.BAKE,
      platform: this.platform,
      policy: options.policy,
      where: options.where,
      maxUserDataBytes: 1048576,
    });
    this.slug = t.slug;
    this.version = t.definition.version ?? 'unversioned';
    this.contentHash = this.userData.imageContentHash;
    // Image Builder names allow letters, digits, - and _ (no dots): 1.0.0 is written 1-0-0.
    this.imageName = `rws-${nameSafe(t.slug)}-${nameSafe(this.version).replace(/\./g, '-')}-${this.contentHash.slice(0, 8)}`;
    this.warnings = this.userData.warnings;
  }

  /** The bake as one self-contained bash script (run as root on the build machine; safe to run again). */
  public bakeScript(): string {
    return this.userData.provisioningScript();
  }

  /** The bake script, gzip-compressed (level 9) and base64-encoded, for documents with a size limit. */
  public bakeScriptGzipBase64(): string {
    return zlib.gzipSync(Buffer.from(this.bakeScript(), 'utf8'), { level: 9 }).toString('base64');
  }

  /** SHA-256 (hex) of the bake script: changes when the script changes, even when the content hash does not (a new release of the kit). */
  public scriptSha256(): string {
    return crypto.createHash('sha256').update(this.bakeScript()).digest('hex');
  }

  /**
   * Name of the parameter that holds the newest image of this template version (written by
   * the image pipeline): `<prefix>/<slug>/<version>`.
   * @param prefix e.g. `/rws/my-lab/images`
   */
  public parameterName(prefix: string): string {
    return `${prefix.replace(/\/+$/, '')}/${nameSafe(this.slug)}/${nameSafe(this.version)}`;
  }

  /**
   * The command that checks a built image (run on the image): its record names this bake's
   * content hash.
   */
  public checkCommand(): string {
    return `grep -qx 'RWS_IMAGE_HASH=${this.contentHash}' /etc/research-workspace/image.env`;
  }
}
