export * from './errors';
export * from './generateSlots';
export * from './matchSlots';
export * from './types';
export * from './whenPreference';
