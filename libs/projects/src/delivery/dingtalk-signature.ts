import { createHmac } from 'node:crypto';
import type { RobotKind } from './robot-message';

/** DingTalk's robot signature: base64 of HMAC-SHA256 over `${timestamp}\n${secret}`, keyed with the secret. */
export function dingTalkSignature(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

/**
 * The robot URL with the timestamp and URL-encoded signature appended. DingTalk refuses a timestamp more
 * than an hour from its own clock, so every attempt is signed anew.
 */
export function signedDingTalkUrl(url: string, secret: string, timestampMs: number): string {
  const separator = url.includes('?') ? '&' : '?';
  return `${url}${separator}timestamp=${timestampMs}&sign=${encodeURIComponent(dingTalkSignature(secret, timestampMs))}`;
}

/** Where a post to a robot goes: a DingTalk robot given a secret (加签) wants every post signed afresh. */
export function postingUrl({ kind, url, secret }: { kind: RobotKind; url: string; secret: string | null }, timestampMs: number): string {
  return kind === 'dingtalk' && secret ? signedDingTalkUrl(url, secret, timestampMs) : url;
}
