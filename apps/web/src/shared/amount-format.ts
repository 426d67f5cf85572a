/** An amount in 万元, as the pages print it: 52,000 万元. */
export function formatWan(amount: number): string {
  return `${amount.toLocaleString('zh-CN')} 万元`;
}
