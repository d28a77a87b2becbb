/** French late-payment law: rates with sources, penalties, claims, due dates, limitation periods. */
export * from './half-years';
export * from './ecb-rates';
export * from './legal-rates';
export * from './sources';
export * from './rates';
export * from './penalties';
export * from './floor';
export * from './claim';
export * from './due-dates';
export * from './prescription';
