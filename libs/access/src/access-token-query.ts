/** The query parameter a stream's EventSource sends its access token in. */
export const ACCESS_TOKEN_PARAMETER = 'access_token';

const IN_QUERY = new RegExp(`([?&]${ACCESS_TOKEN_PARAMETER}=)[^&#]*`, 'g');

/** The URL as it may be logged: a token in it would let anyone who reads the logs act as its user. */
export function withoutAccessToken(url: string): string {
  return url.replace(IN_QUERY, '$1[redacted]');
}
