import { IConstruct } from 'constructs';
/** Adds the egress-audit plugin to the stage of a stack once (all stacks of the stage are audited together). */
export declare function addEgressAuditPlugin(scope: IConstruct): void;
