/** A cluster node's user-data as a node receives it (chroot tests of the cluster provisioning). */
import { Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

export const DEPLOYED: Record<string, string> = {
  efs: 'fs-0123456789abcdef0',
  region: 'us-east-1',
  dns: 'fs-0fedcba9876543210.fsx.us-east-1.amazonaws.com',
  mount: 'abcdefgh',
};

/** The launch template's user-data with CloudFormation's references replaced by deployed values. */
export function deployedUserData(stack: Stack, lt: ec2.LaunchTemplate): string {
  const data = stack.resolve((lt.node.defaultChild as ec2.CfnLaunchTemplate).launchTemplateData);
  const join = data.userData['Fn::Base64']['Fn::Join'][1] as any[];
  return join.map((p) => {
    if (typeof p === 'string') return p;
    const s = JSON.stringify(p);
    if (s.includes('AWS::Region')) return DEPLOYED.region;
    if (s.includes('DNSName')) return DEPLOYED.dns;
    if (s.includes('LustreMountName')) return DEPLOYED.mount;
    // The lab's file system: `Storage...` in a lab, `Efs...` where a test names it so.
    if (s.includes('Storage') || s.includes('Efs')) return DEPLOYED.efs;
    throw new Error(`unexpected reference in the user-data: ${s}`);
  }).join('');
}

/** The shell part of a MIME message. */
export function shellPart(mime: string): string {
  const boundary = /boundary="([^"]+)"/.exec(mime)![1];
  const part = mime.split(`--${boundary}`).find((p) => p.includes('text/x-shellscript'))!;
  return part.slice(part.indexOf('\n\n') + 2);
}


/** The SSM parameter names of rws-sync-users's pieces, as a node's script reads them (its ssm_values line). */
export function toolPieceNames(script: string): string[] {
  const line = /^ssm_values (.*) >\/usr\/local\/sbin\/rws-sync-users\.b64$/m.exec(script);
  if (!line) throw new Error('the node script reads no rws-sync-users pieces from SSM');
  return [...line[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
}
