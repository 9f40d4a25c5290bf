export * from './indicators';
export * from './breakdowns';
