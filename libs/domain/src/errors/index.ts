export * from './domain-error';
export * from './assert-never';
export * from './field-problems.error';
