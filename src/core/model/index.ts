export * from './common';
export * from './thread';
export * from './case';
export * from './stage';
export * from './claim';
export * from './documents';
export * from './settings';
export * from './letter';
