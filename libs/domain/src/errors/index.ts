export * from './domain-error';
export * from './assert-never';
