/**
 * Cuts a synthesized template down to what moto_server's CloudFormation can create, keeping
 * every kept resource exactly as synthesized except where moto's parser is known to crash
 * (listed below). References to left-out resources become recognizable stand-in values.
 */

/**
 * Resource types moto 5.2 cannot create from a template, with what happens. docs/aws.md
 * lists the same; the deploy test fails when a type outside this list has to be left out.
 */
export const MOTO_CANNOT_CREATE: Record<string, string> = {
  'AWS::KMS::Key': 'moto\'s template parser crashes on the Tags of a key (it expects TagKey/TagValue): HTTP 500 for the whole stack',
  'Custom::AWS': 'an AwsCustomResource runs a Lambda function, which moto can only invoke with Docker; the deploy test uses moto\'s own S3 prefix list in place of the looked-up id',
  'AWS::Lambda::Function': 'the function of the custom resource above (moto needs Docker to run it)',
  'AWS::Route53Resolver::FirewallRule': 'not a moto CloudFormation type: left out of the stack without an error',
  'AWS::Backup::BackupVault': 'not a moto CloudFormation type: left out of the stack without an error',
  'AWS::Backup::BackupPlan': 'not a moto CloudFormation type: left out of the stack without an error',
  'AWS::Backup::BackupSelection': 'not a moto CloudFormation type: left out of the stack without an error',
  'AWS::Budgets::Budget': 'not a moto CloudFormation type: left out of the stack without an error',
  'AWS::SSM::Association': 'not a moto CloudFormation type, and moto has no State Manager API to read one back',
  'AWS::Route53Resolver::FirewallDomainList': 'not a moto CloudFormation type: left out of the stack without an error',
  'AWS::Route53Resolver::FirewallRuleGroup': 'not a moto CloudFormation type: left out of the stack without an error',
  'AWS::Route53Resolver::FirewallRuleGroupAssociation': 'not a moto CloudFormation type: left out of the stack without an error',
  'AWS::SecretsManager::Secret': 'not a moto CloudFormation type: left out of the stack without an error',
  'AWS::CloudWatch::Alarm': 'not a moto CloudFormation type: left out of the stack without an error',
  'AWS::EC2::SubnetRouteTableAssociation': 'reported with the route table\'s id as physical id, and no association is made',
  'AWS::CloudFormation::Stack': 'nested stacks are deployed as stacks of their own, with the parameters the parent would pass',
  'AWS::CDK::Metadata': 'CDK version reporting, not a resource',
  'AWS::EC2::SecurityGroupEgress': 'not a moto CloudFormation type (and moto ignores a group\'s SecurityGroupEgress property): egress rules are checked on the template',
};

/**
 * Things moto does differently with what it does create (the test works around each and
 * docs/aws.md lists them).
 */
export const MOTO_QUIRKS: string[] = [
  'AWS::SSM::Parameter: Tags (a map in CloudFormation) crash moto\'s parser; they are left out',
  'Parameters of type AWS::SSM::Parameter::Value<...>: moto resolves the Default even when a value is passed, and the public /aws/service/... parameters neither exist in it nor may be created; the Default is set to the overriding parameter',
  'AWS::IAM::Role: ManagedPolicyArns is ignored (AmazonSSMManagedInstanceCore is not attached); checked in the template only',
  'AWS::EC2::Instance: the LaunchTemplate property is ignored (metadata options, root volume, security group come only from the instance\'s own properties); the launch template is read back on its own',
  'AWS::SSM::Document: the Content of a template-created document is kept as an object; GetDocument answers with an object where the API has a string (the SDK cannot read it) and DescribeDocument fails',
  'AWS::EC2::SecurityGroupIngress: no physical id; the rule is read from its security group',
  'AWS::EC2::SecurityGroup: the SecurityGroupEgress property is ignored (every group keeps EC2\'s default allow-all egress in moto); egress is checked on the template',
  'AWS::EFS::AccessPoint: no physical id in the stack, but created: DescribeAccessPoints returns each with its POSIX user and root directory (ids as strings)',
  'AWS::EC2::VPCEndpoint: DescribeVpcEndpoints returns the PolicyDocument as Python prints a dict (single quotes)',
];

/** Tags moto's template parser mis-reads on these types (a map instead of a list): stripped. */
const STRIP_TAGS = new Set(['AWS::SSM::Parameter']);

export interface SubsetOptions {
  /** Types to keep. */
  readonly keep: ReadonlySet<string>;
  /** Values of the template's parameters (every parameter a kept resource uses). */
  readonly parameters?: Record<string, string>;
}

