export * from './workspaces';
export * from './constructs';
export * from './stacks';
export * from './workspaces/permit-entrypoint';
