export * from './errors';
export * from './common';
export * from './roles';
export * from './auth';
export * from './users';
export * from './audit';
export * from './health';
