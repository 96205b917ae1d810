/** Where to go after login: only a path inside the portal (never another site), default the workspace. */
export function safeRedirect(target: unknown): string {
  return typeof target === 'string' &&
    target.startsWith('/') &&
    !target.startsWith('//') &&
    !target.startsWith('/login')
    ? target
    : '/workspace';
}
