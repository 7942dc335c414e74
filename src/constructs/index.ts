export * from './shared-efs';
export * from './policy-boundary';
export * from './kubernetes-permit-workspace';
