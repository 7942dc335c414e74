export * from './kubernetes-permit-stack';
