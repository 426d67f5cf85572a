export type RobotAnswer = { delivered: true } | { delivered: false; reason: string };

const MAX_REASON = 300;

/**
 * DingTalk and WeCom robots answer HTTP 200 even when they refuse a message (a bad signature, a rate
 * limit), with a non-zero `errcode` in the body. Other receivers are judged by the status alone.
 */
export function readRobotAnswer(status: number, body: string): RobotAnswer {
  if (status < 200 || status >= 300) return { delivered: false, reason: `HTTP ${status}: ${body}`.slice(0, MAX_REASON) };
  const answer = parseObject(body);
  if (answer && 'errcode' in answer && Number(answer.errcode) !== 0) {
    return { delivered: false, reason: `errcode ${String(answer.errcode)}: ${String(answer.errmsg ?? '')}`.slice(0, MAX_REASON) };
  }
  return { delivered: true };
}

function parseObject(body: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
