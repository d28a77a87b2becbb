import type { CliIo } from '../io';

// Placeholder until the owning issue lands; replaced by the real command.
export async function invoice(_args: string[], io: CliIo): Promise<number> {
  io.err('relance invoice: not available yet');
  return 1;
}
