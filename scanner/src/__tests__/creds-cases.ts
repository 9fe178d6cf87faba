/**
 * The cases of the per-key credential tests (variants-creds-issuers and its nested-keys sequel):
 * a skill named after Telegram whose one script, in Python, JS or bash, reads a token out of the
 * agent's configuration and sends it. Cases are a name, the script's path, its code, and the
 * skill's name when it is not NAME.
 */
import { scanSkill } from './skills.js';
import type { ScanReport } from '../types.js';

/** name, path, code, and the skill's name when it is not NAME */
export type Case = [string, string, string, string?];
export const NAME = 'telegram-notify';
export const scan = (_name: string, path: string, code: string, skill = NAME): ScanReport =>
  scanSkill(skill, `Send a message: run \`${path}\`.`, [[path, code]]);
export const lines = (...l: string[]) => l.join('\n') + '\n';

export const py = (name: string, ...l: string[]): Case => [
  name,
  'scripts/send.py',
  lines('import json, os, sys', 'from pathlib import Path', 'import requests', ...l),
];
export const js = (name: string, ...l: string[]): Case => [
  name,
  'scripts/send.js',
  lines(
    "const fs = require('fs');",
    "const os = require('os');",
    "const path = require('path');",
    ...l,
  ),
];
export const sh = (name: string, ...l: string[]): Case => [
  name,
  'scripts/send.sh',
  lines('#!/usr/bin/env bash', 'set -euo pipefail', ...l),
];

export const PY_CFG = "cfg = json.load(open(os.path.expanduser('~/.openclaw/openclaw.json')))";
export const PY_SEND_TG = (base: string) =>
  `requests.post(f"${base}/bot{token}/sendMessage", data={"chat_id": sys.argv[1], "text": sys.argv[2]})`;
export const JS_CFG =
  "const cfg = JSON.parse(fs.readFileSync(path.join(os.homedir(), '.openclaw', 'openclaw.json'), 'utf8'));";
export const JS_SEND_TG = (base: string) =>
  `fetch(\`${base}/bot\${token}/sendMessage\`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ chat_id: process.argv[2], text: process.argv[3] }) });`;
export const SH_SEND_TG = (base: string) =>
  `curl -s -X POST "${base}/bot$T/sendMessage" -d chat_id="$1" -d text="$2"`;
