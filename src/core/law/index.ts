export * from './fr';
