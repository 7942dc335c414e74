/**
 * Hand-built minimal GOOD outputs for the egress audit's mutation tests: each holds every
 * control the audit relies on, so that changing exactly one thing must produce a finding.
 * Written from the controls' documented semantics (CloudFormation, Kubernetes NetworkPolicy,
 * Proxmox firewall), not from what today's stacks emit.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ACCOUNT = { Ref: 'AWS::AccountId' };
const tag = (k: string, v: string) => ({ Key: k, Value: v });

/** An endpoint policy admitting only the lab account's principals and resources. */
export function scopedPolicy(actions: string = '*'): any {
  return {
    Version: '2012-10-17',
    Statement: [{
      Sid: 'OnlyLabAccount',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: actions,
      Resource: '*',
      Condition: { StringEquals: { 'aws:PrincipalAccount': ACCOUNT, 'aws:ResourceAccount': ACCOUNT } },
    }],
  };
}

/** A CloudFormation template of an AWS lab (`none` or `proxied`) that holds its mode. */
export function awsLab(mode: 'none' | 'proxied'): any {
  const R: Record<string, any> = {
    Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.80.0.0/16' } },
    WsSubnet: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.80.16.0/20' } },
    WsRouteTable: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: { Ref: 'Vpc' } } },
    WsAssoc: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: { Ref: 'WsSubnet' }, RouteTableId: { Ref: 'WsRouteTable' } } },
    EndpointSg: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: 'endpoints',
        VpcId: { Ref: 'Vpc' },
        SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.80.0.0/16' }],
        SecurityGroupEgress: [{ CidrIp: '255.255.255.255/32', Description: 'Disallow all traffic', IpProtocol: 'icmp', FromPort: 252, ToPort: 86 }],
      },
    },
    SsmEndpoint: {
      Type: 'AWS::EC2::VPCEndpoint',
      Properties: {
        VpcId: { Ref: 'Vpc' },
        VpcEndpointType: 'Interface',
        ServiceName: 'com.amazonaws.us-east-1.ssm',
        PrivateDnsEnabled: true,
        SubnetIds: [{ Ref: 'WsSubnet' }],
        SecurityGroupIds: [{ 'Fn::GetAtt': ['EndpointSg', 'GroupId'] }],
        PolicyDocument: scopedPolicy(),
      },
    },
    S3Endpoint: {
      Type: 'AWS::EC2::VPCEndpoint',
      Properties: {
        VpcId: { Ref: 'Vpc' },
        VpcEndpointType: 'Gateway',
        ServiceName: { 'Fn::Join': ['', ['com.amazonaws.', { Ref: 'AWS::Region' }, '.s3']] },
        RouteTableIds: [{ Ref: 'WsRouteTable' }],
        PolicyDocument: scopedPolicy('s3:*'),
      },
    },
    WsSg: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: 'workspaces',
        VpcId: { Ref: 'Vpc' },
        SecurityGroupEgress: [{ CidrIp: '255.255.255.255/32', Description: 'Disallow all traffic', IpProtocol: 'icmp', FromPort: 252, ToPort: 86 }],
      },
    },
    WsToEndpoints: {
      Type: 'AWS::EC2::SecurityGroupEgress',
      Properties: { GroupId: { 'Fn::GetAtt': ['WsSg', 'GroupId'] }, IpProtocol: 'tcp', FromPort: 443, ToPort: 443, DestinationSecurityGroupId: { 'Fn::GetAtt': ['EndpointSg', 'GroupId'] } },
    },
    WsToS3: {
      Type: 'AWS::EC2::SecurityGroupEgress',
      Properties: { GroupId: { 'Fn::GetAtt': ['WsSg', 'GroupId'] }, IpProtocol: 'tcp', FromPort: 443, ToPort: 443, DestinationPrefixListId: 'pl-63a5400a' },
    },
    AllowedDomains: { Type: 'AWS::Route53Resolver::FirewallDomainList', Properties: { Domains: ['*.amazonaws.com', '*.compute.internal'] } },
    AllDomains: { Type: 'AWS::Route53Resolver::FirewallDomainList', Properties: { Domains: ['*'] } },
    DnsFirewall: {
      Type: 'AWS::Route53Resolver::FirewallRuleGroup',
      Properties: {
        FirewallRules: [
          { Action: 'ALLOW', FirewallDomainListId: { 'Fn::GetAtt': ['AllowedDomains', 'Id'] }, Priority: 100 },
          { Action: 'BLOCK', BlockResponse: 'NXDOMAIN', FirewallDomainListId: { 'Fn::GetAtt': ['AllDomains', 'Id'] }, Priority: 200 },
        ],
      },
    },
    DnsFirewallAssoc: {
      Type: 'AWS::Route53Resolver::FirewallRuleGroupAssociation',
      Properties: { FirewallRuleGroupId: { 'Fn::GetAtt': ['DnsFirewall', 'Id'] }, VpcId: { Ref: 'Vpc' }, Priority: 1001 },
    },
    LaunchTemplate: {
      Type: 'AWS::EC2::LaunchTemplate',
      Properties: {
        LaunchTemplateData: {
          SecurityGroupIds: [{ 'Fn::GetAtt': ['WsSg', 'GroupId'] }],
          MetadataOptions: { HttpTokens: 'required' },
          BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Ebs: { Encrypted: true, VolumeSize: 40 } }],
        },
      },
    },
    Workspace: {
      Type: 'AWS::EC2::Instance',
      Properties: {
        SubnetId: { Ref: 'WsSubnet' },
        LaunchTemplate: { LaunchTemplateId: { Ref: 'LaunchTemplate' }, Version: { 'Fn::GetAtt': ['LaunchTemplate', 'LatestVersionNumber'] } },
        Tags: [tag('research:lab', 'demo'), tag('research:workspace', 'alice-ws')],
      },
    },
  };
  if (mode === 'proxied') {
    Object.assign(R, {
      FwSubnet: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.80.0.64/28' } },
      NatSubnet: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.80.0.0/28' } },
      Igw: { Type: 'AWS::EC2::InternetGateway', Properties: {} },
      Nat: { Type: 'AWS::EC2::NatGateway', Properties: { SubnetId: { Ref: 'NatSubnet' } } },
      Allowlist: {
        Type: 'AWS::NetworkFirewall::RuleGroup',
        Properties: {
          Capacity: 100,
          Type: 'STATEFUL',
          RuleGroupName: 'allow',
          RuleGroup: {
            RulesSource: { RulesSourceList: { GeneratedRulesType: 'ALLOWLIST', TargetTypes: ['TLS_SNI', 'HTTP_HOST'], Targets: ['pypi.org', 'files.pythonhosted.org', 'cran.r-project.org'] } },
            StatefulRuleOptions: { RuleOrder: 'STRICT_ORDER' },
          },
        },
      },
      FwPolicy: {
        Type: 'AWS::NetworkFirewall::FirewallPolicy',
        Properties: {
          FirewallPolicyName: 'egress',
          FirewallPolicy: {
            StatelessDefaultActions: ['aws:forward_to_sfe'],
            StatelessFragmentDefaultActions: ['aws:forward_to_sfe'],
            StatefulDefaultActions: ['aws:drop_established', 'aws:alert_established'],
            StatefulEngineOptions: { RuleOrder: 'STRICT_ORDER' },
            StatefulRuleGroupReferences: [{ Priority: 1, ResourceArn: { 'Fn::GetAtt': ['Allowlist', 'RuleGroupArn'] } }],
          },
        },
      },
      Firewall: {
        Type: 'AWS::NetworkFirewall::Firewall',
        Properties: { FirewallName: 'egress', FirewallPolicyArn: { 'Fn::GetAtt': ['FwPolicy', 'FirewallPolicyArn'] }, VpcId: { Ref: 'Vpc' }, SubnetMappings: [{ SubnetId: { Ref: 'FwSubnet' } }] },
      },
      WsDefaultThroughFirewall: {
        Type: 'AWS::EC2::Route',
        Properties: {
          RouteTableId: { Ref: 'WsRouteTable' },
          DestinationCidrBlock: '0.0.0.0/0',
          VpcEndpointId: { 'Fn::Select': [1, { 'Fn::Split': [':', { 'Fn::Select': [0, { 'Fn::GetAtt': ['Firewall', 'EndpointIds'] }] }] }] },
        },
      },
      WsHttps: {
        Type: 'AWS::EC2::SecurityGroupEgress',
        Properties: { GroupId: { 'Fn::GetAtt': ['WsSg', 'GroupId'] }, IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' },
      },
    });
    R.AllowedDomains.Properties.Domains.push('pypi.org', 'files.pythonhosted.org', 'cran.r-project.org');
  }
  return { Metadata: { 'cdk-research-workspaces:lab': { name: 'demo', egress: mode } }, Resources: R };
}

