export * from './options';
export * from './user-data';
