export { runSkill } from './run-skill.js';
export { shutdownEnforcer } from './enforcer.js';
export { EnforceError } from './errors.js';
export type { EnforceErrorCode } from './errors.js';
export type {
  DeniedAction,
  DeniedKind,
  EnforceSandbox,
  RunSkillOptions,
  RunSkillResult,
} from './types.js';
export { enforceSandbox } from './run-skill.js';
export { buildPolicy, SYSTEM_READ } from './policy.js';
export type { EnforcePolicy, HostFacts } from './policy.js';
export { planEnv, MASK_PREFIX } from './env.js';
export type { EnvPlan, MaskedSecret } from './env.js';
export { planNetwork, matchesEntry } from './network.js';
export { IMPLICIT_PLUMBING, IMPLICIT_BASE } from './binaries.js';
export { selectHelper } from './landlock.js';