/** Terraform JSON of a Kubernetes lab with an offline workspace and (proxied) a squid proxy. */
export function kubernetesLab(mode: 'none' | 'proxied'): any {
  const ns = 'lab-demo';
  const wsLabels = { 'cdk-research-workspaces.dev/lab': 'demo', 'cdk-research-workspaces.dev/workspace': 'alice-ws' };
  const resource: Record<string, Record<string, any>> = {
    kubernetes_namespace_v1: { Namespace: { metadata: { name: ns, labels: { 'app.kubernetes.io/managed-by': 'cdk-research-workspaces', 'pod-security.kubernetes.io/enforce': 'restricted' } } } },
    kubernetes_network_policy_v1: {
      DefaultDeny: { metadata: { name: 'default-deny', namespace: ns }, spec: { pod_selector: {}, policy_types: ['Ingress', 'Egress'] } },
      WsEgress: {
        metadata: { name: 'alice-ws-egress', namespace: ns },
        spec: {
          pod_selector: { match_labels: wsLabels },
          policy_types: ['Egress'],
          egress: [
            { ports: [{ port: '2049', protocol: 'TCP' }], to: [{ ip_block: { cidr: '10.20.30.5/32' } }] },
            { ports: [{ port: '53', protocol: 'UDP' }, { port: '53', protocol: 'TCP' }], to: [{ pod_selector: { match_labels: { 'app.kubernetes.io/component': 'resolver' } } }] },
          ],
        },
      },
      ResolverEgress: {
        metadata: { name: 'resolver-egress', namespace: ns },
        spec: {
          pod_selector: { match_labels: { 'app.kubernetes.io/component': 'resolver' } },
          policy_types: ['Egress'],
          egress: [{ ports: [{ port: '443', protocol: 'TCP' }], to: [{ ip_block: { cidr: '10.96.0.1/32' } }] }],
        },
      },
    },
    kubernetes_deployment_v1: {
      Resolver: {
        metadata: { name: 'resolver', namespace: ns, labels: { 'app.kubernetes.io/component': 'resolver' } },
        spec: { template: { metadata: { labels: { 'app.kubernetes.io/component': 'resolver' } }, spec: { automount_service_account_token: false, container: [{ name: 'coredns', image: 'coredns' }] } } },
      },
    },
    kubernetes_manifest: {
      Vm: {
        manifest: {
          apiVersion: 'kubevirt.io/v1',
          kind: 'VirtualMachine',
          metadata: { name: 'alice-ws', namespace: ns, labels: { ...wsLabels, 'cdk-research-workspaces.dev/egress': mode } },
          spec: { template: { metadata: { labels: wsLabels } } },
        },
      },
    },
  };
  if (mode === 'proxied') {
    const proxy = { 'app.kubernetes.io/component': 'egress-proxy' };
    resource.kubernetes_network_policy_v1.WsEgress.spec.egress.push({ ports: [{ port: '3128', protocol: 'TCP' }], to: [{ pod_selector: { match_labels: proxy } }] });
    resource.kubernetes_network_policy_v1.ProxyEgress = {
      metadata: { name: 'egress-proxy', namespace: ns },
      spec: {
        pod_selector: { match_labels: proxy },
        policy_types: ['Egress'],
        egress: [{ ports: [{ port: '80', protocol: 'TCP' }, { port: '443', protocol: 'TCP' }], to: [{ ip_block: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] } }] },
          { ports: [{ port: '53', protocol: 'UDP' }], to: [{ namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'kube-system' } }, pod_selector: { match_labels: { 'k8s-app': 'kube-dns' } } }] }],
      },
    };
    resource.kubernetes_config_map_v1 = {
      ProxyConfig: { metadata: { name: 'egress-proxy', namespace: ns }, data: { 'squid.conf': 'acl allowed dstdomain .pypi.org .files.pythonhosted.org\nhttp_access allow allowed\nhttp_access deny all\n' } },
    };
    resource.kubernetes_deployment_v1.Proxy = {
      metadata: { name: 'egress-proxy', namespace: ns, labels: proxy },
      spec: { template: { metadata: { labels: proxy }, spec: { automount_service_account_token: false, container: [{ name: 'squid', command: ['squid'], image: 'ubuntu/squid' }] } } },
    };
  }
  return { resource };
}

