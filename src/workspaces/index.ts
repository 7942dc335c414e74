export * from './errors';
export * from './template';
export * from './sizes';
export * from './pricing';
export * from './catalog';
export * from './users';
export { SshKeyType, SshPublicKey, MIN_RSA_BITS } from './ssh-key';
export * from './policy';
export * from './linter';
