import { Duration, RemovalPolicy, SecretValue, Stack, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as elbv2targets from 'aws-cdk-lib/aws-elasticloadbalancingv2-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { checkKnownProps } from '../../private/known-props';
import { WorkspaceUserData } from '../../workspaces/userdata';
import { badProp, hostLabel, isCidr, sha256, unresolved } from '../private/props';
import { acknowledge } from './private/acknowledge';

/**
 * An OpenID Connect identity provider the gateway signs users in with (Globus Auth, Cognito,
 * Microsoft Entra ID, Keycloak, an institutional IdP, ...).
 */
export interface OidcIdentityProvider {
  /** Issuer, e.g. `https://auth.globus.org`. */
  readonly issuer: string;
  /** Authorization endpoint (https). */
  readonly authorizationEndpoint: string;
  /** Token endpoint (https). */
  readonly tokenEndpoint: string;
  /** User info endpoint (https). */
  readonly userInfoEndpoint: string;
  /** OAuth client id registered with the provider. */
  readonly clientId: string;
  /**
   * OAuth client secret: keep it in Secrets Manager and pass
   * `SecretValue.secretsManager('name')`, never a plain string.
   */
  readonly clientSecret: SecretValue;
  /**
   * Scopes requested.
   * @default "openid email profile"
   */
  readonly scope?: string;
  /**
   * How long a sign-in lasts.
   * @default Duration.hours(8)
   */
  readonly sessionTimeout?: Duration;
}

/**
 * Properties of a WorkspaceWebGateway.
 */
export interface WorkspaceWebGatewayProps {
  /** The lab's VPC. */
  readonly vpc: ec2.IVpc;
  /**
   * Subnets of the load balancer (private: the gateway is internal).
   * @default - the VPC's isolated subnets, else its private subnets
   */
  readonly vpcSubnets?: ec2.SubnetSelection;
  /**
   * Domain the services are published under: a service is at
   * `https://<workspace>-<service>.<domainName>`. Point a wildcard record of your private
   * DNS at the load balancer.
   */
  readonly domainName: string;
  /** Certificate for `*.<domainName>` (ACM). */
  readonly certificate: elbv2.IListenerCertificate;
  /** Who may sign in. */
  readonly oidc: OidcIdentityProvider;
  /**
   * Networks allowed to reach the gateway (HTTPS), e.g. the campus VPN's ranges.
   * @default - the VPC's own range
   */
  readonly allowedCidrs?: string[];
  /**
   * Bucket for access logs.
   * @default - a new bucket (SSE-S3, versioned, TLS only, kept on deletion)
   */
  readonly accessLogsBucket?: s3.IBucket;
  /**
   * Idle timeout of connections (notebook websockets stay open).
   * @default Duration.hours(1)
   */
  readonly idleTimeout?: Duration;
}

/**
 * Options of one published service.
 */
export interface WebServiceOptions {
  /** Workspace name (first label of the host name). */
  readonly workspaceName: string;
  /** Service name, e.g. `jupyter`. */
  readonly serviceName: string;
  /** Port the service listens on (on the instance's private address). */
  readonly port: number;
  /** Instance id. */
  readonly instanceId: string;
  /** The workspace's network connections: the gateway is admitted on the port. */
  readonly connections: ec2.IConnectable;
  /**
   * VPC of the target group.
   */
  readonly vpc: ec2.IVpc;
  /**
   * Health check path.
   * @default "/.rws-gate/health" (the claim check answers it) when `claimCheckOnInstance`, else "/"
   */
  readonly healthCheckPath?: string;
  /**
   * Whether the instance checks the signed claim of every request (the load balancer's
   * `x-amzn-oidc-data`: signer, signature, expiry, the workspace's identities) before the
   * service sees it, as the claim check ResearchWorkspace generates (rws-gate) does. The load
   * balancer admits everyone the identity provider signs in, and listener rules cannot test
   * claims, so publishing a service without this check is an error.
   * @default false - addService refuses to publish
   */
  readonly claimCheckOnInstance?: boolean;
  /**
   * Template of the workspace, named in errors.
   * @default - not named
   */
  readonly templateName?: string;
}

/**
 * An internal Application Load Balancer that publishes the web services of workspaces
 * (Jupyter, RStudio Server, code-server, Streamlit, MLflow) over HTTPS, each behind OpenID
 * Connect sign-in with any OIDC issuer. The load balancer admits every identity the provider
 * signs in (listener rule conditions cannot test claims); the control is on the instance: its
 * claim check (rws-gate) verifies the `x-amzn-oidc-data` this load balancer signed and admits
 * only the workspace's identities, and the services' own authentication (token, password)
 * stays on. The claim check's code is published in SSM parameters the workspaces read at boot.
 *
 * @example
 * const gateway = new WorkspaceWebGateway(this, 'Web', {
 *   vpc, domainName: 'lab.example.edu',
 *   certificate: elbv2.ListenerCertificate.fromArn(certArn),
 *   oidc: { issuer: 'https://auth.globus.org', authorizationEndpoint: 'https://auth.globus.org/v2/oauth2/authorize',
 *     tokenEndpoint: 'https://auth.globus.org/v2/oauth2/token', userInfoEndpoint: 'https://auth.globus.org/v2/oauth2/userinfo',
 *     clientId: '...', clientSecret: SecretValue.secretsManager('lab/globus-client-secret') },
 * });
 */
export class WorkspaceWebGateway extends Construct {
  /** The load balancer. */
  public readonly loadBalancer: elbv2.ApplicationLoadBalancer;
  /** The HTTPS listener. */
  public readonly listener: elbv2.ApplicationListener;
  /** Domain the services are published under. */
  public readonly domainName: string;
  /** The identity provider. */
  public readonly oidc: OidcIdentityProvider;
  /** Prefix of the SSM parameters that hold the claim check's code (see `WorkspaceUserData.gateCodeParameters`). */
  public readonly codeParameterPrefix: string;
  /** The SSM parameters that hold the claim check's code. */
  public readonly codeParameters: ssm.IStringParameter[];

  private readonly priorities = new Set<number>();

  constructor(scope: Construct, id: string, props: WorkspaceWebGatewayProps) {
    super(scope, id);
    checkKnownProps(this, 'WorkspaceWebGatewayProps', props);
    if (!unresolved(props.domainName) && !/^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i.test(props.domainName)) {
      badProp(this, 'domainName', props.domainName, 'not a domain name', 'write e.g. "lab.example.edu"');
    }
    for (const [field, url] of [['oidc.issuer', props.oidc.issuer], ['oidc.authorizationEndpoint', props.oidc.authorizationEndpoint],
      ['oidc.tokenEndpoint', props.oidc.tokenEndpoint], ['oidc.userInfoEndpoint', props.oidc.userInfoEndpoint]] as const) {
      if (!unresolved(url) && !/^https:\/\/[^\s/]+(\/\S*)?$/.test(url)) {
        badProp(this, field, url, 'must be an https:// URL', 'copy it from the provider\'s /.well-known/openid-configuration');
      }
    }
    if (!unresolved(props.oidc.clientSecret.unsafeUnwrap()) && props.oidc.clientSecret.unsafeUnwrap() !== '') {
      badProp(this, 'oidc.clientSecret', '(not shown)', 'the client secret is a plain string and would be written into the template',
        'store it in Secrets Manager and pass SecretValue.secretsManager("<secret name>")', 'plaintext-secret');
    }
    const cidrs = props.allowedCidrs ?? [props.vpc.vpcCidrBlock];
    for (const c of cidrs) {
      if (!unresolved(c) && !isCidr(c)) badProp(this, 'allowedCidrs', c, 'not a CIDR block', 'write e.g. "10.0.0.0/8"');
      if (c === '0.0.0.0/0' || c === '::/0') {
        badProp(this, 'allowedCidrs', c, 'the gateway is internal; opening it to every address defeats the network boundary', 'list the campus or VPN ranges');
      }
    }
    if (Token.isUnresolved(Stack.of(this).region)) {
      badProp(this, 'env.region', undefined, 'load balancer access logs need the region at synth time (the log delivery principal depends on it)',
        'give the stack an explicit region: new Stack(app, id, { env: { region: "us-east-1" } }) (LabStack: region in the lab definition)');
    }
    this.domainName = props.domainName;
    this.oidc = props.oidc;
    this.codeParameterPrefix = `/research-workspaces/web-gateway/${sha256(this.node.path).slice(0, 12)}/claim-check`;
    this.codeParameters = WorkspaceUserData.gateCodeParameters(this.codeParameterPrefix).map((c, i) => new ssm.StringParameter(this, `ClaimCheckCode${i}`, {
      parameterName: c.name,
      stringValue: c.value,
      description: `Part ${i} of the claim check (rws-gate) that workspaces published by ${this.node.path} run; its SHA-256 is checked at boot`,
    }));

    const sg = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: `Research workspace web gateway ${this.node.path}: HTTPS from allowed networks only`,
      allowAllOutbound: false,
    });
    for (const c of cidrs) {
      sg.addIngressRule(c.includes(':') ? ec2.Peer.ipv6(c) : ec2.Peer.ipv4(c), ec2.Port.tcp(443), 'HTTPS to the workspace gateway');
    }
    // The OIDC token and user info endpoints are called by the load balancer itself.
    sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'OIDC token and user info endpoints');

    this.loadBalancer = new elbv2.ApplicationLoadBalancer(this, 'Resource', {
      vpc: props.vpc,
      internetFacing: false,
      vpcSubnets: props.vpcSubnets ?? (props.vpc.isolatedSubnets.length > 0
        ? { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } : { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }),
      securityGroup: sg,
      dropInvalidHeaderFields: true,
      idleTimeout: props.idleTimeout ?? Duration.hours(1),
    });
    const bucket = props.accessLogsBucket ?? this.logBucket();
    this.loadBalancer.logAccessLogs(bucket, 'workspace-gateway');

    this.listener = this.loadBalancer.addListener('Https', {
      port: 443,
      protocol: elbv2.ApplicationProtocol.HTTPS,
      certificates: [props.certificate],
      sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,
      open: false,
      defaultAction: elbv2.ListenerAction.fixedResponse(404, { contentType: 'text/plain', messageBody: 'No such workspace service' }),
    });
    // CloudFormation's published schema (and cfn-lint) has no Tags on listeners yet.
    (this.listener.node.defaultChild as elbv2.CfnListener).addPropertyDeletionOverride('Tags');
    acknowledge(this.loadBalancer, {
      id: 'NIST.800.53.R5-ALBWAFEnabled',
      reason: 'The gateway is internal (no internet route), reachable only from allowedCidrs, and every request must pass OpenID Connect sign-in before it reaches a workspace, whose own token/password check follows. Associate a WAF web ACL (AWS::WAFv2::WebACLAssociation) if your institution requires one on internal load balancers.',
    });
    for (const ruleId of ['HIPAA.Security-ELBDeletionProtectionEnabled', 'NIST.800.53.R5-ELBDeletionProtectionEnabled']) {
      acknowledge(this.loadBalancer, {
        id: ruleId,
        reason: 'The gateway holds no data and is recreated identically from the lab definition (its access logs are in a retained bucket); deletion protection would make removing the web gateway from a lab through CloudFormation fail.',
      });
    }
  }

  /** ARN of the load balancer: the `signer` of the claims the workspaces accept. */
  public get signerArn(): string {
    return this.loadBalancer.loadBalancerArn;
  }

  /** Lets a workspace's role read the claim check's code. */
  public grantCodeRead(grantee: iam.IGrantable): void {
    for (const p of this.codeParameters) p.grantRead(grantee);
  }

  /** The URL of a workspace's service. */
  public urlOf(workspaceName: string, serviceName: string): string {
    return `https://${hostLabel(workspaceName, serviceName)}.${this.domainName}/`;
  }

  /**
   * Publishes one service of one workspace: a target group and a listener rule (host name,
   * OIDC sign-in, forward), created in `scope` (the workspace). Returns the URL.
   */
  public addService(scope: Construct, options: WebServiceOptions): string {
    if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) {
      badProp(scope, 'port', options.port, 'not a TCP port', 'use the port of the template service');
    }
    if (options.claimCheckOnInstance !== true) {
      badProp(scope, 'claimCheckOnInstance', options.serviceName,
        `service "${options.serviceName}"${options.templateName ? ` of template "${options.templateName}"` : ''} cannot authenticate the load balancer's users on the instance: `
        + 'the load balancer admits everyone the identity provider signs in (listener rules cannot test claims), so it would be open to all of them',
        'publish it through ResearchWorkspace (webGateway), which puts the claim check (rws-gate) in front of it and sets claimCheckOnInstance, or run an equivalent check of x-amzn-oidc-data (signer, signature, expiry, identity) on the instance', 'published-without-auth');
    }
    const label = hostLabel(options.workspaceName, options.serviceName);
    if (label.length > 63) {
      badProp(scope, 'workspaceName', options.workspaceName, `the host name label "${label}" is longer than 63 characters`, 'use a shorter workspace name');
    }
    const tg = new elbv2.ApplicationTargetGroup(scope, `Web-${options.serviceName}`, {
      vpc: options.vpc,
      port: options.port,
      protocol: elbv2.ApplicationProtocol.HTTP,
      targetType: elbv2.TargetType.INSTANCE,
      targets: [new elbv2targets.InstanceIdTarget(options.instanceId, options.port)],
      healthCheck: { path: options.healthCheckPath ?? (options.claimCheckOnInstance ? '/.rws-gate/health' : '/'), healthyHttpCodes: '200-399', interval: Duration.seconds(30) },
      deregistrationDelay: Duration.seconds(10),
    });
    options.connections.connections.allowFrom(this.loadBalancer, ec2.Port.tcp(options.port), `${options.serviceName} from the web gateway`);
    const rule = new elbv2.ApplicationListenerRule(scope, `WebRule-${options.serviceName}`, {
      listener: this.listener,
      priority: this.priorityOf(label),
      conditions: [elbv2.ListenerCondition.hostHeaders([`${label}.${this.domainName}`])],
      action: elbv2.ListenerAction.authenticateOidc({
        issuer: this.oidc.issuer,
        authorizationEndpoint: this.oidc.authorizationEndpoint,
        tokenEndpoint: this.oidc.tokenEndpoint,
        userInfoEndpoint: this.oidc.userInfoEndpoint,
        clientId: this.oidc.clientId,
        clientSecret: this.oidc.clientSecret,
        scope: this.oidc.scope ?? 'openid email profile',
        sessionTimeout: this.oidc.sessionTimeout ?? Duration.hours(8),
        onUnauthenticatedRequest: elbv2.UnauthenticatedAction.AUTHENTICATE,
        next: elbv2.ListenerAction.forward([tg]),
      }),
    });
    // CloudFormation's published schema (and cfn-lint) has no Tags on listener rules yet.
    (rule.node.defaultChild as elbv2.CfnListenerRule).addPropertyDeletionOverride('Tags');
    return this.urlOf(options.workspaceName, options.serviceName);
  }

  /** A stable rule priority from the host label; probing only on a (rare) collision. */
  private priorityOf(label: string): number {
    let p = (parseInt(sha256(label).slice(0, 8), 16) % 49000) + 1000;
    while (this.priorities.has(p)) p = p >= 49999 ? 1000 : p + 1;
    this.priorities.add(p);
    return p;
  }

  private logBucket(): s3.Bucket {
    const bucket = new s3.Bucket(this, 'AccessLogs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ expiration: Duration.days(400), noncurrentVersionExpiration: Duration.days(30) }],
    });
    const reasons: Array<[string, string]> = [
      ['AwsSolutions-S1', 'This bucket is itself the access-log destination of the web gateway; logging its own access into another bucket would need a further log bucket without end. Object-level access is recorded by CloudTrail data events where the institution enables them.'],
      ['HIPAA.Security-S3BucketLoggingEnabled', 'This bucket is itself the access-log destination of the web gateway (see AwsSolutions-S1).'],
      ['NIST.800.53.R5-S3BucketLoggingEnabled', 'This bucket is itself the access-log destination of the web gateway (see AwsSolutions-S1).'],
      ['HIPAA.Security-S3BucketReplicationEnabled', 'Access logs are kept 400 days in one region with versioning; cross-region replication of load balancer logs is not required for recovery of research data.'],
      ['NIST.800.53.R5-S3BucketReplicationEnabled', 'Access logs are kept 400 days in one region with versioning; cross-region replication of load balancer logs is not required for recovery of research data.'],
      ['HIPAA.Security-S3DefaultEncryptionKMS', 'Elastic Load Balancing delivers access logs only to buckets encrypted with SSE-S3 (AES-256); a KMS key is not supported for this destination.'],
      ['NIST.800.53.R5-S3DefaultEncryptionKMS', 'Elastic Load Balancing delivers access logs only to buckets encrypted with SSE-S3 (AES-256); a KMS key is not supported for this destination.'],
    ];
    for (const [id, reason] of reasons) acknowledge(bucket, { id, reason });
    return bucket;
  }
}
