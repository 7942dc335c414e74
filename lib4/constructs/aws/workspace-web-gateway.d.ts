import { Duration, SecretValue } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
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
export declare class WorkspaceWebGateway extends Construct {
    /** The load balancer. */
    readonly loadBalancer: elbv2.ApplicationLoadBalancer;
    /** The HTTPS listener. */
    readonly listener: elbv2.ApplicationListener;
    /** Domain the services are published under. */
    readonly domainName: string;
    /** The identity provider. */
    readonly oidc: OidcIdentityProvider;
    /** Prefix of the SSM parameters that hold the claim check's code (see `WorkspaceUserData.gateCodeParameters`). */
    readonly codeParameterPrefix: string;
    /** The SSM parameters that hold the claim check's code. */
    readonly codeParameters: ssm.IStringParameter[];
    private readonly priorities;
    constructor(scope: Construct, id: string, props: WorkspaceWebGatewayProps);
    /** ARN of the load balancer: the `signer` of the claims the workspaces accept. */
    get signerArn(): string;
    /** Lets a workspace's role read the claim check's code. */
    grantCodeRead(grantee: iam.IGrantable): void;
    /** The URL of a workspace's service. */
    urlOf(workspaceName: string, serviceName: string): string;
    /**
     * Publishes one service of one workspace: a target group and a listener rule (host name,
     * OIDC sign-in, forward), created in `scope` (the workspace). Returns the URL.
     */
    addService(scope: Construct, options: WebServiceOptions): string;
    /** A stable rule priority from the host label; probing only on a (rare) collision. */
    private priorityOf;
    private logBucket;
}
