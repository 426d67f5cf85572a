import { stopTestStack, TEST_STACK, TestStack } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const stack = (globalThis as Record<symbol, TestStack | undefined>)[TEST_STACK];
  if (stack !== undefined) {
    await stopTestStack(stack);
  }
}
