import type { CliIo } from '../io';

// Placeholder until the owning issue lands; replaced by the real command.
export async function penalties(_args: string[], io: CliIo): Promise<number> {
  io.err('relance penalties: not available yet');
  return 1;
}
