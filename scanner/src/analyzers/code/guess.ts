/** Which analyzer should look at decoded or computed text. */
import type { RuleLanguage } from '@skillgate/rules';

export function guessLanguage(text: string, fallback: RuleLanguage): RuleLanguage {
  if (/^\s*(?:import \w|from [\w.]+ import|def \w+\(|exec\(|__import__\(|print\()/m.test(text))
    return 'python';
  if (/\brequire\(|\bfunction\b|=>|\b(?:const|let|var) \w+\s*=|module\.exports|\beval\(/.test(text))
    return 'javascript';
  if (
    /^\s*(?:#!\s*\/|(?:sudo\s+)?(?:curl|wget|bash|sh|zsh|nc|ncat|socat|chmod|echo|printf|cd|mkdir|export|python3?|node|crontab|nohup|rm|ssh|base64)\b)/m.test(
      text,
    )
  ) {
    return 'bash';
  }
  if (/[|;&]\s*(?:ba|z)?sh\b|\$\(|`[^`]+`/.test(text)) return 'bash';
  return fallback;
}