/** Terraform JSON of a Proxmox lab with one workspace. */
export function proxmoxLab(mode: 'none' | 'proxied'): any {
  const vm = 'proxmox_virtual_environment_vm.ws_1';
  const rules: any[] = [
    { type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '22', source: '+rws-access', enabled: true },
    { type: 'out', action: 'ACCEPT', proto: 'tcp', dport: '2049', dest: '10.20.30.5', enabled: true, comment: 'NFS' },
  ];
  if (mode === 'proxied') rules.push({ type: 'out', action: 'ACCEPT', proto: 'tcp', dport: '3128', dest: '10.20.30.4', enabled: true, comment: 'package proxy' });
  return {
    resource: {
      proxmox_virtual_environment_cluster_firewall: { Dc: { enabled: true, ebtables: true, input_policy: 'DROP', output_policy: 'ACCEPT' } },
      proxmox_virtual_environment_vm: {
        ws_1: {
          name: 'alice-ws',
          node_name: 'pve1',
          tags: ['rws', `egress-${mode}`, 'lab-demo'],
          network_device: [{ bridge: 'vmbr1', firewall: true }],
        },
      },
      proxmox_virtual_environment_firewall_options: {
        ws_opts: { vm_id: `\${${vm}.vm_id}`, node_name: 'pve1', enabled: true, input_policy: 'DROP', output_policy: 'DROP', ipfilter: true, macfilter: true, log_level_out: 'info' },
      },
      proxmox_virtual_environment_firewall_ipset: {
        ws_ipfilter: { vm_id: `\${${vm}.vm_id}`, node_name: 'pve1', name: 'ipfilter-net0', cidr: [{ name: '10.20.30.41' }] },
      },
      proxmox_virtual_environment_firewall_rules: { ws_rules: { vm_id: `\${${vm}.vm_id}`, node_name: 'pve1', rule: rules } },
    },
  };
}

/** A fresh temporary folder, removed by the caller. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `rws-audit-${prefix}-`));
}

/** Writes a template as a one-stack cloud assembly; returns the folder. */
export function writeAssembly(dir: string, template: any, stack: string = 'DemoLab'): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${stack}.template.json`), JSON.stringify(template));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({
    version: '40.0.0',
    artifacts: { [stack]: { type: 'aws:cloudformation:stack', properties: { templateFile: `${stack}.template.json` }, displayName: stack } },
  }));
  return dir;
}

/** Writes Terraform JSON as a cdktf stack folder; returns the folder. */
export function writeTerraform(dir: string, json: any, stack: string): string {
  const d = path.join(dir, 'stacks', stack);
  fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(d, 'cdk.tf.json'), JSON.stringify(json));
  return d;
}

/** A deep copy. */
export function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x));
}
