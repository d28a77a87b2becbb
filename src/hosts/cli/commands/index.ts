/** One entry per command; each command lives in its own file. */
import type { CliIo } from '../io';
import { detect } from './detect';
import { penalties } from './penalties';
import { draft } from './draft';
import { invoice } from './invoice';

export type Command = (args: string[], io: CliIo) => Promise<number>;

export const commands: Record<string, Command> = { detect, penalties, draft, invoice };
