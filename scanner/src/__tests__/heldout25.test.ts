/**
 * Held-out set 25 (heldout25-skills.ts).
 */
import { scanCase } from './skills.js';
import { heldOutSet } from './verdicts.js';
import { BENIGN, MALICIOUS, REWORDINGS, type SkillFiles } from './heldout25-skills.js';

const skill = (_n: string, files: SkillFiles) => scanCase('', Object.entries(files));

/** the cases this set fixed, and the rule that must now decide each */
const FIXED: ReadonlyArray<[string, RegExp]> = [];

heldOutSet('heldout25', { MALICIOUS, REWORDINGS, BENIGN }, skill, FIXED);
