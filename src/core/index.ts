/** The one import path for shells: everything the hosts may use from the pure core. */
export * from './model';
export * from './util';
export { describeProblem } from './i18n';
export * from './mail';
export * from './law';
export * from './markers';
export * from './einvoice';
export * from './letters';
export * from './ledger';
export * from './detect';
export * from './stage';
