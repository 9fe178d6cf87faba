import type { Command } from 'commander';
import { RegistryClient } from '../client.js';
import { registryUrl, token, type GlobalOptions } from '../config.js';

/** The merged global + command options commander hands to an action. */
export function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals<GlobalOptions>();
}

export function clientFor(cmd: Command): RegistryClient {
  const g = globals(cmd);
  return new RegistryClient({ registry: registryUrl(g), token: token(g) });
}
