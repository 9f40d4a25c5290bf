export * from './base-amount';
export * from './parameter-row';
export * from './rule-parameters';
export * from './lookup';
