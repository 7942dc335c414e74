import { IConstruct } from 'constructs';
/**
 * Instances below `scope` that require IMDSv2 get launch templates with names unique to their
 * path. Without the feature flag aws-cdk-lib names every such template `<id>LaunchTemplate`
 * (`ProxyLaunchTemplate`), and a second lab or permit in the same account and region would fail
 * to deploy on the name. Call first in the constructor (context is set before any child).
 */
export declare function uniqueImdsv2LaunchTemplateNames(scope: IConstruct): void;
