/**
 * The machine image of a workspace, from its template's operating system. Public SSM
 * parameters only (resolved by CloudFormation at deploy time, no lookups at synth time).
 */
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { IConstruct } from 'constructs';
import { ResolvedTemplate } from '../../../workspaces/catalog';
import { Architecture } from '../../../workspaces/sizes';
import { OperatingSystem } from '../../../workspaces/template';
import { badProp } from '../../private/props';

/** Canonical's and Debian's public AMI parameters by OS and architecture. */
export function publicImageParameter(os: OperatingSystem, arch: Architecture): string | undefined {
  const deb = arch === Architecture.ARM64 ? 'arm64' : 'amd64';
  switch (os) {
    case OperatingSystem.UBUNTU_22_04:
      return `/aws/service/canonical/ubuntu/server/22.04/stable/current/${deb}/hvm/ebs-gp2/ami-id`;
    case OperatingSystem.UBUNTU_24_04:
      return `/aws/service/canonical/ubuntu/server/24.04/stable/current/${deb}/hvm/ebs-gp3/ami-id`;
    case OperatingSystem.DEBIAN_12:
      return `/aws/service/debian/release/12/latest/${deb}`;
    default:
      return undefined;
  }
}

/** The image a workspace boots: the given one, else the template's OS's public image. */
export function machineImageFor(scope: IConstruct, template: ResolvedTemplate, arch: Architecture, given?: ec2.IMachineImage): ec2.IMachineImage {
  if (given) return given;
  const param = publicImageParameter(template.os, arch);
  if (param) return ec2.MachineImage.fromSsmParameter(param, { os: ec2.OperatingSystemType.LINUX });
  switch (template.os) {
    case OperatingSystem.AMAZON_LINUX_2023:
      return ec2.MachineImage.latestAmazonLinux2023({
        cpuType: arch === Architecture.ARM64 ? ec2.AmazonLinuxCpuType.ARM_64 : ec2.AmazonLinuxCpuType.X86_64,
      });
    case OperatingSystem.ROCKY_9:
      return badProp(scope, 'machineImage', undefined,
        `template "${template.slug}" is based on Rocky Linux 9, which publishes no public SSM parameter for its images`,
        'pass machineImage, e.g. ec2.MachineImage.genericLinux({ "us-east-1": "ami-..." }) with the Rocky Linux 9 image of your region (Rocky\'s AMIs are listed at https://rockylinux.org/download), or your own hardened image',
        'machine-image-required');
    case OperatingSystem.AMI_BASED: {
      const amis = template.definition.amiConfig?.amis ?? {};
      const byRegion: { [region: string]: string } = {};
      for (const [region, perArch] of Object.entries(amis)) {
        const ami = perArch[arch] ?? (arch === Architecture.X86_64 ? perArch.amd64 : perArch.aarch64);
        if (ami) byRegion[region] = ami;
      }
      if (Object.keys(byRegion).length === 0) {
        return badProp(scope, 'machineImage', undefined,
          `template "${template.slug}" is ami-based but its ami_config names no ${arch} image`,
          `add ami_config.amis.<region>.${arch}: ami-... to the template, or pass machineImage`, 'machine-image-required');
      }
      return ec2.MachineImage.genericLinux(byRegion);
    }
    default:
      return badProp(scope, 'machineImage', template.os, `no public image is known for operating system ${template.os}`, 'pass machineImage', 'machine-image-required');
  }
}