export interface Subset {
  readonly template: any;
  readonly kept: Array<{ logicalId: string; type: string }>;
  readonly dropped: Array<{ logicalId: string; type: string }>;
}

/** A stand-in for a reference to a resource that was left out, shaped like the real value. */
export function standIn(logicalId: string, type: string, attr?: string): string {
  const hex = Buffer.from(logicalId).toString('hex').padEnd(17, '0').slice(0, 17);
  if (attr === 'Arn' || (attr === undefined && type === 'AWS::SecretsManager::Secret')) {
    const service = type.split('::')[1].toLowerCase().replace('secretsmanager', 'secretsmanager');
    if (type === 'AWS::SecretsManager::Secret') return `arn:aws:secretsmanager:us-east-1:123456789012:secret:${logicalId}-AbCdEf`;
    if (type === 'AWS::KMS::Key') return `arn:aws:kms:us-east-1:123456789012:key/${hex.slice(0, 8)}-0000-4000-8000-000000000000`;
    if (type === 'AWS::EFS::FileSystem') return `arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-${hex}`;
    return `arn:aws:${service}:us-east-1:123456789012:${logicalId}`;
  }
  if (type === 'AWS::EFS::FileSystem') return `fs-${hex}`;
  if (type === 'AWS::KMS::Key') return `${hex.slice(0, 8)}-0000-4000-8000-000000000000`;
  if (type === 'AWS::EC2::Instance') return `i-${hex}`;
  return `standin-${logicalId.toLowerCase()}${attr ? `-${attr.toLowerCase()}` : ''}`;
}

/** The part of `template` moto can create, with references to the rest replaced by stand-ins. */
export function motoSubset(template: any, options: SubsetOptions): Subset {
  const resources: Record<string, any> = template.Resources ?? {};
  const params: Record<string, any> = template.Parameters ?? {};
  const keep = new Set(Object.entries(resources).filter(([, r]) => options.keep.has(r.Type)).map(([k]) => k));
  const missingParams = new Set<string>();
  const subst = (o: any): any => {
    if (Array.isArray(o)) return o.map(subst);
    if (o && typeof o === 'object') {
      const keys = Object.keys(o);
      if (keys.length === 1 && keys[0] === 'Ref') {
        const r = o.Ref;
        if (r.startsWith('AWS::')) return o;
        if (r in resources) return keep.has(r) ? o : standIn(r, resources[r].Type);
        if (r in params) {
          const v = options.parameters?.[r];
          if (v === undefined) missingParams.add(r);
          return o;
        }
        return o;
      }
      if (keys.length === 1 && keys[0] === 'Fn::GetAtt') {
        const [r, attr] = o['Fn::GetAtt'];
        if (r in resources && !keep.has(r)) return standIn(r, resources[r].Type, attr);
        return o;
      }
      return Object.fromEntries(keys.map((k) => [k, subst(o[k])]));
    }
    return o;
  };
  const out: Record<string, any> = {};
  for (const id of keep) {
    const r = JSON.parse(JSON.stringify(resources[id]));
    delete r.Metadata;
    if (r.DependsOn) {
      r.DependsOn = [].concat(r.DependsOn).filter((d: string) => keep.has(d));
      if (r.DependsOn.length === 0) delete r.DependsOn;
    }
    if (STRIP_TAGS.has(r.Type) && r.Properties) delete r.Properties.Tags;
    out[id] = subst(r);
  }
  const usedParams: Record<string, any> = Object.fromEntries(Object.entries(params).filter(([k]) => JSON.stringify(out).includes(`{"Ref":"${k}"}`)));
  // moto resolves the Default of an SSM-typed parameter even when a value is passed, and the
  // public /aws/service/... parameters do not exist in it (nor may they be created): the
  // Default becomes the overriding parameter's name.
  for (const [k, p] of Object.entries<any>(usedParams)) {
    if (String(p.Type).startsWith('AWS::SSM::Parameter::Value') && options.parameters?.[k] !== undefined) {
      usedParams[k] = { ...p, Default: options.parameters[k] };
    }
  }
  const missing = Object.keys(usedParams).filter((k) => options.parameters?.[k] === undefined);
  if (missing.length) throw new Error(`motoSubset: no value for parameters ${missing.join(', ')}`);
  return {
    template: { AWSTemplateFormatVersion: '2010-09-09', Parameters: usedParams, Resources: out },
    kept: [...keep].map((logicalId) => ({ logicalId, type: resources[logicalId].Type })),
    dropped: Object.entries(resources).filter(([k]) => !keep.has(k)).map(([logicalId, r]) => ({ logicalId, type: r.Type })),
  };
}
